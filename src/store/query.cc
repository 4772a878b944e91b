// Read queries over the archive. Filters become SQL conditions with bound
// parameters only; the set of distinct statements stays small (one per
// combination of filters) so they are prepared once and cached.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>

#include "eventwire/io.h"
#include "eventwire/text.h"
#include "store/impl.h"

namespace eventwire {

using store::Stmt;

namespace {

constexpr int kMaxLimit = 100000;
constexpr int64_t kNoLimit = INT64_MAX;  // LIMIT for "all" in both engines

// Conditions joined by AND, with their parameters in order.
struct Where {
  std::string sql;
  std::vector<std::string> args;
  void add(const std::string& condition, std::vector<std::string> values = {}) {
    sql += (sql.empty() ? " WHERE " : " AND ") + condition;
    for (auto& v : values) args.push_back(std::move(v));
  }
  // column starts with prefix, as an index range.
  void prefix(const std::string& column, const std::string& value) {
    std::string upper = store::prefix_upper_bound(value);
    if (upper.empty())
      add(column + " >= ?", {value});
    else
      add(column + " >= ? AND " + column + " < ?", {value, upper});
  }
  // An inclusive date range; "2024-03" as `to` covers the whole month.
  void dates(const std::string& column, const std::string& from, const std::string& to) {
    if (!from.empty()) add(column + " >= ?", {from});
    if (!to.empty()) add(column + " < ?", {store::prefix_upper_bound(to)});
  }
  int bind(Stmt& s) const {
    int i = 1;
    for (const auto& a : args) s.bind(i++, a);
    return i;
  }
};

Status check_date(const std::string& value, const char* name) {
  if (value.empty()) return Status::ok();
  static const char* kPattern = "dddd-dd-dd";
  bool ok = (value.size() == 4 || value.size() == 7 || value.size() == 10);
  for (size_t i = 0; ok && i < value.size(); ++i)
    ok = kPattern[i] == 'd' ? (value[i] >= '0' && value[i] <= '9') : value[i] == '-';
  if (!ok)
    return Status::invalid_input(std::string(name) + " \"" + printable(value, 40) +
                                 "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  if (value.size() >= 7) {
    int month = std::stoi(value.substr(5, 2));
    bool valid = month >= 1 && month <= 12;
    if (valid && value.size() == 10) valid = normalize_date(value).is_ok();
    if (!valid)
      return Status::invalid_input(std::string(name) + " \"" + value +
                                   "\" is not a valid calendar date");
  }
  return Status::ok();
}

Status check_page(int limit, int offset) {
  if (limit < 0 || limit > kMaxLimit)
    return Status::invalid_input("limit " + std::to_string(limit) + " is out of range 0–" +
                                 std::to_string(kMaxLimit));
  if (offset < 0) return Status::invalid_input("offset " + std::to_string(offset) + " is negative");
  return Status::ok();
}

std::string like_pattern(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

bool is_word_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

// Binds the filters, the LIMIT and the OFFSET, and reads (rowid, score) rows
// of a ranking statement.
Result<std::vector<std::pair<int64_t, double>>> ranked_rows(Stmt& r, const Where& where,
                                                            int64_t limit, int64_t offset) {
  int next = where.bind(r);
  r.bind(next, limit).bind(next + 1, offset);
  std::vector<std::pair<int64_t, double>> ranked;
  for (;;) {
    auto row = r.step();
    if (!row) return row.status();
    if (!*row) break;
    ranked.emplace_back(r.integer(0), r.real(1));
  }
  return ranked;
}

// The (rowid, score) pairs of a search's page. `select` is "SELECT rowid,
// score FROM … WHERE …" (the score column named `score`, lower is better),
// `rowid` the rowid column's name in it. With a rank window the statement
// `windowed` (default: `select` ordered by rowid, descending) reads the
// window + 1 matches with the highest rowids (the engines walk a posting list
// in rowid order and score only what they return, so the cost is bounded by
// the window) and the page is sorted here; when there are no more matches
// than the window, that is every match and the page is the exact one.
// Without a window the engine scores and sorts every match. Ties go to the
// lower rowid in both cases.
Result<std::vector<std::pair<int64_t, double>>> ranked_page(
    store::Connection& db, const std::string& select, const std::string& rowid, const Where& where,
    const SearchQuery& query, SearchInfo& info, std::string windowed = "") {
  int window = std::max(0, query.rank_window);
  if (window == 0) {
    auto r = db.prepare(select + " ORDER BY score, " + rowid + " LIMIT ? OFFSET ?");
    if (!r) return r.status();
    auto rows = ranked_rows(**r, where, query.limit, query.offset);
    if (rows) info.ranked_all = true, info.ranked = -1;
    return rows;
  }
  if (windowed.empty()) windowed = select + " ORDER BY " + rowid + " DESC LIMIT ? OFFSET ?";
  auto r = db.prepare(windowed);
  if (!r) return r.status();
  auto rows = ranked_rows(**r, where, int64_t{window} + 1, 0);
  if (!rows) return rows.status();
  auto& all = *rows;
  info.ranked_all = all.size() <= static_cast<size_t>(window);
  if (!info.ranked_all) all.resize(static_cast<size_t>(window));
  info.ranked = static_cast<int64_t>(all.size());
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second < b.second : a.first < b.first;
  });
  size_t begin = std::min(all.size(), static_cast<size_t>(query.offset));
  size_t end = std::min(all.size(), begin + static_cast<size_t>(query.limit));
  return std::vector<std::pair<int64_t, double>>(all.begin() + static_cast<std::ptrdiff_t>(begin),
                                                 all.begin() + static_cast<std::ptrdiff_t>(end));
}

}  // namespace

