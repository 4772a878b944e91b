// A state paying for its own bodies read as aid: "the Harlow government funds
// its state railway", "the ministry gave the national police new
// vehicles". Aid (CAMEO 070–072) goes from one actor to another; a budget
// line inside one state is neither. Pure functions; thread-safe.
#pragma once

#include <string>

#include "events/tree.h"
#include "eventwire/document.h"

namespace eventwire::events {

// True when an aid reading (`code` 070, 071 or 072) has a state actor as its
// source (a country alone, or only state roles: GOV, MIL, JUD, LEG, COP,
// SPY, …) and, as its target, a body of the same state: coded with the same
// country and only state roles (a state's media with them: GOVMED), or an
// uncoded phrase that calls it the state's ("its state railway", "the
// state-run agency", "its own army"). Humanitarian aid (073) and the rest of
// 07 stay: relief to a state's own provinces is aid to its people.
bool own_state_aid(const Tree& tree, const std::string& source_code, const Mention& target,
                   const std::string& target_code, const std::string& code);

}  // namespace eventwire::events
