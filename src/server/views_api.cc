// The routes behind the web page's views (docs/api.md, "Routes for the page's
// views"): the overview, the actor graph with QuadClass and Goldstein per
// edge, an actor's page, events by place, and event lists with the text
// around each verb. Each runs a few aggregate SQL queries on its own
// read-only connection (one per server thread, opened on first use). The
// aggregates scan many events, so their answers are kept for a minute and for
// as long as no article is added (the key includes the archive's largest
// article rowid): the page asks the same few questions over and over.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>

#include "server/impl.h"
#include "store/sqlite.h"

namespace eventwire {
namespace {

using nlohmann::json;
using store::Connection;
using store::Stmt;

struct BadView {
  std::string message;
};

std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

void answer(httplib::Response& res, const std::string& body, int status = 200) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, "application/json; charset=utf-8");
}

// Checked query parameters (same rules as the other routes: known names, at
// most 512 bytes, given once).
class ViewParams {
 public:
  ViewParams(const httplib::Request& req, std::set<std::string> allowed) : req_(req) {
    for (const auto& [name, value] : req.params) {
      if (!allowed.count(name)) throw BadView{"unknown parameter \"" + name + "\""};
      if (value.size() > 512) throw BadView{"parameter \"" + name + "\" is too long"};
      if (req.get_param_value_count(name) > 1)
        throw BadView{"parameter \"" + name + "\" is given twice"};
    }
  }
  std::string text(const std::string& name) const { return req_.get_param_value(name); }
  int integer(const std::string& name, int fallback, int min, int max) const {
    if (!req_.has_param(name)) return fallback;
    std::string value = text(name);
    int out = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || end != value.data() + value.size() || out < min || out > max)
      throw BadView{"parameter \"" + name + "\" = \"" + value + "\" is not an integer in " +
                    std::to_string(min) + "–" + std::to_string(max)};
    return out;
  }
  // YYYY, YYYY-MM or YYYY-MM-DD; empty when absent.
  std::string date(const std::string& name) const {
    std::string v = text(name);
    if (v.empty()) return v;
    static const char* kShape = "dddd-dd-dd";
    bool ok = v.size() == 4 || v.size() == 7 || v.size() == 10;
    for (size_t i = 0; ok && i < v.size(); ++i)
      ok = kShape[i] == 'd' ? (v[i] >= '0' && v[i] <= '9') : v[i] == '-';
    if (!ok) throw BadView{"parameter \"" + name + "\" = \"" + v + "\" is not YYYY[-MM[-DD]]"};
    return v;
  }
  // An actor code or a CAMEO code: letters and digits only.
  std::string code(const std::string& name) const {
    std::string v = text(name);
    for (char c : v)
      if (!std::isalnum(static_cast<unsigned char>(c)))
        throw BadView{"parameter \"" + name + "\" = \"" + v + "\" is not a code"};
    return v;
  }

 private:
  const httplib::Request& req_;
};

// One read-only connection per server thread and archive.
Connection& connection(const std::string& path) {
  thread_local std::map<std::string, std::unique_ptr<Connection>> open;
  auto& slot = open[path];
  if (!slot) {
    auto db = std::make_unique<Connection>();
    if (Status s = db->open(path, /*read_only=*/true, 10000); !s)
      throw std::runtime_error(s.to_string());
    slot = std::move(db);
  }
  return *slot;
}

Stmt& prepare(Connection& db, const std::string& sql) {
  auto stmt = db.prepare(sql);
  if (!stmt) throw std::runtime_error(stmt.status().to_string());
  return **stmt;
}

bool step(Stmt& stmt) {
  auto more = stmt.step();
  if (!more) throw std::runtime_error(more.status().to_string());
  return *more;
}

