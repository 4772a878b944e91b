// A trained sentence-boundary classifier for segment_article().
//
// The model scores the gap between two surface tokens of a paragraph (hashed
// features of the tokens around the gap, their shapes, the rule splitter's own
// decision) with a linear model trained by averaged perceptron on gold CoNLL-U
// documents re-tokenized by our own tokenizer. Put a loaded model into
// SegmentOptions::sentence_model; a null pointer keeps the rule splitter.
//
// A SentenceModel is immutable once loaded: share one instance (through the
// shared_ptr) across any number of threads. File format: docs/segmenter.md.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

namespace segmenter {
struct ModelData;  // weights and lexicon, defined in src/text/sentence_model_data.h
}

class SentenceModel {
 public:
  // Reads and checks a model file (magic, format version, checksum); errors
  // quote the path and say what is wrong.
  static Result<std::shared_ptr<const SentenceModel>> load(const std::string& path);
  // "segmenter/segmenter.ewm" under `models_dir`, else under the build's models
  // folder, else under ./models (src/base/find_model.h has the order).
  static std::string default_path(const std::string& models_dir = "");

  explicit SentenceModel(std::unique_ptr<segmenter::ModelData> data);
  ~SentenceModel();
  SentenceModel(const SentenceModel&) = delete;
  SentenceModel& operator=(const SentenceModel&) = delete;

  // Provenance: name "segmenter", version "<format>/<file name>", fingerprint of
  // the training files and settings.
  ComponentVersion version() const;
  // Internal: the weights, for the scorer in src/text/.
  const segmenter::ModelData& data() const { return *data_; }

 private:
  std::unique_ptr<const segmenter::ModelData> data_;
};

struct SentenceModelTrainOptions {
  std::vector<std::string> train_files;  // CoNLL-U
  std::string dev_file;      // CoNLL-U; the epoch with the best sentence F1 here is kept
  std::string exclude_docs;  // ECMAScript regex over "# newdoc id"; matching documents are skipped
  std::string out;           // model file to write
  int epochs = 12;
  uint64_t seed = 1;
  int hash_bits = 18;  // 2^bits weight buckets
};

// Trains, prints one line per epoch (dev sentence F1) on `log` when non-null,
// and writes the best model to options.out. Deterministic given the options.
Status train_sentence_model(const SentenceModelTrainOptions& options, std::ostream* log);

}  // namespace eventwire