Result<std::string> fts_query(const std::string& raw) {
  // Control bytes (a NUL included) separate words like spaces.
  std::string text = raw;
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  if (!validate_utf8(text)) return Status::invalid_input("search query is not valid UTF-8");
  std::vector<std::string> parts;
  size_t i = 0;
  auto quote = [](const std::string& term) {
    std::string out = "\"";
    for (char c : term) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  };
  while (i < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::string term;
    bool phrase = text[i] == '"';
    if (phrase) {
      size_t close = text.find('"', i + 1);
      term = text.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
      i = close == std::string::npos ? text.size() : close + 1;
    } else {
      size_t end = i;
      while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) &&
             text[end] != '"')
        ++end;
      term = text.substr(i, end - i);
      i = end;
    }
    if (!phrase && term == "OR") {
      if (!parts.empty() && parts.back() != "OR") parts.push_back("OR");
      continue;
    }
    bool star = !phrase && term.size() > 1 && term.back() == '*';
    if (star) term.pop_back();
    if (std::none_of(term.begin(), term.end(), is_word_byte)) continue;
    if (star && count_code_points(term) < static_cast<size_t>(kMinPrefixChars))
      return Status::invalid_input(
          "prefix search \"" + printable(term, 40) + "*\" needs at least " +
          std::to_string(kMinPrefixChars) +
          " characters before the * (short prefixes match too many words)");
    parts.push_back(quote(term) + (star ? "*" : ""));
  }
  while (!parts.empty() && parts.back() == "OR") parts.pop_back();
  if (parts.empty())
    return Status::invalid_input("search query \"" + printable(text, 80) + "\" has no words");
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

