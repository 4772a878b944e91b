// Event tables in the formats of the field: PETRARCH tab-separated lines,
// GDELT 2.0 event columns (61), PLOVER JSON Lines and CSV. docs/event-formats.md
// documents every column and where eventwire deviates from the originals.
//
// Writers are stateless except EventTableWriter's running GDELT event id;
// use one writer per output stream (not thread-safe).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

enum class EventFormat { kPetrarch, kGdelt, kPlover, kCsv, kTsv };
// "petrarch", "gdelt", "plover", "csv", "tsv" (the CSV's columns, tab-separated)
Result<EventFormat> parse_event_format(const std::string& name);

// The YYYYMMDD date of the day-based formats (PETRARCH, GDELT) for an event
// dated `event_date` (ISO, possibly only "YYYY-MM" or "YYYY"; empty: the
// article's) in an article dated `article_date`. A month- or year-only date
// takes the article's date when that falls inside the period, else the
// period's first day; never a 6- or 4-digit date.
std::string day_date(const std::string& event_date, const std::string& article_date);

// A CAMEO actor code split into 3-letter parts as GDELT does:
// "IRNMIL" → country IRN, type MIL; "PSEREBHMS" → PSE, REB, known group HMS.
struct ActorCodeParts {
  std::string country, known_group;
  std::vector<std::string> types;  // role codes (GOV, MIL, REB, …) in order, at most 3 used
};
ActorCodeParts split_actor_code(const std::string& code);
bool is_role_code(const std::string& three_letters);

class EventTableWriter {
 public:
  EventTableWriter(std::ostream& out, EventFormat format) : out_(out), format_(format) {}
  // Which modalities the table keeps: by default only asserted events, as
  // event data sets count what happened; an empty list keeps every event
  // (future, hypothetical, intended, denied, question, generic, historical too).
  void set_modalities(std::vector<std::string> modalities) { modalities_ = std::move(modalities); }
  // Events whose confidence is below this are left out (0: none).
  void set_min_confidence(double min_confidence) { min_confidence_ = min_confidence; }
  // The CSV/TSV header line (other formats have none).
  void write_header();
  void write(const Document& doc);

 private:
  bool keeps(const Event& e) const;
  std::ostream& out_;
  EventFormat format_;
  std::vector<std::string> modalities_ = {"asserted"};
  double min_confidence_ = 0;
  uint64_t next_gdelt_id_ = 1;
};

}  // namespace eventwire
