// Past offices beyond "former" before the head (docs/actors.md step 3, "Past
// and shadow offices"): "then-" before a role, and "former" shared by the
// roles conjoined after it ("the former governor and senator").
#include <algorithm>
#include <string>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

namespace {

// "then-Senator", also tokenized "then" "-" "Senator": "then" hyphened to a
// word at or before the head, with no space around the hyphen ("since then -
// Senator X said" is a dash).
bool then_hyphen(const SentenceInfo& in, int first, int head) {
  const auto& toks = in.sentence->tokens;
  for (int k = std::max(0, first - 2); k < head; ++k) {
    const std::string& f = in.folded[k];
    if (f.starts_with("then-")) return true;
    if (f == "then" && k + 2 < static_cast<int>(toks.size()) && k + 1 <= head &&
        in.folded[k + 1] == "-" && toks[k].end == toks[k + 1].start &&
        toks[k + 1].end == toks[k + 2].start)
      return true;
  }
  return false;
}

}  // namespace

// A role phrase marked past now: its office becomes its country's elite (or
// a bare ELI waiting for a country).
void DocumentResolver::make_past_office(WorkMention& m) const {
  if (m.former || !is_state_office(m.role)) return;
  m.former = true;
  m.role = "ELI";
  if (m.code.size() >= 3 && kb_.is_country(m.code.substr(0, 3)))
    m.code = m.code.substr(0, 3) + "ELI";
}

// "then-Senator X" and "the former governor and senator": the second role
// of a conjunction without a determiner of its own shares the first one's
// "former" ("95 retired generals and admirals").
void DocumentResolver::past_offices_shared() {
  const WorkMention* before = nullptr;
  for (size_t i = name_count_; i < ms_.size(); ++i) {
    WorkMention& m = ms_[i];
    if (m.dropped || m.kind != WorkMention::Kind::kRole) continue;
    const SentenceInfo& in = info_[m.sentence];
    if (then_hyphen(in, m.first, m.head)) make_past_office(m);
    const bool joined = before && before->former && before->sentence == m.sentence &&
                        before->last + 1 == m.first &&
                        (in.folded[before->last] == "and" || in.folded[before->last] == "or") &&
                        !is_determiner(in.folded[m.first]);
    if (joined) make_past_office(m);
    before = &m;
  }
}

}  // namespace eventwire::actors_internal::resolve
