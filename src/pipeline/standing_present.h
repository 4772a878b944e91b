// Standing positions told in the present (internal to the pipeline): in a
// story reported in the past ("Mira said …"), an act in the simple present
// with no time of its own ("Rohan refuses to release the files", "Gondor
// buys half its grain abroad") states what holds, not an act of the news.
#pragma once

#include "eventwire/document.h"

namespace eventwire {

// The article's reporting tense: true when its body (not the headline) says
// "said" twice or more and more often than "says / say". A story told in the present (a
// live blog: "Mira says …", "Mira tells reporters …") reports its news in the
// present, and no present act is read as a standing one.
bool reported_in_past(const Document& doc);

// Gives modality "generic" to each asserted event of the body dated by the
// article (no time of its own or inherited) whose verb is in the simple
// present (VBZ / VBP, no auxiliary) and is no verb of saying ("says", "tells",
// "charges that …": statements are reported in the present), when the
// article is reported in the past.
void mark_standing_present(Document& doc);

}  // namespace eventwire
