// Internal to the NER tagger: labels, lexicons and feature extraction shared
// by training and tagging, so both see exactly the same features.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/fingerprint.h"
#include "base/hash.h"
#include "entities/ner_flat_map.h"
#include "eventwire/ner.h"
#include "eventwire/status.h"

namespace eventwire::ner {

// 64-bit FNV-1a with a final mix; stable across platforms (it is in the model file).
inline uint64_t hash_bytes(std::string_view bytes, uint64_t seed = base::kFnv1aOffset) {
  return base::fnv1a(bytes, seed);
}
// splitmix64 finalizer over a simple combination: order-sensitive, well mixed.
// constexpr, so a feature's template id with its fixed values folds at compile time.
constexpr uint64_t hash_combine(uint64_t a, uint64_t b) {
  return base::mix_bits(a ^ (b + base::kGoldenGamma + (a << 6) + (a >> 2)));
}

// ASCII lower-casing plus folding of typographic quotes and dashes; our own
// because feature hashes must never change under another stage's edits.
std::string normalize_token(std::string_view token);
// The same into `out`, reusing its memory.
void normalize_token_into(std::string_view token, std::string& out);

// BILOU labels: 0 = O, then per type t: 1+4t+{B, I, L, U}.
struct LabelSet {
  std::vector<std::string> types;
  int size() const { return 1 + 4 * static_cast<int>(types.size()); }
  static int type_of(int label) { return label == 0 ? -1 : (label - 1) / 4; }
  static int part_of(int label) { return label == 0 ? -1 : (label - 1) % 4; }  // 0 B, 1 I, 2 L, 3 U
  bool allowed(int prev, int cur) const;  // prev == -1: sentence start
  bool allowed_end(int prev) const;
  std::vector<int> encode(size_t n,
                          const std::vector<NamedSpan>& spans) const;  // unknown types → O
  std::vector<NamedSpan> decode(const std::vector<int>& labels) const;
};

// Gazetteer categories (bits of a phrase's mask).
enum GazBit : uint16_t {
  kGazCountry = 1,
  kGazSubdivision = 2,
  kGazWnPerson = 4,
  kGazWnLocation = 8,
  kGazWnGroup = 16,
  kGazWnOther = 32,
  kGazDemonym = 64,
  kGazCurrencyLanguage = 128,
  kGazWnGpe = 256,
  // Knowledge-base and gazetteer membership (matched separately from the bits above,
  // so adding names here never changes how the lexicon phrases match).
  kGazKbPerson = 512,
  kGazKbOrg = 1024,
  kGazKbCountry = 2048,
  kGazKbPlace = 4096,  // KB places and capitals
  kGazKbDemonym = 8192,
  kGazGeoCity = 16384,
  kGazGeoRegion = 32768,
};
constexpr uint16_t kLexiconBits = 511;  // iso-codes and WordNet categories
constexpr uint16_t kKbBits = 0xFE00;    // actor KB and gazetteer categories

// Name-part roles of single words, learned from the actor KB's multi-word names (how often
// a word is the first / last word of a person's name, the last / an inner word of an
// organization's name). Stored in Lexicon::phrases under role_key(), a key space apart
// from phrase hashes, so the model file format is unchanged.
enum RoleBit : uint16_t {
  kRoleGiven = 1,       // first word of >= 2 person names
  kRoleSurname = 2,     // last word of >= 2 person names
  kRoleOrgHead = 4,     // last word of >= 2 organization names
  kRoleOrgWord = 8,     // inner word of >= 2 organization names
  kRoleGivenMany = 16,  // the same roles, >= 10 names
  kRoleSurnameMany = 32,
  kRoleOrgHeadMany = 64,
  kRoleOrgWordMany = 128,
};
uint64_t role_key(uint64_t normalized_word_hash);

// Lexical knowledge compiled into the model: multi-word phrases (hash of the
// normalized tokens joined by spaces) with category masks, and the WordNet
// lexicographer class of each word's first noun sense.
struct Lexicon {
  FlatMap<uint16_t> phrases;
  FlatMap<uint8_t> word_class;  // normalized word → lexfile number + 1
  // Normalized word → three cluster ids + 1 (coarse, medium, fine), 10 bits each.
  FlatMap<uint32_t> clusters;
  int max_phrase_tokens = 1;

  // Reads iso-codes JSON and WordNet data files; an empty dir skips that source.
  static Result<Lexicon> build(const std::string& iso_codes_dir, const std::string& wordnet_dir);
  uint64_t fingerprint() const;
  // Per token: (category mask, BILU position) of the longest phrase covering it.
  struct Match {
    uint16_t mask = 0;
    uint8_t position = 0;  // 0 none, 1 B, 2 I, 3 L, 4 U
  };
  // Only phrases with a bit of `filter` count, and masks are reduced to it.
  std::vector<Match> match(const std::vector<std::string>& normalized,
                           uint16_t filter = kLexiconBits) const;
  // match(normalized) into `lexicon` and match(normalized, kKbBits) into `kb`, each phrase
  // looked up once for both.
  void match_both(const std::vector<std::string>& normalized, std::vector<Match>& lexicon,
                  std::vector<Match>& kb) const;
  // Adds a name (split like the tokenizer) with category bits.
  void add_name(std::string_view name, uint16_t bits);
  // Adds the actor knowledge base names (builtin_actor_kb()) and `place_names`.
  Status add_knowledge(bool actor_kb, const std::vector<std::pair<std::string, int>>& place_names);
  uint16_t phrase_mask(const std::vector<std::string>& normalized, size_t first, size_t last) const;
  // The mask of the phrase of each length (1..max_phrase_tokens) starting at each token,
  // 0 for none, at [token * max(max_phrase_tokens, 1) + length - 1]; per-thread scratch,
  // valid until the thread's next call.
  const std::vector<uint16_t>& phrase_masks(const std::vector<std::string>& normalized) const;
  // RoleBit mask of a normalized word (by its hash_bytes), 0 when unknown.
  uint16_t role_mask(uint64_t normalized_word_hash) const;
};

// Appends the WordNet glosses, split into tokens, to `text`.
Status add_wordnet_glosses(const std::string& wordnet_dir,
                           std::vector<std::vector<std::string>>& text);
// Clusters the frequent words of `text` (normalized tokens) into lexicon.clusters.
void build_clusters(const std::vector<std::vector<std::string>>& text, Lexicon& lexicon);

// Feature hashes for every token of a sentence, in one flat array with
// offsets (features of token i: [offsets[i], offsets[i+1])).
struct SentenceFeatures {
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> offsets;
  // By-products the tagger uses again: the normalized tokens and their lexicon
  // matches (Lexicon::match with the default filter).
  std::vector<std::string> norm;
  std::vector<Lexicon::Match> gaz;
};
void extract_features(const std::vector<std::string>& tokens, const Lexicon& lexicon,
                      SentenceFeatures& out);

}  // namespace eventwire::ner