// Answers of the aggregate routes, for a minute and while no article is added.
class AnswerCache {
 public:
  std::optional<std::string> find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    if (std::chrono::steady_clock::now() - it->second.first > std::chrono::seconds(60)) {
      entries_.erase(it);
      return std::nullopt;
    }
    return it->second.second;
  }
  void put(const std::string& key, const std::string& body) {
    std::lock_guard lock(mutex_);
    if (entries_.size() > 512) entries_.clear();
    entries_[key] = {std::chrono::steady_clock::now(), body};
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::pair<std::chrono::steady_clock::time_point, std::string>> entries_;
};

std::string cache_key(Connection& db, const httplib::Request& req) {
  Stmt& s = prepare(db, "SELECT coalesce(max(rowid), 0) FROM articles");
  int64_t last = step(s) ? s.integer(0) : 0;
  s.reset();
  std::string key = req.path + "?" + std::to_string(last);
  for (const auto& [name, value] : req.params)
    key += "&" + name + "=" + value;  // sorted (multimap)
  return key;
}

// "date >= ? AND date <= ?" pieces for an inclusive [from, to] on ISO dates.
struct Where {
  std::string sql;
  std::vector<std::string> binds;
  void add(const std::string& clause, const std::string& value) {
    sql += (sql.empty() ? " WHERE " : " AND ") + clause;
    binds.push_back(value);
  }
  void add(const std::string& clause) { sql += (sql.empty() ? " WHERE " : " AND ") + clause; }
  void dates(const std::string& column, const std::string& from, const std::string& to) {
    if (!from.empty()) add(column + " >= ?", from);
    if (!to.empty()) add(column + " <= ?", to + "~");  // '~' sorts after every digit and '-'
  }
  int bind(Stmt& stmt, int first = 1) const {
    for (const std::string& b : binds) stmt.bind(first++, b);
    return first;
  }
};

// Most frequent entity name for each code (cached per key with the answers).
std::map<std::string, std::string> names_of(Connection& db, const std::set<std::string>& codes) {
  std::map<std::string, std::string> out;
  Stmt& s = prepare(db,
                    "SELECT name, count(*) AS n FROM entities INDEXED BY entities_actor "
                    "WHERE actor_code = ? GROUP BY name ORDER BY n DESC LIMIT 1");
  for (const std::string& code : codes) {
    if (code.empty()) continue;
    s.reset();
    s.bind(1, code);
    if (step(s)) out[code] = s.text(0);
    s.reset();
  }
  return out;
}

// The events of a WHERE clause over `events e`, newest first, each with the
// names of its actors, its place and up to ~400 characters of text around the
// verb (offsets of the verb within that text in code points).
json event_list(Connection& db, const Where& where, const std::string& order, int limit) {
  std::string sql =
      "SELECT a.id, a.title, a.source, a.url, e.vid, e.date, e.code, e.root_code, e.plover, "
      "e.quad_class, e.goldstein, e.source_actor, e.source_text, coalesce(se.name, ''), "
      "e.target_actor, e.target_text, coalesce(te.name, ''), e.location, coalesce(p.name, ''), "
      "e.country, coalesce(p.lat, 0), coalesce(p.lon, 0), p.article IS NOT NULL, e.negated, "
      "e.confidence, e.evidence_verb, e.start, e.\"end\", "
      "substr(a.text, max(1, e.start - 199), min(e.start, 200) + (e.\"end\" - e.start) + 200) "
      "FROM events e JOIN articles a ON a.rowid = e.article "
      "LEFT JOIN entities se ON se.article = e.article AND se.eid = e.source_entity "
      "LEFT JOIN entities te ON te.article = e.article AND te.eid = e.target_entity "
      "LEFT JOIN places p ON p.article = e.article AND p.pid = e.location AND e.location <> ''" +
      where.sql + " ORDER BY " + order + " LIMIT ?";
  Stmt& s = prepare(db, sql);
  int next = where.bind(s);
  s.bind(next, limit);
  json out = json::array();
  while (step(s)) {
    auto actor = [&](int col) -> json {
      if (s.text(col).empty() && s.text(col + 1).empty()) return nullptr;
      return {{"code", s.text(col)}, {"text", s.text(col + 1)}, {"name", s.text(col + 2)}};
    };
    int64_t start = s.integer(26), end = s.integer(27);
    int64_t before = std::min<int64_t>(start, 200);
    json place = nullptr;
    if (s.integer(22))
      place = {{"id", s.text(17)},
               {"name", s.text(18)},
               {"country", s.text(19)},
               {"lat", s.real(20)},
               {"lon", s.real(21)}};
    out.push_back(
        {{"article", s.text(0)},
         {"title", s.text(1)},
         {"source_outlet", s.text(2)},
         {"url", s.text(3)},
         {"id", s.text(4)},
         {"date", s.text(5)},
         {"code", s.text(6)},
         {"root_code", s.text(7)},
         {"plover", s.text(8)},
         {"quad_class", s.integer(9)},
         {"goldstein", s.real(10)},
         {"source", actor(11)},
         {"target", actor(14)},
         {"place", place},
         {"country", s.text(19)},
         {"negated", s.integer(23) != 0},
         {"confidence", s.real(24)},
         {"verb", s.text(25)},
         {"context",
          {{"text", s.text(28)}, {"verb_start", before}, {"verb_end", before + end - start}}}});
  }
  return out;
}

