// A noun event's prepositional target hung on the verb over it: in "dockers
// opened their march on the harbour" the parser often attaches "on the
// harbour" to "opened" (obl:on) rather than to "march" (nmod:on); the entry's
// nmod:on path finds it there; and with such a phrase naming the victim, a
// possessor names the doer ("Gondor's raids on Rohan"; docs/events.md,
// step 61).

#include <string_view>

#include "events/sentence_coder.h"

namespace eventwire::events {

int SentenceCoder::support_verb_host(int noun) const {
  const std::string& rel = tree_.token(noun).deprel;
  int verb = tree_.head(noun);
  if (tree_.token(noun).upos != "NOUN" || verb < 0 || tree_.token(verb).upos != "VERB") return -1;
  // Only a light verb: its reading is the noun's, so its phrases are too
  // ("mounted raids on the depot"); not "pinned the raid on Gondor". As the
  // subject, of a verb with no reading ("the raids scattered mines on the
  // road"), not of one that is an act itself ("the raids angered Gondor").
  bool light = rel == "obj" && is_support_verb(lexicon_lemma(verb));
  bool carrier = rel == "nsubj" && !choose_entry(verb, false);
  return light || carrier ? verb : -1;
}

bool SentenceCoder::victim_phrase(int node) const {
  std::string_view rel = Tree::base(tree_.token(node).deprel);
  return (rel == "nmod" || rel == "obl") && tree_.has_case(node, {"on", "against", "upon", "into"});
}

}  // namespace eventwire::events
