#include "pipeline/date_links.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "eventwire/time.h"

namespace eventwire {
namespace {

std::string_view base(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int head_of(const Sentence& s, int token) {
  return s.tokens[static_cast<size_t>(token)].head - 1;
}

bool has_child(const Sentence& s, int token, std::string_view rel) {
  return std::any_of(s.tokens.begin(), s.tokens.end(),
                     [&](const Token& t) { return t.head - 1 == token && base(t.deprel) == rel; });
}

// A form that can share a past date: a past tense or a participle whose
// auxiliaries are all past ("had shelled", "was sunk"); not "has shelled",
// "will sink", "says".
bool past_form(const Sentence& s, int token) {
  const std::string& xpos = s.tokens[static_cast<size_t>(token)].xpos;
  if (xpos != "VBD" && xpos != "VBG" && xpos != "VBN") return false;
  for (const Token& t : s.tokens) {
    if (t.head - 1 != token || base(t.deprel) != "aux") continue;
    const std::string w = lower(t.text);
    if (w != "had" && w != "was" && w != "were" && w != "did" && w != "been" && w != "being" &&
        w != "to")
      return false;
  }
  return true;
}

// Any time expression that hangs on the token itself ("later", "now",
// "the next day"): the clause has a time of its own, dated or not.
bool own_time(const Document& doc, int sentence, int token) {
  const Sentence& s = doc.sentences[static_cast<size_t>(sentence)];
  for (const TimeExpression& t : doc.times) {
    if (t.sentence != sentence) continue;
    for (int k = t.first_token; k < t.last_token && k < static_cast<int>(s.tokens.size()); ++k) {
      const int h = head_of(s, k);
      if (h == token) return true;
      // "two years later": the unit hangs on the adverb that hangs on the verb.
      if (h >= 0 && h < static_cast<int>(s.tokens.size()) && head_of(s, h) == token &&
          (h < t.first_token || h >= t.last_token) &&
          s.tokens[static_cast<size_t>(h)].upos == "ADV")
        return true;
    }
  }
  return false;
}

// Subordinators of a clause that happens with its governor ("when", "as");
// "after", "before", "since", "until" put it at another time.
constexpr std::array<std::string_view, 3> kSameTimeMarks = {"when", "while", "as"};

bool same_time_clause(const Sentence& s, int clause) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.head - 1 != clause || static_cast<int>(i) > clause) continue;
    const std::string word = lower(t.text);
    // "when" is parsed as a mark or as an adverb of the clause.
    if (base(t.deprel) == "mark" || (base(t.deprel) == "advmod" && word == "when"))
      return std::find(kSameTimeMarks.begin(), kSameTimeMarks.end(), word) != kSameTimeMarks.end();
  }
  // No subordinator: a participle ("Campaigning in 2008, she ...").
  return s.tokens[static_cast<size_t>(clause)].xpos == "VBG" && !has_child(s, clause, "nsubj");
}

// The clause link along which `token` shares its governor's time.
bool shares_time(const Sentence& s, int token) {
  const Token& t = s.tokens[static_cast<size_t>(token)];
  const std::string_view rel = base(t.deprel);
  if (!past_form(s, token)) return false;
  if (rel == "xcomp") return true;
  // A conjunct with its own subject is another act: only one in the past tense.
  if (rel == "conj") return t.xpos == "VBD" || !has_child(s, token, "nsubj");
  // "..., killing two": a participle with no subject or subordinator.
  if (rel == "advcl")
    return t.xpos == "VBG" && !has_child(s, token, "nsubj") && !has_child(s, token, "mark");
  return false;
}

}  // namespace

std::vector<int> dating_links(const Document& doc, int sentence, int verb) {
  std::vector<int> links;
  if (sentence < 0 || sentence >= static_cast<int>(doc.sentences.size())) return links;
  const Sentence& s = doc.sentences[static_cast<size_t>(sentence)];
  const int n = static_cast<int>(s.tokens.size());
  if (verb < 0 || verb >= n || own_time(doc, sentence, verb)) return links;
  int cur = verb;
  for (int step = 0; step < 4 && shares_time(s, cur); ++step) {
    const int up = head_of(s, cur);
    if (up < 0 || up >= n) break;
    // Only a time on the governor itself, not one deep in its object ("backed
    // the 2011 raid"); dated or not, that time is the one.
    if (own_time(doc, sentence, up)) return {up};
    cur = up;
  }
  // A fronted clause of the same time dates the main clause it opens.
  const int main = cur;
  if (!past_form(s, main)) return links;
  for (int k = 0; k < main; ++k)
    if (head_of(s, k) == main && base(s.tokens[static_cast<size_t>(k)].deprel) == "advcl" &&
        same_time_clause(s, k) && own_time(doc, sentence, k))
      links.push_back(k);
  return links;
}

}  // namespace eventwire

