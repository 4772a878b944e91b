// Step 1 of docs/actors.md ("How a mention is resolved"): NER mentions and
// their knowledge-base codes: titles cut off, quoted nicknames, hyphenated
// given names, people named with initials or a generational suffix.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {
namespace {

// A word of a person's name around a quoted nickname: a capitalized word that
// is no title or function word, or an initial ("C.", or "C" before ".").
bool name_word_at(const SentenceInfo& in, int k) {
  const Sentence& s = *in.sentence;
  if (k < 0 || k >= static_cast<int>(in.folded.size())) return false;
  const std::string& f = in.folded[k];
  if (f == ".") return k > 0 && in.folded[k - 1].size() == 1 && starts_upper(s.tokens[k - 1].text);
  return starts_upper(s.tokens[k].text) && in.role_at[k] < 0 && !is_honorific(f) &&
         !is_function_word(f);
}

}  // namespace

// 1. NER mentions, with their knowledge-base codes.
void DocumentResolver::add_ner_mentions() {
  for (const Entity& ent : doc_.entities) {
    for (const Mention& mm : ent.mentions) {
      if (mm.sentence < 0 || mm.sentence >= static_cast<int>(doc_.sentences.size())) continue;
      const SentenceInfo& in = info_[mm.sentence];
      WorkMention m;
      m.sentence = mm.sentence;
      m.first = mm.first_token;
      m.last = mm.last_token;
      if (m.first < 0 || m.last > static_cast<int>(in.folded.size()) || m.first >= m.last) continue;
      // A role word NER took for a name of people ("an Ottawa MP" tagged
      // NORP) or, written in lower case, for any name ("netizens"): left to
      // the role pass, which composes it with its phrase. (Not a capitalized
      // PER: "Queen", "King", "Granger" are names as often as roles.)
      bool lower = true;
      for (int k = m.first; k < m.last && lower; ++k)
        lower = std::islower(static_cast<unsigned char>(in.sentence->tokens[k].text[0]));
      if ((ent.type == "NORP" || lower) && in.role_at[m.first] >= 0 && in.name_at[m.first] < 0) {
        const Hit& rh = in.roles[in.role_at[m.first]];
        if (rh.first == m.first && rh.last == m.last) continue;
      }
      m.type = ent.type;
      m.person = ent.type == "PER";
      if (names_person_place(in, m)) m.type = "PER", m.person = true;
      if (!widen_hyphenated(in, ent.type, m)) continue;
      // A possessive NER kept: "Alphabet Inc’s" is "Alphabet Inc".
      if (m.last - m.first > 1 && (in.folded[m.last - 1] == "'s" || in.folded[m.last - 1] == "'"))
        --m.last;
      // A title the tagger cut off as a person of its own ("Rep." before
      // "Robert C. "Bobby" Scott") is left to the role pass, which links it
      // to the name as its title.
      if (m.person && title_alone_before_name(in, m)) continue;
      // A name the tagger cut at a quoted nickname is the whole name; two
      // pieces of it are one mention.
      if (m.person && extend_over_nickname(in, m)) {
        for (int k = m.first; k < m.last; ++k) per_at_[m.sentence][k] = 1;
        bool seen = false;
        for (const WorkMention& x : ms_)
          seen = seen || (x.sentence == m.sentence && x.last == m.last &&
                          (x.first == m.first || x.name_first == m.first));
        if (seen) continue;
      }
      if (m.person) cut_person_title(in, m);
      if (m.type == "ORG") widen_over_place(in, m);
      widen_to_masthead(in, m);
      match_ner_mention(in, m);
      compose_ner_mention(in, m);
      if (m.identity.empty()) {
        std::string key;
        for (int k = m.first; k < m.last; ++k) key += in.folded[k] + " ";
        m.identity = "text:" + key;
      }
      m.head = head_of(doc_.sentences[m.sentence], m.first, m.last);
      if (m.type == "NORP" && m.kind == WorkMention::Kind::kName)
        m.kind = WorkMention::Kind::kDemonym;
      for (int k = m.first; k < m.last; ++k) covered_[m.sentence][k] = 1;
      ms_.push_back(std::move(m));
    }
  }
}

