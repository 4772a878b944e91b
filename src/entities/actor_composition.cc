// Composition (steps 1 and 3 of docs/actors.md): the code of a role phrase
// or of a body's name from its parts: an organization, a country, demonym
// or place, an owner, and the role words.
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

// A name the base does not know (not a person's), made of a country and a
// role word: "Saudi Interior Ministry", "Indonesian Navy", "Italian Supreme
// Court", "Slovak Soldiers" → the country + the role. A country's possessive
// before the name counts too: "Chile's Ministry of Mines"; it also overrides
// the country of a generic name the base knows for another country ("Chile's
// Defense Department").
void DocumentResolver::compose_ner_mention(const SentenceInfo& in, WorkMention& m) const {
  std::string owner;
  if (m.first >= 2 && (in.folded[m.first - 1] == "'s" || in.folded[m.first - 1] == "'"))
    for (const Hit& h : in.names)
      if (h.last == m.first - 1 && h.use == Use::kName)
        if (const KbEntry* k = place_entry(h)) owner = k->code.substr(0, 3);
  if (!owner.empty() && m.entry >= 0 && kb_.entries[m.entry].kind == "org" && m.code.size() > 3 &&
      kb_.is_country(m.code.substr(0, 3)) && m.code.substr(0, 3) != owner) {
    // (The name's own role where it is one: "Chile's Defense Department" is
    // GOVMIL as any defence ministry, not the Pentagon's MIL.)
    std::string sector = m.code.substr(3);
    for (const Hit& h : in.roles) {
      const std::string& code = kb_.entries[h.entries.front()].code;
      if (h.first == m.first && h.last == m.last && !code.empty() && code.back() != '~')
        sector = composed_role(code);
    }
    m.code = owner + sector;
    m.rank = 3;
    m.how = "composition";
  }
  if (m.code.size() == 3 && kb_.is_country(m.code) && m.type != "PER") add_name_role(in, m);
  if (m.code.empty() && m.type != "PER" && !unit_of_body(in, m)) compose_unknown_body(in, owner, m);
}

// A unit of a body the base knows, named after it: right after its
// possessive or its name ("Vale Party Rules Committee", NER's name without the
// body's), or opening the name, with no role word of its own but a generic
// head ("the Harbor Ministry's Permit Office", "Pentagon Liaison Office",
// "Pentagon Procurement Reviews"). It is part of that body: its code, not the
// sector of a modifier word ("permit", "refugee").
bool DocumentResolver::unit_of_body(const SentenceInfo& in, WorkMention& m) const {
  for (const Hit& h : in.names) {
    if (h.use != Use::kName || h.last >= m.last || h.last < m.first - 1) continue;
    const bool possessive = in.folded[h.last] == "'s" || in.folded[h.last] == "'";
    const bool opens =
        h.first == m.first || (h.first == m.first + 1 && in.folded[m.first] == "the");
    const bool before = h.last == m.first && m.first < m.last;
    if (!opens && !before && !(possessive && h.last == m.first - 1)) continue;
    if (!unit_words(in, before ? m.first : h.last + (possessive ? 1 : 0), m.last)) continue;
    bool past = false;
    const int e = choose_entry(kb_, h.entries, date_, alone_, &past);
    if (e < 0 || past || kb_.entries[e].kind != "org") continue;
    const std::string& code = kb_.entries[e].code;
    if (code.size() < 6 || !(kb_.is_country(code.substr(0, 3)) || code.starts_with("IGO")))
      continue;
    m.code = code;
    m.rank = 3;
    m.how = "composition";
    return true;
  }
  return false;
}

// Words [first, last) naming a unit: capitalized, no other name in them, and
// either no role word or a generic head (weak, not a masthead) at the end.
bool DocumentResolver::unit_words(const SentenceInfo& in, int first, int last) const {
  if (first >= last) return false;
  for (int k = first; k < last; ++k)
    if (!starts_upper(in.sentence->tokens[k].text)) return false;
  for (const Hit& h : in.names)
    if (h.first < last && h.last > first) return false;
  bool role = false, generic_head = false;
  for (const Hit& h : in.roles) {
    if (h.first < first || h.last > last) continue;
    const KbEntry& r = kb_.entries[h.entries.front()];
    if (r.code.empty() || r.code.back() == '~') continue;
    role = true;
    if (h.last == last && h.first > first && r.attribute("weak") == "yes" && r.code != "MED")
      generic_head = true;
  }
  return generic_head || !role;
}

