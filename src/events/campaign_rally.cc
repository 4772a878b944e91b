#include "events/campaign_rally.h"

#include <array>
#include <string_view>

#include "events/contest_frame.h"  // Candidacy
#include "events/frame_words.h"
#include "events/mentions.h"        // entity_at
#include "events/sentence_coder.h"  // last_word

namespace eventwire::events {
namespace {

// Closed classes, each short (docs/events.md, fifteenth session).
// Modifiers that make a rally a campaign's ("a campaign rally").
constexpr std::array<std::string_view, 6> kCampaignWords = {
    "campaign", "election", "reelection", "re-election", "presidential", "campaign-style"};
// Heads of a crowd that backs someone.
constexpr std::array<std::string_view, 4> kBackerNouns = {"supporter", "backer", "fan",
                                                          "volunteer"};
// Verbs and nouns of protest: a rally held "to protest" is a protest.
constexpr std::array<std::string_view, 7> kProtestWords = {
    "protest", "demand", "denounce", "condemn", "oppose", "decry", "demonstrate"};

// The rally token: the predicate, or its object or subject ("held a rally").
int rally_token(const Tree& tree, int predicate) {
  if (tree.lemma(predicate) == "rally") return predicate;
  for (int child : tree.children(predicate)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "obj" || rel == "nsubj") && tree.lemma(child) == "rally") return child;
  }
  return -1;
}

bool campaign_modifier(const Tree& tree, int rally) {
  for (int child : tree.children(rally)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "compound" || rel == "amod") && in_class(tree.lemma(child), kCampaignWords))
      return true;
  }
  return false;
}

// "against the mayor", "to protest the ruling", "demanding a recount".
bool protest_words(const Tree& tree, int node) {
  if (against_someone(tree, node)) return true;
  for (int child : tree.children(node)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "advcl" || rel == "xcomp" || rel == "acl") &&
        in_class(tree.lemma(child), kProtestWords))
      return true;
  }
  return false;
}

// "Vale supporters", "supporters of Vale", "Vale's backers".
bool backers_of_candidate(const Tree& tree, const Candidacy& runs, const Mention& source) {
  for (int i = 0; i < static_cast<int>(tree.size()); ++i) {
    const Token& t = tree.token(i);
    if (t.start < source.start || t.end > source.end || !in_class(tree.lemma(i), kBackerNouns))
      continue;
    for (int child : tree.children(i)) {
      std::string_view rel = Tree::base(tree.token(child).deprel);
      if (rel != "compound" && rel != "nmod") continue;
      const Entity* named = entity_at(runs.doc(), tree.sentence().id, child);
      if (named && runs(named->id)) return true;
    }
  }
  return false;
}

}  // namespace

bool campaign_rally(const Tree& tree, const Candidacy& runs, int predicate, const Mention& source,
                    const std::string& source_entity, const std::string& code) {
  if (code.rfind("14", 0) != 0) return false;
  const int rally = rally_token(tree, predicate);
  if (rally < 0 || protest_words(tree, predicate) || protest_words(tree, rally)) return false;
  if (campaign_modifier(tree, rally)) return true;
  if (last_word(source.text) == "campaign") return true;
  return runs(source_entity) || backers_of_candidate(tree, runs, source);
}

}  // namespace eventwire::events
