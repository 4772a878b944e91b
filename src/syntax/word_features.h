// Per-token hashed features and the feature templates of the tagger, the
// morphological-feature classifier and the lemmatizer. Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventwire::syntax_internal {

// Hashes computed once per token and shared by all components.
struct WordFeatures {
  std::string lower;  // ASCII-lowercased form
  uint64_t form = 0, lower_hash = 0, shape = 0;
  uint64_t prefix[3] = {}, suffix[5] = {};  // lengths 1..3 and 1..5 (bytes, of `lower`)
  bool capitalized = false;
};

void compute_word_features(std::string_view text, WordFeatures& out);

// Hash standing for tag `id`; -1 and -2 are the "before the sentence" and
// "after the sentence" sentinels.
inline uint64_t tag_value(int id) {
  return 0x51ed270b27ULL * static_cast<uint64_t>(id + 3);
}

constexpr size_t kMaxKeys = 128;  // upper bound on keys any template set produces

// Templates of the greedy left-to-right tagger at position i; prev1/prev2 are
// the tags already chosen for i-1 and i-2 (or -1).
size_t tagger_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                   uint64_t* out);
// The second tagging pass adds the first pass's tags of i+1 and i+2 (or -2
// past the end) to the templates of the first.
size_t tagger2_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                    int next1, int next2, uint64_t* out);
// The same templates in two parts, so a decoder can cache the first: those
// that depend on the word alone (tagger_word_keys, kTaggerWordKeys of them) and
// the others. tagger_keys = word keys, then context keys; tagger2_keys the same
// with tagger2_context_keys. Scores are sums, so the split changes no result.
constexpr size_t kTaggerWordKeys = 12;
size_t tagger_word_keys(const WordFeatures& w, uint64_t* out);
size_t tagger_context_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                           uint64_t* out);
size_t tagger2_context_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                            int next1, int next2, uint64_t* out);
// Templates of the UFeats classifier given the tags of the whole sentence.
size_t feats_keys(const std::vector<WordFeatures>& words, const std::vector<int>& tags, size_t i,
                  uint64_t* out);
// Templates of the lemma edit-script classifier.
size_t lemma_keys(const std::vector<WordFeatures>& words, const std::vector<int>& tags, size_t i,
                  uint64_t* out);

// Lemma edit scripts: "<case><strip>|<append>", where case is 'k' (keep the
// form) or 'l' (lowercase it first), strip the number of trailing bytes to
// drop and append the bytes to add: "running" -> "run" is "l4|" ... "l3|".
std::string make_edit_script(std::string_view form, std::string_view lemma);
// False when the script does not fit the form (strips more than it has).
bool apply_edit_script(std::string_view form, std::string_view script, std::string& lemma);

std::string ascii_lower(std::string_view s);

}  // namespace eventwire::syntax_internal
