// Transcript turns: "BRENNICK: We will not …" paragraphs of interviews and
// broadcasts, each the named speaker's direct speech.

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "internal.h"

namespace eventwire::quotes_internal {

bool editorial_label(const std::string& w) {
  static const std::unordered_set<std::string> labels = {
      "update",        "updated",   "updates", "note",       "clarification", "correction",
      "warning",       "watch",     "read",    "source",     "sources",       "photo",
      "photos",        "video",     "speech",  "transcript", "breaking",      "exclusive",
      "related",       "caption",   "credit",  "disclaimer", "editor",        "editors",
      "spoiler",       "analysis",  "opinion", "live",       "more",          "also",
      "advertisement", "subscribe", "listen",  "see",        "via",           "ps",
      "p.s.",          "fact",      "check",   "summary",    "background",    "context"};
  return labels.count(w) > 0;
}

namespace {

bool all_caps_word(const Token& t) {
  int letters = 0;
  for (unsigned char c : t.text) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) {
      ++letters;
    } else if (c != '.' && c != '\'' && c != '-' && c < 0x80) {
      return false;
    } else if (c >= 0x80) {
      return false;  // curly apostrophes and other marks: not part of a label word
    }
  }
  return letters > 0;
}

// The speaker label of a paragraph's first sentence: tokens [first, colon),
// or none. One to three words (a title before them allowed), all capitals;
// a one-letter label only "Q" or "A".
TokRange turn_label(const Sentence& s, int& colon) {
  const auto& toks = s.tokens;
  int i = 0;
  if (i < static_cast<int>(toks.size()) && is_quote_mark(toks[i].text)) ++i;
  int first = i, words = 0;
  std::string last;
  for (; i < static_cast<int>(toks.size()) && toks[i].text != ":"; ++i) {
    const Token& t = toks[i];
    if (t.text == "." || t.text == "'s" || t.text == "\u2019s" || t.text == "'S") continue;
    if (!all_caps_word(t)) return {};
    if (++words > 4) return {};
    last = lower(t.text);
    if (editorial_label(last)) return {};
  }
  if (words == 0 || i + 1 >= static_cast<int>(toks.size())) return {};
  if (words == 1 && last.size() == 1 && last != "q" && last != "a") return {};
  // Four words only with a title: "SEN. DANA LEE BRENNICK" is at most one too many.
  if (words == 4 && !(i - first > 4 && toks[first + 1].text == ".")) return {};
  colon = i;
  return {first, i};
}

// The person entity whose name ends with the label's last word, the most
// mentioned one when several; "" when none.
std::string surname_entity(const Document& doc, const std::string& surname) {
  const Entity* best = nullptr;
  for (const Entity& e : doc.entities) {
    if (e.type != "PER") continue;
    std::string name = lower(e.name);
    size_t sp = name.find_last_of(' ');
    std::string tail = sp == std::string::npos ? name : name.substr(sp + 1);
    if (tail != surname) continue;
    if (!best || e.mentions.size() > best->mentions.size()) best = &e;
  }
  return best ? best->id : "";
}

Mention span(const Document& doc, int s, int first, int last_s, int last) {
  const Sentence& a = doc.sentences[s];
  const Sentence& b = doc.sentences[last_s];
  Mention m;
  m.sentence = s;
  m.first_token = first;
  m.last_token = last;
  m.start = a.tokens[first].start;
  m.end = b.tokens[last - 1].end;
  uint32_t b0 = a.tokens[first].byte_start, b1 = b.tokens[last - 1].byte_end;
  m.text = doc.article.text.substr(b0, b1 - b0);
  return m;
}

// A turn found: its label, colon and paragraph's sentences [s, e].
struct TurnAt {
  int s = 0, e = 0, colon = 0;
  TokRange label;
};

int paragraph_end(const Document& doc, int s) {
  int e = s;
  while (e + 1 < static_cast<int>(doc.sentences.size()) &&
         doc.sentences[e + 1].paragraph == doc.sentences[s].paragraph)
    ++e;
  return e;
}