// A country name or demonym followed by a role word inside the mention
// ("Slovak Soldiers"): the country + the role.
void DocumentResolver::add_name_role(const SentenceInfo& in, WorkMention& m) const {
  for (const Hit& h : in.roles) {
    // "University of Utah", "Government of Gondor": the role heads the name
    // before an "of" and the country's or place's name.
    const bool of_place = h.first == m.first && h.last + 1 < m.last && in.folded[h.last] == "of";
    if (h.first >= m.first && (h.last == m.last || of_place) &&
        (m.name_first < 0 || h.first > m.first || of_place)) {
      const KbEntry& r = kb_.entries[h.entries.front()];
      if (r.code.empty() || r.code.back() == '~' || r.attribute("needs") == "actor") continue;
      bool after_country = of_place;
      for (const Hit& c : in.names)
        if (c.first >= m.first && c.last <= h.first) after_country = true;
      if (!after_country) continue;
      m.code += composed_role(r.code);
      m.rank = 3;
      m.how = "composition";
    }
  }
}

// An uncoded body's name: the first country or place in it (or its
// possessive `owner`) + its role words.
void DocumentResolver::compose_unknown_body(const SentenceInfo& in, const std::string& owner,
                                            WorkMention& m) const {
  std::string nation = owner, role, last_role;
  bool weak_head = false;
  if (m.last - m.first == 1 && police_acronym(in.sentence->tokens[m.first].text)) {
    if (!owner.empty()) {
      m.code = owner + "COP";
      m.rank = 3;
      m.how = "composition";
    } else {
      m.title_role = "NCOP";
    }
    return;
  }
  for (const Hit& h : in.names)
    if (h.first >= m.first && h.last <= m.last && nation.empty())
      if (const KbEntry* k = place_entry(h)) {
        nation = k->code.substr(0, 3);
        if (before_subdivision(in, h)) m.subdivision_of = nation;
      }
  if (nation.empty()) nation = body_country_inside(in, m);
  for (const Hit& h : in.roles)
    if (h.first >= m.first && h.last <= m.last) {
      const KbEntry& r = kb_.entries[h.entries.front()];
      // The role heads the name, at its end or before its "of" tail
      // ("Department of Veterans Affairs"); not inside a tail ("Council for
      // the Welfare of Immigrants").
      bool heads = h.last == m.last ||
                   (h.last < m.last && (in.folded[h.last] == "of" || in.folded[h.last] == "for"));
      for (int k = m.first; k < h.first && heads; ++k)
        heads = in.folded[k] != "of" && in.folded[k] != "for" && in.folded[k] != "and";
      if (r.code.empty() || r.code.back() == '~') continue;
      if (!head_in_place(in, r, h, m, heads)) continue;
      // A weak role ("Department") yields to any other role in the name
      // ("New York Police Department" → COP), and alone is no name ("the
      // Council" after "the Security Council" is that council).
      const bool weak = r.attribute("weak") == "yes";
      if (weak && h.first == m.first && h.last == m.last) continue;
      // A place NER found is named like a body only by a real role word: a
      // "Trauma Center" or "Arts Center" is a building.
      if (weak && m.type == "LOC") continue;
      if (heads && r.attribute("needs") != "actor" && (!weak || last_role.empty())) {
        last_role = composed_role(r.code);
        weak_head = weak;
      }
      if (!weak || role.empty()) role = composed_role(r.code);
    }
  // A union or federation of workers is labour whatever their trade
  // ("Federation of Mountain Guides", not the guides' sector).
  if (last_role == "LAB") role = last_role;
  // An outlet is named by its masthead, whatever its other words say it
  // covers ("Quaker Radio Service", "Farmers Broadcasting Network").
  if (last_role == "MED") role = last_role;
  if (last_role.empty() || weak_head) chamber_part(in, owner, m, nation, role, last_role);
  if (last_role != "LEG" && party_caucus(in, m)) role = last_role = "PTY";
  // A party is a party whatever its name says it stands for: "Green
  // Party", "Farmers' Party" (a sector's role word before the head).
  const std::string& end = in.folded[m.last - 1];
  if (end == "party" || end == "parties") role = last_role = "PTY";
  // A weak head yields to the name's other role words with or without a
  // country ("Lakeview Police Department" is the police's).
  if (weak_head && !role.empty() && role != "CVL") last_role = role;
  if (!nation.empty() && !role.empty()) {
    m.code = european_body(in, m, nation) ? "IGOEUR" + (role == "GOV" ? std::string() : role)
                                          : nation + role;
    m.rank = 3;
    m.how = "composition";
  } else if (nation.empty() && !last_role.empty() && m.entry < 0 && last_role != "CVL" &&
             last_role != "REF") {
    // A body named with a role word and no country ("Civic Party",
    // "Supreme Court"): the article's country may give it one (step 5b).
    // Not a civilian role: bodies are not civilians ("… for Population").
    m.title_role = "N" + last_role;
  }
}

