// TimeTagger: runs the rules over each sentence, picks the anchor and the
// tense direction, and writes Document::times.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>  // std::abs

#include "eventwire/time.h"
#include "time/calendar.h"
#include "time/lexicon.h"
#include "time/resolve.h"
#include "time/rules.h"

namespace eventwire {

using time_internal::CivilDate;
using time_internal::RawTimex;
using time_internal::SemKind;

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool parsed(const Sentence& s) {
  return !s.tokens.empty() &&
         std::all_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) { return t.head >= 0; });
}

bool is_verbal(const Token& t) {
  return t.upos == "VERB" || t.upos == "AUX" || t.xpos.rfind("VB", 0) == 0 || t.xpos == "MD";
}

// The token of [first, last) whose head lies outside the range.
int span_head(const Sentence& s, int first, int last) {
  for (int i = first; i < last && i < static_cast<int>(s.tokens.size()); ++i) {
    int h = s.tokens[i].head - 1;
    if (h < first || h >= last) return i;
  }
  return first;
}

// The verb a token hangs from: climb heads until a verbal token.
int governing_verb(const Sentence& s, int tok) {
  int cur = tok;
  for (int step = 0; step < 8 && cur >= 0 && cur < static_cast<int>(s.tokens.size()); ++step) {
    if (step > 0 && is_verbal(s.tokens[cur])) return cur;
    int h = s.tokens[cur].head;
    if (h <= 0) return step > 0 ? cur : -1;
    cur = h - 1;
  }
  return -1;
}

int tense_of_word(std::string_view w) {
  if (w == "will" || w == "'ll" || w == "shall" || w == "wo" || w == "gonna") return 1;
  if (time_internal::irregular_past(w)) return -1;
  static const std::string_view kNotPast[] = {
      "need",    "feed",   "speed",   "red",   "bed",  "seed", "indeed", "hundred", "united",
      "proceed", "exceed", "succeed", "breed", "shed", "bred", "creed",  "greed",   "weed"};
  if (w.size() > 3 && w.substr(w.size() - 2) == "ed") {
    for (std::string_view n : kNotPast)
      if (w == n) return 0;
    return -1;
  }
  return 0;
}

// Tense from the dependency tree: the governing verb and its auxiliaries.
int parsed_tense(const Sentence& s, int first, int last) {
  int v = governing_verb(s, span_head(s, first, last));
  if (v < 0) return 0;
  int aux_dir = 0;
  bool perfect = false;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.head != v + 1 || t.deprel.rfind("aux", 0) != 0) continue;
    std::string w = lower(t.text);
    if (w == "will" || w == "'ll" || w == "shall" || w == "wo" || w == "going")
      aux_dir = 1;
    else if (w == "has" || w == "have")
      perfect = true;
    else if (t.feats.find("Tense=Past") != std::string::npos || w == "had" || w == "did" ||
             w == "was" || w == "were")
      aux_dir = aux_dir == 0 ? -1 : aux_dir;
    else if ((w == "is" || w == "are" || w == "am") && s.tokens[v].xpos == "VBG")
      aux_dir = 1;  // "are meeting on Thursday"
  }
  if (aux_dir != 0) return aux_dir;
  const Token& vt = s.tokens[v];
  if (lower(vt.text) == "will") return 1;
  if (vt.feats.find("Tense=Past") != std::string::npos || vt.xpos == "VBD") return -1;
  if (vt.xpos == "VBN" && perfect) return -1;
  return 0;
}

// Tense from cue words near the expression, nearest first.
int window_tense(const std::vector<std::string>& words, int w0, int w1) {
  const int kWindow = 10;
  for (int d = 1; d <= kWindow; ++d) {
    for (int idx : {w0 - d, w1 - 1 + d}) {
      if (idx < 0 || idx >= static_cast<int>(words.size())) continue;
      const std::string& w = words[idx];
      if (w == ";") continue;
      if (w == "going" && idx + 1 < static_cast<int>(words.size()) && words[idx + 1] == "to")
        return 1;
      int t = tense_of_word(w);
      // "will be held", "to be signed": a participle after "be" is no past.
      if (t < 0 && idx > 0 && (words[idx - 1] == "be" || words[idx - 1] == "being")) t = 0;
      if (t != 0) return t;
    }
  }
  return 0;
}

struct ByteToCp {
  std::vector<uint32_t> cp;
  explicit ByteToCp(std::string_view text) : cp(text.size() + 1) {
    uint32_t n = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      cp[i] = n;
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    }
    cp[text.size()] = n;
    // Continuation bytes map to the code point they belong to.
    for (size_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) cp[i] = cp[i] - 1;
  }
};

