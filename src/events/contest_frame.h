// Contests read as fights or meetings: "the Hornets crushed the Falcons in
// the cup final", "Vale defeated Ortiz in the primary", "her first debate
// against Ortiz". A game, a race or an election debate is won and lost by
// its players; no force is used and no one consults. The event coder drops a
// meeting (04) or force (17–20) reading whose frame is a contest. Pure
// functions; thread-safe.
#pragma once

#include <string>

#include "events/tree.h"
#include "eventwire/document.h"

namespace eventwire::events {

// True when some mention of the entity describes it as running for office
// ("the Republican nominee", "candidate Vale", "a Senate hopeful").
bool candidate_entity(const Document& doc, const std::string& entity);

// True when a meeting or force reading (CAMEO `code` 04…, 17…–20…) of
// `predicate` is a contest: the predicate is a contest noun or has one as its
// object or oblique ("in the final", "for the nomination"); or, for force,
// both sides are candidates or sports teams ("Vale battled Ortiz"; two
// candidates may still meet). An election debate
// (a "debate" noun or verb) is a contest when it is "against" someone or
// either side is a candidate.
bool contest_frame(const Tree& tree, const Document& doc, int predicate, const Mention& source,
                   const std::string& source_entity, const std::string& source_code,
                   const Mention& target, const std::string& target_entity,
                   const std::string& target_code, const std::string& code);

}  // namespace eventwire::events