// A body named "European …" that the base does not know ("European Medicines
// Agency") is the European Union's, not a government of the region Europe.
bool DocumentResolver::european_body(const SentenceInfo& in, const WorkMention& m,
                                     const std::string& nation) const {
  if (nation != "EUR" || m.kind != WorkMention::Kind::kName || m.person) return false;
  int k = m.first;
  if (k < m.last && in.folded[k] == "the") ++k;
  return k < m.last && in.folded[k] == "european";
}

// The country of a body the base knows named inside an unknown body's name
// ("the Tarnwick Front Youth Wing", "the Zorro Cartel" after "Zorro"), or "".
std::string DocumentResolver::body_country_inside(const SentenceInfo& in,
                                                  const WorkMention& m) const {
  for (const Hit& h : in.names) {
    if (h.first < m.first || h.last > m.last || (h.first == m.first && h.last == m.last) ||
        h.use != Use::kName)
      continue;
    bool past = false;
    const int e = choose_entry(kb_, h.entries, date_, alone_, &past);
    if (e < 0 || past || kb_.entries[e].kind != "org") continue;
    const std::string& code = kb_.entries[e].code;
    if (code.size() >= 3 && kb_.is_country(code.substr(0, 3))) return code.substr(0, 3);
  }
  return "";
}

// Where a head word may stand in a name (roles.kb): `at=start` heads it from
// the front ("Daily Lantern"); `after=place` only right after a place ("Marsh
// Republic", "Lakeview Star": not "Lone Star").
bool DocumentResolver::head_in_place(const SentenceInfo& in, const KbEntry& r, const Hit& h,
                                     const WorkMention& m, bool& heads) const {
  if (r.attribute("at") == "start") {
    heads = h.first == m.first && h.last < m.last;
    return heads;
  }
  if (r.attribute("after") != "place") return true;
  for (const Hit& c : in.names)
    if (c.last == h.first && c.first >= m.first && place_entry(c)) return true;
  return false;
}

// A caucus or club named after a party is the party's ("Lakeshore Democratic
// Caucus", "Young Republicans Club"), whatever its members are.
bool DocumentResolver::party_caucus(const SentenceInfo& in, const WorkMention& m) const {
  static const std::unordered_set<std::string> parties = {
      "democratic", "democrat", "democrats", "republican", "republicans", "gop", "libertarian"};
  const std::string& last = in.folded[m.last - 1];
  if (last != "caucus" && last != "club") return false;
  for (int k = m.first; k + 1 < m.last; ++k)
    if (parties.count(in.folded[k]) && starts_upper(in.sentence->tokens[k].text)) return true;
  return false;
}

// A committee or caucus named after a chamber is part of it: "House
// Intelligence Committee", "Senate Armed Services Committee" (LEG).
// (A place after the chamber is the committee's subject, not its country:
// "House Benghazi Committee".)
void DocumentResolver::chamber_part(const SentenceInfo& in, const std::string& owner,
                                    const WorkMention& m, std::string& nation, std::string& role,
                                    std::string& last_role) const {
  static const std::unordered_set<std::string> parts = {"committee", "subcommittee", "caucus",
                                                        "delegation"};
  if (!parts.count(in.folded[m.last - 1])) return;
  const int from = chamber_run_start(in, m.first);
  for (const Hit& h : in.roles)
    if (h.first >= from && h.last < m.last && kb_.entries[h.entries.front()].code == "LEG") {
      last_role = role = "LEG";
      nation = owner;
      for (const Hit& c : in.names)
        if (c.first >= m.first && c.last <= h.first && nation.empty())
          if (const KbEntry* k = place_entry(c)) nation = k->code.substr(0, 3);
      break;
    }
}