namespace {

// fts_query()'s FTS5 text in PostgreSQL's tsquery syntax: each quoted term's
// words (split where unicode61 splits them) as lexemes joined by <-> (a
// phrase), a trailing * as :* (prefix), terms joined by & and OR by | (both
// engines bind AND tighter than OR).
std::string pg_tsquery(const std::string& fts) {
  std::string out;
  bool pending_or = false;
  size_t i = 0;
  while (i < fts.size()) {
    if (fts[i] == ' ') {
      ++i;
      continue;
    }
    if (fts.compare(i, 2, "OR") == 0) {
      pending_or = true;
      i += 2;
      continue;
    }
    std::string term;  // between the quotes, "" unescaped
    for (++i; i < fts.size(); ++i) {
      if (fts[i] == '"' && i + 1 < fts.size() && fts[i + 1] == '"') {
        term += '"', ++i;
      } else if (fts[i] == '"') {
        ++i;
        break;
      } else {
        term += fts[i];
      }
    }
    bool prefix = i < fts.size() && fts[i] == '*';
    if (prefix) ++i;
    std::vector<std::string> words;
    std::string word;
    for (char c : term + ' ') {
      if (is_word_byte(c)) {
        word += c;
      } else if (!word.empty()) {
        words.push_back(word), word.clear();
      }
    }
    if (words.empty()) continue;
    std::string phrase;
    for (size_t w = 0; w < words.size(); ++w)
      phrase +=
          (w ? " <-> '" : "'") + words[w] + "'" + (prefix && w + 1 == words.size() ? ":*" : "");
    if (words.size() > 1) phrase = "(" + phrase + ")";
    if (!out.empty()) out += pending_or ? " | " : " & ";
    pending_or = false;
    out += phrase;
  }
  return out;
}

// PostgreSQL: the GIN index finds the matches, ts_rank scores them with the
// title weighted 3× (weights {D, C, B, A} = {0, 0, 1/3, 1}), and ts_headline
// (its whole-text algorithm, MaxFragments=0: the passage covering the query
// best) marks the page's snippets. Scores are negated so that, as with bm25,
// lower is better. The first condition (`?`, parameter 1) and the score (`?1`)
// share the tsquery.
Result<std::vector<SearchHit>> search_postgres(Store::Impl& impl, const SearchQuery& query,
                                               const std::string& match, SearchInfo& info) {
  std::string tsquery = pg_tsquery(match);
  if (tsquery.empty())
    return Status::invalid_input("search query \"" + printable(query.text, 80) + "\" has no words");
  Where where;
  where.add("a.fts @@ to_tsquery('simple', ?)", {tsquery});
  where.dates("a.date", query.from, query.to);
  if (!query.source.empty()) where.add("a.source = ?", {query.source});
  if (!query.actor.empty())
    where.add("a.rowid IN (SELECT article FROM entities WHERE actor_code >= ? AND actor_code < ?)",
              {query.actor, store::prefix_upper_bound(query.actor)});
  // Windowed, the latest matches are picked first and ranked after: in one
  // SELECT, PostgreSQL would compute ts_rank for every match before the sort.
  auto ranked_rows = ranked_page(
      impl.db,
      "SELECT a.rowid, -ts_rank('{0, 0, 0.3333333, 1}', a.fts, to_tsquery('simple', ?1)) AS "
      "score FROM articles a" +
          where.sql,
      "a.rowid", where, query, info,
      "SELECT w.rowid, -ts_rank('{0, 0, 0.3333333, 1}', w.fts, to_tsquery('simple', ?1)) FROM "
      "(SELECT a.rowid, a.fts FROM articles a" +
          where.sql + " ORDER BY a.rowid DESC LIMIT ? OFFSET ?) w");
  if (!ranked_rows) return ranked_rows.status();
  std::vector<std::pair<int64_t, double>> ranked = std::move(*ranked_rows);
  auto page = impl.db.prepare(
      "SELECT id, date, title, source, url, ts_headline('simple', text, to_tsquery('simple', ?1), "
      "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=10, "
      "ShortWord=0, MaxFragments=0') FROM articles WHERE rowid = ?2");
  if (!page) return page.status();
  auto plain =
      impl.db.prepare("SELECT id, date, title, source, url, '' FROM articles WHERE rowid = ?1");
  if (!plain) return plain.status();
  std::vector<SearchHit> hits;
  for (auto [rowid, score] : ranked) {
    bool snippet = hits.size() < static_cast<size_t>(std::max(0, query.max_snippets));
    Stmt& p = snippet ? **page : **plain;
    p.reset();
    if (snippet)
      p.bind(1, tsquery).bind(2, rowid);
    else
      p.bind(1, rowid);
    auto row = p.step();
    if (!row) return row.status();
    if (!*row) continue;
    hits.push_back({p.text(0), p.text(1), p.text(2), p.text(3), p.text(4), p.text(5), score});
    p.reset();
  }
  return hits;
}

}  // namespace

