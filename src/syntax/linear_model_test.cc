#include "syntax/linear_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "syntax/parser.h"
#include "syntax/word_features.h"

namespace eventwire::syntax_internal {
namespace {

// A trained model whose features have one weight (kept in the slot), a few
// (sparse rows) and many (dense rows); its lookup index must score exactly
// like a plain sum of the trained weights.
TEST(FrozenModelTest, IndexScoresLikeThePlainSum) {
  constexpr int kClasses = 12;
  TrainableModel trainer(kClasses);
  std::mt19937_64 random(7);
  std::vector<uint64_t> keys(200);
  for (uint64_t& k : keys) k = random() | 1;
  for (int step = 0; step < 3000; ++step) {
    const uint64_t k[2] = {keys[random() % keys.size()], keys[random() % 20]};
    trainer.update(k, 2, static_cast<int>(random() % kClasses), static_cast<int>(random() % 3));
    trainer.tick();
  }
  // Pruning leaves some features with a single weight.
  const FrozenModel frozen = trainer.freeze(1.5f);
  ByteWriter out;
  frozen.write(out);
  FrozenModel with_arrays, in_place;
  ByteReader a(out.bytes()), b(out.bytes());
  ASSERT_TRUE(with_arrays.read(a, true));
  ASSERT_TRUE(in_place.read(b, false));
  // Expected sums from the serialized arrays themselves.
  ByteReader raw(out.bytes());
  uint32_t n_classes = 0;
  float scale = 0;
  uint64_t n_keys = 0, n_entries = 0;
  ASSERT_TRUE(raw.u32(n_classes) && raw.f32(scale) && raw.u64(n_keys) && raw.u64(n_entries));
  std::vector<uint64_t> sorted(n_keys);
  std::vector<uint16_t> counts(n_keys), classes(n_entries), weights(n_entries);
  ASSERT_TRUE(raw.array(sorted, n_keys) && raw.array(counts, n_keys) &&
              raw.array(classes, n_entries) && raw.array(weights, n_entries));
  for (size_t f = 1; f < n_keys; ++f) sorted[f] += sorted[f - 1];
  bool saw_one = false, saw_many = false;
  for (uint16_t c : counts) {
    saw_one |= c == 1;
    saw_many |= 2 * c >= kClasses;
  }
  EXPECT_TRUE(saw_one);
  EXPECT_TRUE(saw_many);
  size_t entry = 0;
  for (size_t f = 0; f < n_keys; ++f) {
    int32_t expected[kClasses] = {};
    for (uint16_t j = 0; j < counts[f]; ++j, ++entry)
      expected[classes[entry]] += static_cast<int16_t>(weights[entry]);
    for (const FrozenModel* model : {&frozen, static_cast<const FrozenModel*>(&with_arrays),
                                     static_cast<const FrozenModel*>(&in_place)}) {
      int32_t got[kClasses] = {};
      model->score(&sorted[f], 1, got);
      for (int c = 0; c < kClasses; ++c) ASSERT_EQ(got[c], expected[c]) << f << " " << c;
    }
  }
  // Unknown keys add nothing; a batch adds up its parts.
  int32_t got[kClasses] = {}, parts[kClasses] = {};
  const uint64_t batch[3] = {sorted[0], 12345, sorted[n_keys - 1]};
  in_place.score(batch, 3, got);
  frozen.score(&batch[0], 1, parts);
  frozen.score(&batch[2], 1, parts);
  for (int c = 0; c < kClasses; ++c) EXPECT_EQ(got[c], parts[c]);

  // clear() zeroes every score that score() changed, for slot weights, sparse rows and
  // dense rows alike, and leaves the others as they were.
  for (size_t f = 0; f < n_keys; ++f) {
    int32_t scores[kClasses + 1];
    std::fill(scores, scores + kClasses + 1, 0);
    const uint64_t two[2] = {sorted[f], 98765};
    in_place.score(two, 2, scores);
    in_place.clear(two, 2, scores);
    for (int c = 0; c <= kClasses; ++c) ASSERT_EQ(scores[c], 0) << f << " " << c;
    scores[kClasses] = 7;  // past the classes: never touched
    in_place.clear(two, 2, scores);
    EXPECT_EQ(scores[kClasses], 7);
  }
}

// The index puts the features with the most weights first (their slots
// filled before the others', so they sit where their hash points, and their
// rows at the front), and no row crosses a cache line it need not: a row
// shorter than a line lies within one, a longer one starts a line.
TEST(FrozenModelTest, IndexLaysOutRowsHotFirstAndWithinCacheLines) {
  constexpr int kClasses = 40;
  TrainableModel trainer(kClasses);
  std::mt19937_64 random(11);
  std::vector<uint64_t> keys(3000);
  for (uint64_t& k : keys) k = random() | 1;
  for (int step = 0; step < 20000; ++step) {
    // A few frequent features with many classes, a long tail of rare ones.
    const uint64_t k[2] = {keys[random() % 8], keys[random() % keys.size()]};
    trainer.update(k, 2, static_cast<int>(random() % kClasses), static_cast<int>(random() % 5));
    trainer.tick();
  }
  const FrozenModel frozen = trainer.freeze();
  const FrozenModel::Index index = frozen.index();
  constexpr uint16_t kDense = 0xFFFF;
  constexpr size_t kLine = 32;  // uint16 entries in 64 bytes
  size_t rows = 0, dense_rows = 0;
  for (size_t pos = 0; pos < index.n_rows;) {
    const uint16_t header = index.rows[pos];
    const size_t length = 1 + (header == kDense ? kClasses : 2 * size_t{header});
    if (header != 0) {  // zeros: gaps between rows
      ++rows;
      dense_rows += header == kDense;
      EXPECT_EQ(reinterpret_cast<uintptr_t>(index.rows) % 64, 0u);
      if (length < kLine)
        EXPECT_LE(pos % kLine + length, kLine) << pos;
      else
        EXPECT_EQ(pos % kLine, 0u) << pos;
    }
    pos += length;
  }
  EXPECT_GE(dense_rows, 8u);
  EXPECT_GT(rows, 100u);
  // The frequent features first: each in its home slot, its row in the first lines.
  for (size_t k = 0; k < 8; ++k) {
    const uint64_t slot = index.slots[keys[k] & index.mask];
    ASSERT_EQ(slot >> 32, keys[k] >> 32) << k;
    EXPECT_LT(static_cast<uint32_t>(slot) - 1, 8 * 2 * kLine) << k;
  }
}

TEST(FrozenModelTest, RejectsTruncatedWeights) {
  TrainableModel trainer(3);
  const uint64_t k[1] = {42};
  trainer.update(k, 1, 0, 1);
  trainer.tick();
  ByteWriter out;
  trainer.freeze().write(out);
  for (size_t cut = 0; cut < out.bytes().size(); ++cut) {
    FrozenModel model;
    ByteReader in(std::string_view(out.bytes()).substr(0, cut));
    EXPECT_FALSE(model.read(in)) << cut;
  }
}

TEST(ParseStateTest, KeyGroupsPartitionAllKeys) {
  ParseState state;
  state.init(4, 3);
  const std::vector<uint64_t> word = {1, 2, 3, 4, 5}, tag = {6, 7, 8, 9, 10};
  state.apply(0);
  state.apply(0);
  state.apply(1);  // LEFT: a state with arcs
  uint64_t all[kMaxKeys], part[kMaxKeys];
  const size_t n_all = state.keys(word, tag, all);
  std::vector<uint64_t> joined, expected(all, all + n_all);
  ParseState::GroupedKeys grouped;
  state.keys_by_group(word, tag, ParseState::kAllGroups, grouped);
  for (unsigned group = 1; group < ParseState::kAllGroups; group <<= 1) {
    const size_t n = state.keys(word, tag, part, group);
    EXPECT_GT(n, 0u) << group;
    const size_t g = static_cast<size_t>(__builtin_ctz(group));
    EXPECT_EQ(std::vector<uint64_t>(part, part + n),
              std::vector<uint64_t>(grouped.keys[g], grouped.keys[g] + grouped.count[g]));
    joined.insert(joined.end(), part, part + n);
  }
  std::sort(joined.begin(), joined.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(joined, expected);
}

TEST(FrozenModelTest, ScoringIntoSeveralTargetsAddsTheSameWeights) {
  TrainableModel trainer(4);
  const uint64_t keys[5] = {11, 12, 13, 14, 15};
  for (int round = 0; round < 3; ++round) {
    trainer.update(keys, 3, 0, 1);
    trainer.update(keys + 2, 3, 2, 3);
    trainer.tick();
  }
  const FrozenModel model = trainer.freeze();
  int32_t whole[4] = {}, first[4] = {}, second[4] = {};
  model.score(keys, 5, whole);
  const FrozenModel::Target targets[2] = {{keys, 2, first}, {keys + 2, 3, second}};
  model.score(targets, 2);
  for (int c = 0; c < 4; ++c) EXPECT_EQ(whole[c], first[c] + second[c]) << c;
}

// The per-key sums a serialized FrozenModel holds, read from its arrays.
std::vector<std::pair<uint64_t, std::vector<int32_t>>> plain_rows(const std::string& bytes) {
  ByteReader raw(bytes);
  uint32_t n_classes = 0;
  float scale = 0;
  uint64_t n_keys = 0, n_entries = 0;
  EXPECT_TRUE(raw.u32(n_classes) && raw.f32(scale) && raw.u64(n_keys) && raw.u64(n_entries));
  std::vector<uint64_t> sorted(n_keys);
  std::vector<uint16_t> counts(n_keys), classes(n_entries), weights(n_entries);
  EXPECT_TRUE(raw.array(sorted, n_keys) && raw.array(counts, n_keys) &&
              raw.array(classes, n_entries) && raw.array(weights, n_entries));
  for (size_t f = 1; f < n_keys; ++f) sorted[f] += sorted[f - 1];
  std::vector<std::pair<uint64_t, std::vector<int32_t>>> out;
  size_t entry = 0;
  for (size_t f = 0; f < n_keys; ++f) {
    std::vector<int32_t> row(n_classes, 0);
    for (uint16_t j = 0; j < counts[f]; ++j, ++entry)
      row[classes[entry]] += static_cast<int16_t>(weights[entry]);
    out.emplace_back(sorted[f], std::move(row));
  }
  return out;
}

// Dense rows are summed in registers, 16 classes a block, for up to 128
// classes (more take a plain loop): every class count around the block sizes
// must give the plain sums, with several targets of many dense rows in one
// call, and leave the scores past the last class alone.
TEST(FrozenModelTest, DenseRowsSumLikeThePlainSumForEveryClassCount) {
  for (int n_classes : {2, 3, 7, 8, 15, 16, 17, 33, 101, 127, 128, 129, 200}) {
    TrainableModel trainer(n_classes);
    std::mt19937_64 random(static_cast<uint64_t>(n_classes));
    std::vector<uint64_t> keys(40);
    for (uint64_t& k : keys) k = random() | 1;
    for (int step = 0; step < 60 * n_classes; ++step) {
      const uint64_t k[3] = {keys[random() % 8], keys[random() % keys.size()], keys[step % 8]};
      const int truth = static_cast<int>(random() % n_classes);
      trainer.update(k, 3, truth, static_cast<int>(random() % n_classes));
      if (step % 3 == 0) trainer.tick();
    }
    ByteWriter out;
    trainer.freeze().write(out);
    FrozenModel model;
    ByteReader in(out.bytes());
    ASSERT_TRUE(model.read(in));
    const auto rows = plain_rows(out.bytes());
    size_t dense = 0;
    for (const auto& [key, row] : rows)
      dense += 4 * static_cast<size_t>(
                       std::count_if(row.begin(), row.end(), [](int32_t w) { return w != 0; })) >=
               static_cast<size_t>(n_classes);
    EXPECT_GE(dense, 8u) << n_classes;
    // Three targets of random keys (repeats and unknown keys among them).
    constexpr int kTargets = 3;
    std::vector<uint64_t> batch[kTargets];
    std::vector<int32_t> expected[kTargets], got[kTargets];
    FrozenModel::Target targets[kTargets];
    for (int t = 0; t < kTargets; ++t) {
      expected[t].assign(n_classes, 0);
      got[t].assign(n_classes + 1, 0);
      got[t][n_classes] = 99;  // past the classes
      for (int i = 0; i < 30; ++i) {
        if (random() % 10 == 0) {
          batch[t].push_back(random() | 1);  // most likely unknown
          for (const auto& [key, row] : rows)
            if (key == batch[t].back())
              for (int c = 0; c < n_classes; ++c) expected[t][c] += row[c];
          continue;
        }
        const auto& [key, row] = rows[random() % rows.size()];
        batch[t].push_back(key);
        for (int c = 0; c < n_classes; ++c) expected[t][c] += row[c];
      }
      targets[t] = {batch[t].data(), batch[t].size(), got[t].data()};
    }
    model.score(targets, kTargets);
    for (int t = 0; t < kTargets; ++t) {
      EXPECT_EQ(got[t][n_classes], 99) << n_classes;
      got[t].pop_back();
      EXPECT_EQ(got[t], expected[t]) << n_classes << " target " << t;
    }
  }
}

// A caller that knows the arrays passed the checks before (a verdict on the
// same bytes) skips them: a bad slot is then taken as it is, and refused
// otherwise.
TEST(FrozenModelTest, AdoptedIndexSkipsTheChecksOnlyWhenCheckedBefore) {
  TrainableModel trainer(5);
  const uint64_t keys[4] = {21, 22, 23, 24};
  for (int round = 0; round < 4; ++round) {
    trainer.update(keys, 4, round % 5, (round + 2) % 5);
    trainer.tick();
  }
  const FrozenModel built = trainer.freeze();
  FrozenModel::Index index = built.index();
  std::vector<uint64_t> slots(index.slots, index.slots + index.n_slots);
  std::vector<uint16_t> rows(index.rows, index.rows + index.n_rows);
  rows.resize(index.n_rows + FrozenModel::kRowPadding, 0);
  index.slots = slots.data();
  index.rows = rows.data();
  FrozenModel good;
  ASSERT_TRUE(good.adopt_index(index));
  const auto used = std::find_if(slots.begin(), slots.end(), [](uint64_t s) { return s != 0; });
  ASSERT_NE(used, slots.end());
  *used = (*used & ~uint64_t{0xFFFFFFFF}) | (index.n_rows + 5);  // a row past the array
  FrozenModel checked, trusted;
  EXPECT_FALSE(checked.adopt_index(index));
  EXPECT_TRUE(trusted.adopt_index(index, /*checked_before=*/true));
  index.n_slots = 3;  // the shape is still checked
  EXPECT_FALSE(trusted.adopt_index(index, true));
}

}  // namespace
}  // namespace eventwire::syntax_internal
