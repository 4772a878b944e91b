#include "syntax/linear_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

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

TEST(ParseStateTest, BufferAndStackKeysPartitionAllKeys) {
  ParseState state;
  state.init(4, 3);
  const std::vector<uint64_t> word = {1, 2, 3, 4, 5}, tag = {6, 7, 8, 9, 10};
  state.apply(0);
  state.apply(0);
  state.apply(1);  // LEFT: a state with arcs
  uint64_t all[kMaxKeys], buffer[kMaxKeys], stack[kMaxKeys];
  const size_t n_all = state.keys(word, tag, all);
  const size_t n_buffer = state.keys(word, tag, buffer, ParseState::KeySet::kBuffer);
  const size_t n_stack = state.keys(word, tag, stack, ParseState::KeySet::kStack);
  ASSERT_EQ(n_all, n_buffer + n_stack);
  std::vector<uint64_t> joined(buffer, buffer + n_buffer), expected(all, all + n_all);
  joined.insert(joined.end(), stack, stack + n_stack);
  std::sort(joined.begin(), joined.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(joined, expected);
}

}  // namespace
}  // namespace eventwire::syntax_internal
