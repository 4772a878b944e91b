// Evaluation of tokenization and sentence splitting against CoNLL-U gold
// files, with the metrics of the CoNLL 2018 UD shared task (F1 over
// character spans that ignore whitespace).
#pragma once

#include <string>
#include <vector>

#include "eventwire/conllu.h"
#include "eventwire/status.h"
#include "eventwire/text.h"

namespace eventwire {

struct F1Score {
  size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? 100.0 * correct / system : 0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0; }
  double f1() const { return gold + system ? 200.0 * correct / (gold + system) : 0; }
};

struct SegmentationScores {
  F1Score tokens, multiwords, words, sentences;
  size_t characters = 0;
  double seconds = 0;  // time spent segmenting
  // With SegmentOptions-independent `collect_errors`, the tokens and sentence
  // ends that differ: "-token «…»" (gold only) and "+token «…»" (system only).
  std::vector<std::string> errors;
};

// One document of a CoNLL-U file rebuilt as raw text: sentences of a
// paragraph joined by a space, paragraphs by a blank line.
struct RawDocument {
  Article article;
  std::vector<const ConlluSentence*> sentences;
};
std::vector<RawDocument> raw_documents(const std::vector<ConlluSentence>& gold);

// Segments the raw text of `gold` and scores it.
SegmentationScores evaluate_segmentation(const std::vector<ConlluSentence>& gold,
                                         const SegmentOptions& options,
                                         bool collect_errors = false);

}  // namespace eventwire
