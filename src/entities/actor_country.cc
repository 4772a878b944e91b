// Steps 5, 5b and 5d of docs/actors.md: capitals as metonyms, the article's
// country for phrases and names with none of their own, and the role alone.
#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

namespace {

// Whether a legislature of `nation` is named in the article ("Congress", "the Senate").
bool legislature_named(const std::vector<WorkMention>& ms, const std::string& nation) {
  return std::any_of(ms.begin(), ms.end(), [&](const WorkMention& o) {
    return !o.dropped && o.kind != WorkMention::Kind::kPronoun && o.code == nation + "LEG";
  });
}

// A committee named without its chamber ("the Oversight Committee") in a story that names
// the country's legislature is the legislature's, not the government's; not one written
// right after a known body's name, which is that body's ("the Vale Party Rules Committee").
bool legislative_committee(const SentenceInfo& in, const Kb& kb, const std::vector<WorkMention>& ms,
                           const WorkMention& m, const std::string& nation) {
  const std::string& end = in.folded[m.last - 1];
  if (end != "committee" && end != "subcommittee") return false;
  for (const Hit& h : in.names)
    if (h.last == m.first && kb.entries[h.entries.front()].kind == "org") return false;
  return legislature_named(ms, nation);
}

// A party's adjective ("Democratic", "Republican", "Libertarian").
bool party_adjective(const std::string& folded) {
  static const std::unordered_set<std::string> words = {
      "democratic", "republican", "libertarian", "conservative", "liberal",
      "socialist",  "labour",     "green",       "progressive"};
  return words.count(folded) > 0;
}

}  // namespace

// 5. Capitals act for their government as subjects ("Tehran provides support").
void DocumentResolver::capital_metonyms() {
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    if (local_place_acts(m)) {
      m.code += "GOV";
      m.how = "metonymy:place:" + kb_.entries[m.entry].source;
      m.rank = 4;
      continue;
    }
    if (m.identity.rfind("capital:", 0) != 0 || m.entry < 0) continue;
    const KbEntry& k = kb_.entries[m.entry];
    if (capital_acts(m)) {
      m.code = k.code.substr(0, 3) + "GOV";
      m.how = "metonymy:capital:" + k.source;
      m.rank = 4;
      m.identity = "kb:" + std::to_string(kb_.identity[m.entry]);
    } else {
      m.code = k.code;
    }
  }
}

// A city, county or state of a country acts for its government as the
// subject of an act ("Tulsa fined the builder", "Ohio sued the agency"), as
// the town's name does in CAMEO; not the place where something happens or
// the voters ("Ohio voted for him").
bool DocumentResolver::local_place_acts(const WorkMention& m) const {
  // Cities and subdivisions only (derived-places.kb): the hand-written
  // territories ("Gaza Strip") are governed by whoever holds them.
  if (m.entry < 0 || m.kind != WorkMention::Kind::kName || m.code.size() != 3 ||
      kb_.entries[m.entry].kind != "place" || !kb_.is_country(m.code) || m.dropped ||
      kb_.entries[m.entry].source.rfind("derived-places", 0) != 0)
    return false;
  const SentenceInfo& in = info_[m.sentence];
  if (!in.parsed || m.head < m.first || m.head >= m.last || !subject_of_act(*in.sentence, m.head))
    return false;
  // A country's own name listed among its places ("The United States") is
  // the country, coded as such.
  int first = m.first;
  if (in.folded[first] == "the") ++first;
  return !is_country_name(m.code, in.folded.begin() + first, static_cast<size_t>(m.last - first));
}

// Whether the `count` folded words from `words` are one of the names of the
// country `code`.
template <typename Words>
bool DocumentResolver::is_country_name(const std::string& code, Words words, size_t count) const {
  const auto names = kb_.country_names_of.find(code);
  if (names == kb_.country_names_of.end()) return false;
  for (uint32_t c : names->second) {
    const auto& tokens = kb_.names[c].tokens;
    if (tokens.size() == count && std::equal(tokens.begin(), tokens.end(), words)) return true;
  }
  return false;
}

