// Steps 4d and 5f of docs/actors.md: people coded through someone they
// belong to — an official's family, and a spokesperson whose title names no
// body, who speaks for the body the text has just named.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

namespace {

bool is_kin_noun(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "wife",     "husband",      "spouse",  "widow",         "widower",
      "daughter", "son",          "mother",  "father",        "brother",
      "sister",   "stepdaughter", "stepson", "granddaughter", "grandson"};
  return s.count(f) > 0;
}

bool is_spokes_noun(const std::string& f) {
  return f == "spokesman" || f == "spokeswoman" || f == "spokesperson";
}

std::string last_word(const SentenceInfo& in, const WorkMention& m) {
  return m.last > m.first ? in.folded[m.last - 1] : std::string();
}

}  // namespace

// The country of a person whose family is political: one coded as a
// country's government or elite (a head of state or government, in office
// or past), else "".
std::string DocumentResolver::official_country(const WorkMention& o) const {
  if (o.dropped || !o.person || o.kind != WorkMention::Kind::kName || o.code.size() != 6) return "";
  const std::string nation = o.code.substr(0, 3), sector = o.code.substr(3);
  if (!kb_.is_country(nation) || (sector != "GOV" && sector != "ELI")) return "";
  return nation;
}

// The person a kin noun at `k` belongs to: the name right before its
// possessive ("Obama's wife"), the nearest person named before a "his"/"her"
// in the sentence or the one before ("Bush … and his wife, Laura"), or with
// no possessor the nearest person before it sharing `surname` ("detoured to
// daughter Chelsea Vale's flat" after "Ann Vale"). -1 when none.
int DocumentResolver::kin_owner(size_t si, int k, int poss, const std::string& surname) const {
  const SentenceInfo& in = info_[si];
  const std::string p = poss >= 0 ? in.folded[poss] : std::string();
  int best = -1;
  for (size_t j = 0; j < ms_.size(); ++j) {
    const WorkMention& o = ms_[j];
    if (o.dropped || !o.person || o.kind != WorkMention::Kind::kName) continue;
    if (p == "'s" || p == "'") {
      if (static_cast<size_t>(o.sentence) == si && o.last == poss) return static_cast<int>(j);
      continue;
    }
    const bool here = static_cast<size_t>(o.sentence) == si && o.last <= k;
    const bool before = p.empty() ? false : static_cast<size_t>(o.sentence) + 1 == si;
    if (!here && !before) continue;
    if (p.empty() && last_word(info_[o.sentence], o) != surname) continue;
    if (best < 0 || o.sentence > ms_[best].sentence ||
        (o.sentence == ms_[best].sentence && o.last > ms_[best].last))
      best = static_cast<int>(j);
  }
  return best;
}

// The kin noun tied to the name: before it ("his wife, Laura"; "daughter
// Chelsea Vale"), or after its comma ("Laura, his wife"; "Laura, the wife
// of X"). Sets *poss to the possessive's token (-1 for none) and *owner_at
// to a name's first token after "of"; returns the noun's token or -1.
int DocumentResolver::kin_noun_of(const SentenceInfo& in, const WorkMention& m, int* poss,
                                  int* owner_at) const {
  const auto& toks = in.sentence->tokens;
  const int n = static_cast<int>(toks.size());
  auto possessive = [&](int k) {
    return k >= 0 && (in.folded[k] == "his" || in.folded[k] == "her" || in.folded[k] == "'s" ||
                      in.folded[k] == "'");
  };
  auto skip_adjectives = [&](int k, int step) {
    for (int hops = 0; hops < 2 && k >= 0 && k < n && toks[k].upos == "ADJ"; ++hops) k += step;
    return k;
  };
  *poss = -1;
  *owner_at = -1;
  int k = m.first - 1;
  if (k >= 0 && in.folded[k] == ",") --k;
  if (k >= 0 && is_kin_noun(in.folded[k])) {
    const int before = skip_adjectives(k - 1, -1);
    if (possessive(before)) *poss = before;
    return k;
  }
  if (m.last + 2 >= n || in.folded[m.last] != ",") return -1;
  int first = m.last + 1;
  const bool article = in.folded[first] == "the";
  if (possessive(first)) *poss = first;
  if (!article && *poss < 0) return -1;
  k = skip_adjectives(first + 1, 1);
  if (k >= n || !is_kin_noun(in.folded[k])) return -1;
  if (article) {
    if (k + 1 >= n || in.folded[k + 1] != "of") return -1;
    *owner_at = k + 2 < n && in.folded[k + 2] == "the" ? k + 3 : k + 2;
  }
  return k;
}

