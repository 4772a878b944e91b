#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eventwire/pipeline.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;

TEST(Batch, CountsAddUpAndOrderIsKeptWithThreads) {
  fs::path dir = fs::temp_directory_path() / "eventwire_batch_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "in.jsonl");
    for (int i = 0; i < 1000; ++i) {
      if (i % 7 == 3)
        out << "{broken\n";
      else
        out << "{\"id\":\"n" << i << "\",\"date\":\"2020-01-01\",\"text\":\"Sentence " << i
            << ". Another one.\"}\n";
    }
  }
  PipelineOptions rules;
  rules.rule_sentence_splitter = true;  // the count check below relies on the rule splitter
  auto pipeline = Pipeline::create(rules);
  ASSERT_TRUE(pipeline);
  for (int threads : {1, 2, 4}) {
    auto stream = ArticleStream::open({(dir / "in.jsonl").string()}, {});
    ASSERT_TRUE(stream);
    BatchOptions options;
    options.threads = threads;
    options.batch_size = 64;
    std::vector<std::string> ids;
    uint64_t errors = 0;
    BatchSummary summary = run_batch(
        **stream, **pipeline, options, [&](Document& doc) { ids.push_back(doc.article.id); },
        [&](const ReadError&) { ++errors; });
    EXPECT_EQ(summary.read, 1000u);
    EXPECT_EQ(summary.read, summary.coded + summary.rejected);
    EXPECT_EQ(summary.rejected, errors);
    EXPECT_EQ(summary.sentences, 2 * summary.coded);
    for (size_t k = 1; k < ids.size(); ++k)
      EXPECT_LT(std::stoi(ids[k - 1].substr(1)), std::stoi(ids[k].substr(1)));
  }
  fs::remove_all(dir);
}

TEST(Batch, StrictStopsAtTheFirstError) {
  fs::path dir = fs::temp_directory_path() / "eventwire_batch_strict";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "in.jsonl") << "{\"date\":\"2020-01-01\",\"text\":\"A.\"}\n{bad\n{\"date\":"
                                     "\"2020-01-01\",\"text\":\"B.\"}\n";
  auto pipeline = Pipeline::create({});
  auto stream = ArticleStream::open({(dir / "in.jsonl").string()}, {});
  BatchOptions options;
  options.strict = true;
  BatchSummary summary = run_batch(
      **stream, **pipeline, options, [](Document&) {}, [](const ReadError&) {});
  EXPECT_TRUE(summary.stopped_early);
  EXPECT_EQ(summary.read, 2u);
  EXPECT_EQ(summary.coded, 1u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace eventwire
