// Repression done with the force named: in "police used rubber bullets to
// disperse the march" the dispersal is what the firing was, not an aim that
// may fail; a purpose clause of repression (17x) under a verb whose object
// is a weapon is read in that verb's clause (asserted when the use is;
// docs/events.md, step 62).

#include <string>
#include <string_view>

#include "events/sentence_coder.h"

namespace eventwire::events {

void SentenceCoder::repression_by_force(int predicate, Reading& r) const {
  if (dict::cameo_root(r.code) != "17" || r.modality_clause != predicate) return;
  int verb = tree_.head(predicate);
  if (verb < 0 || Tree::base(tree_.token(predicate).deprel) != "advcl" ||
      tree_.token(verb).upos != "VERB")
    return;
  bool to_mark = false;
  for (int child : tree_.children(predicate))
    to_mark = to_mark || (tree_.token(child).deprel == "mark" && tree_.lemma(child) == "to");
  if (!to_mark) return;
  // "used bullets and dogs", "fired tear gas and rubber bullets": a weapon
  // among the objects and their conjuncts.
  for (int object : tree_.children(verb)) {
    if (Tree::base(tree_.token(object).deprel) != "obj") continue;
    bool weapon = is_weapon_or_attack(object);
    for (int conj : tree_.children(object))
      weapon =
          weapon || (Tree::base(tree_.token(conj).deprel) == "conj" && is_weapon_or_attack(conj));
    if (weapon) {
      r.modality_clause = verb;
      r.pattern += " (done with the force of \"" + tree_.token(verb).text + "\")";
      return;
    }
  }
}

}  // namespace eventwire::events
