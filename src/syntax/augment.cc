// Time-phrase augmentation: news puts "Tuesday", "on Monday" or "last week"
// right after a reporting verb or between subject and verb far more often than
// the treebanks do, and the parser then took the time word for the subject or
// the object (the verb becoming its modifier).
#include "syntax/augment.h"

#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "syntax/hash.h"

namespace eventwire::syntax_internal {
namespace {

struct NewWord {
  const char *form, *lemma, *upos, *xpos, *feats, *deprel;
  int head;  // index inside the phrase, or -1: the verb the phrase hangs on
};

using Phrase = std::vector<NewWord>;

constexpr std::array<const char*, 7> kDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};
constexpr const char* kSing = "Number=Sing";

Phrase bare_day(const char* day) {
  return {{day, day, "PROPN", "NNP", kSing, "obl:unmarked", -1}};
}
Phrase on_day(const char* day) {
  return {{"on", "on", "ADP", "IN", "_", "case", 1}, {day, day, "PROPN", "NNP", kSing, "obl", -1}};
}
Phrase last_unit(const char* unit) {
  return {{"last", "last", "ADJ", "JJ", "Degree=Pos", "amod", 1},
          {unit, unit, "NOUN", "NN", kSing, "obl:unmarked", -1}};
}
Phrase this_unit(const char* unit) {
  return {{"this", "this", "DET", "DT", "Number=Sing|PronType=Dem", "det", 1},
          {unit, unit, "NOUN", "NN", kSing, "obl:unmarked", -1}};
}
Phrase yesterday() {
  return {{"yesterday", "yesterday", "NOUN", "NN", kSing, "obl:unmarked", -1}};
}

// One of the phrase forms, chosen by `r`.
Phrase pick_phrase(uint64_t r, bool allow_bare_day) {
  const char* day = kDays[r % kDays.size()];
  static constexpr std::array<const char*, 3> kUnits = {"week", "month", "year"};
  const char* unit = kUnits[(r >> 8) % kUnits.size()];
  switch ((r >> 16) % 6) {
    case 0:
    case 1:
      return allow_bare_day ? bare_day(day) : on_day(day);
    case 2:
      return on_day(day);
    case 3:
      return last_unit(unit);
    case 4:
      return this_unit(unit);
    default:
      return yesterday();
  }
}

std::string capitalized(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// Space-joined forms: the copies are read only as words, the text is for logs.
void set_text(ConlluSentence& s) {
  s.text.clear();
  for (const ConlluWord& w : s.words) s.text += (s.text.empty() ? "" : " ") + w.form;
}

// The sentence with `phrase` inserted before word index `pos` (0-based), its
// root word hanging on the word with 1-based id `anchor`.
ConlluSentence insert_phrase(const ConlluSentence& s, size_t pos, const Phrase& phrase,
                             int anchor) {
  const int k = static_cast<int>(phrase.size());
  const auto moved = [&](int id) { return id > static_cast<int>(pos) ? id + k : id; };
  ConlluSentence out;
  out.sent_id = s.sent_id + "-time";
  for (size_t i = 0; i <= s.words.size(); ++i) {
    if (i == pos)
      for (const NewWord& n : phrase) {
        const int head = n.head < 0 ? moved(anchor) : static_cast<int>(pos) + 1 + n.head;
        out.words.push_back({n.form, n.lemma, n.upos, n.xpos, n.feats, "_", "_", n.deprel, head});
      }
    if (i == s.words.size()) break;
    ConlluWord w = s.words[i];
    w.head = moved(w.head);
    w.deps = "_";
    out.words.push_back(std::move(w));
  }
  for (ConlluRange r : s.ranges) {
    r.first = moved(r.first);
    r.last = moved(r.last);
    out.ranges.push_back(std::move(r));
  }
  set_text(out);
  return out;
}

// 1-based ids of the verbs that have a nominal subject to their left.
std::vector<int> verbs_with_subject(const ConlluSentence& s) {
  std::vector<int> out;
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    if ((w.deprel == "nsubj" || w.deprel == "nsubj:pass") && w.head > static_cast<int>(i) + 1 &&
        s.words[w.head - 1].upos == "VERB")
      out.push_back(w.head);
  }
  return out;
}

// Last 0-based index of the subtree of word `id` (1-based).
size_t subtree_end(const ConlluSentence& s, int id) {
  size_t end = id - 1;
  for (size_t i = 0; i < s.words.size(); ++i) {
    int h = s.words[i].head;
    for (int steps = 0; h > 0 && h != id && steps < 200; ++steps) h = s.words[h - 1].head;
    if (h == id && i > end) end = i;
  }
  return end;
}

// The subject of `verb` to its left (1-based), or 0.
int subject_of(const ConlluSentence& s, int verb) {
  for (int i = 0; i < verb - 1; ++i)
    if (s.words[i].head == verb &&
        (s.words[i].deprel == "nsubj" || s.words[i].deprel == "nsubj:pass"))
      return i + 1;
  return 0;
}

// "The minister on Tuesday said": after the subject's subtree, when only the
// verb's auxiliaries and adverbs stand between it and the verb.
std::optional<size_t> after_subject(const ConlluSentence& s, int verb) {
  const int subject = subject_of(s, verb);
  if (subject == 0) return std::nullopt;
  const size_t end = subtree_end(s, subject);
  for (size_t i = end + 1; i + 1 < static_cast<size_t>(verb); ++i) {
    const ConlluWord& w = s.words[i];
    if (w.head != verb || (w.deprel.rfind("aux", 0) != 0 && w.deprel != "advmod"))
      return std::nullopt;
  }
  return end + 1;
}

// "said Tuesday that": straight after the verb and its particle.
size_t after_verb(const ConlluSentence& s, int verb) {
  size_t pos = verb;
  if (pos < s.words.size() && s.words[pos].head == verb && s.words[pos].deprel == "compound:prt")
    ++pos;
  return pos;
}

// "... attacked the town Friday.": before the final punctuation of a root
// verb when that punctuation hangs on the verb itself (else the new arc would
// cross it); otherwise straight after the verb.
size_t clause_end(const ConlluSentence& s, int verb) {
  size_t pos = s.words.size();
  while (pos > 0 && s.words[pos - 1].upos == "PUNCT" && s.words[pos - 1].head == verb) --pos;
  if (s.words[verb - 1].head != 0 || pos < static_cast<size_t>(verb)) return after_verb(s, verb);
  for (size_t i = pos; i < s.words.size(); ++i)
    if (s.words[i].upos != "PUNCT") return after_verb(s, verb);
  return pos;
}

ConlluSentence sentence_initial(const ConlluSentence& s, int verb, Phrase phrase) {
  std::vector<std::string> forms;
  for (NewWord& n : phrase) forms.push_back(n.form);
  forms[0] = capitalized(forms[0]);
  phrase[0].form = forms[0].c_str();
  phrase.push_back({",", ",", "PUNCT", ",", "_", "punct", -1});
  ConlluSentence out = insert_phrase(s, 0, phrase, verb);
  ConlluWord& first = out.words[phrase.size()];
  if (first.upos != "PROPN" && first.form != "I" && first.xpos != "NNP")
    first.form[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(first.form[0])));
  set_text(out);
  return out;
}

