// Proleptic Gregorian calendar arithmetic for the time stage. Years are
// astronomical-ish: year < 0 means that many years BC (there is no year 0 in
// the values we print). All functions are pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eventwire::time_internal {

struct CivilDate {
  int year = 0, month = 0, day = 0;  // month/day 0 = not known
};

int64_t days_from_civil(int year, int month, int day);
CivilDate civil_from_days(int64_t days);
int days_in_month(int year, int month);
// 1 = Monday … 7 = Sunday.
int weekday_of(int year, int month, int day);
// ISO 8601 week-numbering year and week of a date.
void iso_week(int year, int month, int day, int* iso_year, int* week);
CivilDate add_days(const CivilDate& d, int64_t n);
CivilDate add_months(const CivilDate& d, int n);  // keeps day 0 when unknown

// "2017-12-25", "2017-12", "2017" (also with a time suffix "T…") into a
// CivilDate; nullopt when it does not start with a 4-digit year or a BC year.
std::optional<CivilDate> parse_iso_prefix(std::string_view value);

// "2017", "BC0480", "0009".
std::string format_year(int year);
// Year, month, day as far as known: "2017-12-25", "2017-12", "2017".
std::string format_date(const CivilDate& d);

}  // namespace eventwire::time_internal
