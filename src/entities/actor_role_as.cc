// Step 4c of docs/actors.md: a person the base does not know takes the office
// of a role phrase linked to them by "as" ("Ada Moreno toured the port as
// Gondor's trade minister") or by a relative clause ("Ada Moreno, who served
// as Gondor's envoy to Rohan, said"; "…, who was Gondor's envoy, …").
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

namespace {

bool has_feat(const Token& t, std::string_view feat) {
  return t.feats.find(feat) != std::string::npos;
}

}  // namespace

// The "as" marking role head `h` as an oblique: its case child, not part of
// a comparison ("such as", "as well as", "as much as", "the same as").
bool DocumentResolver::as_oblique(const SentenceInfo& in, int h) const {
  const auto& toks = in.sentence->tokens;
  for (int c : in.children[h]) {
    if (toks[c].deprel != "case" || in.folded[c] != "as") continue;
    if (!in.children[c].empty()) return false;  // "as well as": fixed words
    static const std::unordered_set<std::string> kComparison = {
        "such", "well", "much", "many", "same", "so", "as", "just", "known", "far", "long"};
    const std::string& before = c > 0 ? in.folded[c - 1] : std::string();
    const std::string& after = c + 1 < static_cast<int>(in.folded.size()) ? in.folded[c + 1] : "";
    return !kComparison.count(before) && !kComparison.count(after);
  }
  return false;
}

// Whether clause `v` is in the past: a past auxiliary ("had served", "was
// named"), or a finite past verb without an auxiliary ("served"). *modal:
// a modal or future auxiliary ("will serve as"): no office yet.
bool DocumentResolver::past_clause(const SentenceInfo& in, int v, bool* modal) const {
  const auto& toks = in.sentence->tokens;
  bool aux_past = false, aux_present = false;
  for (int c : in.children[v]) {
    if (toks[c].deprel != "aux" && toks[c].deprel != "aux:pass" && toks[c].deprel != "cop")
      continue;
    if (toks[c].xpos == "MD") *modal = true;
    if (has_feat(toks[c], "Tense=Past")) aux_past = true;
    if (has_feat(toks[c], "Tense=Pres")) aux_present = true;
  }
  if (aux_present) return false;
  return aux_past || (has_feat(toks[v], "Tense=Past") && has_feat(toks[v], "VerbForm=Fin"));
}

// The clause a role phrase at head `h` tells person `m` held: a verb whose
// subject is the person and whose "as" oblique it is, or a relative clause
// on the person ("who served as …", "who was …"). -1 when none; *relative
// when the clause is a relative clause.
int DocumentResolver::role_clause(const SentenceInfo& in, const WorkMention& m, int h,
                                  bool* relative) const {
  const auto& toks = in.sentence->tokens;
  const int up = toks[h].head - 1;
  const auto subject_is = [&](int v, int first, int last) {
    for (int c : in.children[v])
      if ((toks[c].deprel == "nsubj" || toks[c].deprel == "nsubj:pass") && c >= first && c < last)
        return true;
    return false;
  };
  const auto who = [&](int v) {
    for (int c : in.children[v])
      if (toks[c].deprel.starts_with("nsubj") && (in.folded[c] == "who" || in.folded[c] == "that"))
        return true;
    return false;
  };
  // "…, who was Gondor's envoy": the role noun heads the relative clause.
  // (The parse may hang it as a parataxis or an apposition.)
  const std::string& rel = toks[h].deprel;
  if ((rel == "acl:relcl" || rel == "parataxis" || rel == "appos" || rel == "acl") &&
      up == m.head && who(h)) {
    for (int c : in.children[h])
      if (toks[c].deprel == "cop") return *relative = true, h;
    return -1;
  }
  if (!as_oblique(in, h)) return -1;
  const int verb = as_phrase_verb(in, h);
  if (verb < 0) return -1;
  if (toks[verb].deprel == "acl:relcl" && toks[verb].head - 1 == m.head && who(verb))
    return *relative = true, verb;
  const int first = m.name_first >= 0 ? m.name_first : m.first;
  return subject_is(verb, first, m.last) ? verb : -1;
}

