// Steps 2, 2b, 2c, 2d, 2e and 4b of docs/actors.md: names NER missed or mistyped:
// knowledge-base names, surnames and given names alone, "City, Country", a
// place's body named again without the place.
#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {
namespace {
// Two stated genders that differ (an unknown one differs from none).
bool opposite(dict::Gender a, dict::Gender b) {
  return a != dict::Gender::kUnknown && b != dict::Gender::kUnknown && a != b;
}
// A mention that is not the base's person: no code, its own identity.
void forget_entry(WorkMention& m, const std::string& identity) {
  m.entry = -1;
  m.code.clear();
  m.how.clear();
  m.rank = 0;
  m.identity = identity;
}
}  // namespace

// 2. Knowledge-base names NER missed; demonyms only when used as nouns ("Gazans").
void DocumentResolver::add_missed_names() {
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    for (const Hit& h : in.names) {
      bool overlap = false;
      for (int k = h.first; k < h.last; ++k) overlap = overlap || covered_[si][k];
      if (overlap) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = h.first;
      m.last = h.last;
      m.head = head_of(s, h.first, h.last);
      if (h.use == Use::kDemonym) {
        const Token& t = s.tokens[m.head];
        const bool nominal =
            in.parsed
                ? (t.upos == "NOUN" || t.upos == "PROPN") && t.deprel != "amod"
                : (in.folded[m.head].back() == 's' &&
                   (m.head + 1 >= static_cast<int>(s.tokens.size()) || in.role_at[m.head + 1] < 0));
        if (!nominal) continue;
        m.plural = true;
      }
      set_from_entry(m, h.entries, h.use);
      if (m.entry < 0) continue;
      const std::string& kind = kb_.entries[m.entry].kind;
      m.type = h.use == Use::kDemonym ? "NORP"
               : kind == "person"     ? "PER"
               : kind == "org"        ? "ORG"
               : kind == "country"    ? "GPE"
                                      : "LOC";
      for (int k = m.first; k < m.last; ++k) covered_[si][k] = 1;
      ms_.push_back(std::move(m));
    }
  }
}

// 2b. A person named in full is later named by the surname alone, which NER
//     may miss ("Ho declined to comment" after "Ho Ka-fai"): a capitalized
//     word, not in any mention or match, equal to the last word of a person's
//     name (or the first, before a hyphenated given name) becomes a mention.
void DocumentResolver::add_missed_surnames() {
  static const std::unordered_set<std::string> calendar = {
      "january",   "february",  "march",   "april",    "may",      "june",   "july",
      "august",    "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday"};
  std::unordered_set<std::string> names;
  for (const WorkMention& m : ms_) {
    if (m.kind != WorkMention::Kind::kName || m.last - m.first < 2) continue;
    const auto& toks = doc_.sentences[m.sentence].tokens;
    // (A hyphenated given name marks a person's name whatever NER typed it.)
    const bool family_first = m.last - m.first >= 4 && toks[m.last - 2].text == "-" &&
                              std::islower(static_cast<unsigned char>(toks[m.last - 1].text[0]));
    if (family_first && (m.person || m.entry < 0)) names.insert(toks[m.first].text);
    if (m.person) names.insert(toks[surname_index(info_[m.sentence].folded, m.first, m.last)].text);
  }
  if (names.empty()) return;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    for (int k = 0; k < static_cast<int>(s.tokens.size()); ++k) {
      const std::string& w = s.tokens[k].text;
      if (covered_[si][k] || in.name_at[k] >= 0 || in.role_at[k] >= 0 || !starts_upper(w) ||
          w.size() < 2 || !names.count(w) || is_function_word(in.folded[k]) ||
          calendar.count(in.folded[k]) || is_honorific(in.folded[k]))
        continue;
      if (in.parsed && s.tokens[k].upos != "PROPN") continue;
      // Not part of a longer capitalized name ("Chan Kin-man" is not "Chan").
      if ((k + 1 < static_cast<int>(s.tokens.size()) && starts_upper(s.tokens[k + 1].text) &&
           s.tokens[k].space_after) ||
          (k > 0 && starts_upper(s.tokens[k - 1].text) && in.folded[k - 1] != "." && k - 1 > 0))
        continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = k;
      m.last = k + 1;
      m.head = k;
      m.type = "PER";
      m.person = true;
      m.identity = "text:" + in.folded[k] + " ";
      covered_[si][k] = 1;
      ms_.push_back(std::move(m));
    }
  }
}

