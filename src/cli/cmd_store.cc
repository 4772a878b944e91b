// Archive commands: ingest, recode, search, events, quotes, stats, synth.
// Thin: all work is in the archive and store libraries (eventwire/archive.h,
// eventwire/store.h).
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>
#include <tuple>

#include "cli/common.h"
#include "events/event_scorer.h"
#include "eventwire/archive.h"
#include "eventwire/event_formats.h"
#include "eventwire/store.h"

namespace eventwire::cli {
namespace cmd_store {

void add_db_option(CLI::App& app, std::string& db) {
  db = default_store_path();
  app.add_option("--db", db, "archive file (default: $EVENTWIRE_DB or ./eventwire.db)");
}

int all_cores() {
  return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 256u));
}

Result<std::unique_ptr<Store>> open_for_reading(const std::string& db) {
  StoreOptions options;
  options.read_only = true;
  return Store::open(db, options);
}

// Output to a file or stdout, checked at the end.
class Output {
 public:
  explicit Output(const std::string& path) {
    if (path != "-") file_.open(path, std::ios::binary), out_ = &file_;
    ok_ = path == "-" || static_cast<bool>(file_);
  }
  bool opened() const { return ok_; }
  std::ostream& out() { return *out_; }
  int finish(const std::string& path) {
    out_->flush();
    if (!*out_) return report_fatal(Status::io_error("writing \"" + path + "\" failed"));
    return kExitOk;
  }

 private:
  std::ofstream file_;
  std::ostream* out_ = &std::cout;
  bool ok_ = true;
};

// ---- ingest ----

struct IngestFlags {
  InputOptions input;
  PipelineFlags pipeline;
  std::string db;
  bool resume = false;
  size_t commit_every = 256;
  double min_confidence = -1;  // -1: the event scorer's threshold
};

