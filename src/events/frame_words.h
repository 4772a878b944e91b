// What the event frames (contest_frame, campaign_rally, own_state_aid,
// habitual_frame) all ask of a word or a clause: is a word one of a small
// closed class, is a dependent "against" someone. Header-only.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

#include "events/tree.h"

namespace eventwire::events {

template <size_t N>
bool in_class(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "a rally against the mayor", "the mayor's debate against Ortiz": an oblique or
// nominal modifier of `node` taken with "against".
inline bool against_someone(const Tree& tree, int node) {
  for (int child : tree.children(node)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "obl" || rel == "nmod") && tree.has_case(child, {"against"})) return true;
  }
  return false;
}

}  // namespace eventwire::events