Result<std::vector<SearchHit>> Store::search(const SearchQuery& query, SearchInfo* info_out) {
  auto timer = impl_->db.time_query();
  SearchInfo ignored;
  SearchInfo& info = info_out ? *info_out : ignored;
  auto match = fts_query(query.text);
  if (!match) return match.status();
  for (auto [v, n] : {std::pair{&query.from, "from"}, {&query.to, "to"}})
    if (Status s = check_date(*v, n); !s) return s;
  if (Status s = check_page(query.limit, query.offset); !s) return s;
  if (impl_->db.dialect() == store::Dialect::kPostgres)
    return search_postgres(*impl_, query, *match, info);
  Where where;
  where.add("articles_fts MATCH ?", {*match});
  where.dates("a.date", query.from, query.to);
  if (!query.source.empty()) where.add("a.source = ?", {query.source});
  if (!query.actor.empty()) {
    std::string upper = store::prefix_upper_bound(query.actor);
    where.add(
        "articles_fts.rowid IN (SELECT article FROM entities WHERE actor_code >= ? AND "
        "actor_code < ?)",
        {query.actor, upper});
  }
  // Rank first, then fetch snippets for the page only: snippet() in the
  // ranking query would run for every match before the sort. The articles
  // table is joined only when a filter needs its columns: for a common word
  // that saves a lookup per match (a fifth of the query's time).
  bool join = !query.from.empty() || !query.to.empty() || !query.source.empty();
  auto ranked_rows = ranked_page(
      impl_->db,
      std::string(
          "SELECT articles_fts.rowid, bm25(articles_fts, 3.0, 1.0) AS score FROM articles_fts") +
          (join ? " JOIN articles a ON a.rowid = articles_fts.rowid" : "") + where.sql,
      "articles_fts.rowid", where, query, info);
  if (!ranked_rows) return ranked_rows.status();
  std::vector<std::pair<int64_t, double>> ranked = std::move(*ranked_rows);
  auto page = impl_->db.prepare(
      "SELECT a.id, a.date, a.title, a.source, a.url, snippet(articles_fts, 1, char(2), char(3), "
      "'…', 24) FROM "
      "articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?1 "
      "AND articles_fts.rowid "
      "= ?2");
  if (!page) return page.status();
  auto plain =
      impl_->db.prepare("SELECT id, date, title, source, url, '' FROM articles WHERE rowid = ?2");
  if (!plain) return plain.status();
  // Past the snippet budget, hits come without one.
  size_t with_snippet =
      std::min(ranked.size(), static_cast<size_t>(std::max(0, query.max_snippets)));
  // A prefix term ("sai"*) makes FTS5 merge the posting lists of every word
  // it covers each time the query starts (≈ 4 ms for "sai*" on 100,000
  // articles), so a snippet statement per hit would pay that once per hit:
  // 100 snippets of four prefixes took a second and a half. One statement over
  // the page's rowid range computes them all instead, starting the query once
  // (snippet() runs only for the rows in the page, which instr() picks).
  std::map<int64_t, std::string> snippets;
  bool batch = with_snippet > 0 && match->find("\"*") != std::string::npos;
  if (batch) {
    int64_t low = INT64_MAX, high = INT64_MIN;
    std::string rowids = ",";
    for (size_t i = 0; i < with_snippet; ++i) {
      low = std::min(low, ranked[i].first), high = std::max(high, ranked[i].first);
      rowids += std::to_string(ranked[i].first) + ",";
    }
    auto all = impl_->db.prepare(
        "SELECT rowid, snippet(articles_fts, 1, char(2), char(3), '…', 24) FROM articles_fts "
        "WHERE articles_fts MATCH ?1 AND rowid >= ?2 AND rowid <= ?3 AND instr(?4, ',' || rowid "
        "|| ',') > 0");
    if (!all) return all.status();
    Stmt& a = **all;
    a.reset();
    a.bind(1, *match).bind(2, low).bind(3, high).bind(4, rowids);
    for (;;) {
      auto row = a.step();
      if (!row) return row.status();
      if (!*row) break;
      snippets[a.integer(0)] = a.text(1);
    }
    a.reset();
  }
  std::vector<SearchHit> hits;
  for (size_t i = 0; i < ranked.size(); ++i) {
    auto [rowid, score] = ranked[i];
    bool snippet = batch ? false : hits.size() < with_snippet;
    Stmt& p = snippet ? **page : **plain;
    p.reset();
    if (snippet) p.bind(1, *match);
    auto row = p.bind(2, rowid).step();
    if (!row) return row.status();
    if (!*row) continue;
    hits.push_back({p.text(0), p.text(1), p.text(2), p.text(3), p.text(4), p.text(5), score});
    if (batch && i < with_snippet) hits.back().snippet = snippets[rowid];
    p.reset();
  }
  return hits;
}

