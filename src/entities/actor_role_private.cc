// Roles that do not make a person a state's actor by themselves (docs/actors.md
// step 3, "Private professions and bodies' own people"): a private profession
// the role lexicon files under a state sector ("lawyer" JUD, "adviser" GOV),
// and a role a body the base does not know owns by its tail ("head of the
// Harbor Policy Center").
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

// The state-sector role words whose WordNet senses are a private profession or
// an expert's or helper's trade and never an office: the list
// scripts/derive-private-roles prints from WordNet 3.0 and the role files.
bool is_private_role(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "adviser",         "advisor",          "aide",           "attorney", "barrister",
      "conveyancer",     "defense attorney", "defense lawyer", "lawyer",   "pleader",
      "public defender", "trial attorney",   "trial lawyer"};
  if (s.count(f)) return true;
  return f.size() > 3 && f.back() == 's' && s.count(f.substr(0, f.size() - 1));
}

namespace {

// "an adviser to the attorney general", "aides to the governor": the "to",
// "for" or "of" after the head (in the phrase, or just after it where the
// parse hangs the tail on the verb) names an office the person serves, a state
// role that is no private one.
bool serves_office(const Kb& kb, const SentenceInfo& in, const WorkMention& m) {
  const int n = static_cast<int>(in.folded.size());
  if (m.head + 2 >= n) return false;
  const std::string& p = in.folded[m.head + 1];
  if (p != "to" && p != "for" && p != "of") return false;
  int end = m.head + 2;  // the tail: to the first punctuation, at most five words on
  while (end < n && end < std::max(m.last, m.head + 7) &&
         std::isalnum(static_cast<unsigned char>(in.folded[end][0])))
    ++end;
  for (const Hit& h : in.roles) {
    if (h.first < m.head + 2 || h.last > end) continue;
    std::string name;
    for (int k = h.first; k < h.last; ++k) name += (name.empty() ? "" : " ") + in.folded[k];
    const std::string& code = kb.entries[h.entries.front()].code;
    if (is_state_office(code) && !is_private_role(name)) return true;
  }
  return false;
}

}  // namespace

// A role phrase headed by a private profession holds a state office only
// through a body it serves or a person in office ("a Justice Department
// lawyer", "a Putin aide") or the country it names ("a Gondorian lawyer", as
// the CAMEO agents code it). Otherwise it is a private person (CVL, as the
// agents code voters and citizens) of the country of a place that only
// locates the practice ("a Lakeview lawyer", "a lawyer in Gondor"), and of no
// country when the phrase names none (not the article's: "an adviser to the
// Vale family"). A past adviser or aide tied to nothing is no past office
// holder (no ELI): a private person now.
void DocumentResolver::settle_private_role(size_t si, size_t ri, const PhraseActors& a,
                                           WorkMention& m) const {
  const SentenceInfo& in = info_[si];
  const Hit& rh = in.roles[ri];
  std::string name;  // the role's name as matched ("trial lawyer"; not "city attorney")
  for (int k = rh.first; k < rh.last; ++k) name += (name.empty() ? "" : " ") + in.folded[k];
  // (Only a state sector: "a campaign aide" is a party's.)
  static const std::unordered_set<std::string> state = {"GOV", "LEG", "JUD", "ELI"};
  if (!is_private_role(name) || !state.count(m.role.substr(0, 3))) return;
  if (serves_office(kb_, in, m) || m.unknown_owner) return;
  // The country must modify the role ("a Gondorian lawyer"): one after it
  // places the practice ("a lawyer in Lakeview", "an aide in the capital").
  bool country_before = false;
  for (const Hit& h : in.names)
    country_before =
        country_before || (h.first >= m.first && h.last <= m.head && place_entry(h) == a.country);
  const bool tied =
      a.org || a.owner_person || (a.country && a.country->kind != "place" && country_before);
  if (tied) return;  // (a former one too: "a former White House aide" stays its past office)
  const KbEntry* where = a.country ? a.country : a.org;
  const std::string nation = where && where->code.size() >= 3 ? where->code.substr(0, 3) : "";
  m.former = false;
  m.role = "CVL";
  m.needs_actor = true;  // never the article's country: a bare "lawyer" is no one's
  m.code = kb_.is_country(nation) ? nation + "CVL" : "";
  m.rank = m.code.empty() ? 0 : 3;
  m.how = m.code.empty() ? "" : "composition";
}

// A people's role whose "of"/"for"/"at" tail names a body the base does not
// know (NER's or a run of capitalized words, step 2d), headed by a
// non-governmental head of a body's name ("head of the
// Harbor Policy Center", "spokeswoman for the Lakeview Parents Coalition"):
// the body owns the role, so the phrase takes its code once the body has one
// (step 5g), not the article's country with a state sector.
bool DocumentResolver::unknown_body_in_tail(size_t si, const WorkMention& m) const {
  const SentenceInfo& in = info_[si];
  const Sentence& s = doc_.sentences[si];
  // (Only a state office the role would otherwise take from the article:
  // "fighters of the Northern Alliance" stay rebels.)
  static const std::unordered_set<std::string> offices = {"GOV", "ELI", "LEG", "JUD"};
  if (m.head + 2 >= m.last || !offices.count(m.role.substr(0, 3))) return false;
  const std::string& p = in.folded[m.head + 1];
  if (p != "of" && p != "for" && p != "at") return false;
  int k = m.head + 2;
  while (k < m.last && !starts_upper(s.tokens[k].text)) ++k;
  if (k == m.last) return false;
  // The body's capitalized run, which the phrase may end inside ("head of the
  // Harbor Policy" before the weak head "Center").
  const int n = static_cast<int>(s.tokens.size());
  bool private_head = false;
  for (; k < n && starts_upper(s.tokens[k].text); ++k) {
    if (in.name_at[k] >= 0) return false;  // a body the base knows codes the phrase
    const int r = in.role_at[k];
    if (r < 0) continue;
    const KbEntry& role = kb_.entries[in.roles[r].entries.front()];
    if (role.attribute("needs") != "body" || is_state_office(role.code)) return false;
    private_head = true;
  }
  return private_head;
}

}  // namespace eventwire::actors_internal::resolve
