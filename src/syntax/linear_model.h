// Sparse multi-class linear models over hashed feature keys.
//
// TrainableModel is an averaged perceptron (float weights, lazy averaging)
// used only while training. FrozenModel is its averaged, int16-quantized form
// that ships in model files: per feature key a short list of (class, weight)
// pairs, found through an open-addressing table built at load time. A
// FrozenModel is immutable after construction and safe to share across threads.
//
// Scoring is bound by cache and TLB misses (a parser step looks up ~100
// features in tables of tens of MB), so the lookup index is laid out for it:
// one 8-byte slot per feature (32 check bits, then the weight itself when the
// feature has only one, else the offset of its row), each
// feature's weights in one row right after a 2-byte header, a row stored
// dense (one int16 per class, summed with SIMD) when it has weights for at
// least a quarter of the classes (scattered (class, weight) pairs cost more
// per weight than SIMD sums: measured on EWT test, a quarter beats a half and
// an eighth), and both arrays in transparent huge pages. Features go into the
// index by weight count, most first (the frequent ones: home slots, their
// rows packed together at the front), and no row crosses a cache line it
// need not (a row shorter than a line lies within one, a longer one starts one).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/bytes.h"

// Compiles a function twice, for AVX2 and for the baseline x86-64, chosen
// once at load time by the CPU (the build has no -march). Only for integer
// code, whose results cannot differ between the two.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define EVENTWIRE_SCORE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define EVENTWIRE_SCORE_CLONES
#endif

namespace eventwire::syntax_internal {

using base::ByteReader;
using base::ByteWriter;

// A zero-filled array of trivially copyable T in anonymous memory, advised
// to use transparent huge pages; move-only, owns its mapping.
template <typename T>
class PageArray {
 public:
  PageArray() = default;
  explicit PageArray(size_t n)
      : data_(static_cast<T*>(allocate(n * sizeof(T), bytes_))), size_(n) {}
  PageArray(PageArray&& o) noexcept { swap(o); }
  PageArray& operator=(PageArray&& o) noexcept {
    PageArray(std::move(o)).swap(*this);
    return *this;
  }
  PageArray(const PageArray& o) : PageArray(o.size_) {
    for (size_t i = 0; i < size_; ++i) data_[i] = o.data_[i];
  }
  PageArray& operator=(const PageArray& o) {
    if (this != &o) PageArray(o).swap(*this);
    return *this;
  }
  ~PageArray() { release(data_, bytes_); }
  T* data() { return data_; }
  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

 private:
  void swap(PageArray& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(bytes_, o.bytes_);
  }
  static void* allocate(size_t bytes, size_t& mapped);
  static void release(void* data, size_t mapped);
  T* data_ = nullptr;
  size_t size_ = 0, bytes_ = 0;
};

class FrozenModel {
 public:
  FrozenModel() = default;
  int n_classes() const { return n_classes_; }
  size_t n_features() const { return n_features_; }
  size_t n_weights() const { return n_weights_; }
  float scale() const { return scale_; }
  // Adds the weights of `keys` to scores[0..n_classes); scores must be zeroed by the caller.
  void score(const uint64_t* keys, size_t n, int32_t* scores) const;
  // score() for several key lists and score arrays in one pass, so that the
  // cache misses of all their keys overlap (at most 256 keys in all).
  struct Target {
    const uint64_t* keys;
    size_t n;
    int32_t* scores;
  };
  void score(const Target* targets, size_t n_targets) const;
  // Sets to 0 every score that score(keys, n, scores) may have changed, so that a caller
  // whose score array has many classes (the lemma model's edit scripts) can keep it zeroed
  // between calls instead of clearing all of it.
  void clear(const uint64_t* keys, size_t n, int32_t* scores) const;

  // Only for models made by TrainableModel::freeze (a loaded model keeps
  // just its lookup index).
  void write(ByteWriter& out) const;
  // Returns false (leaving *this unusable) when the bytes are malformed.
  // `keep_arrays` keeps what write() and pruned() need (tools only).
  bool read(ByteReader& in, bool keep_arrays = false);
  // A copy without the weights whose magnitude is below min_abs (needs the arrays).
  FrozenModel pruned(float min_abs) const;

