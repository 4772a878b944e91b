// Named-entity recognition: a statistical tagger (averaged structured
// perceptron, BILOU labels, first-order Viterbi) over hashed lexical, shape,
// context, gazetteer, WordNet-class and knowledge-base membership features,
// trained by `eventwire train ner`.
//
// Model types are PER, ORG and LOC. After decoding, two lexicon rules compiled
// into the model refine them: a LOC span whose whole text is a country or
// first-level subdivision name becomes GPE, and a capitalized demonym left
// untagged (e.g. "Iranian") becomes NORP. See docs/ner.md.
//
// Thread safety: a loaded NerModel is immutable; tag() and annotate() are
// const and may be called from any number of threads at once. Free functions
// are pure. Ownership: load() returns a shared_ptr the caller shares freely.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

// A name found in a sentence: tokens [first_token, last_token) of sentence
// `sentence` (an index into Document::sentences).
struct NamedSpan {
  int sentence = 0;
  int first_token = 0, last_token = 0;
  std::string type;  // PER, ORG, LOC, GPE, NORP
  bool operator==(const NamedSpan&) const = default;
};

// One sentence of NER data: tokens and their spans (IOB1/IOB2/BILOU are all
// normalized to spans on reading).
struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<NamedSpan> spans;  // `sentence` is unused here (0)
  std::string doc_id;            // document the sentence belongs to, when known
  int domain = 0;                // training source (0 = the main one); see domain_features
};

class NerModel {
 public:
  // Reads and checks a model file (magic, format version, checksum, bounds).
  // Errors: kNotFound when the file is missing, kCorrupt when a check fails.
  static Result<std::shared_ptr<const NerModel>> load(const std::string& path);
  // Builds a model from the bytes of a model file (what load() reads);
  // `name` stands for the file in messages and in version().
  static Result<std::shared_ptr<const NerModel>> from_bytes(std::string bytes,
                                                            const std::string& name = "<memory>");
  // "ner/ner.ewm" under `models_dir`, else under the build's models folder,
  // else under ./models (src/base/find_model.h has the order).
  static std::string default_path(const std::string& models_dir = "");

  // Tags one sentence; spans carry `sentence_index`. Uses Token::text only.
  std::vector<NamedSpan> tag(const Sentence& sentence, int sentence_index = 0) const;
  // Same on bare token strings (evaluation, tests).
  std::vector<NamedSpan> tag_tokens(const std::vector<std::string>& tokens) const;
  // Tags the sentences of one document (each a list of tokens) and then
  // propagates names across it: an untagged capitalized token sequence equal
  // to a name tagged elsewhere in the document (or, for PER, to one word of a
  // longer person name) gets that name's type, and every tagged name takes the
  // type the document gives it most often. Spans carry the sentence index.
  std::vector<NamedSpan> tag_document(const std::vector<std::vector<std::string>>& sentences) const;
  // Tags every sentence (as tag_document) and appends one Entity per mention (ids "E<n>"
  // continuing after existing ones; coreference merges them later) and a
  // ComponentVersion {"ner", …} to doc.models.
  void annotate(Document& doc) const;

  // {"ner", "ner/<format version>/<file name>", <fingerprint>}.
  const ComponentVersion& version() const;
  // Human-readable settings and training summary stored in the file.
  const std::string& description() const;
  std::vector<std::string> types() const;  // the model's decoder types

  struct Impl;
  explicit NerModel(std::unique_ptr<Impl> impl);
  ~NerModel();
  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

 private:
  std::unique_ptr<Impl> impl_;
};

// Reads CoNLL-style NER data: 2–5 whitespace- or tab-separated columns,
// IOB1 or IOB2 tags, with or without -DOCSTART- lines and "#" comments. The
// token is the first column, the tag the last; a sentence whose first column
// counts 1, 2, 3, … (UniversalNER) takes the token from column 2 and the tag
// from column 3. Other corpora's type names are mapped to ours (person and
// politician → PER; organisation, organization and politicalparty → ORG;
// location and country → LOC; any case); other types are kept as written.
// Errors name the file and line.
Result<std::vector<NerSentence>> read_ner_conll(const std::string& path);
// Reads CoNLL-U with GUM `Entity=` annotations, keeping named mentions
// (headed by a PROPN, trimmed to their first to last capitalized word): person → PER,
// organization → ORG, place → LOC, other types dropped. Only documents whose
// genre (GUM_<genre>_…) is in `genres` are kept; an empty list keeps all.
Result<std::vector<NerSentence>> read_ner_gum(const std::string& path,
                                              const std::vector<std::string>& genres);
