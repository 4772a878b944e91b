// Step 3 of docs/actors.md: where role phrases are ("a senior Iranian
// military commander", "the Trump campaign") and how far each reaches.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

// Whether token `k` of sentence `si` starts a person's name.
bool DocumentResolver::person_at(size_t si, int k) const {
  const SentenceInfo& in = info_[si];
  if (k >= static_cast<int>(in.folded.size())) return false;
  return per_at_[si][k] || (in.name_at[k] >= 0 &&
                            kb_.entries[in.names[in.name_at[k]].entries.front()].kind == "person");
}

// Whether a tail of a preposition and a body's name ("for the Green Party")
// starts at token `k` and a person's name follows it.
bool DocumentResolver::tail_name(size_t si, int k) const {
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(in.folded.size());
  if (k >= n || (in.folded[k] != "for" && in.folded[k] != "of" && in.folded[k] != "at"))
    return false;
  bool named = false;
  for (int t = k + 1; t < n && t <= k + 7; ++t) {
    if (named && person_at(si, t) && in.name_at[t] != in.name_at[t - 1]) return true;
    if (in.name_at[t] >= 0 && !per_at_[si][t])
      named = true;
    else if (!is_determiner(in.folded[t]))
      return false;
  }
  return false;
}

// Whether tokens [first, …) of sentence `si`, up to the person's name after
// `after`, name a party (a party the base knows, or a party's or a race's
// word: "party", "Democratic", "presidential").
bool DocumentResolver::names_party(size_t si, int first, int after) const {
  static const std::unordered_set<std::string> words = {
      "party",      "parties",     "presidential", "vice-presidential", "campaign", "democratic",
      "republican", "libertarian", "green",        "conservative",      "labour",   "labor",
      "liberal",    "socialist",   "gop"};
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(in.folded.size());
  for (int t = first; t < n && (t < after || !person_at(si, t)); ++t) {
    if (words.count(in.folded[t])) return true;
    if (in.name_at[t] >= 0) {
      const Hit& h = in.names[in.name_at[t]];
      if (kb_.entries[h.entries.front()].code.ends_with("PTY")) return true;
    }
    if (t >= after + 8) break;
  }
  return false;
}

// 3. Role phrases ("a senior Iranian military commander", "Israeli troops").
void DocumentResolver::add_role_phrases() {
  name_count_ = ms_.size();
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    for (size_t ri = 0; ri < in.roles.size(); ++ri) {
      const Hit& rh = in.roles[ri];
      const int head = role_head(si, rh);
      if (covered_[si][head]) continue;
      // A role word right before a person's name is a title ("FBI Director
      // James Comey", "Sen. Patrick Leahy"), even where the parse makes it a
      // compound of the name.
      // (After the whole role name: "Secretary of State Ann Corley".)
      const int after = rh.last;
      const std::string needs = kb_.entries[rh.entries.front()].attribute("needs");
      // (A title of a name only may keep a short tail before the name: "chief
      // strategist for the Green Party Ada Moreno".)
      const bool before_person = person_at(si, after) || (needs == "name" && tail_name(si, after));
      // The word of a role name the parse makes its head: "Attorney" of "the
      // Attorney General said", where "General" hangs on it as a flat name.
      int top = head;
      while (in.parsed && !before_person && s.tokens[top].head - 1 >= rh.first &&
             s.tokens[top].head - 1 < rh.last && s.tokens[top].head - 1 != top)
        top = s.tokens[top].head - 1;
      // A capitalized title's last word may be tagged an adjective ("Attorney
      // General Loretta Lynch", "Surgeon General …"): before a name it is a title.
      if (!noun_like(s.tokens[top]) && !(before_person && starts_upper(s.tokens[head].text)))
        continue;
      // A title only ("Justice Antonin Scalia"): no phrase without a name;
      // the end of a body's name only ("Yahoo News", "Alphabet Inc"): none.
      if ((!before_person && needs == "name") || needs == "body") continue;
      // "a paramilitary group", "militant groups": the body the role word
      // describes is the phrase.
      const int group = before_person ? -1 : group_described(si, top, rh);
      if (group < 0 && !role_word_heads(si, top, before_person)) continue;
      int first = rh.first, last = rh.last;
      if (in.parsed && !before_person) {
        extend_parsed(in, top, top, first, last);
        extend_name_words(in, rh, top, first, last);
      } else
        extend_plain(si, first, last);
      if (group >= 0) {
        if (in.parsed) extend_parsed(in, group, group, first, last);
        last = std::max(last, group + 1);
      }
      const int office = before_person ? -1 : role_office(si, top, last);
      if (office >= 0) {
        if (in.parsed) extend_parsed(in, office, office, first, last);
        first = std::min(first, office);
        last = std::max(last, office + 1);
      }
      settle_phrase(si, head, top, before_person, first, last);
      // A candidacy title names a party or a race ("Green Party candidate",
      // "Republican nominee", "chief strategist for the GOP"): "Oscar nominee"
      // is no party's.
      if (needs == "name" && kb_.entries[rh.entries.front()].code == "PTY" &&
          !names_party(si, first, after))
        continue;
      WorkMention m;
      if (!make_role_mention(si, ri, first, last, m)) continue;
      if (office >= 0) m.type = "ORG", m.plural = false;
      if (group >= 0) {
        const std::string& g = in.folded[group];
        m.head = group;
        m.plural = g.back() == 's';
        m.type = m.plural ? "NORP" : "ORG";
      }
      ms_.push_back(std::move(m));
    }
  }
}

