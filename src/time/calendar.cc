#include "time/calendar.h"

#include <cstdio>

namespace eventwire::time_internal {

// Howard Hinnant's civil calendar algorithms (public domain).
int64_t days_from_civil(int year, int month, int day) {
  int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int weekday_of(int year, int month, int day) {
  int64_t z = days_from_civil(year, month, day);  // 1970-01-01 was a Thursday (4)
  int64_t w = ((z % 7) + 7 + 3) % 7;              // 0 = Monday
  return static_cast<int>(w) + 1;
}

void iso_week(int year, int month, int day, int* iso_year, int* week) {
  int64_t z = days_from_civil(year, month, day);
  int wd = weekday_of(year, month, day);
  CivilDate thursday = civil_from_days(z - wd + 4);
  int64_t jan1 = days_from_civil(thursday.year, 1, 1);
  *iso_year = thursday.year;
  *week = static_cast<int>(
      (days_from_civil(thursday.year, thursday.month, thursday.day) - jan1) / 7 + 1);
}

CivilDate add_days(const CivilDate& d, int64_t n) {
  return civil_from_days(days_from_civil(d.year, d.month, d.day) + n);
}

CivilDate add_months(const CivilDate& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  int y = total >= 0 ? total / 12 : (total - 11) / 12;
  CivilDate out{y, total - y * 12 + 1, d.day};
  if (out.day > days_in_month(out.year, out.month)) out.day = days_in_month(out.year, out.month);
  return out;
}

static bool digits(std::string_view s, size_t at, size_t n) {
  if (s.size() < at + n) return false;
  for (size_t i = at; i < at + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

static int number(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

std::optional<CivilDate> parse_iso_prefix(std::string_view v) {
  CivilDate d;
  size_t at = 0;
  bool bc = false;
  if (v.substr(0, 2) == "BC") {
    bc = true;
    at = 2;
  }
  if (!digits(v, at, 4)) return std::nullopt;
  d.year = number(v, at, 4);
  if (bc) d.year = -d.year;
  at += 4;
  if (v.size() > at + 2 && v[at] == '-' && digits(v, at + 1, 2)) {
    d.month = number(v, at + 1, 2);
    at += 3;
    if (v.size() > at + 2 && v[at] == '-' && digits(v, at + 1, 2)) d.day = number(v, at + 1, 2);
  }
  if (d.month > 12 || d.day > 31) return std::nullopt;
  return d;
}

std::string format_year(int year) {
  char buf[32];
  if (year < 0)
    std::snprintf(buf, sizeof buf, "BC%04d", -year);
  else
    std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string format_date(const CivilDate& d) {
  std::string out = format_year(d.year);
  char buf[32];
  if (d.month > 0) {
    std::snprintf(buf, sizeof buf, "-%02d", d.month);
    out += buf;
    if (d.day > 0) {
      std::snprintf(buf, sizeof buf, "-%02d", d.day);
      out += buf;
    }
  }
  return out;
}

}  // namespace eventwire::time_internal
