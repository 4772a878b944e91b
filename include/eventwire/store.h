// The archive: coded documents in one SQLite file (WAL), with full-text
// search over titles and bodies and indexed tables of entities, events,
// quotes, times and places. The schema is documented in docs/store.md.
//
// Every document is stored whole: the article in columns, its annotations
// (sentences, tokens and their parses included) as one zstd-compressed blob,
// and the searchable facts once more in their own tables. Replacing a
// document is one transaction, so an archive is consistent after a crash at
// any moment (SIGKILL included).
//
// Thread safety: a Store owns one SQLite connection and is NOT thread-safe;
// give each thread its own Store (any number of readers may share a file
// with one writer). Results are plain values owned by the caller.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

// $EVENTWIRE_DB when set, else "eventwire.db".
std::string default_store_path();

struct StoreOptions {
  bool read_only = false;       // open with SQLITE_OPEN_READONLY; writes fail
  int busy_timeout_ms = 10000;  // how long to wait for another writer
  // Queries (search, events, quotes, timeline, network, actors, stats, get)
  // running longer are stopped with kIoError naming the limit; 0: no limit.
  int query_time_limit_ms = 0;
};

struct SearchQuery {
  std::string text;      // words, "quoted phrases", word* prefixes, OR
  std::string from, to;  // ISO dates, inclusive; empty = open
  std::string source;    // outlet name, exact
  std::string actor;     // actor code prefix of an entity in the article
  int limit = 20, offset = 0;
  int max_snippets = 1000;  // hits past this many have an empty snippet (snippets cost the most)
  // The ranking budget. A query matching more than `rank_window` articles is
  // ranked among the `rank_window` most recently stored of them (the highest
  // rowids) only, so that its cost is bounded whatever the words; pages past
  // the window are empty. 0 ranks every match (cost grows with the matches:
  // ≈ 1 µs each, 0.1 s of CPU for a word in each of 100,000 articles).
  int rank_window = kDefaultRankWindow;
  static constexpr int kDefaultRankWindow = 10000;
};
// How a search was ranked (Store::search's optional second argument).
struct SearchInfo {
  bool ranked_all = true;  // false: more matches than rank_window, the most recent ranked
  int64_t ranked = 0;      // matches ranked: every match when ranked_all, else rank_window;
                           // -1 when rank_window is 0 (every match ranked, not counted)
};
// Snippet marks: kMarkOpen … kMarkClose around matched terms.
inline constexpr char kMarkOpen = '\x02';
inline constexpr char kMarkClose = '\x03';
struct SearchHit {
  std::string id, date, title, source, url, snippet;
  double score = 0;  // BM25 (title weighted 3×); lower is better, as SQLite reports it
};

struct EventQuery {
  std::string actor;                       // code prefix on either side
  std::string source_actor, target_actor;  // code prefixes
  std::string code;                        // CAMEO code prefix ("19" matches "190", "193", …)
  std::string root;                        // CAMEO root code, exact ("19")
  std::string from, to;                    // event date, inclusive
  std::string country;                     // country of the event's place
  std::string article;                     // one article id
  // asserted (default: what happened), future, hypothetical, intended,
  // denied, question, generic, historical, or "all"
  std::string modality = "asserted";
  int limit = 100, offset = 0;
};
struct EventRow {
  std::string article, title, source, url;
  Event event;                           // argument mentions carry their text and offsets
  std::string source_name, target_name;  // entity names when linked
  std::string country;
};

struct QuoteQuery {
  std::string speaker;  // substring of the speaker's name or mention, case-insensitive
  std::string about;    // substring of the quoted content, case-insensitive
  std::string from, to;
  std::string article;
  int limit = 100, offset = 0;
};
struct QuoteRow {
  std::string article, date, title;
  Quote quote;
  std::string speaker_name, addressee_name;
};

struct TimelineQuery {
  std::string from, to, actor;
  bool daily = false;  // buckets of a day instead of a month
};
struct TimelineBucket {
  std::string period;  // "2024-03" or "2024-03-14"
  std::string root_code;
  int64_t count = 0;
};

struct NetworkQuery {
  std::string from, to, root;
  int limit = 100;  // strongest edges first
};
struct NetworkEdge {
  std::string source, target;
  int64_t count = 0;
};

