// Training-data augmentation for news text (augment.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "eventwire/conllu.h"

namespace eventwire::syntax_internal {

// Copies of training trees with a time phrase inserted where news writing puts
// one and the treebanks seldom do: "said Tuesday that", "the minister on Monday
// said", "On Friday, ...", "... last week." The phrase hangs on a verb that has
// a subject to its left, as obl:unmarked (bare) or obl (with "on"), so the
// parser learns that such words are neither the subject nor the object.
// About `rate` of the trees that have such a verb get one copy; which trees,
// where and which phrase follow from `seed` alone (deterministic).
struct TreeCopy {
  size_t original;  // index of the tree it was made from
  ConlluSentence sentence;
};
std::vector<TreeCopy> time_phrase_copies(const std::vector<ConlluSentence>& sentences, double rate,
                                         uint64_t seed);

}  // namespace eventwire::syntax_internal