// The verb an "as" phrase at head `h` is an oblique of, or -1. The parse may
// hang the phrase on the day before it ("visited Rohan on Monday as Gondor's
// envoy": "as … envoy" a modifier of "Monday"); a day or a month is no one's
// office, so the phrase is the day's verb's.
int DocumentResolver::as_phrase_verb(const SentenceInfo& in, int h) const {
  static const std::unordered_set<std::string> calendar = {
      "monday",    "tuesday",  "wednesday", "thursday",  "friday",  "saturday",  "sunday",
      "january",   "february", "march",     "april",     "june",    "july",      "august",
      "september", "october",  "november",  "december",  "today",   "yesterday", "week",
      "month",     "year",     "morning",   "afternoon", "evening", "night",     "weekend"};
  const auto& toks = in.sentence->tokens;
  int attached = h, up = toks[h].head - 1;
  if (toks[h].deprel == "nmod" && up >= 0 && calendar.count(in.folded[up]) &&
      toks[up].deprel.starts_with("obl")) {
    attached = up;
    up = toks[up].head - 1;
  }
  const bool oblique =
      attached == h ? toks[h].deprel == "obl" : toks[attached].deprel.starts_with("obl");
  if (!oblique || up < 0 || toks[up].upos != "VERB") return -1;
  return up;
}

// Whether the role or its clause says the office is held now: "now",
// "current", "currently" ("who now serves as", "as the current envoy").
bool DocumentResolver::held_now(const SentenceInfo& in, const WorkMention& r, int v) const {
  const auto now = [](const std::string& f) {
    return f == "now" || f == "current" || f == "currently";
  };
  for (int k = r.first; k < r.last; ++k)
    if (now(in.folded[k])) return true;
  for (int c : in.children[v])
    if (now(in.folded[c])) return true;
  return false;
}

// "then-" before the office: "as then-Gondor envoy" (the tokens "then", "-").
bool DocumentResolver::then_held(const SentenceInfo& in, const WorkMention& r) const {
  for (int k = std::max(0, r.first - 2); k + 1 < r.head; ++k)
    if (in.folded[k] == "then" && in.folded[k + 1] == "-") return true;
  return false;
}

// The code of a coded body named in the role's "for"/"of"/"at" tail ("as
// Africa director for the Harbor Council"), or "".
std::string DocumentResolver::tail_body_code(const SentenceInfo& in, const WorkMention& r) const {
  const auto& toks = in.sentence->tokens;
  for (int c : in.children[r.head]) {
    if (toks[c].deprel != "nmod" ||
        !(has_case(in, c, "for") || has_case(in, c, "of") || has_case(in, c, "at")))
      continue;
    for (size_t i = 0; i < name_count_; ++i) {
      const WorkMention& o = ms_[i];
      if (o.sentence == r.sentence && o.first <= c && c < o.last && !o.dropped && o.type == "ORG" &&
          !o.code.empty())
        return o.code;
    }
  }
  return "";
}

// The office a role phrase names: a body in its tail, else its own code when
// that names a country or an international body (not a region: "Asia
// director"). "" when none.
std::string DocumentResolver::office_code(const SentenceInfo& in, const WorkMention& r) const {
  std::string code = tail_body_code(in, r);
  if (code.empty()) code = r.code;
  if (code.size() < 3) return "";
  const std::string nation = code.substr(0, 3);
  return kb_.is_country(nation) || nation == "IGO" ? code : "";
}

// 4c. An uncoded person takes the code of a role phrase they held "as" or
//     that a relative clause gives them (its body's, or its composition's).
//     A past state office ("who served as", "former", "then-", a main
//     clause's "served as" in the past) is an elite of its country, as the
//     base codes past office holders, unless the phrase says "now"; a main
//     clause's "as" role is the office itself.
void DocumentResolver::offices_held_as() {
  std::vector<std::vector<size_t>> roles_in(doc_.sentences.size());
  for (size_t j = name_count_; j < ms_.size(); ++j)
    // (A person's role, not a body NER found: "as director", not "as the Harbor Council".)
    if (ms_[j].kind == WorkMention::Kind::kRole && !ms_[j].dropped && ms_[j].link < 0 &&
        !ms_[j].plural && !org_at_[ms_[j].sentence][ms_[j].head])
      roles_in[ms_[j].sentence].push_back(j);
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    const SentenceInfo& in = info_[m.sentence];
    if (m.dropped || m.kind != WorkMention::Kind::kName || !m.code.empty() || !in.parsed ||
        !(m.person || m.type == "PER") || !m.title_role.empty())
      continue;
    for (size_t j : roles_in[m.sentence]) {
      const WorkMention& r = ms_[j];
      bool relative = false;
      const int v = role_clause(in, m, r.head, &relative);
      const std::string code = v < 0 ? "" : office_code(in, r);
      if (code.empty()) continue;
      bool modal = false;
      const bool in_past = past_clause(in, v, &modal);
      if (modal) continue;
      const std::string& lemma = in.sentence->tokens[v].lemma;
      const bool past = (in_past && (relative || lemma == "serve" || lemma == "work")) ||
                        r.former || then_held(in, r);
      m.code = past && !held_now(in, r, v) ? past_office(code) : code;
      if (m.code.empty()) continue;
      m.rank = 3;
      m.how = relative ? "relative-role" : "as-role";
      break;
    }
  }
}

