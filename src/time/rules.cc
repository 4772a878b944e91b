// Hand-written matchers over Word sequences. Each rule tries to match at word
// i and returns the end of its match; the scanner keeps the longest match.
#include "time/rules.h"

#include <cstdio>
#include <initializer_list>
#include <unordered_set>

#include "time/lexicon.h"

namespace eventwire::time_internal {

namespace {

std::string fmt_num(double v) {
  char buf[32];
  if (v == static_cast<int>(v))
    std::snprintf(buf, sizeof buf, "%d", static_cast<int>(v));
  else
    std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// "P3Y", "PT2H", "PXD"; n < 0 = unknown amount.
std::string duration_value(double n, char unit) {
  std::string amount = n < 0 ? "X" : fmt_num(n);
  switch (unit) {
    case 'S':
      return "PT" + amount + "S";
    case 'N':
      return "PT" + amount + "M";
    case 'H':
      return "PT" + amount + "H";
    case 'E':
      return "P" + amount + "DE";
    case 'C':
      return "P" + amount + "CE";
    case 'F':
      return n < 0 ? "PXW" : "P" + fmt_num(n * 2) + "W";
    default:
      return "P" + amount + std::string(1, unit);
  }
}

class Scanner {
 public:
  Scanner(const std::vector<Word>& w, bool narrative, bool bc)
      : w_(w), n_(static_cast<int>(w.size())), narrative_(narrative), bc_(bc) {}

  std::vector<RawTimex> run() {
    std::vector<RawTimex> out;
    int i = 0;
    while (i < n_) {
      RawTimex best;
      best.w1 = -1;
      try_all(i, &best);
      if (best.w1 > i) {
        best.w0 = i;
        RawTimex follower;
        bool two = attach_clock(&best, &follower);
        if (best.sem.year != kNoYear && best.sem.year < 0) bc_ = true;
        out.push_back(best);
        int end = best.w1;
        if (two) {
          out.push_back(follower);
          end = follower.w1;
        } else {
          range_tail(best, &out, &end);
        }
        i = end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const std::string& at(int i) const {
    static const std::string empty;
    return i >= 0 && i < n_ ? w_[i].low : empty;
  }
  bool is(int i, std::string_view s) const { return at(i) == s; }
  bool any(int i, std::initializer_list<std::string_view> list) const {
    for (std::string_view s : list)
      if (at(i) == s) return true;
    return false;
  }
  bool glued(int i) const { return i > 0 && i < n_ && !w_[i].space_before; }
  bool alpha(int i) const {
    return i >= 0 && i < n_ && !w_[i].low.empty() &&
           std::isalpha(static_cast<unsigned char>(w_[i].low[0]));
  }

  void consider(int end, const Sem& sem, RawTimex* best) const {
    if (end > best->w1) {
      best->w1 = end;
      best->sem = sem;
    }
  }

  // Most words cannot open a time expression; a set look-up skips them
  // before the rules' many string comparisons.
  bool may_start(int i) const {
    const std::string& w = w_[i].low;
    if (w.empty() || std::isdigit(static_cast<unsigned char>(w[0])) || w == "'") return true;
    static const std::unordered_set<std::string_view> kTriggers = {
        "the",       "a",        "an",        "one",       "early",     "late",
        "mid",       "middle",   "new",       "christmas", "easter",    "thanksgiving",
        "halloween", "latter",   "former",    "formerly",  "ad",        "circa",
        "ca",        "c",        "year",      "today",     "yesterday", "tomorrow",
        "tonight",   "earlier",  "later",     "last",      "previous",  "past",
        "preceding", "next",     "following", "coming",    "upcoming",  "subsequent",
        "this",      "that",     "same",      "current",   "few",       "several",
        "many",      "some",     "numerous",  "half",      "about",     "around",
        "nearly",    "almost",   "over",      "under",     "roughly",   "approximately",
        "just",      "only",     "barely",    "another",   "least",     "more",
        "less",      "fewer",    "at",        "now",       "currently", "nowadays",
        "presently", "right",    "recently",  "lately",    "date",      "night",
        "nights",    "daytime",  "modern",    "present",   "recent",    "noon",
        "midday",    "midnight", "daily",     "weekly",    "monthly",   "yearly",
        "annually",  "nightly",  "hourly",    "biweekly",  "once",      "twice",
        "per",       "every",    "each"};
    if (kTriggers.count(w)) return true;
    bool flag;
    int sm;
    return month_number(w, &flag) > 0 || weekday_number(w, &flag) > 0 || cardinal_word(w) > 0 ||
           ordinal_word(w) > 0 || unit_word(w, &flag) != 0 || !season_code(w, &sm).empty() ||
           !part_of_day(w).empty();
  }

  void try_all(int i, RawTimex* best) {
    if (!may_start(i)) return;
    Sem s;
    int e;
    if ((e = modified_calendar(i, &s)) > 0) consider(e, s, best);
    if ((e = decade(i, &s)) > 0) consider(e, s, best);
    if ((e = century(i, &s)) > 0) consider(e, s, best);
    if ((e = relative(i, &s)) > 0) consider(e, s, best);
    if ((e = offset_expr(i, &s)) > 0) consider(e, s, best);
    if ((e = reference(i, &s)) > 0) consider(e, s, best);
    if ((e = duration(i, &s)) > 0) consider(e, s, best);
    if ((e = clock(i, &s)) > 0) consider(e, s, best);
    if ((e = set_expr(i, &s)) > 0) consider(e, s, best);
  }

  // ---- primitives ---------------------------------------------------------

  // A cardinal: digits, number words ("twenty-one", "twenty one"); sets *v.
  int cardinal(int i, double* v) const {
    if (i >= n_) return -1;
    if (w_[i].digits && w_[i].num >= 0 && w_[i].low.size() <= 3 && is(i + 1, ",") && glued(i + 1) &&
        i + 2 < n_ && glued(i + 2) && w_[i + 2].digits && w_[i + 2].low.size() == 3) {
      *v = w_[i].num * 1000 + w_[i + 2].num;  // "1,460"
      return i + 3;
    }
    if (w_[i].digits && w_[i].num >= 0 && w_[i].low.size() <= 4) {
      *v = w_[i].num;
      if (is(i + 1, ".") && glued(i + 1) && w_[i + 2 < n_ ? i + 2 : i].digits && glued(i + 2)) {
        *v += std::stod("0." + at(i + 2));
        return i + 3;
      }
      return i + 1;
    }
    int c = cardinal_word(at(i));
    if (c < 0) return -1;
    int end = i + 1;
    if (c >= 20 && c % 10 == 0 && c < 100) {
      int j = is(end, "-") ? end + 1 : end;
      int u = cardinal_word(at(j));
      if (u > 0 && u < 10) {
        c += u;
        end = j + 1;
      }
    }
    *v = c;
    return end;
  }

  // An amount before a unit: cardinal, "a"/"an", "a few"/"several" (v = -1).
  int amount(int i, double* v) const {
    if (any(i, {"a", "an", "one"})) {
      if (is(i + 1, "few") || is(i + 1, "couple")) {
        *v = is(i + 1, "couple") ? 2 : -1;
        return is(i + 2, "of") ? i + 3 : i + 2;
      }
      if (is(i + 1, "half")) {
        *v = 0.5;
        return i + 2;
      }
      *v = 1;
      return i + 1;
    }
    if (any(i, {"few", "several", "many", "some", "numerous"})) {
      *v = -1;
      return i + 1;
    }
    if (is(i, "half") && any(i + 1, {"a", "an"})) {
      *v = 0.5;
      return i + 2;
    }
    return cardinal(i, v);
  }

  int ordinal(int i, int* v) const {
    int o = ordinal_word(at(i));
    if (o > 0) {
      *v = o;
      return i + 1;
    }
    int tens = cardinal_word(at(i));
    if ((tens == 20 || tens == 30) && is(i + 1, "-")) {
      int u = ordinal_word(at(i + 2));
      if (u > 0 && u < 10) {
        *v = tens + u;
        return i + 3;
      }
    }
    return -1;
  }

  // A month name; abbreviations need a following "." or number, "May" and
  // "March" need a date-like neighbour.
  int month(int i, int* m) const {
    bool abbr = false;
    int v = month_number(at(i), &abbr);
    if (v == 0) return -1;
    int end = i + 1;
    if (abbr) {
      if (is(end, ".") && glued(end))
        ++end;
      else if (!(end < n_ && w_[end].digits))
        return -1;
      if (!w_[i].cap) return -1;
    }
    if (!abbr && (v == 5 || v == 3)) {
      if (!w_[i].cap) return -1;
      bool number_next = end < n_ && w_[end].digits;
      bool cue_before =
          any(i - 1, {"in",     "of",    "since",   "until",   "till",  "by",        "early",
                      "late",   "mid",   "during",  "last",    "next",  "this",      "that",
                      "from",   "to",    "through", "between", "and",   "-",         "or",
                      "before", "after", "on",      "each",    "every", "throughout"});
      if (!number_next && !cue_before && !ordinal_before(i) && !dated_record(i)) return -1;
    }
    *m = v;
    return end;
  }
  // "a March interview", "her May speech": the month of a record or an
  // occasion, not a walk or a wish.
  bool dated_record(int i) const {
    return any(i - 1, {"a", "an", "his", "her", "their", "its", "our"}) &&
           any(i + 1,
               {"interview", "speech",   "statement", "letter",  "report", "poll",  "survey",
                "meeting",   "debate",   "visit",     "memo",    "ruling", "vote",  "hearing",
                "rally",     "address",  "op-ed",     "column",  "tweet",  "email", "broadcast",
                "article",   "decision", "filing",    "briefing"});
  }
  bool ordinal_before(int i) const {
    int v;
    return i >= 1 &&
           (ordinal(i - 1, &v) > 0 || (i >= 2 && is(i - 1, "of") && ordinal(i - 2, &v) > 0));
  }

  int weekday(int i, int* d) const {
    bool abbr = false;
    int v = weekday_number(at(i), &abbr);
    if (v == 0 || !w_[i].cap) return -1;
    int end = i + 1;
    if (abbr) {
      if (!(is(end, ".") && glued(end))) return -1;
      ++end;
    }
    *d = v;
    return end;
  }

  // "BC", "B.C.", "BCE" → -1; "AD", "A.D.", "CE" → +1; 0 none.
  int era(int i, int* sign) const {
    if (any(i, {"bc", "bce"})) {  // a "." after "BC" ends the sentence
      *sign = -1;
      return i + 1;
    }
    if (any(i, {"ad", "ce"}) && w_[i].cap) {
      *sign = 1;
      return i + 1;
    }
    if ((is(i, "b") || is(i, "a")) && is(i + 1, ".") && is(i + 2, is(i, "b") ? "c" : "d") &&
        glued(i + 1) && glued(i + 2)) {
      *sign = is(i, "b") ? -1 : 1;
      return is(i + 3, ".") && glued(i + 3) ? i + 4 : i + 3;
    }
    return -1;
  }

  static bool measure_word(std::string_view w) {
    static const std::string_view kWords[] = {
        "troops", "men",        "soldiers",   "people",   "killed",    "dead",      "casualties",
        "tanks",  "aircraft",   "planes",     "ships",    "guns",      "prisoners", "miles",
        "km",     "kilometres", "kilometers", "feet",     "meters",    "metres",    "yards",
        "tons",   "tonnes",     "dollars",    "pounds",   "rifles",    "vehicles",  "civilians",
        "deaths", "wounded",    "marines",    "sailors",  "residents", "workers",   "members",
        "votes",  "seats",      "acres",      "hectares", "units"};
    for (std::string_view k : kWords)
      if (w == k) return true;
    return false;
  }

  // A year: 4 digits in a plausible range, or digits with an era. `strict`
  // asks for a bare 4-digit year to look like a year in context.
  int year(int i, int* y, bool strict) const {
    if (i >= n_) return -1;
    if (any(i, {"ad"}) && w_[i].cap && i + 1 < n_ && w_[i + 1].digits &&
        w_[i + 1].low.size() <= 4) {
      *y = w_[i + 1].num;
      return *y > 0 ? i + 2 : -1;
    }
    if (!w_[i].digits || w_[i].low.size() > 4 || w_[i].num <= 0) return -1;
    int sign = 0;
    int e = era(i + 1, &sign);
    if (e > 0) {
      *y = sign * w_[i].num;
      return e;
    }
    if (w_[i].low.size() != 4) {
      // "in 490" in a text about the 5th century BC.
      if (bc_ && w_[i].low.size() >= 2 &&
          any(i - 1,
              {"in", "by", "of", "from", "until", "since", "to", "and", "after", "before", "-"}) &&
          !alpha(i + 1)) {
        *y = -w_[i].num;
        return i + 1;
      }
      return -1;
    }
    if (w_[i].num < 1000 || w_[i].num > 2099) return -1;
    if (strict) {
      const std::string& prev = at(i - 1);
      if (prev == "$" || prev == "#" || prev == "\u00a3" || prev == "\u20ac" || prev == "no" ||
          prev == "number" || prev == "resolution" || prev == "flight" || prev == "route")
        return -1;
      if (is(i + 1, "%") || is(i + 1, "+")) return -1;
      if ((is(i + 1, ",") || is(i + 1, ".")) && glued(i + 1) && i + 2 < n_ && w_[i + 2].digits &&
          glued(i + 2))
        return -1;  // 1,500 or 1939.5
      if ((is(i - 1, ",") || is(i - 1, ".")) && glued(i - 1) && glued(i) && i >= 2 &&
          w_[i - 2].digits)
        return -1;
      if (is(i + 1, ":") && glued(i + 1)) return -1;
      if (measure_word(at(i + 1))) return -1;
      bool plural;
      if (unit_word(at(i + 1), &plural) && plural) return -1;  // "1500 years"
    }
    *y = w_[i].num;
    return i + 1;
  }

  // Day of month: 1–31 as digits (glued "th" allowed) or an ordinal.
  int day_of_month(int i, int* d) const {
    if (i < n_ && w_[i].digits && w_[i].low.size() <= 2 && w_[i].num >= 1 && w_[i].num <= 31) {
      *d = w_[i].num;
      return i + 1;
    }
    int o;
    int e = ordinal(i, &o);
    if (e > 0 && o >= 1 && o <= 31) {
      *d = o;
      return e;
    }
    return -1;
  }

  // ---- calendar dates -----------------------------------------------------

  // Modifiers that widen an expression without changing its value.
  int modifier(int i) const {
    if (any(i, {"early", "late", "mid", "middle"})) {
      int e = i + 1;
      if (is(e, "-") && glued(e)) ++e;
      if (is(e, "in") && !is(i, "mid")) ++e;  // "early in 1941"
      return e;
    }
    if (is(i, "the") &&
        any(i + 1,
            {"end",    "beginning", "start",     "middle",    "close",   "turn",   "course",
             "first",  "last",      "remainder", "rest",      "autumn",  "summer", "spring",
             "winter", "fall",      "morning",   "afternoon", "evening", "night",  "dawn"}) &&
        is(i + 2, "of")) {
      return i + 3;
    }
    return -1;
  }

  int modified_calendar(int i, Sem* s) {
    int e = calendar(i, s);
    // "the night of April 18", "the spring of 1916", "the end of 1941"
    int m = modifier(i);
    // "the end of the year", "later in the month", "month's end"
    int m2 =
        m > 0 ? m : (any(i, {"later", "late", "earlier", "early"}) && is(i + 1, "in") ? i + 2 : -1);
    if (m2 > 0 && is(m2, "the") && any(m2 + 1, {"year", "month"}) && m2 + 2 > e &&
        !is(m2 + 2, "of")) {
      *s = Sem();
      s->kind = SemKind::kRelative;
      s->unit = is(m2 + 1, "year") ? 'Y' : 'M';
      s->anaphoric = true;
      return m2 + 2;
    }
    if (m > 0) {
      Sem inner;
      int e2 = calendar(m, &inner);
      if (e2 < 0) e2 = decade(m, &inner);
      if (e2 < 0) e2 = century(m, &inner);
      if (e2 < 0) e2 = relative(m, &inner);
      if (e2 > e) {
        std::string_view what = at(i + 1);
        int sm = 0;
        std::string_view season = season_code(what, &sm);
        std::string_view pod = part_of_day(what);
        if (is(i, "the") && !season.empty() && inner.kind == SemKind::kCalendar &&
            inner.month == 0) {
          inner.suffix = "-" + std::string(season);
          inner.season_month = sm;
        } else if (is(i, "the") && !pod.empty() && inner.day > 0) {
          inner.suffix = "T" + std::string(pod);
        }
        *s = inner;
        return e2;
      }
    }
    return e;
  }

  int calendar(int i, Sem* s) {
    *s = Sem();
    s->kind = SemKind::kCalendar;
    int best = -1;
    int j = i;
    int wd = 0;
    int e = weekday(j, &wd);
    int weekday_end = e;
    if (e > 0) {
      j = is(e, ",") ? e + 1 : e;
      s->weekday = wd;
    }
    int m = 0, d = 0, y = kNoYear;
    // ISO 2017-12-25
    if (j + 4 < n_ && w_[j].digits && w_[j].low.size() == 4 && is(j + 1, "-") && glued(j + 1) &&
        w_[j + 2].digits && w_[j + 2].low.size() == 2 && is(j + 3, "-") && glued(j + 3) &&
        w_[j + 4].digits && w_[j + 4].low.size() == 2 && glued(j + 2) && glued(j + 4)) {
      int mm = w_[j + 2].num, dd = w_[j + 4].num;
      if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31) {
        s->year = w_[j].num, s->month = mm, s->day = dd;
        return j + 5;
      }
    }
    // US numeric 12/25/2017
    if (j + 4 < n_ && w_[j].digits && is(j + 1, "/") && w_[j + 2].digits && is(j + 3, "/") &&
        w_[j + 4].digits && w_[j + 4].low.size() == 4 && glued(j + 1) && glued(j + 2) &&
        glued(j + 3) && glued(j + 4) && w_[j].num >= 1 && w_[j].num <= 12 && w_[j + 2].num >= 1 &&
        w_[j + 2].num <= 31) {
      s->year = w_[j + 4].num, s->month = w_[j].num, s->day = w_[j + 2].num;
      return j + 5;
    }
    // Month first: "September 1, 1939", "Sept. 17", "November 1939", "November of 1939"
    e = month(j, &m);
    if (e > 0) {
      s->month = m;
      best = e;
      int k = e;
      if (day_of_month(k, &d) > 0 && !(w_[k].digits && w_[k].low.size() == 4)) {
        int ke = day_of_month(k, &d);
        // "December 6" but not "June 1940"
        if (!(is(ke, ":") && glued(ke))) {
          s->day = d;
          best = ke;
          k = ke;
          if (is(k, ",")) {
            int ye = year(k + 1, &y, false);
            if (ye > 0) {
              s->year = y;
              best = ye;
            }
          } else if (year(k, &y, false) > 0) {
            s->year = y;
            best = year(k, &y, false);
          } else if (is(k, "of") && year(k + 1, &y, false) > 0) {
            s->year = y;
            best = year(k + 1, &y, false);
          }
        }
        if (s->year == kNoYear && of_that_year(best, s) > 0) best = of_that_year(best, s);
      } else {
        int k2 = is(k, "of") || is(k, ",") ? k + 1 : k;
        int ye = year(k2, &y, false);
        if (ye > 0) {
          s->year = y;
          best = ye;
        } else if (of_that_year(k, s) > 0) {
          best = of_that_year(k, s);
        }
      }
      return best;
    }
    // Day first: "1 September 1939", "the 3rd of May"
    int k = is(j, "the") ? j + 1 : j;
    e = day_of_month(k, &d);
    if (e > 0 && k > j && w_[k].digits && !is(e, "of")) {
      k = j;  // "The 21 January": the article is not part of the date
      e = day_of_month(k, &d);
    }
    if (e > 0) {
      int k2 = is(e, "of") ? e + 1 : e;
      int me = month(k2, &m);
      if (me > 0) {
        s->month = m, s->day = d;
        best = me;
        int k3 = is(me, ",") ? me + 1 : me;
        if (year(k3, &y, false) > 0) {
          s->year = y;
          best = year(k3, &y, false);
        } else if (of_that_year(me, s) > 0) {
          best = of_that_year(me, s);
        }
        return best;
      }
    }
    if (is(j, "the") && j + 1 < n_ && ordinal_word(at(j + 1)) > 0 &&
        std::isdigit(static_cast<unsigned char>(at(j + 1)[0])) && !alpha(j + 2) &&
        !(j + 2 < n_ && w_[j + 2].digits) && ordinal_word(at(j + 1)) <= 31) {
      s->day = ordinal_word(at(j + 1));  // "on the 20th": a day of the month in view
      return j + 2;
    }
    if (wd > 0) {
      // A bare weekday, maybe with a part of day: "Monday morning".
      s->kind = SemKind::kWeekday;
      best = weekday_end;
      std::string_view pod = part_of_day(at(best));
      if (!pod.empty()) {
        s->suffix = "T" + std::string(pod);
        ++best;
      }
      return best;
    }
    // Holidays
    if ((e = holiday(j, s)) > 0) return e;
    // Seasons: "summer 1943", "the winter of 1941", "spring"
    if ((e = season(j, s)) > 0) return e;
    // Quarters and halves: "the third quarter of 2017", "the second half of 2008"
    if ((e = quarter(j, s)) > 0) return e;
    // A year: "1939", "the year 1939", "480 BC", "AD 9"
    int k4 = j;
    if (is(k4, "circa"))
      ++k4;
    else if ((is(k4, "ca") || is(k4, "c")) && is(k4 + 1, ".") && glued(k4 + 1))
      k4 += 2;
    if (is(k4, "the") && is(k4 + 1, "year"))
      k4 += 2;
    else if (is(k4, "year") && i > 0)
      k4 += 1;
    int ye = year(k4, &y, true);
    if (ye > 0) {
      s->year = y;
      int sm = 0;
      std::string_view code = season_code(at(ye), &sm);
      if (!code.empty() && at(ye) != "fall") {  // "the 1982 summer offensives"
        s->suffix = "-" + std::string(code);
        return ye + 1;
      }
      return ye;
    }
    return -1;
  }

  // "July 25 of that year", "in August of the same year"
  int of_that_year(int k, Sem* s) const {
    if (!is(k, "of")) return -1;
    int j = k + 1, off = 0;
    bool deictic = false;
    if (is(j, "that")) {
      j += 1;
    } else if (is(j, "this")) {
      j += 1;
      deictic = true;
    } else if (is(j, "the") && is(j + 1, "same")) {
      j += 2;
    } else if (is(j, "the") && any(j + 1, {"following", "next"})) {
      j += 2, off = 1;
    } else if (is(j, "the") && any(j + 1, {"previous", "preceding"})) {
      j += 2, off = -1;
    } else {
      return -1;
    }
    if (!is(j, "year")) return -1;
    s->year_relative = true;
    s->year_offset = off;
    s->anaphoric = !deictic;
    return j + 1;
  }

  int holiday(int j, Sem* s) const {
    int e = -1;
    if (is(j, "christmas")) {
      s->month = 12, s->day = 25, e = j + 1;
      if (is(e, "eve"))
        s->day = 24, ++e;
      else if (is(e, "day"))
        ++e;
    } else if (is(j, "new") && is(j + 1, "year") && is(j + 2, "'") && is(j + 3, "s") &&
               any(j + 4, {"day", "eve"})) {
      bool eve = is(j + 4, "eve");
      s->month = eve ? 12 : 1, s->day = eve ? 31 : 1, e = j + 5;
    } else if (is(j, "easter") && w_[j].cap) {
      s->holiday = 1, e = j + 1;
      if (is(e, "sunday")) ++e;
    } else if (is(j, "thanksgiving") && w_[j].cap) {
      s->holiday = 2, e = j + 1;
      if (is(e, "day")) ++e;
    } else if (is(j, "halloween")) {
      s->month = 10, s->day = 31, e = j + 1;
    }
    if (e < 0) return -1;
    s->kind = SemKind::kCalendar;
    int y;
    int k = is(e, ",") || is(e, "of") ? e + 1 : e;
    if (year(k, &y, false) > 0) {
      s->year = y;
      e = year(k, &y, false);
    }
    std::string_view pod = part_of_day(at(e));
    if (!pod.empty() && s->holiday == 0) {
      s->suffix = "T" + std::string(pod);
      ++e;
    }
    return e;
  }

  int season(int j, Sem* s) const {
    int k = j;
    bool the = false;
    if (is(k, "the")) the = true, ++k;
    int sm = 0;
    std::string_view code = season_code(at(k), &sm);
    if (code.empty()) return -1;
    int e = k + 1;
    int y;
    int k2 = is(e, "of") || is(e, ",") ? e + 1 : e;
    bool has_year = year(k2, &y, false) > 0;
    // "fall" is mostly a verb or noun without a cue.
    if (code == "FA" && at(k) == "fall" && !the && !has_year &&
        !any(k - 1, {"in", "this", "last", "next", "early", "late", "that", "the", "during", "by"}))
      return -1;
    if (is(e, "of") && !has_year) return -1;  // "the summer of discontent"
    s->kind = SemKind::kCalendar;
    s->suffix = "-" + std::string(code);
    s->season_month = sm;
    if (has_year) {
      s->year = y;
      e = year(k2, &y, false);
    }
    return e;
  }

  int quarter(int j, Sem* s) const {
    int k = is(j, "the") ? j + 1 : j;
    int o = 0;
    int e = ordinal(k, &o);
    if (e < 0 && any(k, {"latter", "former"})) {
      o = is(k, "latter") ? 2 : 1;
      e = k + 1;
    }
    if (e < 0) return -1;
    bool q = is(e, "quarter"), h = is(e, "half");
    if (!(q && o >= 1 && o <= 4) && !(h && o >= 1 && o <= 2)) return -1;
    int end = e + 1;
    s->kind = SemKind::kCalendar;
    s->suffix = q ? "-Q" + std::to_string(o) : "-H" + std::to_string(o);
    s->season_month = q ? o * 3 - 1 : o * 6 - 3;
    int y;
    if (is(end, "of") && year(end + 1, &y, false) > 0) {
      s->year = y;
      return year(end + 1, &y, false);
    }
    if (is(end, "of") && is(end + 1, "the") && is(end + 2, "year")) return end + 3;
    if (year(end, &y, false) > 0) {
      s->year = y;
      return year(end, &y, false);
    }
    if (is(end, "of") || j == k) return -1;  // "the first half of the match"; "first quarter" alone
    return end;
  }

  // "the 1990s", "the '90s", "1930s", "the 470s BC"
  int decade(int i, Sem* s) const {
    int k = is(i, "the") ? i + 1 : i;
    if (any(k, {"early", "late", "mid"})) {
      ++k;
      if (is(k, "-")) ++k;
    }
    if (is(k, "'") && k + 1 < n_) ++k;
    const std::string& w = at(k);
    size_t nd = w.find_first_not_of("0123456789");
    if (nd == std::string::npos || nd < 2 || nd > 4 || w.substr(nd) != "s" || w[nd - 1] != '0')
      return -1;
    int number = std::stoi(w.substr(0, nd));
    int decade_value = nd == 2 ? 190 + number / 10 : number / 10;  // '90s → 199
    if (nd == 2 && !is(k - 1, "'") && k == i && !is(i - 1, "in")) return -1;
    int end = k + 1;
    int sign = 0;
    *s = Sem();
    s->kind = SemKind::kLiteral;
    char buf[32];
    if (era(end, &sign) > 0 && sign < 0) {
      std::snprintf(buf, sizeof buf, "BC%03d", number / 10);
      end = era(end, &sign);
    } else {
      std::snprintf(buf, sizeof buf, "%03d", decade_value);
    }
    s->literal = buf;
    return end;
  }

  // "the 19th century", "the early 21st century", "eighteenth-century", "the 4th century BC"
  int century(int i, Sem* s) const {
    int k = is(i, "the") ? i + 1 : i;
    if (any(k, {"early", "late", "mid"})) {
      ++k;
      if (is(k, "-")) ++k;
    }
    int o = 0;
    int e = ordinal(k, &o);
    if (e < 0 || o < 1 || o > 30) return -1;
    if (is(e, "-")) ++e;
    if (!is(e, "century")) return -1;
    ++e;
    *s = Sem();
    s->kind = SemKind::kLiteral;
    char buf[32];
    int sign = 0;
    if (era(e, &sign) > 0 && sign < 0) {
      std::snprintf(buf, sizeof buf, "BC%02d", o - 1);
      e = era(e, &sign);
    } else {
      std::snprintf(buf, sizeof buf, "%02d", o - 1);
    }
    s->literal = buf;
    return e;
  }

  // ---- relative -----------------------------------------------------------

  static char calendar_unit(std::string_view w) {
    if (w == "day") return 'D';
    if (w == "week" || w == "weekend") return 'W';
    if (w == "month") return 'M';
    if (w == "year") return 'Y';
    if (w == "decade") return 'E';
    if (w == "century") return 'C';
    return 0;
  }

  int relative(int i, Sem* s) {
    *s = Sem();
    s->kind = SemKind::kRelative;
    // today, yesterday, tomorrow, tonight (+ part of day)
    if (any(i, {"today", "yesterday", "tomorrow", "tonight"})) {
      if (is(i, "today") && narrative_) {
        s->kind = SemKind::kLiteral;
        s->literal = "PRESENT_REF";
        return i + 1;
      }
      s->unit = 'D';
      s->offset = is(i, "yesterday") ? -1 : is(i, "tomorrow") ? 1 : 0;
      int e = i + 1;
      if (is(i, "tonight")) s->suffix = "TNI";
      std::string_view pod = part_of_day(at(e));
      if (!pod.empty() && !is(i, "tonight")) {
        s->suffix = "T" + std::string(pod);
        ++e;
      }
      if (is(i, "today") && is(e, "'") && is(e + 1, "s"))
        return -1;  // "today's" is usually generic
      return e;
    }
    if (is(i, "the") && is(i + 1, "day") && any(i + 2, {"before", "after"})) {
      if (any(i + 3, {"yesterday", "tomorrow"})) {
        s->unit = 'D', s->offset = is(i + 3, "yesterday") ? -2 : 2;
        return i + 4;
      }
      if (i + 3 >= n_ || !alpha(i + 3)) {
        s->unit = 'D', s->offset = is(i + 2, "before") ? -1 : 1, s->anaphoric = true;
        return i + 3;
      }
    }
    // earlier/later this month; "later that year"
    if (is(i, "that") && is(i + 1, "same") && calendar_unit(at(i + 2))) {
      s->unit = calendar_unit(at(i + 2));
      s->anaphoric = true;
      return i + 3;
    }
    int k = i;
    bool edge = false;
    if (any(k, {"earlier", "later"}) && any(k + 1, {"this", "that"})) {
      ++k;
      edge = true;
    }
    bool the = false;
    if (is(k, "the")) {
      the = true;
      ++k;
    }
    const std::string& cue = at(k);
    int off;
    if (cue == "last" || cue == "previous" || cue == "past" || cue == "preceding")
      off = -1;
    else if (cue == "next" || cue == "following" || cue == "coming" || cue == "subsequent")
      off = 1;
    else if (cue == "this" || cue == "that" || cue == "same" || cue == "current")
      off = 0;
    else
      return -1;
    if (the && cue == "this") return -1;
    if (!the && (cue == "same" || cue == "following" || cue == "preceding" || cue == "subsequent"))
      return -1;
    if (edge && the) return -1;
    int j = k + 1;
    char u = calendar_unit(at(j));
    if (u) {
      if (!the && (cue == "past" || cue == "coming")) return -1;  // durations
      // "the past/last/next week" as a stretch of time is a duration in TimeML
      if (the && (cue == "past" || cue == "last" || cue == "coming") && u != 'D') {
        *s = Sem();
        s->kind = SemKind::kLiteral;
        s->type = "DURATION";
        s->literal = duration_value(1, u);
        return j + 1;
      }
      s->unit = u;
      s->offset = off;
      s->anaphoric = the || cue == "that";
      s->writer_year = u == 'Y' && !s->anaphoric && !edge;
      if (is(j, "weekend")) s->suffix = "-WE";
      int e = j + 1;
      std::string_view pod = part_of_day(at(e));
      if (u == 'D' && !pod.empty()) {
        s->suffix = "T" + std::string(pod);
        ++e;
      }
      return e;
    }
    std::string_view pod = part_of_day(at(j));
    if (!pod.empty() && !the && (cue == "this" || cue == "that" || cue == "last")) {
      s->unit = 'D';
      s->offset = cue == "last" ? -1 : 0;  // "last night" is yesterday's
      s->anaphoric = cue == "that";
      s->suffix = "T" + std::string(pod);
      return j + 1;
    }
    if (!pod.empty() && the &&
        (cue == "next" || cue == "following" || cue == "previous" || cue == "same")) {
      s->unit = 'D';
      s->offset = off;
      s->anaphoric = true;
      s->suffix = "T" + std::string(pod);
      return j + 1;
    }
    // last Monday, next December, this summer; "the previous April", "the next spring"
    if (the && (cue == "same" || cue == "this" || cue == "past" || cue == "coming")) return -1;
    int wd = 0, m = 0;
    int e = weekday(j, &wd);
    if (e > 0 && !the) {
      s->kind = SemKind::kWeekday;
      s->weekday = wd;
      s->direction = cue == "this" || cue == "that" ? 0 : off;
      return e;
    }
    if (month(j, &m) > 0) {
      s->kind = SemKind::kCalendar;
      s->month = m;
      s->direction = off;
      if (cue == "this" || cue == "that") s->direction = 0;
      return j + 1;
    }
    int sm = 0;
    std::string_view code = season_code(at(j), &sm);
    if (!code.empty()) {
      s->kind = SemKind::kCalendar;
      s->suffix = "-" + std::string(code);
      s->season_month = sm;
      s->direction = cue == "this" || cue == "that" ? 0 : off;
      return j + 1;
    }
    return -1;
  }

  // "two days ago", "three years later", "a week earlier", "days later"
  int offset_expr(int i, Sem* s) {
    int k = i;
    if (any(k, {"some", "about", "nearly", "almost", "only", "just", "barely", "around"})) ++k;
    double v = 0;
    int e = amount(k, &v);
    bool plural = false;
    char u = 0;
    if (e > 0) {
      u = unit_word(at(e), &plural);
    } else {
      u = unit_word(at(k), &plural);
      if (!plural) return -1;
      v = -1;
      e = k;
    }
    if (!u || u == 'F') return -1;
    int j = e + 1;
    int dir = 0;
    if (any(j, {"ago", "earlier", "before", "previously", "prior"}))
      dir = -1;
    else if (any(j, {"later", "after", "afterwards", "afterward", "hence"}))
      dir = 1;
    else if (is(j, "from") && is(j + 1, "now"))
      dir = 1;
    if (dir == 0) return -1;
    // "three days after the attack": TimeML marks only the duration.
    if (any(j, {"before", "after", "prior"}) && j + 1 < n_ && (alpha(j + 1) || w_[j + 1].digits))
      return -1;
    int end = is(j, "from") ? j + 2 : j + 1;
    if (is(j, "prior") && is(j + 1, "to")) return -1;
    *s = Sem();
    if (v < 0 || v != static_cast<int>(v) || u == 'S' || u == 'N' || u == 'H') {
      s->kind = SemKind::kLiteral;
      s->literal = dir < 0 ? "PAST_REF" : "FUTURE_REF";  // "days later", "hours earlier"
      return end;
    }
    s->kind = SemKind::kRelative;
    s->unit = u;
    s->offset = dir * static_cast<int>(v);
    if (u == 'E' || u == 'C') {  // "a decade earlier" is a year
      s->unit = 'Y';
      s->offset *= u == 'E' ? 10 : 100;
    }
    s->anaphoric = !is(j, "ago") && !is(j + 1, "now");
    return end;
  }

  int reference(int i, Sem* s) {
    *s = Sem();
    s->kind = SemKind::kLiteral;
    auto lit = [&](const char* v, int end) {
      s->literal = v;
      return end;
    };
    if (is(i, "right") && is(i + 1, "now")) return lit("PRESENT_REF", i + 2);
    if (any(i, {"now", "currently", "nowadays", "presently"})) {
      if (is(i, "now") &&
          (is(i + 1, "that") || is(i - 1, "until") || is(i - 1, "till") || is(i - 1, "by")))
        return is(i, "now") && !is(i + 1, "that") ? lit("PRESENT_REF", i + 1) : -1;
      return lit("PRESENT_REF", i + 1);
    }
    if (any(i, {"recently", "lately"})) return lit("PAST_REF", i + 1);
    if (is(i, "date") && is(i - 1, "to") && !alpha(i + 1)) return lit("PRESENT_REF", i + 1);
    if (any(i, {"night", "nights", "daytime"}) && any(i - 1, {"at", "by", "during"})) {
      s->type = "TIME";
      return lit(is(i, "daytime") ? "XXXX-XX-XXTDT" : "XXXX-XX-XXTNI", i + 1);
    }
    if (is(i, "at") && is(i + 1, "present")) return lit("PRESENT_REF", i + 2);
    if (is(i, "the") && is(i + 1, "present") && any(i + 2, {"day", "time"}))
      return lit("PRESENT_REF", i + 3);
    if (is(i, "modern") && any(i + 1, {"day", "times"})) return lit("PRESENT_REF", i + 2);
    if (is(i, "present") && is(i + 1, "-") && is(i + 2, "day")) return lit("PRESENT_REF", i + 3);
    if (is(i, "present") && is(i + 1, "day") && !is(i - 1, "the")) return lit("PRESENT_REF", i + 2);
    if (is(i, "the") && is(i + 1, "past") && !alpha(i + 2) && any(i - 1, {"in", "than"}))
      return lit("PAST_REF", i + 2);
    if (is(i, "the") && is(i + 1, "future") && any(i - 1, {"in", "for", "near"}))
      return lit("FUTURE_REF", i + 2);
    if (is(i, "the") && is(i + 1, "near") && is(i + 2, "future")) return lit("FUTURE_REF", i + 3);
    if (is(i, "recent") || (is(i, "the") && is(i + 1, "recent"))) {
      int k = is(i, "the") ? i + 2 : i + 1;
      bool plural;
      char u = unit_word(at(k), &plural);
      if (u && plural) return lit("PAST_REF", k + 1);
    }
    if ((is(i, "the") && any(i + 1, {"coming", "upcoming"})) ||
        (any(i, {"coming", "upcoming"}) && is(i - 1, "in"))) {
      int k = is(i, "the") ? i + 2 : i + 1;
      bool plural;
      char u = unit_word(at(k), &plural);
      if (u && plural) return lit("FUTURE_REF", k + 1);
    }
    if (narrative_ && any(i, {"former", "formerly"})) return lit("PAST_REF", i + 1);
    return -1;
  }

  // "three years", "about a week", "the next two years", "three-day", "18 years old"
  int duration(int i, Sem* s) {
    int k = i;
    if (any(k, {"about", "around", "nearly", "almost", "some", "over", "under", "roughly",
                "approximately", "just", "only", "barely", "another", "least"}) &&
        !is(k + 1, "the"))
      ++k;
    else if ((any(k, {"more", "less", "fewer"}) && is(k + 1, "than")) ||
             (is(k, "at") && is(k + 1, "least")))
      k += 2;
    if (is(k, "the")) {
      ++k;
      if (any(k, {"first", "last", "next", "past", "following", "previous", "final", "coming",
                  "preceding", "intervening"}))
        ++k;
    } else if (any(k, {"first", "last", "next", "past", "following", "previous"}) && k > i) {
      ++k;
    }
    double v = 0;
    int e = amount(k, &v);
    char u = 0;
    bool plural = false;
    int end;
    if (e > 0) {
      int j = e;
      if (is(j, "-") && glued(j)) ++j;  // "three-day"
      u = unit_word(at(j), &plural);
      if (!u) return -1;
      end = j + 1;
      if (is(j - 1, "-") && plural) return -1;
      if (plural && v == 1 && any(k, {"a", "an"})) return -1;  // "a months-long siege"
      if (is(j - 1, "-") && k > i && any(i, {"the", "a", "an"}) && k == i + 1)
        return -1;  // "the 46-day" → "46-day"
      if (any(k, {"some"}) && k == i) return -1;
      if (u == 'S' && any(k, {"a", "an"})) return -1;  // "a second attack"
    } else {
      // bare plural: "for years", "the intervening years", "weeks of fighting"
      u = unit_word(at(k), &plural);
      if (!u || !plural) return -1;
      bool cue =
          any(k - 1, {"for", "within", "over", "few", "intervening", "coming", "final"}) || k > i;
      if (!cue) return -1;
      int y;
      if (year(k + 1, &y, false) > 0) return -1;  // "the years 1955-1957"
      v = -1;
      end = k + 1;
    }
    // "a year and a half"
    if (is(end, "and") && is(end + 1, "a") && is(end + 2, "half") && v > 0) {
      v += 0.5;
      end += 3;
    }
    if (any(end, {"old", "long"})) ++end;
    // "one day" alone is mostly a date-ish story opener; "a day" as duration is fine.
    if (v == 1 && u == 'D' && is(k, "one") && k == i) return -1;
    *s = Sem();
    s->kind = SemKind::kLiteral;
    s->type = "DURATION";
    s->literal = duration_value(v, u);
    return end;
  }

  // "10:30", "11 a.m.", "5pm", "noon", "midnight"
  int clock(int i, Sem* s) {
    *s = Sem();
    s->kind = SemKind::kRelative;
    s->unit = 'D';
    s->type = "TIME";
    if (is(i, "noon") || is(i, "midday")) {
      s->suffix = "T12:00";
      return i + 1;
    }
    if (is(i, "midnight")) {
      s->suffix = "T24:00";
      return i + 1;
    }
    if (i >= n_ || !w_[i].digits) {
      // "10am" glued
      const std::string& w = at(i);
      size_t d = w.find_first_not_of("0123456789");
      if (d == 0 || d == std::string::npos || d > 2) return -1;
      std::string rest = w.substr(d);
      if (rest != "am" && rest != "pm" && rest != "hrs") return -1;
      int h = std::stoi(w.substr(0, d));
      if (h < 1 || h > 12) return -1;
      if (rest == "pm" && h != 12) h += 12;
      if (rest == "am" && h == 12) h = 0;
      char buf[32];
      std::snprintf(buf, sizeof buf, "T%02d:00", h);
      s->suffix = buf;
      return i + 1;
    }
    int h = w_[i].num, mnt = 0;
    int e = i + 1;
    bool has_minutes = false;
    if ((is(e, ":") || is(e, ".")) && glued(e) && e + 1 < n_ && glued(e + 1) &&
        w_[e + 1].low.size() >= 2) {
      const std::string& mw = w_[e + 1].low;
      if (std::isdigit(static_cast<unsigned char>(mw[0])) &&
          std::isdigit(static_cast<unsigned char>(mw[1])) &&
          (mw.size() == 2 || mw.substr(2) == "hrs" || mw.substr(2) == "am" ||
           mw.substr(2) == "pm")) {
        mnt = std::stoi(mw.substr(0, 2));
        has_minutes = is(e, ":") || (any(e + 2, {"a", "p", "am", "pm"}));
        if (has_minutes) {
          std::string tail = mw.substr(2);
          e += 2;
          if (tail == "pm" && h < 12) h += 12;
        }
      }
    }
    if (h > 24 || mnt > 59) return -1;
    bool ampm = false;
    if (any(e, {"am", "pm"})) {
      if (is(e, "pm") && h < 12) h += 12;
      if (is(e, "am") && h == 12) h = 0;
      ampm = true;
      ++e;
    } else if (any(e, {"a", "p"}) && is(e + 1, ".") && is(e + 2, "m") && glued(e + 1) &&
               glued(e + 2)) {
      if (is(e, "p") && h < 12) h += 12;
      if (is(e, "a") && h == 12) h = 0;
      ampm = true;
      e += 3;
      if (is(e, ".") && glued(e)) ++e;
    } else if (is(e, "o") && is(e + 1, "'") && is(e + 2, "clock")) {
      ampm = true;
      e += 3;
    } else if (is(e, "hours") && w_[i].low.size() == 4) {
      h = w_[i].num / 100, mnt = w_[i].num % 100;
      if (h > 24 || mnt > 59) return -1;
      ampm = true;
      ++e;
    }
    if (!has_minutes && !ampm) return -1;
    if (!ampm && w_[i].low.size() > 2) return -1;
    if (ampm && !has_minutes && (h > 24 || w_[i].low.size() > 2) && !is(e - 1, "hours")) return -1;
    if (any(e, {"gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst", "local"})) {
      ++e;
      if (is(e - 1, "local") && is(e, "time")) ++e;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", h, mnt);
    s->suffix = buf;
    return e;
  }

  // "every week", "each day", "daily", "every Monday", "twice a year"
  int set_expr(int i, Sem* s) {
    *s = Sem();
    s->kind = SemKind::kLiteral;
    s->type = "SET";
    static const std::pair<std::string_view, std::string_view> kAdverbs[] = {
        {"daily", "P1D"},    {"weekly", "P1W"},  {"monthly", "P1M"}, {"yearly", "P1Y"},
        {"annually", "P1Y"}, {"nightly", "TNI"}, {"hourly", "PT1H"}, {"biweekly", "P2W"}};
    for (const auto& [w, v] : kAdverbs)
      if (is(i, w)) {
        s->literal = v == "TNI" ? "XXXX-XX-XXTNI" : std::string(v);
        return i + 1;
      }
    if (any(i, {"once", "twice"}) || (i < n_ && w_[i].digits && is(i + 1, "times"))) {
      int k = any(i, {"once", "twice"}) ? i + 1 : i + 2;
      if (any(k, {"a", "per", "every", "each"})) {
        bool plural;
        char u = unit_word(at(k + 1), &plural);
        if (u && !plural) {
          s->literal = duration_value(1, u);
          return k + 2;
        }
      }
      return -1;
    }
    if (is(i, "per") || (is(i, "a") && (is(i - 1, "once") || is(i - 1, "twice")))) {
      bool plural;
      char u = unit_word(at(i + 1), &plural);
      if (!u || plural || u == 'S') return -1;
      s->literal = duration_value(1, u);
      return i + 2;
    }
    if (!any(i, {"every", "each"})) return -1;
    int k = i + 1;
    bool other = false;
    if (is(k, "other")) other = true, ++k;
    int wd = 0;
    if (weekday(k, &wd) > 0) {
      s->literal = "XXXX-WXX-" + std::to_string(wd);
      int e = weekday(k, &wd);
      std::string_view pod = part_of_day(at(e));
      if (!pod.empty()) s->literal += "T" + std::string(pod), ++e;
      return e;
    }
    std::string_view pod = part_of_day(at(k));
    if (!pod.empty()) {
      s->literal = "XXXX-XX-XXT" + std::string(pod);
      return k + 1;
    }
    int sm = 0;
    std::string_view code = season_code(at(k), &sm);
    if (!code.empty()) {
      s->literal = "XXXX-" + std::string(code);
      return k + 1;
    }
    double v = 1;
    int e = cardinal(k, &v);
    if (e < 0) e = k, v = 1;
    bool plural;
    char u = unit_word(at(e), &plural);
    if (!u) return -1;
    if (other) v *= 2;
    s->literal = duration_value(v, u);
    return e + 1;
  }

  static bool day_level(const Sem& s) {
    return (s.kind == SemKind::kCalendar && s.day > 0 && s.suffix.empty()) ||
           (s.kind == SemKind::kWeekday && s.suffix.empty());
  }

  // "May 8 1:00AM" and "9:34 p.m., March 19" are one expression; in
  // "December 6 at 9:15" and "11 a.m. on 11 November" each part is its own,
  // but the clock takes the date's day. Returns the follower to emit, if any.
  bool attach_clock(RawTimex* r, RawTimex* follower) {
    Sem& s = r->sem;
    Sem other;
    if (day_level(s)) {
      bool at = is(r->w1, "at");
      int k = at || is(r->w1, ",") ? r->w1 + 1 : r->w1;
      int e = clock(k, &other);
      if (e < 0) return false;
      Sem timed = s;
      timed.suffix = other.suffix;
      timed.type = "TIME";
      if (!at) {
        s = timed;
        r->w1 = e;
        return false;
      }
      follower->w0 = k, follower->w1 = e, follower->sem = timed;
      return true;
    }
    if (s.kind == SemKind::kRelative && s.type == "TIME" && s.offset == 0 && s.suffix[0] == 'T') {
      bool on = is(r->w1, "on");
      int k = is(r->w1, ",") || on ? r->w1 + 1 : r->w1;
      int e = calendar(k, &other);
      if (e < 0 || !day_level(other)) return false;
      Sem timed = other;
      timed.suffix = s.suffix;
      timed.type = "TIME";
      if (!on) {
        s = timed;
        r->w1 = e;
        if (any(e, {"est", "edt", "gmt", "utc", "cet", "pst"})) ++r->w1;
        return false;
      }
      follower->w0 = k, follower->w1 = e, follower->sem = other;
      s = timed;
      return true;
    }
    return false;
  }

  // "June 3-5": a second expression for the day after the dash.
  void range_tail(const RawTimex& first, std::vector<RawTimex>* out, int* end) const {
    const Sem& s = first.sem;
    int j = first.w1;
    if (s.kind != SemKind::kCalendar || s.day == 0 || !is(j, "-") || j + 1 >= n_) return;
    if (!w_[j + 1].digits || w_[j + 1].num < 1 || w_[j + 1].num > 31 || w_[j + 1].low.size() > 2)
      return;
    if (w_[j + 1].num <= s.day) return;
    int m;
    if (month(j + 2, &m) > 0) return;  // "13 September-15 October" is two full dates
    RawTimex second;
    second.w0 = j + 1;
    second.w1 = j + 2;
    second.sem = s;
    second.sem.day = w_[j + 1].num;
    second.sem.weekday = 0;
    int y;
    int k = is(j + 2, ",") ? j + 3 : j + 2;
    if (s.year == kNoYear && year(k, &y, false) > 0) {
      second.sem.year = y;
      second.w1 = year(k, &y, false);
      (*out).back().sem.year = y;
    }
    out->push_back(second);
    *end = second.w1;
  }

  const std::vector<Word>& w_;
  int n_;
  bool narrative_, bc_;
};

}  // namespace

std::vector<RawTimex> find_timexes(const std::vector<Word>& words, bool narrative,
                                   bool bc_context) {
  return Scanner(words, narrative, bc_context).run();
}

}  // namespace eventwire::time_internal
