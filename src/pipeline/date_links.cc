#include "pipeline/date_links.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

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