// "“But the truth is …": between one turn and the next, paragraphs that open
// with a quote mark (each paragraph of a quoted transcript reopens it)
// continue the turn; a stage direction "(CROSSTALK.)" ends it.
int continued_end(const Document& doc, const TurnAt& t, int next_turn) {
  int e = t.e;
  if (t.label.first == 0) return e;
  while (e + 1 < next_turn) {
    const auto& toks = doc.sentences[e + 1].tokens;
    if (toks.size() < 2 || !is_quote_mark(toks[0].text) || toks[1].text == "(") break;
    e = paragraph_end(doc, e + 1);
  }
  return e;
}

Quote turn_quote(const Document& doc, const TurnAt& t, int e) {
  const Sentence& sent = doc.sentences[t.s];
  int last = static_cast<int>(doc.sentences[e].tokens.size());
  // A paragraph opened by a mark keeps a closing mark out of the words.
  if (t.label.first > 0)
    while (last > 1 && is_quote_mark(doc.sentences[e].tokens[last - 1].text)) --last;
  Quote q;
  q.kind = "direct";
  q.content = span(doc, t.s, t.colon + 1, e, last);
  q.cue = span(doc, t.s, t.colon, t.s, t.colon + 1);
  q.speaker = span(doc, t.s, t.label.first, t.s, t.label.last);
  std::string surname;
  for (int k = t.label.last - 1; k >= t.label.first && surname.empty(); --k)
    if (sent.tokens[k].text != ".") surname = lower(sent.tokens[k].text);
  if (surname != "q" && surname != "a") q.speaker_entity = surname_entity(doc, surname);
  return q;
}

}  // namespace

std::vector<Quote> transcript_turns(const Document& doc) {
  std::vector<TurnAt> found;
  const int ns = static_cast<int>(doc.sentences.size());
  for (int s = 0; s < ns; ++s) {
    const Sentence& sent = doc.sentences[s];
    int p = sent.paragraph;
    if (p < 0 || sent.tokens.empty() || (s > 0 && doc.sentences[s - 1].paragraph == p)) continue;
    TurnAt t;
    t.s = s;
    t.label = turn_label(sent, t.colon);
    if (t.label.empty()) continue;
    t.e = paragraph_end(doc, s);
    // Words after the colon (a closing mark alone is none).
    int words = static_cast<int>(doc.sentences[t.e].tokens.size());
    if (t.e == s && words <= t.colon + 1 + (t.label.first > 0 ? 1 : 0)) continue;
    found.push_back(t);
  }
  std::vector<Quote> turns;
  // A transcript has turns: one labelled paragraph alone is a heading.
  if (found.size() < 2) return turns;
  for (size_t i = 0; i < found.size(); ++i) {
    int e = i + 1 < found.size() ? continued_end(doc, found[i], found[i + 1].s) : found[i].e;
    turns.push_back(turn_quote(doc, found[i], e));
  }
  return turns;
}

void add_transcript_turns(Document& doc) {
  std::vector<Quote> turns = transcript_turns(doc);
  if (turns.empty()) return;
  // A quote running across a turn's edge, the same words under the colon
  // cue, or marked words inside a turn with no cue of their own (a
  // paragraph reopening the transcript's marks) give way to the turn;
  // reports with their own cue inside a turn stay.
  auto drop = [&](const Quote& q) {
    for (const Quote& t : turns) {
      uint32_t a = q.content.start, b = q.content.end;
      bool meets = a < t.content.end && b > t.speaker->start;
      bool inside = a >= t.content.start && b <= t.content.end;
      if (meets && (!inside || a == t.content.start || q.cue.sentence < 0)) return true;
    }
    return false;
  };
  std::erase_if(doc.quotes, drop);
  for (Quote& t : turns) doc.quotes.push_back(std::move(t));
  std::stable_sort(doc.quotes.begin(), doc.quotes.end(), [](const Quote& a, const Quote& b) {
    return a.content.start < b.content.start;
  });
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    // Not "Q" + to_string: GCC 12 warns -Wrestrict (a false positive) when inlined.
    doc.quotes[i].id = std::to_string(i + 1);
    doc.quotes[i].id.insert(doc.quotes[i].id.begin(), 'Q');
  }
}

}  // namespace eventwire::quotes_internal
