// Event location (internal to the pipeline): which of the document's places
// an event happened at.
#pragma once

#include <optional>

#include "eventwire/document.h"

namespace eventwire {

// Index into doc.places of the place `event` (verb token `verb`) happened at:
// a place that is an oblique or object of the verb (a locative "in Aleppo",
// "at Qamishli" first, then the object, "shelled Afrin", then "from"/"to"), else another place of
// the sentence that does not name the event's source or target, else the article's dateline;
// nullopt when none.
std::optional<size_t> event_place(const Document& doc, const Event& event, int verb);

}  // namespace eventwire