// 4d. A person the base does not know, named as the spouse or child of an
//     official ("President Ada Vale and her husband, Tomas"), is an elite of
//     the official's country, not of the country named nearest (kin).
void DocumentResolver::officials_families() {
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.person || m.kind != WorkMention::Kind::kName || !m.code.empty() ||
        m.entry >= 0 || !m.title_role.empty())
      continue;
    const SentenceInfo& in = info_[m.sentence];
    int poss = -1, owner_at = -1;
    const int k = kin_noun_of(in, m, &poss, &owner_at);
    if (k < 0) continue;
    int owner = -1;
    if (owner_at >= 0) {
      for (size_t j = 0; j < ms_.size(); ++j)
        if (!ms_[j].dropped && ms_[j].sentence == m.sentence && ms_[j].first == owner_at)
          owner = static_cast<int>(j);
    } else if (poss >= 0 && poss > m.first) {
      // "Laura, his wife": "his" points back past the name itself.
      owner = kin_owner(m.sentence, m.first, poss, "");
    } else {
      owner = kin_owner(m.sentence, k, poss, last_word(in, m));
    }
    if (owner < 0 || &ms_[owner] == &m) continue;
    const std::string nation = official_country(ms_[owner]);
    if (nation.empty()) continue;
    m.code = nation + "ELI";
    m.rank = 3;
    m.how = "kin";
  }
}

// A body's name, or a description naming its owner ("Ada Vale's campaign"),
// not a common noun ("a village", "a militia group").
bool DocumentResolver::names_someone(const WorkMention& o) const {
  if (o.kind == WorkMention::Kind::kName) return true;
  const SentenceInfo& in = info_[o.sentence];
  for (int k = o.first; k < o.last; ++k)
    if (in.name_at[k] >= 0 || per_at_[o.sentence][k] || org_at_[o.sentence][k]) return true;
  return false;
}

// The body nearest before a mention: earlier in its sentence, else in the
// two sentences before (nearest first); an outlet is where words are
// reported, not whom a spokesperson speaks for.
const WorkMention* DocumentResolver::body_before(const WorkMention& m) const {
  const WorkMention* best = nullptr;
  for (const WorkMention& o : ms_) {
    if (o.dropped || o.type != "ORG" || o.code.size() < 6 ||
        o.kind == WorkMention::Kind::kPronoun || o.code.find("MED") != std::string::npos ||
        o.sentence > m.sentence || o.sentence + 2 < m.sentence ||
        (o.sentence == m.sentence && o.last > m.first) || !names_someone(o))
      continue;
    if (!best || o.sentence > best->sentence ||
        (o.sentence == best->sentence && o.last > best->last))
      best = &o;
  }
  return best;
}

// 5f. A spokesperson titled with no body or country ("Spokeswoman Ada
//     Moreno said", "Ada Moreno, a spokeswoman, said") speaks for the body
//     named just before, not for the article country's government: a
//     campaign's spokeswoman is the campaign's (`spokesperson`).
void DocumentResolver::spokespeople_of_bodies() {
  for (size_t i = 0; i < ms_.size(); ++i) {
    WorkMention& m = ms_[i];
    if (m.dropped || m.kind != WorkMention::Kind::kName || m.entry >= 0 || m.rank > 1 ||
        m.title_role.empty())
      continue;
    const SentenceInfo& in = info_[m.sentence];
    bool spokes = false;
    if (m.title_role[0] == 'T') {
      // A bare title: no owner or body before the noun ("the park's
      // spokesman", "police spokesman" name theirs).
      for (int k = m.first; k < m.name_first && k < m.last; ++k) {
        spokes = is_spokes_noun(in.folded[k]);
        if (!spokes && !is_determiner(in.folded[k])) break;
      }
    } else {
      for (const WorkMention& r : ms_) {
        if (r.link != static_cast<int>(i) || r.head != r.last - 1) continue;
        const std::vector<std::string>& f = info_[r.sentence].folded;
        bool bare = is_spokes_noun(f[r.head]);
        for (int k = r.first; k < r.head && bare; ++k) bare = is_determiner(f[k]);
        spokes = spokes || bare;
      }
    }
    if (!spokes) continue;
    const WorkMention* body = body_before(m);
    if (!body) continue;
    m.code = body->code;
    m.rank = 3;
    m.how = "spokesperson";
  }
}

// 5j. A candidate's staff named by the candidate's surname ("Vale
//     spokeswoman Ada Moreno", "Vale aide Ada Moreno") speak for the party
//     side the text codes the candidate with, not for the government that
//     the bare staff title and the article's country gave; 3d does this for
//     candidates the base knows.
void DocumentResolver::staff_of_party_people() {
  static const std::unordered_set<std::string> staff = {
      "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "staffer"};
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.person || m.kind != WorkMention::Kind::kName || m.entry >= 0 ||
        m.name_first < m.first + 2 || !m.code.ends_with("GOV"))
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int noun = m.name_first - 1;
    if (!staff.count(in.folded[noun])) continue;
    const std::string& surname = in.folded[noun - 1];
    const WorkMention* owner = nullptr;
    for (const WorkMention& o : ms_)
      if (&o != &m && !o.dropped && o.person && o.kind == WorkMention::Kind::kName &&
          o.code.size() == 6 && last_word(info_[o.sentence], o) == surname &&
          (o.sentence < m.sentence || (o.sentence == m.sentence && o.last <= noun)))
        owner = &o;
    if (!owner || !owner->code.ends_with("PTY")) continue;
    m.code = owner->code;
    m.role = "PTY";
    m.rank = 3;
    m.how = "composition";
  }
}

