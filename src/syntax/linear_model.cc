#include "syntax/linear_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>
#include <numeric>
#include <stdexcept>
#include <utility>

#include <sys/mman.h>

namespace eventwire::syntax_internal {

template <typename T>
void* PageArray<T>::allocate(size_t bytes, size_t& mapped) {
  mapped = 0;
  if (bytes == 0) return nullptr;
  // Huge pages cut the TLB misses of random lookups; round up to 2 MB so the
  // kernel can back the whole array with them (THP "madvise" mode).
  constexpr size_t kHuge = size_t{2} << 20;
  const size_t size = bytes >= kHuge ? (bytes + kHuge - 1) / kHuge * kHuge : bytes;
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  if (size >= kHuge) madvise(p, size, MADV_HUGEPAGE);
#endif
  mapped = size;
  return p;
}

template <typename T>
void PageArray<T>::release(void* data, size_t mapped) {
  if (data != nullptr) munmap(data, mapped);
}

template class PageArray<uint64_t>;
template class PageArray<uint16_t>;

namespace {

// Eight int32 lanes: a GCC vector type, one AVX2 register in the AVX2 clone
// (two SSE2 halves otherwise).
using Lanes32 = int32_t __attribute__((vector_size(32)));

// Adds the dense rows `row[0..n)` (weights of classes 0..n_classes, 16 * K >= n_classes)
// into scores, the sums kept in registers across the rows instead of a load and a
// store of every score per row. 16 weights are read as eight int32 lanes and
// sign-extended by shifts (even classes: low halves, odd: high halves), which
// GCC compiles to three instructions where its int16 → int32 conversion takes
// ten. Reads up to 15 weights past a row's last class (the next row, or the
// zero padding after the last; FrozenModel::kDenseOverread).
template <int K>
[[gnu::always_inline]] inline void add_dense_rows(const uint16_t* const* row, size_t n,
                                                  int n_classes, int32_t* scores) {
  Lanes32 even[K] = {}, odd[K] = {};
  for (size_t r = 0; r < n; ++r) {
#pragma GCC unroll 16
    for (int k = 0; k < K; ++k) {
      Lanes32 pairs;
      std::memcpy(&pairs, row[r] + 16 * k, sizeof pairs);
      even[k] += (pairs << 16) >> 16;
      odd[k] += pairs >> 16;
    }
  }
  int32_t total[16 * K];
  for (int k = 0; k < K; ++k) {
    const Lanes32 low = __builtin_shufflevector(even[k], odd[k], 0, 8, 1, 9, 2, 10, 3, 11);
    const Lanes32 high = __builtin_shufflevector(even[k], odd[k], 4, 12, 5, 13, 6, 14, 7, 15);
    std::memcpy(total + 16 * k, &low, sizeof low);
    std::memcpy(total + 16 * k + 8, &high, sizeof high);
  }
  for (int c = 0; c < n_classes; ++c) scores[c] += total[c];
}

constexpr int kMaxDenseLanes = 8;  // register sums for up to 16 * 8 classes

// add_dense_rows<K> for K = lanes (1..kMaxDenseLanes), through a fold over the
// instances so each is inlined into both clones of score_rows.
template <int... Ks>
[[gnu::always_inline]] inline void add_dense_any(std::integer_sequence<int, Ks...>, int lanes,
                                                 const uint16_t* const* row, size_t n,
                                                 int n_classes, int32_t* scores) {
  (void)((lanes == Ks + 1 ? (add_dense_rows<Ks + 1>(row, n, n_classes, scores), true) : false) ||
         ...);
}

// The body of FrozenModel::score, compiled for AVX2 too (EVENTWIRE_SCORE_CLONES):
// the dense rows' int16 → int32 sums take a third of the instructions of SSE2.
EVENTWIRE_SCORE_CLONES
void score_rows(const uint64_t* slots, const uint16_t* rows, uint64_t mask, int n_classes,
                const FrozenModel::Target* targets, size_t n_targets) {
  constexpr uint16_t kDense = 0xFFFF;
  constexpr uint32_t kInline = 0x80000000u;
  // Three passes so the cache misses of all keys overlap: prefetch the slots,
  // resolve them and prefetch the rows, then add the weights.
  constexpr size_t kMax = 256;
  uint32_t found[kMax];
  uint8_t found_target[kMax];
  size_t budget = kMax;
  n_targets = std::min(n_targets, kMax);
  for (size_t t = 0; t < n_targets; ++t)
    for (size_t i = 0; i < targets[t].n; ++i) __builtin_prefetch(&slots[targets[t].keys[i] & mask]);
  size_t n_found = 0;
  for (size_t t = 0; t < n_targets; ++t) {
    const uint64_t* keys = targets[t].keys;
    int32_t* scores = targets[t].scores;
    const size_t n = std::min(targets[t].n, budget);
    budget -= n;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t check = keys[i] >> 32;
      for (uint64_t pos = keys[i] & mask;; pos = (pos + 1) & mask) {
        const uint64_t slot = slots[pos];
        if (slot == 0) break;
        if ((slot >> 32) == check) {
          const uint32_t payload = static_cast<uint32_t>(slot);
          if (payload & kInline) {
            // A feature with one weight keeps it in its slot: no second miss.
            scores[(payload >> 16) & 0x7FFF] += static_cast<int16_t>(payload & 0xFFFF);
          } else {
            found[n_found] = payload - 1;
            found_target[n_found++] = static_cast<uint8_t>(t);
            __builtin_prefetch(&rows[payload - 1]);
            // Rows longer than a line start one (LinePacker); a row that does
            // not start a line lies within it.
            if (((payload - 1) & 31) == 0) __builtin_prefetch(&rows[payload - 1] + 32);
          }
          break;
        }
      }
    }
  }
  // The rows found, in target order: sparse rows added at once, a target's
  // dense rows gathered and summed together (integer sums: the order of the
  // additions cannot change a result).
  const int lanes = (n_classes + 15) / 16;
  const uint16_t* dense[kMax];
  for (size_t f = 0; f < n_found;) {
    const size_t t = found_target[f];
    int32_t* scores = targets[t].scores;
    size_t n_dense = 0;
    for (; f < n_found && found_target[f] == t; ++f) {
      const uint16_t* row = rows + found[f];
      const uint16_t header = row[0];
      ++row;
      if (header == kDense) {
        dense[n_dense++] = row;
      } else {
        for (int j = 0; j < header; ++j) scores[row[2 * j]] += static_cast<int16_t>(row[2 * j + 1]);
      }
    }
    if (n_dense == 0) continue;
    if (lanes <= kMaxDenseLanes) {
      add_dense_any(std::make_integer_sequence<int, kMaxDenseLanes>(), lanes, dense, n_dense,
                    n_classes, scores);
      continue;
    }
    for (size_t r = 0; r < n_dense; ++r) {
      const int16_t* weights = reinterpret_cast<const int16_t*>(dense[r]);
      for (int c = 0; c < n_classes; ++c) scores[c] += weights[c];
    }
  }
}

}  // namespace

