// Stable 64-bit mixing. Model files and checksums on disk store values made
// with these functions, so they must never change without bumping the
// formats that use them.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>

namespace eventwire::base {

inline constexpr uint64_t kGoldenGamma = 0x9e3779b97f4a7c15ULL;

// The splitmix64 finalizer (Stafford's mix 13): cheap and well distributed.
[[gnu::always_inline]] constexpr uint64_t mix_bits(uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// One splitmix64 output for `x` as the state: mix_bits(x + gamma).
[[gnu::always_inline]] constexpr uint64_t splitmix64(uint64_t x) {
  return mix_bits(x + kGoldenGamma);
}

// The next value of a splitmix64 sequence, advancing `state`.
constexpr uint64_t splitmix64_next(uint64_t& state) {
  state += kGoldenGamma;
  return mix_bits(state);
}

}  // namespace eventwire::base
