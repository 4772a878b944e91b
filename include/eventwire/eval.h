// Evaluation of the event coder against gold event records in the
// "realnews" JSON Lines format (docs/events.md, "Scoring real news"): one
// article per line with `gold` events carrying a CAMEO root and/or QuadClass
// and, where known, source and target spans.
//
// The scoring functions are pure and thread-compatible; evaluate_event_gold
// runs the pipeline itself.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/pipeline.h"
#include "eventwire/status.h"

namespace eventwire {

struct GoldSpan {
  uint32_t start = 0, end = 0;  // code points, end exclusive
};

struct GoldEvent {
  int quad = -1;                           // 0 statement/appeal (01x/02x), 1–4 QuadClass; -1 none
  std::vector<std::string> roots;          // accepted two-digit roots; empty: scored by quad only
  std::vector<GoldSpan> sources, targets;  // any one of each counts
  std::string label;                       // for the per-label table
  bool typed() const { return quad >= 0 || !roots.empty(); }
};

// Parses the `gold` array of one record (a JSON text). Unknown keys are ignored.
Result<std::vector<GoldEvent>> parse_gold_events(std::string_view json);

struct EventGoldCounts {
  uint64_t items = 0, items_with_event = 0, events = 0;
  uint64_t typed_items = 0, gold = 0, type_found = 0;
  uint64_t dyad_gold = 0, dyad_found = 0, dyad_either = 0;
  uint64_t single_items = 0, single_extra = 0;       // items with exactly one gold event
  uint64_t negative_items = 0, negative_events = 0;  // items whose gold has no type
  void add(const EventGoldCounts& other);
  double type_recall() const { return gold ? 100.0 * type_found / gold : 0; }
  double dyad_recall() const { return dyad_gold ? 100.0 * dyad_found / dyad_gold : 0; }
};

// How a gold record's quad label groups CAMEO roots. Pentaclass is the
// Phoenix/PLOVER grouping (0 statements 01–02, 1 03–05, 2 06–08, 3 09–13 and
// 16, 4 14–15 and 17–20): sanctions are verbal conflict and protest material
// conflict there. Cameo is GDELT's QuadClass (01–05, 06–09, 10–14, 15–20)
// with 01–02 split off as 0.
enum class QuadScheme { kPentaclass, kCameo };

// The quad a gold record would give this event under `scheme`.
int event_gold_quad(const Event& event, QuadScheme scheme = QuadScheme::kPentaclass);

// Scores one item: adds to `counts`, and to `per_label[gold.label]` per gold event.
void score_event_item(const std::vector<GoldEvent>& gold, const std::vector<const Event*>& events,
                      EventGoldCounts& counts, std::map<std::string, EventGoldCounts>* per_label,
                      QuadScheme scheme = QuadScheme::kPentaclass);

struct EventGoldEvalOptions {
  std::vector<std::string> gold_files;
  int threads = 1;
  bool asserted_only = false;  // score only events whose modality is "asserted"
  double min_confidence = 0;   // score only events at least this confident
  std::vector<double> curve;   // also score at each of these thresholds (report.curve)
  QuadScheme quad_scheme = QuadScheme::kPentaclass;
  std::ostream* misses = nullptr;  // each missed gold event with the sentence and events
};

struct EventGoldEvalReport {
  std::map<std::string, EventGoldCounts> per_file, per_label;
  EventGoldCounts overall;
  // With min_confidence: every event (same asserted_only), as without the threshold.
  EventGoldCounts overall_unfiltered;
  std::vector<EventGoldCounts> curve;  // one per options.curve threshold
  uint64_t rejected = 0;               // records the reader could not read
  double seconds = 0;
};

// Codes every record of the gold files with `pipeline` and scores it.
Result<EventGoldEvalReport> evaluate_event_gold(const Pipeline& pipeline,
                                                const EventGoldEvalOptions& options);

}  // namespace eventwire