// A NER mention holding a place name the article writes as a person's
// (drop_person_named_places) is a person's name: "Lisa Monaco" typed LOC,
// "Jordan" typed GPE in "Rep. Jordan". A known first name NER left out
// right before it joins it ("Chuck" of "Chief Chuck Jordan").
bool DocumentResolver::names_person_place(const SentenceInfo& in, WorkMention& m) const {
  const std::vector<char>& at = person_place_at_[m.sentence];
  bool named = false;
  for (int k = m.first; k < m.last; ++k) named = named || at[k];
  if (!named) return false;
  const int k = m.first - 1;
  if (at[m.first] && k >= 0 && starts_upper(in.sentence->tokens[k].text) && in.name_at[k] < 0 &&
      in.role_at[k] < 0 && !per_at_[m.sentence][k] && !org_at_[m.sentence][k] &&
      !is_honorific(in.folded[k]) && kb_.is_first_name(in.folded[k]))
    m.first = k;
  return true;
}

// A hyphenated given name NER cut at the hyphen: "Cheng Chung-tai" (not a
// known name, "UK-based", nor a compound suffix, "Denver-based"); a person's
// given name before it: "Kassym-Jomart Tokayev", "Jean-Yves Le Drian" (not a
// prefix, "Anti-Putin"). False for the first piece of such a given name NER
// tagged apart ("Jean" of "Jean" + "Yves Le Drian"): the rest takes it.
bool DocumentResolver::widen_hyphenated(const SentenceInfo& in, const std::string& type,
                                        WorkMention& m) {
  static const std::unordered_set<std::string> suffixes = {
      "based",      "backed",   "led",      "linked",    "born",       "wide",         "era",
      "style",      "run",      "owned",    "held",      "made",       "bound",        "speaking",
      "allied",     "aligned",  "funded",   "sponsored", "controlled", "administered", "leaning",
      "affiliated", "friendly", "occupied", "ruled",     "type",       "like"};
  const auto& toks = in.sentence->tokens;
  const int n = static_cast<int>(toks.size());
  bool known = false;
  for (int k = m.first; k < m.last; ++k) known = known || in.name_at[k] >= 0;
  while (!known && m.last + 1 < n && toks[m.last].text == "-" && !toks[m.last - 1].space_after &&
         !toks[m.last].space_after &&
         std::islower(static_cast<unsigned char>(toks[m.last + 1].text[0])) &&
         !suffixes.count(in.folded[m.last + 1]) &&
         (type == "PER" || type == "LOC" || type == "GPE") && starts_upper(toks[m.last - 1].text))
    m.last += 2;
  if (known || type != "PER") return true;
  // The given name's first part: a capitalized word the base does not know.
  auto given_part = [&](int k) {
    static const std::unordered_set<std::string> prefixes = {
        "anti", "pro", "ex", "non", "neo", "post", "pre", "self", "vice", "mid", "saint"};
    return k >= 0 && k < n && starts_upper(toks[k].text) &&
           std::isalpha(static_cast<unsigned char>(toks[k].text[0])) && in.name_at[k] < 0 &&
           in.role_at[k] < 0 && !is_function_word(in.folded[k]) && !prefixes.count(in.folded[k]) &&
           !is_honorific(in.folded[k]);
  };
  auto hyphen_at = [&](int k) {
    return k > 0 && k + 1 < n && toks[k].text == "-" && !toks[k - 1].space_after &&
           !toks[k].space_after;
  };
  std::vector<char>& per = per_at_[m.sentence];
  if (hyphen_at(m.last) && starts_upper(toks[m.last + 1].text) && per[m.last + 1]) {
    bool rest_known = false;
    for (int k = m.last + 1; k < n && per[k] && !rest_known; ++k) rest_known = in.name_at[k] >= 0;
    bool piece = !rest_known;
    for (int k = m.first; k < m.last && piece; ++k) piece = given_part(k);
    if (piece) return false;
  }
  while (m.first >= 2 && hyphen_at(m.first - 1) && given_part(m.first - 2)) {
    m.first -= 2;
    per[m.first] = per[m.first + 1] = 1;
  }
  return true;
}

