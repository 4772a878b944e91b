// Step 5e of docs/actors.md: a body named by its acronym where the article
// also names it in full ("the Coastal Rescue Board … the CRB"; "Department
// of Harbor Works … the HW"), and police departments named by an acronym
// ending in "PD" ("the RCPD").
#include <cctype>
#include <unordered_map>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

namespace {

// The letters of an acronym written in capitals, with or without dots
// ("CRB", "C.R.B."); empty when the word is no such acronym.
std::string acronym_letters(const std::string& text) {
  std::string letters;
  for (char c : text) {
    if (c == '.') continue;
    if (!std::isupper(static_cast<unsigned char>(c))) return std::string();
    letters += c;
  }
  return letters.size() >= 2 && letters.size() <= 6 ? letters : std::string();
}

bool joins_name_words(const std::string& f) {
  return f == "of" || f == "the" || f == "and" || f == "for" || f == "on" || f == "&" || f == "'s";
}

}  // namespace

// The acronyms a body's name gives: the initials of its capitalized words
// ("Coastal Rescue Board" → CRB), and of those after its "of" ("Department
// of Harbor Works" → HW, as agencies are often called). Empty when a word of
// the name is written in lower case (no proper name).
std::vector<std::string> DocumentResolver::name_acronyms(const WorkMention& b) const {
  const SentenceInfo& in = info_[b.sentence];
  const auto& toks = in.sentence->tokens;
  std::string all, after_of;
  bool seen_of = false;
  for (int k = b.name_first >= 0 ? b.name_first : b.first; k < b.last; ++k) {
    if (joins_name_words(in.folded[k])) {
      if (in.folded[k] == "of" && !seen_of) seen_of = true, after_of.clear();
      continue;
    }
    if (!starts_upper(toks[k].text)) return {};
    all += toks[k].text[0];
    after_of += toks[k].text[0];
  }
  std::vector<std::string> out;
  if (all.size() >= 2) out.push_back(all);
  if (seen_of && after_of.size() >= 2 && after_of != all) out.push_back(after_of);
  return out;
}

// The short form of a body's name: its first word when every later word is
// a role word ("Fox News" → "Fox", "Lakeview Institute" → "Lakeview");
// empty otherwise.
std::string DocumentResolver::short_form(const WorkMention& b) const {
  const SentenceInfo& in = info_[b.sentence];
  const int first = b.name_first >= 0 ? b.name_first : b.first;
  const int start = in.folded[first] == "the" ? first + 1 : first;
  if (b.last - start < 2 || !starts_upper(in.sentence->tokens[start].text) ||
      in.role_at[start] >= 0)
    return {};
  for (int k = start + 1; k < b.last; ++k)
    if (in.role_at[k] < 0) return {};
  return in.sentence->tokens[start].text;
}

void DocumentResolver::acronyms_of_bodies() {
  std::unordered_map<std::string, size_t> full;  // acronym or short form → the body named in full
  std::unordered_map<std::string, std::string> shorts;  // short form → its body's identity
  for (size_t i = 0; i < name_count_; ++i) {
    const WorkMention& b = ms_[i];
    if (b.dropped || b.code.empty() || b.person || b.kind != WorkMention::Kind::kName ||
        b.type != "ORG" || b.last - b.first < 2)
      continue;
    for (const std::string& a : name_acronyms(b)) full.emplace(a, i);
    if (const std::string f = short_form(b); !f.empty()) {
      auto [it, fresh] = shorts.emplace(f, b.identity);
      if (fresh) full.emplace(f, i);
      if (it->second != b.identity) it->second.clear();  // two bodies so named: neither
    }
  }
  for (const auto& [f, identity] : shorts)
    if (identity.empty()) full.erase(f);
  if (full.empty()) return;
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    // (A proper noun NER read as a people's name may be a short form too:
    // "Fox" after "Fox News".)
    const Token& t = info_[m.sentence].sentence->tokens[m.first];
    const bool name = m.kind == WorkMention::Kind::kName ||
                      (m.kind == WorkMention::Kind::kDemonym && t.upos == "PROPN");
    if (m.dropped || !m.code.empty() || m.person || !name || m.last - m.first != 1) continue;
    auto it = full.find(acronym_letters(t.text));
    if (it == full.end()) it = full.find(t.text);
    if (it == full.end()) continue;
    const WorkMention& b = ms_[it->second];
    m.code = b.code;
    m.rank = b.rank;
    m.how = "acronym:" + b.how;
    m.type = b.type;
    m.identity = b.identity;  // one body for coreference
  }
}

// An acronym ending in "PD" is a police department's ("LAPD"), coded as its
// police (with the article's country, step 5b).
bool police_acronym(const std::string& text) {
  const std::string letters = acronym_letters(text);
  return letters.size() >= 3 && letters.ends_with("PD");
}

}  // namespace eventwire::actors_internal::resolve
