// Stable 64-bit hashing for feature keys. Model files store these hashes, so
// the functions must never change without bumping the model format version.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/fingerprint.h"
#include "base/hash.h"

namespace eventwire::syntax_internal {

[[gnu::always_inline]] inline uint64_t mix64(uint64_t x) {
  return base::splitmix64(x);
}

inline uint64_t hash_bytes(std::string_view s) {
  return mix64(base::fnv1a(s));
}

// A feature key from a template id and up to three value hashes; never 0,
// because 0 marks an empty slot in the tables.
// Always inlined: the templates call it about 250 times per token.
[[gnu::always_inline]] inline uint64_t feature_key(uint32_t templ, uint64_t a, uint64_t b = 0,
                                                   uint64_t c = 0) {
  uint64_t h = mix64((static_cast<uint64_t>(templ) << 40) ^ a);
  h = mix64(h ^ b);
  h = mix64(h ^ c);
  return h == 0 ? 1 : h;
}

}  // namespace eventwire::syntax_internal