// A past office's code: a state office is an elite of its country (as
// "former" makes it, step 3); another sector (a party's leader) keeps its
// code; "" for an international body's past officer.
std::string DocumentResolver::past_office(const std::string& code) const {
  const std::string nation = code.substr(0, 3);
  if (!kb_.is_country(nation)) return "";
  return code.size() >= 6 && is_state_office(std::string_view(code).substr(3)) ? nation + "ELI"
                                                                               : code;
}

// The code of a coded body whose mention holds token `k` of sentence `si`
// (a body's name or a description of one: "the Harbor Council", "the Vale
// campaign"), or "".
std::string DocumentResolver::body_code_at(size_t si, int k) const {
  for (const WorkMention& o : ms_) {
    if (o.dropped || o.sentence != static_cast<int>(si) || o.first > k || k >= o.last ||
        o.code.empty() || o.person || o.type == "PER" || o.kind == WorkMention::Kind::kPronoun)
      continue;
    if (o.type == "ORG" || (o.kind == WorkMention::Kind::kName && o.type != "GPE" &&
                            o.type != "LOC" && o.type != "NORP"))
      return o.code;
  }
  return "";
}

// 5h. A relative clause saying the person leads a body ("Ada Moreno, who
//     chairs the Harbor Council", "…, who helmed the Vale Party from 1995 to
//     1997"): an uncoded person takes the body's code, a past state office
//     its country's elite (as "former" makes it); founding a body is no office
//     that ends.
void DocumentResolver::bodies_led() {
  static const std::unordered_set<std::string> kLead = {
      "chair", "head",    "lead",     "helm",    "run",    "direct", "oversee",
      "found", "cofound", "co-found", "preside", "manage", "command"};
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    const SentenceInfo& in = info_[m.sentence];
    if (m.dropped || m.kind != WorkMention::Kind::kName || !m.code.empty() || !in.parsed ||
        !(m.person || m.type == "PER"))
      continue;
    const auto& toks = in.sentence->tokens;
    // (The parse hangs the clause on the name's head, which may be its first
    // word, or on the main verb: "said Ada Moreno, who helmed …" as a parataxis.)
    std::vector<int> clauses;
    for (int k = m.first; k < m.last; ++k)
      for (int v : in.children[k])
        if (toks[v].deprel == "acl:relcl" && kLead.count(toks[v].lemma)) clauses.push_back(v);
    const int who_at = m.last + 1;
    if (clauses.empty() && who_at < static_cast<int>(toks.size()) && in.folded[m.last] == "," &&
        in.folded[who_at] == "who" && toks[who_at].deprel.starts_with("nsubj")) {
      const int v = toks[who_at].head - 1;
      if (v > who_at && kLead.count(toks[v].lemma)) clauses.push_back(v);
    }
    for (int v : clauses) {
      bool who = false;
      std::string code;
      for (int c : in.children[v]) {
        who = who || (toks[c].deprel.starts_with("nsubj") &&
                      (in.folded[c] == "who" || in.folded[c] == "that"));
        if (toks[c].deprel == "obj" || (toks[c].deprel == "obl" && has_case(in, c, "over")))
          code = body_code_at(static_cast<size_t>(m.sentence), c);
      }
      if (!who || code.size() < 3 ||
          !(kb_.is_country(code.substr(0, 3)) || code.starts_with("IGO")))
        continue;
      bool modal = false;
      const bool past = past_clause(in, v, &modal) && toks[v].lemma != "found";
      if (modal) continue;
      m.code = past ? past_office(code) : code;
      if (m.code.empty()) continue;
      m.rank = 3;
      m.how = "relative-lead";
      break;
    }
  }
}

}  // namespace eventwire::actors_internal::resolve
