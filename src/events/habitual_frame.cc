#include "events/habitual_frame.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "events/frame_words.h"

namespace eventwire::events {
namespace {

// Units a frequency counts in ("every week", "each Sunday").
constexpr std::array<std::string_view, 19> kTimeUnits = {
    "day",     "week",     "month",  "year",   "weekend", "morning",   "afternoon",
    "evening", "night",    "time",   "monday", "tuesday", "wednesday", "thursday",
    "friday",  "saturday", "sunday", "hour",   "season"};
// Adverbs that are a frequency by themselves.
constexpr std::array<std::string_view, 6> kFrequencyAdverbs = {"daily",   "weekly",   "nightly",
                                                               "monthly", "annually", "yearly"};
// What makes a "basis" a frequency ("on a regular basis").
constexpr std::array<std::string_view, 5> kBasisWords = {"regular", "daily", "weekly", "monthly",
                                                         "routine"};

// A verb of one tense and no auxiliary, or the complement of "used to".
bool simple_tense(const Tree& tree, int clause) {
  const std::string& xpos = tree.token(clause).xpos;
  const int up = tree.head(clause);
  if (up >= 0 && tree.lemma(up) == "use" && Tree::base(tree.token(clause).deprel) == "xcomp")
    return true;
  if (xpos != "VBZ" && xpos != "VBP" && xpos != "VBD") return false;
  for (int child : tree.children(clause))
    if (Tree::base(tree.token(child).deprel) == "aux") return false;
  return true;
}

bool has_child_lemma(const Tree& tree, int node, std::string_view rel_wanted,
                     std::initializer_list<std::string_view> lemmas) {
  for (int child : tree.children(node))
    if (Tree::base(tree.token(child).deprel) == rel_wanted &&
        std::find(lemmas.begin(), lemmas.end(), tree.lemma(child)) != lemmas.end())
      return true;
  return false;
}

// "every week", "each Sunday", "on a regular basis".
bool frequency_phrase(const Tree& tree, int node) {
  const std::string& lemma = tree.lemma(node);
  if (in_class(lemma, kTimeUnits)) return has_child_lemma(tree, node, "det", {"every", "each"});
  if (lemma != "basis") return false;
  for (int child : tree.children(node))
    if (Tree::base(tree.token(child).deprel) == "amod" && in_class(tree.lemma(child), kBasisWords))
      return true;
  return false;
}

}  // namespace

bool habitual_frame(const Tree& tree, int clause) {
  if (!simple_tense(tree, clause)) return false;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "advmod" && in_class(tree.lemma(child), kFrequencyAdverbs)) return true;
    // The parser takes "every Friday" for an object now and then.
    if ((rel == "obl" || rel == "nmod" || rel == "obj") && frequency_phrase(tree, child))
      return true;
  }
  return false;
}

}  // namespace eventwire::events
