// The syntax stage: part-of-speech tags (UPOS, Penn XPOS), UD morphological
// features, lemmas and labeled UD dependency trees for tokenized sentences.
//
// A SyntaxModel is loaded once from a versioned binary file (docs/models.md)
// and is immutable afterwards: share the std::shared_ptr<const SyntaxModel>
// across threads; `annotate` is const and thread-safe (its scratch memory is
// thread_local). Training and evaluation live here too so the CLI stays thin.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

namespace syntax_internal {
struct ModelData;
}

// Where loaded models keep their lookup-index cache (docs/models.md, "Index
// cache"), and the actor knowledge base its compiled block (docs/models.md,
// "Actor knowledge base cache"); empty (the default): no cache. Syntax models
// smaller than `min_model_bytes` are never cached. Process-wide: set it before loading
// models (the eventwire program sets it from $EVENTWIRE_MODEL_CACHE or the
// user's cache folder). Thread-safe.
void set_model_index_cache(const std::string& dir, uint64_t min_model_bytes = 0);

class SyntaxModel {
 public:
  // Reads and checks a model file (magic, format version, checksum, bounds).
  // A missing, truncated or corrupt file gives an error, never a crash.
  static Result<std::shared_ptr<const SyntaxModel>> load(const std::string& path);

  // Fills upos, xpos, feats, lemma, head and deprel of every token. Tokens must
  // have `text`; nothing else is read. Empty sentences are left alone.
  Status annotate(Sentence& sentence) const;

  // name "syntax", version "<format>/<file name>/<preset>", fingerprint of the
  // training data and settings.
  const ComponentVersion& version() const;
  // Training settings as stored in the file ("preset", "epochs", "seed", …).
  const std::vector<std::pair<std::string, std::string>>& settings() const;

  explicit SyntaxModel(std::unique_ptr<syntax_internal::ModelData> data);
  ~SyntaxModel();
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

 private:
  std::unique_ptr<syntax_internal::ModelData> data_;
  ComponentVersion version_;
};

// Resolves "fast", "accurate" (or "", meaning "fast") to a model file
// syntax/<name>.ewm under `models_dir`, else under the build's models folder,
// else under ./models (src/base/find_model.h has the order). Anything
// containing '/' or ending in ".ewm" is taken as a path and only checked for
// existence.
Result<std::string> find_syntax_model(const std::string& name_or_path,
                                      const std::string& models_dir = "");

struct SyntaxTrainOptions {
  std::vector<std::string> train_files;  // CoNLL-U
  std::string dev_file;                  // CoNLL-U, scored after each epoch; may be empty
  std::string exclude_docs;     // ECMAScript regex on "# newdoc id"; matching documents are skipped
  std::string preset = "fast";  // "fast" or "accurate"
  int epochs = 0;               // 0: the preset's default
  uint64_t seed = 1;
  // Share of training trees copied with a news-style time phrase inserted
  // ("said Tuesday that", "On Monday, ..."); 0 = none. See src/syntax/augment.h.
  double time_phrase_rate = 0;
  std::string out;              // model file to write
  std::ostream* log = nullptr;  // progress lines; may be null
};

// Trains tagger, lemmatizer and parser and writes the model file. Deterministic
// for given data, options and seed.
Status train_syntax_model(const SyntaxTrainOptions& options);

// (metric name, value) in print order: UPOS, XPOS, UFeats, Feat_<name>…, Lemma,
// UAS, LAS, tokens_per_s; in raw mode also Tokens, Sentences and Words F1, and
// every score is an F1 over aligned words (CoNLL 2018 shared task style).
using SyntaxScores = std::vector<std::pair<std::string, double>>;

// Scores `model` on a gold CoNLL-U file using its gold tokenization.
Result<SyntaxScores> evaluate_syntax(const SyntaxModel& model, const std::string& gold_path);
// Scores `model` after segmenting the file's raw text with segment_article.
Result<SyntaxScores> evaluate_syntax_raw(const SyntaxModel& model, const std::string& gold_path);

}  // namespace eventwire