namespace {

constexpr const char* kEventColumns =
    "a.id, a.title, a.source, a.url, e.vid, e.sentence, e.start, e.\"end\", e.date, e.code, "
    "e.root_code, e.plover, "
    "e.quad_class, e.goldstein, e.source_actor, e.source_entity, e.source_text, e.source_start, "
    "e.source_end, "
    "e.target_actor, e.target_entity, e.target_text, e.target_start, e.target_end, e.location, "
    "e.country, e.negated, "
    "e.confidence, e.evidence_verb, e.modality, "
    "(SELECT name FROM entities x WHERE x.article = e.article AND x.eid = e.source_entity), "
    "(SELECT name FROM entities x WHERE x.article = e.article AND x.eid = e.target_entity), "
    "e.article, e.n";

EventRow read_event_row(const Stmt& s) {
  EventRow row;
  row.article = s.text(0), row.title = s.text(1), row.source = s.text(2), row.url = s.text(3);
  Event& e = row.event;
  e.id = s.text(4), e.sentence = static_cast<int>(s.integer(5));
  e.start = static_cast<uint32_t>(s.integer(6)), e.end = static_cast<uint32_t>(s.integer(7));
  e.date = s.text(8), e.code = s.text(9), e.root_code = s.text(10), e.plover = s.text(11);
  e.quad_class = static_cast<int>(s.integer(12)), e.goldstein = s.real(13);
  auto arg = [&](int c) -> std::optional<EventArgument> {
    if (s.is_null(c + 3) && s.text(c).empty()) return std::nullopt;
    EventArgument a;
    a.actor_code = s.text(c), a.entity = s.text(c + 1), a.mention.text = s.text(c + 2);
    a.mention.start = static_cast<uint32_t>(s.integer(c + 3)),
    a.mention.end = static_cast<uint32_t>(s.integer(c + 4));
    a.mention.sentence = e.sentence;
    return a;
  };
  e.source = arg(14), e.target = arg(19);
  e.location = s.text(24), row.country = s.text(25), e.negated = s.integer(26) != 0,
  e.confidence = s.real(27);
  e.evidence_verb = s.text(28), e.modality = s.text(29);
  row.source_name = s.text(30), row.target_name = s.text(31);
  return row;
}

// CAMEO codes are digits: a root is two of them (01–20), a code prefix one to four.
Status check_root(const std::string& root) {
  bool digits = std::all_of(root.begin(), root.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!root.empty() && (root.size() != 2 || !digits || root < "01" || root > "20"))
    return Status::invalid_input("root \"" + printable(root, 40) +
                                 "\" is not a CAMEO root code (01–20)");
  return Status::ok();
}

Result<Where> event_where(const EventQuery& q) {
  for (auto [v, n] : {std::pair{&q.from, "from"}, {&q.to, "to"}})
    if (Status s = check_date(*v, n); !s) return s;
  auto digits = [](const std::string& v) {
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (Status s = check_root(q.root); !s) return s;
  if (!q.code.empty() && (q.code.size() > 4 || !digits(q.code)))
    return Status::invalid_input("code \"" + printable(q.code, 40) +
                                 "\" is not a CAMEO code prefix (1–4 digits)");
  if (Status s = check_page(q.limit, q.offset); !s) return s;
  Where where;
  if (!q.actor.empty()) {
    std::string upper = store::prefix_upper_bound(q.actor);
    where.add(
        "((e.source_actor >= ? AND e.source_actor < ?) OR (e.target_actor >= ? AND e.target_actor "
        "< ?))",
        {q.actor, upper, q.actor, upper});
  }
  if (!q.source_actor.empty()) where.prefix("e.source_actor", q.source_actor);
  if (!q.target_actor.empty()) where.prefix("e.target_actor", q.target_actor);
  if (!q.code.empty()) where.prefix("e.code", q.code);
  if (!q.root.empty()) where.add("e.root_code = ?", {q.root});
  static const char* const kModalities[] = {"asserted", "future",     "hypothetical",
                                            "intended", "denied",     "question",
                                            "generic",  "historical", "all"};
  if (std::find(std::begin(kModalities), std::end(kModalities), q.modality) ==
          std::end(kModalities) &&
      !q.modality.empty())
    return Status::invalid_input("modality \"" + q.modality +
                                 "\" is not one of asserted, future, hypothetical, intended, "
                                 "denied, question, generic, historical, all");
  if (!q.modality.empty() && q.modality != "all") where.add("e.modality = ?", {q.modality});
  if (!q.country.empty()) where.add("e.country = ?", {q.country});
  if (!q.article.empty()) where.add("a.id = ?", {q.article});
  where.dates("e.date", q.from, q.to);
  return where;
}

}  // namespace

Result<std::vector<EventRow>> Store::events(const EventQuery& query) {
  auto timer = impl_->db.time_query();
  auto where = event_where(query);
  if (!where) return where.status();
  auto stmt = impl_->db.prepare(std::string("SELECT ") + kEventColumns +
                                " FROM events e JOIN articles a ON a.rowid = e.article" +
                                where->sql + " ORDER BY e.date, e.article, e.n LIMIT ? OFFSET ?");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  int next = where->bind(s);
  s.bind(next, query.limit == 0 ? kNoLimit : query.limit).bind(next + 1, query.offset);
  std::vector<EventRow> rows;
  for (;;) {
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) break;
    rows.push_back(read_event_row(s));
  }
  return rows;
}