// 2d. A body's name NER missed: capitalized words ending in the head of a
//     body's name (roles.kb and derived-heads.kb, `needs=body`: "the Harbor
//     Policy Center", "a Tidewater Fisheries Commission"), or the head with
//     its "of"/"for"/"on" tail ("the Institute for Fiscal Fairness"), that no
//     mention covers, composed as a name NER found; kept only when that gives
//     it a role. Not in a headline written in title case.
void DocumentResolver::add_missed_bodies() {
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    if (title_case(s)) continue;
    for (const Hit& h : in.roles) {
      const int k = h.first, n = static_cast<int>(s.tokens.size());
      if (h.last != k + 1 || kb_.entries[h.entries.front()].attribute("needs") != "body" ||
          !starts_upper(s.tokens[k].text) || covered_[si][k] || per_at_[si][k] || org_at_[si][k])
        continue;
      // The whole name: not "Center" of "Center Street".
      if (k + 1 < n && starts_upper(s.tokens[k + 1].text)) continue;
      int demonym = -1;
      const int a = missed_body_start(si, k, &demonym);
      const int z = missed_body_tail_end(si, k);
      if (a == k && z == k + 1) continue;
      if (in_case_title(si, a)) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = a;
      m.last = z;
      m.type = "ORG";
      m.head = k;
      if (!shortened_body(m)) {
        compose_ner_mention(in, m);
        if (m.code.empty() && m.title_role.empty()) continue;
        std::string key;
        for (int t = a; t < z; ++t) key += in.folded[t] + " ";
        m.identity = "text:" + key;
      }
      for (int t = a; t < z; ++t) covered_[si][t] = 1;
      if (demonym >= 0) ms_[demonym].dropped = true;
      ms_.push_back(std::move(m));
    }
  }
}

// The first word of a body's name ending at the head `k`: capitalized words
// no other mention covers, also across "and" between two of them ("the
// Central and Eastern Harbor Coalition") and a demonym NER tagged inside the
// name ("the East Gondorian Coalition"), whose mention index goes to
// `demonym` (the name replaces it).
int DocumentResolver::missed_body_start(size_t si, int k, int* demonym) const {
  const SentenceInfo& in = info_[si];
  auto free_word = [&](int t) { return free_name_word(si, t); };
  int a = k;
  for (;;) {
    if (free_word(a - 1)) {
      --a;
    } else if (a - 2 >= 0 && a < k && in.folded[a - 1] == "and" && free_word(a - 2)) {
      a -= 2;
    } else if (const int d = demonym_ending_at(si, a); d >= 0 && *demonym < 0) {
      *demonym = d;
      a = ms_[d].first;
    } else {
      return a;
    }
  }
}

// Whether token `t` may be a word of a body's name NER missed: capitalized,
// in the sentence, no mention's, no NER name's, no function word.
bool DocumentResolver::free_name_word(size_t si, int t) const {
  const Sentence& s = doc_.sentences[si];
  if (t < 0 || t >= static_cast<int>(s.tokens.size())) return false;
  return starts_upper(s.tokens[t].text) && !covered_[si][t] && !per_at_[si][t] && !org_at_[si][t] &&
         !is_function_word(info_[si].folded[t]);
}

// Whether the name opening at token `a` is a party in a case's title ("Doe
// v. Board of Regents"), no actor of the story; the splitter may end a
// sentence at "v.".
bool DocumentResolver::in_case_title(size_t si, int a) const {
  auto versus = [](const std::string& f) {
    return f == "v" || f == "vs" || f == "v." || f == "vs.";
  };
  const std::vector<std::string>& f = info_[si].folded;
  if (a > 0) return versus(f[a - 1]);
  if (si == 0) return false;
  const std::vector<std::string>& p = info_[si - 1].folded;
  const size_t n = p.size();
  return (n >= 1 && versus(p[n - 1])) || (n >= 2 && p[n - 1] == "." && versus(p[n - 2]));
}

