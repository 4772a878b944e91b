// Sparse multi-class linear models over hashed feature keys.
//
// TrainableModel is an averaged perceptron (float weights, lazy averaging)
// used only while training. FrozenModel is its averaged, int16-quantized form
// that ships in model files: per feature key a short list of (class, weight)
// pairs, found through an open-addressing table built at load time. A
// FrozenModel is immutable after construction and safe to share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "syntax/binary_io.h"

namespace eventwire::syntax_internal {

class FrozenModel {
 public:
  FrozenModel() = default;
  int n_classes() const { return n_classes_; }
  size_t n_features() const { return n_features_; }
  size_t n_weights() const { return n_weights_; }
  float scale() const { return scale_; }
  // Adds the weights of `keys` to scores[0..n_classes); scores must be zeroed by the caller.
  void score(const uint64_t* keys, size_t n, int32_t* scores) const;

  // Only for models made by TrainableModel::freeze (a loaded model keeps
  // just its lookup index).
  void write(ByteWriter& out) const;
  // Returns false (leaving *this unusable) when the bytes are malformed.
  // `keep_arrays` keeps what write() and pruned() need (tools only).
  bool read(ByteReader& in, bool keep_arrays = false);
  // A copy without the weights whose magnitude is below min_abs (needs the arrays).
  FrozenModel pruned(float min_abs) const;

 private:
  friend class TrainableModel;
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  // Builds slots_/packed_; `release` drops the sorted arrays afterwards.
  void build_index(bool release);
  int n_classes_ = 0;
  size_t n_features_ = 0, n_weights_ = 0;
  float scale_ = 1;
  std::vector<uint64_t> keys_;     // sorted
  std::vector<uint32_t> offsets_;  // keys_.size() + 1 offsets into entries_
  std::vector<Entry> entries_;
  // Lookup index built at load: slot = (high 32 bits of key) << 32 | (offset + 1)
  // into packed_, where a header entry (cls = count) precedes the feature's
  // entries; 0 = empty. Matching 32 hash bits beyond the probed position makes a
  // false match between distinct features about a 1 in 4 billion event.
  std::vector<uint64_t> slots_;
  std::vector<Entry> packed_;
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
