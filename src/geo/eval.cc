// Scoring on GeoVirus-style XML: resolution given the gold spans, and
// detection plus resolution end to end.
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <ostream>
#include <set>

#include "base/fingerprint.h"
#include "eventwire/geo.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

// The evaluation split: FNV-1a 64 of a text's name, lowest bit (docs/geo.md).
using base::eval_half;

constexpr double kHalfEarthKm = 20038.0;

// Thread CPU time: throughput figures that hold on a busy shared machine.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double haversine_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) + std::cos(lat1 * kRad) *
                                                           std::cos(lat2 * kRad) *
                                                           std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

// The text of code points [start, end) of `text`, or nullopt when out of range.
std::optional<std::string> slice(const std::string& text, uint32_t start, uint32_t end) {
  uint32_t cp = 0;
  size_t byte_start = std::string::npos, byte_end = std::string::npos;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (cp == start) byte_start = i;
    if (cp == end) {
      byte_end = i;
      break;
    }
    ++cp;
  }
  if (byte_start == std::string::npos || byte_end == std::string::npos) return std::nullopt;
  return text.substr(byte_start, byte_end - byte_start);
}

struct Gold {
  uint32_t start, end;
  double lat, lon;
};

}  // namespace

Result<GeoEvalResult> evaluate_geovirus(const std::string& path, const GeoResolver& resolver) {
  return evaluate_geovirus(path, resolver, GeoEvalOptions());
}

Result<GeoEvalResult> evaluate_geovirus(const std::string& path, const GeoResolver& resolver,
                                        const GeoEvalOptions& options) {
  if (!std::ifstream(path))
    return Status::not_found("GeoVirus file \"" + path + "\" cannot be opened");
  pugi::xml_document xml;
  pugi::xml_parse_result parsed = xml.load_file(path.c_str());
  if (!parsed) {
    return Status::invalid_input("\"" + path + "\" is not readable XML: " + parsed.description() +
                                 " at byte " + std::to_string(parsed.offset));
  }
  GeoEvalResult result;
  std::vector<double> errors;
  double seconds = 0;
  size_t article_number = 0;
  for (pugi::xml_node article : xml.child("articles").children("article")) {
    ++article_number;
    if (options.half >= 0 && eval_half(article.child("source").text().get()) != options.half)
      continue;
    Document doc;
    doc.article.id = "geovirus-" + std::to_string(article_number);
    doc.article.text = article.child("text").text().get();
    std::vector<Gold> gold;
    for (pugi::xml_node loc : article.child("locations").children("location")) {
      // GeoVirus offsets are one more than 0-based code point offsets.
      long start = loc.child("start").text().as_llong(-1) - 1,
           end = loc.child("end").text().as_llong(-1) - 1;
      std::string name = loc.child("name").text().get();
      auto surface =
          start >= 0 && end > start
              ? slice(doc.article.text, static_cast<uint32_t>(start), static_cast<uint32_t>(end))
              : std::nullopt;
      if (!surface || *surface != name) {
        return Status::invalid_input(
            "\"" + path + "\" article " + std::to_string(article_number) + ": location \"" + name +
            "\" does not match the text at its offsets " + loc.child("start").text().get() + "-" +
            loc.child("end").text().get());
      }
      gold.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end),
                      loc.child("lat").text().as_double(), loc.child("lon").text().as_double()});
    }
    double s0 = cpu_seconds();
    doc.sentences = segment_article(doc.article, SegmentOptions(), &doc.warnings);
    result.segment_seconds += cpu_seconds() - s0;
    for (const Sentence& s : doc.sentences) result.tokens += s.tokens.size();
    ++result.articles;

    std::vector<std::pair<uint32_t, uint32_t>> spans;
    for (const Gold& g : gold) spans.emplace_back(g.start, g.end);
    auto places = resolver.resolve_spans(doc, spans);
    for (size_t k = 0; k < gold.size(); ++k) {
      ++result.gold;
      double km = kHalfEarthKm;
      if (places[k]) {
        ++result.resolved;
        km = haversine_km(gold[k].lat, gold[k].lon, places[k]->lat, places[k]->lon);
      }
      errors.push_back(km);
      if (km <= 161) ++result.within_161km;
      if (options.trace && km > 161) {
        *options.trace << doc.article.id << "\t" << gold[k].start << "\t"
                       << *slice(doc.article.text, gold[k].start, gold[k].end) << "\tgold "
                       << gold[k].lat << "," << gold[k].lon;
        if (places[k]) {
          *options.trace << "\tgot " << places[k]->name << " " << places[k]->feature << " "
                         << places[k]->country << " " << places[k]->lat << "," << places[k]->lon;
        } else {
          *options.trace << "\tno candidate";
        }
        *options.trace << "\t" << static_cast<long>(km) << " km\n";
      }
      if (places[k] && places[k]->feature == "PCLI") {
        ++result.country_spans;
        if (km <= 161) ++result.country_within_161km;
      }
    }

    double t0 = cpu_seconds();
    resolver.annotate(doc);
    seconds += cpu_seconds() - t0;
    std::set<std::pair<uint32_t, uint32_t>> gold_spans(spans.begin(), spans.end());
    for (const Place& p : doc.places) {
      ++result.predicted;
      if (gold_spans.count({p.start, p.end}) != 0) ++result.correct_spans;
    }
  }
  if (result.articles == 0)
    return Status::invalid_input("\"" + path + "\" has no <articles><article> elements");
  std::sort(errors.begin(), errors.end());
  if (!errors.empty()) {
    double sum = 0;
    for (double e : errors) sum += e;
    result.mean_error_km = sum / static_cast<double>(errors.size());
    size_t n = errors.size();
    result.median_error_km = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
  }
  result.precision = result.predicted ? static_cast<double>(result.correct_spans) /
                                            static_cast<double>(result.predicted)
                                      : 0;
  result.recall = result.gold
                      ? static_cast<double>(result.correct_spans) / static_cast<double>(result.gold)
                      : 0;
  result.f1 = result.precision + result.recall > 0
                  ? 2 * result.precision * result.recall / (result.precision + result.recall)
                  : 0;
  result.seconds = seconds;
  return result;
}

}  // namespace eventwire
