#include <gtest/gtest.h>

#include "syntax/evaluation.h"
#include "syntax/parser.h"
#include "syntax/word_features.h"

namespace eventwire::syntax_internal {
namespace {

TEST(EditScriptTest, RoundTripsCommonCases) {
  const std::pair<const char*, const char*> cases[] = {
      {"running", "run"}, {"The", "the"},    {"Geneva", "Geneva"},
      {"went", "go"},     {"mice", "mouse"}, {"studies", "study"},
      {"I", "I"},         {"n't", "not"},    {"Cafés", "Café"}};
  for (const auto& [form, lemma] : cases) {
    const std::string script = make_edit_script(form, lemma);
    std::string out;
    ASSERT_TRUE(apply_edit_script(form, script, out)) << form << " " << script;
    EXPECT_EQ(out, lemma) << form << " " << script;
  }
  std::string out;
  EXPECT_FALSE(apply_edit_script("is", "k5|be", out));  // strips more than the form has
  EXPECT_FALSE(apply_edit_script("is", "garbage", out));
}

TEST(ParserTest, ProjectivizeLiftsCrossingArcs) {
  // 1 <- 3, 2 -> 4 crosses 3's arc to 1; 3 is the root.
  std::vector<int> heads = {-1, 3, 3, 0, 1};
  projectivize(heads);
  for (int d = 1; d < 5; ++d)
    for (int e = 1; e < 5; ++e) {
      const int a1 = std::min(d, heads[d]), b1 = std::max(d, heads[d]);
      const int a2 = std::min(e, heads[e]), b2 = std::max(e, heads[e]);
      if (heads[d] == 0 || heads[e] == 0) continue;
      EXPECT_FALSE(a1 < a2 && a2 < b1 && b1 < b2) << d << " and " << e << " cross";
    }
}

TEST(ParserTest, StaticOracleReachesTheGoldTree) {
  // The 0-cost path of the dynamic oracle rebuilds a projective tree exactly.
  const std::vector<int> heads = {-1, 2, 0, 4, 2, 2};
  const std::vector<int> labels = {-1, 0, 1, 0, 2, 3};
  ParseState state;
  state.init(5, 4);
  std::vector<int> costs;
  while (!state.terminal()) {
    state.all_costs(heads, labels, costs);
    int best = -1;
    for (int t = 0; t < state.n_transitions(); ++t)
      if (costs[t] == 0) {
        best = t;
        break;
      }
    ASSERT_GE(best, 0);
    state.apply(best);
  }
  for (int i = 1; i <= 5; ++i) {
    EXPECT_EQ(state.heads()[i], heads[i]);
    EXPECT_EQ(state.labels()[i], labels[i]);
  }
}

TEST(EvaluationTest, ReadsFeatureValues) {
  EXPECT_EQ(feature_value("Mood=Ind|Number=Sing|Tense=Past", "Number"), "Sing");
  EXPECT_EQ(feature_value("Mood=Ind|Number=Sing|Tense=Past", "Tense"), "Past");
  EXPECT_EQ(feature_value("Mood=Ind", "Voice"), "");
  EXPECT_EQ(feature_value("", "Voice"), "");
}

}  // namespace
}  // namespace eventwire::syntax_internal