void FrozenModel::score(const uint64_t* keys, size_t n, int32_t* scores) const {
  const Target target{keys, n, scores};
  score(&target, 1);
}

void FrozenModel::score(const Target* targets, size_t n_targets) const {
  static_assert(kDense == 0xFFFF && kInline == 0x80000000u, "score_rows repeats these");
  static_assert(kRowPadding >= kDenseOverread, "a mapped index pads its rows for the overread");
  if (n_slots() == 0) return;
  score_rows(slot_data(), row_data(), mask_, n_classes_, targets, n_targets);
}

void FrozenModel::clear(const uint64_t* keys, size_t n, int32_t* scores) const {
  if (n_slots() == 0) return;
  const uint64_t* slots = slot_data();
  for (size_t i = 0; i < n; ++i) {
    const uint64_t check = keys[i] >> 32;
    for (uint64_t pos = keys[i] & mask_;; pos = (pos + 1) & mask_) {
      const uint64_t slot = slots[pos];
      if (slot == 0) break;
      if ((slot >> 32) != check) continue;
      const uint32_t payload = static_cast<uint32_t>(slot);
      if (payload & kInline) {
        scores[(payload >> 16) & 0x7FFF] = 0;
        break;
      }
      const uint16_t* row = row_data() + (payload - 1);
      if (row[0] == kDense) {
        std::fill(scores, scores + n_classes_, 0);
      } else {
        for (int j = 0; j < row[0]; ++j) scores[row[1 + 2 * j]] = 0;
      }
      break;
    }
  }
}

