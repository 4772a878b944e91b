// A noun event's prepositional target hung on the verb over it: in "troops
// began their assault on the town" the parser often attaches "on the town"
// to "began" (obl:on) rather than to "assault" (nmod:on); the entry's
// nmod:on path finds it there; and with such a phrase naming the victim, a
// possessor names the doer ("Gondor's raids on Rohan"; docs/events.md,
// step 61).

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

std::vector<int> SentenceCoder::support_verb_oblique(int noun, const std::string& prep) const {
  const std::string& rel = tree_.token(noun).deprel;
  int verb = tree_.head(noun);
  if (tree_.token(noun).upos != "NOUN" || verb < 0 || tree_.token(verb).upos != "VERB") return {};
  // Only a light verb: its reading is the noun's, so its phrases are too
  // ("launched raids on the camp"); not "blamed the attack on Gondor". As
  // the subject, of a verb with no reading ("the raids dropped bombs on the
  // depot"), not of one that is an act itself ("the raids angered Gondor").
  bool light = rel == "obj" && is_support_verb(lexicon_lemma(verb));
  bool carrier = rel == "nsubj" && !choose_entry(verb, false);
  if (!light && !carrier) return {};
  std::vector<int> out;
  for (int node : follow_any(verb, {dict::DepPath{{"obl", prep}}}, false))
    if (node > noun) out.push_back(node);
  return out;
}

bool SentenceCoder::prepositional_target(const std::vector<int>& targets) const {
  return std::any_of(targets.begin(), targets.end(), [&](int node) {
    std::string_view rel = Tree::base(tree_.token(node).deprel);
    return (rel == "nmod" || rel == "obl") &&
           tree_.has_case(node, {"on", "against", "upon", "into"});
  });
}

bool SentenceCoder::force_on_target_phrase(int predicate, const Reading& r) const {
  static const char* const kConcrete[] = {"artifact", "location", "object", "group", "person"};
  std::string root = dict::cameo_root(r.code);
  if (tree_.token(predicate).upos != "NOUN" || (root != "18" && root != "19" && root != "20"))
    return false;
  return std::any_of(r.targets.begin(), r.targets.end(), [&](int n) {
    if (!prepositional_target({n})) return false;
    if (tree_.token(n).upos == "PROPN") return true;
    std::vector<std::string> classes = SenseRestrictions::get().classes(tree_.lemma(n));
    return tree_.token(n).upos == "NOUN" && !classes.empty() &&
           std::any_of(std::begin(kConcrete), std::end(kConcrete),
                       [&](const char* c) { return classes.front() == c; });
  });
}

}  // namespace eventwire::events
