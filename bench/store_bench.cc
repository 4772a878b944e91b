// Archive benchmark: writes a synthetic archive (default 100,000 articles)
// and times the documented query mix (docs/store.md) in-process.
//   bench_store [--db PATH] [--articles N] [--reuse] [--rank-window N]
// With --rank-window N (SearchQuery::rank_window; default 10000, 0: rank every
// match) it also compares the top 20 of each common-word, phrase and two-word
// query with the exact ranking (rank_window 0): the share of the exact top 20
// found, and the mean BM25 score of the hits against the exact hits'.
// Prints `name value` lines: build rate, bytes per article, and p50/p99/max
// latency in ms per query class.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <thread>

#include "bench_util.h"
#include "eventwire/store.h"

using namespace eventwire;

namespace {

// Wall time and this process's CPU time per query: on a shared machine the
// CPU figures show what the query costs without waiting for a core.
struct Timing {
  std::vector<double> ms, cpu_ms;
  void report(const std::string& name) {
    for (auto [v, suffix] : {std::pair{&ms, ""}, {&cpu_ms, "_cpu"}}) {
      std::sort(v->begin(), v->end());
      auto at = [&](double q) {
        return (*v)[std::min(v->size() - 1, static_cast<size_t>(q * v->size()))];
      };
      bench::print((name + suffix + "_p50_ms").c_str(), at(0.5));
      bench::print((name + suffix + "_p99_ms").c_str(), at(0.99));
    }
  }
};

template <typename F>
Timing run(int n, F query) {
  Timing t;
  for (int i = 0; i < n; ++i) {
    double start = bench::now_seconds(), cpu = bench::cpu_seconds();
    size_t results = query(i);
    t.ms.push_back((bench::now_seconds() - start) * 1000);
    t.cpu_ms.push_back((bench::cpu_seconds() - cpu) * 1000);
    if (results == static_cast<size_t>(-1)) std::fprintf(stderr, "query %d failed\n", i);
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db = (std::filesystem::temp_directory_path() / "eventwire_bench_store.db").string();
  uint64_t articles = 100000;
  bool reuse = false;
  int rank_window = SearchQuery::kDefaultRankWindow;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc)
      db = argv[++i];
    else if (!std::strcmp(argv[i], "--articles") && i + 1 < argc)
      articles = std::stoull(argv[++i]);
    else if (!std::strcmp(argv[i], "--reuse"))
      reuse = true;
    else if (!std::strcmp(argv[i], "--rank-window") && i + 1 < argc)
      rank_window = std::stoi(argv[++i]);
    else
      return std::fprintf(stderr,
                          "usage: bench_store [--db PATH] [--articles N] [--reuse] "
                          "[--rank-window N]\n"),
             2;
  }
  std::printf("# machine: %s, %u hardware threads\n", bench::cpu_model().c_str(),
              std::thread::hardware_concurrency());
  if (!reuse) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  auto store = Store::open(db);
  if (!store) return std::fprintf(stderr, "%s\n", store.status().to_string().c_str()), 1;
  auto st = (*store)->stats();
  if (!reuse || !st || st->articles < static_cast<int64_t>(articles)) {
    SyntheticOptions options;
    options.articles = articles;
    double start = bench::now_seconds();
    Status s = write_synthetic_archive(**store, options, [&](uint64_t done) {
      if (done % 20000 == 0)
        std::fprintf(stderr, "%llu articles\n", static_cast<unsigned long long>(done));
    });
    if (!s) return std::fprintf(stderr, "%s\n", s.to_string().c_str()), 1;
    double seconds = bench::now_seconds() - start;
    bench::print("build_articles_per_s", articles / seconds);
    (void)(*store)->begin();  // checkpoint the WAL so the size is the archive's
    (void)(*store)->commit();
  }
  store->reset();
  // Queries run on a fresh read-only connection, as the server's do.
  StoreOptions read_only;
  read_only.read_only = true;
  auto reader = Store::open(db, read_only);
  if (!reader) return 1;
  Store& r = **reader;
  struct WindowedStore {
    Store& store;
    int window;
    Result<std::vector<SearchHit>> search(SearchQuery q) {
      q.rank_window = window;
      return store.search(q);
    }
  };
  st = r.stats();
  bench::print("articles", static_cast<double>(st->articles));
  bench::print("events", static_cast<double>(st->events));
  bench::print("archive_mb", st->file_bytes / 1e6);
  bench::print("bytes_per_article",
               static_cast<double>(st->file_bytes) / static_cast<double>(st->articles));

