// The text layer: UTF-8 validation, NFC normalization with an offset map,
// code point arithmetic, and segmentation of an article into sentences and
// tokens following the UD English (EWT) conventions.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/article.h"
#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

// Checks that `bytes` is well-formed UTF-8 without NUL bytes; the error gives the
// byte offset and the offending bytes in hex.
Status validate_utf8(std::string_view bytes);

// NFC-normalized text plus, for every byte of `text`, the byte offset in the
// original input it came from (size text.size() + 1; the last entry maps the end).
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> original_byte;
};
// Validates and normalizes. Line ends become "\n"; other control characters
// except tab become spaces (so offsets stay stable); NFC via utf8proc.
Result<NormalizedText> normalize_text(std::string_view bytes);
// The same without the offset map.
Result<std::string> normalize_nfc(std::string_view bytes);

// Number of code points in a valid UTF-8 string.
uint32_t count_code_points(std::string_view utf8);

// Maps byte offsets of one string to code point offsets, in O(1) per query
// after O(n) set-up. Cheap enough to build once per article.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view utf8);
  uint32_t to_code_point(uint32_t byte_offset) const { return cp_at_byte_[byte_offset]; }
  uint32_t to_byte(uint32_t code_point) const { return byte_at_cp_[code_point]; }
  uint32_t size() const { return static_cast<uint32_t>(byte_at_cp_.size() - 1); }

 private:
  std::vector<uint32_t> cp_at_byte_, byte_at_cp_;
};

// A character's ASCII-folded form for models and matching: typographic quotes,
// apostrophes and dashes map to their ASCII forms ("’" → "'", "“" → "\"", "–" → "-").
std::string fold_punctuation(std::string_view token_text);

class SentenceModel;  // eventwire/sentence_model.h

struct SegmentOptions {
  // Sentences longer than this many tokens are cut into pieces (with a
  // warning) so a 5 MB paragraph never reaches the parser whole.
  size_t max_sentence_tokens = 250;
  // The trained sentence-boundary classifier; null = the rule splitter.
  std::shared_ptr<const SentenceModel> sentence_model;
};

// Splits article.text into sentences and tokens. The title and every
// paragraph are hard boundaries. Offsets are exact: each token's text equals
// the article text at its offsets. Warnings (e.g. a cut sentence) are appended.
std::vector<Sentence> segment_article(const Article& article, const SegmentOptions& options,
                                      std::vector<std::string>* warnings);

// Tokenizes one span of text (no sentence splitting); used by evaluation and tests.
std::vector<Token> tokenize(std::string_view text);

}  // namespace eventwire