bool DocumentResolver::capital_acts(const WorkMention& m) const {
  const Sentence& s = doc_.sentences[m.sentence];
  const SentenceInfo& in = info_[m.sentence];
  if (in.parsed) {
    const std::string& rel = s.tokens[m.head].deprel;
    bool acts = rel.rfind("nsubj", 0) == 0 || (rel == "nmod:poss" && s.tokens[m.head].head > 0 &&
                                               noun_like(s.tokens[s.tokens[m.head].head - 1]));
    // A city that is, remains or lies somewhere is the city, not its government.
    if (acts && rel.rfind("nsubj", 0) == 0 && s.tokens[m.head].head > 0) {
      const Token& verb = s.tokens[s.tokens[m.head].head - 1];
      if (stative_verb(verb.lemma) || verb.upos == "ADJ" || verb.upos == "NOUN" ||
          verb.upos == "PROPN")
        acts = false;
    }
    return acts;
  }
  const bool after_prep =
      m.first > 0 && (in.folded[m.first - 1] == "in" || in.folded[m.first - 1] == "to" ||
                      in.folded[m.first - 1] == "from" || in.folded[m.first - 1] == "at" ||
                      in.folded[m.first - 1] == "of" || in.folded[m.first - 1] == "near");
  // The next word looks like a finite verb: "provides", "warned", "has".
  const std::string next =
      m.last < static_cast<int>(in.folded.size()) ? in.folded[m.last] : std::string();
  const bool lower =
      !next.empty() && std::islower(static_cast<unsigned char>(s.tokens[m.last].text[0]));
  const bool next_verbish =
      lower && next != "and" && next != "or" && next != "is" && next != "was" &&
      ((next.size() > 3 && (next.ends_with("s") || next.ends_with("ed"))) || next == "has" ||
       next == "have" || next == "had" || next == "said" || next == "says" || next == "sent");
  return !after_prep && next_verbish;
}

// 5b. Role phrases with no country of their own ("protesters", "the
//     police") belong to the article's country when one dominates: at least
//     two country-coded mentions and more than half of them. Not when another
//     country is named nearer in the same sentence or paragraph (the closer
//     country may be the one meant: "the crown prince" in a Saudi paragraph
//     of an American story), nor for a phrase with a modifier placing it
//     elsewhere ("Western diplomats", "foreign troops").
void DocumentResolver::article_country() {
  bodies_placed_by_their_clause();
  const std::string dominant = dominant_country();
  drop_foreign_counties(dominant);
  if (!dominant.empty()) foreign_parties(dominant);
  if (!dominant.empty()) code_by_article_country(dominant);
  // Otherwise the role alone, as PETRARCH writes an agent of unknown
  // country: "police" → ---COP, "the government" → ---GOV. Plain "people"
  // names no one in particular (Phoenix gives it no civilian code either).
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.code.empty() || m.kind != WorkMention::Kind::kRole || m.role.empty() ||
        m.role.back() == '~' || m.link >= 0 || m.needs_actor || m.unknown_owner)
      continue;
    const std::string& head_word = info_[m.sentence].folded[m.head];
    if (head_word == "people" || head_word == "person" || head_word == "persons") continue;
    m.code = "---" + m.role;
    m.rank = 1;
    m.how = "composition:no-country";
  }
}