struct ActorCount {
  std::string code, name;  // name: the most frequent entity name for the code
  int64_t entities = 0;
};

struct StoreStats {
  int64_t articles = 0, sentences = 0, tokens = 0, entities = 0, mentions = 0, events = 0,
          quotes = 0, times = 0, places = 0;
  std::string first_date, last_date;
  int64_t file_bytes = 0;  // database + WAL
  // Articles per outlet, largest first (top 20).
  std::vector<std::pair<std::string, int64_t>> sources;
  struct Month {
    std::string month;  // "2024-03" ("" for undated)
    int64_t articles = 0, events = 0;
  };
  // Filled by stats(true) only:
  std::vector<Month> months;                           // in date order
  std::vector<std::pair<std::string, int64_t>> roots;  // events per CAMEO root code, in code order
  std::vector<NetworkEdge> dyads;  // events per (source, target) actor pair, top 20
};

class Store {
 public:
  // Opens (creating unless read-only) the archive at `path` and brings its
  // schema to the current version.
  static Result<std::unique_ptr<Store>> open(const std::string& path,
                                             const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Explicit transactions group many puts into one commit; without one, each
  // put commits on its own.
  Status begin();
  Status commit();
  Status rollback();

  // Stores `doc`, replacing any document with the same article id.
  Status put(const Document& doc);
  Result<bool> contains(const std::string& id);
  Status remove(const std::string& id);
  // The whole document, annotations included; kNotFound when absent.
  Result<Document> get(const std::string& id);

  // `info`, when given, tells whether every match was ranked (SearchQuery::rank_window).
  Result<std::vector<SearchHit>> search(const SearchQuery& query, SearchInfo* info = nullptr);
  Result<std::vector<EventRow>> events(const EventQuery& query);
  // The same selection with each event's whole document, for writers of
  // formats that need more than the row (GDELT, PETRARCH, PLOVER).
  Status for_each_event_document(const EventQuery& query,
                                 const std::function<Status(const Document&, const Event&)>& visit);
  Result<std::vector<QuoteRow>> quotes(const QuoteQuery& query);
  Result<std::vector<TimelineBucket>> timeline(const TimelineQuery& query);
  Result<std::vector<NetworkEdge>> network(const NetworkQuery& query);
  Result<std::vector<ActorCount>> actors(const std::string& prefix, int limit);
  // Counts; with `breakdowns` also months, root codes and dyads (these scan
  // every event: a second on 100,000 articles, so the web page does without).
  Result<StoreStats> stats(bool breakdowns = false);

  // Every stored document in rowid order, `batch` at a time, for re-coding
  // (eventwire/archive.h, recode()).
  // `visit` may change documents' events and entities' actor codes (nothing
  // else); with `write_back` both are written back, one transaction per batch.
  Status for_each_document(size_t batch, bool write_back,
                           const std::function<Status(std::vector<Document>&)>& visit);

  const std::string& path() const;

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Converts a user query into FTS5 syntax (every term quoted, so no input is
// a syntax error); kInvalidInput when nothing searchable is left or a prefix
// term ("ab*") has fewer than kMinPrefixChars characters before the star.
inline constexpr int kMinPrefixChars = 3;
Result<std::string> fts_query(const std::string& text);

// ---- output ----

// One event per line/row. CSV has a header line; JSON is one object per line.
void write_event_csv_header(std::ostream& out);
void write_event_csv(std::ostream& out, const EventRow& row);
std::string event_row_json(const EventRow& row);
std::string quote_row_json(const QuoteRow& row);
std::string search_hit_json(const SearchHit& hit);

// ---- synthetic archives, for benchmarks and load tests ----

struct SyntheticOptions {
  uint64_t articles = 1000;
  uint64_t seed = 1;
  int sentences_per_article = 12;
  std::string first_date = "2015-01-01";  // dates spread over 10 years from here
};
// A deterministic made-up document (article i of the series): segmented text
// from a Zipf-like vocabulary, plus entities, events, quotes, times and places.
Document synthetic_document(uint64_t index, const SyntheticOptions& options);
// Writes options.articles synthetic documents into `store`.
Status write_synthetic_archive(Store& store, const SyntheticOptions& options,
                               const std::function<void(uint64_t done)>& on_progress);

}  // namespace eventwire
