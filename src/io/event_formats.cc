#include "eventwire/event_formats.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

#include "base/strings.h"
#include "eventwire/dict/cameo.h"

namespace eventwire {
namespace {

std::string compact_date(const std::string& iso) {  // "2017-12-25" → "20171225"
  std::string out;
  for (char c : iso)
    if (c != '-') out += c;
  return out;
}

// PETRARCH's issues column: "CODE count" pairs joined by ";".
std::string issue_field(const Event& e) {
  std::string out;
  for (const auto& [code, count] : e.issues) {
    if (!out.empty()) out += ';';
    out += code;
    out += ' ';
    out += std::to_string(count);
  }
  return out;
}

std::string clean_field(std::string s) {  // tabs and newlines would break the line format
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

using base::csv_field;

std::string number(double value, const char* format = "%.1f") {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

const Place* find_place(const Document& doc, const std::string& id) {
  for (const Place& p : doc.places)
    if (p.id == id) return &p;
  return nullptr;
}

std::string entity_name(const Document& doc, const std::optional<EventArgument>& arg) {
  if (!arg) return "";
  for (const Entity& e : doc.entities)
    if (e.id == arg->entity && !e.name.empty()) return e.name;
  return arg->mention.text;
}

std::string code_or_null(const std::optional<EventArgument>& arg) {
  return arg && !arg->actor_code.empty() ? arg->actor_code : "---";
}

// Reporters by name, outermost first ("; "-joined): entity ids mean nothing
// outside the JSON.
std::string reporter_names(const Document& doc, const Event& e) {
  std::string out;
  for (const std::string& id : e.reported_by) {
    std::string name = id;
    for (const Entity& entity : doc.entities)
      if (entity.id == id && !entity.name.empty()) name = entity.name;
    out += (out.empty() ? "" : "; ") + name;
  }
  return out;
}

std::string sentence_of(const Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.sentences.size())) return "";
  const Sentence& s = doc.sentences[static_cast<size_t>(index)];
  if (s.byte_end > doc.article.text.size() || s.byte_start > s.byte_end) return "";
  return doc.article.text.substr(s.byte_start, s.byte_end - s.byte_start);
}

}  // namespace

std::string day_date(const std::string& event_date, const std::string& article_date) {
  std::string event = compact_date(event_date.empty() ? article_date : event_date);
  std::string article = compact_date(article_date);
  if (event.size() >= 8) return event;
  if (article.size() == 8 && article.compare(0, event.size(), event) == 0) return article;
  if (event.size() == 6) return event + "01";
  if (event.size() == 4) return event + "0101";
  return event;
}

Result<EventFormat> parse_event_format(const std::string& name) {
  if (name == "petrarch") return EventFormat::kPetrarch;
  if (name == "gdelt") return EventFormat::kGdelt;
  if (name == "plover") return EventFormat::kPlover;
  if (name == "csv") return EventFormat::kCsv;
  if (name == "tsv") return EventFormat::kTsv;
  return Status::invalid_input("unknown event format \"" + name +
                               "\" (petrarch, gdelt, plover, csv, tsv)");
}

bool is_role_code(const std::string& code) {
  static constexpr std::array<std::string_view, 36> kRoles = {
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
      "CVL", "NGO", "IGO", "LAB", "LEG", "REF", "HLH", "AGR", "ELI", "ENV", "INS", "MOD",
      "RAD", "UAF", "SEP", "IMG", "NGM", "MNC", "PRO", "DEV", "HRI", "RES", "ATH", "CHR"};
  return std::find(kRoles.begin(), kRoles.end(), code) != kRoles.end();
}

ActorCodeParts split_actor_code(const std::string& code) {
  ActorCodeParts parts;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    std::string part = code.substr(i, 3);
    if (is_role_code(part))
      parts.types.push_back(part);
    else if (i == 0)
      parts.country = part;
    else if (parts.known_group.empty())
      parts.known_group = part;
  }
  return parts;
}

void EventTableWriter::write_header() {
  if (format_ != EventFormat::kCsv && format_ != EventFormat::kTsv) return;
  std::string header =
      "article_id,event_id,date,date_source,source_code,source_name,source_text,target_code,target_"
      "name,"
      "target_text,code,root_code,quad_class,goldstein,plover,negated,modality,reported_by,"
      "confidence,location,latitude,"
      "longitude,sentence,start,end,verb,sentence_text,source_outlet,url\n";
  if (format_ == EventFormat::kTsv) std::replace(header.begin(), header.end(), ',', '\t');
  out_ << header;
}

bool EventTableWriter::keeps(const Event& e) const {
  if (e.confidence < min_confidence_) return false;
  return modalities_.empty() ||
         std::find(modalities_.begin(), modalities_.end(), e.modality) != modalities_.end();
}