bool is_explicit_anchor(const RawTimex& r, const std::string& value) {
  if (value.empty() || value[0] == 'X' || value[0] == 'P') return false;
  if (r.sem.kind == SemKind::kLiteral || r.sem.kind == SemKind::kRelative) return false;
  return time_internal::parse_iso_prefix(value).has_value();
}

}  // namespace

Result<std::shared_ptr<const TimeTagger>> TimeTagger::create() {
  return std::shared_ptr<const TimeTagger>(new TimeTagger());
}

void TimeTagger::annotate(Document& doc, const TimeOptions& options) const {
  doc.times.clear();
  const std::string& date =
      options.reference_date.empty() ? doc.article.date : options.reference_date;
  std::optional<CivilDate> dct;
  if (!date.empty()) {
    dct = time_internal::parse_iso_prefix(date);
    if (!dct || dct->day == 0) {
      doc.warnings.push_back("time: document date \"" + date +
                             "\" is not YYYY-MM-DD; relative times left open");
      if (dct && dct->month == 0) dct.reset();
    }
  }
  const bool narrative = options.anchor == Anchor::kNarrative;
  std::optional<CivilDate> last_explicit = narrative ? dct : std::nullopt;
  bool anchor_from_text = false;
  const std::string& text = doc.article.text;
  ByteToCp to_cp(text);
  std::vector<std::string> lows;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sent = doc.sentences[si];
    if (sent.byte_end <= sent.byte_start || sent.byte_end > text.size()) continue;
    std::string_view stext(text.data() + sent.byte_start, sent.byte_end - sent.byte_start);
    std::vector<time_internal::Word> words = time_internal::split_words(stext, sent.byte_start);
    bool bc = last_explicit && last_explicit->year < 0;
    std::vector<RawTimex> raws = time_internal::find_timexes(words, narrative, bc);
    if (raws.empty()) continue;
    lows.clear();
    for (const auto& w : words) lows.push_back(w.low);
    const bool tree = parsed(sent);
    for (const RawTimex& r : raws) {
      uint32_t b0 = words[r.w0].b0, b1 = words[r.w1 - 1].b1;
      TimeExpression t;
      t.start = to_cp.cp[b0];
      t.end = to_cp.cp[b1];
      t.text = text.substr(b0, b1 - b0);
      t.sentence = static_cast<int>(si);
      t.first_token = 0;
      t.last_token = 0;
      const auto& toks = sent.tokens;
      int first = -1, last = -1;
      for (int k = 0; k < static_cast<int>(toks.size()); ++k) {
        if (toks[k].byte_end > b0 && toks[k].byte_start < b1) {
          if (first < 0) first = k;
          last = k + 1;
        }
      }
      if (first >= 0) t.first_token = first, t.last_token = last;
      int tense = 0;
      bool needs_tense =
          !narrative && (r.sem.kind == SemKind::kWeekday || (r.sem.kind == SemKind::kCalendar &&
                                                             r.sem.year == time_internal::kNoYear));
      if (needs_tense) {
        if (tree && first >= 0) tense = parsed_tense(sent, first, last);
        if (tense == 0) tense = window_tense(lows, r.w0, r.w1);
      }
      // Deictic expressions ("this year", "yesterday") speak from the writer's
      // date even in narrative text; anaphoric ones from the story's last date.
      bool deictic = r.sem.writer_year && dct;
      const std::optional<CivilDate>& anchor =
          (narrative && !deictic) || (r.sem.anaphoric && last_explicit) ? last_explicit : dct;
      t.value = time_internal::resolve_value(r.sem, anchor, tense, narrative);
      t.type = r.sem.type;
      if (t.type == "DATE" && t.value.find('T') != std::string::npos && t.value.find("T") > 3 &&
          r.sem.kind != SemKind::kLiteral)
        t.type = "TIME";
      if (is_explicit_anchor(r, t.value)) {
        CivilDate d = *time_internal::parse_iso_prefix(t.value);
        bool coarser = last_explicit && last_explicit->year == d.year &&
                       ((d.month == 0 && last_explicit->month != 0) ||
                        (d.month == last_explicit->month && d.day == 0 && last_explicit->day != 0));
        // A lone far-off year ("as in 1812") is a digression, not a new time frame.
        const int kJump = 50;  // years
        bool digression = narrative && anchor_from_text && d.month == 0 && last_explicit &&
                          std::abs(d.year - last_explicit->year) > kJump;
        if (!coarser && !digression) last_explicit = d, anchor_from_text = true;
      }
      char id[24];  // snprintf: GCC 12 warns falsely (-Wrestrict) on "T" + string
      std::snprintf(id, sizeof id, "T%zu", doc.times.size() + 1);
      t.id = id;
      doc.times.push_back(std::move(t));
    }
  }
}