int run_ingest(const IngestFlags& f) {
  auto read_or = read_options_from(f.input);
  if (!read_or) {
    std::cerr << "eventwire: " << read_or.status().message() << "\n";
    return kExitUsage;
  }
  ReadOptions read = *read_or;
  auto pipeline = make_pipeline(f.pipeline, true);
  if (!pipeline) return report_fatal(pipeline.status());
  auto stream = ArticleStream::open(f.input.inputs, read);
  if (!stream) return report_fatal(stream.status());
  auto store = Store::open(f.db);
  if (!store) return report_fatal(store.status());
  IngestOptions options;
  options.threads = f.input.threads;
  options.commit_every = f.commit_every;
  options.skip_existing = f.resume;
  options.min_confidence =
      f.min_confidence >= 0 ? f.min_confidence : events::EventScorer::get().threshold();
  bool tty = isatty(STDERR_FILENO);
  // For the ETA a second reader counts the records in the background (reading
  // costs little next to the NLP); not for stdin, which can be read only once.
  std::atomic<uint64_t> total{0};
  std::atomic<bool> counted{false}, stop_counting{false};
  std::thread counter;
  bool from_stdin =
      std::find(f.input.inputs.begin(), f.input.inputs.end(), "-") != f.input.inputs.end();
  if (!f.input.quiet && !from_stdin) {
    counter = std::thread([&] {
      auto again = ArticleStream::open(f.input.inputs, read);
      if (!again) return;
      Article article;
      ReadError error;
      uint64_t n = 0;
      while (!stop_counting && (*again)->next(article, error) != ArticleStream::Next::kEnd) ++n;
      total = n;
      counted = !stop_counting;
    });
  }
  auto last_line = std::chrono::steady_clock::now();
  bool drew = false;
  auto progress = [&](const IngestProgress& p) {
    if (f.input.quiet) return;
    double rate = p.seconds > 0 ? (p.stored + p.replaced) / p.seconds : 0;
    char eta[40] = "";
    uint64_t done = p.read + p.skipped;  // read counts stored, replaced and rejected
    if (counted && rate > 0 && total >= done) {
      auto left = static_cast<long long>(static_cast<double>(total - done) / rate);
      std::snprintf(eta, sizeof eta, ", ETA %lld:%02lld", left / 60, left % 60);
    }
    char line[240];
    std::snprintf(
        line, sizeof line,
        "ingest: %llu stored, %llu replaced, %llu skipped, %llu errors, %.0f articles/s, %.0f "
        "tokens/s%s",
        static_cast<unsigned long long>(p.stored), static_cast<unsigned long long>(p.replaced),
        static_cast<unsigned long long>(p.skipped), static_cast<unsigned long long>(p.rejected),
        rate, p.seconds > 0 ? p.tokens / p.seconds : 0, eta);
    if (tty) {
      std::cerr << "\r\033[K" << line << std::flush;
      drew = true;
    } else if (std::chrono::steady_clock::now() - last_line > std::chrono::seconds(10)) {
      std::cerr << "eventwire: " << line << "\n";
      last_line = std::chrono::steady_clock::now();
    }
  };
  auto on_error = [&](const ReadError& error) {
    if (drew) std::cerr << "\r\033[K", drew = false;
    std::cerr << "eventwire: error: " << error.to_string() << "\n";
  };
  options.on_warning = [&](const ReadError& warning) {
    if (drew) std::cerr << "\r\033[K", drew = false;
    std::cerr << "eventwire: warning: " << warning.to_string() << "\n";
  };
  if (f.input.strict)
    std::cerr << "eventwire: note: ingest keeps going past bad records; --strict is ignored\n";
  auto summary = ingest(**store, **stream, **pipeline, options, on_error, progress);
  stop_counting = true;
  if (counter.joinable()) counter.join();
  if (drew) std::cerr << "\n";
  if (!summary) return report_fatal(summary.status());
  if (!f.input.quiet)
    std::cerr << "eventwire: " << summary->to_string() << " into " << f.db << "\n";
  if (summary->duplicate_ids > 0)
    std::cerr << "eventwire: warning: " << summary->duplicate_ids
              << " records reused an id from earlier in this run and replaced that article "
                 "(--id-scope file keeps "
                 "both)\n";
  if (summary->read == 0) warn_no_records(f.input.inputs);
  return summary->rejected > 0 ? kExitRejected : kExitOk;
}

RegisterCommand ingest_command(
    "ingest", "Annotate articles and store them in the archive", [](CLI::App& app) {
      auto f = std::make_shared<IngestFlags>();
      f->input.threads = all_cores();  // the NLP on every core, one writer
      add_input_options(app, f->input);
      add_pipeline_options(app, f->pipeline);
      add_db_option(app, f->db);
      app.add_flag("--resume", f->resume,
                   "skip articles whose id is already stored (after an interrupted ingest)");
      app.add_option("--commit-every", f->commit_every, "articles per transaction")
          ->check(CLI::Range(1, 100000));
      app.add_option("--min-confidence", f->min_confidence,
                     "store no event less confident than this (default: the event scorer's "
                     "threshold, as the event tables)");
      return [f] { return run_ingest(*f); };
    });

// ---- recode ----

struct RecodeFlags {
  std::string db;
  PipelineFlags pipeline;
  int threads = 1;
};

// The pipeline's own re-coding (Pipeline::recode through archive recode()):
// NER, entity resolution and event coding over the stored parses.
int run_recode(const RecodeFlags& f) {
  PipelineOptions options = pipeline_options(f.pipeline, false);
  options.entities = options.events = true;
  auto pipeline = Pipeline::create(options);
  if (!pipeline) return report_fatal(pipeline.status());
  for (const std::string& w : (*pipeline)->warnings())
    std::cerr << "eventwire: warning: " << w << "\n";
  auto store = Store::open(f.db);
  if (!store) return report_fatal(store.status());
  auto summary = recode(
      **store, **pipeline, f.threads,
      [&](const std::string& id, const Status& status) {
        std::cerr << "eventwire: error: " << id << ": " << status.to_string()
                  << " (old events kept)\n";
      },
      events::EventScorer::get().threshold());  // ingest's default threshold
  if (!summary) return report_fatal(summary.status());
  std::cerr << "eventwire: " << summary->to_string() << "\n";
  return summary->failed > 0 ? kExitRejected : kExitOk;
}