bool DocumentResolver::title_alone_before_name(const SentenceInfo& in, const WorkMention& m) const {
  const int n = static_cast<int>(in.folded.size());
  for (int k = m.first; k < m.last; ++k)
    if (!is_honorific(in.folded[k]) && in.role_at[k] < 0) return false;
  // The words after it are a name the tagger found (in part).
  for (int k = m.last; k < n && k < m.last + 6; ++k) {
    if (!name_word_at(in, k) && !is_quote_mark(in.folded[k])) return false;
    if (per_at_[m.sentence][k]) return true;
  }
  return false;
}

bool DocumentResolver::extend_over_nickname(const SentenceInfo& in, WorkMention& m) const {
  const Sentence& s = *in.sentence;
  const int n = static_cast<int>(in.folded.size());
  bool extended = false;
  // The nickname alone between its marks ("Bobby" in "Robert C. "Bobby"
  // Scott"): the whole name.
  if (m.first > 0 && is_quote_mark(in.folded[m.first - 1]) &&
      nickname_close(s, in.folded, m.first - 1, n) == m.last && m.last + 1 < n &&
      name_word_at(in, m.last + 1) && in.folded[m.last + 1].size() > 2 &&
      name_word_at(in, m.first - 2)) {
    int q = m.first - 1;
    while (q > 0 && name_word_at(in, q - 1)) --q;
    m.first = q;
    m.last += 2;
    return true;
  }
  // Right: "Robert C." before ""Bobby" Scott".
  if (m.last < n && name_word_at(in, m.last - 1)) {
    const int close = nickname_close(s, in.folded, m.last, n);
    if (close > 0 && close + 1 < n && name_word_at(in, close + 1) &&
        in.folded[close + 1].size() > 2) {
      m.last = close + 2;
      extended = true;
    }
  }
  // Left: ""Bobby" Scott" or "Scott" after "Robert C.".
  int open = -1;
  if (nickname_close(s, in.folded, m.first, m.last) > m.first) {
    open = m.first;
  } else if (m.first > 0 && is_quote_mark(in.folded[m.first - 1])) {
    for (int q = m.first - 3; q <= m.first - 2 && open < 0; ++q)
      if (nickname_close(s, in.folded, q, m.first) == m.first - 1) open = q;
  }
  if (open >= 0) {
    int q = open;
    while (q > 0 && name_word_at(in, q - 1)) --q;
    if (q < open && q < m.first) {
      m.first = q;
      extended = true;
    }
  }
  return extended;
}

// A place NER cut from an outlet's name ("The New York Post" tagged as
// "New York"): the capitalized masthead right after it (roles.kb, MED
// heads of bodies' names) makes the mention the outlet's.
void DocumentResolver::widen_to_masthead(const SentenceInfo& in, WorkMention& m) const {
  if ((m.type != "GPE" && m.type != "LOC") || m.last >= static_cast<int>(in.folded.size())) return;
  const int r = in.role_at[m.last];
  if (r < 0 || in.roles[r].first != m.last || !starts_upper(in.sentence->tokens[m.last].text))
    return;
  const KbEntry& e = kb_.entries[in.roles[r].entries.front()];
  if (e.code != "MED" || e.attribute("needs") != "body") return;
  m.last = in.roles[r].last;
  m.type = "ORG";
}

// A role word NER tagged alone as a body right after a place it tagged
// ("New York" + "University") is the place's body: one name, "New York University" (the
// place keeps its own mention).
void DocumentResolver::widen_over_place(const SentenceInfo& in, WorkMention& m) const {
  if (m.last - m.first != 1 || in.role_at[m.first] < 0 ||
      in.roles[in.role_at[m.first]].last != m.last)
    return;
  for (const WorkMention& x : ms_)
    if (!x.dropped && x.sentence == m.sentence && x.last == m.first && !x.person &&
        (x.type == "GPE" || x.type == "LOC") && starts_upper(in.sentence->tokens[x.first].text)) {
      m.first = x.first;
      return;
    }
}

