#include "time/lexicon.h"

#include <array>
#include <string>
#include <utility>

namespace eventwire::time_internal {

namespace {

template <size_t N>
int find_index(const std::array<std::string_view, N>& table, std::string_view w) {
  for (size_t i = 0; i < N; ++i)
    if (table[i] == w) return static_cast<int>(i);
  return -1;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbr = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 20> kUnits = {
    "one",     "two",     "three",     "four",     "five",     "six",      "seven",
    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 31> kOrdinals = {
    "first",        "second",         "third",         "fourth",        "fifth",
    "sixth",        "seventh",        "eighth",        "ninth",         "tenth",
    "eleventh",     "twelfth",        "thirteenth",    "fourteenth",    "fifteenth",
    "sixteenth",    "seventeenth",    "eighteenth",    "nineteenth",    "twentieth",
    "twenty-first", "twenty-second",  "twenty-third",  "twenty-fourth", "twenty-fifth",
    "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",  "thirtieth",
    "thirty-first"};

}  // namespace

int month_number(std::string_view w, bool* abbreviation) {
  *abbreviation = false;
  if (int i = find_index(kMonths, w); i >= 0) return i + 1;
  if (w == "sept") {
    *abbreviation = true;
    return 9;
  }
  if (int i = find_index(kMonthAbbr, w); i >= 0) {
    *abbreviation = true;
    return i + 1;
  }
  return 0;
}

int weekday_number(std::string_view w, bool* abbreviation) {
  *abbreviation = false;
  if (int i = find_index(kWeekdays, w); i >= 0) return i + 1;
  static const std::pair<std::string_view, int> kAbbr[] = {
      {"mon", 1},  {"tue", 2},   {"tues", 2}, {"wed", 3}, {"thu", 4},
      {"thur", 4}, {"thurs", 4}, {"fri", 5},  {"sat", 6}, {"sun", 7}};
  for (const auto& [a, n] : kAbbr)
    if (w == a) {
      *abbreviation = true;
      return n;
    }
  return 0;
}

int cardinal_word(std::string_view w) {
  if (int i = find_index(kUnits, w); i >= 0) return i + 1;
  if (int i = find_index(kTens, w); i >= 0) return (i + 2) * 10;
  if (w == "hundred") return 100;
  if (w == "dozen") return 12;
  return -1;
}

int ordinal_word(std::string_view w) {
  if (int i = find_index(kOrdinals, w); i >= 0) return i + 1;
  // "3rd", "21st", "12th"
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0 || d > 3 || d + 2 != w.size()) return -1;
  std::string_view suffix = w.substr(d);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return -1;
  return std::stoi(std::string(w.substr(0, d)));
}

char unit_word(std::string_view w, bool* plural) {
  static const std::pair<std::string_view, char> kTable[] = {
      {"second", 'S'}, {"minute", 'N'}, {"hour", 'H'},   {"day", 'D'},     {"week", 'W'},
      {"month", 'M'},  {"year", 'Y'},   {"decade", 'E'}, {"century", 'C'}, {"fortnight", 'F'}};
  *plural = false;
  for (const auto& [name, code] : kTable) {
    if (w == name) return code;
    if (w.size() == name.size() + 1 && w.substr(0, name.size()) == name && w.back() == 's') {
      *plural = true;
      return code;
    }
  }
  if (w == "centuries") {
    *plural = true;
    return 'C';
  }
  if (w == "yrs" || w == "hrs" || w == "mins") {
    *plural = true;
    return w == "yrs" ? 'Y' : w == "hrs" ? 'H' : 'N';
  }
  return 0;
}

std::string_view season_code(std::string_view w, int* month) {
  if (w == "spring") return *month = 4, "SP";
  if (w == "summer") return *month = 7, "SU";
  if (w == "autumn" || w == "fall") return *month = 10, "FA";
  if (w == "winter") return *month = 1, "WI";
  return {};
}

std::string_view part_of_day(std::string_view w) {
  if (w == "morning") return "MO";
  if (w == "afternoon") return "AF";
  if (w == "evening") return "EV";
  if (w == "night" || w == "overnight") return "NI";
  if (w == "daytime") return "DT";
  return {};
}

bool irregular_past(std::string_view w) {
  static const std::string_view kPast[] = {
      "was",       "were",      "had",   "did",    "said",   "gave",    "met",     "went",
      "came",      "told",      "saw",   "made",   "took",   "got",     "began",   "fought",
      "won",       "lost",      "left",  "held",   "led",    "sent",    "spoke",   "wrote",
      "broke",     "fell",      "rose",  "struck", "sought", "brought", "thought", "found",
      "knew",      "became",    "ran",   "hit",    "put",    "set",     "cut",     "shot",
      "sold",      "paid",      "built", "drove",  "flew",   "chose",   "stood",   "kept",
      "meant",     "felt",      "heard", "taught", "caught", "bought",  "forgot",  "understood",
      "withdrew",  "overthrew", "swore", "froze",  "slew",   "wore",    "ago",     "earlier",
      "yesterday", "last"};
  for (std::string_view p : kPast)
    if (w == p) return true;
  return false;
}

}  // namespace eventwire::time_internal
