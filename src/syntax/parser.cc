#include "syntax/parser.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>

#include "syntax/hash.h"

namespace eventwire::syntax_internal {

void ParseState::init(int n, int n_labels) {
  n_ = n;
  n_labels_ = n_labels;
  b_ = 1;
  stack_.assign(1, 0);
  const size_t size = static_cast<size_t>(n) + 1;
  head_.assign(size, -1);
  label_.assign(size, -1);
  lc1_.assign(size, -1);
  lc2_.assign(size, -1);
  rc1_.assign(size, -1);
  rc2_.assign(size, -1);
  n_left_.assign(size, 0);
  n_right_.assign(size, 0);
  left_labels_.assign(size, 0);
  right_labels_.assign(size, 0);
}

void ParseState::add_arc(int h, int d, int l) {
  head_[d] = h;
  label_[d] = l;
  const uint64_t bit = l < 64 ? (1ULL << l) : 0;
  if (d < h) {
    if (lc1_[h] == -1 || d < lc1_[h]) {
      lc2_[h] = lc1_[h];
      lc1_[h] = d;
    } else if (lc2_[h] == -1 || d < lc2_[h]) {
      lc2_[h] = d;
    }
    ++n_left_[h];
    left_labels_[h] |= bit;
  } else {
    if (rc1_[h] == -1 || d > rc1_[h]) {
      rc2_[h] = rc1_[h];
      rc1_[h] = d;
    } else if (rc2_[h] == -1 || d > rc2_[h]) {
      rc2_[h] = d;
    }
    ++n_right_[h];
    right_labels_[h] |= bit;
  }
}

void ParseState::apply(int t) {
  if (t == 0) {
    stack_.push_back(b_++);
  } else if (t <= n_labels_) {
    const int s0 = stack_.back();
    stack_.pop_back();
    add_arc(b_, s0, t - 1);
  } else {
    const int s0 = stack_.back();
    stack_.pop_back();
    add_arc(stack_.back(), s0, t - 1 - n_labels_);
  }
}

int ParseState::cost(int t, const std::vector<int>& gold_head,
                     const std::vector<int>& gold_label) const {
  int c = 0;
  if (t == 0) {
    // b0 can no longer take a head from s1 and below, nor dependents from the stack.
    const int b0 = b_;
    for (size_t k = 0; k < stack_.size(); ++k) {
      const int item = stack_[k];
      if (gold_head[b0] == item && k + 1 < stack_.size()) ++c;
      if (item != 0 && gold_head[item] == b0) ++c;
    }
    return c;
  }
  const int s0 = stack_.back();
  const int s1 = stack_[stack_.size() - 2];
  // s0 leaves the stack: dependents still in the buffer are lost.
  for (int k = b_; k <= n_; ++k)
    if (gold_head[k] == s0) ++c;
  const int h = gold_head[s0];
  if (t <= n_labels_) {
    if (h == b_)
      c += gold_label[s0] != t - 1;
    else if (h == s1 || h > b_)
      ++c;
  } else {
    if (h == s1)
      c += gold_label[s0] != t - 1 - n_labels_;
    else if (h >= b_)
      ++c;
  }
  return c;
}

void ParseState::all_costs(const std::vector<int>& gold_head, const std::vector<int>& gold_label,
                           std::vector<int>& costs) const {
  costs.assign(n_transitions(), -1);
  if (can_shift()) costs[0] = cost(0, gold_head, gold_label);
  const int s0 = s(0);
  if (can_left()) {
    // Unlabeled part once; the label only matters when b0 is s0's gold head.
    const int base = cost(1, gold_head, gold_label) - (gold_head[s0] == b_ && gold_label[s0] != 0);
    for (int l = 0; l < n_labels_; ++l)
      costs[1 + l] = base + (gold_head[s0] == b_ && gold_label[s0] != l);
  }
  if (can_right()) {
    const int s1 = s(1);
    const int base =
        cost(1 + n_labels_, gold_head, gold_label) - (gold_head[s0] == s1 && gold_label[s0] != 0);
    for (int l = 0; l < n_labels_; ++l)
      costs[1 + n_labels_ + l] = base + (gold_head[s0] == s1 && gold_label[s0] != l);
  }
}

namespace {

enum : uint32_t {
  kBias = 300,
  kS0w,
  kS0p,
  kS0wp,
  kS1w,
  kS1p,
  kS1wp,
  kS2p,
  kS2wp,
  kN0w,
  kN0p,
  kN0wp,
  kN1w,
  kN1p,
  kN1wp,
  kN2w,
  kN2p,
  kN2wp,
  kS0wpN0wp,
  kS0wpN0w,
  kS0wN0wp,
  kS0wpN0p,
  kS0pN0wp,
  kS0wN0w,
  kS0pN0p,
  kN0pN1p,
  kS1wS0w,
  kS1pS0p,
  kS1wpS0p,
  kS1pS0wp,
  kS1wS0p,
  kS1pS0w,
  kN0pN1pN2p,
  kS0pN0pN1p,
  kS1pS0pN0p,
  kS0pS0lpN0p,
  kS0pS0rpN0p,
  kS0pN0pN0lp,
  kS1pS1rpS0p,
  kS1pS0pS0lp,
  kS0pS0lpS0l2p,
  kS0pS0rpS0r2p,
  kN0pN0lpN0l2p,
  kS2pS1pS0p,
  kS0wDist,
  kS0pDist,
  kN0wDist,
  kN0pDist,
  kS0wN0wDist,
  kS0pN0pDist,
  kS1pS0pDist1,
  kS1wS0wDist1,
  kS0wVr,
  kS0pVr,
  kS0wVl,
  kS0pVl,
  kN0wVl,
  kN0pVl,
  kS1pVr,
  kS0lw,
  kS0lp,
  kS0ll,
  kS0rw,
  kS0rp,
  kS0rl,
  kS0l2w,
  kS0l2p,
  kS0l2l,
  kS0r2w,
  kS0r2p,
  kS0r2l,
  kN0lw,
  kN0lp,
  kN0ll,
  kN0l2w,
  kN0l2p,
  kN0l2l,
  kS1rw,
  kS1rp,
  kS1rl,
  kS1lw,
  kS1lp,
  kS1ll,
  kS0wLs,
  kS0pLs,
  kS0wRs,
  kS0pRs,
  kN0wLs,
  kN0pLs,
  kS1wRs,
  kS1pRs,
  kN0wN1w,
  kS0pN1w,
  kN3p,
  kS1pN0p,
  kS1wN0w,
  kS1pS0pN0pN1p,
};

int bucket(int d) {
  if (d <= 0) return 0;
  if (d <= 4) return d;
  return d <= 9 ? 5 : 6;
}

}  // namespace

template <typename Emit>
void ParseState::emit_keys(const std::vector<uint64_t>& word, const std::vector<uint64_t>& tag,
                           unsigned groups, Emit&& emit) const {
  constexpr uint64_t kNone = 0xabcdef1234ULL;
  const int s0 = s(0), s1 = s(1), s2 = s(2);
  const int n0 = b_ <= n_ ? b_ : -1;
  const int n1 = b_ + 1 <= n_ ? b_ + 1 : -1;
  const int n2 = b_ + 2 <= n_ ? b_ + 2 : -1;
  const int n3 = b_ + 3 <= n_ ? b_ + 3 : -1;
  auto W = [&](int x) { return x < 0 ? kNone : word[x]; };
  auto P = [&](int x) { return x < 0 ? kNone : tag[x]; };
  auto L = [&](int x) { return x < 0 ? kNone : static_cast<uint64_t>(label_[x] + 7); };
  auto lc1 = [&](int x) { return x < 0 ? -1 : lc1_[x]; };
  auto lc2 = [&](int x) { return x < 0 ? -1 : lc2_[x]; };
  auto rc1 = [&](int x) { return x < 0 ? -1 : rc1_[x]; };
  auto rc2 = [&](int x) { return x < 0 ? -1 : rc2_[x]; };
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
  const uint64_t n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const uint64_t s0wp = mix64(s0w ^ s0p), s1wp = mix64(s1w ^ s1p), n0wp = mix64(n0w ^ n0p);
  const int s0l = lc1(s0), s0l2 = lc2(s0), s0r = rc1(s0), s0r2 = rc2(s0);
  const int n0l = lc1(n0), n0l2 = lc2(n0), s1r = rc1(s1), s1l = lc1(s1);
  const uint64_t dist = (s0 >= 0 && n0 >= 0) ? bucket(n0 - s0) : 0;
  const uint64_t dist1 = (s0 >= 0 && s1 >= 0) ? bucket(s0 - s1) : 0;
  const uint64_t s0vl = s0 >= 0 ? n_left_[s0] : 99, s0vr = s0 >= 0 ? n_right_[s0] : 99;
  const uint64_t n0vl = n0 >= 0 ? n_left_[n0] : 99, s1vr = s1 >= 0 ? n_right_[s1] : 99;
  const uint64_t s0ls = s0 >= 0 ? left_labels_[s0] : 1, s0rs = s0 >= 0 ? right_labels_[s0] : 1;
  const uint64_t n0ls = n0 >= 0 ? left_labels_[n0] : 1, s1rs = s1 >= 0 ? right_labels_[s1] : 1;
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kBias, 0));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0w, s0w));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0p, s0p));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0wp, s0wp));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1w, s1w));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1p, s1p));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1wp, s1wp));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS2p, s2p));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS2wp, W(s2), s2p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN0w, n0w));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN0p, n0p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN0wp, n0wp));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN1w, n1w));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN1p, n1p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN1wp, n1w, n1p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN2w, n2w));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN2p, n2p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN2wp, n2w, n2p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN3p, P(n3)));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wpN0wp, s0wp, n0wp));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wpN0w, s0wp, n0w));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wN0wp, s0w, n0wp));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wpN0p, s0wp, n0p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pN0wp, s0p, n0wp));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wN0w, s0w, n0w));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pN0p, s0p, n0p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN0pN1p, n0p, n1p));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN0wN1w, n0w, n1w));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pN1w, s0p, n1w));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1wS0w, s1w, s0w));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1pS0p, s1p, s0p));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1wpS0p, s1wp, s0p));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1pS0wp, s1p, s0wp));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1wS0p, s1w, s0p));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1pS0w, s1p, s0w));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS1pN0p, s1p, n0p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS1wN0w, s1w, n0w));
  if (groups & kBufferGroup) emit(kBufferGroup, feature_key(kN0pN1pN2p, n0p, n1p, n2p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pN0pN1p, s0p, n0p, n1p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS1pS0pN0p, s1p, s0p, n0p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS1pS0pN0pN1p, mix64(s1p ^ s0p), n0p, n1p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pS0lpN0p, s0p, P(s0l), n0p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pS0rpN0p, s0p, P(s0r), n0p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pN0pN0lp, s0p, n0p, P(n0l)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1pS1rpS0p, s1p, P(s1r), s0p));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1pS0pS0lp, s1p, s0p, P(s0l)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0pS0lpS0l2p, s0p, P(s0l), P(s0l2)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0pS0rpS0r2p, s0p, P(s0r), P(s0r2)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0pN0lpN0l2p, n0p, P(n0l), P(n0l2)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS2pS1pS0p, s2p, s1p, s0p));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wDist, s0w, dist));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pDist, s0p, dist));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kN0wDist, n0w, dist));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kN0pDist, n0p, dist));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0wN0wDist, s0w, n0w, dist));
  if (groups & kPairGroup) emit(kPairGroup, feature_key(kS0pN0pDist, s0p, n0p, dist));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1pS0pDist1, s1p, s0p, dist1));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS1wS0wDist1, s1w, s0w, dist1));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0wVr, s0w, s0vr));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0pVr, s0p, s0vr));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0wVl, s0w, s0vl));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0pVl, s0p, s0vl));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0wVl, n0w, n0vl));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0pVl, n0p, n0vl));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1pVr, s1p, s1vr));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0lw, W(s0l)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0lp, P(s0l)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0ll, L(s0l)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0rw, W(s0r)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0rp, P(s0r)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0rl, L(s0r)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0l2w, W(s0l2)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0l2p, P(s0l2)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0l2l, L(s0l2)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0r2w, W(s0r2)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0r2p, P(s0r2)));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0r2l, L(s0r2)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0lw, W(n0l)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0lp, P(n0l)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0ll, L(n0l)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0l2w, W(n0l2)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0l2p, P(n0l2)));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0l2l, L(n0l2)));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1rw, W(s1r)));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1rp, P(s1r)));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1rl, L(s1r)));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1lw, W(s1l)));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1lp, P(s1l)));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1ll, L(s1l)));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0wLs, s0w, s0ls));
  if (groups & kStackGroup) emit(kStackGroup, feature_key(kS0pLs, s0p, s0ls));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0wRs, s0w, s0rs));
  if (groups & kS0RightGroup) emit(kS0RightGroup, feature_key(kS0pRs, s0p, s0rs));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0wLs, n0w, n0ls));
  if (groups & kN0Group) emit(kN0Group, feature_key(kN0pLs, n0p, n0ls));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1wRs, s1w, s1rs));
  if (groups & kS1Group) emit(kS1Group, feature_key(kS1pRs, s1p, s1rs));
}

