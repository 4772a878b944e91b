// Internal to the NER tagger: the model's contents, its binary file format
// (docs/ner.md) and the Viterbi decoder shared by training and tagging.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#include <immintrin.h>
#define EVENTWIRE_NER_AVX2 1
#endif

#include "entities/ner_features.h"
#include "eventwire/status.h"

namespace eventwire::ner {

inline constexpr char kModelMagic[8] = {'E', 'W', 'N', 'E', 'R', 'M', 'O', 'D'};
inline constexpr uint32_t kFormatVersion = 1;

struct ModelData {
  std::vector<std::string> types;
  std::vector<uint64_t> feature_keys;  // feature hashes, one weight row each
  std::vector<float> weights;          // feature_keys.size() × labels
  std::vector<float> transitions;      // (labels + 1) × labels; row 0 is the sentence start
  std::vector<float> end;              // labels
  Lexicon lexicon;
  std::string fingerprint;  // hex hash of training data and settings
  std::string description;  // settings and training summary, human-readable
};

// The feature weights of a model file used where they lie in the file's
// bytes: records of (u64 feature hash, one int16 weight per label), found
// through an open-addressing index of 8-byte slots built at load (the high 32
// bits of the hash, then the record number + 1; the full hash is compared in
// the record, so lookups are exact). The bytes must outlive the table.
// Immutable after build(); const members are safe to call concurrently.
class WeightTable {
 public:
  // `records` points at `count` records of 8 + 2 × labels bytes each.
  void build(const char* records, size_t count, int labels, float scale);
  size_t size() const { return count_; }
  // Sums without AVX2 even where the CPU has it (tests: both paths give the same sums).
  void without_avx2() { avx2_ = false; }
  // The record of `key` (its int16 weights follow the 8-byte hash), or nullptr.
  const char* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = key ? key : 1;  // the hash 0 is stored as 1 (as the tables always did)
    const uint64_t check = key >> 32;
    for (uint64_t pos = key & mask_;; pos = (pos + 1) & mask_) {
      const uint64_t slot = slots_[pos];
      if (slot == 0) return nullptr;
      if ((slot >> 32) == check) {
        const char* record = records_ + (static_cast<uint32_t>(slot) - 1) * stride_;
        if (record_key(record) == key) return record;
      }
    }
  }
  // Adds the weights of `key` (each int16 × scale, as a float) to e[0..labels).
  void add(uint64_t key, float* e) const {
    const char* record = find(key);
    if (record == nullptr) return;
    add_record(record + 8, e, labels_, scale_);
  }

  // Adds the weights of keys[0..n) to e[0..labels), in that order. The lookups of all
  // keys are started before any is waited for, so their cache misses overlap.
  void add_all(const uint64_t* keys, size_t n, float* e) const {
    // A label count known at compile time turns each record's sums into straight-line
    // SIMD code (the same float operations per label, so the same sums).
    switch (labels_) {
      case 13:  // three entity types, the shipped model
        return add_all_n<13>(keys, n, e);
      case 17:  // four
        return add_all_n<17>(keys, n, e);
      default:
        return add_all_n<0>(keys, n, e);
    }
  }

 private:
  // add_all for kLabels labels (0: labels_).
  template <int kLabels>
  void add_all_n(const uint64_t* keys, size_t n, float* e) const {
    if (slots_.empty()) return;
    const char* found[128];
    while (n > 0) {
      const size_t m = n < 128 ? n : 128;
      for (size_t i = 0; i < m; ++i) __builtin_prefetch(&slots_[(keys[i] ? keys[i] : 1) & mask_]);
      // The record whose slot matches the key's high bits (the full key is compared below).
      for (size_t i = 0; i < m; ++i) {
        const uint64_t key = keys[i] ? keys[i] : 1;
        found[i] = nullptr;
        for (uint64_t pos = key & mask_;; pos = (pos + 1) & mask_) {
          const uint64_t slot = slots_[pos];
          if (slot == 0) break;
          if ((slot >> 32) == (key >> 32)) {
            found[i] = records_ + (static_cast<uint32_t>(slot) - 1) * stride_;
            __builtin_prefetch(found[i]);
            __builtin_prefetch(found[i] + stride_ - 1);
            break;
          }
        }
      }
      for (size_t i = 0; i < m; ++i) {
        // Another feature with the same high bits (about one lookup in 4 billion): search on.
        if (found[i] != nullptr && record_key(found[i]) != (keys[i] ? keys[i] : 1))
          found[i] = find(keys[i]);
      }
      add_records<kLabels>(found, m, e);
      keys += m;
      n -= m;
    }
  }
  // Adds the weights of the records found[0..m) (nullptr: none) to e, record by record.
  template <int kLabels>
  void add_records(const char* const* found, size_t m, float* e) const {
#if defined(EVENTWIRE_NER_AVX2)
    if constexpr (kLabels >= 8) {
      if (avx2_) return add_records_avx2<kLabels>(found, m, e);
    }
#endif
#if defined(__SSE2__)
    if constexpr (kLabels > 0) {
      // The sums stay in registers across the records: per label the same float
      // operations in the same order as add_record (an int16 converts exactly; one
      // rounded multiply, one rounded add), so the same emissions.
      constexpr int kBlocks = kLabels / 4, kRest = kLabels % 4;
      __m128 sum[kBlocks];
      float rest[kRest > 0 ? kRest : 1];
      for (int b = 0; b < kBlocks; ++b) sum[b] = _mm_loadu_ps(e + 4 * b);
      for (int l = 0; l < kRest; ++l) rest[l] = e[4 * kBlocks + l];
      const __m128 scale = _mm_set1_ps(scale_);
      for (size_t i = 0; i < m; ++i) {
        if (found[i] == nullptr) continue;
        const char* w = found[i] + 8;
        for (int b = 0; b < kBlocks; ++b) {
          // Four int16 weights (8 bytes, within the record), sign-extended to int32.
          const __m128i q = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(w + 8 * b));
          const __m128i q32 = _mm_srai_epi32(_mm_unpacklo_epi16(q, q), 16);
          sum[b] = _mm_add_ps(sum[b], _mm_mul_ps(_mm_cvtepi32_ps(q32), scale));
        }
        for (int l = 0; l < kRest; ++l) {
          int16_t q;
          std::memcpy(&q, w + 2 * (4 * kBlocks + l), 2);
          rest[l] += static_cast<float>(q) * scale_;
        }
      }
      for (int b = 0; b < kBlocks; ++b) _mm_storeu_ps(e + 4 * b, sum[b]);
      for (int l = 0; l < kRest; ++l) e[4 * kBlocks + l] = rest[l];
      return;
    }
#endif
    for (size_t i = 0; i < m; ++i)
      if (found[i] != nullptr) add_record<kLabels>(found[i] + 8, e, labels_, scale_);
  }
