// Document → one line of JSON (docs/schema.md).
#include <nlohmann/json.hpp>

#include "eventwire/io.h"

namespace eventwire {
namespace {

using json = nlohmann::ordered_json;

json mention_json(const Mention& m) {
  return {{"start", m.start}, {"end", m.end}, {"text", m.text}, {"sentence", m.sentence}};
}

json argument_json(const std::optional<EventArgument>& argument) {
  if (!argument) return nullptr;
  json out = mention_json(argument->mention);
  out["actor_code"] = argument->actor_code;
  out["entity"] = argument->entity.empty() ? json(nullptr) : json(argument->entity);
  return out;
}

json issues_json(const std::vector<std::pair<std::string, int>>& issues) {
  json out = json::object();
  for (const auto& [code, count] : issues) out[code] = count;
  return out;
}

json quote_json(const Quote& q) {
  auto party = [](const std::optional<Mention>& m, const std::string& entity) -> json {
    if (!m) return nullptr;
    json j = mention_json(*m);
    j["entity"] = entity.empty() ? json(nullptr) : json(entity);
    return j;
  };
  return {{"id", q.id},
          {"kind", q.kind},
          {"content", mention_json(q.content)},
          {"cue", mention_json(q.cue)},
          {"speaker", party(q.speaker, q.speaker_entity)},
          {"addressee", party(q.addressee, q.addressee_entity)},
          {"reported_by", q.reported_by},
          {"medium", q.medium},
          {"date", q.date},
          {"date_source", q.date_source},
          {"events", q.events}};
}

void analysis_json(const Document& doc, json& out) {
  json entities = json::array();
  for (const Entity& e : doc.entities) {
    json mentions = json::array();
    for (const Mention& m : e.mentions) mentions.push_back(mention_json(m));
    entities.push_back({{"id", e.id},
                        {"type", e.type},
                        {"name", e.name},
                        {"actor_code", e.actor_code},
                        {"resolved_by", e.resolved_by},
                        {"mentions", std::move(mentions)}});
  }
  out["entities"] = std::move(entities);
  json events = json::array();
  for (const Event& e : doc.events) {
    events.push_back({{"id", e.id},
                      {"sentence", e.sentence},
                      {"start", e.start},
                      {"end", e.end},
                      {"source", argument_json(e.source)},
                      {"target", argument_json(e.target)},
                      {"code", e.code},
                      {"root_code", e.root_code},
                      {"quad_class", e.quad_class},
                      {"goldstein", e.goldstein},
                      {"plover", e.plover},
                      {"date", e.date},
                      {"date_source", e.date_source},
                      {"location", e.location.empty() ? json(nullptr) : json(e.location)},
                      {"reported_by", e.reported_by},
                      {"negated", e.negated},
                      {"modality", e.modality},
                      {"confidence", e.confidence},
                      {"evidence",
                       {{"verb", e.evidence_verb},
                        {"pattern", e.evidence_pattern},
                        {"dictionary", e.evidence_dictionary}}},
                      {"issues", issues_json(e.issues)}});
  }
  out["events"] = std::move(events);
  json quotes = json::array();
  for (const Quote& q : doc.quotes) quotes.push_back(quote_json(q));
  out["quotes"] = std::move(quotes);
  json times = json::array();
  for (const TimeExpression& t : doc.times)
    times.push_back({{"id", t.id},
                     {"start", t.start},
                     {"end", t.end},
                     {"text", t.text},
                     {"type", t.type},
                     {"value", t.value},
                     {"sentence", t.sentence}});
  out["times"] = std::move(times);
  json places = json::array();
  for (const Place& p : doc.places)
    places.push_back({{"id", p.id},
                      {"start", p.start},
                      {"end", p.end},
                      {"text", p.text},
                      {"name", p.name},
                      {"geonames_id", p.geonames_id},
                      {"country", p.country},
                      {"admin1", p.admin1},
                      {"lat", p.lat},
                      {"lon", p.lon},
                      {"sentence", p.sentence}});
  out["places"] = std::move(places);
}

json versions_json(const std::vector<ComponentVersion>& versions) {
  json out = json::object();
  for (const ComponentVersion& v : versions) {
    // Several files of one kind (the actor knowledge base is five) are keyed
    // "<name>:<file>" so none hides another.
    size_t same = 0;
    for (const ComponentVersion& w : versions) same += w.name == v.name ? 1 : 0;
    std::string key = v.name;
    if (same > 1) {
      key += ':';
      key += v.version.substr(v.version.rfind('/') + 1);
    }
    out[key] = {{"version", v.version}, {"fingerprint", v.fingerprint}};
  }
  return out;
}

}  // namespace

std::string document_to_json(const Document& doc, const JsonOptions& options) {
  const Article& a = doc.article;
  json out = {{"id", a.id},         {"date", a.date}, {"title", a.title},
              {"source", a.source}, {"url", a.url},   {"text", a.text}};
  out["meta"] = {
      {"schema_version", 1},
      {"eventwire_version", EVENTWIRE_VERSION},
      {"origin", {{"file", a.origin_file}, {"record", a.origin_record}, {"line", a.origin_line}}},
      {"models", versions_json(doc.models)},
      {"dictionaries", versions_json(doc.dictionaries)},
      {"warnings", doc.warnings}};
  if (!a.extra.empty()) {
    json extra = json::object();
    for (const auto& [key, value] : a.extra) extra[key] = json::parse(value, nullptr, false);
    out["extra"] = std::move(extra);
  }
  out["title_span"] = {{"start", a.title_span.start}, {"end", a.title_span.end}};
  json paragraphs = json::array();
  for (const Span& p : a.paragraphs) paragraphs.push_back({{"start", p.start}, {"end", p.end}});
  out["paragraphs"] = std::move(paragraphs);
  json sentences = json::array();
  std::string_view text(a.text);
  for (const Sentence& s : doc.sentences) {
    json sentence = {{"id", s.id},
                     {"start", s.start},
                     {"end", s.end},
                     {"paragraph", s.paragraph},
                     {"text", text.substr(s.byte_start, s.byte_end - s.byte_start)}};
    if (options.tokens) {
      json tokens = json::array();
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        const Token& t = s.tokens[i];
        json token = {{"id", i + 1}, {"text", t.text}, {"start", t.start}, {"end", t.end}};
        if (options.syntax && t.head >= 0) {
          token["upos"] = t.upos;
          token["xpos"] = t.xpos;
          token["feats"] = t.feats;
          token["lemma"] = t.lemma;
          token["head"] = t.head;
          token["deprel"] = t.deprel;
        }
        tokens.push_back(std::move(token));
      }
      sentence["tokens"] = std::move(tokens);
      if (!s.multiword_tokens.empty()) {
        json mwts = json::array();
        for (const MultiwordToken& m : s.multiword_tokens)
          mwts.push_back({{"first", m.first + 1},
                          {"last", m.last + 1},
                          {"text", m.text},
                          {"start", m.start},
                          {"end", m.end}});
        sentence["multiword_tokens"] = std::move(mwts);
      }
    }
    sentences.push_back(std::move(sentence));
  }
  out["sentences"] = std::move(sentences);
  if (options.analysis) analysis_json(doc, out);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string quote_to_json(const Document& doc, const Quote& quote) {
  json out = {{"article", doc.article.id}};
  json fields = quote_json(quote);  // named: items() refers into it
  for (auto& [key, value] : fields.items()) out[key] = value;
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace eventwire
