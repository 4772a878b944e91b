// Events inside embedded clauses: "pledged to help Hamas" is not aid but an
// intent to give it (CAMEO 03x), "vowed to attack" a threat (13x), "refused
// to meet" a rejection (12x). The embedded predicate is coded as usual and
// its code then rewritten by the kind of verb that governs it. Pure
// functions over constant tables; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace eventwire::events {

enum class Governor {
  kNone,      // not a governing verb: the embedded event stands as it is
  kIntent,    // pledge, promise, vow, swear, offer, agree, commit, plan, intend …
  kThreaten,  // threaten, warn
  kRefuse,    // refuse, decline, reject
};

// The kind of a governing verb, by lemma.
Governor governor_kind(std::string_view lemma);

// The code an embedded event with `code` gets under a governor of `kind`;
// empty when the pair has no CAMEO reading (the embedded event is then
// dropped in favour of the governor's own entry). For kRefuse, `negated` is
// set when the result is the embedded code itself, now negated ("refused to
// attack").
std::string governed_code(Governor kind, const std::string& code, bool* negated);

// The kind of a noun over a to-clause: "plans / an offer / a pledge to",
// "a threat to", "a refusal to" (intent_nouns.cc).
Governor noun_governor_kind(std::string_view lemma);

// open, ready, prepared, willing, … (openness.cc)
bool is_openness_adjective(std::string_view lemma);

// Does a verb with this lemma report speech ("said that …", "announced that …")?
bool is_speech_verb(std::string_view lemma);

}  // namespace eventwire::events
