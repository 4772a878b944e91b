// Internal: parsing of the pieces of a verb dictionary line.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "eventwire/dict/verbs.h"

namespace eventwire::dict::internal {

// "042:043" → {042, 043}; "---" → {---}; ":173" → {"", 173}.
CodePair parse_code_pair(std::string_view text);

// Fills word, lemma, pre_words, post_words and exact from a head such as
// "ASK", "+ASK_FOR" (leading "+" already removed), "KLM_NOP_+RST", "ACT_".
bool split_verb_head(std::string_view head, bool tabari, Verb* verb);

// The inside of "{ … }" after a verb: inflected forms ("{}" suppresses them).
void read_forms(std::string_view inside, Verb* verb);

// "EXERCISES" → "exercise": lower-case with a regular English plural undone
// (ies→y, sses/shes/ches/xes→drop "es", s→drop unless ss/us/is).
std::string noun_lemma(std::string_view word);

// Parses a "- … [code]" line. False with a reason when it cannot be used.
// `synsets` (may be null) resolves "&A_B" between a synset named A_B and &A joined to B.
bool parse_verb_pattern(std::string_view line, VerbDialect dialect,
                        const std::unordered_map<std::string, uint32_t>* synsets,
                        VerbPattern* pattern, std::string* error);

}  // namespace eventwire::dict::internal