namespace {
// A town's, county's or state's common noun, or the adjective of its bodies
// ("municipal council").
bool local_unit_word(const std::string& f) {
  static const std::unordered_set<std::string> words = {"city",      "town",     "village",
                                                        "county",    "state",    "municipality",
                                                        "municipal", "township", "borough"};
  return words.count(f) > 0;
}
}  // namespace

// 3c. A town's, county's or state's government named by its common noun
//     ("The county closed two roads", "the city of Marlow is suing"): in
//     CAMEO the country's government (GOV), of the place in its "of" tail,
//     else coded as a bare role phrase (the article's country). Only as the
//     subject of an act: "floods cut off the city" and "the state voted
//     Republican" name the place or its voters, not its government.
void DocumentResolver::add_local_governments() {
  for (size_t si = 0; si < info_.size(); ++si) {
    const SentenceInfo& in = info_[si];
    for (int k = 0; k < static_cast<int>(in.folded.size()); ++k) {
      // The word tests first: the scan of earlier phrases is per mention.
      int first = k, last = k + 1;
      const WorkMention* place = nullptr;
      const bool body = local_body(si, k, first);
      if ((!body && (!local_unit_word(in.folded[k]) || in.role_at[k] >= 0)) ||
          starts_upper(in.sentence->tokens[k].text) || covered_[si][k] || in.name_at[k] >= 0 ||
          in_role_phrase(si, k) || (!body && !local_government_acts(si, k, first, last, place)))
        continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = first;
      m.last = last;
      m.head = k;
      m.kind = WorkMention::Kind::kRole;
      m.role = "GOV";
      m.type = "ORG";
      // Not a description of an earlier government ("the administration"):
      // the town's is another body.
      m.identity = "role:" + std::to_string(si) + ":" + std::to_string(k);
      if (place) {
        m.code = place->code.substr(0, 3) + "GOV";
        m.rank = 3;
        m.how = "composition:local-government";
      }
      ms_.push_back(std::move(m));
    }
  }
}

// Whether token k heads a town's, county's or state's council or board
// ("the city council", "a county commission"; not "a town hall", often a
// meeting), a body wherever it stands; `first` is where its phrase starts.
bool DocumentResolver::local_body(size_t si, int k, int& first) const {
  static const std::unordered_set<std::string> heads = {
      "council", "board", "commission", "commissioners", "supervisors", "government"};
  const SentenceInfo& in = info_[si];
  const Sentence& s = *in.sentence;
  if (k == 0 || !heads.count(in.folded[k]) || !local_unit_word(in.folded[k - 1]) ||
      starts_upper(s.tokens[k - 1].text) || covered_[si][k - 1] || !noun_like(s.tokens[k]))
    return false;
  // A state's government is the country's where states are countries.
  if (in.folded[k - 1] == "state" && in.folded[k] == "government") return false;
  first = k - 1;
  if (first > 0 && is_determiner(in.folded[first - 1])) --first;
  return true;
}