// A lone day name ("Friday", "yesterday"): the parser often takes one right
// after a verb for its subject or object ("said Friday that ..."), yet it
// still dates that verb whatever its relation, unless it is a possessive
// ("Friday's vote" names the vote, not the saying).
bool lone_day_name(const Sentence& s, const TimeExpression& t) {
  if (t.last_token - t.first_token != 1) return false;
  const Token& tok = s.tokens[t.first_token];
  if (tok.deprel == "nmod:poss") return false;
  std::string w = lower(tok.text);
  bool abbreviation = false;
  return time_internal::weekday_number(w, &abbreviation) > 0 || w == "today" || w == "yesterday" ||
         w == "tomorrow" || w == "tonight";
}

namespace {

// "at Monday's debate", "during Tuesday's hearing": the day owns an occasion
// the act took place at, so it dates the act ("criticized Friday's vote"
// names the vote, an object, and does not).
bool occasion_of_day(const Sentence& s, int token) {
  const Token& day = s.tokens[static_cast<size_t>(token)];
  if (day.deprel != "nmod:poss" || day.head <= 0) return false;
  const int noun = day.head - 1;
  const std::string& rel = s.tokens[static_cast<size_t>(noun)].deprel;
  if (rel != "obl" && rel.rfind("obl:", 0) != 0) return false;
  for (const Token& t : s.tokens) {
    if (t.head - 1 != noun || t.deprel != "case") continue;
    const std::string w = lower(t.text);
    return w == "at" || w == "during" || w == "in" || w == "on";
  }
  return false;
}

}  // namespace

bool dating_relation(const std::string& rel) {
  return rel == "obl" || rel.rfind("obl:", 0) == 0 || rel == "nmod:tmod" || rel == "advmod" ||
         rel == "nmod" || rel == "compound";
}

// A noun event is done by its support verb ("made a condemnation on Friday"),
// so a time on that verb dates it too; -1 when the token is no such object.
int support_verb(const Sentence& s, int token) {
  const Token& t = s.tokens[token];
  if (is_verbal(t) || t.deprel != "obj" || t.head <= 0) return -1;
  return is_verbal(s.tokens[t.head - 1]) ? t.head - 1 : -1;
}

std::optional<size_t> time_for_token(const Document& doc, int sentence, int verb) {
  if (sentence < 0 || sentence >= static_cast<int>(doc.sentences.size())) return std::nullopt;
  const Sentence& s = doc.sentences[sentence];
  if (verb < 0 || verb >= static_cast<int>(s.tokens.size())) return std::nullopt;
  const bool tree = parsed(s);
  std::optional<size_t> best;
  int best_distance = 1 << 30;
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpression& t = doc.times[i];
    if (t.sentence != sentence || t.type == "DURATION" || t.type == "SET") continue;
    if (t.value.empty() ||
        !(std::isdigit(static_cast<unsigned char>(t.value[0])) || t.value.rfind("BC", 0) == 0))
      continue;  // PAST_REF and X-values date nothing
    // "since 2003", "by 2012" bound an event rather than date it.
    if (t.first_token > 0 && t.first_token <= static_cast<int>(s.tokens.size())) {
      std::string prev = lower(s.tokens[t.first_token - 1].text);
      if (prev == "since" || prev == "until" || prev == "till" || prev == "by" ||
          prev == "before" || prev == "after")
        continue;
    }
    int distance = t.first_token > verb ? t.first_token - verb : verb - t.last_token + 1;
    if (tree) {
      int head = span_head(s, t.first_token, t.last_token);
      if (!dating_relation(s.tokens[head].deprel) && !lone_day_name(s, t) &&
          !occasion_of_day(s, head))
        continue;
      int governor = governing_verb(s, head);
      if (governor != verb && (governor < 0 || governor != support_verb(s, verb))) continue;
    } else {
      int lo = std::min(verb, t.first_token), hi = std::max(verb, t.last_token);
      bool crosses = false;
      for (int k = lo; k < hi && k < static_cast<int>(s.tokens.size()); ++k)
        if (s.tokens[k].text == ";" || s.tokens[k].text == "\u2014") crosses = true;
      if (crosses || distance > 15) continue;
    }
    if (distance < best_distance) best = i, best_distance = distance;
  }
  return best;
}

}  // namespace eventwire
