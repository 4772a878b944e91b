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

// Gives modality "generic" to each asserted event whose verb is in the
// present perfect ("has imposed", "have been targeted"; not "had", not "will
// have") and that tells a record, not an act of the news:
// - with an adverb of habit, duration or an earlier time ("has repeatedly
//   said", "has long called for", "has previously addressed", "has said it
//   time and again", "has opposed it for years"), anywhere; or
// - past the lead (body paragraph 2 on, 3 after a deck), dated by the
//   article, with no word of the story's week in the sentence ("now",
//   "today", "this week", "in recent days", a weekday), no span opened by
//   "since" on the verb (it lasts into the story), no verb of saying with
//   what it says ("has said it will"; "has acknowledged the risk" is a
//   stance), not reported by a saying ("said Gondor has moved troops" is news), and
//   not in a relative or adverbial clause ("protesters, who have taken to
//   the streets", "now that he has endorsed"). A lead tells its news in
//   the perfect ("A judge has rejected …"); later, the perfect recalls.
// Whatever the reporting tense: a live blog's perfect is a record too. A
// simple past with a repetition or a span ("said it over and over",
// "opposed it for decades") is a habit of those years and `generic` too.
void mark_standing_perfect(Document& doc);

}  // namespace eventwire