// Where a title the role files do not know begins before a name: one to three
// lower-case nouns and adjectives (a role's adjective too: "congressional"), a
// staff noun last and no role word, right after a body's name
// ("Harbor Ministry press liaison Ada Moreno": the first word of "Harbor
// Ministry"). `first` when there is none.
int DocumentResolver::untitled_role_start(const SentenceInfo& in, int first) const {
  // The title's last noun must name a job in the body: an outsider named
  // after it ("Pentagon contractor", "Justice Department whistleblower") is
  // not the body's.
  static const std::unordered_set<std::string> kStaff = {
      "liaison",   "aide",      "official",       "adviser",    "advisor",     "counsel",
      "counselor", "staffer",   "officer",        "employee",   "envoy",       "deputy",
      "assistant", "agent",     "investigator",   "inspector",  "analyst",     "lawyer",
      "attorney",  "economist", "researcher",     "director",   "coordinator", "manager",
      "secretary", "clerk",     "representative", "negotiator", "strategist",  "fellow"};
  const auto& toks = in.sentence->tokens;
  int k = first - 1;
  if (k < 1 || toks[k].upos != "NOUN" || !kStaff.count(in.folded[k])) return first;
  while (k >= 0 && first - k <= 3 && (toks[k].upos == "NOUN" || toks[k].upos == "ADJ") &&
         !starts_upper(toks[k].text) && (in.role_at[k] < 0 || toks[k].upos == "ADJ"))
    --k;
  if (k < 0 || k == first - 1) return first;
  for (const Hit& body : in.names)
    if (body.last == k + 1) return body.first;
  return first;
}

// 5g. A title or apposition naming a body that only the article's country
//     coded, after titles were linked ("The NYPD commissioner, Ada Moreno",
//     "Lakeview PD spokesman Ada Moreno"): the person takes the body's code.
void DocumentResolver::roles_of_bodies_coded_late() {
  for (size_t i = 0; i < ms_.size(); ++i) {
    WorkMention& m = ms_[i];
    if (m.dropped || !m.person || m.kind != WorkMention::Kind::kName || !m.code.empty() ||
        m.entry >= 0)
      continue;
    int first = m.first, last = m.name_first;  // a title before the name
    WorkMention* role = nullptr;
    for (WorkMention& r : ms_)
      if (r.link == static_cast<int>(i) && !r.dropped && r.code.empty()) role = &r;
    if (role) first = role->first, last = role->last;
    if (!role && m.name_first < 0)  // a title the role files do not know
      first = untitled_role_start(info_[m.sentence], m.first), last = m.first;
    if (last <= first) continue;
    const WorkMention* body = nullptr;
    for (const WorkMention& o : ms_)
      if (!o.dropped && o.type == "ORG" && o.kind == WorkMention::Kind::kName &&
          o.code.size() >= 6 && o.sentence == (role ? role->sentence : m.sentence) &&
          o.first >= first && o.first < last)  // (a role may end inside: "head of the X Center")
        body = &o;
    if (!body) continue;
    m.code = body->code;
    m.rank = 3;
    m.how = role ? "apposition" : "title";
    if (role) role->code = body->code, role->rank = 3, role->how = "composition";
  }
}

// 5i. A committee named without its chamber ("the Oversight Committee"),
//     which the generic head "Committee" made a government's body, is a
//     legislature's when a legislator's title repeats every other word of its
//     name ("Oversight Chairman Ada Moreno", a member of the base's Congress).
void DocumentResolver::committees_of_legislators() {
  std::unordered_set<std::string> titled;  // folded words of legislators' titles
  for (size_t i = 0; i < name_count_; ++i) {
    const WorkMention& p = ms_[i];
    if (p.dropped || !p.person || p.rank < 4 || !p.code.ends_with("LEG") || p.name_first <= p.first)
      continue;
    for (int k = p.first; k < p.name_first; ++k) titled.insert(info_[p.sentence].folded[k]);
  }
  if (titled.empty()) return;
  static const std::unordered_set<std::string> parts = {"committee", "subcommittee", "panel"};
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& c = ms_[i];
    if (c.dropped || c.person || c.type != "ORG" || c.entry >= 0 || c.code.size() != 6 ||
        !c.code.ends_with("GOV") || !c.how.starts_with("name:"))
      continue;
    const SentenceInfo& in = info_[c.sentence];
    if (!parts.count(in.folded[c.last - 1])) continue;
    int words = 0;
    bool repeated = true;
    for (int k = c.first; k + 1 < c.last && repeated; ++k) {
      if (in.folded[k] == "the" || !starts_upper(in.sentence->tokens[k].text)) continue;
      ++words;
      repeated = titled.count(in.folded[k]) > 0;
    }
    if (words > 0 && repeated) c.code = c.code.substr(0, 3) + "LEG";
  }
}

}  // namespace eventwire::actors_internal::resolve
