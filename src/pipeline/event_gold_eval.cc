// Scoring the event coder on gold event records (eventwire eval events).
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <ostream>

#include "eventwire/eval.h"

namespace eventwire {
namespace {

using nlohmann::json;

std::vector<GoldSpan> spans_of(const json& gold, const char* key) {
  std::vector<GoldSpan> out;
  auto add = [&out](const json& span) {
    if (!span.is_object() || !span.contains("start") || !span.contains("end")) return;
    if (!span["start"].is_number_unsigned() || !span["end"].is_number_unsigned()) return;
    out.push_back({span["start"].get<uint32_t>(), span["end"].get<uint32_t>()});
  };
  if (gold.contains(key)) add(gold[key]);
  std::string alt = std::string(key) + "_alt";
  if (gold.contains(alt) && gold[alt].is_array())
    for (const json& span : gold[alt]) add(span);
  return out;
}

std::string label_of(const json& gold, const GoldEvent& event) {
  for (const char* key : {"relation", "acled"})
    if (gold.contains(key) && gold[key].is_string()) return gold[key].get<std::string>();
  if (!event.roots.empty()) return "root " + event.roots.front();
  if (event.quad >= 0) return "quad " + std::to_string(event.quad);
  return "untyped";
}

bool overlaps(const GoldSpan& gold, const std::optional<EventArgument>& argument) {
  return argument && argument->mention.start < gold.end && gold.start < argument->mention.end;
}

// A side without gold spans is not scored; otherwise any listed span counts.
bool side_matches(const std::vector<GoldSpan>& gold, const std::optional<EventArgument>& argument) {
  if (gold.empty()) return true;
  for (const GoldSpan& span : gold)
    if (overlaps(span, argument)) return true;
  return false;
}

bool type_matches(const GoldEvent& gold, const Event& event, QuadScheme scheme) {
  if (!gold.roots.empty())
    return std::find(gold.roots.begin(), gold.roots.end(), event.root_code) != gold.roots.end();
  return event_gold_quad(event, scheme) == gold.quad;
}

}  // namespace

Result<std::vector<GoldEvent>> parse_gold_events(std::string_view text) {
  json array = json::parse(text, nullptr, false);
  if (array.is_discarded() || !array.is_array())
    return Status::invalid_input("gold: not a JSON array");
  std::vector<GoldEvent> out;
  for (const json& gold : array) {
    if (!gold.is_object()) continue;
    GoldEvent event;
    if (gold.contains("quad") && gold["quad"].is_number_integer()) event.quad = gold["quad"];
    if (gold.contains("root") && gold["root"].is_string()) event.roots.push_back(gold["root"]);
    if (!event.roots.empty() && gold.contains("alt_roots") && gold["alt_roots"].is_array())
      for (const json& root : gold["alt_roots"])
        if (root.is_string()) event.roots.push_back(root);
    event.sources = spans_of(gold, "source");
    event.targets = spans_of(gold, "target");
    // A reciprocal span ("[Bush and Mubarak] agreed") stands for a missing side.
    if (gold.value("joint", false)) {
      std::vector<GoldSpan> joint = spans_of(gold, "reciprocal");
      if (event.sources.empty()) event.sources = joint.empty() ? event.targets : joint;
      if (event.targets.empty()) event.targets = joint.empty() ? event.sources : joint;
    }
    event.label = label_of(gold, event);
    out.push_back(std::move(event));
  }
  return out;
}

void EventGoldCounts::add(const EventGoldCounts& o) {
  items += o.items, items_with_event += o.items_with_event, events += o.events;
  typed_items += o.typed_items, gold += o.gold, type_found += o.type_found;
  dyad_gold += o.dyad_gold, dyad_found += o.dyad_found, dyad_either += o.dyad_either;
  single_items += o.single_items, single_extra += o.single_extra;
  negative_items += o.negative_items, negative_events += o.negative_events;
}

int event_gold_quad(const Event& event, QuadScheme scheme) {
  int root = std::atoi(event.root_code.c_str());
  if (root == 1 || root == 2) return 0;
  if (scheme == QuadScheme::kCameo || root < 1 || root > 20) return event.quad_class;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13 || root == 16) return 3;
  return 4;
}

