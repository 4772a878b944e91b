#include "pipeline/standing_present.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/sentence_words.h"

namespace eventwire {
namespace {

// The word has the form of its present tag: the bare lemma for VBP, an
// "-s" for VBZ ("who shot" tagged VBP is a past the tagger missed).
bool present_form(const Token& t) {
  std::string form = t.text;
  for (char& c : form) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (t.xpos == "VBP") return form == t.lemma;
  return t.xpos == "VBZ" && !form.empty() && form.back() == 's';
}

// A verb in the simple present with no auxiliary and no clausal complement
// ("charges that …" reports a statement whatever its verb).
bool simple_present_act(const Sentence& s, int verb) {
  const Token& t = s.tokens[static_cast<size_t>(verb)];
  if (!present_form(t) || speech_verb(t.lemma)) return false;
  for (const Token& c : s.tokens) {
    if (c.head != verb + 1) continue;
    const std::string_view rel = c.deprel;
    if (rel.substr(0, 3) == "aux" || rel == "ccomp") return false;
  }
  return true;
}

// What a saying reports ("said he hopes the day sends a message") is the
// speaker's present, not a standing position the story recalls.
bool reported_by_saying(const Sentence& s, int verb) {
  for (int at = verb, steps = 0; at >= 0 && steps < 8; ++steps) {
    const Token& t = s.tokens[static_cast<size_t>(at)];
    const int head = t.head - 1;
    if (head < 0 || static_cast<size_t>(head) >= s.tokens.size()) return false;
    if ((t.deprel == "ccomp" || t.deprel == "parataxis") &&
        speech_verb(s.tokens[static_cast<size_t>(head)].lemma))
      return true;
    at = head;
  }
  return false;
}

// A body often opens with its headline or a deck under the title, in the
// present by custom: a short first paragraph before the others (its
// abbreviations may split it into sentences: "N. Korea").
bool opens_with_headline(const Document& doc) {
  constexpr size_t kLongestHeadline = 16;
  size_t tokens = 0;
  bool more = false;
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph == 0) tokens += s.tokens.size();
    more = more || s.paragraph > 0;
  }
  return more && tokens <= kLongestHeadline;
}

// Adverbs of habit, duration or an earlier time that make a perfect a
// record ("has long called for", "has repeatedly said", "has previously").
constexpr std::array<std::string_view, 13> kRecordAdverbs = {
    "long",        "repeatedly",   "often",        "frequently", "always",
    "previously",  "consistently", "routinely",    "regularly",  "constantly",
    "continually", "habitually",   "traditionally"};
// Words that place a sentence in the story's week ("has said today",
// "over the past few days", "now that he has endorsed"; a "since" is read
// apart, on the verb only: "since_span").
constexpr std::array<std::string_view, 17> kWeekWords = {
    "now",       "today",    "tonight",  "yesterday", "week",   "weekend",
    "day",       "hour",     "recently", "lately",    "monday", "tuesday",
    "wednesday", "thursday", "friday",   "saturday",  "sunday"};

