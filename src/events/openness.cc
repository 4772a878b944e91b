// Openness to an act (docs/events.md, step 58): "Gondor is open to talks with
// Rohan", "ready for a dialogue", "open to meeting the envoy" state an intent
// to do it (CAMEO 03, the mirror of the act's code), as "ready to meet" does;
// "not open to talks" is a rejection (12).

#include <algorithm>
#include <iterator>
#include <string_view>

#include "events/sentence_coder.h"

namespace eventwire::events {

bool is_openness_adjective(std::string_view lemma) {
  static constexpr std::string_view kOpen[] = {"open",     "ready",     "prepared", "willing",
                                               "amenable", "receptive", "eager",    "keen"};
  return std::find(std::begin(kOpen), std::end(kOpen), lemma) != std::end(kOpen);
}

// The adjective of openness whose to- or for-phrase `node` is ("open to
// talks", "ready for a dialogue", "open to meeting …"); -1 otherwise.
int SentenceCoder::openness_of(int node) const {
  int adjective = tree_.head(node);
  if (adjective < 0 || tree_.token(adjective).upos != "ADJ" ||
      !is_openness_adjective(tree_.lemma(adjective)))
    return -1;
  std::string_view rel = Tree::base(tree_.token(node).deprel);
  if (rel != "obl" && rel != "advcl" && rel != "acl") return -1;
  for (int child : tree_.children(node)) {
    std::string_view r = Tree::base(tree_.token(child).deprel);
    const std::string& word = tree_.lemma(child);
    if ((r == "case" || r == "mark") && (word == "to" || word == "for")) return adjective;
  }
  return -1;
}

}  // namespace eventwire::events