Status Store::for_each_event_document(
    const EventQuery& query, const std::function<Status(const Document&, const Event&)>& visit) {
  auto where = event_where(query);
  if (!where) return where.status();
  // Rowids and event positions first, then each document once.
  auto stmt = impl_->db.prepare(
      "SELECT e.article, e.n FROM events e JOIN articles a ON a.rowid = e.article" + where->sql +
      " ORDER BY e.date, e.article, e.n LIMIT ? OFFSET ?");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  int next = where->bind(s);
  s.bind(next, query.limit == 0 ? kNoLimit : query.limit).bind(next + 1, query.offset);
  std::vector<std::pair<int64_t, int64_t>> keys;
  for (;;) {
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) break;
    keys.emplace_back(s.integer(0), s.integer(1));
  }
  auto load = impl_->db.prepare(
      "SELECT "
      "id,date,title,source,url,text,origin_file,origin_record,annotations,annotations_format FROM "
      "articles "
      "WHERE rowid = ?1");
  if (!load) return load.status();
  int64_t loaded = -1;
  Document doc;
  for (auto [rowid, n] : keys) {
    if (rowid != loaded) {
      Stmt& l = **load;
      l.reset();
      auto row = l.bind(1, rowid).step();
      if (!row) return row.status();
      if (!*row) continue;
      auto read = Impl::read_document(l, 0);
      l.reset();
      if (!read) return read.status();
      doc = std::move(*read);
      loaded = rowid;
    }
    if (n < 0 || static_cast<size_t>(n) >= doc.events.size())
      return Status::corrupt("event table and blob of \"" + doc.article.id + "\" disagree");
    if (Status st = visit(doc, doc.events[static_cast<size_t>(n)]); !st) return st;
  }
  return Status::ok();
}

Result<std::vector<QuoteRow>> Store::quotes(const QuoteQuery& query) {
  auto timer = impl_->db.time_query();
  for (auto [v, n] : {std::pair{&query.from, "from"}, {&query.to, "to"}})
    if (Status s = check_date(*v, n); !s) return s;
  if (Status s = check_page(query.limit, query.offset); !s) return s;
  Where where;
  // SQLite's LIKE ignores ASCII case; PostgreSQL's needs ILIKE for that.
  const std::string like = impl_->db.dialect() == store::Dialect::kSqlite ? "LIKE" : "ILIKE";
  if (!query.speaker.empty())
    where.add(
        "(q.speaker_name " + like + " ? ESCAPE '\\' OR q.speaker_text " + like + " ? ESCAPE '\\')",
        {like_pattern(query.speaker), like_pattern(query.speaker)});
  if (!query.about.empty())
    where.add("q.content " + like + " ? ESCAPE '\\'", {like_pattern(query.about)});
  if (!query.article.empty()) where.add("a.id = ?", {query.article});
  where.dates("q.date", query.from, query.to);
  auto stmt = impl_->db.prepare(
      "SELECT a.id, q.date, a.title, q.qid, q.kind, q.start, q.\"end\", q.content, q.speaker_text, "
      "q.speaker_entity, "
      "q.speaker_name, q.addressee_text, q.addressee_entity, q.addressee_name FROM quotes q JOIN "
      "articles a ON a.rowid "
      "= q.article" +
      where.sql + " ORDER BY q.date, q.article, q.n LIMIT ? OFFSET ?");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  int next = where.bind(s);
  s.bind(next, query.limit == 0 ? kNoLimit : query.limit).bind(next + 1, query.offset);
  std::vector<QuoteRow> rows;
  for (;;) {
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) break;
    QuoteRow r;
    r.article = s.text(0), r.date = s.text(1), r.title = s.text(2);
    Quote& q = r.quote;
    q.id = s.text(3), q.kind = s.text(4), q.date = r.date;
    q.content.start = static_cast<uint32_t>(s.integer(5)),
    q.content.end = static_cast<uint32_t>(s.integer(6));
    q.content.text = s.text(7);
    if (!s.text(8).empty()) q.speaker = Mention{0, 0, s.text(8), -1, 0, 0};
    q.speaker_entity = s.text(9), r.speaker_name = s.text(10);
    if (!s.text(11).empty()) q.addressee = Mention{0, 0, s.text(11), -1, 0, 0};
    q.addressee_entity = s.text(12), r.addressee_name = s.text(13);
    rows.push_back(std::move(r));
  }
  return rows;
}

