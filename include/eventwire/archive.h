// The archive's work above storage: ingest (articles through the pipeline
// into a Store) and recode (stored parses through the pipeline's re-coding back
// into the Store). The CLI, the server and the Python module call these; the
// store itself only stores and queries (eventwire/store.h), and the pipeline
// only annotates (eventwire/pipeline.h).
//
// Thread safety: each call uses its Store from the calling thread only (the
// Store is not thread-safe); the Pipeline is shared read-only by the workers.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "eventwire/io.h"
#include "eventwire/pipeline.h"
#include "eventwire/status.h"
#include "eventwire/store.h"

namespace eventwire {

struct IngestOptions {
  int threads = 1;
  size_t commit_every = 256;   // documents per transaction
  bool skip_existing = false;  // resume: articles whose id is stored are not re-processed
  // Events less confident than this are not stored (the event tables' threshold).
  double min_confidence = 0;
  // Called (on the calling thread) for a record whose id an earlier record of
  // the same run already used: it replaces that article (docs/store.md, "Ids").
  std::function<void(const ReadError&)> on_warning;
};
struct IngestProgress {
  uint64_t read = 0, stored = 0, replaced = 0, skipped = 0, rejected = 0, bytes = 0, tokens = 0;
  double seconds = 0;
};
struct IngestSummary {
  // stored: new articles; replaced: documents that took the place of an
  // article with the same id (stored before, or earlier in this run).
  uint64_t read = 0, stored = 0, replaced = 0, skipped = 0, rejected = 0, sentences = 0, tokens = 0;
  uint64_t duplicate_ids = 0;  // of `replaced`, those whose id an earlier record of this run had
  double seconds = 0;
  bool stopped_early = false;
  // "read N, stored N, replaced N, skipped N, rejected N (…)";
  // read = stored + replaced + skipped + rejected.
  std::string to_string() const;
};
// Runs `pipeline` over `stream` on options.threads workers and writes every
// document from the calling thread, committing every options.commit_every.
// Read errors go to `on_error`; `on_progress` is called after each commit.
Result<IngestSummary> ingest(Store& store, ArticleStream& stream, const Pipeline& pipeline,
                             const IngestOptions& options,
                             const std::function<void(const ReadError&)>& on_error,
                             const std::function<void(const IngestProgress&)>& on_progress);

// Re-codes events from stored parses without re-parsing: loads each document,
// calls `coder`, which replaces doc.events (it sees the old ones) and may
// change entities' actor codes, and stores the new events and codes. The coder
// is the events stage (or any stand-in); it must be safe to call from
// `threads` threads at once. (Named apart from the events stage's EventCoder
// class, eventwire/events.h, so both headers can be included together.)
using DocumentCoder = std::function<Status(Document&)>;
struct RecodeSummary {
  uint64_t documents = 0, events_before = 0, events_after = 0, failed = 0;
  double seconds = 0;
  // "recoded N documents: N events before, N after, N failed (… s)"
  std::string to_string() const;
};
Result<RecodeSummary> recode(
    Store& store, const DocumentCoder& coder, int threads,
    const std::function<void(const std::string& id, const Status&)>& on_failure);
// The same with the pipeline's own re-coding (Pipeline::recode), as `eventwire
// recode` and the server's POST /api/recode run it. `pipeline` needs entities
// and events. Events less confident than `min_confidence` are not stored, as
// in ingest (IngestOptions::min_confidence), so that re-coding with the same
// dictionaries gives back the ingested events.
Result<RecodeSummary> recode(
    Store& store, const Pipeline& pipeline, int threads,
    const std::function<void(const std::string& id, const Status&)>& on_failure,
    double min_confidence = 0);

// Leaves out the events of `doc` below `min_confidence`, and their ids from its
// quotes (what ingest and recode do before storing).
void drop_unconfident_events(Document& doc, double min_confidence);

}  // namespace eventwire
