// Habits told as acts: "protesters march every week", "the minister met the
// envoys each Friday", "the guild inspects its workshops on a regular basis".
// A clause whose time is a frequency says what someone does or did again and
// again, not an act of the news; its events are `generic` (docs/events.md,
// "Modality"). Pure functions; thread-safe.
#pragma once

#include "events/tree.h"

namespace eventwire::events {

// True when the verb `clause`, in the simple present or past (no auxiliary;
// "has marched every Friday since May" is news that goes on) or after "used
// to", has a frequency as its time: "every / each" with a unit of time or a
// weekday ("every week", "each Sunday", "every time"), "on a regular / daily /
// weekly basis", or "daily / weekly / nightly / monthly / annually".
bool habitual_frame(const Tree& tree, int clause);

}  // namespace eventwire::events