namespace {

constexpr size_t kLineUnits = 32;  // uint16 entries in a 64-byte cache line

// Places rows in the rows array (page-aligned) so that none crosses a cache
// line it need not: a row of less than a line lies within one (in the
// smallest gap left at the end of an earlier line that holds it, else where
// the array ends, or at the next line when it would cross), a longer one
// starts a line. A lookup then reads the fewest lines, and scoring prefetches
// a row's second line only for a row that starts one (score_rows). The gaps
// stay zero: they read as empty rows.
class LinePacker {
 public:
  size_t place(size_t length) {
    if (length < kLineUnits) {
      for (size_t g = length; g < kLineUnits; ++g) {
        if (gaps_[g].empty()) continue;
        const size_t at = gaps_[g].back();
        gaps_[g].pop_back();
        if (g > length) gaps_[g - length].push_back(at + length);
        return at;
      }
    }
    const size_t room = kLineUnits - end_ % kLineUnits;
    if (room < kLineUnits && (length > room || length >= kLineUnits)) {
      gaps_[room].push_back(end_);
      end_ += room;
    }
    const size_t at = end_;
    end_ += length;
    return at;
  }
  size_t end() const { return end_; }

 private:
  std::vector<size_t> gaps_[kLineUnits];  // starts of gaps, by their free units
  size_t end_ = 0;
};

// The features in the order they go into the index: by weight count, most
// first (counting sort, ties in key order). A feature with weights for many
// classes is one many training configurations had, so it is met often when
// scoring too; placed first, it sits in its home slot (one probe) and its row
// among the other frequent ones, so the rows read most share cache lines and
// stay cached while the long tail of one- and two-weight features is read
// from memory.
template <typename Count>
std::vector<uint32_t> hot_first(size_t n_features, Count count_of) {
  size_t most = 0;
  for (size_t f = 0; f < n_features; ++f) most = std::max<size_t>(most, count_of(f));
  std::vector<uint32_t> start(most + 2, 0);
  for (size_t f = 0; f < n_features; ++f) ++start[most - count_of(f) + 1];
  for (size_t c = 1; c < start.size(); ++c) start[c] += start[c - 1];
  std::vector<uint32_t> order(n_features);
  for (size_t f = 0; f < n_features; ++f)
    order[start[most - count_of(f)]++] = static_cast<uint32_t>(f);
  return order;
}

}  // namespace

template <typename Count, typename Class, typename Weight>
void FrozenModel::build_index_from(const std::vector<uint64_t>& keys, Count count_of,
                                   Class class_of, Weight weight_of) {
  n_features_ = keys.size();
  size_t capacity = 16;
  while (capacity < keys.size() * 3 / 2 + 1) capacity *= 2;
  mask_ = capacity - 1;
  // Row sizes first, so the rows go straight into their final memory; the
  // weights of feature f start at first[f] (they lie in key order).
  size_t total = 0, n_weights = 0;
  const size_t classes = static_cast<size_t>(n_classes_);
  auto dense = [&](size_t count) { return 4 * count >= classes; };  // see linear_model.h
  auto inline_weight = [&](size_t count, size_t begin) {
    return count == 1 && class_of(begin) < 0x8000;
  };
  std::vector<size_t> first(keys.size());
  for (size_t f = 0; f < keys.size(); ++f) {
    const size_t count = count_of(f);
    first[f] = n_weights;
    if (!inline_weight(count, n_weights))
      total += kLineUnits + (dense(count) ? classes : 2 * count);  // with room to align
    n_weights += count;
  }
  n_weights_ = n_weights;
  slots_ = PageArray<uint64_t>(capacity);
  rows_ = PageArray<uint16_t>(total + kDenseOverread);  // zeros past the last row
  n_rows_ = total;
  LinePacker packer;
  for (uint32_t f : hot_first(keys.size(), count_of)) {
    uint64_t pos = keys[f] & mask_;
    while (slots_[pos] != 0) pos = (pos + 1) & mask_;
    const size_t count = count_of(f);
    const size_t begin = first[f], end = begin + count;
    if (inline_weight(count, begin)) {
      slots_[pos] =
          ((keys[f] >> 32) << 32) | kInline | (uint64_t{class_of(begin)} << 16) | weight_of(begin);
      continue;
    }
    const size_t at = packer.place(1 + (dense(count) ? classes : 2 * count));
    slots_[pos] = ((keys[f] >> 32) << 32) | (at + 1);
    uint16_t* row = &rows_[at];
    if (dense(count)) {
      row[0] = kDense;  // the array is zero-filled: absent classes weigh 0
      for (size_t e = begin; e < end; ++e) row[1 + class_of(e)] = weight_of(e);
    } else {
      row[0] = static_cast<uint16_t>(count);
      for (size_t j = 0; j < count; ++j) {
        row[1 + 2 * j] = class_of(begin + j);
        row[2 + 2 * j] = weight_of(begin + j);
      }
    }
  }
  if (packer.end() >= kInline) throw std::length_error("model too large for 31-bit row offsets");
  n_rows_ = packer.end();
}

