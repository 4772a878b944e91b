// Internal to the geo stage: toponym spans and how they are found.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "eventwire/geo.h"

namespace eventwire::geo_detail {

struct SpanInfo {
  uint32_t start = 0, end = 0;            // code points
  uint32_t byte_start = 0, byte_end = 0;  // bytes
  int sentence = -1, first_token = 0, last_token = 0;
  bool demonym = false;
  std::vector<GazetteerCandidate> candidates;
};

// How the words next to a toponym use it ("New York state", "upstate New York",
// "the New York governor" name an area; "New York-based", "New York
// University", "the city of New York" a settlement); kPlain when they do not say.
// kAttributive (a name modifying a noun: "a New York lawyer") comes from the parse.
enum class NameUse { kPlain, kArea, kSettlement, kAttributive };
NameUse name_use(std::string_view text, const SpanInfo& span);

// Which level of government a sentence talks about: +1 for a country's central
// institutions ("Congress", "the White House", "federal"), -1 for a state's or
// province's ("the governor", "the legislature", "statewide"), 0 when neither
// leads. Names like "Washington" or "Mexico" are a capital in the first, a
// subdivision in the second.
int sentence_polity(std::string_view sentence_text);

bool is_capitalized(std::string_view s);
bool is_all_caps(std::string_view s);
// Not just a populated place: a country, subdivision or region, a capital, or ≥ 1 M people.
bool is_big(const GazetteerEntry& e);

// Candidates of a toponym span: place names only (no demonyms); an
// abbreviation only when written in capitals.
std::vector<GazetteerCandidate> toponym_candidates(const Gazetteer& gaz, std::string_view surface);
// Demonym candidates, also for plurals ("Israelis").
std::vector<GazetteerCandidate> demonym_candidates(const Gazetteer& gaz, std::string_view surface);
// For a given span the gazetteer does not know ("Dallas County", "Lake Erie",
// "Greater Mumbai"): the name without its generic words, which usually finds
// the place it is named after, close by.
std::vector<GazetteerCandidate> core_name_candidates(const Gazetteer& gaz,
                                                     std::string_view surface);

// "Selma, Ala.": the US state a news-style abbreviation after "Town, " stands
// for (bytes [byte_start, byte_end) of `text`, the period inside or right after).
std::vector<GazetteerCandidate> state_abbreviation_candidates(const Gazetteer& gaz,
                                                              std::string_view text,
                                                              uint32_t byte_start,
                                                              uint32_t byte_end);

// Appends the toponym and demonym spans of one sentence found from capitalized
// tokens; tokens marked in `covered` (entity mentions) are skipped.
void detect_in_sentence(const Gazetteer& gaz, const Document& doc, int sentence_index,
                        const std::vector<bool>& covered, bool demonyms,
                        std::vector<SpanInfo>& out);

}  // namespace eventwire::geo_detail
