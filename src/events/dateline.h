// A dateline that opens a story's paragraph ("BEIRUT —", "WASHINGTON (AP) —",
// "TARNWICK, Ore., March 3 (UPI) —") says where the report was filed: its
// place is no actor of the sentence's events. Thread-safe (pure functions).
#pragma once

#include <vector>

#include "eventwire/document.h"

namespace eventwire::events {

// Per sentence, the index of the dash that ends its dateline, or -1 when it
// has none: a name (not a person's) written in capitals, or followed by an
// agency in brackets, opens the first sentence of a paragraph and runs, over
// capitalised words, numbers and punctuation only, to a dash. Every mention
// before the dash (the place, an agency) is the report's, not an actor.
// One pass over the entities' mentions.
std::vector<int> dateline_ends(const Document& doc);

}  // namespace eventwire::events