namespace eventwire {
namespace {

// Months from a calendar value ("2016-07", "2016-07-14", "2015") to the
// article date; nullopt when either has no calendar year.
std::optional<int> months_before(const std::string& value, const std::string& article) {
  auto month_index = [](const std::string& v, bool year_end) -> std::optional<int> {
    if (v.size() < 4 || !std::all_of(v.begin(), v.begin() + 4, [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        }))
      return std::nullopt;
    const int year = std::stoi(v.substr(0, 4));
    if (v.size() >= 7 && v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[5])) &&
        std::isdigit(static_cast<unsigned char>(v[6])))
      return year * 12 + std::stoi(v.substr(5, 2)) - 1;
    if (v.size() > 4 && v[4] != '-') return std::nullopt;
    return year * 12 + (year_end ? 11 : 0);  // a year: its last month
  };
  auto from = month_index(value, true), to = month_index(article, false);
  if (!from || !to) return std::nullopt;
  return *to - *from;
}

// A time inside what someone says ("noted that in 2003 he …"): the saying is
// of its own time, so the time sets no frame for the story.
bool reported_time(const Sentence& s, const TimeExpression& t) {
  int cur = t.first_token;
  for (int step = 0; step < 32 && cur >= 0 && cur < static_cast<int>(s.tokens.size()); ++step) {
    const std::string_view rel = base(s.tokens[static_cast<size_t>(cur)].deprel);
    if (rel == "ccomp" || rel == "parataxis") return true;
    cur = head_of(s, cur);
  }
  return false;
}

bool in_quote_content(const Document& doc, uint32_t offset) {
  return std::any_of(doc.quotes.begin(), doc.quotes.end(), [&](const Quote& q) {
    return offset >= q.content.start && offset < q.content.end;
  });
}

// The root of a sentence: a past form carries the story's past on.
int root_of(const Sentence& s) {
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].head == 0) return static_cast<int>(i);
  return -1;
}

}  // namespace

void carry_story_dates(Document& doc) {
  // The story's past frame: a time of two or more months back met in the
  // paragraph, carried by the sentences after it that tell on in the past.
  std::optional<std::pair<std::string, std::string>> frame;
  int paragraph = -2;
  std::vector<std::optional<std::pair<std::string, std::string>>> frames(doc.sentences.size());
  std::vector<std::vector<const TimeExpression*>> times(doc.sentences.size());
  for (const TimeExpression& t : doc.times)
    if (t.sentence >= 0 && t.sentence < static_cast<int>(times.size()) && t.type != "DURATION" &&
        t.type != "SET")
      times[static_cast<size_t>(t.sentence)].push_back(&t);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (s.paragraph != paragraph) frame.reset(), paragraph = s.paragraph;
    bool timed = false;
    std::optional<std::pair<std::string, std::string>> old;
    // Only a time that dates the sentence's own act sets the frame: one in a
    // relative clause ("rebels, who seized the town in July, attacked …")
    // dates that clause alone.
    const int root = root_of(s);
    // A sentence of quoted speech tells what someone says, not the story:
    // its times set no frame, and the attribution after it is of its own time.
    if (root >= 0 && in_quote_content(doc, s.tokens[static_cast<size_t>(root)].start)) {
      frame.reset();
      continue;
    }
    const auto root_time =
        root >= 0 ? time_for_token(doc, static_cast<int>(i), root) : std::nullopt;
    for (const TimeExpression* t : times[i]) {
      timed = true;
      auto back = months_before(t->value, doc.article.date);
      const bool dates_root = root_time && &doc.times[*root_time] == t;
      if (back && *back >= 2 && t->type == "DATE" && dates_root && !reported_time(s, *t))
        old = std::make_pair(t->value, "time:" + t->id);
      else {
        old.reset();
        break;  // a time of the news period: the story is back in it
      }
    }
    if (timed) {
      frame = old;
      continue;
    }
    if (root < 0 || !past_form(s, root)) {
      frame.reset();
      continue;
    }
    frames[i] = frame;
  }
  for (Event& e : doc.events) {
    if (e.date_source != "article" || e.sentence < 0 ||
        e.sentence >= static_cast<int>(doc.sentences.size()) || !frames[e.sentence])
      continue;
    const bool quoted = std::any_of(doc.quotes.begin(), doc.quotes.end(), [&](const Quote& q) {
      return e.start >= q.content.start && e.end <= q.content.end;
    });
    if (quoted) continue;
    const Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
    for (size_t k = 0; k < s.tokens.size(); ++k)
      if (s.tokens[k].start == e.start && past_form(s, static_cast<int>(k))) {
        std::tie(e.date, e.date_source) = *frames[e.sentence];
        break;
      }
  }
}

}  // namespace eventwire