// (f) A body the base does not know whose name gives it no country, or only a
//     world region ("the East Gondorian Coalition"), followed by a clause
//     saying whom it speaks for (", which represents … Americans,", ", a
//     Polish group,"): the one country that clause names.
void DocumentResolver::bodies_placed_by_their_clause() {
  for (WorkMention& m : ms_) {
    if (m.dropped || m.person || m.type != "ORG" || m.kind != WorkMention::Kind::kName ||
        m.entry >= 0 || (!m.code.empty() && !is_region(m.code.substr(0, 3))))
      continue;
    const std::string role = m.code.size() > 3                           ? m.code.substr(3)
                             : m.code.empty() && m.title_role.size() > 1 ? m.title_role.substr(1)
                                                                         : std::string();
    if (role.empty()) continue;
    const std::string nation = clause_country(m);
    if (nation.empty()) continue;
    m.code = nation + role;
    m.rank = std::max(m.rank, 2);
    m.how = "name:clause-country";
  }
}

// Whether `code` is a world region's (regions.kb, region=yes), not a country's.
bool DocumentResolver::is_region(const std::string& code) const {
  if (code.size() != 3 || kb_.is_country(code)) return false;
  auto [it, added] = region_codes_.emplace(code, false);
  if (added)
    for (const KbEntry& e : kb_.entries)
      if (e.kind == "country" && e.code == code) {
        it->second = e.attribute("region") == "yes";
        break;
      }
  return it->second;
}

// The one country named (as a country, place or demonym) in the clause set
// off by a comma right after `m` up to the next comma or the sentence's end;
// empty when none or several.
std::string DocumentResolver::clause_country(const WorkMention& m) const {
  const SentenceInfo& in = info_[m.sentence];
  const int n = static_cast<int>(in.folded.size());
  // A clause that describes the body (", a Polish group,", ", which speaks
  // for …"), not one that tells what it did ("…, in a letter to Gondorian
  // officials, said").
  static const std::unordered_set<std::string> describing = {"a",   "an",   "the", "which",
                                                             "who", "that", "one"};
  if (m.last + 1 >= n || in.folded[m.last] != "," || !describing.count(in.folded[m.last + 1]))
    return {};
  int end = m.last + 1;
  while (end < n && in.folded[end] != "," && in.folded[end] != ";") ++end;
  std::string nation;
  for (const WorkMention& o : ms_) {
    if (o.dropped || o.sentence != m.sentence || o.first <= m.last || o.last > end ||
        o.code.size() < 3 || !kb_.is_country(o.code.substr(0, 3)))
      continue;
    const bool place = o.kind == WorkMention::Kind::kDemonym ||
                       (o.entry >= 0 && (kb_.entries[o.entry].kind == "country" ||
                                         kb_.entries[o.entry].kind == "place"));
    if (!place) continue;
    if (!nation.empty() && nation != o.code.substr(0, 3)) return {};
    nation = o.code.substr(0, 3);
  }
  return nation;
}

// "Nassau County police" in a Long Island story: the county is the story's,
// not the Bahamas'.
void DocumentResolver::drop_foreign_counties(const std::string& dominant) {
  for (WorkMention& m : ms_) {
    if (m.subdivision_of.empty() || m.subdivision_of == dominant || m.rank > 3 ||
        m.how != "composition")
      continue;
    m.code.clear();
    m.how.clear();
    m.rank = 0;
    if (m.kind != WorkMention::Kind::kName || !m.title_role.empty()) continue;
    // A body named after the county: its own role word, as for any unknown
    // body ("Nassau County Police Department").
    std::string role;
    for (const Hit& h : info_[m.sentence].roles)
      if (h.first >= m.first && h.last <= m.last) {
        const KbEntry& r = kb_.entries[h.entries.front()];
        if (!r.code.empty() && r.code.back() != '~' && r.attribute("needs") != "actor" &&
            (r.attribute("weak") != "yes" || role.empty()))
          role = composed_role(r.code);
      }
    if (!role.empty()) m.title_role = "N" + role;
  }
}

