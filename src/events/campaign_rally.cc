#include "events/campaign_rally.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "events/contest_frame.h"   // candidate_entity
#include "events/sentence_coder.h"  // last_word

namespace eventwire::events {
namespace {

// Modifiers that make a rally a campaign's ("a campaign rally").
constexpr std::array<std::string_view, 6> kCampaignWords = {
    "campaign", "election", "reelection", "re-election", "presidential", "campaign-style"};
// Heads of a crowd that backs someone.
constexpr std::array<std::string_view, 4> kBackerNouns = {"supporter", "backer", "fan",
                                                          "volunteer"};
// Verbs and nouns of protest: a rally held "to protest" is a protest.
constexpr std::array<std::string_view, 7> kProtestWords = {
    "protest", "demand", "denounce", "condemn", "oppose", "decry", "demonstrate"};

template <size_t N>
bool rally_listed(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

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
    if ((rel == "compound" || rel == "amod") && rally_listed(kCampaignWords, tree.lemma(child)))
      return true;
  }
  return false;
}

// "against the mayor", "to protest the ruling", "demanding a recount".
bool protest_words(const Tree& tree, int node) {
  for (int child : tree.children(node)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "obl" || rel == "nmod") && tree.has_case(child, {"against"})) return true;
    if ((rel == "advcl" || rel == "xcomp" || rel == "acl") &&
        rally_listed(kProtestWords, tree.lemma(child)))
      return true;
  }
  return false;
}

// The entity one of whose mentions in this sentence covers token `i`.
std::string entity_at(const Tree& tree, const Document& doc, int i) {
  const Token& t = tree.token(i);
  for (const Entity& e : doc.entities)
    for (const Mention& m : e.mentions)
      if (m.sentence == tree.sentence().id && m.start <= t.start && t.end <= m.end) return e.id;
  return {};
}

// "Vale supporters", "supporters of Vale", "Vale's backers".
bool backers_of_candidate(const Tree& tree, const Document& doc, const Mention& source) {
  for (int i = 0; i < static_cast<int>(tree.size()); ++i) {
    const Token& t = tree.token(i);
    std::string lemma = tree.lemma(i);
    if (t.start < source.start || t.end > source.end || !rally_listed(kBackerNouns, lemma))
      continue;
    for (int child : tree.children(i)) {
      std::string_view rel = Tree::base(tree.token(child).deprel);
      if ((rel == "compound" || rel == "nmod") &&
          candidate_entity(doc, entity_at(tree, doc, child)))
        return true;
    }
  }
  return false;
}

}  // namespace

bool campaign_rally(const Tree& tree, const Document& doc, int predicate, const Mention& source,
                    const std::string& source_entity, const std::string& code) {
  if (code.rfind("14", 0) != 0) return false;
  const int rally = rally_token(tree, predicate);
  if (rally < 0 || protest_words(tree, predicate) || protest_words(tree, rally)) return false;
  if (campaign_modifier(tree, rally)) return true;
  if (source.sentence == tree.sentence().id && last_word(source.text) == "campaign") return true;
  return candidate_entity(doc, source_entity) || backers_of_candidate(tree, doc, source);
}

}  // namespace eventwire::events
