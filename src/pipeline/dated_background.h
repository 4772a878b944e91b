// Background told by the story itself (internal to the pipeline): an act the
// narration dates to a month or more before the article ("In July, Mira
// dismissed the pact", "In 2009 Rohan cut the grant") is context, not an act
// of the story's own period.
#pragma once

#include "eventwire/document.h"

namespace eventwire {

// Gives modality "historical" to each asserted event dated by a time
// expression ("time:…", its own clause's or one it inherits) whose date ends
// more than one month before the article ("last month" and a date of the
// previous month stay news), when the event is told by the story's own
// clause: not inside what someone says (ccomp / parataxis of a verb of
// saying) and not in an adverbial or adnominal clause, which times or
// describes another act ("since seizing power in 2007", "a report released
// last year").
void mark_dated_background(Document& doc);

}  // namespace eventwire