// The end of a body's name after its head `k`: an "of", "for" or "on" tail
// of capitalized words no mention covers, also joined by "and" ("the
// Institute for Harbor and Canal Safety"); k + 1 when there is none.
int DocumentResolver::missed_body_tail_end(size_t si, int k) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(s.tokens.size());
  if (k + 2 >= n ||
      (in.folded[k + 1] != "of" && in.folded[k + 1] != "for" && in.folded[k + 1] != "on"))
    return k + 1;
  auto free_word = [&](int t) { return free_name_word(si, t); };
  int z = k + 2;
  while (free_word(z) || (z > k + 2 && z < n && in.folded[z] == "and" && free_word(z + 1)))
    z += free_word(z) ? 1 : 2;
  return z > k + 2 ? z : k + 1;
}

// The demonym mention (a single NER one, "Gondorian") ending right before
// token `end`, or -1.
int DocumentResolver::demonym_ending_at(size_t si, int end) const {
  for (size_t i = 0; i < ms_.size(); ++i) {
    const WorkMention& x = ms_[i];
    if (!x.dropped && x.sentence == static_cast<int>(si) && x.last == end &&
        x.kind == WorkMention::Kind::kDemonym && x.last - x.first == 1 &&
        starts_upper(doc_.sentences[si].tokens[x.first].text))
      return static_cast<int>(i);
  }
  return -1;
}

// A body named again by the last words of its name ("the Harbor Board"
// after "the Tarnwick Harbor Board") is that body, named before it.
bool DocumentResolver::shortened_body(WorkMention& m) const {
  const std::vector<std::string>& f = info_[m.sentence].folded;
  const int n = m.last - m.first;
  for (const WorkMention& x : ms_) {
    if (x.dropped || x.person || x.kind != WorkMention::Kind::kName || x.last - x.first <= n ||
        (x.code.empty() && x.title_role.empty()))
      continue;
    if (x.sentence > m.sentence || (x.sentence == m.sentence && x.first >= m.first)) continue;
    const std::vector<std::string>& g = info_[x.sentence].folded;
    if (!std::equal(f.begin() + m.first, f.begin() + m.last, g.begin() + x.last - n)) continue;
    m.code = x.code;
    m.rank = x.rank;
    m.how = x.how;
    m.entry = x.entry;
    m.title_role = x.title_role;
    m.identity = x.identity;
    return true;
  }
  return false;
}

// A headline in title case: most of its words capitalized.
bool DocumentResolver::title_case(const Sentence& s) const {
  int words = 0, upper = 0;
  for (const Token& t : s.tokens)
    if (!t.text.empty() && std::isalpha(static_cast<unsigned char>(t.text[0]))) {
      ++words;
      upper += starts_upper(t.text) ? 1 : 0;
    }
  return words >= 4 && 2 * upper > words;
}

// 2c. A place the base does not know, written "City, Country" as news
//     datelines and introductions do ("from Sydney, Australia"), is in that
//     country: it places the story there (step 5b). Not inside a list of
//     places ("Ramallah, Jordan and Egypt").
void DocumentResolver::places_in_countries() {
  for (WorkMention& m : ms_) {
    if (m.kind != WorkMention::Kind::kName || !m.code.empty() || m.person || m.entry >= 0 ||
        (m.type != "GPE" && m.type != "LOC"))
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int n = static_cast<int>(in.folded.size());
    if (m.last + 1 >= n || in.folded[m.last] != "," || in.name_at[m.last + 1] < 0) continue;
    if (m.first > 0 && (in.folded[m.first - 1] == "," || in.folded[m.first - 1] == "and")) continue;
    const Hit& h = in.names[in.name_at[m.last + 1]];
    if (h.first != m.last + 1 || h.use != Use::kName) continue;
    if (h.last < n && (in.folded[h.last] == "and" || in.folded[h.last] == "or" ||
                       in.folded[h.last] == "'s" || in.folded[h.last] == "'"))
      continue;
    const KbEntry* k = place_entry(h);
    if (!k || k->kind != "country") continue;
    m.code = k->code.substr(0, 3);
    m.rank = 3;
    m.how = "composition:located";
  }
}