// A title NER took into a person's name ("FBI Director James Comey") is left
// to the role pass, which links it back as a title.
void DocumentResolver::cut_person_title(const SentenceInfo& in, WorkMention& m) const {
  int name_from = -1;
  for (int k = m.first; k < m.last - 1; ++k)
    if (in.role_at[k] >= 0 && in.roles[in.role_at[k]].last < m.last && in.name_at[k] < 0)
      name_from = in.roles[in.role_at[k]].last;
  // "Minister of Education Stefania Giannini": the name is the last two words.
  if (name_from > m.first && name_from < m.last &&
      (in.folded[name_from] == "of" || in.folded[name_from] == "for"))
    name_from = std::max(name_from + 2, m.last - 2);
  // "Dean Kamen", "Major Garrett": a role word that is also a first name,
  // before a single word, is the first name.
  if (name_from == m.first + 1 && m.last - name_from == 1 && kb_.is_first_name(in.folded[m.first]))
    return;
  if (name_from > m.first && name_from < m.last) {
    bool person_hit_covers = false;
    for (const Hit& h : in.names)
      if (h.first < name_from && h.last > name_from &&
          kb_.entries[h.entries.front()].kind == "person")
        person_hit_covers = true;
    if (!person_hit_covers) m.first = name_from;
  }
}

// The longest knowledge-base match ending at the mention's end, or covering it.
void DocumentResolver::match_ner_mention(const SentenceInfo& in, WorkMention& m) const {
  const Sentence& s = *in.sentence;
  const Hit* best = nullptr;
  for (const Hit& h : in.names) {
    bool inside = h.first >= m.first && h.last == m.last;
    const bool covers = h.first <= m.first && h.last >= m.last;
    // "Joseph Bennett" is not Naftali Bennett, nor "Port Blair" Tony Blair:
    // a known person's name ending a longer name counts only after titles,
    // roles and other known names ("US President Donald Trump").
    if (inside && h.first > m.first && kb_.entries[h.entries.front()].kind == "person")
      for (int k = m.first; k < h.first && inside; ++k)
        inside = in.role_at[k] >= 0 || in.name_at[k] >= 0 || is_honorific(in.folded[k]) ||
                 !starts_upper(s.tokens[k].text) || in.folded[k] == "'s";
    // A person's name is never a country, place or city because one of
    // its tokens is one ("Lisa Monaco", "Jordan Peterson").
    if (m.person && place_like(h)) continue;
    if ((inside || covers) && (!best || h.last - h.first > best->last - best->first)) best = &h;
  }
  // A known body's branch: "American Civil Liberties Union of Nevada" is the
  // ACLU's, not Ohio (a known body starting the mention, before "of", longer
  // than the name ending it).
  if (!m.person)
    for (const Hit& h : in.names)
      if (h.first == m.first && h.last < m.last && in.folded[h.last] == "of" &&
          h.use == Use::kName && kb_.entries[h.entries.front()].kind == "org" &&
          (!best || h.last - h.first > best->last - best->first))
        best = &h;
  // A quoted nickname inside the name: "Robert C. "Bobby" Scott" is the base's
  // "Robert C. Bobby Scott", "Robert C. Scott", "Robert Scott" or "Bobby Scott".
  if (m.person && (!best || best->first > m.first)) {
    const std::vector<uint32_t> entries = person_with_nickname(in, m);
    if (!entries.empty()) {
      set_from_entry(m, entries, Use::kName);
      return;
    }
  }
  // A known person named with a middle initial or a generational suffix the
  // base does not list: "Joseph R. Biden Jr." is "Joseph Biden".
  if (m.person && (!best || best->last - best->first < 2)) {
    const std::vector<uint32_t> entries = person_without_initials(in, m);
    if (!entries.empty()) {
      set_from_entry(m, entries, Use::kName);
      return;
    }
  }
  if (best) {
    if (best->first > m.first) m.name_first = best->first;
    if (best->first < m.first) m.first = best->first;
    if (best->last > m.last) m.last = best->last;
    set_from_entry(m, best->entries, best->use);
  }
}

