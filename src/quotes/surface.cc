// Reporting frames without a parse: surface patterns around our hand-listed
// speech verbs ("X said (that) …", "…, X said", "…, said X", "according to X").
// Less accurate than the parse path; it keeps the stage useful when the
// syntax model is missing.
#include <algorithm>
#include <cctype>

#include "quotes/internal.h"

namespace eventwire::quotes_internal {
namespace {

bool capitalized(const Token& t) {
  return !t.text.empty() && std::isupper(static_cast<unsigned char>(t.text[0]));
}

// Lower-cased tokens of a sentence.
using Words = std::vector<std::string>;

bool frame_boundary(std::string_view w) {  // (a view: compared with literals per token)
  return w == ":" || w == ";" || w == "that" || w == "(" || w == ")" || w == "\u2014" || w == "--";
}

bool skip_left(const std::string& w) {  // words between a clause start and its subject
  static const std::unordered_set<std::string> k = {
      "but",      "and",    "so",      "while", "as",  "when", "because",
      "although", "though", "however", "also",  "yet", "then"};
  return k.count(w) > 0;
}

bool skip_right(const std::string& w) {  // words between a subject and its verb
  static const std::unordered_set<std::string> k = {
      "also",       "has",        "had",      "have",       "would", "will",    "did",
      "does",       "reportedly", "later",    "previously", "then",  "again",   "recently",
      "repeatedly", "once",       "not",      "never",      "had",   "could",   "may",
      "might",      "should",     "publicly", "privately",  "still", "further", "already",
      "often",      "first",      "just",     "is",         "was",   "were",    "are"};
  return k.count(w) > 0;
}

bool determiner(const std::string& w) {
  static const std::unordered_set<std::string> k = {"the",   "a",     "an",    "his",  "her",
                                                    "their", "its",   "our",   "my",   "this",
                                                    "that",  "these", "those", "your", "no"};
  return k.count(w) > 0;
}

// "according to X", "in the words of X": the lexicon's `according` phrases.
// Adds the frame of such a phrase at token i; false when none starts there.
bool according_frame(const Sentence& s, const Words& low, const CueLexicon& lex,
                     const std::vector<bool>& quoted, int i, std::vector<Frame>& frames,
                     int& left) {
  int n = static_cast<int>(s.tokens.size());
  auto w = [&](int k) -> const std::string& { return low[k]; };
  const std::string& form = w(i);
  int len = 0;
  const std::string* phrase_lemma = nullptr;
  for (size_t p : lex.according_phrases) {
    const std::vector<std::string>& words = lex.phrases[p].first;
    int m = static_cast<int>(words.size());
    if (m == 0 || i + m >= n || words[0] != form) continue;
    bool match = true;
    for (int k = 1; k < m && match; ++k) match = w(i + k) == words[k] && !quoted[i + k];
    if (match && m > len) len = m, phrase_lemma = &words[0];
  }
  if (len == 0 || !phrase_lemma) return false;
  Frame f;
  f.cue = {i, i + len};
  f.lemma.clear();
  for (int k = 0; k < len; ++k) {
    if (k) f.lemma += ' ';  // appended piecewise: GCC 12 warns falsely on "a" + b
    f.lemma += w(i + k);
  }
  f.cls = "according";
  int j = i + len;
  auto year_after_comma = [&](int k) {  // "a March 3, 2011 report"
    if (k + 1 >= n || w(k) != ",") return false;
    const std::string next = w(k + 1);
    return next.size() == 4 &&
           std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  // A hyphen inside a word ("AFL-CIO", "conservative-leaning") is no boundary.
  auto inner_hyphen = [&](int k) {
    return w(k) == "-" && k > 0 && k + 1 < n && s.tokens[k - 1].end == s.tokens[k].start &&
           s.tokens[k].end == s.tokens[k + 1].start;
  };
  while (j < n && j < i + 25 &&
         (!is_punct(s.tokens[j]) || year_after_comma(j) || inner_hyphen(j)) && !quoted[j])
    ++j;
  // No comma before the report ("According to Dorran the money was
  // returned …"): the source is the name right after the phrase.
  if (TokRange after_speaker = trim(s, {j, n}); i <= 1 && after_speaker.empty() && i + len < n) {
    int k = i + len;
    while (k < n && (capitalized(s.tokens[k]) || w(k) == "of") && !quoted[k]) ++k;
    if (k > i + len && k < n) j = k;
  }
  f.speaker = {i + len, j};
  // "according to X – a military spokesman – A": the dashes hold X's description.
  auto dash = [&](int k) { return w(k) == "\u2013" || w(k) == "\u2014" || w(k) == "--"; };
  if (j < n && dash(j)) {
    for (int k = j + 1; k < n && k < j + 15; ++k) {
      if (dash(k)) {
        j = k;
        break;
      }
    }
  }
  f.speaker_head = j - 1;
  bool mid = i > 1 && j + 2 < n && w(j) == ",";  // "X, according to Y, did Z"
  // "A did Z, according to Y, head of …": with a verb before the phrase,
  // what follows Y's comma describes Y and the report ends at the phrase.
  for (int k = 0; mid && k < i; ++k) {
    if (s.tokens[k].upos == "VERB" || s.tokens[k].upos == "AUX") mid = false;
  }
  // "… has learned that, according to X, A": the report is what follows.
  bool opens = i <= 1 || w(i - 1) == "that" || (i >= 2 && w(i - 1) == "," && w(i - 2) == "that");
  f.content = opens ? trim(s, {j, n}) : mid ? trim(s, {0, n}) : trim(s, {0, i});
  // "A, according to an analysis by X, a former aide …": the rest describes
  // the source and belongs to it.
  bool verb_after = false;  // "which, according to AFP, the UN have criticised"
  for (int k = j; k < n; ++k) verb_after |= s.tokens[k].upos == "VERB" || s.tokens[k].upos == "AUX";
  if (!opens && !mid && !verb_after && i > 1 && j < n && w(j) == ",")
    f.speaker = trim(s, {i + len, n});
  // "in the words of X, the prosecutor, “…”": the words are the quote after the phrase.
  if (f.lemma != "according to") {
    int q = j;
    while (q < n && !quoted[q]) ++q;
    if (q < n) f.content = trim(s, {q, n});
  }
  f.parenthetical = true;
  if (!f.speaker.empty()) frames.push_back(f);
  left = j;
  return true;
}

// "Flynn: “…”" and headline style "Trump: We will win": the colon at token i
// as the cue. False when it is none.
bool colon_frame(const Sentence& s, const Words& low, const CueLexicon& lex,
                 const std::vector<bool>& quoted, int i, std::vector<Frame>& frames) {
  int n = static_cast<int>(s.tokens.size());
  auto w = [&](int k) -> const std::string& { return low[k]; };
  bool names = true,
       person = s.tokens[0].head < 0;  // parsed: a name must be among them ("Correction:" is none)
  for (int k = 0; k < i; ++k) {
    names &= capitalized(s.tokens[k]) || is_punct(s.tokens[k]) || w(k) == "of";
    person |= s.tokens[k].upos == "PROPN";
    if (editorial_label(w(k))) return false;  // "UPDATE:", "EDITOR'S NOTE:"
  }
  names &= person;
  // "He said: “…”", "The Times reports: “…”": the verb is the cue, not the colon.
  bool verb_cue = false;
  for (int k = 0; k < i; ++k) {
    verb_cue |=
        lex.verb_forms.count(w(k)) != 0 && (s.tokens[k].upos.empty() || s.tokens[k].upos == "VERB");
  }
  if (verb_cue || !(quoted[i + 1] || (names && i <= 4))) return false;
  Frame f;
  f.cue = {i, i + 1};
  f.lemma = ":";
  f.cls = "speech";
  f.speaker = trim(s, {0, i});
  f.speaker_head = i - 1;
  f.content = trim(s, {i + 1, n});
  if (!f.speaker.empty() && !f.content.empty()) frames.push_back(f);
  return true;
}

// "“We deserve better.” ― Ana Ruiz": a dash at token i right after a closing
// quote mark, then a name (to the end of the sentence or the next quote), attributes the quote
// (the byline of pull quotes, epigraphs and reader responses). The dash is the
// cue. False when it is none.
bool dash_frame(const Sentence& s, const std::vector<bool>& quoted, int i,
                std::vector<Frame>& frames) {
  int n = static_cast<int>(s.tokens.size());
  const std::string_view form = s.tokens[i].text;
  bool dash = form == "\u2015" || form == "\u2014" || form == "\u2013" || form == "--";
  // At a sentence's start the quote ended the sentence before (the
  // extractor checks): the frame has no content of its own.
  if (!dash || (i > 0 && (!quoted[i - 1] || !is_quote_mark(s.tokens[i - 1].text)))) return false;
  // The name ends with the sentence or where the next quote opens (lines of
  // quotes and names can reach the segmenter as one sentence).
  int end = i + 1;
  while (end < n && !quoted[end]) ++end;
  while (end > i + 1 && is_punct(s.tokens[end - 1])) --end;
  bool parsed = s.tokens[0].head >= 0, person = !parsed;
  int words = 0;
  for (int k = i + 1; k < end; ++k) {
    const Token& t = s.tokens[k];
    if (t.text == "." || t.text == ",") continue;
    if (!capitalized(t) || quoted[k]) return false;
    person |= t.upos == "PROPN";
    ++words;
  }
  if (words == 0 || words > 5 || !person) return false;
  int first = i;
  while (first > 0 && quoted[first - 1]) --first;
  Frame f;
  f.cue = {i, i + 1};
  f.lemma = "\u2015";
  f.cls = "speech";
  f.speaker = trim(s, {i + 1, end});
  f.speaker_head = end - 1;
  if (i > 0) f.content = trim(s, {first, i});
  if (f.speaker.empty() || (i > 0 && f.content.empty())) return false;
  frames.push_back(f);
  return true;
}

// The subject before a cue verb at token i, its clause starting at `left`.
void subject_before_verb(const Sentence& s, const Words& low, int left, int i,
                         std::vector<Frame>& frames, Frame& f) {
  auto w = [&](int k) -> const std::string& { return low[k]; };
  int a = left, b = i;
  while (b > a && skip_right(w(b - 1))) --b;
  if (b < i && b > a) f.cue.first = b;  // "has said"
  while (a < b && (skip_left(w(a)) || is_punct(s.tokens[a]))) ++a;
  if (b > a) {
    bool appositive = w(b - 1) == ",";
    int end = appositive ? b - 1 : b;
    int commas_wanted = appositive ? 2 : 1, start = end;
    while (start > a && commas_wanted > 0) {
      if (w(start - 1) == ",") --commas_wanted;
      if (commas_wanted == 0) break;
      --start;
    }
    f.speaker = trim(s, {start, b});
    f.speaker_head = end - 1;
    if (f.speaker.last - f.speaker.first == 1 && w(f.speaker.first) == "who" &&
        f.speaker.first >= 2 && w(f.speaker.first - 1) == ",") {
      // "Sinwar, who said …": the antecedent before the comma speaks.
      int j = f.speaker.first - 1;
      int k = j;
      while (k > a && w(k - 1) != "," && !is_punct(s.tokens[k - 1])) --k;
      f.speaker = {k, j};
      f.speaker_head = j - 1;
      f.relative = true;
    }
    if (!frames.empty() && frames.back().relative && appositive &&
        frames.back().content.contains(b - 1)) {
      // "Sinwar, who said he met him in 2012, added that …": the relative clause closes at the
      // comma.
      Frame& prev = frames.back();
      prev.content = trim(s, {prev.content.first, b - 1});
      f.speaker = prev.speaker;
      f.speaker_head = prev.speaker_head;
    }
  }
}

// A frame around a hand-listed speech verb at token i: its subject, an
// inverted speaker or addressee after it, and its content.
void verb_frame(const Sentence& s, const Words& low, const CueLexicon& lex,
                const std::vector<bool>& quoted, bool title_case, int i, std::vector<Frame>& frames,
                int& left) {
  int n = static_cast<int>(s.tokens.size());
  auto w = [&](int k) -> const std::string& { return low[k]; };
  const std::string& form = w(i);
  auto it = lex.verb_forms.find(form);
  if (it == lex.verb_forms.end() || !it->second.hand || it->second.cls != "speech") return;
  const CueEntry& e = it->second;
  // Bare lemmas are often nouns ("a claim", "the report"); trust say/tell only.
  if (form == e.lemma && e.lemma != "say" && e.lemma != "tell") return;
  if (i > 0 && determiner(w(i - 1))) return;
  const Token& tok = s.tokens[i];
  bool parsed = tok.head >= 0;
  // "the United States", "by 5 points": a name or noun the tagger did not
  // take for a verb (title-case headlines, "…, Lindsey Graham Says.", excepted).
  if (parsed && !title_case &&
      (tok.upos == "NOUN" ||
       (i > 0 && capitalized(tok) && capitalized(s.tokens[i - 1]) && tok.upos == "PROPN"))) {
    return;
  }
  Frame f;
  f.cue = {i, i + 1};
  f.lemma = e.lemma;
  f.cls = e.cls;
  // "said A, saying “B”": a participle after a comma has no subject of its
  // own; it is the previous report's speaker going on, and that report's
  // content ends at the comma.
  if (form.size() > 4 && form.ends_with("ing") && i > 0 && w(i - 1) == ",") {
    if (!frames.empty() && frames.back().content.contains(i - 1) &&
        frames.back().content.first < i - 1) {
      Frame& prev = frames.back();
      prev.content = trim(s, {prev.content.first, i - 1});
      f.speaker = prev.speaker;
      f.speaker_head = prev.speaker_head;
      f.inherited_speaker = true;
    }
    left = i;
  }
  subject_before_verb(s, low, left, i, frames, f);
  int after = i + 1;
  // "…, said Monday.": a day after the verb is when, not who.
  static const std::unordered_set<std::string> kWhen = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today",   "yesterday", "tonight",  "last",   "earlier"};
  // (Never after "told", "warned": the name after them is the hearer.)
  const bool hearer_verb =
      e.lemma == "tell" || e.lemma == "warn" || e.lemma == "assure" || e.lemma == "inform";
  if (f.speaker.empty() && !hearer_verb && after < n && !kWhen.count(w(after)) &&
      (capitalized(s.tokens[after]) || is_pronoun(w(after)))) {
    int j = after;  // inverted: "…,” said Flynn."
    while (j < n && j < after + 10 && !is_punct(s.tokens[j]) && !quoted[j]) ++j;
    f.speaker_head = j - 1;
    // "said Hans Keller, the director of …": the appositive is the speaker's.
    if (j + 1 < n && w(j) == "," && determiner(w(j + 1))) {
      while (j < n && !quoted[j] && w(j) != "." && w(j) != ";") ++j;
    }
    f.speaker = trim(s, {after, j});
    after = n;  // the content is the clause before the frame
  } else if (after < n && hearer_verb) {
    int j = after;
    if (is_pronoun(w(j)) || w(j) == "reporters") {
      ++j;
    } else {
      while (j < n && capitalized(s.tokens[j]) && !quoted[j]) ++j;
    }
    if (j > after) f.addressee = {after, j};
    after = j;
  }
  // Skip an adverbial before "that" ("announced on December 6 that …").
  static const std::unordered_set<std::string> kAdverbialStart = {
      "on",        "in",         "at",        "during", "after",    "before", "last",
      "this",      "earlier",    "yesterday", "today",  "late",     "early",  "monday",
      "tuesday",   "wednesday",  "thursday",  "friday", "saturday", "sunday", "publicly",
      "privately", "repeatedly", "again",     "later",  "recently", "then",   "also"};
  for (int j = after; j < n && j < after + 6 && !quoted[j] && kAdverbialStart.count(w(after));
       ++j) {
    if (w(j) == "that") {
      after = j;
      break;
    }
  }
  TokRange rest = trim(s, {after, n});
  // "A, news agency Tanjug reported, but B": a report between commas with a
  // conjoined clause after it is parenthetical to A.
  static const std::unordered_set<std::string> kJoin = {"but",    "and",      "while",
                                                        "though", "although", "as"};
  if (!f.speaker.empty() && f.speaker.first >= 2 && w(f.speaker.first - 1) == "," &&
      after + 1 < n && w(after) == "," && kJoin.count(w(after + 1)) && !quoted[after + 1])
    rest = {};
  bool loose = e.lemma == "say" || e.lemma == "tell" || e.lemma == "add";
  if (!loose && !rest.empty() && w(rest.first) != "that" && !quoted[rest.first] &&
      !(rest.last - rest.first <= 3)) {
    return;  // "urging a new intifada": an object, not a report
  }
  if (rest.empty() || (rest.last - rest.first <= 3 && !quoted[rest.first])) {
    // Parenthetical: the content is the clause before the frame.
    int x = f.speaker.empty() ? f.cue.first : std::min(f.speaker.first, f.cue.first);
    for (const auto& g : frames) {
      if (g.cue.first < x && g.content.contains(x))
        x = std::min(x, g.speaker.empty() ? g.cue.first : g.speaker.first);
    }
    f.content = trim(s, {0, x});
    f.parenthetical = true;
  } else {
    f.content = rest;
  }
  frames.push_back(f);
  left = i + 1;
}

}  // namespace

bool title_case(const Sentence& s, int a, int b) {
  for (int k = a; k < b; ++k) {
    const Token& t = s.tokens[k];
    if (t.text.size() > 3 && std::isalpha(static_cast<unsigned char>(t.text[0])) && !capitalized(t))
      return false;
  }
  return true;
}

// "as X put it": an attribution idiom, like "according to X", whose
// report is the host clause: after it when the phrase opens the sentence
// ("As the memo put it in May, A"), before it when it closes the sentence, and
// on both sides between commas (the part before is a lead). Adds the frame of
// such a phrase at token i (the "as"); false when none starts there.
bool as_put_it_frame(const Sentence& s, const Words& low, const std::vector<bool>& quoted, int i,
                     std::vector<Frame>& frames) {
  const int n = static_cast<int>(s.tokens.size());
  if (low[i] != "as" || quoted[i]) return false;
  // "as soon as", "just as", "the same as": comparisons, not the idiom.
  static const std::unordered_set<std::string> kComparison = {"soon", "long", "well", "such",
                                                              "just", "so",   "same", "much"};
  if (i > 0 && kComparison.count(low[i - 1])) return false;
  auto put_it = [&](int k) {
    return k + 1 < n && (low[k] == "put" || low[k] == "puts") && low[k + 1] == "it";
  };
  // The speaker may carry an appositive between commas ("X, a tax lawyer,
  // recently put it"); a verb before the first comma shows another "as"
  // ("as soon as they put it on sale").
  int k = i + 1;
  bool comma = false;
  auto stop = [&](int t) {  // the end of a clause; a hyphen or a comma is none
    const std::string& w = s.tokens[t].text;
    return w == "." || w == ";" || w == ":" || w == "?" || w == "!";
  };
  while (k < n && k < i + 30 && !put_it(k) && !quoted[k] && !stop(k)) {
    comma |= s.tokens[k].text == ",";
    if (!comma && (s.tokens[k].upos == "VERB" || s.tokens[k].upos == "AUX" || low[k] == "as"))
      return false;
    ++k;
  }
  if (!put_it(k)) return false;
  // What may follow "put it": punctuation or where and when it was put.
  static const std::unordered_set<std::string> kAfter = {"in",   "at",   "during",  "to",
                                                         "last", "this", "earlier", "later"};
  if (k + 2 < n && !is_punct(s.tokens[k + 2]) && !kAfter.count(low[k + 2])) return false;
  int cue_first = k;  // "recently put it": the adverbs join the cue
  while (cue_first > i + 1 &&
         (s.tokens[cue_first - 1].upos == "ADV" ||
          (s.tokens[cue_first - 1].upos.empty() &&
           low[cue_first - 1] == s.tokens[cue_first - 1].text && low[cue_first - 1].size() > 4 &&
           low[cue_first - 1].ends_with("ly"))))
    --cue_first;
  Frame f;
  f.cue = {cue_first, k + 2};
  f.lemma = "put it";
  f.cls = "according";
  f.speaker = trim(s, {i + 1, cue_first});
  if (f.speaker.empty()) return false;
  f.speaker_head = f.speaker.last - 1;
  int j = k + 2;  // "put it in a statement," : the medium runs to the comma
  while (j < n && !is_punct(s.tokens[j]) && !quoted[j]) ++j;
  const bool opens = i == 0 || (i == 1 && is_punct(s.tokens[0]));
  TokRange before = trim(s, {0, i}), after = trim(s, {j, n});
  if (opens) {
    f.content = after;
  } else if (after.empty()) {
    f.content = before;
  } else {
    f.lead = before;
    f.content = after;
  }
  if (f.content.empty()) return false;
  frames.push_back(f);
  return true;
}

std::vector<Frame> frames_from_surface(const Sentence& s, const Words& low, const CueLexicon& lex,
                                       const std::vector<bool>& quoted) {
  std::vector<Frame> frames;
  int n = static_cast<int>(s.tokens.size());
  auto w = [&](int i) -> const std::string& { return low[i]; };
  int left = 0;  // where the current frame's subject may start
  const bool headline = title_case(s, 0, n);
  for (int i = 0; i < n; ++i) {
    const std::string& form = w(i);
    if (quoted[i]) {
      left = i + 1;
      continue;
    }
    if (frame_boundary(form)) left = i + 1;
    if (according_frame(s, low, lex, quoted, i, frames, left)) continue;
    if (as_put_it_frame(s, low, quoted, i, frames)) continue;
    if (i >= 1 && i <= 6 && i + 1 < n && left == i + 1 && form == ":" &&
        colon_frame(s, low, lex, quoted, i, frames))
      continue;
    if (dash_frame(s, quoted, i, frames)) break;
    verb_frame(s, low, lex, quoted, headline, i, frames, left);
  }
  return frames;
}

}  // namespace eventwire::quotes_internal
