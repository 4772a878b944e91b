// Linear pattern matching; greedy, the way TABARI skipped words between
// pattern tokens unless they were joined with "_".
#include "events/verb_patterns.h"

#include <string_view>

namespace eventwire::events {
namespace {

bool word_matches(std::string_view want, bool exact, const PatternWords& words, int i,
                  bool by_lemma = true) {
  const std::string& w = words.upper[static_cast<size_t>(i)];
  const std::string& l = words.lemma[static_cast<size_t>(i)];
  if (w == want || (by_lemma && l == want)) return true;
  if (!exact && std::string_view(w).starts_with(want)) return true;
  return false;
}

using Tokens = std::vector<dict::PatternToken>;

struct Cursor {
  const dict::VerbDictionary& dictionary;
  const PatternWords& words;
  const std::vector<int>& span;
  PatternMatch& result;
};

// Tokens matched at span[at] for one pattern token (0: none).
int match_one(const Cursor& c, const dict::PatternToken& t, size_t at) {
  using Kind = dict::PatternToken::Kind;
  switch (t.kind) {
    case Kind::kWord: {
      // PETRARCH matches a pattern word as written: "* RESOLUTION" is not
      // "resolutions", "* EFFORT" not "efforts". TABARI's stems and lemmas
      // are looser.
      bool loose = c.dictionary.dialect == dict::VerbDialect::kTabari;
      if (word_matches(t.text, t.exact, c.words, c.span[at], loose)) return 1;
      if (loose && !t.lemma.empty()) {
        std::string upper;
        for (char ch : t.lemma) upper += static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        if (c.words.lemma[static_cast<size_t>(c.span[at])] == upper) return 1;
      }
      return 0;
    }
    case Kind::kSynset: {
      const dict::Synset* synset = c.dictionary.find_synset(t.text);
      if (!synset) return 0;
      for (const dict::Synset::Phrase& p : synset->phrases) {
        // Synsets may hold synsets ("+&TIETYPES").
        if (p.words.size() == 1 && !p.words[0].empty() && p.words[0][0] == '&') {
          dict::PatternToken inner;
          inner.kind = Kind::kSynset;
          inner.text = p.words[0].substr(1);
          while (!inner.text.empty() && inner.text.back() == '_') inner.text.pop_back();
          if (inner.text != t.text)
            if (int n = match_one(c, inner, at)) return n;
          continue;
        }
        if (int n = match_words(p.words, !p.no_plural && !synset->no_plurals, c.words, c.span, at))
          return n;
      }
      return 0;
    }
    case Kind::kPhrase:
      return match_words(t.words, true, c.words, c.span, at);
    case Kind::kAlternatives:
      for (const std::string& choice : t.words) {
        std::vector<std::string> split;
        size_t start = 0;
        while (start <= choice.size()) {
          size_t end = choice.find_first_of(" _", start);
          if (end == std::string::npos) end = choice.size();
          if (end > start) split.push_back(choice.substr(start, end - start));
          start = end + 1;
        }
        if (!split.empty())
          if (int n = match_words(split, true, c.words, c.span, at)) return n;
      }
      return 0;
    default:
      return 0;
  }
}

bool is_nominal(const Cursor& c, size_t at) {
  size_t i = static_cast<size_t>(c.span[at]);
  return i < c.words.nominal.size() && c.words.nominal[i];
}

bool is_marker(const dict::PatternToken& t) {
  using Kind = dict::PatternToken::Kind;
  return t.kind == Kind::kSource || t.kind == Kind::kTarget || t.kind == Kind::kCompound ||
         t.kind == Kind::kVerb || t.kind == Kind::kAttribution;
}

void note_marker(const dict::PatternToken& t, int next_token, PatternMatch& result) {
  using Kind = dict::PatternToken::Kind;
  if (t.kind == Kind::kSource && result.source_at < 0) result.source_at = next_token;
  if (t.kind == Kind::kTarget && result.target_at < 0) result.target_at = next_token;
  if (t.kind == Kind::kCompound) result.compound = true;
}

// Forward over span from `from`; false when a token cannot be placed.
bool match_forward(const Cursor& c, const Tokens& tokens, size_t from, bool first_joined) {
  size_t pos = from;
  bool joined = first_joined;
  for (const dict::PatternToken& t : tokens) {
    if (t.kind == dict::PatternToken::Kind::kAttribution) {
      // "^": skip a noun phrase, up to the end of its first run of nominals.
      while (pos < c.span.size() && !is_nominal(c, pos)) ++pos;
      if (pos == c.span.size()) return false;
      while (pos < c.span.size() && is_nominal(c, pos)) ++pos;
      joined = t.joined;
      continue;
    }
    if (is_marker(t)) {
      note_marker(t, pos < c.span.size() ? c.span[pos] : -1, c.result);
      joined = t.joined;
      continue;
    }
    size_t at = pos;
    int n = 0;
    for (; at < c.span.size(); ++at) {
      if ((n = match_one(c, t, at))) break;
      if (joined) return false;
    }
    if (!n) return false;
    ++c.result.literals;
    pos = at + static_cast<size_t>(n);
    joined = t.joined;
  }
  return true;
}

// Backward over span, the last pattern token nearest the verb.
bool match_backward(const Cursor& c, const Tokens& tokens) {
  long pos = static_cast<long>(c.span.size()) - 1;
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    const dict::PatternToken& t = *it;
    if (is_marker(t)) {
      // "+ HOSTING": the actor is the noun phrase just before the word matched.
      long at = pos;
      while (at > 0 && !is_nominal(c, static_cast<size_t>(at))) --at;
      note_marker(t, at >= 0 ? c.span[static_cast<size_t>(at)] : -1, c.result);
      continue;
    }
    bool placed = false;
    for (; pos >= 0; --pos) {
      // A phrase of several words ("WO N'T") ends at pos.
      long start = -1;
      for (long s = pos; s >= 0 && s > pos - 4 && start < 0; --s)
        if (int n = match_one(c, t, static_cast<size_t>(s)); n && s + n - 1 == pos) start = s;
      if (start >= 0) {
        placed = true;
        pos = start - 1;
        break;
      }
      if (t.joined) return false;
    }
    if (!placed) return false;
    ++c.result.literals;
  }
  return true;
}

}  // namespace

