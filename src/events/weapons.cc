// Force done with chemical or biological agents: docs/events.md, step 40.

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// The agents of CAMEO 2041 (chemical, biological, radiological weapons) as
// the hand-written lexicon names them for *use*, *drop* and *fire*; not tear
// gas, which is crowd control.
bool chemical_agent_word(const std::string& lemma) {
  static const char* const kAgents[] = {"chemical",  "chlorine", "sarin", "ricin",
                                        "anthrax",   "phosgene", "toxic", "poison",
                                        "poisonous", "mustard",  "nerve", "biological"};
  return std::any_of(std::begin(kAgents), std::end(kAgents),
                     [&](const char* w) { return lemma == w; });
}

// Crowd-control weapons, as a word and the word before it (CAMEO 175: using
// them on people is violent repression, not an assault).
bool crowd_control_word(const std::string& modifier, const std::string& lemma) {
  if (lemma == "teargas" || lemma == "truncheon") return true;
  return (modifier == "tear" && lemma == "gas") || (modifier == "rubber" && lemma == "bullet") ||
         (modifier == "water" && lemma == "cannon") || (modifier == "pepper" && lemma == "spray") ||
         (modifier == "stun" && lemma == "grenade");
}

}  // namespace

void SentenceCoder::crowd_control_code(int predicate, int instrument, Reading& r) const {
  if (r.code == "2041") return;
  // The weapon the act was done with, its with-phrase, or what was fired or
  // used (*fired tear gas and rubber bullets at the crowd*), with conjuncts.
  std::vector<int> candidates;
  if (instrument >= 0) candidates.push_back(instrument);
  for (int child : tree_.children(predicate)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if (rel == "obj" || (rel == "obl" && tree_.has_case(child, {"with"})))
      candidates.push_back(child);
  }
  for (std::size_t i = 0; i < candidates.size(); ++i)
    for (int child : tree_.children(candidates[i]))
      if (Tree::base(tree_.token(child).deprel) == "conj" && candidates.size() < 8)
        candidates.push_back(child);
  for (int node : candidates) {
    std::string modifier;
    for (int child : tree_.children(node)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if ((rel == "compound" || rel == "amod") && child < node) modifier = tree_.lemma(child);
    }
    if (crowd_control_word(modifier, tree_.lemma(node))) {
      r.code = "175";
      r.pattern += " (crowd-control weapon: " + tree_.token(node).text + ")";
      return;
    }
  }
}

// The weapon the act was done with, or a with-phrase of the predicate or of
// its object ("launched an attack with poison gas"), names a chemical agent
// anywhere in its phrase ("shells filled with nerve gas").
void SentenceCoder::chemical_weapon_code(int predicate, int instrument, Reading& r) const {
  if (r.code == "2041") return;
  std::vector<int> candidates;
  if (instrument >= 0) candidates.push_back(instrument);
  std::vector<int> holders = {predicate};
  for (int child : tree_.children(predicate))
    if (Tree::base(tree_.token(child).deprel) == "obj") holders.push_back(child);
  for (int holder : holders)
    for (int child : tree_.children(holder)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if (rel != "obl" && rel != "nmod") continue;
      if (tree_.has_case(child, {"with"})) candidates.push_back(child);
    }
  // The whole subtree: Tree::phrase stops at clauses ("filled with chlorine").
  while (!candidates.empty()) {
    int node = candidates.back();
    candidates.pop_back();
    if (chemical_agent_word(tree_.lemma(node))) {
      r.code = "2041";
      r.pattern += " (chemical weapon: " + tree_.token(node).text + ")";
      return;
    }
    for (int child : tree_.children(node)) candidates.push_back(child);
  }
}

}  // namespace eventwire::events