// 2e. A body of a place named again without the place ("the General
//     Assembly" after "the North Carolina General Assembly", "the Senate" after
//     "the Ohio Senate") is that body, not the base's other body of the
//     shorter name (the UN's, the US Senate).
void DocumentResolver::bodies_named_without_their_place() {
  std::vector<size_t> bodies;
  for (size_t i = 0; i < ms_.size(); ++i) {
    const WorkMention& m = ms_[i];
    if (!m.dropped && !m.person && m.kind == WorkMention::Kind::kName && m.entry >= 0 &&
        kb_.entries[m.entry].kind == "org")
      bodies.push_back(i);
  }
  std::sort(bodies.begin(), bodies.end(), [&](size_t a, size_t b) {
    return std::make_pair(ms_[a].sentence, ms_[a].first) <
           std::make_pair(ms_[b].sentence, ms_[b].first);
  });
  std::unordered_map<std::string, size_t> by_tail;  // folded words after the place → body
  for (const size_t i : bodies) {
    WorkMention& m = ms_[i];
    const std::vector<std::string>& f = info_[m.sentence].folded;
    std::string words;
    for (int k = m.first; k < m.last; ++k) words += f[k] + " ";
    if (auto at = by_tail.find(words); at != by_tail.end()) {
      const WorkMention& x = ms_[at->second];
      if (kb_.identity[x.entry] != kb_.identity[m.entry]) {
        m.code = x.code;
        m.rank = x.rank;
        m.how = x.how;
        m.entry = x.entry;
        m.identity = x.identity;
      }
      continue;
    }
    const int place_end = place_prefix_end(m);
    if (place_end < 0) continue;
    std::string tail;
    for (int k = place_end; k < m.last; ++k) tail += f[k] + " ";
    by_tail[tail] = i;
  }
}

// The end of the place that opens a body's name of two parts ("Ohio" in
// "Ohio Senate"), when the rest is a name of the base too; -1 otherwise.
int DocumentResolver::place_prefix_end(const WorkMention& m) const {
  const SentenceInfo& in = info_[m.sentence];
  for (int end = m.first + 1; end < m.last; ++end) {
    Sentence part;
    part.tokens.assign(in.sentence->tokens.begin() + m.first, in.sentence->tokens.begin() + end);
    std::vector<std::string> folded(in.folded.begin() + m.first, in.folded.begin() + end);
    std::vector<Hit> hits = match_sentence(kb_, part, folded, false);
    if (hits.size() != 1 || hits[0].first != 0 || hits[0].last != end - m.first ||
        hits[0].use != Use::kName || !place_entry(hits[0]))
      continue;
    Sentence rest;
    rest.tokens.assign(in.sentence->tokens.begin() + end, in.sentence->tokens.begin() + m.last);
    std::vector<std::string> rest_folded(in.folded.begin() + end, in.folded.begin() + m.last);
    hits = match_sentence(kb_, rest, rest_folded, false);
    if (hits.size() == 1 && hits[0].first == 0 && hits[0].last == m.last - end) return end;
  }
  return -1;
}

// 4b. A person named in full is later named by surname alone ("Saakashvili",
//     "Paterson"), which NER may type as a place or body: a one-word name the
//     knowledge base does not know, equal to the last word of a person's name
//     in the document, is that person's (coreference then joins them).
void DocumentResolver::surnames_as_people() {
  NamesInFull names = names_in_full();
  known_surnames_alone(names);
  if (names.surnames.empty() && names.family.empty()) return;
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    if (m.dropped || m.entry >= 0 || m.kind != WorkMention::Kind::kName || m.last - m.first != 1)
      continue;
    const std::string& word = doc_.sentences[m.sentence].tokens[m.first].text;
    if (!starts_upper(word)) continue;
    if (auto f = names.family.find(word); f != names.family.end() && !f->second.empty()) {
      m.identity = f->second;  // coreference joins the same identity
      m.person = true;
      m.type = "PER";
      continue;
    }
    // A given name alone NER read as a person's is the one person of the
    // article with that given name, unless it is also someone's surname.
    // (Only after the full name: coreference finds a full name's other
    // names when it meets it first.)
    if (auto g = names.given_names.find(word);
        m.person && g != names.given_names.end() && !g->second.empty() &&
        !names.surnames.count(word) &&
        names.introduced_at[g->second] < std::make_pair(m.sentence, m.first)) {
      m.identity = g->second;
      continue;
    }
    if (m.person || !names.surnames.count(word)) continue;
    m.person = true;
    m.type = "PER";
  }
}

