// A candidate's own rally read as a protest: "Vale held a rally in Tarnwick",
// "Vale supporters rallied at the fairground", "a campaign rally". A rally
// of a campaign is how candidates campaign, not a demonstration against
// anyone; a rally "against" someone, or one to protest, stays a protest.
// Its word lists are small closed classes (docs/events.md, fifteenth
// session). Thread-safe.
#pragma once

#include <string>

#include "events/contest_frame.h"  // Candidacy
#include "events/tree.h"
#include "eventwire/document.h"

namespace eventwire::events {

// True when a protest reading (CAMEO `code` 14…) of `predicate` is a rally
// ("rally" the predicate, or its object or subject) of a campaign: the rally
// is called a campaign's ("campaign rally", "re-election rally"), or its
// holder is a candidate (`runs`), a campaign, or the supporters
// of a candidate ("Vale supporters", "supporters of Vale"); and nothing in
// the clause is "against" anyone or says it protests.
bool campaign_rally(const Tree& tree, const Candidacy& runs, int predicate, const Mention& source,
                    const std::string& source_entity, const std::string& code);

}  // namespace eventwire::events