void FrozenModel::build_index(bool release) {
  build_index_from(
      keys_, [&](size_t f) { return offsets_[f + 1] - offsets_[f]; },
      [&](size_t e) { return entries_[e].cls; },
      [&](size_t e) { return static_cast<uint16_t>(entries_[e].weight); });
  if (release) {
    keys_ = {};
    offsets_ = {};
    entries_ = {};
  }
}

void FrozenModel::write(ByteWriter& out) const {
  out.u32(static_cast<uint32_t>(n_classes_));
  out.f32(scale_);
  out.u64(keys_.size());
  out.u64(entries_.size());
  // Keys as deltas of the sorted sequence compress better under zstd.
  uint64_t previous = 0;
  for (uint64_t key : keys_) {
    out.u64(key - previous);
    previous = key;
  }
  for (size_t f = 0; f < keys_.size(); ++f)
    out.u16(static_cast<uint16_t>(offsets_[f + 1] - offsets_[f]));
  for (const Entry& e : entries_) out.u16(e.cls);
  for (const Entry& e : entries_) out.u16(static_cast<uint16_t>(e.weight));
}

bool FrozenModel::read(ByteReader& in, bool keep_arrays) {
  uint32_t n_classes = 0;
  uint64_t n_keys = 0, n_entries = 0;
  if (!in.u32(n_classes) || n_classes == 0 || n_classes > 65535 || !in.f32(scale_) ||
      !std::isfinite(scale_) || !in.u64(n_keys) || !in.u64(n_entries))
    return false;
  n_classes_ = static_cast<int>(n_classes);
  std::vector<uint64_t> keys;
  if (!in.array(keys, n_keys)) return false;
  uint64_t previous = 0;
  for (uint64_t& key : keys) {
    key += previous;
    if (key <= previous && previous != 0) return false;  // must be strictly increasing
    previous = key;
  }
  // The counts, classes and weights are used where they lie in the payload.
  const char *counts = nullptr, *classes = nullptr, *weights = nullptr;
  if (n_entries > in.remaining() / 2 || !in.view(counts, n_keys * 2) ||
      !in.view(classes, n_entries * 2) || !in.view(weights, n_entries * 2))
    return false;
  auto u16_at = [](const char* base, size_t i) {
    uint16_t v;
    std::memcpy(&v, base + 2 * i, 2);
    return v;
  };
  uint64_t sum = 0;
  for (size_t f = 0; f < n_keys; ++f) sum += u16_at(counts, f);
  if (sum != n_entries) return false;
  for (size_t e = 0; e < n_entries; ++e)
    if (u16_at(classes, e) >= n_classes) return false;
  if (keep_arrays) {
    keys_ = std::move(keys);
    offsets_.assign(n_keys + 1, 0);
    for (size_t f = 0; f < n_keys; ++f) offsets_[f + 1] = offsets_[f] + u16_at(counts, f);
    entries_.resize(n_entries);
    for (size_t e = 0; e < n_entries; ++e)
      entries_[e] = {u16_at(classes, e), static_cast<int16_t>(u16_at(weights, e))};
    build_index(false);
  } else {
    build_index_from(
        keys, [&](size_t f) { return u16_at(counts, f); },
        [&](size_t e) { return u16_at(classes, e); }, [&](size_t e) { return u16_at(weights, e); });
  }
  return true;
}

