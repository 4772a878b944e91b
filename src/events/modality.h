// Whether the text says an event happened: asserted, or future ("will
// attack"), hypothetical ("would", "could", "if …", "harder to beat"),
// intended ("plans to meet"), denied ("did not attack", "denied attacking")
// asked ("Will Russia expel …?") or generic (a habit or a description: "she
// still says such things", "everything he says") or historical (a past act
// its own clause places long before the news: "once met", "sued three years
// ago", "when she was envoy"). Read from the predicate's own clause and
// the clauses that govern it. Pure functions over a parse; thread-safe.
#pragma once

#include <string>

#include "events/tree.h"

namespace eventwire::events {

// "asserted", "future", "hypothetical", "intended", "denied", "question",
// "generic" or "historical".
// `negated` is the coder's own negation reading of the predicate (or of the
// governing verb of an embedded clause). `speech` is the verb of saying that
// reports the predicate, or -1: after a past-tense one a plain "would" is the
// reported "will" ("Gondor said it would open the border"), so future.
std::string event_modality(const Tree& tree, int predicate, bool negated, int speech = -1);

// "attacked Mira for backing the war", "the ad cites Rohan's criticism
// of the plan": whether the noun event `noun` is the grounds or topic of
// another act ("for / over / about"), or the object of a verb that refers to
// a known act (cite, mention, recall, use, …). Such an event is named, not
// told: event_modality reads it as "generic".
bool referred_act(const Tree& tree, int noun);

// What a mandative verb's bare "that" clause asks of its subject ("insisted
// that Rohan withdraw", "urged that Rohan withdraw"): "demand" (insist, demand,
// require, order …), "appeal" (request, urge, recommend, propose), or "" when
// `clause` is no such complement of `verb`.
std::string_view mandate_of(const Tree& tree, int verb, int clause);

}  // namespace eventwire::events