// Whether token k of sentence si lies in a role phrase found before.
bool DocumentResolver::in_role_phrase(size_t si, int k) const {
  for (size_t i = name_count_; i < ms_.size(); ++i)
    if (ms_[i].sentence == static_cast<int>(si) && ms_[i].first <= k && k < ms_[i].last)
      return true;
  return false;
}

bool stative_verb(const std::string& lemma) {
  static const std::unordered_set<std::string> stative = {"be",   "remain", "endure", "become",
                                                          "stay", "lie",    "sit",    "host",
                                                          "fall", "belong", "look",   "seem"};
  return stative.count(lemma) > 0;
}

// Whether token k is the subject of a verb of action. Three small closed
// classes say otherwise: being or position (stative_verb), having or
// undergoing ("the city saw protests"), and the election idioms of a place
// ("the state voted / leans / flipped Republican"), where a place is its
// people, not its government.
bool subject_of_act(const Sentence& s, int k) {
  static const std::unordered_set<std::string> undergoes = {
      "have",    "see",     "experience", "suffer", "face",  "need",  "lose",    "grow", "get",
      "receive", "include", "border",     "rank",   "count", "boast", "contain", "feel", "bear"};
  static const std::unordered_set<std::string> elects = {
      "vote", "go", "lean", "swing", "favor", "favour", "flip", "tilt", "trend", "break", "turn"};
  const Token& t = s.tokens[k];
  if (t.deprel != "nsubj" || t.head <= 0) return false;
  const Token& verb = s.tokens[t.head - 1];
  return verb.upos == "VERB" && !stative_verb(verb.lemma) && !undergoes.count(verb.lemma) &&
         !elects.count(verb.lemma);
}

// Whether "the <noun>" at token k of sentence si acts: the subject of a
// verb of action, with no modifier but "the" and an "of" tail (which may
// name the place: `place`, the tail widening [first, last)).
bool DocumentResolver::local_government_acts(size_t si, int k, int& first, int& last,
                                             const WorkMention*& place) const {
  const SentenceInfo& in = info_[si];
  const Sentence& s = *in.sentence;
  if (!subject_of_act(s, k)) return false;
  bool definite = false;
  for (int c : in.children[k]) {
    const std::string& rel = s.tokens[c].deprel;
    if (rel == "det" && in.folded[c] == "the" && c == k - 1) {
      definite = true;
      first = c;
    } else if (rel.rfind("nmod", 0) == 0 && c > k && has_case(in, c, "of")) {
      for (size_t i = 0; i < name_count_; ++i) {
        const WorkMention& o = ms_[i];
        if (o.sentence != static_cast<int>(si) || o.first > c || c >= o.last) continue;
        last = std::max(last, o.last);
        if (o.code.size() >= 3 && kb_.is_country(o.code.substr(0, 3))) place = &o;
      }
      last = std::max(last, c + 1);
    } else if (rel != "punct") {
      return false;
    }
  }
  return definite;
}

// The edges of a role phrase: title case read as one name starts the phrase
// at the demonym or country the role word hangs on ("Slovak Soldiers"); a
// comma or semicolon on either side of the head ends it.
void DocumentResolver::settle_phrase(size_t si, int head, int top, bool before_person, int& first,
                                     int& last) const {
  const SentenceInfo& in = info_[si];
  const Sentence& s = *in.sentence;
  if (in.parsed && !before_person) {
    const int gov = s.tokens[top].head - 1;
    const std::string& rel = s.tokens[top].deprel;
    if ((rel == "flat" || rel == "compound") && gov >= 0 && gov < top && in.name_at[gov] >= 0 &&
        in.names[in.name_at[gov]].last == top)
      first = std::min(first, in.names[in.name_at[gov]].first);
  }
  for (int k = head + 1; k < last; ++k)
    if (in.folded[k] == "," || in.folded[k] == ";") {
      last = k;
      break;
    }
  for (int k = head - 1; k >= first; --k)
    if (in.folded[k] == "," || in.folded[k] == ";") {
      first = k + 1;
      break;
    }
}

