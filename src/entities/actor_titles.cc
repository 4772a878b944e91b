// Step 4 of docs/actors.md: titles and appositions tie a role phrase to a
// name; step 5c: people named with their organization.
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

// 4. Titles and appositions tie a role phrase to a name; the name takes its
//    code when the knowledge base has none for the date. Role phrases are
//    looked up by sentence.
void DocumentResolver::link_titles_and_appositions() {
  std::vector<std::vector<size_t>> roles_in(doc_.sentences.size());
  for (size_t j = name_count_; j < ms_.size(); ++j) roles_in[ms_[j].sentence].push_back(j);
  for (size_t i = 0; i < name_count_; ++i) {
    if (ms_[i].kind != WorkMention::Kind::kName) continue;
    for (size_t j : roles_in[ms_[i].sentence]) {
      WorkMention& r = ms_[j];
      if (r.dropped || (r.plural && !plural_title(r, i))) continue;
      const bool plural = plural_title(r, i);
      link_name_to_role(i, r);
      if (plural && r.dropped) title_conjoined_names(i, r);
    }
  }
}

void DocumentResolver::link_name_to_role(size_t i, WorkMention& r) {
  WorkMention& m = ms_[i];
  const Sentence& s = doc_.sentences[m.sentence];
  const SentenceInfo& in = info_[m.sentence];
  // A possessive title is a title ("Labour's Shadow Home Secretary Yvette
  // Cooper"); a phrase with an article is not ("the minister Ahmed").
  // "that" opening a relative clause is no article ("the blast that Mayor
  // Tomas Varga described"): only a determiner is.
  const std::string& opener = in.folded[r.first];
  const bool determiner = !in.parsed || s.tokens[r.first].upos == "DET";
  const bool article = opener == "the" || ((opener == "this" || opener == "that") && determiner);
  const KbEntry* tail_place = nullptr;
  const bool title = (r.last == m.first || title_tail(in, r, m, &tail_place)) &&
                     (!r.definite || !article) && !r.indefinite;
  // A role phrase right before a person's name is that person's title, no
  // apposition of a name before it ("According to the Daily Lark, party
  // spokesman Ada Moreno said").
  const bool titles_next = r.last < static_cast<int>(in.folded.size()) && r.last != m.first &&
                           per_at_[r.sentence][r.last];
  // A body named inside a person's description ("a former Tax Board
  // chairman") is whom the person served, not the person.
  const bool inside = m.first >= r.first && m.last <= r.last;
  if (!title && inside && r.type == "PER" && !m.person) return;
  bool appos = !titles_next && is_apposition(in, m, r);
  if (!title && !appos && !titles_next) appos = fronted_description(in, m, r);
  if (!title && !appos) return;
  if (m.name_first < 0) m.name_first = m.first;
  if (title) officer_as_police(in, r);
  if (title && tail_place && r.code.empty() && !r.role.empty() && r.role.back() != '~' &&
      !r.unknown_owner) {
    r.code = tail_place->code.substr(0, 3) + phrase_role(r);
    r.rank = 3;
    r.how = "composition";
  }
  if (title) choose_titled_namesake(in, r, m);
  take_role_code(r, title, m);
  if (title) {
    // "Gaza leader Sinwar" is one mention; a relative "that" is not part of it.
    m.first = r.first + ((opener == "that" || opener == "this") && !determiner ? 1 : 0);
    // A person's title makes the name a person's, whatever NER typed it.
    if (r.type == "PER" && m.type != "PER" && m.kind == WorkMention::Kind::kName &&
        (m.entry < 0 || kb_.entries[m.entry].kind == "person")) {
      m.type = "PER";
      m.person = true;
    }
    r.dropped = true;
  } else {
    r.link = static_cast<int>(i);
    r.definite = true;
  }
}

// Whether a person of the base held an office a title names: one of their
// lines (any period) has the title's state sector and, when the title names
// one, its country. A past office ("former Senator", `ELI`) fits anyone.
bool DocumentResolver::fits_title(int entry, const std::string& title) const {
  auto it = kb_.lines_of.find(kb_.identity[entry]);
  if (it == kb_.lines_of.end()) return true;
  const std::string_view country = std::string_view(title).substr(0, 3);
  const std::string_view role = std::string_view(title).substr(3);
  for (uint32_t e : it->second) {
    const std::string& c = kb_.entries[e].code;
    if (c.size() < 6 || (country != "---" && c.compare(0, 3, country) != 0)) continue;
    if (role == "ELI") return true;
    for (size_t k = 3; k + 3 <= c.size(); k += 3)
      if (c.compare(k, 3, role) == 0) return true;
  }
  return false;
}