// Where a committee's name opens when the tagger cut it at an "and" or a
// comma ("the House Rules and Ethics Committee" tagged from
// "Government"): back over capitalized words, "and", "&" and commas to a
// chamber (a legislature's role word: "House", "Senate"). `first` when none.
int DocumentResolver::chamber_run_start(const SentenceInfo& in, int first) const {
  const auto& toks = in.sentence->tokens;
  bool joined = false;
  for (int k = first - 1; k >= 0 && first - k <= 8; --k) {
    const std::string& f = in.folded[k];
    if (f == "and" || f == "&" || f == ",") {
      joined = true;
      continue;
    }
    if (!starts_upper(toks[k].text)) break;
    if (joined && in.role_at[k] >= 0 &&
        kb_.entries[in.roles[in.role_at[k]].entries.front()].code == "LEG")
      return k;
  }
  return first;
}

// The mention of role phrase [first, last) headed by role match `ri`, coded
// by composition. False when the phrase is left out (an uncoded "its …").
bool DocumentResolver::make_role_mention(size_t si, size_t ri, int first, int last,
                                         WorkMention& m) const {
  const SentenceInfo& in = info_[si];
  const Hit& rh = in.roles[ri];
  const int head = role_head(si, rh);
  m.sentence = static_cast<int>(si);
  m.first = first;
  m.last = last;
  m.head = head;
  m.kind = WorkMention::Kind::kRole;
  const KbEntry& role = kb_.entries[rh.entries.front()];
  m.role = role.code;
  m.needs_actor = role.attribute("needs") == "actor";
  choose_phrase_role(si, ri, m);
  const bool campaign = phrase_office(si, ri, m);
  const bool pronoun_owner = phrase_form(si, m);
  PhraseActors actors = phrase_actors(si, m);
  owned_by_person(campaign, actors, m);
  const std::string& head_word = in.folded[head];
  const bool people_head =
      is_person_noun(head_word) || (head_word.size() > 3 && head_word.back() == 's' &&
                                    is_person_noun(head_word.substr(0, head_word.size() - 1)));
  if (!actors.org && !actors.country && in.parsed && people_head && !m.unknown_owner)
    m.unknown_owner = unknown_body_owns(si, m);
  // No country of its own: one the phrase is placed in ("trade unions in
  // Denmark", "protesters from Hong Kong"); not for armed actors, which are
  // often foreign where they are ("troops in Iraq").
  if (!actors.org && !actors.country && m.role != "MIL" && m.role != "REB" && m.role != "UAF")
    actors.country = located_in(si, head, last);
  code_phrase(role, actors, m);
  settle_private_role(si, ri, actors, m);
  if (!actors.org && m.code.empty() && unknown_body_in_tail(si, m)) m.unknown_owner = true;
  m.type = m.plural ? "NORP" : is_person_noun(head_word) ? "PER" : "ORG";
  if (pronoun_owner && m.code.empty()) return false;
  m.identity = "role:" + std::to_string(si) + ":" + std::to_string(head);
  return true;
}

// The sector of a role phrase: a more specific modifier role beats a generic
// head ("military leader", "intelligence officer", "army spokesman"), else
// the body in its "of"/"for" tail ("spokesman for the Indonesian military"
// → MIL, "chief of police" → COP).
void DocumentResolver::choose_phrase_role(size_t si, size_t ri, WorkMention& m) const {
  const SentenceInfo& in = info_[si];
  const int first = m.first, last = m.last, head = m.head;
  // (Not "chief", "public": "Chief Police Officers", "public officials".)
  const bool eli_head = m.role == "ELI" || m.role.empty();
  const bool generic_head = eli_head || is_generic_head(in.folded[head]);
  for (int k = first; k < head; ++k) {
    const int r = in.role_at[k];
    if (r < 0 || r == static_cast<int>(ri) || !generic_head) continue;
    const std::string& code = kb_.entries[in.roles[r].entries.front()].code;
    // (Nor "executive": "executive vice president", "executive director".)
    if (eli_head || (code != "ELI" && in.folded[k] != "public" && in.folded[k] != "executive"))
      m.role = code;
  }
  bool modified = false;
  for (int k = first; k < head && !modified; ++k)
    modified = in.role_at[k] >= 0 && in.role_at[k] != static_cast<int>(ri);
  if (generic_head && !modified && head + 1 < last &&
      (in.folded[head + 1] == "of" || in.folded[head + 1] == "for"))
    for (int k = head + 2; k < last; ++k) {
      const int r = in.role_at[k];
      if (r < 0 || r == static_cast<int>(ri)) continue;
      const std::string& code = kb_.entries[in.roles[r].entries.front()].code;
      if (code != "ELI" && code.back() != '~' && in.folded[k] != "public") m.role = code;
      break;
    }
}

