// ingest: the pipeline on all workers, one writer (the calling thread)
// committing a batch of documents per transaction.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <unordered_set>

#include "eventwire/archive.h"

namespace eventwire {
namespace {

// Passes records through, dropping articles already stored (resume) and
// ending the stream early once the writer has failed.
class FilteringStream : public ArticleStream {
 public:
  FilteringStream(ArticleStream& inner, Store& store, bool skip_existing, const bool& failed)
      : inner_(inner), store_(store), skip_existing_(skip_existing), failed_(failed) {}
  Next next(Article& article, ReadError& error) override {
    for (;;) {
      if (failed_) return Next::kEnd;
      Next n = inner_.next(article, error);
      if (n != Next::kArticle || !skip_existing_) return n;
      // An id met before in this run is a collision, not a resumed article:
      // it goes through so the writer replaces and reports it.
      if (!seen_.insert(std::hash<std::string>()(article.id)).second) return n;
      auto stored = store_.contains(article.id);
      if (!stored || !*stored) return n;
      ++skipped;
    }
  }
  uint64_t skipped = 0;

 private:
  ArticleStream& inner_;
  Store& store_;
  bool skip_existing_;
  const bool& failed_;
  std::unordered_set<size_t> seen_;
};

}  // namespace

std::string IngestSummary::to_string() const {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                "read %llu, stored %llu, replaced %llu, skipped %llu, rejected %llu (%llu "
                "sentences, %llu tokens "
                "in %.2f s: %.1f articles/s)",
                static_cast<unsigned long long>(read), static_cast<unsigned long long>(stored),
                static_cast<unsigned long long>(replaced), static_cast<unsigned long long>(skipped),
                static_cast<unsigned long long>(rejected),
                static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(tokens),
                seconds, seconds > 0 ? (stored + replaced) / seconds : 0.0);
  std::string out = buffer;
  if (stopped_early) out += "; stopped at the first error (--strict)";
  return out;
}

void drop_unconfident_events(Document& doc, double min_confidence) {
  std::vector<std::string> dropped;
  for (const Event& e : doc.events)
    if (e.confidence < min_confidence) dropped.push_back(e.id);
  if (dropped.empty()) return;
  std::erase_if(doc.events, [&](const Event& e) { return e.confidence < min_confidence; });
  for (Quote& q : doc.quotes)
    std::erase_if(q.events, [&](const std::string& id) {
      return std::find(dropped.begin(), dropped.end(), id) != dropped.end();
    });
}

Result<IngestSummary> ingest(Store& store, ArticleStream& stream, const Pipeline& pipeline,
                             const IngestOptions& options,
                             const std::function<void(const ReadError&)>& on_error,
                             const std::function<void(const IngestProgress&)>& on_progress) {
  auto start = std::chrono::steady_clock::now();
  bool failed = false;
  Status failure;
  FilteringStream filtered(stream, store, options.skip_existing, failed);
  IngestProgress progress;
  size_t pending = 0;
  auto last_commit = start;
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  auto commit = [&]() -> Status {
    if (Status s = store.commit(); !s) return s;
    pending = 0;
    last_commit = std::chrono::steady_clock::now();
    progress.skipped = filtered.skipped;
    progress.seconds = elapsed();
    if (on_progress) on_progress(progress);
    return Status::ok();
  };
  if (Status s = store.begin(); !s) return s;
  std::unordered_set<size_t> stored_this_run;  // id hashes
  uint64_t duplicates = 0;
  BatchOptions batch;
  batch.threads = options.threads;
  batch.batch_size = std::max<size_t>(64, 16 * static_cast<size_t>(std::max(1, options.threads)));
  BatchSummary run = run_batch(
      filtered, pipeline, batch,
      [&](Document& doc) {
        if (failed) return;
        bool again = !stored_this_run.insert(std::hash<std::string>()(doc.article.id)).second;
        auto exists = store.contains(doc.article.id);
        if (!exists) {
          failed = true, failure = exists.status();
          return;
        }
        bool replaces = *exists;
        if (options.min_confidence > 0) drop_unconfident_events(doc, options.min_confidence);
        again = again && replaces;  // a hash collision alone is not a reused id
        if (Status s = store.put(doc); !s) {
          failed = true, failure = s;
          return;
        }
        if (again) {
          ++duplicates;
          if (options.on_warning)
            options.on_warning(
                {doc.article.origin_file, doc.article.origin_record, doc.article.origin_line,
                 "id \"" + printable(doc.article.id, 80) +
                     "\" was already used by an earlier record of this run: this record "
                     "replaces it in the archive (--id-scope file keeps both)"});
        }
        ++(replaces ? progress.replaced : progress.stored), ++progress.read, ++pending;
        progress.bytes += doc.article.text.size();
        for (const Sentence& sentence : doc.sentences) progress.tokens += sentence.tokens.size();
        // Commit by count, and at least every two seconds so a kill loses little.
        if (pending >= options.commit_every ||
            std::chrono::steady_clock::now() - last_commit > std::chrono::seconds(2)) {
          if (Status s = commit(); !s)
            failed = true, failure = s;
          else if (Status b = store.begin(); !b)
            failed = true, failure = b;
        }
      },
      [&](const ReadError& error) {
        ++progress.rejected, ++progress.read;
        if (on_error) on_error(error);
      });
  if (failed) {
    (void)store.rollback();
    return failure;
  }
  if (Status s = commit(); !s) return s;
  IngestSummary summary;
  summary.skipped = filtered.skipped;
  summary.read = run.read + filtered.skipped;
  summary.replaced = progress.replaced;
  summary.stored = run.coded - progress.replaced;
  summary.duplicate_ids = duplicates;
  summary.rejected = run.rejected;
  summary.sentences = run.sentences;
  summary.tokens = run.tokens;
  summary.stopped_early = run.stopped_early;
  summary.seconds = elapsed();
  return summary;
}

}  // namespace eventwire