std::vector<uint32_t> DocumentResolver::person_with_nickname(const SentenceInfo& in,
                                                             const WorkMention& m) const {
  std::vector<uint32_t> entries;
  int open = -1, close = -1;
  for (int k = m.first + 1; k + 1 < m.last && open < 0; ++k) {
    const int c = nickname_close(*in.sentence, in.folded, k, m.last - 1);
    if (c > 0) open = k, close = c;
  }
  if (open < 0) return entries;
  int start = m.first;
  while (start < open && is_honorific(in.folded[start])) ++start;
  if (start == open) return entries;
  auto is_initial = [&](int k) {
    const std::string& f = in.folded[k];
    return (f.size() == 1 && std::isalpha(static_cast<unsigned char>(f[0]))) ||
           (f.size() == 2 && f[1] == '.' && std::isalpha(static_cast<unsigned char>(f[0]))) ||
           (f == "." && k > 0 && in.folded[k - 1].size() == 1);
  };
  // The forms tried, most specific first: with the nickname as a plain word,
  // without it, both without initials, the nickname as the given name.
  std::vector<std::vector<std::string>> forms(5);
  for (int k = start; k < m.last; ++k) {
    if (k == open || k == close) continue;
    const bool nick = k > open && k < close;
    const bool given_part = k < open;
    const std::string& f = in.folded[k];
    forms[0].push_back(f);
    if (!nick) forms[1].push_back(f);
    if (!(given_part && is_initial(k))) {
      forms[2].push_back(f);
      if (!nick) forms[3].push_back(f);
    }
    if (!given_part) forms[4].push_back(f);
  }
  for (const auto& words : forms) {
    if (words.size() < 2) continue;
    entries = people_named(words);
    if (!entries.empty()) return entries;
  }
  return entries;
}

// The KB people (with their siblings) one of whose names is exactly `words`.
std::vector<uint32_t> DocumentResolver::people_named(const std::vector<std::string>& words) const {
  std::vector<uint32_t> entries;
  auto it = kb_.by_first.find(words.front());
  if (it == kb_.by_first.end()) return entries;
  for (uint32_t ni : it->second) {
    const KbName& name = kb_.names[ni];
    if (name.use != Use::kName || name.tokens != words ||
        kb_.entries[name.entry].kind != "person" ||
        std::find(entries.begin(), entries.end(), name.entry) != entries.end())
      continue;
    entries.push_back(name.entry);
    if (auto sib = kb_.siblings.find(name.entry); sib != kb_.siblings.end())
      entries.insert(entries.end(), sib->second.begin(), sib->second.end());
  }
  return entries;
}

std::vector<uint32_t> DocumentResolver::person_without_initials(const SentenceInfo& in,
                                                                const WorkMention& m) const {
  static const std::unordered_set<std::string> suffixes = {"jr", "jr.", "sr", "sr.", "ii", "iii"};
  auto is_letter = [](const std::string& f) {
    return f.size() == 1 && std::isalpha(static_cast<unsigned char>(f[0]));
  };
  std::vector<std::string> words;
  bool dropped = false;
  for (int k = m.first; k < m.last; ++k) {
    const std::string& f = in.folded[k];
    const bool inner = k > m.first && k + 1 < m.last;
    const bool initial =
        inner && (is_letter(f) || (f.size() == 2 && f[1] == '.' && is_letter(f.substr(0, 1))));
    const bool dot = f == "." && k > m.first && is_letter(in.folded[k - 1]);
    const bool suffix = k > m.first + 1 && suffixes.count(f) > 0;
    const bool comma = f == "," && k + 1 < m.last && suffixes.count(in.folded[k + 1]) > 0;
    if (initial || dot || suffix || comma) {
      dropped = true;
      continue;
    }
    words.push_back(f);
  }
  if (!dropped || words.size() < 2) return {};
  return people_named(words);
}

}  // namespace eventwire::actors_internal::resolve