#if defined(EVENTWIRE_NER_AVX2)
  // add_records in AVX2 registers, eight labels a block, then four, then one by one:
  // per label the same operations as above (AVX2 without FMA: nothing is fused).
  template <int kLabels>
  [[gnu::target("avx2")]] void add_records_avx2(const char* const* found, size_t m,
                                                float* e) const {
    constexpr int kEights = kLabels / 8, kFour = kLabels % 8 >= 4 ? 1 : 0;
    constexpr int kFrom = 8 * kEights + 4 * kFour, kRest = kLabels - kFrom;
    __m256 sum8[kEights];
    __m128 sum4 = _mm_setzero_ps();
    float rest[kRest > 0 ? kRest : 1];
    for (int b = 0; b < kEights; ++b) sum8[b] = _mm256_loadu_ps(e + 8 * b);
    if constexpr (kFour) sum4 = _mm_loadu_ps(e + 8 * kEights);
    for (int l = 0; l < kRest; ++l) rest[l] = e[kFrom + l];
    const __m256 scale8 = _mm256_set1_ps(scale_);
    const __m128 scale4 = _mm_set1_ps(scale_);
    for (size_t i = 0; i < m; ++i) {
      if (found[i] == nullptr) continue;
      const char* w = found[i] + 8;
      for (int b = 0; b < kEights; ++b) {
        // Eight int16 weights (16 bytes, within the record), sign-extended to int32.
        const __m128i q = _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + 16 * b));
        const __m256 f = _mm256_cvtepi32_ps(_mm256_cvtepi16_epi32(q));
        sum8[b] = _mm256_add_ps(sum8[b], _mm256_mul_ps(f, scale8));
      }
      if constexpr (kFour) {
        const __m128i q = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(w + 16 * kEights));
        const __m128 f = _mm_cvtepi32_ps(_mm_cvtepi16_epi32(q));
        sum4 = _mm_add_ps(sum4, _mm_mul_ps(f, scale4));
      }
      for (int l = 0; l < kRest; ++l) {
        int16_t q;
        std::memcpy(&q, w + 2 * (kFrom + l), 2);
        rest[l] += static_cast<float>(q) * scale_;
      }
    }
    for (int b = 0; b < kEights; ++b) _mm256_storeu_ps(e + 8 * b, sum8[b]);
    if constexpr (kFour) _mm_storeu_ps(e + 8 * kEights, sum4);
    for (int l = 0; l < kRest; ++l) e[kFrom + l] = rest[l];
  }
#endif
  // `out` never aliases the file's bytes: __restrict lets the loop run in SIMD registers.
  template <int kLabels = 0>
  static void add_record(const char* weights, float* __restrict out, int labels, float scale) {
    const int count = kLabels > 0 ? kLabels : labels;
    for (int l = 0; l < count; ++l) {
      int16_t q;
      std::memcpy(&q, weights + 2 * l, 2);
      out[l] += static_cast<float>(q) * scale;
    }
  }
  static uint64_t record_key(const char* record) {
    uint64_t k;
    std::memcpy(&k, record, 8);
    return k ? k : 1;
  }
  std::vector<uint64_t> slots_;
  const char* records_ = nullptr;
  size_t stride_ = 0, count_ = 0;
  uint64_t mask_ = 0;
  int labels_ = 0;
  float scale_ = 1;
  bool avx2_ = false;  // the CPU has AVX2 (build() asks)
};

// Writes the file bytes; weights are quantized to 16 bits with one scale.
std::string serialize_model(const ModelData& model);
// Parses and checks file bytes; `name` appears in error messages. With `in_place`, the
// feature weights are not copied into feature_keys / weights: `in_place` is built over
// them where they lie in `bytes`, which must then outlive it. `verify_checksum` false
// skips the whole-file checksum (a file already verified whose identity has not
// changed: NerModel::load); every other check stays, so a damaged file still
// cannot make the reader overrun.
Result<ModelData> parse_model(std::string_view bytes, const std::string& name,
                              WeightTable* in_place = nullptr, bool verify_checksum = true);

// Best label sequence under BILOU constraints. `emissions` is n × labels.
std::vector<int> viterbi(const LabelSet& labels, int n, const float* emissions,
                         const float* transitions, const float* end);

}  // namespace eventwire::ner