// Whether the person's dated lines give the office a title codes (its
// country and state role) only until four years or more before the article's
// date: a title used of an office held long before. (Not a later office of
// that code: "Gov. X" of a governor the base dates as vice-president later.
// Not a recent one: a code covers many offices and the base misses many
// terms, so "the foreign minister X" two years after X's term as premier is a
// new office, not a recollection.)
bool DocumentResolver::held_title_long_apart(int entry, const std::string& title) const {
  if (entry < 0 || date_ == 0 || title.size() < 6) return false;
  const std::string role = title.substr(3, 3);
  if (!is_state_office(role)) return false;
  auto it = kb_.lines_of.find(kb_.identity[entry]);
  if (it == kb_.lines_of.end()) return false;
  bool held = false;
  for (uint32_t e : it->second) {
    const KbEntry& k = kb_.entries[e];
    if (k.code.compare(0, 3, title, 0, 3) != 0 || (!k.from && !k.to)) continue;
    bool same_role = false;
    for (size_t p = 3; p + 3 <= k.code.size(); p += 3) same_role |= k.code.compare(p, 3, role) == 0;
    if (!same_role) continue;
    if (!k.to || k.to + 40000 > date_) return false;
    held = true;
  }
  return held;
}

// A title right before a one-word name chooses among namesakes by office
// ("Senator Quist" is no Quist who never held a seat): the title is kept on
// the name (step 4b prefers a namesake named in full whose offices fit it),
// and a known person none of whose offices fits it is not the one named —
// the name takes the title's code instead.
void DocumentResolver::choose_titled_namesake(const SentenceInfo& in, const WorkMention& r,
                                              WorkMention& m) const {
  const std::string role = phrase_role(r);
  if (role.size() != 3 || !is_state_office(role) || r.needs_actor || r.unknown_owner) return;
  const bool country = r.code.size() >= 6 && kb_.is_country(r.code.substr(0, 3));
  m.title_fit = (country ? r.code.substr(0, 3) : std::string("---")) + role;
  if (m.last - m.first != 1 || m.entry < 0 || kb_.entries[m.entry].kind != "person" ||
      fits_title(m.entry, m.title_fit))
    return;
  m.entry = -1;
  m.code.clear();
  m.how.clear();
  m.rank = 0;
  m.identity = "text:" + in.folded[m.first] + " ";
}

// The person's name conjoined right after name `i` ("Ivo Brandt and Lena
// Oster", "A, B and C"), or name_count_ when none.
size_t DocumentResolver::conjoined_name(size_t i) const {
  const WorkMention& m = ms_[i];
  const SentenceInfo& in = info_[m.sentence];
  for (size_t j = i + 1; j < name_count_; ++j) {
    const WorkMention& o = ms_[j];
    if (o.sentence != m.sentence || o.first < m.last) continue;
    if (o.dropped || o.kind != WorkMention::Kind::kName || !(o.person || o.type == "PER"))
      return name_count_;
    const int gap = o.first - m.last;
    const bool joined = (gap == 1 && (in.folded[m.last] == "," || in.folded[m.last] == "and")) ||
                        (gap == 2 && in.folded[m.last] == "," && in.folded[m.last + 1] == "and");
    return joined ? j : name_count_;
  }
  return name_count_;
}

// A plural title right before a list of names: "Sens. Ivo Brandt and Lena
// Oster", "Governors Ada Moreno and Tomas Varga".
bool DocumentResolver::plural_title(const WorkMention& r, size_t i) const {
  if (r.last != ms_[i].first || r.kind != WorkMention::Kind::kRole) return false;
  const std::string& h = doc_.sentences[r.sentence].tokens[r.head].text;
  const bool plural = r.plural || (h.size() > 3 && h.ends_with("s.") && h != "Mrs.");
  return plural && conjoined_name(i) < name_count_;
}

// Each name of the list takes the title its first name took.
void DocumentResolver::title_conjoined_names(size_t i, const WorkMention& r) {
  for (size_t j = conjoined_name(i); j < name_count_; j = conjoined_name(j)) {
    WorkMention& o = ms_[j];
    take_role_code(r, true, o);
    if (r.type == "PER" && o.type != "PER" &&
        (o.entry < 0 || kb_.entries[o.entry].kind == "person"))
      o.type = "PER", o.person = true;
  }
}