FrozenModel::Index FrozenModel::index() const {
  return {n_classes_,  scale_,    n_features_, n_weights_, mask_,
          slot_data(), n_slots(), row_data(),  n_rows_};
}

namespace {

bool index_shape_ok(const FrozenModel::Index& index, uint32_t inline_flag) {
  return index.n_classes > 0 && index.n_classes <= 65535 && std::isfinite(index.scale) &&
         index.n_slots >= 16 && (index.n_slots & (index.n_slots - 1)) == 0 &&
         index.mask == index.n_slots - 1 && index.n_rows < inline_flag;
}

}  // namespace

// Every row header and class must fit, and every slot must name a valid class
// or a row inside the array.
bool FrozenModel::check_index(const Index& index) const {
  const size_t classes = static_cast<size_t>(index.n_classes);
  const uint16_t* rows = index.rows;
  for (size_t pos = 0; pos < index.n_rows;) {  // rows in order
    const uint16_t header = rows[pos];
    const size_t length = header == kDense ? classes : 2 * size_t{header};
    if (pos + 1 + length > index.n_rows) return false;
    if (header != kDense)
      for (size_t j = 0; j < header; ++j)
        if (rows[pos + 1 + 2 * j] >= classes) return false;
    pos += 1 + length;
  }
  for (size_t i = 0; i < index.n_slots; ++i) {
    const uint64_t slot = index.slots[i];
    const uint32_t payload = static_cast<uint32_t>(slot);
    if (slot != 0 && ((payload & kInline) ? ((payload >> 16) & 0x7FFF) >= classes
                                          : payload == 0 || payload > index.n_rows))
      return false;
  }
  return true;
}

void FrozenModel::take_shape(const Index& index) {
  n_classes_ = index.n_classes;
  scale_ = index.scale;
  n_features_ = index.n_features;
  n_weights_ = index.n_weights;
  n_rows_ = index.n_rows;
  mask_ = index.mask;
}

bool FrozenModel::load_index(const Index& index, const std::function<bool(void*, size_t)>& read) {
  if (!index_shape_ok(index, kInline)) return false;
  slots_ = PageArray<uint64_t>(index.n_slots);
  // Zero padding past the last row: a slot pointing into the middle of a row
  // (which the file's checksum, not these checks, rules out) still reads inside.
  rows_ = PageArray<uint16_t>(index.n_rows + kRowPadding);
  mask_ = 0;
  if (!read(slots_.data(), index.n_slots * sizeof(uint64_t)) ||
      !read(rows_.data(), index.n_rows * sizeof(uint16_t)))
    return false;
  Index own = index;
  own.slots = slots_.data();
  own.rows = rows_.data();
  if (!check_index(own)) return false;
  take_shape(index);
  return true;
}

bool FrozenModel::adopt_index(const Index& index, bool checked_before) {
  if (!index_shape_ok(index, kInline) || index.slots == nullptr || index.rows == nullptr ||
      (!checked_before && !check_index(index)))
    return false;
  slots_ = PageArray<uint64_t>();
  rows_ = PageArray<uint16_t>();
  mapped_slots_ = index.slots;
  mapped_rows_ = index.rows;
  n_mapped_slots_ = index.n_slots;
  take_shape(index);
  return true;
}

