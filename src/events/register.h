// The register of political news: readings the built-in lexicon gives that
// an analyst would not record as that event. Run on each (source, target)
// pair after the sense check (sense.h), like it:
//
// * verbal conflict: politicians, parties, legislators and the press who
//   "attacked", "blasted", "hit" or "fought" someone did so in words, which
//   CAMEO codes as criticism (111); "beat" or "defeated" a rival is an
//   electoral contest, no event. A government's force on a domestic
//   politician, party or newspaper is read the same way. Armed sides keep the
//   force reading.
// * survey results: "62 percent of voters said …", "a majority of
//   respondents support …" report a poll, not an act of those people.
// * press reports: "the Courier reports that …" is the article's sourcing, not
//   an act of the paper (its report frames the event it tells).
// * impressions: "the policy appears to be helping X", "Republicans seem
//   confident" describe; the raising verb is no event.
#pragma once

#include <string>
#include <vector>

#include "events/tree.h"

namespace eventwire::events {

struct Actor;

// False when the reading is no event in this register; a verbal reading
// rewrites `code`. Notes the rule in `trace` when given.
bool register_allows(const Tree& tree, int predicate, const Actor& source, const Actor& target,
                     std::string* code, std::vector<std::string>* trace);

// The parts of the rules above, for tests.
bool political_actor(const std::string& actor_code);
// A newspaper, an agency or a broadcaster: a MED code or a masthead's name.
bool press_source(const Actor& source);
bool survey_phrase(const std::string& text);

}  // namespace eventwire::events