size_t ParseState::keys(const std::vector<uint64_t>& word, const std::vector<uint64_t>& tag,
                        uint64_t* out, unsigned groups) const {
  size_t n = 0;
  emit_keys(word, tag, groups, [&](unsigned, uint64_t key) { out[n++] = key; });
  return n;
}

void ParseState::keys_by_group(const std::vector<uint64_t>& word, const std::vector<uint64_t>& tag,
                               unsigned groups, GroupedKeys& out) const {
  for (size_t& count : out.count) count = 0;
  emit_keys(word, tag, groups, [&](unsigned group, uint64_t key) {
    const int g = __builtin_ctz(group);
    assert(out.count[g] < GroupedKeys::kMaxPerGroup);  // a group outgrew its templates' room
    out.keys[g][out.count[g]++] = key;
  });
}

namespace {

bool dominates(const std::vector<int>& heads, int h, int k) {
  // True when h is an ancestor of k (guarding against cycles in bad input).
  for (size_t steps = 0; k > 0 && steps < heads.size(); ++steps) {
    k = heads[k];
    if (k == h) return true;
  }
  return h == 0;
}

bool is_projective_arc(const std::vector<int>& heads, int d) {
  const int h = heads[d];
  for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k)
    if (!dominates(heads, h, k)) return false;
  return true;
}

}  // namespace

void projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  for (int round = 0; round < 4 * n + 4; ++round) {
    int best = -1, best_length = 0;
    for (int d = 1; d <= n; ++d) {
      if (heads[d] <= 0) continue;
      const int length = std::abs(heads[d] - d);
      if (!is_projective_arc(heads, d) && (best == -1 || length < best_length)) {
        best = d;
        best_length = length;
      }
    }
    if (best == -1) return;
    heads[best] = heads[heads[best]];
  }
}

}  // namespace eventwire::syntax_internal
