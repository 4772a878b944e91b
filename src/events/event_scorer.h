// The event scorer: the probability that a coded event is right, estimated by
// a logistic regression over features of the event, its predicate and lexicon
// entry, its arguments and its sentence (docs/events.md, "Event scorer").
// The weights are data (data/lexicon/event-scorer.tsv, written by `eventwire
// train event-scorer` from events judged by hand) compiled into the library.
//
// Features are computed from the finished Document alone (the lexicon entry is
// found again from the event's evidence), so the coder needs one call and
// training sees exactly what coding sees. EventScorer::get() is parsed once,
// immutable and thread-safe; the feature functions are pure.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "events/tree.h"
#include "eventwire/dict/lexicon.h"
#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire::events {

// One feature: a name and its value (1 for indicators).
using ScorerFeature = std::pair<std::string, float>;

// The features of `doc.events[event]`, coded with the built-in `lexicon`.
// Names starting with "w:" (words: lemmas, codes) are the sparse ones the
// trainer regularizes more strongly.
std::vector<ScorerFeature> event_features(const Document& doc, size_t event,
                                          const dict::Lexicon& lexicon);

class EventScorer {
 public:
  EventScorer();
  EventScorer(EventScorer&&) noexcept;
  EventScorer& operator=(EventScorer&&) noexcept;
  ~EventScorer();

  // The built-in weights; the first call parses them.
  static const EventScorer& get();
  // From the text of a weights file (format in docs/events.md).
  static Result<EventScorer> parse(std::string_view text);

  // P(right) for these features.
  double probability(const std::vector<ScorerFeature>& features) const;
  // P(right) for doc.events[event]: the probability of its event_features,
  // its names joined in a reused buffer and looked up by hash (no allocation).
  double event_probability(const Document& doc, size_t event, const dict::Lexicon& lexicon) const;
  // Sets the confidence of doc.events[first…] to the scorer's probability
  // (event_probability, rounded to 0.001). `trees`: the coder's trees by
  // sentence index, used where one is over doc.sentences[i] itself (saves
  // building them again); the others are built here.
  void score(Document& doc, size_t first, const dict::Lexicon& lexicon,
             std::span<const std::optional<Tree>> trees = {}) const;

  // The confidence below which the event tables drop an event by default.
  double threshold() const { return threshold_; }
  const std::string& version() const { return version_; }
  const std::string& fingerprint() const { return fingerprint_; }
  size_t size() const { return weights_.size(); }

  class Table;  // the weights by name hash (event_scorer.cc)

 private:
  std::unordered_map<std::string, double> weights_;
  std::unique_ptr<Table> table_;  // built from weights_ by parse()
  double threshold_ = 0;
  std::string version_, fingerprint_;
};

// P(right) for these features under these weights (the trainer's view).
double scorer_probability(const std::unordered_map<std::string, double>& weights,
                          const std::vector<ScorerFeature>& features);

}  // namespace eventwire::events
