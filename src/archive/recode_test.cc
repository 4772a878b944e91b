// recode(): the store half with a stand-in coder, and the pipeline's own
// re-coding (Pipeline::recode) over ingested examples.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "eventwire/archive.h"
#include "store/test_db.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;

// A query with some fields set (designated initializers warn under -Wextra).
template <typename Q, typename F>
Q with(F set) {
  Q q;
  set(q);
  return q;
}

class RecodeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("eventwire_recode_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
            std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::string db = testing_db::fresh_archive(
        dir_, ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_FALSE(db.empty()) << "psql could not make a database";
    auto store = Store::open(db);
    ASSERT_TRUE(store) << store.status().to_string();
    store_ = std::move(*store);
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void fill(uint64_t n) {
    SyntheticOptions options;
    options.articles = n;
    ASSERT_TRUE(write_synthetic_archive(*store_, options, nullptr));
  }
  fs::path dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(RecodeTest, ReplacesEventsAndKeepsParses) {
  fill(50);
  auto before = store_->get("syn-00000004");
  ASSERT_TRUE(before);
  // A stand-in coder: one event per sentence, "010" from its first token to its second.
  DocumentCoder coder = [](Document& doc) -> Status {
    if (doc.article.id == "syn-00000009") return Status::internal("stand-in refuses this one");
    EXPECT_FALSE(doc.events.empty());  // the coder sees the old events
    doc.events.clear();
    if (!doc.entities.empty()) doc.entities[0].actor_code = "ZZZ";
    for (const Sentence& s : doc.sentences) {
      Event e;
      e.id = "V" + std::to_string(doc.events.size() + 1);
      e.sentence = s.id, e.start = s.tokens[0].start, e.end = s.tokens[0].end;
      e.code = "010", e.root_code = "01";
      EventArgument source;
      source.mention.start = s.tokens[0].start, source.mention.end = s.tokens[0].end;
      source.mention.text = s.tokens[0].text, source.mention.sentence = s.id;
      source.actor_code = "XXX";
      e.source = std::move(source);
      doc.events.push_back(e);
    }
    return Status::ok();
  };
  std::vector<std::string> failures;
  auto summary = recode(*store_, coder, 2,
                        [&](const std::string& id, const Status&) { failures.push_back(id); });
  ASSERT_TRUE(summary) << summary.status().to_string();
  EXPECT_EQ(summary->documents, 50u);
  EXPECT_EQ(summary->failed, 1u);
  EXPECT_EQ(failures, std::vector<std::string>{"syn-00000009"});
  auto after = store_->get("syn-00000004");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->events.size(), after->sentences.size());
  EXPECT_EQ(after->entities.size(), before->entities.size());
  ASSERT_EQ(after->sentences.size(), before->sentences.size());
  EXPECT_EQ(after->sentences[2].tokens.size(), before->sentences[2].tokens.size());
  auto rows = store_->events(with<EventQuery>([&](EventQuery& q) {
    q.code = "010";
    q.article = "syn-00000004";
  }));
  ASSERT_TRUE(rows);
  EXPECT_EQ(rows->size(), after->sentences.size());
  // Changed actor codes reach the blob and the entities table.
  ASSERT_FALSE(after->entities.empty());
  EXPECT_EQ(after->entities[0].actor_code, "ZZZ");
  auto recoded = store_->actors("ZZZ", 100);
  ASSERT_TRUE(recoded);
  ASSERT_EQ(recoded->size(), 1u);
  EXPECT_GE((*recoded)[0].entities, 40);  // one per document, the refused one excepted
  // The refused document keeps its old events.
  auto kept = store_->events(with<EventQuery>([&](EventQuery& q) { q.article = "syn-00000009"; }));
  ASSERT_TRUE(kept);
  ASSERT_FALSE(kept->empty());
  EXPECT_NE((*kept)[0].event.code, "010");
}

// With the dictionaries of ingest, the pipeline's re-coding gives back the
// ingested events exactly (ids, codes, actors, dates, places, reporters) and
// the same provenance.
TEST_F(RecodeTest, PipelineRecodeWithUnchangedDictionariesReproducesEvents) {
  PipelineOptions options;
  options.syntax = options.entities = options.time = options.geo = options.quotes = options.events =
      true;
  auto pipeline = Pipeline::create(options);
  if (!pipeline) {  // the gazetteer is built by scripts/setup; without it, everything else
    options.geo = false;
    pipeline = Pipeline::create(options);
  }
  ASSERT_TRUE(pipeline) << pipeline.status().to_string();
  auto stream = ArticleStream::open({std::string(EVENTWIRE_SOURCE_DIR) + "/examples"}, {});
  ASSERT_TRUE(stream);
  auto ingested = ingest(*store_, **stream, **pipeline, {}, nullptr, nullptr);
  ASSERT_TRUE(ingested) << ingested.status().to_string();
  ASSERT_GE(ingested->stored, 4u);
  JsonOptions json;
  json.analysis = true;
  std::vector<std::string> before;
  ASSERT_TRUE(store_->for_each_document(16, false, [&](std::vector<Document>& docs) {
    for (const Document& d : docs) before.push_back(document_to_json(d, json));
    return Status::ok();
  }));
  auto summary = recode(*store_, **pipeline, 2, nullptr);
  ASSERT_TRUE(summary) << summary.status().to_string();
  EXPECT_EQ(summary->documents, before.size());
  EXPECT_EQ(summary->failed, 0u);
  EXPECT_GT(summary->events_after, 0u);
  EXPECT_EQ(summary->events_after, summary->events_before);
  std::vector<std::string> after;
  ASSERT_TRUE(store_->for_each_document(16, false, [&](std::vector<Document>& docs) {
    for (const Document& d : docs) after.push_back(document_to_json(d, json));
    return Status::ok();
  }));
  EXPECT_EQ(after, before);
}

TEST_F(RecodeTest, PipelineWithoutEventsOrParsesIsRefused) {
  auto segment_only = Pipeline::create({});
  ASSERT_TRUE(segment_only);
  Document doc;
  doc.article.text = "Officials met.";
  EXPECT_EQ((*segment_only)->recode(doc).code(), Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace eventwire
