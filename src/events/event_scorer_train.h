// Training the event scorer (eventwire train event-scorer): the judged labels
// file (data/training/event-scorer/labels.tsv), the join of labels to the
// events of this build, the logistic regression, cross-validation, the
// threshold, the held-apart report and the weights file. docs/events.md,
// "Event scorer"; the labels format and the judging guide are in
// data/training/event-scorer/README.md. The CLI only codes the corpus and
// calls these functions.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/event_scorer.h"
#include "eventwire/dict/lexicon.h"
#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire::events {

// One judged event: right | partly | wrong, and the reason (docs in the README).
struct ScorerLabel {
  std::string verdict, reason;
};

// The labels file: event key → label.
struct ScorerLabels {
  std::map<std::string, ScorerLabel> by_key;
  std::string bytes;  // the label lines, fingerprinted into the weights file's @data
};

// Parses the labels file: `#` comments, then per line
// doc<TAB>offset<TAB>code<TAB>source<TAB>target<TAB>label<TAB>reason.
// A malformed line is an error naming its line number.
Result<ScorerLabels> parse_scorer_labels(std::string_view text);
Result<ScorerLabels> read_scorer_labels(const std::string& path);

// The key a label is joined by: doc|verb offset|code|source code|target code
// ("-" for a side without an actor code).
std::string scorer_event_key(const std::string& doc_id, const Event& e);

// The held-apart third: FNV-1a of the document id mod 3 == 0.
bool scorer_held_apart(std::string_view doc_id);

// Logistic regression: dense features get `l2`, "w:" features `l2_sparse`,
// the bias none. Labels are in [0, 1].
struct ScorerExample {
  std::vector<ScorerFeature> features;
  double label = 0;
};
struct ScorerTrainOptions {
  double l2 = 1.0, l2_sparse = 5.0;
  int iterations = 1500;
};
std::unordered_map<std::string, double> train_event_scorer(const std::vector<ScorerExample>& data,
                                                           const ScorerTrainOptions& options);

struct ScorerTrainSettings {
  double beta = 0.5;             // F-beta of kept right events (reported)
  double partly = 0.5;           // training target of a partly right event
  double max_right_loss = 0.01;  // threshold: the highest losing at most this share out of fold
  double max_threshold = -1;     // a cap chosen elsewhere (realnews tune recall)
  double threshold = -1;         // a fixed threshold chosen elsewhere (overrides the rule)
  int iterations = 1500;
  double l2 = -1, l2_sparse = -1;    // fixed L2 strengths (else cross-validated)
  std::vector<std::string> without;  // feature prefixes left out
};

// A judged event of this build with its features.
struct ScorerRecord {
  std::string doc, key, verdict;
  std::vector<ScorerFeature> features;
  double label = 0;    // training target of the verdict
  double p = 0;        // the probability being evaluated
  double shipped = 0;  // the confidence the compiled-in weights gave
};

// Appends a record for every event of `doc` that has a label.
void collect_judged_events(const Document& doc, const ScorerLabels& labels,
                           const ScorerTrainSettings& settings, const dict::Lexicon& lexicon,
                           std::vector<ScorerRecord>& out);

struct ScorerModel {
  std::unordered_map<std::string, double> weights;
  ScorerTrainOptions options;
  double threshold = 0;
  size_t train_events = 0, train_right = 0;
};

// Chooses the L2 strengths by 5-fold cross-validation by document on the
// train part, the threshold out of fold, trains on the whole train part and
// writes the tables (cross-validation, thresholds, held-apart report against
// the compiled-in weights) to `report`.
ScorerModel train_scorer_model(std::vector<ScorerRecord>& records,
                               const ScorerTrainSettings& settings, std::ostream& report);

// The weights file (format in docs/events.md): header, then feature<TAB>weight,
// largest first. Deterministic for the same labels, settings and features.
std::string scorer_weights_file(const ScorerModel& model, const ScorerLabels& labels,
                                const ScorerTrainSettings& settings);

}  // namespace eventwire::events