// Events of the common filters: from, to, root, quad, and actor codes.
Where event_filters(const ViewParams& p) {
  Where w;
  w.dates("e.date", p.date("from"), p.date("to"));
  if (std::string root = p.code("root"); !root.empty()) w.add("e.root_code = ?", root);
  if (int quad = p.integer("quad", 0, 0, 4); quad > 0)
    w.add("e.quad_class = ?", std::to_string(quad));
  return w;
}

template <typename F>
httplib::Server::Handler view_route(Server::Impl& impl, bool cached, F build) {
  auto cache = std::make_shared<AnswerCache>();
  return [&impl, cached, cache, build](const httplib::Request& req, httplib::Response& res) {
    try {
      Connection& db = connection(impl.options.db_path);
      std::string key;
      if (cached) {
        key = cache_key(db, req);
        if (auto hit = cache->find(key)) return answer(res, *hit);
      }
      std::string body = dump(build(req, db));
      if (cached) cache->put(key, body);
      answer(res, body);
    } catch (const BadView& bad) {
      answer(res, dump({{"error", bad.message}}), 400);
    } catch (const std::exception& e) {
      answer(res, dump({{"error", std::string("internal error: ") + e.what()}}), 500);
    }
  };
}

json overview(const httplib::Request& req, Connection& db) {
  ViewParams p(req, {"from", "to"});
  Where w;
  w.dates("date", p.date("from"), p.date("to"));
  json months = json::array();
  {
    Stmt& s = prepare(db, "SELECT substr(date, 1, 7) AS m, quad_class, count(*) FROM events" +
                              w.sql + " GROUP BY m, quad_class ORDER BY m");
    w.bind(s);
    while (step(s))
      months.push_back(
          {{"period", s.text(0)}, {"quad_class", s.integer(1)}, {"count", s.integer(2)}});
  }
  // Events per actor code, either side.
  std::map<std::string, std::array<int64_t, 2>> per_actor;
  for (int side = 0; side < 2; ++side) {
    std::string column = side == 0 ? "source_actor" : "target_actor";
    Stmt& s = prepare(db, "SELECT " + column + ", count(*) FROM events" + w.sql +
                              (w.sql.empty() ? " WHERE " : " AND ") + column + " <> '' GROUP BY 1");
    w.bind(s);
    while (step(s)) per_actor[s.text(0)][static_cast<size_t>(side)] += s.integer(1);
  }
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto& [code, n] : per_actor) ranked.push_back({n[0] + n[1], code});
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  if (ranked.size() > 15) ranked.resize(15);
  json dyads = json::array();
  std::set<std::string> codes;
  for (const auto& r : ranked) codes.insert(r.second);
  {
    Stmt& s = prepare(
        db, "SELECT source_actor, target_actor, count(*) AS n, avg(goldstein) FROM events" + w.sql +
                (w.sql.empty() ? " WHERE " : " AND ") +
                "source_actor <> '' AND target_actor <> '' GROUP BY 1, 2 ORDER BY n DESC LIMIT 10");
    w.bind(s);
    while (step(s)) {
      dyads.push_back({{"source", s.text(0)},
                       {"target", s.text(1)},
                       {"count", s.integer(2)},
                       {"goldstein", s.real(3)}});
      codes.insert(s.text(0));
      codes.insert(s.text(1));
    }
  }
  auto names = names_of(db, codes);
  json actors = json::array();
  for (const auto& [n, code] : ranked)
    actors.push_back({{"code", code},
                      {"name", names[code]},
                      {"events", n},
                      {"as_source", per_actor[code][0]},
                      {"as_target", per_actor[code][1]}});
  for (json& d : dyads) {
    d["source_name"] = names[d["source"].get<std::string>()];
    d["target_name"] = names[d["target"].get<std::string>()];
  }
  Where conflict;
  conflict.dates("e.date", p.date("from"), p.date("to"));
  conflict.add("e.quad_class = 4");
  return {{"months", months},
          {"actors", actors},
          {"dyads", dyads},
          {"recent_conflict", event_list(db, conflict, "e.date DESC", 10)}};
}