std::string lower_case(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

bool among_words(std::string_view word, const auto& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "has imposed", "have been targeted": a participle whose auxiliary is a
// present "has / have" and no modal ("will have", "may have").
bool present_perfect(const Sentence& s, int verb) {
  if (s.tokens[static_cast<size_t>(verb)].xpos != "VBN") return false;
  bool have = false;
  for (const Token& c : s.tokens) {
    if (c.head != verb + 1 || std::string_view(c.deprel).substr(0, 3) != "aux") continue;
    if (c.xpos == "MD" || c.xpos == "TO") return false;
    if (c.lemma == "have") have = have || c.xpos == "VBZ" || c.xpos == "VBP";
  }
  return have;
}

// The tokens that hang on `verb` without passing another clause.
std::vector<int> own_phrase(const Sentence& s, int verb) {
  std::vector<int> out;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    int at = static_cast<int>(i);
    for (int steps = 0; at >= 0 && at != verb && steps < 12; ++steps) {
      const std::string_view rel = s.tokens[static_cast<size_t>(at)].deprel;
      if (rel == "ccomp" || rel == "conj" || rel == "parataxis" || rel.substr(0, 5) == "advcl" ||
          rel.substr(0, 3) == "acl" || rel == "xcomp")
        break;
      at = s.tokens[static_cast<size_t>(at)].head - 1;
    }
    if (at == verb && static_cast<int>(i) != verb) out.push_back(static_cast<int>(i));
  }
  return out;
}

// A span or a repetition on the verb: "for years", "time and again", "over
// and over".
bool repeat_phrase(const Sentence& s, const std::vector<int>& phrase) {
  for (int i : phrase) {
    const std::string word = lower_case(s.tokens[static_cast<size_t>(i)].text);
    if (word == "years" || word == "decades" || word == "months")
      for (const Token& c : s.tokens)
        if (c.head == i + 1 && lower_case(c.text) == "for") return true;
    const size_t next = static_cast<size_t>(i) + 2;
    if ((word == "time" || word == "over" || word == "again") && next < s.tokens.size() &&
        lower_case(s.tokens[next - 1].text) == "and" &&
        (lower_case(s.tokens[next].text) == "again" || lower_case(s.tokens[next].text) == "over"))
      return true;
  }
  return false;
}

// An adverb of habit, duration or an earlier time on the verb
// ("repeatedly", "long", "previously"), or a span or repetition.
bool record_adverb(const Sentence& s, const std::vector<int>& phrase) {
  for (int i : phrase) {
    const Token& t = s.tokens[static_cast<size_t>(i)];
    if (t.deprel == "advmod" && among_words(lower_case(t.text), kRecordAdverbs)) return true;
  }
  return repeat_phrase(s, phrase);
}

// A verb in the simple past with no auxiliary ("said it over and over").
bool simple_past(const Sentence& s, int verb) {
  if (s.tokens[static_cast<size_t>(verb)].xpos != "VBD") return false;
  for (const Token& c : s.tokens)
    if (c.head == verb + 1 && std::string_view(c.deprel).substr(0, 3) == "aux") return false;
  return true;
}

bool week_word_in(const Sentence& s) {
  for (const Token& t : s.tokens)
    if (among_words(lower_case(t.lemma), kWeekWords)) return true;
  return false;
}

// A verb of saying with what it says ("has said it will", "have told
// reporters: …") reports a statement; "has acknowledged the reality of …"
// or "have urged Congress to …" with no such clause states a stance.
bool reports_content(const Sentence& s, int verb) {
  if (!speech_verb(s.tokens[static_cast<size_t>(verb)].lemma)) return false;
  for (const Token& c : s.tokens)
    if (c.head == verb + 1 && (c.deprel == "ccomp" || c.deprel == "parataxis")) return true;
  return false;
}

// A span opened by "since" on the verb lasts into the story ("has fought
// three wars since seizing power", "has risen since Monday").
bool since_span(const Sentence& s, int verb) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string_view rel = s.tokens[i].deprel;
    if (s.tokens[i].head != verb + 1 || (rel.substr(0, 3) != "obl" && rel.substr(0, 5) != "advcl"))
      continue;
    for (const Token& c : s.tokens)
      if (c.head == static_cast<int>(i) + 1 && lower_case(c.text) == "since") return true;
  }
  return false;
}

// A relative or adverbial clause, or a conjunct of one ("who have taken to
// the streets and called for …").
bool in_modifier_clause(const Sentence& s, int verb) {
  const Token& t = s.tokens[static_cast<size_t>(verb)];
  std::string_view rel = t.deprel;
  if (rel == "conj" && t.head > 0) rel = s.tokens[static_cast<size_t>(t.head - 1)].deprel;
  return rel.substr(0, 3) == "acl" || rel.substr(0, 5) == "advcl";
}

}  // namespace

bool reported_in_past(const Document& doc) {
  int past = 0, present = 0;
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph < 0) continue;  // the headline is in the present by custom
    for (const Token& t : s.tokens) {
      if (t.lemma != "say" || t.upos != "VERB") continue;
      if (t.xpos == "VBD") ++past;
      if (t.xpos == "VBZ" || t.xpos == "VBP") ++present;
    }
  }
  // No saying at all (a one-paragraph report, an opinion piece) tells no
  // reporting tense.
  return past >= 2 && past > present;
}

void mark_standing_present(Document& doc) {
  if (!reported_in_past(doc)) return;
  const bool headline_first = opens_with_headline(doc);
  for (Event& e : doc.events) {
    if (e.modality != "asserted" || e.date_source != "article" || e.sentence < 0 ||
        static_cast<size_t>(e.sentence) >= doc.sentences.size())
      continue;
    const Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
    if (s.paragraph < 0 || (headline_first && s.paragraph == 0)) continue;
    const int verb = token_at(s, e.start);
    if (verb >= 0 && simple_present_act(s, verb) && !reported_by_saying(s, verb))
      e.modality = "generic";
  }
}

void mark_standing_perfect(Document& doc) {
  const int first_recalling = opens_with_headline(doc) ? 3 : 2;
  for (Event& e : doc.events) {
    if (e.modality != "asserted" || e.sentence < 0 ||
        static_cast<size_t>(e.sentence) >= doc.sentences.size())
      continue;
    const Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
    const int verb = token_at(s, e.start);
    if (verb < 0) continue;
    // A past told as a repetition or a span is a habit of those years
    // ("said it over and over", "opposed it for decades"); a single adverb
    // ("repeatedly blamed") leaves the past acts of the news.
    const bool past = simple_past(s, verb), perfect = present_perfect(s, verb);
    if (!past && !perfect) continue;
    const std::vector<int> phrase = own_phrase(s, verb);  // the verb's own words, once
    if (past && repeat_phrase(s, phrase)) e.modality = "generic";
    if (!perfect) continue;
    const bool recalled = s.paragraph >= first_recalling && e.date_source == "article" &&
                          !reports_content(s, verb) && !week_word_in(s) && !since_span(s, verb) &&
                          !reported_by_saying(s, verb) && !in_modifier_clause(s, verb);
    if (recalled || record_adverb(s, phrase)) e.modality = "generic";
  }
}

}  // namespace eventwire