// The noun of a body right after the role word at `top` that the role word
// describes ("paramilitary group", "militant groups", "police unit"), or -1.
int DocumentResolver::group_described(size_t si, int top, const Hit& rh) const {
  static const std::unordered_set<std::string> groups = {
      "group",    "groups",    "organization", "organizations", "organisation", "organisations",
      "movement", "movements", "outfit",       "outfits",       "network",      "networks",
      "faction",  "factions",  "unit",         "units",         "cell",         "cells"};
  const SentenceInfo& in = info_[si];
  const Sentence& s = *in.sentence;
  const int k = rh.last;
  if (k >= static_cast<int>(in.folded.size()) || !groups.count(in.folded[k]) ||
      !noun_like(s.tokens[k]) || covered_[si][k] || in.role_at[k] >= 0)
    return -1;
  return !in.parsed || s.tokens[top].head - 1 == k ? k : -1;
}

// "Ecuador's Ombudsman's Office", "the mayor's office": a role's office is
// its institution, coded as the role. The office noun the role word at `top`
// possesses, or -1.
int DocumentResolver::role_office(size_t si, int top, int last) const {
  const SentenceInfo& in = info_[si];
  const Sentence& s = *in.sentence;
  const int n = static_cast<int>(in.folded.size());
  auto office = [&](int k) {
    return k >= 0 && k < n && (in.folded[k] == "office" || in.folded[k] == "offices") &&
           noun_like(s.tokens[k]);
  };
  if (in.parsed) {
    const int gov = s.tokens[top].head - 1;
    return s.tokens[top].deprel == "nmod:poss" && gov > top && office(gov) ? gov : -1;
  }
  return last + 1 < n && (in.folded[last] == "'s" || in.folded[last] == "'") && office(last + 1)
             ? last + 1
             : -1;
}

// 3d. A candidate's staff: "Clinton spokesman Nick Merrill" in an article
//     naming the Clinton campaign (3b), or titling Clinton a party's
//     nominee or candidate ("Democratic nominee Hillary Clinton"), speaks for the candidate's party
//     side, as "Clinton campaign spokesman" does (3); without a campaign in the article an owner
//     out of office leaves the role uncoded (step 3).
void DocumentResolver::candidates_staff() {
  std::unordered_set<std::string> campaigns;  // identities of people with a campaign
  // Surnames of known people the article titles a party's nominee or
  // candidate → their country.
  std::unordered_map<std::string, std::string> candidates;
  for (const WorkMention& m : ms_) {
    if (m.identity.starts_with("campaign:")) campaigns.insert(m.identity.substr(9));
    // A known person the article titles a candidate ("Democratic nominee X").
    if (m.dropped || !m.person || m.kind != WorkMention::Kind::kName ||
        !m.identity.starts_with("kb:"))
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    if (start < 1 || in.role_at[start - 1] < 0) continue;
    const std::string& title = in.folded[start - 1];
    if ((title == "nominee" || title == "candidate") &&
        names_party(static_cast<size_t>(m.sentence), std::max(0, start - 4), start) &&
        m.code.size() >= 3 && kb_.is_country(m.code.substr(0, 3)))
      candidates.emplace(in.folded[m.last - 1], m.code.substr(0, 3));
  }
  if (campaigns.empty() && candidates.empty()) return;
  for (WorkMention& m : ms_) {
    if (m.dropped || m.kind != WorkMention::Kind::kRole || !m.unknown_owner || !m.code.empty() ||
        m.former)
      continue;
    const SentenceInfo& in = info_[m.sentence];
    // People only: not "Bill Clinton's presidency".
    static const std::unordered_set<std::string> staff = {
        "adviser", "advisor", "advisers", "advisors", "aide", "aides", "staffer", "staffers"};
    const std::string& w = in.folded[m.head];
    if (!staff.count(w) && !is_generic_head(w) && !is_person_noun(w)) continue;
    for (const Hit& h : in.names) {
      if (h.first < m.first || h.last > m.head || h.use != Use::kName) continue;
      bool past = false;
      const int e = choose_entry(kb_, h.entries, date_, alone_, &past);
      if (e < 0 || kb_.entries[e].kind != "person") continue;
      // (The candidate's surname, whichever namesake the base chooses for it
      // alone: "Clinton spokesman" after "Democratic nominee Hillary Clinton".)
      const auto candidate = candidates.find(in.folded[h.last - 1]);
      std::string country = candidate != candidates.end() ? candidate->second : std::string();
      const std::string& code = kb_.entries[e].code;
      if (country.empty() && campaigns.count("kb:" + std::to_string(kb_.identity[e])) &&
          code.size() >= 3 && kb_.is_country(code.substr(0, 3)))
        country = code.substr(0, 3);
      if (country.empty()) continue;
      m.code = country + "PTY";
      m.role = "PTY";
      m.rank = 3;
      m.how = "composition";
      m.unknown_owner = false;
      break;
    }
  }
}

