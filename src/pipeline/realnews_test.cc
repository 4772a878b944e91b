// The real-news dev records of ../shared/data/events/realnews through the
// whole pipeline: every record is coded (none rejected, no crash) and the
// figures stay above floors well under what `eventwire eval events` measures
// (docs/events.md), so a change that breaks argument finding shows here.
// Read from ../shared at test time; skipped when it or the models are absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "eventwire/eval.h"
#include "eventwire/pipeline.h"

namespace eventwire {
namespace {

TEST(RealNews, EveryRecordIsCodedAndRecallHolds) {
  std::string dir = std::string(EVENTWIRE_SHARED_DIR) + "/data/events/realnews";
  if (!std::filesystem::exists(dir + "/conflibert.jsonl"))
    GTEST_SKIP() << "../shared is absent: " << dir;
  PipelineOptions options;
  options.syntax = options.entities = options.time = options.geo = options.events = options.quotes =
      true;
  auto pipeline = Pipeline::create(options);
  if (!pipeline) GTEST_SKIP() << "models or gazetteer missing: " << pipeline.status().message();
  EventGoldEvalOptions eval;
  eval.threads = 2;
  for (const char* file : {"conflibert.jsonl", "re3d.jsonl", "case2021.jsonl"})
    eval.gold_files.push_back(dir + "/" + file);
  auto report = evaluate_event_gold(**pipeline, eval);
  ASSERT_TRUE(report) << report.status().to_string();
  EXPECT_EQ(report->rejected, 0u);
  EXPECT_EQ(report->overall.items, 771u + 28u + 491u);
  EXPECT_GT(report->overall.type_recall(), 55.0);
  EXPECT_GT(report->overall.dyad_recall(), 38.0);
}

}  // namespace
}  // namespace eventwire