FrozenModel FrozenModel::pruned(float min_abs) const {
  FrozenModel out;
  out.n_classes_ = n_classes_;
  out.scale_ = scale_;
  out.offsets_.push_back(0);
  for (size_t f = 0; f < keys_.size(); ++f) {
    const size_t before = out.entries_.size();
    for (uint32_t e = offsets_[f]; e < offsets_[f + 1]; ++e)
      if (std::fabs(entries_[e].weight * scale_) >= min_abs) out.entries_.push_back(entries_[e]);
    if (out.entries_.size() == before) continue;
    out.keys_.push_back(keys_[f]);
    out.offsets_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.build_index(false);
  return out;
}

TrainableModel::TrainableModel(int n_classes) : n_classes_(n_classes) {
  table_keys_.assign(1 << 16, 0);
  table_values_.assign(1 << 16, 0);
}

uint32_t TrainableModel::find(uint64_t key) const {
  const size_t mask = table_keys_.size() - 1;
  for (size_t pos = key & mask;; pos = (pos + 1) & mask) {
    if (table_keys_[pos] == key) return table_values_[pos];
    if (table_keys_[pos] == 0) return UINT32_MAX;
  }
}

void TrainableModel::grow() {
  std::vector<uint64_t> keys(table_keys_.size() * 2, 0);
  std::vector<uint32_t> values(keys.size(), 0);
  const size_t mask = keys.size() - 1;
  for (size_t i = 0; i < table_keys_.size(); ++i) {
    if (table_keys_[i] == 0) continue;
    size_t pos = table_keys_[i] & mask;
    while (keys[pos] != 0) pos = (pos + 1) & mask;
    keys[pos] = table_keys_[i];
    values[pos] = table_values_[i];
  }
  table_keys_.swap(keys);
  table_values_.swap(values);
}

uint32_t TrainableModel::insert(uint64_t key) {
  if ((used_ + 1) * 2 > table_keys_.size()) grow();
  const size_t mask = table_keys_.size() - 1;
  size_t pos = key & mask;
  for (; table_keys_[pos] != 0; pos = (pos + 1) & mask)
    if (table_keys_[pos] == key) return table_values_[pos];
  table_keys_[pos] = key;
  table_values_[pos] = static_cast<uint32_t>(lists_.size());
  ++used_;
  list_keys_.push_back(key);
  lists_.emplace_back();
  return table_values_[pos];
}

void TrainableModel::score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t index = find(keys[i]);
    if (index == UINT32_MAX) continue;
    for (const Entry& e : lists_[index]) scores[e.cls] += e.weight;
  }
}

void TrainableModel::update(const uint64_t* keys, size_t n, int truth, int guess) {
  if (truth == guess) return;
  for (size_t i = 0; i < n; ++i) {
    std::vector<Entry>& list = lists_[insert(keys[i])];
    for (int cls : {truth, guess}) {
      const float delta = cls == truth ? 1.0f : -1.0f;
      auto it =
          std::find_if(list.begin(), list.end(), [cls](const Entry& e) { return e.cls == cls; });
      if (it == list.end()) {
        list.push_back({static_cast<uint16_t>(cls), 0.0f, 0.0});
        it = list.end() - 1;
      }
      it->weight += delta;
      it->stamped += clock_ * delta;
    }
  }
}

FrozenModel TrainableModel::freeze(float min_abs) const {
  // Averaged weight = w - stamped / clock (Daume's trick).
  float max_abs = 0;
  for (const auto& list : lists_)
    for (const Entry& e : list)
      max_abs = std::max(max_abs, std::fabs(static_cast<float>(e.weight - e.stamped / clock_)));
  FrozenModel out;
  out.n_classes_ = n_classes_;
  out.scale_ = max_abs > 0 ? max_abs / 32000.0f : 1.0f;
  std::vector<uint32_t> order(lists_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return list_keys_[a] < list_keys_[b]; });
  out.offsets_.push_back(0);
  std::vector<FrozenModel::Entry> entries;
  for (uint32_t index : order) {
    entries.clear();
    for (const Entry& e : lists_[index]) {
      const double average = e.weight - e.stamped / clock_;
      const long q = std::lround(average / out.scale_);
      if (q != 0 && std::fabs(average) >= min_abs)
        entries.push_back({e.cls, static_cast<int16_t>(std::clamp(q, -32767L, 32767L))});
    }
    if (entries.empty()) continue;
    std::sort(entries.begin(), entries.end(), [](auto& a, auto& b) { return a.cls < b.cls; });
    out.keys_.push_back(list_keys_[index]);
    out.entries_.insert(out.entries_.end(), entries.begin(), entries.end());
    out.offsets_.push_back(static_cast<uint32_t>(out.entries_.size()));
  }
  out.build_index(false);
  return out;
}

}  // namespace eventwire::syntax_internal