json graph(const httplib::Request& req, Connection& db) {
  ViewParams p(req, {"from", "to", "root", "quad", "country", "limit"});
  Where w = event_filters(p);
  w.add("e.source_actor <> '' AND e.target_actor <> '' AND e.source_actor <> e.target_actor");
  if (std::string country = p.code("country"); !country.empty()) {
    w.add("(substr(e.source_actor, 1, 3) = ? OR substr(e.target_actor, 1, 3) = ?)", country);
    w.binds.push_back(country);
  }
  int limit = p.integer("limit", 150, 1, 1000);
  Stmt& s = prepare(db,
                    "SELECT e.source_actor, e.target_actor, count(*) AS n, avg(e.goldstein), "
                    "sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), "
                    "sum(e.quad_class = 4) FROM events e" +
                        w.sql + " GROUP BY 1, 2 ORDER BY n DESC LIMIT ?");
  s.bind(w.bind(s), limit);
  json edges = json::array();
  std::map<std::string, int64_t> weight;
  while (step(s)) {
    edges.push_back({{"source", s.text(0)},
                     {"target", s.text(1)},
                     {"count", s.integer(2)},
                     {"goldstein", s.real(3)},
                     {"quad", {s.integer(4), s.integer(5), s.integer(6), s.integer(7)}}});
    weight[s.text(0)] += s.integer(2);
    weight[s.text(1)] += s.integer(2);
  }
  std::set<std::string> codes;
  for (const auto& [code, n] : weight) codes.insert(code);
  auto names = names_of(db, codes);
  json nodes = json::array();
  for (const auto& [code, n] : weight)
    nodes.push_back({{"code", code}, {"name", names[code]}, {"events", n}});
  return {{"nodes", nodes}, {"edges", edges}};
}

