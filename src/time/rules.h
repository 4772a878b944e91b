// The pattern layer of the time stage: splits a sentence into small words
// (its own, independent of the tokenizer's conventions: "mid-1990s" is
// "mid" "-" "1990s") and finds time expressions with their unresolved
// meaning. Resolution against an anchor date is resolve.h's job.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventwire::time_internal {

struct Word {
  std::string low;          // lower-cased, typographic punctuation folded to ASCII
  uint32_t b0 = 0, b1 = 0;  // byte range in the article text
  bool space_before = true;
  bool cap = false;     // starts with an upper-case letter
  bool digits = false;  // all ASCII digits
  int num = -1;         // value when digits (and short enough)
};

// `text` is the sentence, `base` its byte offset in the article text.
std::vector<Word> split_words(std::string_view text, uint32_t base);

inline constexpr int kNoYear = INT_MIN;

enum class SemKind {
  kLiteral,   // value is final: durations, sets, PAST_REF, decades, …
  kCalendar,  // year (or kNoYear: infer), month, day, suffix
  kWeekday,   // a day of the week, direction by cue or tense
  kRelative,  // offset units from the anchor
};

struct Sem {
  SemKind kind = SemKind::kLiteral;
  std::string type = "DATE";
  std::string literal;
  int year = kNoYear, month = 0, day = 0;
  int weekday = 0;       // 1 = Monday
  int season_month = 0;  // representative month of a season/quarter, for year inference
  std::string suffix;    // "-SU", "-Q3", "-H1" (year level) or "TMO", "T10:30" (day level)
  char unit = 0;  // kRelative: 'D' day, 'W' week, 'M' month, 'Y' year, 'E' decade, 'C' century
  int offset = 0;
  int direction = 0;           // -1 past, +1 future, 0 = let tense decide
  bool anaphoric = false;      // "the next day": anchored on the last explicit date even in news
  bool writer_year = false;    // "this/next/last year": the writer's year even in narrative
  bool year_relative = false;  // "August of that year": year = anchor year + year_offset
  int year_offset = 0;
  int holiday = 0;  // 1 Easter, 2 Thanksgiving (need the year to fix the day)
};

struct RawTimex {
  int w0 = 0, w1 = 0;  // words [w0, w1)
  Sem sem;
};

// `narrative` enables encyclopedic cues ("former" → PAST_REF); `bc_context`
// lets a bare 1–3 digit number after "in"/"by"/… read as a year BC.
std::vector<RawTimex> find_timexes(const std::vector<Word>& words, bool narrative, bool bc_context);

}  // namespace eventwire::time_internal