// One copy of `s` with a time phrase on one of its verbs, or nothing.
std::optional<ConlluSentence> time_copy(const ConlluSentence& s, uint64_t r) {
  const std::vector<int> verbs = verbs_with_subject(s);
  if (verbs.empty()) return std::nullopt;
  const int verb = verbs[mix64(r) % verbs.size()];
  const uint64_t phrase_bits = mix64(r ^ 0x5eed);
  switch (mix64(r ^ 0x9a7) % 4) {
    case 0:
      return insert_phrase(s, after_verb(s, verb), pick_phrase(phrase_bits, true), verb);
    case 1:
      if (auto pos = after_subject(s, verb))
        return insert_phrase(s, *pos, pick_phrase(phrase_bits, true), verb);
      return insert_phrase(s, after_verb(s, verb), pick_phrase(phrase_bits, true), verb);
    case 2:
      if (s.words[verb - 1].head != 0) break;
      return sentence_initial(s, verb, pick_phrase(phrase_bits, false));
    default:
      break;
  }
  return insert_phrase(s, clause_end(s, verb), pick_phrase(phrase_bits, true), verb);
}

}  // namespace

std::vector<TreeCopy> time_phrase_copies(const std::vector<ConlluSentence>& sentences, double rate,
                                         uint64_t seed) {
  std::vector<TreeCopy> out;
  if (rate <= 0) return out;
  const auto threshold = static_cast<uint64_t>(rate * 9007199254740992.0);  // 2^53
  for (size_t i = 0; i < sentences.size(); ++i) {
    const uint64_t r = mix64(seed ^ mix64(i + 0x71e));
    if ((r >> 11) >= threshold) continue;
    if (auto copy = time_copy(sentences[i], r)) out.push_back({i, std::move(*copy)});
  }
  return out;
}

}  // namespace eventwire::syntax_internal