json actor(const httplib::Request& req, Connection& db) {
  ViewParams p(req, {"code"});
  std::string code = p.code("code");
  if (code.empty()) throw BadView{"parameter \"code\" is required"};
  json names = json::array();
  std::vector<std::string> top_names;
  {
    Stmt& s = prepare(db,
                      "SELECT name, count(*) AS n FROM entities INDEXED BY entities_actor "
                      "WHERE actor_code = ? GROUP BY name ORDER BY n DESC LIMIT 12");
    s.bind(1, code);
    while (step(s)) {
      names.push_back({{"name", s.text(0)}, {"entities", s.integer(1)}});
      if (top_names.size() < 3) top_names.push_back(s.text(0));
    }
  }
  // How the articles wrote about it: the commonest argument texts.
  json aliases = json::array();
  {
    Stmt& s = prepare(
        db,
        "SELECT t, sum(n) AS c FROM ("
        "SELECT source_text AS t, count(*) AS n FROM events WHERE source_actor = ? GROUP BY 1 "
        "UNION ALL SELECT target_text, count(*) FROM events WHERE target_actor = ? GROUP BY 1) "
        "WHERE t <> '' GROUP BY t ORDER BY c DESC LIMIT 12");
    s.bind(1, code).bind(2, code);
    while (step(s)) aliases.push_back({{"text", s.text(0)}, {"events", s.integer(1)}});
  }
  // The codes its names were given, year by year.
  json codes = json::array();
  for (const std::string& name : top_names) {
    Stmt& s = prepare(db,
                      "SELECT substr(a.date, 1, 4) AS y, e.actor_code, count(*) FROM entities e "
                      "INDEXED BY entities_name JOIN articles a ON a.rowid = e.article "
                      "WHERE e.name = ? COLLATE NOCASE GROUP BY y, e.actor_code ORDER BY y");
    s.bind(1, name);
    while (step(s))
      codes.push_back(
          {{"name", name}, {"year", s.text(0)}, {"code", s.text(1)}, {"entities", s.integer(2)}});
  }
  json months = json::array();
  {
    Stmt& s = prepare(
        db,
        "SELECT m, sum(src), sum(tgt) FROM ("
        "SELECT substr(date, 1, 7) AS m, count(*) AS src, 0 AS tgt FROM events "
        "WHERE source_actor = ? GROUP BY m UNION ALL "
        "SELECT substr(date, 1, 7), 0, count(*) FROM events WHERE target_actor = ? GROUP BY 1) "
        "GROUP BY m ORDER BY m");
    s.bind(1, code).bind(2, code);
    while (step(s))
      months.push_back(
          {{"period", s.text(0)}, {"as_source", s.integer(1)}, {"as_target", s.integer(2)}});
  }
  json counterparts = json::array();
  std::set<std::string> others;
  {
    Stmt& s =
        prepare(db,
                "SELECT other, sum(src), sum(tgt), sum(src) + sum(tgt) AS n, "
                "sum(gs) / (sum(src) + sum(tgt)) FROM ("
                "SELECT target_actor AS other, count(*) AS src, 0 AS tgt, sum(goldstein) AS gs "
                "FROM events WHERE source_actor = ? AND target_actor <> '' GROUP BY 1 UNION ALL "
                "SELECT source_actor, 0, count(*), sum(goldstein) FROM events "
                "WHERE target_actor = ? AND source_actor <> '' GROUP BY 1) "
                "GROUP BY other ORDER BY n DESC LIMIT 15");
    s.bind(1, code).bind(2, code);
    while (step(s)) {
      counterparts.push_back({{"code", s.text(0)},
                              {"as_target_of_it", s.integer(1)},
                              {"as_source_to_it", s.integer(2)},
                              {"events", s.integer(3)},
                              {"goldstein", s.real(4)}});
      others.insert(s.text(0));
    }
  }
  auto other_names = names_of(db, others);
  for (json& c : counterparts) c["name"] = other_names[c["code"].get<std::string>()];
  json quotes_by = json::array(), quotes_about = json::array();
  if (!top_names.empty()) {
    Stmt& s =
        prepare(db,
                "SELECT a.id, a.title, q.date, q.qid, q.content, q.speaker_text FROM quotes q "
                "INDEXED BY quotes_speaker JOIN articles a ON a.rowid = q.article "
                "WHERE q.speaker_name = ? COLLATE NOCASE ORDER BY q.date DESC LIMIT 8");
    s.bind(1, top_names[0]);
    while (step(s))
      quotes_by.push_back({{"article", s.text(0)},
                           {"title", s.text(1)},
                           {"date", s.text(2)},
                           {"id", s.text(3)},
                           {"content", s.text(4)},
                           {"speaker", s.text(5)}});
    // Quotes naming it: a bounded look at the most recent quotes.
    Stmt& about = prepare(db,
                          "SELECT a.id, a.title, q.date, q.qid, q.content, q.speaker_text FROM "
                          "(SELECT * FROM quotes ORDER BY rowid DESC LIMIT 20000) q "
                          "JOIN articles a ON a.rowid = q.article WHERE instr(q.content, ?) > 0 "
                          "ORDER BY q.date DESC LIMIT 8");
    about.bind(1, top_names[0]);
    while (step(about))
      quotes_about.push_back({{"article", about.text(0)},
                              {"title", about.text(1)},
                              {"date", about.text(2)},
                              {"id", about.text(3)},
                              {"content", about.text(4)},
                              {"speaker", about.text(5)}});
  }
  Where recent;
  recent.add("(e.source_actor = ? OR e.target_actor = ?)", code);
  recent.binds.push_back(code);
  return {{"code", code},
          {"name", top_names.empty() ? "" : top_names[0]},
          {"names", names},
          {"aliases", aliases},
          {"codes", codes},
          {"months", months},
          {"counterparts", counterparts},
          {"quotes_by", quotes_by},
          {"quotes_about", quotes_about},
          {"recent", event_list(db, recent, "e.date DESC", 15)}};
}