void score_event_item(const std::vector<GoldEvent>& gold, const std::vector<const Event*>& events,
                      EventGoldCounts& counts, std::map<std::string, EventGoldCounts>* per_label,
                      QuadScheme scheme) {
  counts.items++;
  counts.events += events.size();
  if (!events.empty()) counts.items_with_event++;
  bool typed = std::any_of(gold.begin(), gold.end(), [](const GoldEvent& g) { return g.typed(); });
  if (!typed) {
    counts.negative_items++;
    counts.negative_events += events.size();
    return;
  }
  counts.typed_items++;
  if (gold.size() == 1) {
    counts.single_items++;
    counts.single_extra += events.size() > 1 ? events.size() - 1 : 0;
  }
  for (const GoldEvent& g : gold) {
    if (!g.typed()) continue;
    EventGoldCounts one;
    one.gold = 1;
    bool has_spans = !g.sources.empty() || !g.targets.empty();
    one.dyad_gold = has_spans ? 1 : 0;
    for (const Event* e : events) {
      if (!type_matches(g, *e, scheme)) continue;
      one.type_found = 1;
      if (!has_spans) continue;
      bool forward = side_matches(g.sources, e->source) && side_matches(g.targets, e->target);
      bool backward = side_matches(g.targets, e->source) && side_matches(g.sources, e->target);
      one.dyad_found |= forward ? 1 : 0;
      one.dyad_either |= (forward || backward) ? 1 : 0;
    }
    counts.gold += one.gold, counts.type_found += one.type_found;
    counts.dyad_gold += one.dyad_gold, counts.dyad_found += one.dyad_found;
    counts.dyad_either += one.dyad_either;
    if (per_label) (*per_label)[g.label].add(one);
  }
}

namespace {

std::string gold_text(const std::vector<std::pair<std::string, std::string>>& extra) {
  for (const auto& [key, value] : extra)
    if (key == "gold") return value;
  return {};
}

void print_miss(std::ostream& out, const Document& doc, const GoldEvent& g,
                const std::vector<const Event*>& events) {
  out << "MISS " << doc.article.id << " [" << g.label << "] "
      << doc.article.text.substr(0, std::min<size_t>(doc.article.text.size(), 300)) << "\n";
  for (const Event* e : events)
    out << "  got " << e->code << " " << (e->source ? e->source->actor_code : "-") << " -> "
        << (e->target ? e->target->actor_code : "-") << " (" << e->evidence_verb << ", "
        << e->modality << ")\n";
}

}  // namespace

Result<EventGoldEvalReport> evaluate_event_gold(const Pipeline& pipeline,
                                                const EventGoldEvalOptions& options) {
  auto start = std::chrono::steady_clock::now();
  auto stream = ArticleStream::open(options.gold_files, ReadOptions{});
  if (!stream) return stream.status();
  EventGoldEvalReport report;
  Status failure;
  BatchOptions batch;
  batch.threads = options.threads;
  run_batch(
      **stream, pipeline, batch,
      [&](Document& doc) {
        auto gold = parse_gold_events(gold_text(doc.article.extra));
        if (!gold) {
          failure = Status::invalid_input(doc.article.origin_file + ": record " +
                                          std::to_string(doc.article.origin_record) +
                                          ": no readable `gold` array");
          return;
        }
        // Gold offsets are into the record's own text, which the reader may
        // have re-joined (paragraph breaks): arguments are compared in its terms.
        std::vector<Event> mapped;
        std::vector<bool> confident;
        for (const Event& e : doc.events)
          if (!options.asserted_only || e.modality == "asserted") {
            confident.push_back(e.confidence >= options.min_confidence);
            mapped.push_back(e);
            for (auto* side : {&mapped.back().source, &mapped.back().target})
              if (*side)
                (*side)->mention.start = doc.article.input_offset((*side)->mention.start),
                (*side)->mention.end = doc.article.input_offset((*side)->mention.end);
          }
        std::vector<const Event*> events, every;
        for (size_t k = 0; k < mapped.size(); ++k) {
          every.push_back(&mapped[k]);
          if (confident[k]) events.push_back(&mapped[k]);
        }
        EventGoldCounts unfiltered;
        score_event_item(*gold, every, unfiltered, nullptr, options.quad_scheme);
        report.overall_unfiltered.add(unfiltered);
        report.curve.resize(options.curve.size());
        for (size_t c = 0; c < options.curve.size(); ++c) {
          std::vector<const Event*> at;
          for (const Event* e : every)
            if (e->confidence >= options.curve[c]) at.push_back(e);
          EventGoldCounts counts_at;
          score_event_item(*gold, at, counts_at, nullptr, options.quad_scheme);
          report.curve[c].add(counts_at);
        }
        std::string file = doc.article.origin_file;
        if (size_t slash = file.find_last_of('/'); slash != std::string::npos)
          file.erase(0, slash + 1);
        EventGoldCounts counts;
        score_event_item(*gold, events, counts, &report.per_label, options.quad_scheme);
        report.per_file[file].add(counts);
        report.overall.add(counts);
        if (options.misses && counts.gold > counts.type_found)
          for (const GoldEvent& g : *gold)
            if (g.typed()) print_miss(*options.misses, doc, g, events);
      },
      [&](const ReadError&) { report.rejected++; });
  if (!failure.ok()) return failure;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace eventwire
