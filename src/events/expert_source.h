// Private experts as sources: "Ada Moreno, an analyst at the Lakeview
// Institute, said …", "labor-policy experts say …", "economist Ivo Rask
// warned …". What a professor, an analyst or a consultant says or does is
// commentary on politics, not a political event. The actor stage codes such
// people by their body (a think tank's NGO, a university's EDU) or as
// civilians; the event coder drops their events when no state or political
// role of the code says otherwise. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "events/tree.h"
#include "eventwire/document.h"

namespace eventwire::events {

// True when the code names no state, party, armed or international role: a
// country alone, civilians, academics, non-governmental bodies, business,
// elites, the press, or nothing.
bool private_actor_code(const std::string& actor_code);

// True when the source is a person the article names (an entity of type
// PER) and a description of them is an expert's: the phrase's own head or an
// apposition or compound on it in `tree` ("Ada Lin, an analyst at …",
// "economist Rask"), or another mention of the entity ("she" after "a
// history professor"). Bodies and unnamed groups ("a panel of experts") are
// not: a panel may be a body of a state.
bool expert_description(const Tree& tree, const Document& doc, const Mention& mention,
                        const std::string& entity);

// The words of a text: its runs of letters and hyphens.
std::vector<std::string> words_of(const std::string& text);

// Whether the head of the mention's words in `sentence`, or an apposition or
// compound on it, is a word `described` accepts ("X, an analyst at …",
// "economist X", "the Gondor Party nominee").
bool described_in_parse(const Sentence& sentence, const Mention& mention,
                        bool (*described)(std::string_view word));

// The political standing of an event's source (issue 12): whether what it
// says takes part in politics. Political: any state, party, armed,
// international or non-governmental role, a person the knowledge base knows,
// or a description that may be a politician's ("the businessman"). Press: a
// newspaper, broadcaster or journalist (a MED code of no other role). Expert:
// expert_description. Private: a person the article names but the knowledge
// base does not know, coded by nationality alone or a private role
// (civilian, business, school, health), and groups of civilians or
// businesses.
enum class Standing { kPolitical, kPress, kExpert, kPrivate };

Standing source_standing(const Tree& tree, const Document& doc, const Mention& mention,
                         const std::string& entity, const std::string& actor_code);

// What such a source states is commentary, sourcing or opinion: a
// non-political source has no statement (CAMEO 01…), but keeps appeals,
// intents, meetings, endorsements and every deed (protests, lawsuits,
// violence).
bool standing_allows(Standing standing, const std::string& code);

const char* standing_name(Standing standing);

}  // namespace eventwire::events