// 3c. "Officers" are a police force's where the armed body named nearest
//     them is the police ("Charlotte officers" after "Charlotte police"); the
//     army's otherwise, as the role word says.
void DocumentResolver::officers_of_the_police() {
  auto officers = [&](const WorkMention& m) {
    const std::string& w = info_[m.sentence].folded[m.head];
    return m.kind == WorkMention::Kind::kRole && m.role == "MIL" && !m.former &&
           (w == "officer" || w == "officers");
  };
  // Police and military mentions in text order: (sentence, token, police?).
  std::vector<std::tuple<int, int, bool>> armed;
  for (const WorkMention& m : ms_) {
    if (m.dropped || officers(m)) continue;
    const std::string sector = m.kind == WorkMention::Kind::kRole ? m.role
                               : m.code.size() > 3                ? m.code.substr(3, 3)
                                                                  : std::string();
    if (sector == "COP" || sector == "MIL")
      armed.emplace_back(m.sentence, m.first, sector == "COP");
  }
  if (armed.empty()) return;
  std::sort(armed.begin(), armed.end());
  for (WorkMention& m : ms_) {
    if (m.dropped || !officers(m)) continue;
    bool other_role = false;
    for (int k = m.first; k < m.last && !other_role; ++k)
      other_role = k != m.head && info_[m.sentence].role_at[k] >= 0;
    if (other_role) continue;
    // The nearest before and after, by sentences then tokens.
    auto after =
        std::lower_bound(armed.begin(), armed.end(), std::make_tuple(m.sentence, m.first, false));
    auto distance = [&](const std::tuple<int, int, bool>& a) {
      return 1000L * std::abs(std::get<0>(a) - m.sentence) + std::abs(std::get<1>(a) - m.first);
    };
    const std::tuple<int, int, bool>* nearest = nullptr;
    if (after != armed.end()) nearest = &*after;
    if (after != armed.begin() && (!nearest || distance(*(after - 1)) <= distance(*nearest)))
      nearest = &*(after - 1);
    if (!std::get<2>(*nearest)) continue;
    m.role = "COP";
    if (m.code.ends_with("MIL")) m.code = m.code.substr(0, m.code.size() - 3) + "COP";
  }
}

