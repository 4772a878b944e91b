// One fingerprint for the whole library: 64-bit FNV-1a. It names dictionary and
// model versions in provenance, checks model files and splits evaluation sets,
// so its values are part of files on disk and must never change.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eventwire::base {

inline constexpr uint64_t kFnv1aOffset = 0xcbf29ce484222325ULL;
inline constexpr uint64_t kFnv1aPrime = 0x100000001b3ULL;
// The offset basis the data-file fingerprints, the gazetteer header, the
// evaluation splits and the actor name hashes were first written with: the
// standard one with its last digit lost (14695981039346656037). Their values
// are in files and published splits, so it stays for them.
inline constexpr uint64_t kFnv1aOffsetShort = 1469598103934665603ULL;

// One step, for callers that fold bytes on the fly (case, separators).
constexpr uint64_t fnv1a_step(uint64_t hash, unsigned char byte) {
  return (hash ^ byte) * kFnv1aPrime;
}

// FNV-1a of `bytes`, continuing from `hash` (the offset basis by default).
constexpr uint64_t fnv1a(std::string_view bytes, uint64_t hash = kFnv1aOffset) {
  for (unsigned char c : bytes) hash = fnv1a_step(hash, c);
  return hash;
}

// Sixteen lower-case hex digits, zero-padded.
std::string hex64(uint64_t value);

// The version string of a data file: hex64(fnv1a(bytes, kFnv1aOffsetShort)).
inline std::string fingerprint_hex(std::string_view bytes) {
  return hex64(fnv1a(bytes, kFnv1aOffsetShort));
}

// The evaluation half (0 or 1) of a text named `key` (docs/geo.md, docs/quotes.md).
inline int eval_half(std::string_view key) {
  return static_cast<int>(fnv1a(key, kFnv1aOffsetShort) & 1);
}

}  // namespace eventwire::base