// The names of the people named in full in the document (two words or more).
NamesInFull DocumentResolver::names_in_full() const {
  NamesInFull names;
  for (size_t i = 0; i < name_count_; ++i) {
    const WorkMention& m = ms_[i];
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    if (m.dropped || m.kind != WorkMention::Kind::kName || m.last - start < 2) continue;
    const auto& toks = doc_.sentences[m.sentence].tokens;
    const int last = surname_index(info_[m.sentence].folded, start, m.last);
    if (m.person) names.surnames.insert(toks[last].text);
    if (m.person) names.named_in_full.insert(m.identity);
    // (Not from a headline, whose capitals make names of words: "Derelict Obama".)
    if (m.person && m.entry < 0 && doc_.sentences[m.sentence].paragraph >= 0)
      names.unknown_given_by_surname[toks[last].text].push_back(toks[start].text);
    if (m.person && m.entry >= 0 && kb_.entries[m.entry].kind == "person") {
      auto [it, fresh] = names.known_by_surname.emplace(toks[last].text, static_cast<int>(i));
      if (!fresh && it->second >= 0 && ms_[it->second].identity != m.identity) it->second = -1;
      names.full_by_surname[toks[last].text].push_back(static_cast<int>(i));
    }
    // Given names of people named in full: "Hillary" after "Hillary
    // Clinton" (not an initial, a title or a name two people share).
    const std::string& given = toks[start].text;
    if (m.person && given.size() > 2 && starts_upper(given) && given.back() != '.' &&
        !is_honorific(info_[m.sentence].folded[start])) {
      auto [it, fresh] = names.given_names.emplace(given, m.identity);
      if (!fresh && it->second != m.identity) it->second.clear();
      const std::pair<int, int> at{m.sentence, m.first};
      auto [w, added] = names.introduced_at.emplace(m.identity, at);
      if (!added && at < w->second) w->second = at;
    }
    if ((m.person || m.entry < 0) && m.last - start >= 4 && toks[m.last - 2].text == "-" &&
        std::islower(static_cast<unsigned char>(toks[m.last - 1].text[0]))) {
      auto [it, fresh] = names.family.emplace(toks[start].text, m.identity);
      if (!fresh && it->second != m.identity) it->second.clear();
    }
  }
  return names;
}

// A surname alone the base gives to another known person than the one the
// article names in full is the one named ("Clinton" after "Hillary
// Clinton", when "Bill Clinton" is not named).
void DocumentResolver::known_surnames_alone(const NamesInFull& names) {
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    // (A titled surname too: "Secretary Clinton" is the Clinton named in
    // full whose offices fit the title.)
    const int start = m.title_fit.empty() || m.name_first < 0 ? m.first : m.name_first;
    if (m.dropped || m.entry < 0 || !m.person || m.kind != WorkMention::Kind::kName ||
        m.last - start != 1)
      continue;
    const std::string& word = doc_.sentences[m.sentence].tokens[start].text;
    // "Mr. Quill" is no woman the base or the article names in full.
    const dict::Gender said = honorific_gender_of(m);
    const bool not_the_base = opposite(said, base_given_gender(m.entry, word));
    if (not_the_base) forget_entry(m, info_[m.sentence].folded[start]);
    auto it = names.known_by_surname.find(word);
    if (it == names.known_by_surname.end()) {
      if (not_the_base) continue;
      // "Blair" after "Dorran Blair", whom the base does not know: the person
      // named in full here, not the base's namesake (whose names give
      // another first name; "Barack H. Obama" is still Barack Obama).
      if (unknown_namesake(names, word, kb_.entries[m.entry]))
        forget_entry(m, info_[m.sentence].folded[start]);
      continue;
    }
    int named = it->second;
    if (named < 0)  // two known people named in full share the surname
      named = namesake_named_here(names.full_by_surname.at(word), m);
    else if (names.named_in_full.count(m.identity))
      continue;
    if (named < 0) continue;
    const WorkMention& y = ms_[named];
    if (y.identity == m.identity || (!m.title_fit.empty() && !fits_title(y.entry, m.title_fit)) ||
        opposite(said, full_name_gender(y)))
      continue;
    m.identity = y.identity;
    m.entry = y.entry;
    m.code = y.code;
    m.how = y.how;
    m.rank = y.rank;
  }
}

