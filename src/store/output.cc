// Row writers for query results: CSV (RFC 4180) and JSON Lines.
#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "eventwire/store.h"

namespace eventwire {
namespace {

using base::csv_field;
using nlohmann::json;

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

json argument(const std::optional<EventArgument>& a, const std::string& name) {
  if (!a) return nullptr;
  return {{"text", a->mention.text},
          {"start", a->mention.start},
          {"end", a->mention.end},
          {"actor_code", a->actor_code},
          {"entity", a->entity.empty() ? json(nullptr) : json(a->entity)},
          {"name", name}};
}

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

void write_event_csv_header(std::ostream& out) {
  out << "article,event,date,code,root_code,plover,quad_class,goldstein,source_actor,source_text,"
         "target_actor,"
         "target_text,country,sentence,start,end,negated,confidence,verb,source,url\n";
}

void write_event_csv(std::ostream& out, const EventRow& row) {
  const Event& e = row.event;
  std::vector<std::string> fields = {row.article,
                                     e.id,
                                     e.date,
                                     e.code,
                                     e.root_code,
                                     e.plover,
                                     std::to_string(e.quad_class),
                                     number(e.goldstein),
                                     e.source ? e.source->actor_code : "",
                                     e.source ? e.source->mention.text : "",
                                     e.target ? e.target->actor_code : "",
                                     e.target ? e.target->mention.text : "",
                                     row.country,
                                     std::to_string(e.sentence),
                                     std::to_string(e.start),
                                     std::to_string(e.end),
                                     e.negated ? "1" : "0",
                                     number(e.confidence),
                                     e.evidence_verb,
                                     row.source,
                                     row.url};
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\n";
}

std::string event_row_json(const EventRow& row) {
  const Event& e = row.event;
  json j = {{"article", row.article},
            {"title", row.title},
            {"source_outlet", row.source},
            {"url", row.url},
            {"id", e.id},
            {"date", e.date},
            {"code", e.code},
            {"root_code", e.root_code},
            {"plover", e.plover},
            {"quad_class", e.quad_class},
            {"goldstein", e.goldstein},
            {"source", argument(e.source, row.source_name)},
            {"target", argument(e.target, row.target_name)},
            {"country", row.country},
            {"location", e.location},
            {"sentence", e.sentence},
            {"start", e.start},
            {"end", e.end},
            {"negated", e.negated},
            {"modality", e.modality},
            {"confidence", e.confidence},
            {"verb", e.evidence_verb}};
  return dump(j);
}

std::string quote_row_json(const QuoteRow& row) {
  const Quote& q = row.quote;
  json j = {
      {"article", row.article},
      {"title", row.title},
      {"date", row.date},
      {"id", q.id},
      {"kind", q.kind},
      {"content", {{"text", q.content.text}, {"start", q.content.start}, {"end", q.content.end}}},
      {"speaker", q.speaker ? json{{"text", q.speaker->text},
                                   {"entity", q.speaker_entity},
                                   {"name", row.speaker_name}}
                            : json(nullptr)},
      {"addressee", q.addressee ? json{{"text", q.addressee->text},
                                       {"entity", q.addressee_entity},
                                       {"name", row.addressee_name}}
                                : json(nullptr)}};
  return dump(j);
}

std::string search_hit_json(const SearchHit& hit) {
  json j = {{"id", hit.id},         {"date", hit.date}, {"title", hit.title},
            {"source", hit.source}, {"url", hit.url},   {"snippet", hit.snippet},
            {"score", hit.score}};
  return dump(j);
}

}  // namespace eventwire