RegisterCommand recode_command(
    "recode", "Re-code actors and events from stored parses (no re-parsing)", [](CLI::App& app) {
      auto f = std::make_shared<RecodeFlags>();
      f->threads = all_cores();
      add_db_option(app, f->db);
      add_dictionary_options(app, f->pipeline);
      app.add_option("--models", f->pipeline.models_dir,
                     "models folder (default: $EVENTWIRE_MODELS or the built-in one)");
      app.add_option("-j,--threads", f->threads, "worker threads (default: all cores)")
          ->check(CLI::Range(1, 256));
      return [f] { return run_recode(*f); };
    });

// ---- search ----

struct SearchFlags {
  std::string db, format = "text";
  std::vector<std::string> words;
  SearchQuery query;
};

int run_search(SearchFlags& f) {
  for (const auto& w : f.words) {
    if (!f.query.text.empty()) f.query.text += ' ';
    f.query.text += w;
  }
  auto store = open_for_reading(f.db);
  if (!store) return report_fatal(store.status());
  SearchInfo info;
  auto hits = (*store)->search(f.query, &info);
  if (!hits) return report_fatal(hits.status());
  if (!info.ranked_all)
    std::cerr << "eventwire: more than " << info.ranked
              << " matches: ranked the most recent of them (--rank-window 0 ranks all)\n";
  bool tty = isatty(STDOUT_FILENO);
  for (const SearchHit& h : *hits) {
    if (f.format == "json") {
      std::cout << search_hit_json(h) << "\n";
      continue;
    }
    std::string snippet;
    for (char c : h.snippet)
      snippet += c == kMarkOpen    ? (tty ? "\033[1m" : "[")
                 : c == kMarkClose ? (tty ? "\033[0m" : "]")
                                   : std::string(1, c);
    for (char& c : snippet)
      if (c == '\n') c = ' ';
    std::cout << h.date << "  " << h.id << "  " << h.title << "\n    " << snippet << "\n";
  }
  if (f.format == "text") std::cerr << "eventwire: " << hits->size() << " hits\n";
  return kExitOk;
}

RegisterCommand search_command(
    "search", "Full-text search of the archive (BM25)", [](CLI::App& app) {
      auto f = std::make_shared<SearchFlags>();
      app.add_option("query", f->words, "words, \"quoted phrases\", prefix*, OR")->required();
      add_db_option(app, f->db);
      app.add_option("--from", f->query.from, "first date (YYYY[-MM[-DD]])");
      app.add_option("--to", f->query.to, "last date, inclusive");
      app.add_option("--source", f->query.source, "outlet name");
      app.add_option("--actor", f->query.actor, "actor code prefix of an entity in the article");
      app.add_option("--limit", f->query.limit, "hits")->check(CLI::Range(1, 100000));
      app.add_option("--offset", f->query.offset, "hits to skip")->check(CLI::Range(0, 100000000));
      app.add_option("--format", f->format, "text or json")->check(CLI::IsMember({"text", "json"}));
      app.add_option("--rank-window", f->query.rank_window,
                     "queries matching more articles rank the most recent this many (default "
                     "10000; 0: all)")
          ->check(CLI::Range(0, 100000000));
      return [f] { return run_search(*f); };
    });

// ---- events ----

