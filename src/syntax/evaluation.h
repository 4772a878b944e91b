// Scoring helpers shared by `eval syntax` and by training's dev evaluation.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "eventwire/conllu.h"
#include "eventwire/document.h"
#include "eventwire/syntax.h"

namespace eventwire::syntax_internal {

// The features scored one by one (Feat_<name>).
inline const std::vector<std::string>& scored_features() {
  static const std::vector<std::string> names = {"Number", "Tense",  "VerbForm",
                                                 "Mood",   "Person", "Voice"};
  return names;
}

// A Sentence holding the gold words of `gold` as tokens (offsets as if the
// words were separated by single spaces), syntax fields empty.
Sentence sentence_from_conllu(const ConlluSentence& gold);

// Value of feature `name` in a UFeats string ("" when absent).
std::string feature_value(const std::string& feats, const std::string& name);

// Runs `annotate` on every gold sentence (gold tokenization) and scores it.
SyntaxScores score_gold_tokens(const std::vector<ConlluSentence>& gold,
                               const std::function<void(Sentence&)>& annotate);

}  // namespace eventwire::syntax_internal