  // The lookup index as it lies in memory, for the index cache of
  // model_file.cc (a later process copies it instead of rebuilding it).
  struct Index {
    int n_classes = 0;
    float scale = 1;
    uint64_t n_features = 0, n_weights = 0, mask = 0;
    const uint64_t* slots = nullptr;
    size_t n_slots = 0;
    const uint16_t* rows = nullptr;
    size_t n_rows = 0;
  };
  Index index() const;
  // Takes an index of the shape `shape` (its pointers unused) whose arrays
  // `read(destination, bytes)` fills, e.g. from a cache file, then checks
  // that every slot and row stays inside the arrays and names a valid class;
  // false (leaving *this unusable) when reading or a check fails.
  bool load_index(const Index& shape, const std::function<bool(void*, size_t)>& read);
  // Uses the arrays of `index` where they lie (a mapped cache file that must
  // outlive *this and every copy), after the same checks as load_index. The
  // rows must be followed by kRowPadding zero entries. `checked_before`: the
  // caller knows these very bytes passed the checks (a verdict on the file,
  // its checksum verified): only the shape is checked.
  bool adopt_index(const Index& index, bool checked_before = false);
  static constexpr size_t kRowPadding = 2 * 65536;
  // Scoring reads a dense row in blocks of 16 weights, so up to 15 past its
  // last class: the rows array has at least this many zeros after the last row.
  static constexpr size_t kDenseOverread = 15;

 private:
  friend class TrainableModel;
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  // Builds slots_/packed_; `release` drops the sorted arrays afterwards.
  void build_index(bool release);
  template <typename Count, typename Class, typename Weight>
  void build_index_from(const std::vector<uint64_t>& keys, Count count_of, Class class_of,
                        Weight weight_of);
  int n_classes_ = 0;
  size_t n_features_ = 0, n_weights_ = 0;
  float scale_ = 1;
  std::vector<uint64_t> keys_;     // sorted
  std::vector<uint32_t> offsets_;  // keys_.size() + 1 offsets into entries_
  std::vector<Entry> entries_;
  // Lookup index built at load: slot = (high 32 bits of key) << 32 | payload,
  // 0 = empty. The payload is kInline | class << 16 | weight for a feature
  // with a single weight, else (offset + 1) into rows_ (uint16 units). A row is a header, then
  // either `header` (class, weight) pairs or, when header == kDense, n_classes_ weights. Matching
  // 32 hash bits beyond the probed position makes a false match between distinct features about a 1
  // in 4 billion event.
  static constexpr uint16_t kDense = 0xFFFF;
  static constexpr uint32_t kInline = 0x80000000u;
  // The index's arrays: its own (slots_, rows_) or, when those are empty, an
  // adopted index's in a mapping owned by the caller.
  const uint64_t* slot_data() const { return slots_.empty() ? mapped_slots_ : slots_.data(); }
  const uint16_t* row_data() const { return slots_.empty() ? mapped_rows_ : rows_.data(); }
  size_t n_slots() const { return slots_.empty() ? n_mapped_slots_ : slots_.size(); }
  bool check_index(const Index& index) const;
  void take_shape(const Index& index);
  PageArray<uint64_t> slots_;
  PageArray<uint16_t> rows_;
  const uint64_t* mapped_slots_ = nullptr;
  const uint16_t* mapped_rows_ = nullptr;
  size_t n_mapped_slots_ = 0;
  size_t n_rows_ = 0;  // rows_ in use (an adopted index is followed by zero padding)
  uint64_t mask_ = 0;
};

class TrainableModel {
 public:
  explicit TrainableModel(int n_classes);
  int n_classes() const { return n_classes_; }
  // Adds current (non-averaged) weights into scores (zeroed by the caller).
  void score(const uint64_t* keys, size_t n, float* scores) const;
  // Perceptron step: +1 for `truth`, -1 for `guess` on every key.
  void update(const uint64_t* keys, size_t n, int truth, int guess);
  // Advances the averaging clock; call once per training example.
  void tick() { ++clock_; }
  // The averaged weights, quantized to int16; weights with |w| < min_abs or
  // that round to 0 are dropped.
  FrozenModel freeze(float min_abs = 0) const;

 private:
  struct Entry {
    uint16_t cls;
    float weight;
    double stamped;  // sum of clock * delta, for averaging
  };
  uint32_t find(uint64_t key) const;  // index into lists_, or UINT32_MAX
  uint32_t insert(uint64_t key);
  void grow();
  int n_classes_;
  double clock_ = 1;
  std::vector<uint64_t> table_keys_;
  std::vector<uint32_t> table_values_;
  size_t used_ = 0;
  std::vector<uint64_t> list_keys_;
  std::vector<std::vector<Entry>> lists_;
};

}  // namespace eventwire::syntax_internal