// GDELT, PLOVER and PETRARCH rows need the whole document: they come from
// the events stage's writers (eventwire/event_formats.h), fed one stored
// event at a time through a per-document copy whose events are swapped.
class DocumentEventWriter {
 public:
  // The query already chose the modalities; the writer keeps what it is given.
  DocumentEventWriter(std::ostream& out, EventFormat format) : writer_(out, format) {
    writer_.set_modalities({});
  }
  Status write(const Document& doc, const Event& event) {
    if (current_.article.id != doc.article.id) current_ = doc;
    current_.events.assign(1, event);
    writer_.write(current_);
    return Status::ok();
  }

 private:
  EventTableWriter writer_;
  Document current_;
};

struct EventsFlags {
  std::string db, format = "json", output = "-";
  EventQuery query;
};

int run_events(EventsFlags& f) {
  auto store = open_for_reading(f.db);
  if (!store) return report_fatal(store.status());
  Output out(f.output);
  if (!out.opened()) return report_fatal(Status::io_error("cannot write \"" + f.output + "\""));
  if (f.format != "json" && f.format != "csv") {
    auto format = parse_event_format(f.format);
    if (!format) return report_fatal(format.status());
    DocumentEventWriter writer(out.out(), *format);
    Status s = (*store)->for_each_event_document(
        f.query, [&](const Document& doc, const Event& e) { return writer.write(doc, e); });
    if (!s) return report_fatal(s);
    return out.finish(f.output);
  }
  auto rows = (*store)->events(f.query);
  if (!rows) return report_fatal(rows.status());
  if (f.format == "csv") write_event_csv_header(out.out());
  for (const EventRow& row : *rows) {
    if (f.format == "csv")
      write_event_csv(out.out(), row);
    else
      out.out() << event_row_json(row) << "\n";
  }
  return out.finish(f.output);
}

RegisterCommand events_command("events", "Export events from the archive", [](CLI::App& app) {
  auto f = std::make_shared<EventsFlags>();
  f->query.limit = 0;
  add_db_option(app, f->db);
  auto& q = f->query;
  app.add_option("--actor", q.actor, "actor code prefix, either side");
  app.add_option("--source-actor", q.source_actor, "source actor code prefix");
  app.add_option("--target-actor", q.target_actor, "target actor code prefix");
  app.add_option("--code", q.code, "CAMEO code prefix");
  app.add_option("--root", q.root, "CAMEO root code (01–20)");
  app.add_option("--modality", q.modality,
                 "asserted (default), future, hypothetical, intended, denied, question, generic, "
                 "historical or all")
      ->check(CLI::IsMember({"asserted", "future", "hypothetical", "intended", "denied", "question",
                             "generic", "historical", "all"}));
  app.add_option("--from", q.from, "first date (YYYY[-MM[-DD]])");
  app.add_option("--to", q.to, "last date, inclusive");
  app.add_option("--country", q.country, "country code of the event's place");
  app.add_option("--article", q.article, "one article id");
  app.add_option("--limit", q.limit, "at most this many events (0: all)")
      ->check(CLI::Range(0, 100000));
  app.add_option("--format", f->format, "json, csv, gdelt, plover or petrarch")
      ->check(CLI::IsMember({"json", "csv", "gdelt", "plover", "petrarch"}));
  app.add_option("-o,--output", f->output, "output file (default: stdout)");
  return [f] { return run_events(*f); };
});

// ---- quotes ----

struct QuotesFlags {
  std::string db;
  QuoteQuery query;
};

RegisterCommand quotes_command(
    "quotes", "List quotes from the archive (JSON Lines)", [](CLI::App& app) {
      auto f = std::make_shared<QuotesFlags>();
      f->query.limit = 0;
      add_db_option(app, f->db);
      app.add_option("--speaker", f->query.speaker,
                     "speaker name or mention contains this (case-insensitive)");
      app.add_option("--about", f->query.about, "quoted text contains this (case-insensitive)");
      app.add_option("--from", f->query.from, "first date");
      app.add_option("--to", f->query.to, "last date, inclusive");
      app.add_option("--limit", f->query.limit, "at most this many (0: all)")
          ->check(CLI::Range(0, 100000));
      return [f] {
        auto store = open_for_reading(f->db);
        if (!store) return report_fatal(store.status());
        auto rows = (*store)->quotes(f->query);
        if (!rows) return report_fatal(rows.status());
        for (const QuoteRow& row : *rows) std::cout << quote_row_json(row) << "\n";
        return std::fflush(stdout) == 0 && !std::ferror(stdout)
                   ? kExitOk
                   : report_fatal(Status::io_error("writing stdout failed"));
      };
    });

