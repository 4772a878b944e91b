// Scoring events against gold records: type by root or QuadClass, dyads by
// span overlap, statements as class 0, untyped items as negatives.
#include <gtest/gtest.h>

#include "eventwire/eval.h"

namespace eventwire {
namespace {

Event make_event(const std::string& code, int quad, uint32_t source_start, uint32_t source_end,
                 uint32_t target_start, uint32_t target_end) {
  Event e;
  e.code = code;
  e.root_code = code.substr(0, 2);
  e.quad_class = quad;
  e.source = EventArgument{};
  e.source->mention.start = source_start, e.source->mention.end = source_end;
  e.target = EventArgument{};
  e.target->mention.start = target_start, e.target->mention.end = target_end;
  return e;
}

TEST(EventGold, ParsesRootsQuadsAndSpans) {
  auto gold = parse_gold_events(
      R"([{"quad": 4, "root": "19", "alt_roots": ["18"], "relation": "FightingAgainst",
           "source": {"start": 0, "end": 5}, "target": {"start": 10, "end": 15},
           "target_alt": [{"start": 20, "end": 25}]},
          {"quad": null, "root": null, "source": null, "target": null}])");
  ASSERT_TRUE(gold);
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].roots, (std::vector<std::string>{"19", "18"}));
  EXPECT_EQ((*gold)[0].targets.size(), 2u);
  EXPECT_EQ((*gold)[0].label, "FightingAgainst");
  EXPECT_FALSE((*gold)[1].typed());
  EXPECT_FALSE(parse_gold_events("{"));
}

TEST(EventGold, TypeAndDyadRecall) {
  auto gold = parse_gold_events(
      R"([{"quad": 4, "source": {"start": 0, "end": 5}, "target": {"start": 10, "end": 15}}])");
  ASSERT_TRUE(gold);
  Event right = make_event("190", 4, 0, 5, 12, 14);
  Event reversed = make_event("190", 4, 10, 15, 0, 5);
  Event other = make_event("040", 1, 0, 5, 10, 15);
  EventGoldCounts counts;
  score_event_item(*gold, {&other}, counts, nullptr);
  EXPECT_EQ(counts.type_found, 0u);
  score_event_item(*gold, {&reversed}, counts, nullptr);
  EXPECT_EQ(counts.type_found, 1u);
  EXPECT_EQ(counts.dyad_found, 0u);
  EXPECT_EQ(counts.dyad_either, 1u);
  score_event_item(*gold, {&right, &other}, counts, nullptr);
  EXPECT_EQ(counts.gold, 3u);
  EXPECT_EQ(counts.dyad_found, 1u);
  EXPECT_EQ(counts.single_extra, 1u);
  EXPECT_EQ(counts.items_with_event, 3u);
}

TEST(EventGold, StatementsAreClassZeroAndUntypedAreNegatives) {
  auto statement = parse_gold_events(R"([{"quad": 0}])");
  Event said = make_event("010", 1, 0, 1, 2, 3);
  EventGoldCounts counts;
  score_event_item(*statement, {&said}, counts, nullptr);
  EXPECT_EQ(counts.type_found, 1u);
  EXPECT_EQ(event_gold_quad(said), 0);
  auto untyped = parse_gold_events(R"([{"quad": null, "root": null}])");
  score_event_item(*untyped, {&said}, counts, nullptr);
  EXPECT_EQ(counts.negative_items, 1u);
  EXPECT_EQ(counts.negative_events, 1u);
  EXPECT_EQ(counts.gold, 1u);
}

TEST(EventGold, PentaclassMovesSanctionsInvestigationsAndProtests) {
  Event sanction = make_event("163", 4, 0, 1, 2, 3);
  Event investigate = make_event("090", 2, 0, 1, 2, 3);
  Event protest = make_event("141", 3, 0, 1, 2, 3);
  Event yield = make_event("081", 2, 0, 1, 2, 3);
  EXPECT_EQ(event_gold_quad(sanction), 3);
  EXPECT_EQ(event_gold_quad(investigate), 3);
  EXPECT_EQ(event_gold_quad(protest), 4);
  EXPECT_EQ(event_gold_quad(yield), 2);
  EXPECT_EQ(event_gold_quad(sanction, QuadScheme::kCameo), 4);
  EXPECT_EQ(event_gold_quad(protest, QuadScheme::kCameo), 3);
}

}  // namespace
}  // namespace eventwire