namespace {

// "2008": a four-digit year.
bool campaign_year(const std::string& t) {
  return t.size() == 4 &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// 3b. "The Trump campaign", "Clinton's campaign": a known person's election
//     campaign acts as the party side of the person's country (as its staff
//     do, step 3), whatever office the person holds. Only the noun heading its
//     phrase ("Trump campaign spokesman" is a role phrase of step 3) and only
//     after a person's name ("a bombing campaign", "Israel's campaign" are no
//     actors).
void DocumentResolver::add_campaigns() {
  std::unordered_map<uint64_t, size_t> person_to;  // (sentence, last token) → name mention
  for (size_t i = 0; i < name_count_; ++i)
    if (ms_[i].person && !ms_[i].dropped && ms_[i].kind == WorkMention::Kind::kName)
      person_to.emplace(
          (static_cast<uint64_t>(ms_[i].sentence) << 32) | static_cast<uint32_t>(ms_[i].last), i);
  if (person_to.empty()) return;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    const int n = static_cast<int>(s.tokens.size());
    for (int k = 1; k < n; ++k) {
      if (in.folded[k] != "campaign" || starts_upper(s.tokens[k].text) || in.role_at[k] >= 0 ||
          covered_[si][k])
        continue;
      // The head of its phrase: not a modifier of a following noun.
      if (in.parsed ? (s.tokens[k].deprel == "compound" || s.tokens[k].deprel == "amod")
                    : (k + 1 < n && in.role_at[k + 1] >= 0))
        continue;
      // A year or lower-case modifiers between a possessor and the noun ("Vale's
      // 2008 campaign", "Vale's presidential campaign"): the possessor's.
      int before = k - 1;
      while (before > 0 &&
             (campaign_year(s.tokens[before].text) ||
              (s.tokens[before].head - 1 == k && !starts_upper(s.tokens[before].text) &&
               (s.tokens[before].deprel == "amod" || s.tokens[before].deprel == "compound"))))
        --before;
      if (before < k - 1 && in.folded[before] != "'s" && in.folded[before] != "'") continue;
      const int owner_end = in.folded[before] == "'s" || in.folded[before] == "'" ? before : k;
      auto it =
          person_to.find((static_cast<uint64_t>(si) << 32) | static_cast<uint32_t>(owner_end));
      if (it == person_to.end()) continue;
      const WorkMention& owner = ms_[it->second];
      if (owner.code.size() < 3 || !kb_.is_country(owner.code.substr(0, 3))) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first =
          owner.first > 0 && in.folded[owner.first - 1] == "the" ? owner.first - 1 : owner.first;
      m.last = k + 1;
      m.head = k;
      m.kind = WorkMention::Kind::kRole;
      m.role = "PTY";
      m.code = owner.code.substr(0, 3) + "PTY";
      m.rank = 3;
      m.how = "composition";
      m.type = "ORG";
      m.identity = "campaign:" + owner.identity;
      ms_.push_back(std::move(m));
    }
  }
}

// Whether the role word at `head` heads its phrase: not when the next token
// is a role or name noun it modifies, nor when it is used as an adjective.
bool DocumentResolver::role_word_heads(size_t si, int head, bool before_person) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(s.tokens.size());
  if (in.parsed) {
    if (before_person) return true;
    const std::string& rel = s.tokens[head].deprel;
    // Title case read as one name ("Slovak Soldiers", "Russian Troops" in a
    // headline): a role word after a demonym or country it hangs on heads.
    const int gov = s.tokens[head].head - 1;
    if ((rel == "flat" || rel == "compound") && gov >= 0 && gov < head && in.name_at[gov] >= 0 &&
        in.names[in.name_at[gov]].last == head && starts_upper(s.tokens[head].text) &&
        (head + 1 >= n || !starts_upper(s.tokens[head + 1].text))) {
      const Hit& g = in.names[in.name_at[gov]];
      if (g.use == Use::kDemonym || place_entry(g)) return true;
    }
    return !(rel == "compound" || rel == "amod" || rel == "flat");
  }
  // The word after the role name ("Secretary of State" is headed by
  // "Secretary" but ends after "State").
  int after = head + 1;
  while (after < n && in.role_at[after] >= 0 && in.role_at[after] == in.role_at[head]) ++after;
  if (after >= n) return true;
  const std::string& next = s.tokens[after].text;
  if (in.role_at[after] >= 0) return false;
  if (in.name_at[after] >= 0 || (covered_[si][after] && !per_at_[si][after])) {
    const Hit& nh = in.names[in.name_at[after] >= 0 ? in.name_at[after] : 0];
    const bool person_next =
        per_at_[si][after] ||
        (in.name_at[after] >= 0 && kb_.entries[nh.entries.front()].kind == "person");
    if (!person_next) return false;
  }
  // (Not before a function word: "police in Hong Kong", "police and troops".)
  return !(is_adjectival_role(in.folded[head]) && !next.empty() &&
           std::islower(static_cast<unsigned char>(next[0])) &&
           std::isalpha(static_cast<unsigned char>(next[0])) &&
           !is_function_word(in.folded[after]));
}

