// Re-coding events from stored parses: documents come back from their blobs,
// the coder runs on worker threads, and only events and entities' actor codes
// (table rows and the blob) are replaced.
#include <atomic>
#include <chrono>
#include <thread>

#include "store/codec.h"
#include "store/impl.h"

namespace eventwire {

Status Store::for_each_document(size_t batch, bool write_back,
                                const std::function<Status(std::vector<Document>&)>& visit) {
  if (write_back && impl_->read_only)
    return Status::unsupported("archive \"" + impl_->path + "\" is open read-only");
  batch = std::max<size_t>(1, batch);
  auto& db = impl_->db;
  int64_t after = 0;
  for (;;) {
    auto load = db.prepare(
        "SELECT "
        "rowid,id,date,title,source,url,text,origin_file,origin_record,annotations,annotations_"
        "format FROM "
        "articles WHERE rowid > ?1 ORDER BY rowid LIMIT ?2");
    if (!load) return load.status();
    store::Stmt& l = **load;
    l.bind(1, after).bind(2, static_cast<int64_t>(batch));
    std::vector<Document> docs;
    std::vector<int64_t> rowids;
    for (;;) {
      auto row = l.step();
      if (!row) return row.status();
      if (!*row) break;
      rowids.push_back(l.integer(0));
      auto doc = Impl::read_document(l, 1);
      if (!doc) {
        l.reset();
        return doc.status();
      }
      docs.push_back(std::move(*doc));
    }
    if (docs.empty()) return Status::ok();
    after = rowids.back();
    if (Status s = visit(docs); !s) return s;
    if (!write_back) continue;
    if (Status s = begin(); !s) return s;
    auto update = db.prepare(
        "UPDATE articles SET annotations = ?2, annotations_format = ?3 WHERE rowid = ?1");
    auto clear = db.prepare("DELETE FROM events WHERE article = ?1");
    auto code = db.prepare(
        "UPDATE entities SET actor_code = ?3, resolved_by = ?4 WHERE article = ?1 AND eid = ?2");
    if (!update || !clear || !code)
      return (void)rollback(), (!update  ? update.status()
                                : !clear ? clear.status()
                                         : code.status());
    for (size_t i = 0; i < docs.size(); ++i) {
      Status s = (*clear)->bind(1, rowids[i]).run();
      for (const Entity& e : docs[i].entities) {
        if (!s) break;
        (*code)->reset();
        s = (*code)
                ->bind(1, rowids[i])
                .bind(2, e.id)
                .bind(3, e.actor_code)
                .bind(4, e.resolved_by)
                .run();
      }
      if (s) s = impl_->insert_events(rowids[i], docs[i]);
      if (s) {
        (*update)->reset();
        s = (*update)
                ->bind(1, rowids[i])
                .bind_blob(2, store::encode_annotations(docs[i]))
                .bind(3, store::kBlobFormat)
                .run();
      }
      (*clear)->reset();
      if (!s) return (void)rollback(), s;
    }
    if (Status s = commit(); !s) return s;
  }
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

}  // namespace eventwire
