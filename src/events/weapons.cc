// Force done with chemical or biological agents: docs/events.md, step 40.

#include <algorithm>
#include <iterator>
#include <string>
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

}  // namespace

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