// Role phrases and titled names with no country of their own take the
// dominant one, or a title the nearer country named as a place in its sentence.
void DocumentResolver::code_by_article_country(const std::string& dominant) {
  // Country-coded mentions by sentence, so the search looks only at the
  // sentences around a mention (linear in the article, even in one paragraph).
  std::vector<std::vector<const WorkMention*>> countries_in(doc_.sentences.size()),
      places_in(doc_.sentences.size());
  for (const WorkMention& o : ms_)
    if (!o.dropped && o.code.size() >= 3 && o.kind != WorkMention::Kind::kPronoun &&
        kb_.is_country(o.code.substr(0, 3)) && !immigrants_origin(o)) {
      countries_in[o.sentence].push_back(&o);
      // Places, not actors: an outlet or a person of another country
      // ("The Associated Press quoted …") does not place a title.
      if (o.how.rfind("composition", 0) == 0 || o.how.rfind("capital", 0) == 0 ||
          o.kind == WorkMention::Kind::kDemonym ||
          (o.entry >= 0 &&
           (kb_.entries[o.entry].kind == "country" || kb_.entries[o.entry].kind == "place")))
        places_in[o.sentence].push_back(&o);
    }
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.code.empty()) continue;
    const bool bare_role = m.kind == WorkMention::Kind::kRole && !m.role.empty() &&
                           m.role.back() != '~' && m.link < 0 && !m.needs_actor && !m.unknown_owner;
    const bool titled_name = m.kind == WorkMention::Kind::kName && !m.title_role.empty();
    if (!bare_role && !titled_name) continue;
    // Refugees come from elsewhere: the story's country is where they went
    // (the internally displaced are its own people).
    if (bare_role && m.role == "REF" && !displaced(m)) continue;
    if (placed_elsewhere(m)) continue;
    // Another country named nearer in the sentence or paragraph may be the
    // one meant: no code from the article's. A person's title takes it
    // when it is named in the same sentence as a place ("Foreign Ministry
    // spokeswoman Maria Zakharova told reporters in Moscow" in an American
    // story; not an outlet's country: "The Associated Press quoted …");
    // appositions ("X, a former leader, was killed by Israel") and bare
    // roles ("Lawmaker urges sanctions on Gondor") do not.
    int near_sentence = -1;
    const std::string near = nearest_country(m, countries_in, &near_sentence);
    std::string nation = dominant;
    if (!near.empty() && near != dominant) {
      int place_sentence = -1;
      const std::string place = nearest_country(m, places_in, &place_sentence);
      if (!titled_name || m.title_role[0] != 'T' || place_sentence != m.sentence || place.empty() ||
          place == dominant)
        continue;
      nation = place;
    }
    const bool other = nation != dominant;
    if (!other && (bare_role || m.title_role[0] == 'N') && national_body(m, nation)) continue;
    m.code = nation + (bare_role ? m.role : m.title_role.substr(1));
    if (titled_name && m.code == nation + "GOV" &&
        legislative_committee(info_[m.sentence], kb_, ms_, m, nation))
      m.code = nation + "LEG";
    m.rank = 1;
    const std::string where = other ? "nearest-country" : "article-country";
    m.how = (bare_role                ? "composition:"
             : m.title_role[0] == 'N' ? "name:"
             : m.title_role[0] == 'T' ? "title:"
                                      : "apposition:") +
            where;
  }
}

// A capitalized body's name the base knows only with its country before it
// ("the Secret Service" in an American story: "U.S. Secret Service"), in a
// story of that country, is that body rather than its role word's sector.
bool DocumentResolver::national_body(WorkMention& m, const std::string& nation) const {
  const SentenceInfo& in = info_[m.sentence];
  int first = m.last;
  while (first > m.first && starts_upper(in.sentence->tokens[first - 1].text)) --first;
  if (first < m.last && in.folded[first] == "the") ++first;  // "The Secret Service said"
  const size_t n = static_cast<size_t>(m.last - first);
  if (n < 2) return false;
  const auto bodies = kb_.org_names_by_last.find(in.folded[m.last - 1]);
  if (bodies == kb_.org_names_by_last.end()) return false;
  for (uint32_t body : bodies->second) {
    const KbName& b = kb_.names[body];
    const KbEntry& e = kb_.entries[b.entry];
    if (b.tokens.size() <= n || e.code.rfind(nation, 0) != 0 ||
        !std::equal(b.tokens.end() - static_cast<long>(n), b.tokens.end(),
                    in.folded.begin() + first) ||
        !is_country_name(nation, b.tokens.begin(), b.tokens.size() - n))
      continue;
    // (Its own identity for coreference: the base's line may lump bodies.)
    const std::string identity = m.identity;
    set_from_entry(m, {b.entry}, Use::kName);
    m.identity = identity;
    m.kind = WorkMention::Kind::kName;  // a name, not a description of an antecedent
    m.how = "name:national-body";
    return true;
  }
  return false;
}