// The phrase of a role word in a parse: left dependents' subtrees and right
// "of"/possessive nmods.
void DocumentResolver::extend_parsed(const SentenceInfo& in, int head, int t, int& first,
                                     int& last) const {
  const Sentence& s = *in.sentence;
  for (int k : in.children[t]) {
    const std::string& rel = s.tokens[k].deprel;
    if (rel == "punct" || rel == "appos" || rel == "acl:relcl" || rel == "acl" || rel == "conj" ||
        rel == "cc" || rel.rfind("nsubj", 0) == 0 || rel == "cop" || rel == "parataxis" ||
        rel == "advcl")
      continue;
    // The phrase's own preposition and right-hand modifiers other than
    // "of"/possessives belong to the clause: "(with) the commander (in Tehran)".
    if (t == head && (rel == "case" || rel == "mark")) continue;
    if (t == head && k > head && (rel == "nmod" || rel.rfind("nmod:", 0) == 0) &&
        rel != "nmod:poss" && rel != "nmod:of" && !has_case(in, k, "of") &&
        !(is_person_noun(in.folded[head]) && has_case(in, k, "for")) &&
        !(is_adviser_noun(in.folded[head]) && (has_case(in, k, "to") || has_case(in, k, "for"))))
      continue;
    if (k < first) first = k;
    if (k >= last) last = k + 1;
    extend_parsed(in, head, k, first, last);
  }
}

// A role name is one unit: the left dependents of its other words belong to
// the phrase too, where the parse hangs a word of the name on another as a
// subject ("the Kenyan electronics maker", "the Peruvian minister of veterans
// affairs" headed by "affairs"), and so does a noun the head hangs on right
// before the name ("the Iranian deputy foreign minister", "deputy" the root).
void DocumentResolver::extend_name_words(const SentenceInfo& in, const Hit& rh, int top, int& first,
                                         int& last) const {
  const Sentence& s = *in.sentence;
  for (int t = rh.first; t < rh.last; ++t) {
    if (t == top) continue;
    const std::vector<int>& kids = in.children[t];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it)
      if (*it < rh.first && *it >= first - 1 && noun_chunk_word(in, *it)) {
        first = std::min(first, *it);
        extend_parsed(in, top, *it, first, last);
      }
  }
  const int gov = s.tokens[top].head - 1;
  const std::string& rel = s.tokens[top].deprel;
  if (gov >= 0 && gov == first - 1 && noun_like(s.tokens[gov]) && in.name_at[gov] < 0 &&
      in.role_at[gov] < 0 && (rel == "nmod:unmarked" || rel == "appos" || rel == "compound") &&
      std::islower(static_cast<unsigned char>(s.tokens[gov].text[0])))
    for (int k : in.children[gov])
      if (k < gov && noun_chunk_word(in, k)) {
        first = std::min(first, gov);
        first = std::min(first, k);
        extend_parsed(in, top, k, first, last);
      }
}

// A word that can sit inside a noun phrase before its head: a determiner, an
// adjective or demonym, a noun or name, a possessive's owner, a number.
bool DocumentResolver::noun_chunk_word(const SentenceInfo& in, int k) const {
  const std::string& upos = in.sentence->tokens[k].upos;
  return upos == "DET" || upos == "ADJ" || upos == "NOUN" || upos == "PROPN" || upos == "NUM" ||
         in.name_at[k] >= 0;
}

