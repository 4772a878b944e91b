// A dateline that opens a story's paragraph ("BEIRUT —", "WASHINGTON (AP) —",
// "TARNWICK, Ore., March 3 (UPI) —") says where the report was filed: its
// place is no actor of the sentence's events. Thread-safe (pure functions).
#pragma once

#include "eventwire/document.h"

namespace eventwire::events {

// The index of the dash that ends sentence `sentence`'s dateline, or -1 when
// it has none: a name (not a person's) written in capitals, or followed by an
// agency in brackets, opens the first sentence of a paragraph and runs, over
// capitalised words, numbers and punctuation only, to a dash. Every mention
// before the dash (the place, an agency) is the report's, not an actor.
int dateline_end(const Document& doc, int sentence);

}  // namespace eventwire::events
