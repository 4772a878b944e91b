// Word tables of the time stage: numbers, ordinals, months, weekdays, units.
#pragma once

#include <string_view>

namespace eventwire::time_internal {

int month_number(std::string_view w, bool* abbreviation);    // 0 when not a month
int weekday_number(std::string_view w, bool* abbreviation);  // 1 = Monday; 0 when none
int cardinal_word(std::string_view w);  // "three" → 3, "twenty" → 20; -1 when none
int ordinal_word(std::string_view w);   // "third" → 3, "3rd" → 3; -1 when none
// 'S' second, 'N' minute, 'H' hour, 'D' day, 'W' week, 'M' month, 'Y' year,
// 'E' decade, 'C' century, 0 when none. *plural tells "days" from "day".
char unit_word(std::string_view w, bool* plural);
// Season code ("SU") and its representative month; empty when none.
std::string_view season_code(std::string_view w, int* month);
// Part of day code ("MO", "AF", "EV", "NI", "DT"); empty when none.
std::string_view part_of_day(std::string_view w);
// Past-tense forms of frequent irregular verbs, for unparsed tense cues.
bool irregular_past(std::string_view w);

}  // namespace eventwire::time_internal