// Whether people the base does not know are named in full with `surname`,
// none with a first name of the base's `person`.
bool DocumentResolver::unknown_namesake(const NamesInFull& names, const std::string& surname,
                                        const KbEntry& person) const {
  auto found = names.unknown_given_by_surname.find(surname);
  if (found == names.unknown_given_by_surname.end() || person.kind != "person") return false;
  for (const KbStr& name : person.names) {
    const std::string_view n = name.view();
    const std::string_view first = n.substr(0, n.find(' '));
    for (const std::string& given : found->second)
      if (given == first) return false;
  }
  return true;
}

// Two known people named in full share the surname a mention gives alone
// ("Bill Clinton" and "Hillary Clinton" … "Clinton"): the one named in full in
// its sentence or the one before (the nearer), else the one the article names
// in full most often, of those whose offices fit its title. -1 when they tie.
int DocumentResolver::namesake_named_here(const std::vector<int>& full,
                                          const WorkMention& m) const {
  const auto before = [&](const WorkMention& y) {
    return std::make_pair(y.sentence, y.first) < std::make_pair(m.sentence, m.first);
  };
  int nearest = -1;
  std::unordered_map<std::string, int> times;
  const dict::Gender said = honorific_gender_of(m);
  for (int k : full) {
    const WorkMention& y = ms_[k];
    if (!m.title_fit.empty() && !fits_title(y.entry, m.title_fit)) continue;
    if (opposite(said, full_name_gender(y))) continue;  // "Mrs. Quill" is not Walter Quill
    ++times[y.identity];
    if (before(y) && m.sentence - y.sentence <= 1) nearest = k;
  }
  if (nearest >= 0) return nearest;
  int best = -1, best_times = 0;
  bool tie = false;
  for (int k : full) {
    auto t = times.find(ms_[k].identity);
    if (t == times.end() || (best >= 0 && ms_[best].identity == ms_[k].identity)) continue;
    if (t->second > best_times) {
      best = k, best_times = t->second, tie = false;
    } else if (t->second == best_times) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

// The gender an honorific just before a name or opening it states ("Mrs. Quill").
dict::Gender DocumentResolver::honorific_gender_of(const WorkMention& m) const {
  const auto& toks = doc_.sentences[m.sentence].tokens;
  const int start = m.name_first >= 0 ? m.name_first : m.first;
  for (int k = std::max(0, m.first - 1); k <= start && k < m.last; ++k)
    if (const dict::Gender g = dict::honorific_gender(toks[k].text); g != dict::Gender::kUnknown)
      return g;
  return dict::Gender::kUnknown;
}

// The gender a full name's given name (or honorific) states ("Ruth Quill").
dict::Gender DocumentResolver::full_name_gender(const WorkMention& y) const {
  if (const dict::Gender g = honorific_gender_of(y); g != dict::Gender::kUnknown) return g;
  const auto& toks = doc_.sentences[y.sentence].tokens;
  const int start = y.name_first >= 0 ? y.name_first : y.first;
  return y.last - start >= 2 ? dict::given_name_gender(toks[start].text) : dict::Gender::kUnknown;
}

}  // namespace eventwire::actors_internal::resolve
