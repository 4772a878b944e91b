// Training plumbing of the event scorer: the labels file, the join key, the
// held-apart split and the weights file (tests never train on real data).
#include "events/event_scorer_train.h"

#include <gtest/gtest.h>

#include <cmath>

#include "events/event_scorer.h"

namespace eventwire {
namespace {

constexpr const char* kLabels =
    "# comment\n"
    "doc-a\t12\t190\tARNMIL\t-\tright\t-\n"
    "doc-a\t40\t040\tARN\tGON\tpartly\tactor\n"
    "doc-b\t7\t141\t---CVL\t-\twrong\tsense\r\n";

TEST(EventScorerTrain, ParsesLabels) {
  auto labels = events::parse_scorer_labels(kLabels);
  ASSERT_TRUE(static_cast<bool>(labels)) << labels.status().message();
  ASSERT_EQ(labels->by_key.size(), 3u);
  EXPECT_EQ(labels->by_key.at("doc-a|12|190|ARNMIL|-").verdict, "right");
  EXPECT_EQ(labels->by_key.at("doc-a|40|040|ARN|GON").reason, "actor");
  EXPECT_EQ(labels->by_key.at("doc-b|7|141|---CVL|-").verdict, "wrong");
}

TEST(EventScorerTrain, RejectsBadLines) {
  const char* bad[] = {
      "doc\t12\t190\tA\t-\tright\n",                                       // six fields
      "doc\tx\t190\tA\t-\tright\t-\n",                                     // offset
      "doc\t12\t190\tA\t-\tmaybe\t-\n",                                    // label
      "doc\t12\t190\tA\t-\twrong\tactor\n",                                // reason of a partly
      "doc\t12\t190\tA\t-\tright\t-\ndoc\t12\t190\tA\t-\twrong\tsense\n",  // judged twice
  };
  for (const char* text : bad) {
    auto labels = events::parse_scorer_labels(text);
    EXPECT_FALSE(static_cast<bool>(labels)) << text;
    if (!labels) {
      EXPECT_NE(labels.status().message().find("labels line"), std::string::npos);
    }
  }
}

TEST(EventScorerTrain, KeyOfAnEvent) {
  Event e;
  e.start = 31;
  e.code = "0332";
  e.source = EventArgument{};
  e.source->actor_code = "IRNMIL";
  EXPECT_EQ(events::scorer_event_key("doc-a", e), "doc-a|31|0332|IRNMIL|-");
  e.target = EventArgument{};  // a target phrase without a code
  EXPECT_EQ(events::scorer_event_key("doc-a", e), "doc-a|31|0332|IRNMIL|-");
}

TEST(EventScorerTrain, HeldApartIsFnvModThree) {
  int held = 0;
  for (int i = 0; i < 300; ++i) held += events::scorer_held_apart("doc-" + std::to_string(i));
  EXPECT_GT(held, 70);
  EXPECT_LT(held, 130);
}

TEST(EventScorerTrain, WeightsFileParsesBack) {
  auto labels = events::parse_scorer_labels(kLabels);
  ASSERT_TRUE(static_cast<bool>(labels));
  events::ScorerModel model;
  model.weights = {{"bias", -0.5}, {"src.coded", 1.25}, {"w:lemma=meet", -0.0625}};
  model.threshold = 0.15;
  model.train_events = 2;
  model.train_right = 1;
  std::string file = events::scorer_weights_file(model, *labels, {});
  EXPECT_EQ(file, events::scorer_weights_file(model, *labels, {}));       // deterministic
  EXPECT_LT(file.find("src.coded\t1.2500"), file.find("bias\t-0.5000"));  // largest first
  auto scorer = events::EventScorer::parse(file);
  ASSERT_TRUE(static_cast<bool>(scorer)) << scorer.status().message();
  EXPECT_EQ(scorer->size(), 3u);
  EXPECT_DOUBLE_EQ(scorer->threshold(), 0.15);
  EXPECT_NEAR(scorer->probability({{"bias", 1}, {"src.coded", 1}}), 1 / (1 + std::exp(-0.75)),
              1e-9);
}

// The committed labels parse (no duplicate key, no unknown label or reason)
// and a partly right event always says what is wrong with it.
TEST(EventScorerTrain, CommittedLabelsParse) {
  auto labels = events::read_scorer_labels(std::string(EVENTWIRE_SOURCE_DIR) +
                                           "/data/training/event-scorer/labels.tsv");
  ASSERT_TRUE(static_cast<bool>(labels)) << labels.status().message();
  EXPECT_GE(labels->by_key.size(), 2678u);
  for (const auto& [key, label] : labels->by_key)
    EXPECT_EQ(label.reason == "-", label.verdict == "right") << key;
}

}  // namespace
}  // namespace eventwire
