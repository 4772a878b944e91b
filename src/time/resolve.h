// Turns a pattern's meaning (rules.h) into a TIMEX3 value, given the anchor
// date and the direction the governing verb's tense points to.
#pragma once

#include <optional>
#include <string>

#include "time/calendar.h"
#include "time/rules.h"

namespace eventwire::time_internal {

// `anchor` may be missing (no article date): relative parts become X's.
// `tense` is -1 past, +1 future, 0 unknown; `narrative` selects the
// forward-reading rules for weekdays of historical text.
std::string resolve_value(const Sem& sem, const std::optional<CivilDate>& anchor, int tense,
                          bool narrative);

}  // namespace eventwire::time_internal
