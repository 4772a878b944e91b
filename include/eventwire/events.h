// The event coder: who did what to whom, in CAMEO codes, from UD dependency
// parses. It matches predicates against the built-in event lexicon
// (data/lexicon/events.lex) or a user's PETRARCH-2 / TABARI verb dictionary,
// finds source and target arguments in the tree (passives, control, relative
// clauses and conjunctions handled), resolves them to actor codes (entities
// first, then actor and agent dictionaries), and fills Document::events.
//
// An EventCoder is immutable after create(); annotate() is const and
// thread-safe. It needs parsed sentences (Token::head/deprel/lemma).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

struct EventCoderOptions {
  std::vector<std::string> verb_files;  // empty: the built-in lexicon
  std::vector<std::string> actor_files, agent_files, discard_files;
  // A dyad is required unless false: events without a coded source and target are dropped.
  bool require_dyad = true;
};

class EventCoder {
 public:
  static Result<std::shared_ptr<const EventCoder>> create(const EventCoderOptions& options);
  ~EventCoder();

  // Replaces doc.events. When `trace` is given, appends one human-readable
  // line per predicate considered and per pattern tried (eventwire explain).
  void annotate(Document& doc, std::vector<std::string>* trace = nullptr) const;
  // The dictionaries in use, for provenance.
  const std::vector<ComponentVersion>& dictionaries() const;
  // Problems met while loading the dictionaries ("file:line: reason").
  const std::vector<std::string>& warnings() const;

  struct Impl;

 private:
  explicit EventCoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Issue coding (PETRARCH issues files such as Phoenix.IssueCoding.txt): each
// event gets the issue codes whose phrases occur in its sentence, with counts;
// "~phrase" lines cancel the issues inside them. Immutable after create();
// annotate() is const and thread-safe.
class IssueCoder {
 public:
  // Fails when a file cannot be read; malformed lines are the loader's warnings.
  static Result<std::shared_ptr<const IssueCoder>> create(const std::vector<std::string>& files);
  ~IssueCoder();
  // Fills Event::issues and appends this coder's dictionaries to doc.dictionaries.
  void annotate(Document& doc) const;
  // The issues of one piece of text, in order of first occurrence.
  std::vector<std::pair<std::string, int>> issues_in(std::string_view text) const;
  const std::vector<ComponentVersion>& dictionaries() const;

  struct Impl;

 private:
  explicit IssueCoder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Scoring against PETRARCH validation / unit-test records (<Sentence> with
// <EventCoding sourcecode targetcode eventcode> or noevents="True"): each
// record's <Text> is segmented as one sentence, parsed with our syntax model
// and coded with the dictionaries its <Environment> names.
struct PetrarchEvalOptions {
  std::string records_file;
  std::string dictionaries_dir;    // where Verbfile/Actorfile/... are found
  std::string syntax = "fast";     // "fast", "accurate" or a model path
  std::ostream* misses = nullptr;  // when set: each miss and extra with its sentence
};

struct PetrarchEvalCounts {
  size_t records = 0, expected = 0, found = 0, missed = 0, extra = 0;
  double found_share() const {
    return expected ? static_cast<double>(found) / static_cast<double>(expected) : 0;
  }
};

struct PetrarchEvalReport {
  std::vector<std::pair<std::string, PetrarchEvalCounts>> categories;  // sorted by name
  PetrarchEvalCounts overall;  // every category except ERROR
  PetrarchEvalCounts error;    // the ERROR category (malformed-input tests), apart
  double seconds = 0;
};

// Fails when the records, dictionaries or syntax model cannot be read.
Result<PetrarchEvalReport> evaluate_petrarch(const PetrarchEvalOptions& options);

// The confidence below which the event tables, `ingest` and `recode` leave an
// event out by default: the built-in event scorer's threshold (docs/events.md,
// "Event scorer"). The JSON output keeps every event.
double default_min_confidence();

}  // namespace eventwire