// Past, campaign and shadow offices: "former minister" → ELI, "Trump
// campaign chairman" → PTY, "Shadow Home Secretary" → OPP. True for a
// campaign's people.
bool DocumentResolver::phrase_office(size_t si, size_t ri, WorkMention& m) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int first = m.first, head = m.head;
  // "former minister", "ex-president", "a retired general": a past office,
  // an elite (CAMEO ELI). Only offices: a former employee or student is no elite.
  // (Composite offices too: "former Defense Minister" is GOVMIL.)
  const bool office = is_state_office(m.role);
  for (int k = first; k <= head && !m.former && office; ++k)
    m.former = is_past_marker(in.folded[k]);
  if (m.former) m.role = "ELI";
  // An election campaign's people speak for a party, not a government:
  // "Trump campaign chairman", "a Clinton campaign adviser" (the noun
  // "campaign" modifying a people's role; not "campaign finance laws").
  static const std::unordered_set<std::string> staff = {"adviser",  "advisor", "advisers",
                                                        "advisors", "aide",    "aides",
                                                        "chair",    "staffer", "staffers"};
  const std::string& head_folded = in.folded[head];
  const bool staff_head =
      staff.count(head_folded) || is_generic_head(head_folded) || is_person_noun(head_folded) ||
      (head_folded.ends_with("s") && is_person_noun(head_folded.substr(0, head_folded.size() - 1)));
  bool campaign = false;
  for (int k = first; k < head && !campaign; ++k)
    campaign = in.folded[k] == "campaign" && (k == 0 || !starts_upper(s.tokens[k].text)) &&
               (staff_head || k == head - 1 ||               // "a campaign operative"
                in.role_at[k] == static_cast<int>(ri) ||     // "campaign manager"
                in.role_at[k + 1] == static_cast<int>(ri));  // "campaign press secretary"
  campaign = campaign || (staff_head && campaign_tail(in, m));
  if (campaign && !m.former) m.role = "PTY";
  // A campaign's past staff ("former campaign manager") no longer speak for
  // it: an elite, as a past office is.
  for (int k = first; k <= head && campaign && !m.former; ++k)
    if (is_past_marker(in.folded[k])) {
      m.former = true;
      m.role = "ELI";
    }
  // A shadow minister speaks for the opposition ("Shadow Home Secretary").
  for (int k = first; k <= head && !m.former; ++k)
    if (in.folded[k] == "shadow" && starts_upper(s.tokens[k].text) && is_state_office(m.role)) {
      m.role = "OPP";
      break;
    }
  return campaign;
}

// A people's role whose "for"/"to"/"with"/"on"/"of" tail is headed by the
// noun "campaign": "a spokeswoman for the Vale campaign", "an adviser to
// Hillary Clinton's campaign" (not "a spokesman for the bombing campaign's
// victims": the campaign must end the tail).
bool DocumentResolver::campaign_tail(const SentenceInfo& in, const WorkMention& m) const {
  const int n = m.last;
  if (m.head + 1 >= n) return false;
  const std::string& p = in.folded[m.head + 1];
  if (p != "for" && p != "to" && p != "with" && p != "on" && p != "of") return false;
  for (int k = m.head + 2; k < n; ++k) {
    const std::string& f = in.folded[k];
    if (f == "campaign" || f == "campaigns")
      return k + 1 == n && !starts_upper(in.sentence->tokens[k].text);
    if (in.role_at[k] >= 0 || f == "of" || f == "for" || f == "to" || f == "in") return false;
  }
  return false;
}

