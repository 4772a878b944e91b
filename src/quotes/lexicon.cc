// Parsing of the cue lexicon (data/quotes/cues.tsv).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <unordered_set>

#include "base/fingerprint.h"
#include "dict/embedded.h"
#include "quotes/internal.h"

namespace eventwire::quotes_internal {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> lower_words(const Sentence& s) {
  std::vector<std::string> out;
  out.reserve(s.tokens.size());
  for (const Token& t : s.tokens) out.push_back(lower(t.text));
  return out;
}

bool lower_is(std::string_view word, std::string_view lower_word) {
  if (word.size() != lower_word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    char c = word[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_word[k]) return false;
  }
  return true;
}

std::string_view noun_classes(std::string_view lemma) {
  // WordNet's table is sorted by noun (byte order): its line starts, found
  // once, are searched in place, with no copy of the 57,000 lines.
  static const std::string_view kText = dict::internal::embedded_noun_classes();
  static const std::vector<uint32_t> kLines = [] {
    std::vector<uint32_t> out;
    for (size_t pos = 0; pos < kText.size();) {
      size_t end = kText.find('\n', pos);
      if (end == std::string_view::npos) end = kText.size();
      if (end > pos && kText[pos] != '#') out.push_back(static_cast<uint32_t>(pos));
      pos = end + 1;
    }
    return out;
  }();
  auto noun_at = [](uint32_t pos) {
    std::string_view line = kText.substr(pos);
    return line.substr(0, line.find('\t'));
  };
  auto it =
      std::lower_bound(kLines.begin(), kLines.end(), lemma,
                       [&](uint32_t pos, std::string_view key) { return noun_at(pos) < key; });
  if (it == kLines.end() || noun_at(*it) != lemma) return {};
  std::string_view classes = kText.substr(*it + lemma.size() + 1);
  return classes.substr(0, classes.find_first_of("\t\n"));
}

bool person_noun(std::string_view lemma) {
  return noun_classes(lemma).starts_with('P');
}

namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.emplace_back(
        s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

}  // namespace

Result<CueLexicon> CueLexicon::parse(std::string_view text, const std::string& name) {
  CueLexicon lex;
  lex.fingerprint = base::fingerprint_hex(text);
  size_t line_no = 0;
  for (const std::string& line : split(text, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cols = split(line, '\t');
    if (cols.size() != 5 && cols.size() != 6) {
      return Status::invalid_input(name + ":" + std::to_string(line_no) +
                                   ": expected 5 or 6 tab-separated columns in \"" + line + "\"");
    }
    auto frame = [&](const char* f) {
      if (cols.size() != 6) return false;
      for (const auto& x : split(cols[5], ','))
        if (x == f) return true;
      return false;
    };
    CueEntry entry{cols[1],
                   cols[2],
                   cols[3].find("hand") != std::string::npos,
                   frame("object"),
                   frame("infinitive"),
                   frame("to")};
    if (cols[0] == "verb") {
      lex.verb_lemmas[entry.lemma] = entry;
      for (const auto& form : split(cols[4], ',')) lex.verb_forms.emplace(form, entry);
    } else if (cols[0] == "phrase") {
      if (entry.cls == "according") lex.according_phrases.push_back(lex.phrases.size());
      if (entry.cls == "medium") lex.medium_phrases.push_back(lex.phrases.size());
      lex.phrases.emplace_back(split(cols[1], ' '), entry.cls);
      const std::string& first = lex.phrases.back().first.front();
      auto& firsts = lex.medium_first_words;
      if (entry.cls == "medium" && std::find(firsts.begin(), firsts.end(), first) == firsts.end())
        firsts.push_back(first);
    } else if (cols[0] == "noun") {
      lex.nouns.insert(cols[1]);
    } else if (cols[0] == "adjective") {
      lex.adjectives.insert(cols[1]);
    } else {
      return Status::invalid_input(name + ":" + std::to_string(line_no) + ": unknown kind \"" +
                                   cols[0] + "\"");
    }
    ++lex.entries;
  }
  if (lex.verb_lemmas.empty())
    return Status::invalid_input(name + ": the cue lexicon has no verbs");
  return lex;
}

const CueEntry* CueLexicon::verb(const Token& token) const {
  if (token.head >= 0) {
    if (std::string_view(token.upos) != "VERB") return nullptr;
    auto it = verb_lemmas.find(lower(token.lemma));
    if (it != verb_lemmas.end()) return &it->second;
  }
  auto it = verb_forms.find(lower(token.text));
  return it == verb_forms.end() ? nullptr : &it->second;
}

}  // namespace eventwire::quotes_internal