// A title may carry a short prepositional tail naming a place or body
// before the name: "Afghan Ambassador to the United States Hamdullah
// Mohib" (the title keeps its own country: the first in the phrase).
// ("Governor of Oregon Ann Lindqvist": an "of" tail's place gives a
// title without a country of its own its country: *place.)
bool DocumentResolver::title_tail(const SentenceInfo& in, const WorkMention& r,
                                  const WorkMention& m, const KbEntry** place) const {
  if (r.last >= m.first || m.first - r.last > 6) return false;
  const std::string& p = in.folded[r.last];
  if (p != "to" && p != "at" && p != "in" && p != "for" && p != "of") return false;
  bool named = false;
  for (int k = r.last + 1; k < m.first; ++k) {
    if (in.name_at[k] >= 0) {
      named = true;
      const Hit& h = in.names[in.name_at[k]];
      if (p == "of" && !*place && h.use != Use::kDemonym) *place = place_entry(h);
    } else if (!is_determiner(in.folded[k])) {
      return false;
    }
  }
  return named;
}

// A role phrase in apposition to a name: so parsed, or set off by a comma
// right after it ("Ortiz, the senator") or right before it ("the senator,
// Ortiz,").
bool DocumentResolver::is_apposition(const SentenceInfo& in, const WorkMention& m,
                                     const WorkMention& r) const {
  const Sentence& s = *in.sentence;
  bool appos = false;
  if (in.parsed) {
    appos = (s.tokens[r.head].deprel == "appos" && s.tokens[r.head].head - 1 == m.head) ||
            (s.tokens[m.head].deprel == "appos" && s.tokens[m.head].head - 1 == r.head);
  }
  const int n = static_cast<int>(in.folded.size());
  // A role phrase that possesses the apposition's head is not the apposition:
  // "Mara Quist, the senator's eldest daughter".
  const bool possessor = r.last < n && (in.folded[r.last] == "'s" || in.folded[r.last] == "'");
  // Nor the object of a preposition before the comma: "An adviser to the
  // senator, Ada Moreno, said" describes Moreno as the adviser.
  const bool object =
      r.first > 1 && is_tail_preposition(in.folded[r.first - 1]) && in.role_at[r.first - 2] >= 0;
  return appos || (r.first == m.last + 1 && in.folded[m.last] == "," && !possessor) ||
         (m.first == r.last + 1 && in.folded[r.last] == "," && !object &&
          (r.last + 1 >= n || m.last >= n || in.folded[m.last] == "," || in.folded[m.last] == "."));
}

// A description fronted before the name it describes, opening the
// sentence: "Long the chief judge of Gondor's highest court, Ruiz
// stepped down …" (the phrase may keep a short tail before the comma).
bool DocumentResolver::fronted_description(const SentenceInfo& in, const WorkMention& m,
                                           const WorkMention& r) const {
  const Sentence& s = *in.sentence;
  if (!(m.person && r.type == "PER" && r.last <= m.first - 1 && in.folded[m.first - 1] == "," &&
        m.first - r.last <= 8 &&
        (r.first == 0 || (r.first == 1 &&  // after one opening word: "Now", "But"
                          std::isalpha(static_cast<unsigned char>(s.tokens[0].text[0])) &&
                          in.name_at[0] < 0 && !per_at_[m.sentence][0]))))
    return false;
  bool tail = true;
  for (int k = r.last; k < m.first - 1 && tail; ++k)
    tail = in.folded[k] != "," && in.folded[k] != ";" && !per_at_[m.sentence][k];
  // A comparison or a negation does not say what someone is: "More
  // scholar than senator, Ortiz …", "Not a diplomat, Ortiz …".
  for (int k = 0; k < m.first - 1 && tail; ++k)
    tail = in.folded[k] != "than" && in.folded[k] != "not" && in.folded[k] != "never";
  return tail;
}

// "Officer" alone as a title is police usage ("Officer Betty Shelby");
// soldiers are titled by rank.
void DocumentResolver::officer_as_police(const SentenceInfo& in, WorkMention& r) const {
  if (r.role != "MIL" || in.folded[r.head] != "officer" ||
      !starts_upper(in.sentence->tokens[r.head].text))
    return;
  bool other_role = false;
  for (int k = r.first; k < r.last && !other_role; ++k)
    other_role = k != r.head && in.role_at[k] >= 0;
  if (!other_role) {
    r.role = "COP";
    if (r.code.ends_with("MIL")) r.code = r.code.substr(0, r.code.size() - 3) + "COP";
  }
}

