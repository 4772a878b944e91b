// Rewriting stored documents for re-coding: documents come back from their
// blobs in batches, and only events and entities' actor codes (table rows and
// the blob) are written back (the re-coding itself: src/archive/recode.cc).
#include <algorithm>

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

}  // namespace eventwire