Result<std::vector<TimelineBucket>> Store::timeline(const TimelineQuery& query) {
  auto timer = impl_->db.time_query();
  for (auto [v, n] : {std::pair{&query.from, "from"}, {&query.to, "to"}})
    if (Status s = check_date(*v, n); !s) return s;
  Where where;
  where.add("e.date <> ''");
  if (!query.actor.empty()) {
    std::string upper = store::prefix_upper_bound(query.actor);
    where.add(
        "((e.source_actor >= ? AND e.source_actor < ?) OR (e.target_actor >= ? AND e.target_actor "
        "< ?))",
        {query.actor, upper, query.actor, upper});
  }
  where.dates("e.date", query.from, query.to);
  std::string period = query.daily ? "substr(e.date, 1, 10)" : "substr(e.date, 1, 7)";
  auto stmt =
      impl_->db.prepare("SELECT " + period + " AS period, e.root_code, count(*) FROM events e" +
                        where.sql + " GROUP BY period, e.root_code ORDER BY period, e.root_code");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  where.bind(s);
  std::vector<TimelineBucket> buckets;
  for (;;) {
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) break;
    buckets.push_back({s.text(0), s.text(1), s.integer(2)});
  }
  return buckets;
}

Result<std::vector<NetworkEdge>> Store::network(const NetworkQuery& query) {
  auto timer = impl_->db.time_query();
  for (auto [v, n] : {std::pair{&query.from, "from"}, {&query.to, "to"}})
    if (Status s = check_date(*v, n); !s) return s;
  if (Status s = check_page(query.limit, 0); !s) return s;
  if (Status s = check_root(query.root); !s) return s;
  Where where;
  where.add("e.source_actor <> '' AND e.target_actor <> ''");
  if (!query.root.empty()) where.add("e.root_code = ?", {query.root});
  where.dates("e.date", query.from, query.to);
  auto stmt =
      impl_->db.prepare("SELECT e.source_actor, e.target_actor, count(*) AS c FROM events e" +
                        where.sql + " GROUP BY 1, 2 ORDER BY c DESC, 1, 2 LIMIT ?");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  s.bind(where.bind(s), query.limit == 0 ? kNoLimit : query.limit);
  std::vector<NetworkEdge> edges;
  for (;;) {
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) break;
    edges.push_back({s.text(0), s.text(1), s.integer(2)});
  }
  return edges;
}

Result<std::vector<ActorCount>> Store::actors(const std::string& prefix, int limit) {
  auto timer = impl_->db.time_query();
  if (Status s = check_page(limit, 0); !s) return s;
  Where where;
  where.add("actor_code <> ''");
  if (!prefix.empty()) where.prefix("actor_code", prefix);
  auto stmt = impl_->db.prepare("SELECT actor_code, name, count(*) FROM entities" + where.sql +
                                " GROUP BY 1, 2");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  where.bind(s);
  std::map<std::string, ActorCount> by_code;
  std::map<std::string, int64_t> best_name_count;
  for (;;) {
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) break;
    ActorCount& a = by_code[s.text(0)];
    a.code = s.text(0);
    a.entities += s.integer(2);
    if (s.integer(2) > best_name_count[a.code])
      best_name_count[a.code] = s.integer(2), a.name = s.text(1);
  }
  std::vector<ActorCount> out;
  for (auto& [code, a] : by_code) out.push_back(std::move(a));
  std::stable_sort(out.begin(), out.end(), [](const ActorCount& x, const ActorCount& y) {
    return x.entities > y.entities;
  });
  if (limit > 0 && out.size() > static_cast<size_t>(limit)) out.resize(static_cast<size_t>(limit));
  return out;
}

