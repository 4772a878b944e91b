// Internal part of the sentence-boundary classifier: the weights, the gap
// features shared by training and inference, and the decision over a
// paragraph's surface tokens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/sentence_model.h"
#include "text/tokenizer.h"

namespace eventwire::segmenter {

inline constexpr uint32_t kFormatVersion = 1;
// Bumped when gap_features() changes: part of the fingerprint.
inline constexpr uint32_t kFeatureVersion = 2;

struct ModelData {
  uint32_t hash_bits = 20;
  float scale = 1;               // a weight is int16 value * scale
  int32_t threshold = 0;         // boundary when the summed int16 weights exceed this
  std::vector<int16_t> weights;  // 2^hash_bits buckets
  std::vector<uint32_t>
      lowercase_words;      // sorted word hashes seen mostly in lower case in training
  std::string fingerprint;  // of training files and settings
  std::string settings;     // human-readable training settings
  std::string file_name;    // set by load()

  bool is_lowercase_word(uint32_t word_hash) const;
};

// What the features need to know about one surface token, computed once.
struct TokenInfo {
  uint64_t lower = 0;  // hash of the ASCII-lowercased text
  uint64_t shape = 0;  // hash of the collapsed shape ("Xx", "X.X.", "d,d", …)
  uint8_t first = 0;   // class of the first character (CharClass)
  uint8_t last = 0;    // class of the last character
  uint8_t length = 0;  // bytes, capped at 255
  char lead = 0;       // the first byte
  bool terminal = false, abbreviation = false, title = false, closer = false, all_caps = false;
};

enum CharClass : uint8_t { kUpper = 1, kLower, kDigit, kPunct, kOther };

// token_info() = token_edges() (first, last, lead: all is_candidate() needs)
// + token_details() (hashes and flags: what gap_features() needs).
void token_edges(std::string_view text, const tokenizer::SurfaceToken& token, TokenInfo& info);
void token_details(std::string_view text, const tokenizer::SurfaceToken& token, TokenInfo& info);
inline void token_info(std::string_view text, const tokenizer::SurfaceToken& token,
                       TokenInfo& info) {
  token_edges(text, token, info);
  token_details(text, token, info);
}

// The gaps worth scoring. Never (or in under 1 in 1,000 gaps of EWT train) a
// boundary: a word followed by a lower-case word, and a gap before inner or
// closing punctuation ("word ,", "word .", "word )").
inline bool is_candidate(const TokenInfo& left, const TokenInfo& right) {
  bool word_left = left.last == kUpper || left.last == kLower || left.last == kDigit;
  if (word_left && right.first == kLower) return false;
  switch (right.lead) {
    case ',':
    case ';':
    case ':':
    case '?':
    case '!':
    case ')':
    case ']':
    case '}':
    case '%':
    case '/':
    case '&':
      return false;
    case '.':
    case '\'':
      return !word_left;
    default:
      return true;
  }
}

// Hashed feature buckets of the gap after tokens[i] (i + 1 < tokens.size()).
// `rule_boundary` is the rule splitter's decision for this gap.
void gap_features(const std::vector<TokenInfo>& info,
                  const std::vector<tokenizer::SurfaceToken>& tokens, size_t i, bool rule_boundary,
                  const ModelData& model, std::vector<uint32_t>& out);

// Per gap after token i: 1 when token i closes a bracket that opened mid-sentence (after a
// word or a comma) and a lower-case word follows: "Sen. Roy Blunt (R-Mo.) said …". Whatever
// ends inside the brackets ("Mo" ".") does not end the sentence they sit in, so such gaps are
// no candidates (7 of 16,124 in-paragraph boundaries of EWT + GUM train, all web text with
// lower-case sentence starts). Needs token_edges() of every token. Linear in the paragraph.
void bracket_continuations(std::string_view text,
                           const std::vector<tokenizer::SurfaceToken>& tokens,
                           const std::vector<TokenInfo>& info, std::vector<uint8_t>& gaps);

// Per gap after token i: 1 when the rule splitter ends a sentence there.
void rule_gaps(std::string_view text, const std::vector<tokenizer::SurfaceToken>& tokens,
               std::vector<uint8_t>& gaps);

// Exclusive end indices of the sentences of one paragraph; the last is tokens.size().
std::vector<size_t> rule_sentence_ends(std::string_view text,
                                       const std::vector<tokenizer::SurfaceToken>& tokens);
std::vector<size_t> model_sentence_ends(const ModelData& model, std::string_view text,
                                        const std::vector<tokenizer::SurfaceToken>& tokens);

uint64_t hash_bytes(std::string_view bytes, uint64_t seed = 0);

// Serialization (sentence_model.cc).
std::string serialize(const ModelData& model);
Result<ModelData> deserialize(std::string_view bytes, const std::string& path);

}  // namespace eventwire::segmenter