// 5d. A name whose title, apposition or own role word names no country, and
//     no organization either, is coded with the role alone ("Minister Juan
//     Perez" → ---GOV, "the Zetas Cartel" → ---CRM).
void DocumentResolver::names_without_country() {
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.code.empty() || m.kind != WorkMention::Kind::kName ||
        m.title_role.size() < 2)
      continue;
    m.code = "---" + m.title_role.substr(1);
    m.rank = 1;
    m.how = m.title_role[0] == 'N'   ? "name:no-country"
            : m.title_role[0] == 'T' ? "title:no-country"
                                     : "apposition:no-country";
  }
}

// A party the knowledge base knows for another country by a name many
// countries' parties share ("Labour Party", "Democrats"), in an article where
// nothing else names that country, is the article country's party of that name.
void DocumentResolver::foreign_parties(const std::string& dominant) {
  std::unordered_map<std::string, std::unordered_set<std::string>>
      referents;  // nation → identities
  for (const WorkMention& o : ms_)
    if (!o.dropped && o.code.size() >= 3 && o.kind != WorkMention::Kind::kPronoun &&
        kb_.is_country(o.code.substr(0, 3)))
      referents[o.code.substr(0, 3)].insert(o.identity);
  for (WorkMention& m : ms_) {
    if (m.dropped || m.kind != WorkMention::Kind::kName || m.entry < 0 ||
        kb_.entries[m.entry].kind != "org" || m.code.size() != 6 || !m.code.ends_with("PTY"))
      continue;
    const std::string nation = m.code.substr(0, 3);
    if (nation == dominant || !kb_.is_country(nation) || referents[nation].size() > 1) continue;
    m.code = dominant + "PTY";
    m.rank = 3;
    m.how = "name:article-country";
  }
}

// The country of most country-coded mentions (at least two and more than
// half of them); else the same over the mentions that place the story (country
// and place names, capitals, demonyms, compositions) rather than actors
// (dictionary people and organizations, whose codes may be foreign).
std::string DocumentResolver::dominant_country() const {
  for (bool places_only : {false, true}) {
    std::unordered_map<std::string, int> votes;
    int total = 0;
    for (const WorkMention& m : ms_) {
      if (m.dropped || m.code.size() < 3 || m.kind == WorkMention::Kind::kPronoun ||
          !m.subdivision_of.empty())
        continue;
      const std::string nation = m.code.substr(0, 3);
      if (!kb_.is_country(nation)) continue;
      if (places_only && m.how.rfind("composition", 0) != 0 &&
          !(m.entry >= 0 &&
            (kb_.entries[m.entry].kind == "country" || kb_.entries[m.entry].kind == "place")))
        continue;
      // A place written "City, Country" says where the story is: it counts
      // twice among the places ("from Sydney, Australia").
      const int weight = places_only && m.how == "composition:located" ? 2 : 1;
      votes[nation] += weight;
      total += weight;
    }
    for (const auto& [nation, count] : votes)
      if (count >= 2 && 2 * count > total) return nation;
  }
  return {};
}

