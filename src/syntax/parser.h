// Arc-hybrid transition system for labeled dependency parsing (Kuhlmann et
// al. 2011), its feature templates (after Zhang & Nivre 2011) and the
// dynamic oracle of Goldberg & Nivre (2013) used in training.
//
// Tokens are 1..n, 0 is the root, which starts on the stack. Transitions:
// 0 = SHIFT, 1 + l = LEFT with label l (s0 <- b0), 1 + L + l = RIGHT with label
// l (s1 -> s0). RIGHT onto the root only when the buffer is empty, so every
// tree has exactly one root word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eventwire::syntax_internal {

class ParseState {
 public:
  void init(int n, int n_labels);
  bool terminal() const { return b_ > n_ && stack_.size() == 1; }
  bool can_shift() const { return b_ <= n_; }
  bool can_left() const { return b_ <= n_ && stack_.size() >= 2; }
  bool can_right() const {
    return stack_.size() >= 2 && (stack_[stack_.size() - 2] != 0 || b_ > n_);
  }
  bool valid(int transition) const {
    if (transition == 0) return can_shift();
    return transition <= n_labels_ ? can_left() : can_right();
  }
  void apply(int transition);
  int n_transitions() const { return 1 + 2 * n_labels_; }

  // Dynamic-oracle cost of a valid transition against a projective gold tree.
  int cost(int transition, const std::vector<int>& gold_head,
           const std::vector<int>& gold_label) const;

  // Costs of all transitions into `costs` (-1 for invalid ones).
  void all_costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                 std::vector<int>& costs) const;

  // Which feature keys keys() emits, as a bit set of groups by what they
  // depend on, so a decoder can keep a group's scores while that part of the
  // configuration stays the same: the buffer front alone; s0, its left arcs
  // and what lies below it on the stack (fixed for as long as s0 is on the
  // stack: a word takes left dependents only in the buffer, only the top two
  // items take arcs, and s1 only as s0 leaves); s1 and its arcs; b0 and its
  // arcs; the pairs across stack and buffer; and s0's right arcs.
  enum KeyGroup : unsigned {
    kBufferGroup = 1,
    kStackGroup = 2,
    kS1Group = 4,
    kN0Group = 8,
    kPairGroup = 16,
    kS0RightGroup = 32,
    kAllGroups = 63,
  };
  // Feature keys for the current configuration; word/tag are indexed 0..n (0 = root).
  // kAllGroups emits them in the order the models were trained with.
  size_t keys(const std::vector<uint64_t>& word, const std::vector<uint64_t>& tag, uint64_t* out,
              unsigned groups = kAllGroups) const;
  // keys() of each group in `groups`, group 1 << g in keys[g].
  struct GroupedKeys {
    static constexpr size_t kGroups = 6, kMaxPerGroup = 48;
    uint64_t keys[kGroups][kMaxPerGroup];
    size_t count[kGroups];
  };
  void keys_by_group(const std::vector<uint64_t>& word, const std::vector<uint64_t>& tag,
                     unsigned groups, GroupedKeys& out) const;
  int stack_item(size_t k) const { return s(k); }
  // Arcs from x so far: grows by one whenever x takes a dependent, so it
  // versions everything keys() reads about x's dependents.
  int n_arcs(int x) const { return n_left_[x] + n_right_[x]; }
  int buffer_front() const { return b_; }

  const std::vector<int>& heads() const { return head_; }
  const std::vector<int>& labels() const { return label_; }

 private:
  int s(size_t k) const { return stack_.size() > k ? stack_[stack_.size() - 1 - k] : -1; }
  void add_arc(int h, int d, int l);
  template <typename Emit>
  void emit_keys(const std::vector<uint64_t>& word, const std::vector<uint64_t>& tag,
                 unsigned groups, Emit&& emit) const;
  int n_ = 0, n_labels_ = 0, b_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, label_, lc1_, lc2_, rc1_, rc2_, n_left_, n_right_;
  std::vector<uint64_t> left_labels_, right_labels_;  // bit sets of labels (first 64)
};

// Lifts non-projective arcs (shortest first) to the grandparent until the tree
// is projective. Heads are 1-based with 0 = root, indexed 1..n (index 0 unused).
void projectivize(std::vector<int>& heads);

}  // namespace eventwire::syntax_internal