// Picks the reader by extension: .conllu → read_ner_gum (with `genres`), else read_ner_conll.
Result<std::vector<NerSentence>> read_ner_file(const std::string& path,
                                               const std::vector<std::string>& genres);

// Reads "path", "path:head=P" (the first P% of documents) or "path:tail=P"
// (the last P%), for held-out folds of one file.
Result<std::vector<NerSentence>> read_ner_spec(const std::string& spec,
                                               const std::vector<std::string>& genres);

// Exact-match span scoring (span boundaries and type must both match).
struct NerCounts {
  int64_t gold = 0, predicted = 0, correct = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};
struct NerScores {
  NerCounts overall;
  std::vector<std::pair<std::string, NerCounts>> by_type;  // sorted by type
  void add(const std::vector<NamedSpan>& gold, const std::vector<NamedSpan>& predicted);
};
// Maps a predicted type to the scheme of a gold set that only knows
// PER/ORG/LOC (GPE → LOC); other types are returned unchanged.
std::string collapse_ner_type(const std::string& type);

// Tags every sentence of `gold` with `model` and scores it on `types` (gold
// spans of other types are ignored; predictions go through collapse_ner_type
// and other types are dropped). Sets *tokens_per_second (tagging only, per
// CPU second of the calling thread) when not null. With `documents`, consecutive sentences sharing
// a doc_id are tagged together by tag_document().
NerScores evaluate_ner(const NerModel& model, const std::vector<NerSentence>& gold,
                       const std::vector<std::string>& types, double* tokens_per_second,
                       bool documents = true);

struct NerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  std::vector<std::string> types = {"PER", "ORG", "LOC"};
  int min_feature_count = 1;  // features seen fewer times are not learned
  int bags = 1;               // perceptrons with different shuffles, averaged
  int lowercase_every =
      0;  // >0: also train on a lower-cased copy of every k-th sentence with names
  double prune_threshold = 0.0;  // averaged weights below this (abs) are dropped at save
  std::string wordnet_dir = "/usr/share/wordnet";           // empty: no WordNet features
  std::string iso_codes_dir = "/usr/share/iso-codes/json";  // empty: no iso-codes gazetteer
  // Word clusters from the training tokens, `unlabeled_text` and the WordNet glosses.
  bool clusters = true;
  std::vector<std::vector<std::string>> unlabeled_text;
  // Membership features from our actor knowledge base (builtin_actor_kb():
  // people, organizations, countries, capitals, demonyms, places).
  bool actor_kb = true;
  // Extra gazetteer names (e.g. GeoNames cities read by the CLI from the
  // gazetteer) with their category: 0 city, 1 region/subdivision.
  std::vector<std::pair<std::string, int>> place_names;
  std::string data_description;  // names of the training files, stored in the model
  // Sentences of domain d > 0 also fire a private copy of every feature (Daume 2007,
  // "frustratingly easy" adaptation), which absorbs that source's own conventions;
  // the private copies are not saved, so the model reads text as domain 0.
  bool domain_features = false;
};

struct NerEpochReport {
  int epoch = 0;
  double train_accuracy = 0;  // token label accuracy during the pass
  double dev_f1 = -1;         // -1 when there is no dev set
  double seconds = 0;
};

// Trains a model and returns the bytes of its file. `progress` (may be empty)
// is called after each epoch. The model of the best dev epoch is kept (the
// last one without dev). Deterministic for a given seed and input.
Result<std::string> train_ner(const std::vector<NerSentence>& train,
                              const std::vector<NerSentence>& dev, const NerTrainOptions& options,
                              const std::function<void(const NerEpochReport&)>& progress);

}  // namespace eventwire