// The country of the country-coded mention nearest to x in its sentence (by
// tokens), else in its paragraph (by sentences, earlier ones first on a
// tie); empty when there is none.
std::string DocumentResolver::nearest_country(
    const WorkMention& x, const std::vector<std::vector<const WorkMention*>>& countries_in,
    int* sentence) const {
  const int para = doc_.sentences[x.sentence].paragraph;
  const int n = static_cast<int>(doc_.sentences.size());
  const WorkMention* nearest = nullptr;
  long best = 0;
  // Sentences ever farther away, up to 20: the first distance with a
  // country gives the nearest one.
  for (int step = 0; step <= 20 && !nearest; ++step) {
    for (int s : {x.sentence - step, x.sentence + step}) {
      if (s < 0 || s >= n || (step > 0 && (para < 0 || doc_.sentences[s].paragraph != para)))
        continue;
      for (const WorkMention* o : countries_in[s]) {
        if (o == &x) continue;
        long d;
        if (o->sentence == x.sentence)
          d = o->last <= x.first ? x.first - o->last : o->first >= x.last ? o->first - x.last : 0;
        else
          d = 1000L * std::abs(o->sentence - x.sentence) + (o->sentence > x.sentence ? 500 : 0);
        if (!nearest || d < best) nearest = o, best = d;
      }
      if (step == 0) break;
    }
  }
  if (!nearest) return {};
  *sentence = nearest->sentence;
  return nearest->code.substr(0, 3);
}

// A country named as where immigrants or exiles come from, by the word right
// after it ("a Gondorian immigrant", "Gondorian refugees"), places them, not
// the sentence: the police who stopped them are the story's.
bool DocumentResolver::immigrants_origin(const WorkMention& x) const {
  static const std::unordered_set<std::string> words = {
      "immigrant", "immigrants", "refugee", "refugees", "exile",   "exiles",
      "emigre",    "emigres",    "émigré",  "émigrés",  "migrant", "migrants"};
  const std::vector<std::string>& f = info_[x.sentence].folded;
  const int end = std::min(x.last + 1, static_cast<int>(f.size()));
  for (int k = x.first; k < end; ++k)
    if (words.count(f[k])) return true;
  return false;
}

bool DocumentResolver::displaced(const WorkMention& x) const {
  const SentenceInfo& in = info_[x.sentence];
  for (int k = x.first; k < x.last && k < static_cast<int>(in.folded.size()); ++k)
    if (in.folded[k] == "displaced") return true;
  return false;
}

bool DocumentResolver::placed_elsewhere(const WorkMention& x) const {
  const Sentence& s = doc_.sentences[x.sentence];
  const SentenceInfo& in = info_[x.sentence];
  const int end = x.name_first >= 0 ? x.name_first : x.last;
  for (int k = x.first; k < end && k < static_cast<int>(s.tokens.size()); ++k) {
    const std::string& f = in.folded[k];
    if (f == "foreign" && !starts_upper(s.tokens[k].text)) return true;
    if (f == "international" || f == "overseas" || f == "western" || f == "eastern" ||
        f == "regional" || f == "global" || f == "world")
      if (!(k + 1 < end && starts_upper(s.tokens[k].text) && starts_upper(s.tokens[k + 1].text)))
        return true;
    // A name the base does not know after the head: "the governments of
    // South East Asia".
    if (x.kind == WorkMention::Kind::kRole && k > x.head && covered_[x.sentence][k] &&
        !per_at_[x.sentence][k] && in.name_at[k] < 0 && starts_upper(s.tokens[k].text))
      return true;
    // A proper adjective that is no known demonym: "Arab", "Sunni" (not a
    // word of the title itself: "Attorney General"; not a party's adjective,
    // which places no one: "veteran Republican strategist").
    if (s.tokens[k].upos == "ADJ" && starts_upper(s.tokens[k].text) && in.name_at[k] < 0 &&
        in.role_at[k] < 0 && k > 0 && !(k + 1 < end && starts_upper(s.tokens[k + 1].text)) &&
        !party_adjective(f))
      return true;
  }
  return false;
}

}  // namespace eventwire::actors_internal::resolve
