// The pipeline: an Article in, an annotated Document out, plus a batch runner
// that streams articles from an ArticleStream through worker threads.
//
// A Pipeline owns its models (loaded once, read-only) and is safe to share
// across threads: process() is const and keeps its scratch space per call.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/io.h"
#include "eventwire/status.h"
#include "eventwire/text.h"

namespace eventwire {

struct PipelineOptions {
  SegmentOptions segment;
  // Sentence boundaries by rules instead of the trained model (models/segmenter/).
  bool rule_sentence_splitter = false;
  // Which stages run after segmentation. A stage whose model is missing is an
  // error at create() time, never a silent skip.
  bool syntax = false;
  // "fast", "accurate", a model path, or "none": no parser is loaded and the
  // later stages (entities, quotes, events) run on unparsed tokens.
  std::string syntax_model = "fast";
  bool entities = false, time = false, geo = false, events = false, quotes = false;
  std::string models_dir;  // empty: the build's models/ folder, else ./models
  // The geo stage's gazetteer file; empty: Gazetteer::default_path(). Lets an
  // installed front end (the Python package) point at the copy it ships.
  std::string gazetteer;
  // User dictionaries (PETRARCH-2 / TABARI formats). Verb dictionaries replace
  // the built-in event lexicon; actor and agent files add to the built-in actor
  // base unless no_builtin_actors.
  std::vector<std::string> verbs, actors, agents, discards, issues;
  bool no_builtin_actors = false;
  bool one_a_day = false;  // keep one event per (date, source, target, code) in a story
  // Relative times anchor on the article date ("news") or on the last explicit
  // date in the text ("narrative", for encyclopedic and historical text).
  bool narrative_time = false;
  // Mark background history dated by an explicit past year (mark_historical).
  // Off by default: such an act keeps a right date in the tables, and an
  // analyst records it (the seed's facts). Background told without a date
  // ("once", "years ago") is marked by the event coder whatever this says,
  // since the tables would date it by the article. Never in narrative mode.
  bool historical = false;
  // Mark an act the story's own main clause dates more than a month before
  // the article (mark_dated_background): on by default, since analysts'
  // tables keep to the story's period; what someone says of the past and
  // "since" clauses stay. Off keeps every dated act in the tables
  // (--keep-historical). Never in narrative mode.
  bool dated_background = true;
  // Statements (010) made from quotes of political speakers the event coder
  // left uncoded (add_quote_statements, issue 12). Off by default: on the
  // look set's check part it added as many wrong as right, and it adds
  // events on the scorer corpus's negative items (docs/events.md).
  bool quote_statements = false;
};

class Pipeline {
 public:
  static Result<std::shared_ptr<const Pipeline>> create(const PipelineOptions& options);
  ~Pipeline();

  // Annotates one article. Never throws; problems go to Document::warnings.
  Document process(Article article) const;
  // The same, appending to `trace` what the event coder tried and why it matched
  // or not (eventwire explain).
  Document process(Article article, std::vector<std::string>* trace) const;
  // Re-codes a stored document from its parses, without re-parsing (eventwire
  // recode, after a dictionary change). NER and the entity resolver run again
  // over the stored tokens on a scratch copy, and each stored entity takes the
  // actor code of the re-resolved entity sharing most of its mentions (ids,
  // names and mentions stay, so quotes, places and event arguments stay
  // linked); the event coder replaces doc.events, link_events runs again, then
  // the issue coder and the one-a-day filter when configured; doc.dictionaries
  // names the dictionaries now in use. Needs a pipeline created with entities
  // and events. kInvalidInput for a document stored without parses; doc is
  // then unchanged. Thread-safe like process().
  Status recode(Document& doc) const;
  // The models and dictionaries every Document produced here carries in meta.
  const std::vector<ComponentVersion>& models() const;
  const std::vector<ComponentVersion>& dictionaries() const;
  const PipelineOptions& options() const;
  // Problems met while loading user dictionaries (skipped lines, …), one line each.
  const std::vector<std::string>& warnings() const;

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Links events to the other stages' outputs: each event's date (a calendar
// time expression on its verb, else its dated statement's), place, and
// reporters (reported_by), and each quote's events. Pipeline::process calls
// it after coding; call it again after re-coding a stored document.
void link_events(Document& doc);

// Removes events that repeat an earlier one of the same story on the same
// date with the same source, target and code (PETRARCH's one-a-day filter).
void apply_one_a_day(Document& doc);

// Background history: an asserted event dated by a time expression of its
// own clause (date_source "time:…", not "quote:…") that writes out a year ("in 1993",
// "a 1986 ruling") or a decade ("in the 1990s") and ends more than one year before the article date
// takes modality "historical", which the event tables leave out like the other non-asserted
// modalities. Centuries, relative times ("years ago", "last spring") and events dated after the
// article are left as they are. Does nothing when the article date is not YYYY-MM-DD.
void mark_historical(Document& doc);

// Directory of the committed models: `explicit_dir` if set, else the source
// tree's models/ folder, else ./models (base::resolve_models_dir).
std::string resolve_models_dir(const std::string& explicit_dir);

struct BatchOptions {
  int threads = 1;
  bool strict = false;      // stop at the first rejected record
  size_t batch_size = 256;  // articles in flight; bounds memory
};

struct BatchSummary {
  uint64_t read = 0, coded = 0, rejected = 0;
  uint64_t sentences = 0, tokens = 0, bytes = 0;
  double seconds = 0;
  bool stopped_early = false;  // --strict hit an error
  // "read N, coded N, rejected N (…)"
  std::string to_string() const;
};

// Reads every record of `stream`, processes articles on `options.threads`
// workers, and hands results to the callbacks on the calling thread, in input
// order. read = coded + rejected always holds in the returned summary.
BatchSummary run_batch(ArticleStream& stream, const Pipeline& pipeline, const BatchOptions& options,
                       const std::function<void(Document&)>& on_document,
                       const std::function<void(const ReadError&)>& on_error);

}  // namespace eventwire
