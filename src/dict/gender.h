// The gender a person's name or a person noun states, for pronoun agreement
// ("she" is not "Jeff Merkley"; "Michelle Obama" is not "Mr. Obama"). Given
// names come from data/lexicon/given-names.tsv (scripts/derive-given-names,
// compiled in); honorifics and gendered person nouns are a closed list here.
// The table is parsed once on first use; every function is thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace eventwire::dict {

enum class Gender : uint8_t { kUnknown, kFemale, kMale };

// A given name borne (nearly) only by women or only by men: "Tina" female,
// "Jeff" male, "Jean" or "Lynn" unknown. Case-sensitive, as written in text.
Gender given_name_gender(std::string_view name);

// "Mr." / "Mrs." / "Ms." / "Sir" / "Lady"…: the gender an honorific states.
Gender honorific_gender(std::string_view word);

// A person noun that states a gender, by lemma: "spokeswoman", "congressman",
// "mother", "queen"; unknown for "spokesperson", "president".
Gender person_noun_gender(std::string_view lemma);

// The gender a person's name as written states: its honorific ("Mrs. Lee"),
// else the first of its words before the last that is a known given name
// ("Sen. Jeff Merkley", "President Barack Obama"); a surname alone states none.
Gender name_gender(std::string_view name);

// "he"/"him"/"his"/"himself" male, "she"/"her"/"hers"/"herself" female (lower case).
Gender pronoun_gender(std::string_view lower_pronoun);

}  // namespace eventwire::dict