// The name takes its title's or apposition's code when the base has none for
// the date; a known person out of every dated office takes its role; an
// uncoded role waits for a country (step 5b).
void DocumentResolver::take_role_code(const WorkMention& r, bool title, WorkMention& m) const {
  // (Not a candidacy of a person the base knows out of office: the base codes
  // a known candidate as an elite, "nominee Ada Moreno".)
  const bool known_candidate = m.rank == 2 && r.role == "PTY";
  // The office an uncoded role names for a known person out of office: their
  // country + the role ("Secretary X").
  const bool role_of_country = r.code.empty() && m.rank == 2 && m.code.size() >= 3 &&
                               !r.role.empty() && r.role.back() != '~' && !r.needs_actor &&
                               !r.unknown_owner && kb_.is_country(m.code.substr(0, 3));
  const std::string office = !r.code.empty()   ? r.code
                             : role_of_country ? m.code.substr(0, 3) + phrase_role(r)
                                               : "";
  if (m.rank == 5 && r.former && left_named_body(r, m.code)) {
    // The text says the person left the very body whose office the base
    // still dates on them ("former CIA director X" where the base's line
    // ends late): a past office, its country's elite, as strong as the
    // base's line so that the person's other mentions do not restore it.
    m.code = r.code;
    m.how = title ? "title:former" : "apposition:former";
  } else if (m.rank == 2 && !r.former && !known_candidate &&
             held_title_long_apart(m.entry, office)) {
    // The person held the title's office, but left it a year or more before
    // the article's date ("Secretary X" of a former secretary): the base's
    // code for the date (an elite) stands, as strong as a title's.
    m.rank = 4;
    m.how = title ? "dictionary-past+title" : "dictionary-past+apposition";
  } else if (m.rank < 4 && !r.code.empty() && !known_candidate) {
    m.code = r.code;
    m.rank = 4;
    m.how = title ? "title" : "apposition";
  } else if (role_of_country && !known_candidate) {
    // A known person out of every dated office, described with a new
    // office: their country + that role ("Roberto Maroni, the president
    // of the Lombardy region" → ITAGOV).
    m.code = m.code.substr(0, 3) + phrase_role(r);
    m.rank = 3;
    m.how = title ? "title+dictionary-past" : "apposition+dictionary-past";
  } else if (r.code.empty() && m.code.empty() && !r.role.empty() && r.role.back() != '~' &&
             !r.needs_actor && !r.unknown_owner && m.person) {
    m.title_role = std::string(title ? "T" : "A") + phrase_role(r);
  }
}

// The body named in a common noun's apposition to the name at `head`, by
// "at", "of", "for" or "with" ("Ada Moreno, an analyst at the Harbor
// Institute"; "…, founder and director of …"): the token heading that body's
// name, or -1.
int DocumentResolver::apposition_body(const SentenceInfo& in, int head) const {
  const auto& toks = in.sentence->tokens;
  for (int a : in.children[head]) {
    if (toks[a].deprel != "appos" || toks[a].upos != "NOUN") continue;
    std::vector<int> nouns = {a};
    for (int c : in.children[a])
      if (toks[c].deprel == "conj" && toks[c].upos == "NOUN") nouns.push_back(c);
    for (int n : nouns)
      for (int c : in.children[n])
        if (toks[c].deprel == "nmod" && toks[c].upos == "PROPN" &&
            (has_case(in, c, "at") || has_case(in, c, "of") || has_case(in, c, "for") ||
             has_case(in, c, "with")))
          return c;
  }
  // A relative clause saying where the person works: "Ada Moreno, who
  // studies tax policy at the Harbor Institute".
  // (The parse may hang the body on the clause's object: "studies policy at …".)
  const int n = static_cast<int>(toks.size());
  for (int r : in.children[head]) {
    if (toks[r].deprel != "acl:relcl") continue;
    for (int c = r + 1; c < n && in.folded[c] != ","; ++c) {
      int up = toks[c].head - 1;
      for (int depth = 0; depth < 2 && up >= 0 && up != r; ++depth) up = toks[up].head - 1;
      if (up == r && (toks[c].deprel == "obl" || toks[c].deprel == "nmod") &&
          toks[c].upos == "PROPN" &&
          (has_case(in, c, "at") || has_case(in, c, "for") || has_case(in, c, "with")))
        return c;
    }
  }
  return -1;
}

