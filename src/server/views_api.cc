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
#include <cstdlib>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

#include "server/impl.h"
#include "store/postgres.h"
#include "store/sqlite.h"

namespace eventwire {
namespace {

using nlohmann::json;
using store::Connection;
using store::Stmt;

struct BadView {
  std::string message;
};

std::string compact_json(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

void answer(http::Response& res, const std::string& body, int status = 200) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(body, "application/json; charset=utf-8");
}

// Checked query parameters (same rules as the other routes: known names, at
// most 512 bytes, given once).
class ViewParams {
 public:
  ViewParams(const http::Request& req, std::set<std::string> allowed) : req_(req) {
    for (const auto& [name, value] : req.params) {
      if (!allowed.count(name)) throw BadView{"unknown parameter \"" + name + "\""};
      if (value.size() > 512) throw BadView{"parameter \"" + name + "\" is too long"};
      if (req.param_count(name) > 1) throw BadView{"parameter \"" + name + "\" is given twice"};
    }
  }
  std::string text(const std::string& name) const { return req_.param(name); }
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
  const http::Request& req_;
};

// A read-only connection to the archive, SQLite or PostgreSQL (store/db.h).
Result<std::unique_ptr<Connection>> open_connection(const std::string& path) {
  if (store::is_postgres_url(path)) return store::connect_postgres(path, true, 0);
  auto db = std::make_unique<store::SqliteConnection>();
  if (Status s = db->open(path, /*read_only=*/true, 10000); !s) return s;
  return std::unique_ptr<Connection>(std::move(db));
}

// One read-only connection per server thread and archive.
Connection& connection(const std::string& path) {
  thread_local std::map<std::string, std::unique_ptr<Connection>> open;
  auto& slot = open[path];
  if (!slot) {
    auto db = open_connection(path);
    if (!db) throw std::runtime_error(db.status().to_string());
    slot = std::move(*db);
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

std::string cache_key(Connection& db, const http::Request& req) {
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

// The events of a WHERE clause over `events e`, newest first, each with the
// names of its actors, its place and up to ~400 characters of text around the
// verb (offsets of the verb within that text in code points).
json event_list(Connection& db, const Where& where, const std::string& order, int limit) {
  // SQLite's scalar max/min are PostgreSQL's greatest/least.
  const bool sqlite = db.dialect() == store::Dialect::kSqlite;
  const std::string greatest = sqlite ? "max" : "greatest", least = sqlite ? "min" : "least";
  auto as_int = [&](const std::string& e) { return sqlite ? e : "CAST(" + e + " AS integer)"; };
  std::string sql =
      "SELECT a.id, a.title, a.source, a.url, e.vid, e.date, e.code, e.root_code, e.plover, "
      "e.quad_class, e.goldstein, e.source_actor, e.source_text, coalesce(se.name, ''), "
      "e.target_actor, e.target_text, coalesce(te.name, ''), e.location, coalesce(p.name, ''), "
      "e.country, coalesce(p.lat, 0), coalesce(p.lon, 0), p.article IS NOT NULL, e.negated, "
      "e.confidence, e.evidence_verb, e.start, e.\"end\", "
      "substr(a.text, " +
      as_int(greatest + "(1, e.start - 199)") + ", " +
      as_int(least + "(e.start, 200) + (e.\"end\" - e.start) + 200") +
      ") "
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

// ---- the summary: every event counted by month, dyad, root and QuadClass ----

// What the aggregate views need, read once from the archive (one pass over
// articles, events, event places and entities) and kept in memory; filters
// then run over these counts instead of the events. Months are the first
// seven characters of the event date, so date filters work to the month.
// Immutable once built; shared by all threads through a shared_ptr.
struct Summary {
  int64_t last_rowid = -1;
  std::vector<std::string> actors;  // interned actor codes
  std::vector<std::string> months;  // interned "YYYY-MM" (or shorter) keys
  struct Cell {
    int32_t month, source, target;
    int16_t root, quad;
    int64_t count;
    double goldstein;  // sum
  };
  std::vector<Cell> cells;
  struct PlaceInfo {
    int64_t geonames_id;
    std::string name, country;
    double lat, lon;
  };
  std::vector<PlaceInfo> places;
  struct PlaceCell {
    int32_t month, place;
    int16_t root, quad;
    int64_t count;
  };
  std::vector<PlaceCell> place_cells;
  std::vector<std::vector<std::pair<std::string, int64_t>>> names;  // per actor, commonest first
  std::vector<std::vector<std::pair<std::string, int64_t>>> texts;  // argument texts per actor
  std::map<std::string, int32_t> actor_index;
  // For the three commonest names of each actor (lower-cased, as SQLite's
  // NOCASE): the codes that name had, by year: (year, code, entities).
  std::map<std::string, std::vector<std::tuple<std::string, std::string, int64_t>>> name_codes;
  int64_t articles = 0, events = 0, quotes = 0, entities = 0, place_mentions = 0;
  std::string first_date, last_date, first_event, last_event;
  std::vector<std::pair<std::string, int64_t>> sources;
  double seconds = 0;

  std::string name_of(int32_t actor) const {
    const auto& n = names[static_cast<size_t>(actor)];
    return n.empty() ? "" : n[0].first;
  }
  std::string name_of(const std::string& code) const {
    auto it = actor_index.find(code);
    return it == actor_index.end() ? "" : name_of(it->second);
  }
};

template <typename Map>
std::vector<std::pair<std::string, int64_t>> top_of(const Map& counts, size_t n) {
  std::vector<std::pair<std::string, int64_t>> out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (out.size() > n) out.resize(n);
  return out;
}

int64_t last_rowid(Connection& db) {
  Stmt& s = prepare(db, "SELECT coalesce(max(rowid), 0) FROM articles");
  int64_t last = step(s) ? s.integer(0) : 0;
  s.reset();
  return last;
}

std::shared_ptr<const Summary> build_summary(Connection& db) {
  auto started = std::chrono::steady_clock::now();
  auto sum = std::make_shared<Summary>();
  sum->last_rowid = last_rowid(db);
  std::map<std::string, int32_t> month_index;
  auto intern = [](std::map<std::string, int32_t>& index, std::vector<std::string>& list,
                   const std::string& key) {
    auto [it, added] = index.emplace(key, static_cast<int32_t>(list.size()));
    if (added) list.push_back(key);
    return it->second;
  };
  {
    Stmt& s =
        prepare(db, "SELECT source, count(*), min(date), max(date) FROM articles GROUP BY source");
    std::map<std::string, int64_t> sources;
    while (step(s)) {
      sources[s.text(0)] = s.integer(1);
      sum->articles += s.integer(1);
      std::string lo = s.text(2), hi = s.text(3);
      if (!lo.empty() && (sum->first_date.empty() || lo < sum->first_date)) sum->first_date = lo;
      if (hi > sum->last_date) sum->last_date = hi;
    }
    sum->sources = top_of(sources, 20);
  }
  // Events → cells; argument texts per actor.
  std::map<std::tuple<int32_t, int32_t, int32_t, int16_t, int16_t>, std::pair<int64_t, double>>
      cells;
  std::vector<std::map<std::string, int64_t>> texts;
  {
    Stmt& s =
        prepare(db,
                "SELECT substr(date, 1, 7), source_actor, target_actor, root_code, quad_class, "
                "goldstein, source_text, target_text FROM events");
    while (step(s)) {
      ++sum->events;
      std::string month = s.text(0);
      if (!month.empty()) {
        if (sum->first_event.empty() || month < sum->first_event) sum->first_event = month;
        if (month > sum->last_event) sum->last_event = month;
      }
      int32_t m = intern(month_index, sum->months, month);
      int32_t a = intern(sum->actor_index, sum->actors, s.text(1));
      int32_t b = intern(sum->actor_index, sum->actors, s.text(2));
      auto& cell = cells[{m, a, b, static_cast<int16_t>(std::atoi(s.text(3).c_str())),
                          static_cast<int16_t>(s.integer(4))}];
      cell.first += 1;
      cell.second += s.real(5);
      texts.resize(sum->actors.size());
      if (!s.text(1).empty() && !s.text(6).empty()) ++texts[static_cast<size_t>(a)][s.text(6)];
      if (!s.text(2).empty() && !s.text(7).empty()) ++texts[static_cast<size_t>(b)][s.text(7)];
    }
  }
  sum->cells.reserve(cells.size());
  for (const auto& [key, value] : cells) {
    auto [m, a, b, root, quad] = key;
    sum->cells.push_back({m, a, b, root, quad, value.first, value.second});
  }
  cells.clear();
  // Events at places.
  {
    std::map<std::pair<int64_t, std::string>, int32_t> place_index;
    std::map<std::tuple<int32_t, int32_t, int16_t, int16_t>, int64_t> counts;
    Stmt& s =
        prepare(db,
                "SELECT substr(e.date, 1, 7), e.root_code, e.quad_class, p.geonames_id, p.name, "
                "p.country, p.lat, p.lon FROM events e JOIN places p ON p.article = e.article "
                "AND p.pid = e.location WHERE e.location <> ''");
    while (step(s)) {
      if (s.real(6) == 0 && s.real(7) == 0) continue;  // no coordinates
      int32_t m = intern(month_index, sum->months, s.text(0));
      auto [it, added] = place_index.emplace(std::pair{s.integer(3), s.text(4)},
                                             static_cast<int32_t>(sum->places.size()));
      if (added) sum->places.push_back({s.integer(3), s.text(4), s.text(5), s.real(6), s.real(7)});
      ++counts[{m, it->second, static_cast<int16_t>(std::atoi(s.text(1).c_str())),
                static_cast<int16_t>(s.integer(2))}];
    }
    for (const auto& [key, n] : counts) {
      auto [m, place, root, quad] = key;
      sum->place_cells.push_back({m, place, root, quad, n});
    }
  }
  // Entity names per actor code.
  {
    std::map<int32_t, std::map<std::string, int64_t>> names;
    Stmt& s = prepare(db, "SELECT actor_code, name, count(*) FROM entities GROUP BY 1, 2");
    while (step(s)) {
      sum->entities += s.integer(2);
      auto it = sum->actor_index.find(s.text(0));
      if (it != sum->actor_index.end()) names[it->second][s.text(1)] += s.integer(2);
    }
    sum->names.resize(sum->actors.size());
    for (const auto& [actor, counts] : names)
      sum->names[static_cast<size_t>(actor)] = top_of(counts, 12);
  }
  // The codes the actors' commonest names were given, year by year.
  {
    auto lower = [](std::string text) {
      for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    };
    std::set<std::string> wanted;
    for (const auto& list : sum->names)
      for (size_t i = 0; i < list.size() && i < 3; ++i) wanted.insert(lower(list[i].first));
    std::vector<std::string> year_of(static_cast<size_t>(std::max<int64_t>(sum->last_rowid, 0)) +
                                     1);
    Stmt& years = prepare(db, "SELECT rowid, substr(date, 1, 4) FROM articles");
    while (step(years)) {
      auto row = static_cast<size_t>(years.integer(0));
      if (row < year_of.size()) year_of[row] = years.text(1);
    }
    std::map<std::tuple<std::string, std::string, std::string>, int64_t> counts;
    Stmt& s = prepare(db, "SELECT article, name, actor_code FROM entities");
    while (step(s)) {
      std::string name = lower(s.text(1));
      if (!wanted.count(name)) continue;
      auto row = static_cast<size_t>(s.integer(0));
      ++counts[{name, row < year_of.size() ? year_of[row] : "", s.text(2)}];
    }
    for (const auto& [key, n] : counts)
      sum->name_codes[std::get<0>(key)].push_back({std::get<1>(key), std::get<2>(key), n});
  }
  texts.resize(sum->actors.size());
  sum->texts.resize(sum->actors.size());
  for (size_t i = 0; i < texts.size(); ++i) sum->texts[i] = top_of(texts[i], 12);
  for (auto [table, into] : {std::pair{"quotes", &sum->quotes}, {"places", &sum->place_mentions}}) {
    Stmt& s = prepare(db, std::string("SELECT count(*) FROM ") + table);
    if (step(s)) *into = s.integer(0);
    s.reset();
  }
  sum->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return sum;
}

// The current summary: first built in the background when the routes are
// registered (so the first page need not wait for it), again when articles
// were added since.
class SummaryHolder {
 public:
  ~SummaryHolder() {
    if (warming_.valid()) warming_.wait();
  }
  void warm(const std::string& path) {
    warming_ = std::async(std::launch::async, [this, path] {
      try {
        if (auto db = open_connection(path)) get(**db);
      } catch (const std::exception&) {
        // The first request builds it again and reports the problem.
      }
    });
  }
  std::shared_ptr<const Summary> get(Connection& db) {
    int64_t last = last_rowid(db);
    std::lock_guard lock(mutex_);
    if (!summary_ || summary_->last_rowid != last) summary_ = build_summary(db);
    return summary_;
  }

 private:
  std::mutex mutex_;  // one build at a time; readers wait for it
  std::shared_ptr<const Summary> summary_;
  std::future<void> warming_;
};

// Month filters on "YYYY-MM" keys (day-precise dates are taken to their month).
struct MonthRange {
  std::string from, to;
  MonthRange(const ViewParams& p)
      : from(p.date("from").substr(0, 7)), to(p.date("to").substr(0, 7)) {}
  bool contains(const std::string& month) const {
    if (from.empty() && to.empty()) return true;
    if (month.empty()) return false;
    if (!from.empty() && month < from) return false;
    return to.empty() || month <= to + "~";
  }
  std::vector<char> mask(const Summary& sum) const {
    std::vector<char> out(sum.months.size());
    for (size_t i = 0; i < out.size(); ++i) out[i] = contains(sum.months[i]);
    return out;
  }
};

int root_filter(const ViewParams& p) {
  std::string root = p.code("root");
  if (root.empty()) return 0;
  int value = std::atoi(root.c_str());
  if (value < 1 || value > 20) throw BadView{"parameter \"root\" = \"" + root + "\" is not 01–20"};
  return value;
}

template <typename F>
Handler view_route(Server::Impl& impl, std::shared_ptr<SummaryHolder> holder, bool cached,
                   F build) {
  auto cache = std::make_shared<AnswerCache>();
  return [&impl, holder, cached, cache, build](const http::Request& req, http::Response& res) {
    try {
      Connection& db = connection(impl.options.db_path);
      std::string key;
      if (cached) {
        key = cache_key(db, req);
        if (auto hit = cache->find(key)) return answer(res, *hit);
      }
      std::string body = compact_json(build(req, db, *holder->get(db)));
      if (cached) cache->put(key, body);
      answer(res, body);
    } catch (const BadView& bad) {
      answer(res, compact_json({{"error", bad.message}}), 400);
    } catch (const std::exception& e) {
      answer(res, compact_json({{"error", std::string("internal error: ") + e.what()}}), 500);
    }
  };
}

json overview(const http::Request& req, Connection& db, const Summary& sum) {
  ViewParams p(req, {"from", "to"});
  MonthRange range(p);
  std::vector<char> in = range.mask(sum);
  std::map<std::pair<std::string, int>, int64_t> by_month;
  std::vector<std::array<int64_t, 2>> per_actor(sum.actors.size());
  std::map<std::pair<int32_t, int32_t>, std::pair<int64_t, double>> dyads;
  for (const Summary::Cell& c : sum.cells) {
    if (!in[static_cast<size_t>(c.month)]) continue;
    by_month[{sum.months[static_cast<size_t>(c.month)], c.quad}] += c.count;
    if (!sum.actors[static_cast<size_t>(c.source)].empty())
      per_actor[static_cast<size_t>(c.source)][0] += c.count;
    if (!sum.actors[static_cast<size_t>(c.target)].empty())
      per_actor[static_cast<size_t>(c.target)][1] += c.count;
    // Dyads of two actors (one code on both sides is no pair, as in the graph).
    if (c.source != c.target && !sum.actors[static_cast<size_t>(c.source)].empty() &&
        !sum.actors[static_cast<size_t>(c.target)].empty()) {
      auto& d = dyads[{c.source, c.target}];
      d.first += c.count;
      d.second += c.goldstein;
    }
  }
  json months = json::array();
  for (const auto& [key, n] : by_month)
    if (!key.first.empty())
      months.push_back({{"period", key.first}, {"quad_class", key.second}, {"count", n}});
  std::vector<std::pair<int64_t, int32_t>> ranked;
  for (size_t i = 0; i < per_actor.size(); ++i)
    if (per_actor[i][0] + per_actor[i][1] > 0)
      ranked.push_back({per_actor[i][0] + per_actor[i][1], static_cast<int32_t>(i)});
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first
                              : sum.actors[static_cast<size_t>(a.second)] <
                                    sum.actors[static_cast<size_t>(b.second)];
  });
  if (ranked.size() > 15) ranked.resize(15);
  json actors = json::array();
  for (const auto& [n, a] : ranked)
    actors.push_back({{"code", sum.actors[static_cast<size_t>(a)]},
                      {"name", sum.name_of(a)},
                      {"events", n},
                      {"as_source", per_actor[static_cast<size_t>(a)][0]},
                      {"as_target", per_actor[static_cast<size_t>(a)][1]}});
  std::vector<std::pair<std::pair<int32_t, int32_t>, std::pair<int64_t, double>>> top(dyads.begin(),
                                                                                      dyads.end());
  std::sort(top.begin(), top.end(),
            [](const auto& a, const auto& b) { return a.second.first > b.second.first; });
  if (top.size() > 10) top.resize(10);
  json dyad_list = json::array();
  for (const auto& [pair, value] : top)
    dyad_list.push_back({{"source", sum.actors[static_cast<size_t>(pair.first)]},
                         {"target", sum.actors[static_cast<size_t>(pair.second)]},
                         {"source_name", sum.name_of(pair.first)},
                         {"target_name", sum.name_of(pair.second)},
                         {"count", value.first},
                         {"goldstein", value.second / static_cast<double>(value.first)}});
  Where conflict;
  conflict.dates("e.date", p.date("from"), p.date("to"));
  conflict.add("e.quad_class = 4");
  json sources = json::array();
  for (const auto& [name, n] : sum.sources) sources.push_back({{"source", name}, {"articles", n}});
  return {{"totals",
           {{"articles", sum.articles},
            {"events", sum.events},
            {"quotes", sum.quotes},
            {"entities", sum.entities},
            {"places", sum.place_mentions},
            {"first_date", sum.first_date},
            {"last_date", sum.last_date},
            {"first_event_month", sum.first_event},
            {"last_event_month", sum.last_event},
            {"sources", sources},
            {"summary_seconds", sum.seconds}}},
          {"months", months},
          {"actors", actors},
          {"dyads", dyad_list},
          {"recent_conflict", event_list(db, conflict, "e.date DESC", 10)}};
}

json graph(const http::Request& req, Connection&, const Summary& sum) {
  ViewParams p(req, {"from", "to", "root", "quad", "country", "limit"});
  std::vector<char> in = MonthRange(p).mask(sum);
  int root = root_filter(p), quad = p.integer("quad", 0, 0, 4);
  std::string country = p.code("country");
  int limit = p.integer("limit", 150, 1, 1000);
  std::vector<char> actor_ok(sum.actors.size());
  for (size_t i = 0; i < sum.actors.size(); ++i) actor_ok[i] = !sum.actors[i].empty();
  struct Edge {
    int64_t count = 0;
    double goldstein = 0;
    std::array<int64_t, 4> quad{};
  };
  std::map<std::pair<int32_t, int32_t>, Edge> edges;
  for (const Summary::Cell& c : sum.cells) {
    if (!in[static_cast<size_t>(c.month)] || (root && c.root != root) || (quad && c.quad != quad))
      continue;
    if (c.source == c.target || !actor_ok[static_cast<size_t>(c.source)] ||
        !actor_ok[static_cast<size_t>(c.target)])
      continue;
    if (!country.empty() && sum.actors[static_cast<size_t>(c.source)].compare(0, 3, country) != 0 &&
        sum.actors[static_cast<size_t>(c.target)].compare(0, 3, country) != 0)
      continue;
    Edge& e = edges[{c.source, c.target}];
    e.count += c.count;
    e.goldstein += c.goldstein;
    if (c.quad >= 1 && c.quad <= 4) e.quad[static_cast<size_t>(c.quad - 1)] += c.count;
  }
  std::vector<std::pair<std::pair<int32_t, int32_t>, Edge>> ranked(edges.begin(), edges.end());
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    return a.second.count != b.second.count ? a.second.count > b.second.count : a.first < b.first;
  });
  if (ranked.size() > static_cast<size_t>(limit)) ranked.resize(static_cast<size_t>(limit));
  json out = json::array();
  std::map<int32_t, int64_t> weight;
  for (const auto& [pair, e] : ranked) {
    out.push_back({{"source", sum.actors[static_cast<size_t>(pair.first)]},
                   {"target", sum.actors[static_cast<size_t>(pair.second)]},
                   {"count", e.count},
                   {"goldstein", e.goldstein / static_cast<double>(e.count)},
                   {"quad", e.quad}});
    weight[pair.first] += e.count;
    weight[pair.second] += e.count;
  }
  json nodes = json::array();
  for (const auto& [a, n] : weight)
    nodes.push_back(
        {{"code", sum.actors[static_cast<size_t>(a)]}, {"name", sum.name_of(a)}, {"events", n}});
  return {{"nodes", nodes}, {"edges", out}};
}

json actor(const http::Request& req, Connection& db, const Summary& sum) {
  ViewParams p(req, {"code"});
  std::string code = p.code("code");
  if (code.empty()) throw BadView{"parameter \"code\" is required"};
  auto found = sum.actor_index.find(code);
  int32_t self = found == sum.actor_index.end() ? -1 : found->second;
  json names = json::array(), aliases = json::array();
  std::vector<std::string> top_names;
  if (self >= 0) {
    for (const auto& [name, n] : sum.names[static_cast<size_t>(self)]) {
      names.push_back({{"name", name}, {"entities", n}});
      if (top_names.size() < 3) top_names.push_back(name);
    }
    for (const auto& [text, n] : sum.texts[static_cast<size_t>(self)])
      aliases.push_back({{"text", text}, {"events", n}});
  }
  std::map<std::string, std::array<int64_t, 2>> months;
  struct Other {
    int64_t out = 0, in = 0;
    double goldstein = 0;
  };
  std::map<int32_t, Other> others;
  for (const Summary::Cell& c : sum.cells) {
    if (c.source != self && c.target != self) continue;
    const std::string& month = sum.months[static_cast<size_t>(c.month)];
    if (c.source == self) months[month][0] += c.count;
    if (c.target == self) months[month][1] += c.count;
    if (c.source == self && c.target != self &&
        !sum.actors[static_cast<size_t>(c.target)].empty()) {
      Other& o = others[c.target];
      o.out += c.count;
      o.goldstein += c.goldstein;
    } else if (c.target == self && c.source != self &&
               !sum.actors[static_cast<size_t>(c.source)].empty()) {
      Other& o = others[c.source];
      o.in += c.count;
      o.goldstein += c.goldstein;
    }
  }
  json month_list = json::array();
  for (const auto& [month, n] : months)
    if (!month.empty())
      month_list.push_back({{"period", month}, {"as_source", n[0]}, {"as_target", n[1]}});
  std::vector<std::pair<int32_t, Other>> ranked(others.begin(), others.end());
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second.out + a.second.in > b.second.out + b.second.in;
  });
  if (ranked.size() > 15) ranked.resize(15);
  json counterparts = json::array();
  for (const auto& [o, v] : ranked)
    counterparts.push_back({{"code", sum.actors[static_cast<size_t>(o)]},
                            {"name", sum.name_of(o)},
                            {"as_target_of_it", v.out},
                            {"as_source_to_it", v.in},
                            {"events", v.out + v.in},
                            {"goldstein", v.goldstein / static_cast<double>(v.out + v.in)}});
  // The codes its names were given, year by year (from the summary).
  json codes = json::array();
  for (const std::string& name : top_names) {
    std::string key = name;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto it = sum.name_codes.find(key);
    if (it == sum.name_codes.end()) continue;
    for (const auto& [year, actor_code, n] : it->second)
      codes.push_back({{"name", name}, {"year", year}, {"code", actor_code}, {"entities", n}});
  }
  json quotes_by = json::array(), quotes_about = json::array();
  if (!top_names.empty()) {
    const bool sqlite = db.dialect() == store::Dialect::kSqlite;
    Stmt& s = prepare(
        db, sqlite ? "SELECT a.id, a.title, q.date, q.qid, q.content, q.speaker_text FROM quotes q "
                     "INDEXED BY quotes_speaker JOIN articles a ON a.rowid = q.article "
                     "WHERE q.speaker_name = ? COLLATE NOCASE ORDER BY q.date DESC LIMIT 8"
                   : "SELECT a.id, a.title, q.date, q.qid, q.content, q.speaker_text FROM quotes q "
                     "JOIN articles a ON a.rowid = q.article WHERE lower(q.speaker_name) = "
                     "lower(?) ORDER BY q.date DESC LIMIT 8");
    s.bind(1, top_names[0]);
    while (step(s))
      quotes_by.push_back({{"article", s.text(0)},
                           {"title", s.text(1)},
                           {"date", s.text(2)},
                           {"id", s.text(3)},
                           {"content", s.text(4)},
                           {"speaker", s.text(5)}});
    // Quotes naming it: a bounded look at the most recent quotes.
    Stmt& about = prepare(
        db, sqlite ? "SELECT a.id, a.title, q.date, q.qid, q.content, q.speaker_text FROM "
                     "(SELECT * FROM quotes ORDER BY rowid DESC LIMIT 20000) q "
                     "JOIN articles a ON a.rowid = q.article WHERE instr(q.content, ?) > 0 "
                     "ORDER BY q.date DESC LIMIT 8"
                   : "SELECT a.id, a.title, q.date, q.qid, q.content, q.speaker_text FROM "
                     "(SELECT * FROM quotes ORDER BY article DESC, n DESC LIMIT 20000) q "
                     "JOIN articles a ON a.rowid = q.article WHERE strpos(q.content, ?) > 0 "
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
  // Its latest events: the newest of each side from the (actor, date) indexes.
  Where recent;
  recent.add(
      "e.rowid IN (SELECT rowid FROM (SELECT rowid FROM events WHERE source_actor = ? "
      "ORDER BY date DESC LIMIT 15) s UNION ALL SELECT rowid FROM (SELECT rowid FROM events "
      "WHERE target_actor = ? ORDER BY date DESC LIMIT 15) t)",
      code);
  recent.binds.push_back(code);
  return {{"code", code},
          {"name", top_names.empty() ? "" : top_names[0]},
          {"names", names},
          {"aliases", aliases},
          {"codes", codes},
          {"months", month_list},
          {"counterparts", counterparts},
          {"quotes_by", quotes_by},
          {"quotes_about", quotes_about},
          {"recent", event_list(db, recent, "e.date DESC", 15)}};
}

json places(const http::Request& req, Connection&, const Summary& sum) {
  ViewParams p(req, {"from", "to", "root", "quad", "limit"});
  std::vector<char> in = MonthRange(p).mask(sum);
  int root = root_filter(p), quad = p.integer("quad", 0, 0, 4);
  int limit = p.integer("limit", 400, 1, 5000);
  std::vector<std::array<int64_t, 5>> counts(sum.places.size());
  for (const Summary::PlaceCell& c : sum.place_cells) {
    if (!in[static_cast<size_t>(c.month)] || (root && c.root != root) || (quad && c.quad != quad))
      continue;
    auto& n = counts[static_cast<size_t>(c.place)];
    n[0] += c.count;
    if (c.quad >= 1 && c.quad <= 4) n[static_cast<size_t>(c.quad)] += c.count;
  }
  std::vector<size_t> order;
  for (size_t i = 0; i < counts.size(); ++i)
    if (counts[i][0] > 0) order.push_back(i);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return counts[a][0] > counts[b][0]; });
  if (order.size() > static_cast<size_t>(limit)) order.resize(static_cast<size_t>(limit));
  json out = json::array();
  for (size_t i : order) {
    const Summary::PlaceInfo& place = sum.places[i];
    out.push_back({{"geonames_id", place.geonames_id},
                   {"name", place.name},
                   {"country", place.country},
                   {"lat", place.lat},
                   {"lon", place.lon},
                   {"count", counts[i][0]},
                   {"quad", {counts[i][1], counts[i][2], counts[i][3], counts[i][4]}}});
  }
  json span = nullptr;
  if (!sum.first_event.empty()) span = {sum.first_event, sum.last_event};
  return {{"places", out}, {"range", span}};
}

json event_context(const http::Request& req, Connection& db, const Summary&) {
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
  auto holder = std::make_shared<SummaryHolder>();
  holder->warm(impl.options.db_path);
  impl.route("GET", "/api/overview", view_route(impl, holder, true, overview));
  impl.route("GET", "/api/graph", view_route(impl, holder, true, graph));
  impl.route("GET", "/api/actor", view_route(impl, holder, true, actor));
  impl.route("GET", "/api/places", view_route(impl, holder, true, places));
  impl.route("GET", "/api/event_context", view_route(impl, holder, false, event_context));
}

}  // namespace eventwire
