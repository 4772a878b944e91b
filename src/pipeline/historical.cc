// Background history: asserted events that an article mentions in passing but
// dates long before the article (mark_historical, mark_dated_background).
#include "eventwire/pipeline.h"
#include "pipeline/dated_background.h"
#include "pipeline/sentence_words.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace eventwire {
namespace {

using Day = std::tuple<int, int, int>;

bool digits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  return std::all_of(s.begin() + static_cast<long>(from), s.begin() + static_cast<long>(from + n),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

int number(const std::string& s, size_t from, size_t n) {
  return std::stoi(s.substr(from, n));
}

// The last day a TIMEX3 calendar value covers: "2003" → 2003-12-31,
// "2003-05" → 2003-05-31 (31 is enough to compare), "2003-05-17" itself,
// "199X" → 1999-12-31. A century ("19") has none.
std::optional<Day> last_day(const std::string& value) {
  // A decade ("199X", "the 1990s"): its last year.
  if (value.size() == 4 && digits(value, 0, 3) && value[3] == 'X')
    return Day{number(value, 0, 3) * 10 + 9, 12, 31};
  if (!digits(value, 0, 4) || (value.size() > 4 && value[4] != '-')) return std::nullopt;
  const int year = number(value, 0, 4);
  if (!digits(value, 5, 2) || (value.size() > 7 && value[7] != '-')) return Day{year, 12, 31};
  const int month = number(value, 5, 2);
  if (!digits(value, 8, 2)) return Day{year, month, 31};
  return Day{year, month, number(value, 8, 2)};
}

// The time expression of the event's own clause ("time:T3"). A reported
// event dated by its statement ("quote:Q2") is left out: the statement's time
// is often a year the quote mentions, not when it was said.
const TimeExpression* dating_time(const Document& doc, const Event& e) {
  if (e.date_source.rfind("time:", 0) != 0) return nullptr;
  const std::string id = e.date_source.substr(5);
  auto t = std::find_if(doc.times.begin(), doc.times.end(),
                        [&](const TimeExpression& x) { return x.id == id; });
  return t == doc.times.end() ? nullptr : &*t;
}

// Only a year written out counts ("in 1993", "a 1986 ruling", "May 3, 2004"):
// a relative expression ("years ago", "last spring") rests on the article
// date and on our anchoring of it, and a vague one has no calendar value.
bool is_historical(const Document& doc, const Event& e, const Day& cutoff) {
  const TimeExpression* t = dating_time(doc, e);
  if (!t || t->type != "DATE") return false;
  auto end = last_day(t->value);
  if (!end) return false;
  const size_t written = t->value[3] == 'X' ? 3 : 4;  // "1990s" writes "199"
  if (t->text.find(t->value.substr(0, written)) == std::string::npos) return false;
  return *end < cutoff;
}

// One month before the article: a date of the previous month may lie within
// the story's week, so only dates ending before this are background.
std::optional<Day> month_before(const std::string& article_date) {
  if (!digits(article_date, 0, 4) || !digits(article_date, 5, 2) || !digits(article_date, 8, 2))
    return std::nullopt;
  int year = number(article_date, 0, 4), month = number(article_date, 5, 2) - 1;
  if (month == 0) month = 12, --year;
  return Day{year, month, number(article_date, 8, 2)};
}

// Verbs that recall a known fact ("noted that in 1972 he backed …"): what
// they report is background the speaker cites. (A parataxis is often the
// attribution itself hung under its quote, '"…," X said in 2012': only under
// a speech verb is it what is said.) Every other verb's
// complement (said, testified, confirmed, warned that …) is testimony, and
// what a speaker says of an earlier act may be the news ("said he met the
// envoy in 2012").
bool recalls_fact(std::string_view lemma) {
  static constexpr std::string_view kRecall[] = {"note", "recall", "recount", "remember",
                                                 "mention"};
  return std::find(std::begin(kRecall), std::end(kRecall), lemma) != std::end(kRecall);
}

// A "since" clause opens the span of what its governor tells ("has fought
// since seizing the port"): it dates a state that lasts into the story.
bool opens_span(const Sentence& s, int clause) {
  return std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) {
    return t.head == clause + 1 && (t.deprel == "mark" || t.deprel == "case") && t.lemma == "since";
  });
}

// The path from the event's word to the root crosses no clause that embeds
// it: a relative or "since" clause, a clausal subject, or what a verb other
// than one of recall reports.
bool told_by_story(const Sentence& s, int word) {
  for (int at = word, steps = 0; at >= 0 && steps < 12; ++steps) {
    const Token& t = s.tokens[static_cast<size_t>(at)];
    const int head = t.head - 1;
    if (head < 0 || static_cast<size_t>(head) >= s.tokens.size()) return true;
    const std::string_view rel = t.deprel;
    if ((rel.substr(0, 5) == "advcl" && opens_span(s, at)) || rel.substr(0, 3) == "acl" ||
        rel.substr(0, 5) == "csubj")
      return false;
    const std::string& governor = s.tokens[static_cast<size_t>(head)].lemma;
    if ((rel == "ccomp" && !recalls_fact(governor)) ||
        (rel == "parataxis" && speech_verb(governor)))
      return false;
    at = head;
  }
  return false;
}

}  // namespace

void mark_historical(Document& doc) {
  const std::string& date = doc.article.date;
  if (!digits(date, 0, 4) || !digits(date, 5, 2) || !digits(date, 8, 2)) return;
  // More than one year before the article: last year's events are still news.
  const Day cutoff{number(date, 0, 4) - 1, number(date, 5, 2), number(date, 8, 2)};
  for (Event& e : doc.events)
    if (e.modality == "asserted" && is_historical(doc, e, cutoff)) e.modality = "historical";
}

void mark_dated_background(Document& doc) {
  const auto before = month_before(doc.article.date);
  if (!before) return;
  for (Event& e : doc.events) {
    if (e.modality != "asserted" || e.date_source.rfind("time:", 0) != 0 || e.sentence < 0 ||
        static_cast<size_t>(e.sentence) >= doc.sentences.size())
      continue;
    const auto end = last_day(e.date);
    if (!end || !(*end < *before)) continue;
    const Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
    const int word = token_at(s, e.start);
    if (word >= 0 && told_by_story(s, word)) e.modality = "historical";
  }
}

}  // namespace eventwire
