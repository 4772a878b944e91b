// A warning of one's own act to come (docs/events.md, step 59): "Gondor warned
// that it would impose sanctions on Rohan" is a threat (1312), as "said it
// would impose …" is. Unlike a statement, a warning about another party's
// future act ("warned that the rebels would attack") is a prediction, not the
// rebels' threat, so the content's subject must be the warner's own side.

#include <string>
#include <string_view>

#include "events/modality.h"
#include "events/sentence_coder.h"

namespace eventwire::events {
namespace {

bool warner_pronoun(std::string_view lemma) {
  return lemma == "he" || lemma == "she" || lemma == "it" || lemma == "they" || lemma == "we" ||
         lemma == "i";
}

// The verb's own active subject; -1 when it has none.
int warned_subject(const Tree& tree, int verb) {
  for (int child : tree.children(verb))
    if (tree.token(child).deprel == "nsubj") return child;
  return -1;
}

}  // namespace

// The verb of warning or threatening whose that-clause announces `predicate`
// as the warner's own future act; -1 otherwise.
int SentenceCoder::warning_of_own_act(int clause, int predicate) const {
  if (Tree::base(tree_.token(clause).deprel) != "ccomp") return -1;
  int warning = tree_.head(clause);
  if (warning < 0 || tree_.token(warning).upos != "VERB") return -1;
  const std::string& lemma = tree_.lemma(warning);
  if (lemma != "warn" && lemma != "threaten") return -1;
  if (event_modality(tree_, predicate, false, warning) != "future") return -1;
  int doer = warned_subject(tree_, clause), warner = warned_subject(tree_, warning);
  if (doer < 0 || warner < 0) return -1;
  if (tree_.token(doer).upos == "PRON") return warner_pronoun(tree_.lemma(doer)) ? warning : -1;
  // "Gondor warned that Gondor's army would …": the same country's side.
  std::string own = resolve(warner).code, other = resolve(doer).code;
  // A role of no country ("---GOV") names no side.
  if (own.size() < 3 || other.size() < 3 || own.starts_with("---") ||
      own.compare(0, 3, other, 0, 3) != 0)
    return -1;
  return warning;
}

}  // namespace eventwire::events
