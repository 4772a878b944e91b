#include "time/resolve.h"

#include <cstdio>
#include <cstdlib>

namespace eventwire::time_internal {

namespace {

CivilDate easter(int year) {  // anonymous Gregorian algorithm
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return {year, month, day};
}

CivilDate thanksgiving(int year) {  // fourth Thursday of November
  int first = weekday_of(year, 11, 1);
  int day = 1 + (4 - first + 7) % 7 + 21;
  return {year, 11, day};
}

std::string x_value(const Sem& s) {
  char buf[32];
  if (s.month > 0 && s.day > 0) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", s.month, s.day);
    return buf;
  }
  if (s.month > 0) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d", s.month);
    return buf;
  }
  return "XXXX";
}

// Year for a month/day without one, seen from `a` in direction `dir`.
int infer_year(int month, int day, const CivilDate& a, int dir) {
  if (month == 0 || a.month == 0) return a.year;
  int here = month * 40 + (day > 0 ? day : 0);
  int now = a.month * 40 + (a.day > 0 && day > 0 ? a.day : 0);
  if (dir < 0) return here <= now ? a.year : a.year - 1;
  if (dir > 0) return here >= now ? a.year : a.year + 1;
  // No cue: the nearest such date, ties to the past.
  int best = a.year, best_gap = 1 << 30;
  for (int y : {a.year - 1, a.year, a.year + 1}) {
    int gap = std::abs((y * 12 + month) - (a.year * 12 + a.month));
    if (gap < best_gap) best = y, best_gap = gap;
  }
  return best;
}

std::string calendar_value(const Sem& s, const std::optional<CivilDate>& anchor, int dir,
                           bool narrative) {
  int year = s.year;
  if (year == kNoYear) {
    if (!anchor)
      return s.suffix.empty() || s.suffix[0] == 'T' ? x_value(s) + s.suffix : "XXXX" + s.suffix;
    int m = s.month > 0 ? s.month : s.season_month;
    if (s.year_relative) {
      year = anchor->year + s.year_offset;
    } else if (narrative && s.direction == 0) {
      // The anchor's year; but a story at November/December that names January
      // or February has turned the year (a general "earlier month = next
      // year" rule measured worse: histories look back often).
      year = anchor->year;
      if (s.month > 0 && s.month <= 2 && anchor->month >= 11) ++year;
    } else {
      year = infer_year(m, s.day, *anchor, dir);
    }
  }
  int month = s.month;
  if (month == 0 && s.day > 0) {
    if (!anchor || anchor->month == 0) return "XXXX-XX-XX";
    month = anchor->month;
  }
  CivilDate d{year, month, s.day};
  if (s.holiday == 1) d = easter(year);
  if (s.holiday == 2) d = thanksgiving(year);
  if (!s.suffix.empty() && s.suffix[0] == '-') return format_year(year) + s.suffix;
  std::string out = format_date(d);
  if (!s.suffix.empty() && d.day > 0) out += s.suffix;
  return out;
}

std::string weekday_value(const Sem& s, const std::optional<CivilDate>& anchor, int dir,
                          bool narrative) {
  if (!anchor || anchor->day == 0) return "XXXX-WXX-" + std::to_string(s.weekday) + s.suffix;
  const CivilDate& a = *anchor;
  int today = weekday_of(a.year, a.month, a.day);
  int back = (today - s.weekday + 7) % 7;   // days back to the latest such weekday
  int ahead = (s.weekday - today + 7) % 7;  // days ahead to the next one
  int64_t shift;
  if (s.direction < 0) {
    shift = -(back == 0 ? 7 : back);  // "last Monday" said on a Monday
  } else if (s.direction > 0) {
    shift = ahead == 0 ? 7 : ahead;
  } else if (narrative) {
    shift = ahead;  // stories move forward
  } else if (dir < 0) {
    shift = -back;
  } else if (dir > 0) {
    shift = ahead == 0 ? 7 : ahead;
  } else {
    shift = back <= ahead ? -back : ahead;
  }
  return format_date(add_days(a, shift)) + s.suffix;
}

std::string relative_value(const Sem& s, const std::optional<CivilDate>& anchor) {
  char buf[32];
  switch (s.unit) {
    case 'D':
      if (!anchor) return "XXXX-XX-XX" + s.suffix;
      if (anchor->day == 0)
        return format_date(CivilDate{anchor->year, anchor->month, 0}) +
               (anchor->month ? "-XX" : "-XX-XX") + s.suffix;
      return format_date(add_days(*anchor, s.offset)) + s.suffix;
    case 'W': {
      if (!anchor) return "XXXX-WXX" + s.suffix;
      if (anchor->day == 0) return format_year(anchor->year) + "-WXX" + s.suffix;
      CivilDate d = add_days(*anchor, 7LL * s.offset);
      int iy = 0, wk = 0;
      iso_week(d.year, d.month, d.day, &iy, &wk);
      std::snprintf(buf, sizeof buf, "-W%02d", wk);
      return format_year(iy) + buf + s.suffix;
    }
    case 'M':
      if (!anchor) return "XXXX-XX";
      if (anchor->month == 0) return format_year(anchor->year) + "-XX";
      return format_date(add_months(CivilDate{anchor->year, anchor->month, 0}, s.offset));
    case 'Y':
      if (!anchor) return "XXXX";
      return format_year(anchor->year + s.offset);
    case 'E':
      if (!anchor) return "XXX";
      if (anchor->year < 0)
        std::snprintf(buf, sizeof buf, "BC%03d", -anchor->year / 10 - s.offset);
      else
        std::snprintf(buf, sizeof buf, "%03d", anchor->year / 10 + s.offset);
      return buf;
    case 'C':
      if (!anchor) return "XX";
      if (anchor->year < 0)
        std::snprintf(buf, sizeof buf, "BC%02d", -anchor->year / 100 - s.offset);
      else
        std::snprintf(buf, sizeof buf, "%02d", anchor->year / 100 + s.offset);
      return buf;
    default:
      return "XXXX-XX-XX";
  }
}

}  // namespace

std::string resolve_value(const Sem& sem, const std::optional<CivilDate>& anchor, int tense,
                          bool narrative) {
  int dir = sem.direction != 0 ? sem.direction : tense;
  switch (sem.kind) {
    case SemKind::kLiteral:
      return sem.literal;
    case SemKind::kCalendar:
      return calendar_value(sem, anchor, dir, narrative);
    case SemKind::kWeekday:
      return weekday_value(sem, anchor, dir, narrative);
    case SemKind::kRelative:
      return relative_value(sem, anchor);
  }
  return "XXXX-XX-XX";
}

}  // namespace eventwire::time_internal
