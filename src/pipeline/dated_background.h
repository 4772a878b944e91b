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
// clause: not inside what a verb of saying reports ("said he met … in 2012"
// is testimony; what "noted / recalled that …" reports is background), not
// in a relative or adnominal clause ("a report released last year"), not in
// a "since" clause, which opens a span lasting into the story ("has fought
// since seizing power in 2007").
// A pure function of the document: thread-safe on distinct documents.
void mark_dated_background(Document& doc);

}  // namespace eventwire
