// Small lookups over a parsed sentence shared by the pipeline's post-coding
// passes (dating, standing and background marks, statements from quotes).
// Internal to the pipeline; pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

#include "eventwire/document.h"

namespace eventwire {

// The index of the token starting at character `start`, or -1.
int token_at(const Sentence& sentence, uint32_t start);

// A verb that reports a statement ("say", "warn", "testify", "tweet"; news
// reports them in the present too): what it says is another's act, not the
// story's own.
bool speech_verb(std::string_view lemma);

}  // namespace eventwire
