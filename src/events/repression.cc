// Repression done with the force named: in "guards lobbed grenades to
// disperse the dockers" the dispersal is what the lobbing was, not an aim
// that may fail; a purpose clause of repression (17x) under a verb whose
// object is a weapon is read in that verb's clause (asserted when the use
// is; docs/events.md, step 62).

#include <algorithm>
#include <string>
#include <vector>

#include "events/sentence_coder.h"

namespace eventwire::events {

void SentenceCoder::repression_by_force(int predicate, Reading& r) const {
  if (dict::cameo_root(r.code) != "17" || r.modality_clause != predicate) return;
  // The to-clause hangs on the verb or, as an acl, on its object.
  int verb = tree_.head(predicate);
  if (verb >= 0 && tree_.token(verb).upos == "NOUN") verb = tree_.head(verb);
  if (verb < 0 || tree_.token(verb).upos != "VERB" || purpose_clause(verb) != predicate) return;
  // "lobbed flares and grenades", "fired a volley of rockets": a weapon among
  // the objects (through quantities) and their conjuncts.
  std::vector<int> objects = tree_.follow(verb, {{"obj", ""}});
  for (int conj : tree_.follow(verb, {{"obj", ""}, {"conj", ""}})) objects.push_back(conj);
  if (std::none_of(objects.begin(), objects.end(), [&](int n) { return is_weapon_or_attack(n); }))
    return;
  r.modality_clause = verb;
  r.pattern += " (done with the force of \"" + tree_.token(verb).text + "\")";
}

}  // namespace eventwire::events
