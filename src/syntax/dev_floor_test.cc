// Accuracy floor of the committed fast model on the first sentences of the
// EWT dev set: catches a broken model file or a feature-extraction change that
// no longer matches the trained weights. Quick: a few hundred sentences.
#include <gtest/gtest.h>

#include <filesystem>

#include "eventwire/conllu.h"
#include "eventwire/syntax.h"
#include "syntax/evaluation.h"

namespace eventwire {
namespace {

double metric(const SyntaxScores& scores, const std::string& name) {
  for (const auto& [k, v] : scores)
    if (k == name) return v;
  return -1;
}

TEST(SyntaxDevFloorTest, FastModelOnEwtDev) {
  const std::string dev =
      std::string(EVENTWIRE_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << "no shared data (" << dev << ")";
  auto model = SyntaxModel::load(std::string(EVENTWIRE_TEST_MODELS_DIR) + "/syntax/fast.ewm");
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  auto gold = read_conllu_file(dev);
  ASSERT_TRUE(gold.is_ok()) << gold.status().to_string();
  gold->resize(std::min<size_t>(gold->size(), 400));
  const SyntaxScores scores = syntax_internal::score_gold_tokens(
      *gold, [&](Sentence& s) { ASSERT_TRUE((*model)->annotate(s).is_ok()); });
  // Floors sit about one point under the measured 95.5 / 95.1 / 96.1 / 97.5 / 83.8 / 80.7.
  EXPECT_GE(metric(scores, "UPOS"), 94.5);
  EXPECT_GE(metric(scores, "XPOS"), 94.0);
  EXPECT_GE(metric(scores, "UFeats"), 95.0);
  EXPECT_GE(metric(scores, "Lemma"), 96.5);
  EXPECT_GE(metric(scores, "UAS"), 82.5);
  EXPECT_GE(metric(scores, "LAS"), 79.5);
}

}  // namespace
}  // namespace eventwire
