// The quotes stage: direct and reported speech with speaker, addressee,
// medium and nested attribution ("Sinwar said Soleimani told him '…'").
//
// Works on segmented sentences; uses the UD parse (head/deprel/lemma) when
// the syntax stage has run and falls back to surface patterns when it has not.
// Speakers are resolved to Document::entities when the entities stage has run;
// otherwise speaker_entity stays empty and reported_by (and an addressee
// resolved to a reporter, "X said Y told him") carries mention texts prefixed
// "text:" so the caller can map them later.
//
// Thread safety: a QuoteExtractor is immutable after create(); annotate() is
// const and may run on many documents in parallel. Ownership: create() returns
// a shared_ptr to share freely. The cue lexicon (data/quotes/cues.tsv) is
// compiled into the library; a different file may be given in QuoteOptions.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

namespace quotes_internal {
struct CueLexicon;
}

struct QuoteOptions {
  std::string lexicon_path;  // empty: the built-in lexicon
  // Attribute a quote with no cue of its own to the paragraph's (or, for a
  // quote opening a paragraph, the previous paragraph's) last speaker.
  bool discourse_speakers = true;
  // Also report belief/cognition cues ("think", "believe") as indirect speech.
  bool cognition_cues = true;
  // Verbs outside the lexicon become cues when the learned cue model
  // (data/quotes/cue-model.tsv, built in) scores them at or above its
  // threshold; `cue_threshold` > 0 replaces the model's threshold.
  bool learned_cues = true;
  std::string cue_model_path;  // empty: the built-in model
  double cue_threshold = -1;
  // With learned cues, a lexicon verb that reports only its object ("denied
  // the charges") must score at least this under the cue model ("will moderate
  // the debate" does not); 0 keeps every such report.
  double object_cue_threshold = 0.05;
  // The same for a bare object that is no words said but a person, place, act
  // or thing (WordNet: no communication, cognition or feeling sense; a name):
  // "greeted the mayor", "called a board meeting". 0 (default): as any object;
  // 0.2 drops those acts and things, which PolNeAR's annotators often count.
  double thing_object_threshold = 0;
};

class QuoteExtractor {
 public:
  static Result<std::shared_ptr<const QuoteExtractor>> create(const QuoteOptions& options = {});

  // Replaces doc.quotes: ids Q1…, in text order, and appends a ComponentVersion
  // {"quote-cues", …} to doc.dictionaries. Content mentions that cross
  // sentences give `sentence`/`first_token` of the first sentence and
  // `last_token` in the last one (start/end always cover the whole content).
  void annotate(Document& doc) const;

  // {"quote-cues", "<format>/<file name>", fingerprint of the lexicon}.
  const ComponentVersion& version() const;
  size_t cue_count() const;

  explicit QuoteExtractor(std::unique_ptr<quotes_internal::CueLexicon> lexicon,
                          QuoteOptions options);
  ~QuoteExtractor();
  QuoteExtractor(const QuoteExtractor&) = delete;
  QuoteExtractor& operator=(const QuoteExtractor&) = delete;

 private:
  std::unique_ptr<quotes_internal::CueLexicon> lexicon_;
  QuoteOptions options_;
  ComponentVersion version_, model_version_;
};

// For the event coder: the reported_by chain (outermost reporter first, then
// the quote's own speaker) of the quote whose content contains token `token`
// (0-based) of sentence `sentence`; empty when the token is in no quote.
// Items are entity ids, or "text:<mention>" when a speaker has no entity.
std::vector<std::string> reported_by_for(const Document& doc, int sentence, int token);

// ---- Evaluation on PolNeAR (BRAT standoff: Source/Cue/Content + Attribution) ----

struct PolnearEvalOptions {
  std::string dir;           // folder with text/ and attributions/
  std::string syntax_model;  // model path, or empty to run without a parse
  std::string lexicon_path;  // empty: built-in
  int limit = 0;             // score only the first N texts (0: all)
  int half = -1;             // 0 or 1: only texts whose file name hashes to that half (eval_half)
  std::ostream* trace = nullptr;  // when set: each missed gold, spurious content and wrong source
  bool learned_cues = true;       // QuoteOptions::learned_cues, cue_model_path, cue_threshold
  std::string cue_model_path;
  double cue_threshold = -1;
};

// (metric name, value) in print order: for content, source and cue the
// precision, recall and F1 of spans matched exactly (`_exact_`), one-to-one
// with ≥ 50% of both spans overlapping (`_overlap_`), and of overlapping
// characters (`_chars_`, Citron's "overlap"); then speaker_accuracy (source
// right on attributions whose content matched), direct_found (% of gold
// contents opening with a quote mark that our contents cover by half),
// counts, quotes_tokens_per_s and, with a model, syntax_tokens_per_s and
// quotes_share_of_syntax_time. Texts with several annotators are scored
// against each and the counts averaged. docs/quotes.md has the details.
using QuoteScores = std::vector<std::pair<std::string, double>>;
Result<QuoteScores> evaluate_quotes_polnear(const PolnearEvalOptions& options);

// ---- Training the learned cue model (tests never train) ----

struct QuoteCueTrainOptions {
  std::vector<std::string> conllu;  // UD GUM / EWT train .conllu (the annotated documents' text)
  std::string annotations;          // data/training/quotes/attributions.tsv
  std::string wordnet_dir = "/usr/share/wordnet";
  std::string syntax_model;  // the parser the extractor runs after (fast)
  std::string model_out;
  std::vector<double> l2s = {0.3, 1, 3, 10};  // L2 strengths tried by 5-fold cross-validation
  int epochs = 300;
  double threshold = -1;           // > 0: this threshold instead of the cross-validated one
  std::ostream* report = nullptr;  // counts and cross-validated P/R/F1 per setting
};
// Parses the annotated documents with our pipeline, labels every verb outside
// direct quotes (cue of an annotated attribution or not), chooses L2 and the
// threshold by 5-fold cross-validation over documents, trains on all and
// writes the model file. docs/quotes.md, "Learned cues".
Status train_quote_cue_model(const QuoteCueTrainOptions& options);

}  // namespace eventwire
