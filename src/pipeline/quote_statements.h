// Statements the quote extractor found and the event coder did not (issue
// 12): "…," said Justice Vale; "Rask tweeted that …". A quote whose speaker
// is a political actor and whose cue is a plain speech verb becomes a
// statement (010) at the cue, unless the coder already coded the saying or
// an event it reports (the framed event replaces the statement, as in the
// coder). Pure function of the document; thread-safe.
#pragma once

#include "eventwire/document.h"

namespace eventwire {

// Appends the statements to doc.events (before link_events, which dates and
// places them like the coder's own).
void add_quote_statements(Document& doc);

}  // namespace eventwire
