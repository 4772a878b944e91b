// Ingest: idempotence on the bundled examples, and crash consistency (a
// writer killed with SIGKILL mid-ingest, then resumed).
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "eventwire/archive.h"
#include "store/test_db.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;

// Removed however the test ends (the forked writer leaves with _exit, so it never runs this).
struct TempDir {
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  fs::path path;
};

Result<IngestSummary> ingest_files(const std::string& db, const std::vector<std::string>& inputs,
                                   IngestOptions options) {
  auto store = Store::open(db);
  if (!store) return store.status();
  auto pipeline = Pipeline::create({});
  if (!pipeline) return pipeline.status();
  auto stream = ArticleStream::open(inputs, {});
  if (!stream) return stream.status();
  return ingest(**store, **stream, **pipeline, options, nullptr, nullptr);
}

std::string sql_text(const std::string& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr);
  std::string out;
  char* error = nullptr;
  int rc = sqlite3_exec(
      handle, sql.c_str(),
      [](void* into, int columns, char** values, char**) {
        for (int i = 0; i < columns; ++i)
          *static_cast<std::string*>(into) += values[i] ? values[i] : "NULL";
        return 0;
      },
      &out, &error);
  if (rc != SQLITE_OK) out = std::string("error: ") + (error ? error : "?");
  sqlite3_free(error);
  sqlite3_close(handle);
  return out;
}

TEST(Ingest, ExamplesTwiceIsIdempotent) {
  TempDir temp("eventwire_ingest_examples");
  const fs::path& dir = temp.path;
  std::string db = testing_db::fresh_archive(dir, "ingest_examples_twice");
  ASSERT_FALSE(db.empty()) << "psql could not make a database";
  std::string examples = std::string(EVENTWIRE_SOURCE_DIR) + "/examples";
  // Stored ids in order, and the article count, through the Store (either backend).
  auto stored_ids = [&] {
    std::vector<std::string> ids;
    auto store = Store::open(db);
    if (!store) return ids;
    (void)(*store)->for_each_document(64, false, [&](std::vector<Document>& docs) {
      for (const Document& d : docs) ids.push_back(d.article.id);
      return Status::ok();
    });
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  auto first = ingest_files(db, {examples}, {});
  ASSERT_TRUE(first) << first.status().to_string();
  EXPECT_EQ(first->read, first->stored + first->replaced + first->skipped + first->rejected);
  EXPECT_EQ(first->replaced, 0u);
  ASSERT_GT(first->stored, 0u);
  std::vector<std::string> ids = stored_ids();
  auto second = ingest_files(db, {examples}, {});
  ASSERT_TRUE(second);
  // The second run replaces every article (counted apart) and adds none.
  EXPECT_EQ(second->stored, 0u);
  EXPECT_EQ(second->replaced, first->stored);
  EXPECT_EQ(second->duplicate_ids, 0u);
  EXPECT_EQ(stored_ids(), ids);
  EXPECT_EQ(ids.size(), first->stored);
  // Resuming skips everything already there.
  IngestOptions resume;
  resume.skip_existing = true;
  auto third = ingest_files(db, {examples}, resume);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->skipped, first->stored);
  EXPECT_EQ(third->stored, 0u);
  auto store = Store::open(db);
  ASSERT_TRUE(store);
  auto hits = (*store)->search({"convoy", "", "", "", "", 10, 0});
  ASSERT_TRUE(hits);
  EXPECT_EQ(hits->size(), 1u);
  store->reset();
}

