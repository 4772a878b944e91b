#include "pipeline/standing_present.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace eventwire {
namespace {

// Verbs that report a statement: news reports them in the present too
// ("Mira says", "Rohan charges that …", "Vale urges calm").
constexpr std::array<std::string_view, 30> kSpeechVerbs = {
    "say",     "tell",    "ask",   "charge",  "note",     "claim",       "argue", "add",
    "write",   "insist",  "warn",  "urge",    "announce", "declare",     "state", "explain",
    "suggest", "contend", "tweet", "respond", "reply",    "acknowledge", "admit", "allege",
    "predict", "promise", "vow",   "pledge",  "report",   "call"};

bool says_statement(const Token& t) {
  return std::find(kSpeechVerbs.begin(), kSpeechVerbs.end(), t.lemma) != kSpeechVerbs.end();
}

int present_verb_at(const Sentence& s, uint32_t start) {
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].start == start) return static_cast<int>(i);
  return -1;
}

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
  if (!present_form(t) || says_statement(t)) return false;
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
        says_statement(s.tokens[static_cast<size_t>(head)]))
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
    const int verb = present_verb_at(s, e.start);
    if (verb >= 0 && simple_present_act(s, verb) && !reported_by_saying(s, verb))
      e.modality = "generic";
  }
}

}  // namespace eventwire