// Number and definiteness of a role phrase; true when a pronoun owns it
// ("its leaders").
bool DocumentResolver::phrase_form(size_t si, WorkMention& m) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int first = m.first, head = m.head;
  const std::string& hf = in.folded[head];
  m.plural = s.tokens[head].feats.find("Number=Plur") != std::string::npos ||
             (s.tokens[head].feats.empty() && hf.size() > 3 && hf.back() == 's' &&
              hf[hf.size() - 2] != 's' && hf != "corps" && hf != "press" && hf != "news");
  bool possessed = first < head && (in.folded[head - 1] == "'s" || in.folded[head - 1] == "'");
  for (int k = first; k < head && !possessed; ++k)
    possessed = in.folded[k] == "'s" || (in.folded[k] == "'" && attached_to_word(s, k));
  m.definite = in.folded[first] == "the" || in.folded[first] == "this" ||
               in.folded[first] == "that" || possessed;
  m.indefinite = in.folded[first] == "a" || in.folded[first] == "an";
  return in.folded[first] == "its" || in.folded[first] == "their" || in.folded[first] == "his" ||
         in.folded[first] == "her";
}

// The actors named in a role phrase: an organization (the last one: "of …
// Quds Force"), the first country or place, and a person before the head or
// in its "for"/"to"/"of" tail.
PhraseActors DocumentResolver::phrase_actors(size_t si, WorkMention& m) const {
  const SentenceInfo& in = info_[si];
  const int first = m.first, last = m.last, head = m.head;
  PhraseActors a;
  for (const Hit& h : in.names) {
    if (h.first < first || h.last > last) continue;
    bool past = false;
    const int e = choose_entry(kb_, h.entries, date_, alone_, &past);
    if (e < 0) continue;
    const KbEntry& k = kb_.entries[e];
    if (k.kind == "org" && h.use == Use::kName)
      a.org = &k;
    else if ((k.kind == "country" || k.kind == "place") && !a.country) {
      a.country = &k;
      if (before_subdivision(in, h)) m.subdivision_of = k.code.substr(0, 3);
      // "a leader of a Yemen-based militia": the country only places a
      // body; it is not the state's office.
      const int n = static_cast<int>(in.folded.size());
      a.based = (h.last < n && in.folded[h.last].ends_with("-based")) ||
                (h.last + 1 < n && in.folded[h.last] == "-" && in.folded[h.last + 1] == "based");
    } else if (k.kind == "person" && h.use == Use::kName && !a.owner_person &&
               (h.last <= head || (h.first > head + 1 && head + 1 < last &&
                                   (in.folded[head + 1] == "for" || in.folded[head + 1] == "to" ||
                                    in.folded[head + 1] == "of"))))
      // (Before the head, or in its "for"/"to"/"of" tail: "a spokeswoman for
      // Hillary Clinton", "an aide to Putin".)
      a.owner_person = &k, a.owner_past = past;
  }
  if (!a.country && !a.org) a.country = country_referred_to(si, first, last);
  return a;
}

// "the country's" / "the nation's" in a role phrase ("X spoke as the
// country's acting leader"): the country named nearest before the phrase
// as a country or place (not a demonym), in its sentence or the two before
// it in its paragraph; nullptr when none.
const KbEntry* DocumentResolver::country_referred_to(size_t si, int first, int last) const {
  const SentenceInfo& in = info_[si];
  bool refers = false;
  for (int k = first; k + 2 < last && !refers; ++k)
    refers = in.folded[k] == "the" &&
             (in.folded[k + 1] == "country" || in.folded[k + 1] == "nation") &&
             (in.folded[k + 2] == "'s" || in.folded[k + 2] == "'");
  if (!refers) return nullptr;
  const int paragraph = doc_.sentences[si].paragraph;
  for (size_t back = 0; back <= 2 && back <= si; ++back) {
    const size_t sj = si - back;
    if (doc_.sentences[sj].paragraph != paragraph) break;
    const KbEntry* found = nullptr;
    for (const Hit& h : info_[sj].names) {
      // (A demonym modifies something else: "a Peruvian trawler seized by
      // the country's navy" after "Chile said" is Chile's.)
      if ((back == 0 && h.last > first) || h.use == Use::kDemonym) continue;
      const KbEntry* k = place_entry(h);
      if (k && k->attribute("region") != "yes") found = k;
    }
    if (found) return found;
  }
  return nullptr;
}

