// Contests read as fights or meetings: "the Hornets crushed the Falcons in
// the cup final", "Vale defeated Ortiz in the primary", "the mayor's
// televised debate against Ortiz". A game, a race or an election debate is won and lost by
// its players; no force is used and no one consults. The event coder drops a
// meeting (04) or force (17–20) reading whose frame is a contest. Its word
// lists are small closed classes (docs/events.md, fifteenth session). The functions are
// thread-safe; a Candidacy serves one thread.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "events/tree.h"
#include "eventwire/document.h"

namespace eventwire::events {

// True when some mention of the entity describes it as running for office
// ("the Gondor Party nominee", "candidate Vale", "a Senate hopeful").
bool candidate_entity(const Document& doc, const std::string& entity);

// candidate_entity of each entity asked, each looked up once per document:
// the contest and the rally frames ask it of every force and protest event's
// sides, and each look-up reads every mention of the entity (asked afresh per
// event, a long article's cost grew with the square of its length). One per
// document; not thread-safe.
class Candidacy {
 public:
  explicit Candidacy(const Document& doc) : doc_(doc) {}
  bool operator()(const std::string& entity) const;
  const Document& doc() const { return doc_; }

 private:
  const Document& doc_;
  mutable std::unordered_map<std::string, bool> known_;
};

// True when a meeting or force reading (CAMEO `code` 04…, 17…–20…) of
// `predicate` is a contest: the predicate is a contest noun or has one as its
// object's or its own oblique ("in the final", "for the nomination"); or, for force,
// both sides are candidates or sports teams ("Vale battled Ortiz"; two
// candidates may still meet). An election debate
// (a "debate" noun or verb) is a contest when it is "against" someone or
// either side is a candidate.
bool contest_frame(const Tree& tree, int predicate, const Candidacy& runs, const Mention& source,
                   const std::string& source_entity, const std::string& source_code,
                   const Mention& target, const std::string& target_entity,
                   const std::string& target_code, const std::string& code);

}  // namespace eventwire::events