void EventTableWriter::write(const Document& doc) {
  const Article& a = doc.article;
  for (const Event& e : doc.events) {
    if (!keeps(e)) continue;
    const Place* place = e.location.empty() ? nullptr : find_place(doc, e.location);
    switch (format_) {
      case EventFormat::kPetrarch: {
        // date, source, target, code, issues, ids, url, outlet (PETRARCH-2's evts lines)
        std::string id = a.id + "-" + std::to_string(e.sentence + 1);
        out_ << day_date(e.date, a.date) << '\t' << code_or_null(e.source) << '\t'
             << code_or_null(e.target) << '\t' << e.code << '\t' << clean_field(issue_field(e))
             << '\t' << clean_field(id) << '\t';
        if (!a.url.empty()) out_ << clean_field(a.url) << '\t';
        out_ << clean_field(a.source.empty() ? "NULL" : a.source) << '\n';
        break;
      }
      case EventFormat::kGdelt: {
        std::string day = day_date(e.date, a.date);
        std::vector<std::string> c(61);
        c[0] = std::to_string(next_gdelt_id_++);
        c[1] = day;
        if (day.size() == 8) {
          int year = std::stoi(day.substr(0, 4)), month = std::stoi(day.substr(4, 2)),
              dom = std::stoi(day.substr(6, 2));
          c[2] = day.substr(0, 6);
          c[3] = day.substr(0, 4);
          c[4] = number(year + ((month - 1) * 30.4375 + dom) / 365.25, "%.4f");
        }
        auto actor = [&](const std::optional<EventArgument>& arg, size_t at) {
          if (!arg) return;
          ActorCodeParts parts = split_actor_code(arg->actor_code);
          c[at] = arg->actor_code;
          c[at + 1] = clean_field(entity_name(doc, arg));
          c[at + 2] = parts.country;
          c[at + 3] = parts.known_group;
          for (size_t t = 0; t < parts.types.size() && t < 3; ++t) c[at + 7 + t] = parts.types[t];
        };
        actor(e.source, 5);
        actor(e.target, 15);
        c[25] = e.sentence <= 1 ? "1" : "0";  // IsRootEvent: lead sentences, as GDELT
        c[26] = e.code;
        c[27] = e.code.substr(0, std::min<size_t>(3, e.code.size()));
        c[28] = e.root_code;
        c[29] = std::to_string(e.quad_class);
        c[30] = number(e.goldstein);
        c[31] = "1";
        c[32] = "1";
        c[33] = "1";
        if (place) {    // ActionGeo_* (columns 52-59)
          c[51] = "4";  // world city / GeoNames place
          c[52] = clean_field(place->name);
          c[53] = place->country;
          // GDELT writes country + ADM1 code; ours are ISO 3166-2 ("US-TX") or "CC.<GeoNames
          // code>".
          std::string admin1 = place->admin1;
          if (size_t cut = admin1.find_first_of("-."); cut != std::string::npos)
            admin1 = admin1.substr(cut + 1);
          c[54] = admin1.empty() ? "" : place->country + admin1;
          c[56] = number(place->lat, "%.4f");
          c[57] = number(place->lon, "%.4f");
          c[58] = std::to_string(place->geonames_id);
        }
        c[59] = day + "000000";
        c[60] = clean_field(a.url);
        for (size_t i = 0; i < c.size(); ++i) out_ << (i ? "\t" : "") << c[i];
        out_ << '\n';
        break;
      }
      case EventFormat::kPlover: {
        const dict::CameoCode* cameo = dict::CameoCodebook::get().find(e.code);
        auto actor = [&](const std::optional<EventArgument>& arg) -> nlohmann::json {
          if (!arg) return nullptr;
          return {{"text", arg->mention.text},
                  {"name", entity_name(doc, arg)},
                  {"code", arg->actor_code},
                  {"country", split_actor_code(arg->actor_code).country},
                  {"entity", arg->entity}};
        };
        nlohmann::json record = {
            {"id", a.id + "-" + e.id},
            {"date", e.date.empty() ? a.date : e.date},
            {"event_type", e.plover.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.plover)},
            {"mode", cameo && !cameo->plover_mode.empty() ? nlohmann::json(cameo->plover_mode)
                                                          : nlohmann::json(nullptr)},
            {"context", cameo && !cameo->plover_context.empty()
                            ? nlohmann::json(cameo->plover_context)
                            : nlohmann::json(nullptr)},
            {"actor", actor(e.source)},
            {"recipient", actor(e.target)},
            {"cameo_code", e.code},
            {"negated", e.negated},
            {"modality", e.modality},
            {"reported_by", e.reported_by},
            {"event_location", place ? nlohmann::json{{"name", place->name},
                                                      {"geonames_id", place->geonames_id},
                                                      {"country", place->country},
                                                      {"lat", place->lat},
                                                      {"lon", place->lon}}
                                     : nlohmann::json(nullptr)},
            {"story_id", a.id},
            {"sentence", e.sentence},
            {"event_text", e.evidence_verb},
            {"source", a.source},
            {"url", a.url}};
        out_ << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        break;
      }
      case EventFormat::kCsv:
      case EventFormat::kTsv: {
        // Names and the sentence let a reader check a row without the JSON.
        std::vector<std::string> f = {a.id,
                                      e.id,
                                      e.date.empty() ? a.date : e.date,
                                      e.date_source,
                                      e.source ? e.source->actor_code : "",
                                      entity_name(doc, e.source),
                                      e.source ? e.source->mention.text : "",
                                      e.target ? e.target->actor_code : "",
                                      entity_name(doc, e.target),
                                      e.target ? e.target->mention.text : "",
                                      e.code,
                                      e.root_code,
                                      std::to_string(e.quad_class),
                                      number(e.goldstein),
                                      e.plover,
                                      e.negated ? "true" : "false",
                                      e.modality,
                                      reporter_names(doc, e),
                                      number(e.confidence, "%.2f"),
                                      place ? place->name : "",
                                      place ? number(place->lat, "%.4f") : "",
                                      place ? number(place->lon, "%.4f") : "",
                                      std::to_string(e.sentence),
                                      std::to_string(e.start),
                                      std::to_string(e.end),
                                      e.evidence_verb,
                                      sentence_of(doc, e.sentence),
                                      a.source,
                                      a.url};
        bool tsv = format_ == EventFormat::kTsv;
        for (size_t i = 0; i < f.size(); ++i)
          out_ << (i ? (tsv ? "\t" : ",") : "") << (tsv ? clean_field(f[i]) : csv_field(f[i]));
        out_ << '\n';
        break;
      }
    }
  }
}

}  // namespace eventwire