// The phrase of a role word without a parse (or before a name): the words to
// its left up to a determiner, and an "of …" or short prepositional tail.
void DocumentResolver::extend_plain(size_t si, int& first, int& last) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(s.tokens.size());
  int k = first - 1;
  while (k >= 0 && first - k <= 6) {
    const std::string& f = in.folded[k];
    if (is_determiner(f)) {
      first = k;
      break;
    }
    const bool part =
        in.name_at[k] >= 0 || in.role_at[k] >= 0 || stop_left().count(f) || f == "'s" ||
        (f == "'" && attached_to_word(s, k)) || starts_upper(s.tokens[k].text) ||
        (f.size() > 6 && (f.ends_with("-based") || f.ends_with("-backed") || f.ends_with("-led") ||
                          f.ends_with("-linked"))) ||
        ((f == "based" || f == "backed" || f == "led" || f == "linked") && k > 0 &&
         in.folded[k - 1] == "-") ||
        (f == "-" && k > 0 && !s.tokens[k - 1].space_after) ||
        // "former state senator", "ex-city councilman": the office's modifier.
        (k > 0 && is_past_marker(in.folded[k - 1]) &&
         (s.tokens[k].upos == "NOUN" || s.tokens[k].upos == "ADJ" ||
          (s.tokens[k].upos.empty() && std::islower(static_cast<unsigned char>(f[0]))))) ||
        // A common noun after a name: "Trump campaign spokesman".
        (k > 0 && std::islower(static_cast<unsigned char>(s.tokens[k].text[0])) &&
         s.tokens[k].upos == "NOUN" && !is_function_word(f) && starts_upper(s.tokens[k - 1].text) &&
         (in.name_at[k - 1] >= 0 || per_at_[si][k - 1] || org_at_[si][k - 1]));
    if (!part) {
      // "France's interior and overseas minister": lower-case modifiers and
      // "and" back to a name's possessive, within the window.
      int j = k;
      while (j > 0 && first - j <= 6 &&
             (in.folded[j] == "and" || in.folded[j] == "," ||
              std::islower(static_cast<unsigned char>(s.tokens[j].text[0]))))
        --j;
      if (j > 0 && first - j <= 6 && in.folded[j] == "'s" && in.name_at[j - 1] >= 0)
        first = in.names[in.name_at[j - 1]].first;
      break;
    }
    first = k--;
  }
  // "… of Iran's Islamic Revolutionary Guards Corps' elite Quds Force"
  if (last + 1 < n && in.folded[last] == "of") {
    int j = last + 1, end = last;
    while (j < n && (in.name_at[j] >= 0 || is_determiner(in.folded[j]) || in.folded[j] == "'s" ||
                     in.folded[j] == "'" || stop_left().count(in.folded[j]) ||
                     starts_upper(s.tokens[j].text))) {
      if (in.name_at[j] >= 0 || starts_upper(s.tokens[j].text)) end = j + 1;
      ++j;
    }
    if (end > last) last = end;
  }
  // "leader in the Gaza Strip, …": a short prepositional phrase up to a comma.
  if (last < n &&
      (in.folded[last] == "in" || in.folded[last] == "of" || in.folded[last] == "for" ||
       in.folded[last] == "at" || in.folded[last] == "from" || in.folded[last] == "on")) {
    for (int j = last + 1; j < n && j <= last + 6; ++j)
      if (in.folded[j] == ",") {
        if (j + 1 < n && starts_upper(s.tokens[j + 1].text)) last = j;
        break;
      }
  }
}

// The head word of a role match: its last word, or the word before an "of"
// or "for" inside it ("minister of agriculture"). (Not the parse's head: it
// makes "City" the head of "New York City Mayor".)
int DocumentResolver::role_head(size_t si, const Hit& rh) const {
  const SentenceInfo& in = info_[si];
  for (int k = rh.first + 1; k < rh.last - 1; ++k)
    if (in.folded[k] == "of" || in.folded[k] == "for") return k - 1;
  return rh.last - 1;
}

// The country or place a role phrase is in: "in"/"from" + a country, place or
// capital right after the phrase (without a parse) or as a modifier of its head.
const KbEntry* DocumentResolver::located_in(size_t si, int head, int last) const {
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(in.folded.size());
  auto place_at = [&](int k) -> const KbEntry* {
    if (k < 0 || k >= n || in.name_at[k] < 0) return nullptr;
    const Hit& h = in.names[in.name_at[k]];
    // "in Nassau County": the county, not the capital the name shares.
    return h.use == Use::kDemonym || before_subdivision(in, h) ? nullptr : place_entry(h);
  };
  if (in.parsed) {
    for (int k : in.children[head]) {
      const std::string& rel = in.sentence->tokens[k].deprel;
      if (k > head && (rel == "nmod" || rel == "obl") &&
          (has_case(in, k, "in") || has_case(in, k, "from")))
        if (const KbEntry* e = place_at(k)) return e;
    }
  }
  // Right after the phrase, whatever the parse attached it to ("Police in
  // Hong Kong arrested …" often hangs "in Hong Kong" on the verb).
  if (last >= n || (in.folded[last] != "in" && in.folded[last] != "from")) return nullptr;
  int j = last + 1;
  if (j < n && is_determiner(in.folded[j])) ++j;
  return j < n && in.name_at[j] >= 0 && in.names[in.name_at[j]].first == j ? place_at(j) : nullptr;
}

}  // namespace eventwire::actors_internal::resolve