// A known person's staff ("Obama spokesman", "Putin aide"): the person's
// code while in office; a former official's or a candidate's staff ("Clinton
// spokesman" in 2016) are no government's.
void DocumentResolver::owned_by_person(bool campaign, PhraseActors& a, WorkMention& m) const {
  if (a.org || a.country || !a.owner_person) return;
  const KbEntry* owner = a.owner_person;
  if (campaign) {
    // A candidate's campaign staff: the party side of the candidate's country.
    if (owner->code.size() >= 3 && kb_.is_country(owner->code.substr(0, 3))) {
      m.code = owner->code.substr(0, 3) + "PTY";
      m.rank = 3;
      m.how = "composition";
    }
    m.unknown_owner = m.code.empty();
  } else if (m.former && owner->code.size() >= 3 && kb_.is_country(owner->code.substr(0, 3))) {
    // A known person's former staff are past officials of the person's
    // country ("a former aide to Ada Moreno"), in office or not.
    m.code = owner->code.substr(0, 3) + "ELI";
    m.rank = 3;
    m.how = "composition";
  } else if (m.role != "MIL") {
    if (!a.owner_past && !owner->code.ends_with("ELI") && owner->code.size() > 3 && !m.former)
      a.org = owner;
    else
      m.unknown_owner = true;
  }
}

// A named body the base does not know owns the role ("Scientology
// officials", "Breitbart reporters"): neither the article's country nor a
// bare role describes it. A proper noun NER tagged as a body (not a place:
// "Charlotte officials"), modifying the phrase, with no role word in its
// capitalized run (not "Border Force officials").
// Only people's roles: in "Cosmopolitan magazine" the name is the body's own.
bool DocumentResolver::unknown_body_owns(size_t si, const WorkMention& m) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int first = m.first, head = m.head;
  for (int k = first; k < head; ++k) {
    const Token& t = s.tokens[k];
    const std::string& rel = t.deprel;
    if (t.upos != "PROPN" || !starts_upper(t.text) || in.name_at[k] >= 0 || in.role_at[k] >= 0 ||
        !org_at_[si][k] || is_honorific(in.folded[k]) ||
        !(rel == "compound" || rel == "nmod:poss" || rel == "flat"))
      continue;
    bool role_in_run = false;
    for (int j = k - 1; j >= first && starts_upper(s.tokens[j].text) && !role_in_run; --j)
      role_in_run = in.role_at[j] >= 0;
    for (int j = k + 1; j < head && starts_upper(s.tokens[j].text) && !role_in_run; ++j)
      role_in_run = in.role_at[j] >= 0;
    if (!role_in_run) return true;
  }
  return false;
}

// A role phrase's code from its actors: a title of one country's
// institutions ("Sen.") its country; an organization its code; a country +
// the role.
void DocumentResolver::code_phrase(const KbEntry& role, const PhraseActors& a,
                                   WorkMention& m) const {
  // An armed body a country only places is no state's military: "a
  // Yemen-based paramilitary group" is armed and unaligned (UAF).
  if (a.country && a.based && m.role == "MIL") m.role = "UAF";
  if (!a.org && !a.country && !role.attribute("country").empty()) {
    // A title of one country's institutions ("Sen.", "Rep."): its country.
    m.code = role.attribute("country") + (m.former ? "ELI" : role.code.c_str());
  } else if (a.org && m.former && a.org->code.size() >= 3 &&
             kb_.is_country(a.org->code.substr(0, 3)) &&
             (a.org->code.size() < 6 || is_state_office(std::string_view(a.org->code).substr(3)))) {
    // A state body's former officer is an elite of its country ("former FBI
    // Director", "retired Gondor Air Force Gen."); another body's keeps its
    // code, as a party's past leader does ("a former party chairman").
    m.code = a.org->code.substr(0, 3) + "ELI";
  } else if (a.org) {
    m.code = a.org->code;
    // Members of an international body's legislature or court: the body +
    // the sector, as the European Parliament is IGOEURLEG.
    if (m.code.size() == 6 && m.code.starts_with("IGO") && (m.role == "LEG" || m.role == "JUD"))
      m.code += m.role;
  } else if (a.country && a.based && (m.role == "GOV" || m.role == "ELI")) {
    m.unknown_owner = true;  // a body's leader, not the state's
  } else if (a.country) {
    const std::string nation = a.country->code.substr(0, 3);
    if (!m.role.empty() && m.role.back() == '~')
      m.code = m.role.substr(0, m.role.size() - 1) + nation;
    else
      m.code = nation + phrase_role(m);
  }
  if (!m.code.empty()) {
    m.rank = 3;
    m.how = "composition";
  }
}

}  // namespace eventwire::actors_internal::resolve