json places(const httplib::Request& req, Connection& db) {
  ViewParams p(req, {"from", "to", "root", "quad", "limit"});
  Where w = event_filters(p);
  w.add("e.location <> ''");
  int limit = p.integer("limit", 400, 1, 5000);
  Stmt& s =
      prepare(db,
              "SELECT p.geonames_id, p.name, p.country, avg(p.lat), avg(p.lon), count(*) AS n, "
              "sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), "
              "sum(e.quad_class = 4) FROM events e JOIN places p ON p.article = e.article "
              "AND p.pid = e.location" +
                  w.sql + " GROUP BY p.geonames_id, p.name ORDER BY n DESC LIMIT ?");
  s.bind(w.bind(s), limit);
  json out = json::array();
  while (step(s))
    out.push_back({{"geonames_id", s.integer(0)},
                   {"name", s.text(1)},
                   {"country", s.text(2)},
                   {"lat", s.real(3)},
                   {"lon", s.real(4)},
                   {"count", s.integer(5)},
                   {"quad", {s.integer(6), s.integer(7), s.integer(8), s.integer(9)}}});
  Stmt& range = prepare(db, "SELECT min(date), max(date) FROM events WHERE date <> ''");
  json span = nullptr;
  if (step(range)) span = {range.text(0), range.text(1)};
  range.reset();
  return {{"places", out}, {"range", span}};
}

json event_context(const httplib::Request& req, Connection& db) {
  ViewParams p(req, {"from", "to", "root", "quad", "source_actor", "target_actor", "actor",
                     "geonames_id", "place", "limit"});
  Where w = event_filters(p);
  if (std::string a = p.code("source_actor"); !a.empty()) w.add("e.source_actor = ?", a);
  if (std::string a = p.code("target_actor"); !a.empty()) w.add("e.target_actor = ?", a);
  if (std::string a = p.code("actor"); !a.empty()) {
    w.add("(e.source_actor = ? OR e.target_actor = ?)", a);
    w.binds.push_back(a);
  }
  if (req.has_param("geonames_id")) {
    int id = p.integer("geonames_id", 0, 0, 2000000000);
    w.add("p.geonames_id = ?", std::to_string(id));
    if (std::string name = p.text("place"); !name.empty()) w.add("p.name = ?", name);
  }
  return {{"events", event_list(db, w, "e.date DESC", p.integer("limit", 50, 1, 500))}};
}

}  // namespace

void add_view_routes(Server::Impl& impl) {
  httplib::Server& http = impl.http;
  http.Get("/api/overview", view_route(impl, true, overview));
  http.Get("/api/graph", view_route(impl, true, graph));
  http.Get("/api/actor", view_route(impl, true, actor));
  http.Get("/api/places", view_route(impl, true, places));
  http.Get("/api/event_context", view_route(impl, false, event_context));
}

}  // namespace eventwire
