// Re-coding events from stored parses: documents come back from their blobs
// (Store::for_each_document), the coder runs on worker threads, and only events
// and entities' actor codes are written back.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

#include "eventwire/archive.h"

namespace eventwire {

std::string RecodeSummary::to_string() const {
  char buffer[200];
  std::snprintf(buffer, sizeof buffer,
                "recoded %llu documents: %llu events before, %llu after, %llu failed (%.1f s)",
                static_cast<unsigned long long>(documents),
                static_cast<unsigned long long>(events_before),
                static_cast<unsigned long long>(events_after),
                static_cast<unsigned long long>(failed), seconds);
  return buffer;
}

Result<RecodeSummary> recode(
    Store& store, const DocumentCoder& coder, int threads,
    const std::function<void(const std::string&, const Status&)>& on_failure) {
  auto start = std::chrono::steady_clock::now();
  RecodeSummary summary;
  threads = std::max(1, threads);
  Status status = store.for_each_document(256, true, [&](std::vector<Document>& docs) -> Status {
    std::vector<Status> results(docs.size());
    // The coder sees the old events (to carry over what it cannot redo) and replaces them.
    std::vector<std::vector<Event>> old_events(docs.size());
    std::vector<std::vector<Entity>> old_entities(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      summary.events_before += docs[i].events.size();
      old_events[i] = docs[i].events;
      old_entities[i] = docs[i].entities;
    }
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i = next++; i < docs.size(); i = next++) results[i] = coder(docs[i]);
    };
    if (threads == 1) {
      work();
    } else {
      std::vector<std::thread> workers;
      for (int t = 0; t < threads; ++t) workers.emplace_back(work);
      for (auto& w : workers) w.join();
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      ++summary.documents;
      if (!results[i]) {
        // A failed document keeps its old events and codes rather than half of new ones.
        ++summary.failed;
        docs[i].events = std::move(old_events[i]);
        docs[i].entities = std::move(old_entities[i]);
        if (on_failure) on_failure(docs[i].article.id, results[i]);
      }
      summary.events_after += docs[i].events.size();
    }
    return Status::ok();
  });
  if (!status) return status;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

Result<RecodeSummary> recode(
    Store& store, const Pipeline& pipeline, int threads,
    const std::function<void(const std::string&, const Status&)>& on_failure,
    double min_confidence) {
  return recode(
      store,
      [&pipeline, min_confidence](Document& doc) {
        Status status = pipeline.recode(doc);
        if (status && min_confidence > 0) drop_unconfident_events(doc, min_confidence);
        return status;
      },
      threads, on_failure);
}

}  // namespace eventwire