Result<StoreStats> Store::stats(bool breakdowns) {
  auto timer = impl_->db.time_query();
  StoreStats st;
  auto scalar = [&](const std::string& sql, int64_t& into) -> Status {
    auto stmt = impl_->db.prepare(sql);
    if (!stmt) return stmt.status();
    auto row = (*stmt)->step();
    if (!row) return row.status();
    if (*row) into = (*stmt)->integer(0);
    (*stmt)->reset();
    return Status::ok();
  };
  for (auto [sql, into] : {std::pair{"SELECT count(*) FROM articles", &st.articles},
                           {"SELECT coalesce(sum(sentences), 0) FROM articles", &st.sentences},
                           {"SELECT coalesce(sum(tokens), 0) FROM articles", &st.tokens},
                           {"SELECT count(*) FROM entities", &st.entities},
                           {"SELECT count(*) FROM mentions", &st.mentions},
                           {"SELECT count(*) FROM events", &st.events},
                           {"SELECT count(*) FROM quotes", &st.quotes},
                           {"SELECT count(*) FROM times", &st.times},
                           {"SELECT count(*) FROM places", &st.places}})
    if (Status s = scalar(sql, *into); !s) return s;
  auto range = impl_->db.prepare("SELECT min(date), max(date) FROM articles WHERE date <> ''");
  if (!range) return range.status();
  if (auto row = (*range)->step(); row && *row)
    st.first_date = (*range)->text(0), st.last_date = (*range)->text(1);
  (*range)->reset();
  auto sources = impl_->db.prepare(
      "SELECT source, count(*) AS c FROM articles GROUP BY source ORDER BY c DESC LIMIT 20");
  if (!sources) return sources.status();
  for (;;) {
    auto row = (*sources)->step();
    if (!row) return row.status();
    if (!*row) break;
    st.sources.emplace_back((*sources)->text(0), (*sources)->integer(1));
  }
  // Counts by month (articles and events), root code and dyad: the overview of `eventwire stats`.
  auto each_row = [&](const std::string& sql,
                      const std::function<void(const Stmt&)>& take) -> Status {
    auto stmt = impl_->db.prepare(sql);
    if (!stmt) return stmt.status();
    for (;;) {
      auto row = (*stmt)->step();
      if (!row) return row.status();
      if (!*row) return Status::ok();
      take(**stmt);
    }
  };
  if (impl_->db.dialect() == store::Dialect::kPostgres) {
    if (Status s = scalar("SELECT pg_database_size(current_database())", st.file_bytes); !s)
      return s;
  } else {
    std::error_code ec;
    for (const std::string& p : {impl_->path, impl_->path + "-wal"}) {
      auto size = std::filesystem::file_size(p, ec);
      if (!ec) st.file_bytes += static_cast<int64_t>(size);
    }
  }
  if (!breakdowns) return st;
  std::map<std::string, StoreStats::Month> months;
  if (Status s = each_row("SELECT substr(date, 1, 7), count(*) FROM articles GROUP BY 1",
                          [&](const Stmt& r) { months[r.text(0)].articles = r.integer(1); });
      !s)
    return s;
  if (Status s = each_row("SELECT substr(date, 1, 7), count(*) FROM events GROUP BY 1",
                          [&](const Stmt& r) { months[r.text(0)].events = r.integer(1); });
      !s)
    return s;
  for (auto& [month, m] : months) m.month = month, st.months.push_back(m);
  if (Status s = each_row("SELECT root_code, count(*) FROM events GROUP BY 1 ORDER BY 1",
                          [&](const Stmt& r) { st.roots.emplace_back(r.text(0), r.integer(1)); });
      !s)
    return s;
  NetworkQuery top;
  top.limit = 20;
  auto dyads = network(top);
  if (!dyads) return dyads.status();
  st.dyads = std::move(*dyads);
  return st;
}

}  // namespace eventwire