int match_words(const std::vector<std::string>& phrase, bool allow_plural,
                const PatternWords& words, const std::vector<int>& span, size_t at) {
  if (phrase.empty() || at + phrase.size() > span.size()) return 0;
  for (size_t k = 0; k < phrase.size(); ++k) {
    int i = span[at + k];
    if (k > 0 && i != span[at + k - 1] + 1) return 0;
    std::string want = phrase[k];
    while (!want.empty() && want.back() == '_') want.pop_back();
    const std::string& w = words.upper[static_cast<size_t>(i)];
    bool last = k + 1 == phrase.size();
    if (w == want || words.lemma[static_cast<size_t>(i)] == want) continue;
    if (last && allow_plural && (w == want + "S" || w == want + "ES")) continue;
    return 0;
  }
  return static_cast<int>(phrase.size());
}

PatternMatch match_pattern(const dict::VerbDictionary& dictionary, const dict::VerbPattern& pattern,
                           const PatternWords& words, const std::vector<int>& pre,
                           const std::vector<int>& post) {
  PatternMatch result;
  if (!match_backward({dictionary, words, pre, result}, pattern.pre)) return {};
  if (!match_forward({dictionary, words, post, result}, pattern.post, 0, pattern.verb_joined_next))
    return {};
  for (const dict::PrepPhrase& phrase : pattern.preps) {
    bool found = false;
    const dict::Synset* prep_set = dictionary.find_synset(phrase.preposition);
    for (size_t at = 0; at < post.size() && !found; ++at) {
      bool prep_ok = word_matches(phrase.preposition, true, words, post[at]);
      if (!prep_ok && prep_set)
        for (const dict::Synset::Phrase& p : prep_set->phrases)
          prep_ok = prep_ok || match_words(p.words, false, words, post, at) > 0;
      if (!prep_ok) continue;
      PatternMatch inner = result;
      if (match_forward({dictionary, words, post, inner}, phrase.object, at + 1, false)) {
        inner.literals += 1;
        result = inner;
        found = true;
      }
    }
    if (!found) return {};
  }
  result.matched = true;
  return result;
}

}  // namespace eventwire::events
