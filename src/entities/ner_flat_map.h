// Internal to the NER tagger: a hash map from 64-bit keys (feature and
// phrase hashes) to small values, stored flat in one array with open
// addressing (linear probing). It replaces std::unordered_map in the
// lexicon: a lookup is one or two probes into one array instead of a
// division and a walk through separately allocated nodes, and loading a
// model allocates one array per map instead of one node per entry.
//
// Only what the lexicon needs: find / end, count, at, operator[], emplace,
// reserve, size, empty, iteration (in no particular order) and equality.
// Key 0 is valid (it lives in a slot of its own past the table). Iterators
// and references are invalidated by any insertion.
//
// Thread safety: const member functions may run concurrently; anything that
// inserts needs exclusive access.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace eventwire::ner {

template <typename V>
class FlatMap {
 public:
  using value_type = std::pair<uint64_t, V>;

  template <typename Slot>
  class Iter {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = FlatMap::value_type;
    using difference_type = std::ptrdiff_t;
    using pointer = Slot*;
    using reference = Slot&;
    Iter() = default;
    Iter(Slot* slot, Slot* stop, bool zero) : slot_(slot), stop_(stop), zero_(zero) { skip(); }
    reference operator*() const { return *slot_; }
    pointer operator->() const { return slot_; }
    Iter& operator++() {
      ++slot_;
      skip();
      return *this;
    }
    Iter operator++(int) {
      Iter old = *this;
      ++*this;
      return old;
    }
    bool operator==(const Iter& o) const { return slot_ == o.slot_; }
    bool operator!=(const Iter& o) const { return slot_ != o.slot_; }

   private:
    // Table slots with key 0 are empty; the last slot (stop_) holds key 0 when zero_.
    void skip() {
      while (slot_ != nullptr && slot_ < stop_ && slot_->first == 0) ++slot_;
      if (slot_ == stop_ && !zero_ && slot_ != nullptr) ++slot_;
    }
    Slot* slot_ = nullptr;
    Slot* stop_ = nullptr;
    bool zero_ = false;
  };
  using iterator = Iter<value_type>;
  using const_iterator = Iter<const value_type>;

  FlatMap() = default;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Makes room for n entries without growing again.
  void reserve(size_t n) {
    size_t capacity = 16;
    while (capacity * 3 < (n + 1) * 4) capacity *= 2;  // load ≤ 0.75
    if (capacity > capacity_) rehash(capacity);
  }

  iterator begin() { return make(0); }
  iterator end() { return make(end_index()); }
  const_iterator begin() const { return make(0); }
  const_iterator end() const { return make(end_index()); }

  // The value of `key`, or nullptr: the lookup of the tagging path.
  const V* get(uint64_t key) const {
    if (key == 0) return has_zero_ ? &slots_[capacity_].second : nullptr;
    if (size_ == 0) return nullptr;
    const size_t mask = capacity_ - 1;
    for (size_t i = home(key);; i = (i + 1) & mask) {
      const value_type& slot = slots_[i];
      if (slot.first == key) return &slot.second;
      if (slot.first == 0) return nullptr;
    }
  }
  // Asks the CPU to fetch the key's home slot, for a get() soon after.
  void prefetch(uint64_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[home(key)]);
  }
  iterator find(uint64_t key) { return make(locate(key)); }
  const_iterator find(uint64_t key) const { return make(locate(key)); }
  size_t count(uint64_t key) const { return locate(key) != end_index() ? 1 : 0; }
  const V& at(uint64_t key) const {
    const size_t i = locate(key);
    if (i == end_index()) throw std::out_of_range("FlatMap::at");
    return slots_[i].second;
  }
  // The value of `key`, inserted value-initialized when absent.
  V& operator[](uint64_t key) { return slots_[insert(key, V{}).first].second; }
  // Inserts (key, value) when the key is absent; returns where the key is and whether it was added.
  std::pair<iterator, bool> emplace(uint64_t key, V value) {
    std::pair<size_t, bool> r = insert(key, value);
    return {make(r.first), r.second};
  }

  // The same entries (order-independent).
  bool operator==(const FlatMap& o) const {
    if (size_ != o.size_) return false;
    for (const value_type& e : *this) {
      const size_t i = o.locate(e.first);
      if (i == o.end_index() || !(o.slots_[i].second == e.second)) return false;
    }
    return true;
  }
  bool operator!=(const FlatMap& o) const { return !(*this == o); }

 private:
  // Fibonacci hashing: keys are hashes already, but their low bits need not be.
  size_t home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  size_t end_index() const { return slots_.empty() ? 0 : capacity_ + 1; }
  template <typename Self>
  static auto make_iter(Self* self, size_t i) {
    using Slot = std::remove_pointer_t<decltype(self->slots_.data())>;
    if (self->slots_.empty()) return Iter<Slot>();
    Slot* base = self->slots_.data();
    return Iter<Slot>(base + i, base + self->capacity_, self->has_zero_);
  }
  iterator make(size_t i) { return make_iter(this, i); }
  const_iterator make(size_t i) const { return make_iter(this, i); }

  // Index of the key's slot, or end_index().
  size_t locate(uint64_t key) const {
    if (size_ == 0) return end_index();
    if (key == 0) return has_zero_ ? capacity_ : end_index();
    const size_t mask = capacity_ - 1;
    for (size_t i = home(key);; i = (i + 1) & mask) {
      const uint64_t k = slots_[i].first;
      if (k == key) return i;
      if (k == 0) return end_index();
    }
  }
  std::pair<size_t, bool> insert(uint64_t key, const V& value) {
    if (slots_.empty() || (size_ + 1) * 4 > capacity_ * 3) rehash(capacity_ ? capacity_ * 2 : 16);
    if (key == 0) {
      if (has_zero_) return {capacity_, false};
      has_zero_ = true;
      slots_[capacity_].second = value;
      ++size_;
      return {capacity_, true};
    }
    const size_t mask = capacity_ - 1;
    size_t i = home(key);
    for (; slots_[i].first != 0; i = (i + 1) & mask)
      if (slots_[i].first == key) return {i, false};
    slots_[i] = {key, value};
    ++size_;
    return {i, true};
  }
  void rehash(size_t capacity) {
    std::vector<value_type> old(capacity + 1, value_type{0, V{}});
    old.swap(slots_);
    const size_t old_capacity = capacity_;
    capacity_ = capacity;
    shift_ = 64;
    for (size_t c = capacity; c > 1; c >>= 1) --shift_;
    const size_t mask = capacity - 1;
    for (size_t j = 0; j < old_capacity; ++j) {
      if (old[j].first == 0) continue;
      size_t i = home(old[j].first);
      while (slots_[i].first != 0) i = (i + 1) & mask;
      slots_[i] = std::move(old[j]);
    }
    if (has_zero_) slots_[capacity_].second = std::move(old[old_capacity].second);
  }

  std::vector<value_type> slots_;  // capacity_ table slots, then the key-0 slot
  size_t capacity_ = 0, size_ = 0;
  int shift_ = 64;
  bool has_zero_ = false;
};

}  // namespace eventwire::ner
