// Accuracy floors of the committed models on the first sentences of the EWT
// dev set: catch a broken model file or a feature-extraction change that no
// longer matches the trained weights. Quick: a few hundred sentences.
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

// Scores of the committed model `name` on the first 400 EWT dev sentences;
// empty when the shared data is absent.
SyntaxScores dev_scores(const std::string& name) {
  const std::string dev =
      std::string(EVENTWIRE_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev)) return {};
  auto model =
      SyntaxModel::load(std::string(EVENTWIRE_TEST_MODELS_DIR) + "/syntax/" + name + ".ewm");
  EXPECT_TRUE(model.is_ok()) << model.status().to_string();
  if (!model) return {};
  auto gold = read_conllu_file(dev);
  EXPECT_TRUE(gold.is_ok()) << gold.status().to_string();
  if (!gold) return {};
  gold->resize(std::min<size_t>(gold->size(), 400));
  return syntax_internal::score_gold_tokens(
      *gold, [&](Sentence& s) { EXPECT_TRUE((*model)->annotate(s).is_ok()); });
}

TEST(SyntaxDevFloorTest, FastModelOnEwtDev) {
  const SyntaxScores scores = dev_scores("fast");
  if (scores.empty()) GTEST_SKIP() << "no shared data under " << EVENTWIRE_SHARED_DIR;
  // Floors sit about one point under the measured 95.8 / 95.3 / 96.0 / 97.3 / 84.5 / 81.6.
  EXPECT_GE(metric(scores, "UPOS"), 94.5);
  EXPECT_GE(metric(scores, "XPOS"), 94.0);
  EXPECT_GE(metric(scores, "UFeats"), 95.0);
  EXPECT_GE(metric(scores, "Lemma"), 96.5);
  EXPECT_GE(metric(scores, "UAS"), 82.5);
  EXPECT_GE(metric(scores, "LAS"), 79.5);
}

TEST(SyntaxDevFloorTest, AccurateModelOnEwtDev) {
  const SyntaxScores scores = dev_scores("accurate");
  if (scores.empty()) GTEST_SKIP() << "no shared data under " << EVENTWIRE_SHARED_DIR;
  // Floors sit about one point under the measured 95.6 / 95.1 / 95.9 / 97.3 / 85.5 / 82.6.
  EXPECT_GE(metric(scores, "UPOS"), 94.5);
  EXPECT_GE(metric(scores, "XPOS"), 94.0);
  EXPECT_GE(metric(scores, "UFeats"), 95.0);
  EXPECT_GE(metric(scores, "Lemma"), 96.3);
  EXPECT_GE(metric(scores, "UAS"), 84.5);
  EXPECT_GE(metric(scores, "LAS"), 81.5);
}

}  // namespace
}  // namespace eventwire