// 5c. A person the knowledge base does not know, named with a coded
//     organization ("DAB's Ben Chan", "Cheng Chung-tai of Civic Passion",
//     "Alvin Yeung from the Civic Party"; in an apposition whose noun is no
//     role word: "X, an analyst at the Y Institute"), takes the
//     organization's code. Organizations are looked up by sentence and token.
void DocumentResolver::affiliations() {
  std::unordered_map<uint64_t, size_t> org_from, org_to;  // (sentence, token) → mention
  auto key = [](int sentence, int token) {
    return (static_cast<uint64_t>(sentence) << 32) | static_cast<uint32_t>(token);
  };
  for (size_t i = 0; i < name_count_; ++i) {
    const WorkMention& o = ms_[i];
    if (o.dropped || o.code.empty() || o.type != "ORG" || o.kind != WorkMention::Kind::kName)
      continue;
    org_from.emplace(key(o.sentence, o.first), i);
    org_to.emplace(key(o.sentence, o.last), i);
  }
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    // (An organization named with the person beats the article's country.)
    // (NER may type a person's name as a place: "Ho Ka-fai of the Democratic
    // Party"; a name the base does not know, before a party, is a person's.)
    const bool unknown_place =
        !m.person && m.entry < 0 && m.code.empty() && (m.type == "LOC" || m.type == "GPE");
    if (m.dropped || !(m.code.empty() || m.rank <= 1) || !(m.person || unknown_place) ||
        m.kind != WorkMention::Kind::kName)
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int n = static_cast<int>(in.folded.size());
    const WorkMention* org = nullptr;
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    if (start >= 2 && (in.folded[start - 1] == "'s" || in.folded[start - 1] == "'"))
      if (auto it = org_to.find(key(m.sentence, start - 1)); it != org_to.end())
        org = &ms_[it->second];
    if (!org && m.last + 1 < n && (in.folded[m.last] == "of" || in.folded[m.last] == "from")) {
      const int j = m.last + 1 + (in.folded[m.last + 1] == "the" ? 1 : 0);
      if (auto it = org_from.find(key(m.sentence, j)); it != org_from.end()) org = &ms_[it->second];
    }
    if (!org && m.person && in.parsed) {
      const int o = apposition_body(in, m.head);
      if (o >= 0)
        if (auto it = org_to.find(key(m.sentence, o + 1)); it != org_to.end())
          org = &ms_[it->second];
    }
    if (!org || (unknown_place && !org->code.ends_with("PTY"))) continue;
    if (unknown_place) m.person = true, m.type = "PER";
    m.code = org->code;
    m.rank = 3;
    m.how = "affiliation";
  }
}

}  // namespace eventwire::actors_internal::resolve

namespace eventwire::actors_internal::resolve {

// 4e. A titled name whose title names no country, followed by "of" and a
//     country or place ("President Ada Vale of Gondor", "former first lady
//     Ada Vale of Gondor"), is of that country: nearer than the article's or
//     any other country of the sentence (title:of-place).
void DocumentResolver::titles_placed_after_name() {
  for (WorkMention& m : ms_) {
    if (m.dropped || m.kind != WorkMention::Kind::kName || !m.person || !m.code.empty() ||
        m.title_role.size() < 2 || m.title_role[0] != 'T')
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int n = static_cast<int>(in.folded.size());
    int k = m.last;
    if (k + 1 >= n || in.folded[k] != "of") continue;
    if (in.folded[k + 1] == "the") ++k;
    if (k + 1 >= n || in.name_at[k + 1] < 0) continue;
    const Hit& h = in.names[in.name_at[k + 1]];
    const KbEntry* place = h.first == k + 1 && h.use != Use::kDemonym ? place_entry(h) : nullptr;
    // The place ends the name's phrase ("of Gondor", not "of Gondor City Council").
    if (!place || (h.last < n && starts_upper(in.sentence->tokens[h.last].text))) continue;
    m.code = place->code.substr(0, 3) + m.title_role.substr(1);
    m.rank = 3;
    m.how = "title:of-place";
  }
}

// A past office's phrase (`r`, "former"/"ex-") naming a body whose code is
// `code`, a state office of a country ("ex-CIA director" and USASPY): only
// then does the text overrule the base's dated line (a "former governor" may
// hold another office of the same sector now).
bool DocumentResolver::left_named_body(const WorkMention& r, const std::string& code) const {
  if (code.size() != 6 || !kb_.is_country(code.substr(0, 3)) || r.code != code.substr(0, 3) + "ELI")
    return false;
  for (const Hit& h : info_[r.sentence].names) {
    if (h.first < r.first || h.last > r.last || h.use != Use::kName) continue;
    bool past = false;
    const int e = choose_entry(kb_, h.entries, date_, alone_, &past);
    if (e >= 0 && kb_.entries[e].kind == "org" && kb_.entries[e].code == code) return true;
  }
  return false;
}

}  // namespace eventwire::actors_internal::resolve