// ---- stats ----

RegisterCommand stats_command("stats", "Summarize the archive", [](CLI::App& app) {
  auto db = std::make_shared<std::string>();
  add_db_option(app, *db);
  return [db] {
    auto store = open_for_reading(*db);
    if (!store) return report_fatal(store.status());
    auto st = (*store)->stats(true);
    if (!st) return report_fatal(st.status());
    std::printf("archive    %s (%.1f MB, %.2f KB/article)\n", db->c_str(), st->file_bytes / 1e6,
                st->articles ? st->file_bytes / 1e3 / static_cast<double>(st->articles) : 0.0);
    std::printf("articles   %lld (%s … %s)\n", static_cast<long long>(st->articles),
                st->first_date.c_str(), st->last_date.c_str());
    for (auto [name, value] : {std::pair{"sentences", st->sentences},
                               {"tokens", st->tokens},
                               {"entities", st->entities},
                               {"mentions", st->mentions},
                               {"events", st->events},
                               {"quotes", st->quotes},
                               {"times", st->times},
                               {"places", st->places}})
      std::printf("%-10s %lld\n", name, static_cast<long long>(value));
    std::printf("\nby outlet (articles)\n");
    for (const auto& [source, count] : st->sources)
      std::printf("  %-30s %10lld\n", source.empty() ? "(none)" : source.c_str(),
                  static_cast<long long>(count));
    std::printf("\nby month   %10s %10s\n", "articles", "events");
    for (const StoreStats::Month& m : st->months)
      std::printf("  %-8s %10lld %10lld\n", m.month.empty() ? "(none)" : m.month.c_str(),
                  static_cast<long long>(m.articles), static_cast<long long>(m.events));
    std::printf("\nby root code (events)\n");
    for (const auto& [root, count] : st->roots)
      std::printf("  %-8s %10lld\n", root.empty() ? "(none)" : root.c_str(),
                  static_cast<long long>(count));
    std::printf("\ntop dyads (events)\n");
    for (const NetworkEdge& d : st->dyads)
      std::printf("  %-12s -> %-12s %8lld\n", d.source.c_str(), d.target.c_str(),
                  static_cast<long long>(d.count));
    return std::fflush(stdout) == 0 && !std::ferror(stdout)
               ? kExitOk
               : report_fatal(Status::io_error("writing stdout failed"));
  };
});

// ---- synth ----

struct SynthFlags {
  std::string db;
  SyntheticOptions options;
};

RegisterCommand synth_command(
    "synth", "Write a synthetic archive (for benchmarks and load tests)", [](CLI::App& app) {
      auto f = std::make_shared<SynthFlags>();
      add_db_option(app, f->db);
      app.add_option("-n,--articles", f->options.articles, "number of articles")
          ->check(CLI::Range(0, 100000000));
      app.add_option("--seed", f->options.seed, "random seed");
      return [f] {
        auto store = Store::open(f->db);
        if (!store) return report_fatal(store.status());
        auto start = std::chrono::steady_clock::now();
        Status s = write_synthetic_archive(**store, f->options, [&](uint64_t done) {
          if (done % 10000 == 0) std::cerr << "eventwire: synth: " << done << " articles\n";
        });
        if (!s) return report_fatal(s);
        double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "eventwire: synth: %llu articles in %.1f s into %s\n",
                     static_cast<unsigned long long>(f->options.articles), seconds, f->db.c_str());
        return kExitOk;
      };
    });

}  // namespace cmd_store
}  // namespace eventwire::cli