  std::mt19937_64 rng(42);
  const char* common[] = {"government", "minister", "officials", "said",
                          "security",   "talks",    "statement", "border"};
  const char* phrases[] = {"\"met with\"",         "\"told reporters\"", "\"security officials\"",
                           "\"foreign minister\"", "\"the spokesman\"",  "\"border talks\""};
  const char* actors[] = {"RUS", "UKR", "IGOUNO", "COP", "OPP", "EGY", "CHN", "SDN"};
  auto count = [](auto result) { return result ? result->size() : static_cast<size_t>(-1); };
  auto month = [&](int i) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", 2015 + i % 10, 1 + (i * 7) % 12);
    return std::string(buffer);
  };
  uint64_t groups = std::max<uint64_t>(1, articles / 10);
  WindowedStore w{r, rank_window};
  bench::print("rank_window", rank_window);
  run(20, [&](int i) {
    return count(w.search({"rarekey" + std::to_string(i), "", "", "", "", 20, 0}));
  });  // warm-up
  run(200, [&](int) {
    return count(w.search({"rarekey" + std::to_string(rng() % groups), "", "", "", "", 20, 0}));
  }).report("search_rare");
  run(80, [&](int i) {
    return count(w.search({common[i % 8], "", "", "", "", 20, 0}));
  }).report("search_common");
  run(60, [&](int i) {
    return count(w.search({phrases[i % 6], "", "", "", "", 20, 0}));
  }).report("search_phrase");
  run(80, [&](int i) {
    return count(
        w.search({std::string(common[i % 8]) + " " + common[(i + 3) % 8], "", "", "", "", 20, 0}));
  }).report("search_two_terms");
  run(80, [&](int i) {
    return count(w.search({common[i % 8], month(i), month(i), "", "", 20, 0}));
  }).report("search_common_in_month");
  if (rank_window > 0) {
    // Ranking quality against the exact ranking, per query class.
    auto compare = [&](const char* name, const std::vector<std::string>& queries) {
      double found = 0, score_ratio = 0;
      for (const auto& text : queries) {
        SearchQuery q{text, "", "", "", "", 20, 0};
        q.rank_window = 0;
        auto exact = r.search(q);
        auto windowed = w.search(q);
        if (!exact || !windowed || exact->empty()) continue;
        double exact_score = 0, windowed_score = 0;
        size_t shared = 0;
        for (const auto& e : *exact) {
          exact_score += e.score;
          for (const auto& h : *windowed) shared += h.id == e.id;
        }
        for (const auto& h : *windowed) windowed_score += h.score;
        found += static_cast<double>(shared) / static_cast<double>(exact->size());
        score_ratio += windowed_score / exact_score;
      }
      bench::print((std::string(name) + "_top20_found").c_str(), found / queries.size());
      bench::print((std::string(name) + "_score_ratio").c_str(), score_ratio / queries.size());
    };
    std::vector<std::string> commons(std::begin(common), std::end(common));
    std::vector<std::string> two;
    for (int i = 0; i < 8; ++i) two.push_back(std::string(common[i]) + " " + common[(i + 3) % 8]);
    compare("quality_common", commons);
    compare("quality_phrase", std::vector<std::string>(std::begin(phrases), std::end(phrases)));
    compare("quality_two_terms", two);
  }
  if (std::getenv("BENCH_STORE_SEARCH_ONLY")) return 0;
  run(200, [&](int i) {
    EventQuery q;
    q.actor = actors[i % 8], q.from = month(i), q.to = month(i), q.limit = 100;
    return count(r.events(q));
  }).report("events_actor_month");
  run(200, [&](int i) {
    EventQuery q;
    q.source_actor = actors[i % 8], q.root = i % 2 ? "19" : "04", q.limit = 100;
    return count(r.events(q));
  }).report("events_source_root");
  run(100, [&](int i) {
    EventQuery q;
    q.country = i % 2 ? "SD" : "UA", q.from = month(i), q.to = month(i), q.limit = 100;
    return count(r.events(q));
  }).report("events_country_month");
  run(200, [&](int) {
    char id[32];
    std::snprintf(id, sizeof id, "syn-%08llu", static_cast<unsigned long long>(rng() % articles));
    auto doc = r.get(id);
    return doc ? static_cast<size_t>(1) : static_cast<size_t>(-1);
  }).report("get_article");
  run(20, [&](int i) {
    TimelineQuery q;
    q.actor = actors[i % 8];
    return count(r.timeline(q));
  }).report("timeline_actor");
  run(3, [&](int) {
    NetworkQuery q;
    return count(r.network(q));
  }).report("network_all");
  return 0;
}
