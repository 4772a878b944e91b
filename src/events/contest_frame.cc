#include "events/contest_frame.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "events/expert_source.h"  // private_actor_code, described_in_parse, words_of
#include "events/frame_words.h"
#include "events/mentions.h"        // entity_by_id
#include "events/sentence_coder.h"  // lower_ascii, last_word

namespace eventwire::events {
namespace {

// Closed classes, each short (docs/events.md, fifteenth session).
// Games and races, played "in" or "at" ("in the cup final").
constexpr std::array<std::string_view, 20> kContestNouns = {
    "game",   "match",      "race",  "contest",   "election",     "primary", "caucus",
    "runoff", "tournament", "final", "semifinal", "quarterfinal", "playoff", "championship",
    "cup",    "league",     "derby", "bout",      "qualifier",    "debate"};
// What they are played "for" ("battled Ortiz for the nomination"; not "for
// his race", the reason of an assault).
constexpr std::array<std::string_view, 4> kPrizeNouns = {"nomination", "title", "championship",
                                                         "cup"};
// People described as running for office.
constexpr std::array<std::string_view, 8> kCandidateNouns = {
    "candidate", "nominee",     "contender",    "challenger",
    "hopeful",   "frontrunner", "front-runner", "running-mate"};
// Heads of a side that plays games.
constexpr std::array<std::string_view, 3> kTeamNouns = {"team", "club", "squad"};

// The word or, plural, its singular is in the class ("nominees").
template <size_t N>
bool listed_word(const std::array<std::string_view, N>& list, std::string_view word) {
  if (in_class(word, list)) return true;
  return word.size() > 3 && word.back() == 's' && in_class(word.substr(0, word.size() - 1), list);
}

bool contest_root(const std::string& code) {
  std::string_view root = std::string_view(code).substr(0, 2);
  return root == "04" || root == "17" || root == "18" || root == "19" || root == "20";
}

// A word of the mention's text from the list ("the Gondor Party nominee").
template <size_t N>
bool text_names(const std::array<std::string_view, N>& list, const std::string& text) {
  const std::vector<std::string> words = words_of(text);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return listed_word(list, lower_ascii(w)); });
}

// "in the cup final", "for the nomination", "at the tournament": a contest
// oblique of the predicate or of its object.
bool contest_dependent(const Tree& tree, int node, int depth) {
  for (int child : tree.children(node)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "obl" || rel == "nmod") {
      if (tree.has_case(child, {"in", "at"}) && listed_word(kContestNouns, tree.lemma(child)))
        return true;
      if (tree.has_case(child, {"for"}) && listed_word(kPrizeNouns, tree.lemma(child))) return true;
    }
    if (depth > 0 && rel == "obj" && contest_dependent(tree, child, depth - 1)) return true;
  }
  return false;
}

bool candidate_word(std::string_view word) {
  return listed_word(kCandidateNouns, lower_ascii(word));
}

bool team_side(const Mention& side, const std::string& code) {
  return private_actor_code(code) && listed_word(kTeamNouns, last_word(side.text));
}

}  // namespace

bool candidate_entity(const Document& doc, const std::string& entity) {
  const Entity* found = entity_by_id(doc, entity);
  if (!found) return false;
  // A description in the mention's words, or hung on it in the parse ("Vale,
  // the Gondor Party nominee": the apposition is no mention of its own).
  return std::any_of(found->mentions.begin(), found->mentions.end(), [&](const Mention& m) {
    if (text_names(kCandidateNouns, m.text)) return true;
    if (m.sentence < 0 || static_cast<size_t>(m.sentence) >= doc.sentences.size()) return false;
    return described_in_parse(doc.sentences[static_cast<size_t>(m.sentence)], m, candidate_word);
  });
}

bool Candidacy::operator()(const std::string& entity) const {
  auto found = known_.find(entity);
  if (found != known_.end()) return found->second;
  const bool runs = candidate_entity(doc_, entity);
  known_.emplace(entity, runs);
  return runs;
}

bool contest_frame(const Tree& tree, int predicate, const Candidacy& runs, const Mention& source,
                   const std::string& source_entity, const std::string& source_code,
                   const Mention& target, const std::string& target_entity,
                   const std::string& target_code, const std::string& code) {
  if (!contest_root(code)) return false;
  // Entities are looked up only when the frame's words leave it open: each
  // look-up reads every mention of the entity.
  if (tree.lemma(predicate) == "debate")
    return against_someone(tree, predicate) || runs(source_entity) || runs(target_entity);
  if (listed_word(kContestNouns, tree.lemma(predicate))) return true;
  if (contest_dependent(tree, predicate, 1)) return true;
  // Two candidates or two teams may still meet ("Vale met Ortiz to end the
  // feud"); only force between them is a contest.
  if (code.rfind("04", 0) == 0) return false;
  if (runs(source_entity) && runs(target_entity)) return true;
  return team_side(source, source_code) && team_side(target, target_code);
}

}  // namespace eventwire::events