// Every annotation of the whole pipeline survives the trip through the
// archive: the stored document reads back as the same JSON, parses included.
TEST(Ingest, WholePipelineDocumentsReadBackUnchanged) {
  TempDir temp("eventwire_ingest_roundtrip");
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
  std::vector<Document> docs;
  run_batch(
      **stream, **pipeline, {}, [&](Document& doc) { docs.push_back(doc); }, nullptr);
  ASSERT_GE(docs.size(), 4u);
  std::string db = testing_db::fresh_archive(temp.path, "ingest_roundtrip");
  ASSERT_FALSE(db.empty()) << "psql could not make a database";
  auto store = Store::open(db);
  ASSERT_TRUE(store);
  JsonOptions everything;
  everything.tokens = everything.syntax = everything.analysis = true;
  size_t events = 0, quotes = 0, entities = 0;
  for (const Document& doc : docs) {
    ASSERT_TRUE((*store)->put(doc));
    auto back = (*store)->get(doc.article.id);
    ASSERT_TRUE(back) << back.status().to_string();
    EXPECT_EQ(document_to_json(*back, everything), document_to_json(doc, everything))
        << doc.article.id;
    events += doc.events.size(), quotes += doc.quotes.size(), entities += doc.entities.size();
  }
  EXPECT_GT(events, 0u);
  EXPECT_GT(quotes, 0u);
  EXPECT_GT(entities, 0u);
}

TEST(Ingest, KilledWriterLeavesAConsistentArchiveAndResumes) {
  if (testing_db::postgres())
    GTEST_SKIP() << "SQLite's integrity checks (the PostgreSQL kill test is in archive_cli)";
  TempDir temp("eventwire_ingest_crash");
  const fs::path& dir = temp.path;
  const int kArticles = 12000;
  {
    std::ofstream out(dir / "in.jsonl");
    for (int i = 0; i < kArticles; ++i)
      out << "{\"id\":\"c" << i << "\",\"date\":\"2020-01-" << (10 + i % 20)
          << "\",\"title\":\"Report number " << i
          << "\",\"text\":\"Officials met on Monday in the capital. Talks went on for " << i
          << " hours.\\n\\nA second paragraph says little.\"}\n";
  }
  std::string db = (dir / "a.db").string();
  std::string input = (dir / "in.jsonl").string();
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    IngestOptions options;
    options.commit_every = 25;
    auto summary = ingest_files(db, {input}, options);
    _exit(summary ? 0 : 1);
  }
  // Kill the writer once a few batches are in.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  bool killed = false;
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
    auto reader = Store::open(db, [] {
      StoreOptions o;
      o.read_only = true;
      o.busy_timeout_ms = 100;
      return o;
    }());
    if (!reader) continue;
    auto st = (*reader)->stats();
    if (st && st->articles >= 300) {
      kill(child, SIGKILL);
      killed = true;
      break;
    }
  }
  int wstatus = 0;
  waitpid(child, &wstatus, 0);
  ASSERT_TRUE(killed) << "the writer never got going";
  if (WIFEXITED(wstatus)) GTEST_SKIP() << "the writer finished before it could be killed";
  EXPECT_EQ(sql_text(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(sql_text(db, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"), "");
  int64_t survived = std::stoll(sql_text(db, "SELECT count(*) FROM articles"));
  EXPECT_GT(survived, 0);
  EXPECT_LT(survived, kArticles);
  // Every surviving article is whole: its sentences are all there.
  EXPECT_EQ(sql_text(db, "SELECT count(*) FROM articles WHERE sentences <> 4"), "0");

  IngestOptions resume;
  resume.skip_existing = true;
  auto summary = ingest_files(db, {input}, resume);
  ASSERT_TRUE(summary) << summary.status().to_string();
  EXPECT_EQ(summary->read, static_cast<uint64_t>(kArticles));
  EXPECT_EQ(summary->skipped, static_cast<uint64_t>(survived));
  EXPECT_EQ(summary->stored, static_cast<uint64_t>(kArticles - survived));
  EXPECT_EQ(sql_text(db, "SELECT count(*) || ' ' || count(DISTINCT id) FROM articles"),
            std::to_string(kArticles) + " " + std::to_string(kArticles));
  EXPECT_EQ(sql_text(db, "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"), "");
  auto store = Store::open(db);
  ASSERT_TRUE(store);
  auto hits = (*store)->search({"\"report number 1234\"", "", "", "", "", 10, 0});
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].id, "c1234");
  store->reset();
}

}  // namespace
}  // namespace eventwire
