// The default event lexicon compiled: what default_lexicon() builds from the
// text of events.lex, cameo2-derived.lex and evaluative.lex (groups expanded,
// paths parsed, codes checked, merged, backoff entries added) as one block of
// records, cached for mapping in the model cache folder so a start reads it
// instead of parsing 1.3 MB of text (docs/formats.md "Compiled event lexicon").
// The text stays the source of truth: the cache is keyed on the binary that
// embeds it, and user lexicons (`--lexicon`, `--verbs`) are always read as text.
#pragma once

#include <string>
#include <string_view>

#include "eventwire/dict/lexicon.h"

namespace eventwire::dict::internal {

// Orders each lemma's entries most specific first, file order among equals,
// once at load time (lexicon.cc): the coder calls find() for every predicate.
void order_by_specificity(Lexicon* lex);

// The lexicon's records (entries in order, shared path lists once, the
// backoff entries in the order they were made, name, version, fingerprint
// and warnings).
std::string compile_lexicon(const Lexicon& lexicon);

// Reads a compiled block back into *out (which must be empty); false, with
// *out unspecified, when the block is damaged.
bool read_compiled_lexicon(std::string_view block, Lexicon* out);

// The default lexicon from the cache file of this binary, or false when there
// is no cache folder or no valid file.
bool load_cached_default_lexicon(Lexicon* out);
// Writes the cache file (best effort: a failure leaves none).
void save_cached_default_lexicon(const Lexicon& lexicon);

}  // namespace eventwire::dict::internal
