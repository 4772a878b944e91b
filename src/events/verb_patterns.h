// Matching PETRARCH-2 / TABARI verb patterns linearly over the words around a
// verb in a UD parse (as TABARI did over its shallow parse): pre-verb tokens
// read backwards from the verb, post-verb tokens forwards inside the verb's
// clause, "( PREP ... )" phrases anywhere after the verb. Pure functions over
// plain data; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "eventwire/dict/verbs.h"

namespace eventwire::events {

// One sentence's words as the dictionaries write them.
struct PatternWords {
  std::vector<std::string> upper;  // upper-case surface forms
  std::vector<std::string> lemma;  // upper-case lemmas
  std::vector<bool> nominal;       // nouns, proper nouns, pronouns, numbers: what "^" skips
};

struct PatternMatch {
  bool matched = false;
  int literals = 0;       // literal words and synset phrases matched: more is more specific
  int source_at = -1;     // first token after a "$" (the source actor starts at or after it)
  int target_at = -1;     // first token after a "+"
  bool compound = false;  // a "%" was matched
};

// `pre` and `post` are the token indices usable before and after the verb,
// in sentence order.
PatternMatch match_pattern(const dict::VerbDictionary& dictionary, const dict::VerbPattern& pattern,
                           const PatternWords& words, const std::vector<int>& pre,
                           const std::vector<int>& post);

// Does the token sequence starting at `at` (positions in `span`) spell `phrase`?
// Returns the number of tokens used, 0 when not.
int match_words(const std::vector<std::string>& phrase, bool allow_plural,
                const PatternWords& words, const std::vector<int>& span, size_t at);

}  // namespace eventwire::events
