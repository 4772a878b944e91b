// Internal interface of the tokenizer: surface tokens with their syntactic
// words, as byte ranges into the text given to tokenize_surface().
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace eventwire::tokenizer {

struct Word {
  uint32_t start = 0, end = 0;  // bytes
};

struct SurfaceToken {
  uint32_t start = 0, end = 0;  // bytes
  // Empty for a plain token; otherwise the syntactic words it splits into
  // ("don't" → "do", "n't"), which together cover [start, end).
  std::vector<Word> words;
};

// Appends the surface tokens of text[begin, end) to `out`; offsets are bytes
// into `text`.
void tokenize_surface(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<SurfaceToken>& out);

// True when an abbreviation such as "Dr." or "Gen." is normally followed by a name,
// so that a period after it does not end the sentence.
bool is_title_abbreviation(std::string_view word_with_period);

}  // namespace eventwire::tokenizer
