// Date inheritance along clause links (internal to the pipeline): an act
// with no time of its own told as part of a dated one.
#pragma once

#include <vector>

#include "eventwire/document.h"

namespace eventwire {

// The tokens whose time may date `verb` of sentence `s` when `verb` has no
// time of its own, nearest first: the first governor with a time on itself,
// climbing through bare participles ("In 2009 Gondor shelled the port,
// killing two"), conjuncts ("... and sank a ship") and open complements
// ("refused to pay"); then a fronted clause of the same time with a time on
// itself ("When Rohan sued in 2012, Gondor paid").
std::vector<int> dating_links(const Document& doc, int sentence, int verb);

// Events of a paragraph told on in the past after a time two or more months
// back ("In July she refused to attend. She sent a letter instead.") take that
// time's date when their own sentence has no time and they are dated by the
// article and quoted by no one.
void carry_story_dates(Document& doc);

}  // namespace eventwire
