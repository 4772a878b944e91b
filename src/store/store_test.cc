#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "eventwire/io.h"
#include "eventwire/store.h"
#include "store/codec.h"
#include "store/test_db.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("eventwire_store_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A query with some fields set (designated initializers warn under -Wextra).
template <typename Q, typename F>
Q with(F set) {
  Q q;
  set(q);
  return q;
}

std::string full_json(const Document& doc) {
  JsonOptions options;
  options.syntax = options.analysis = true;
  return document_to_json(doc, options);
}

TEST(Codec, RoundTripsEveryField) {
  Document doc = synthetic_document(7, {});
  ASSERT_FALSE(doc.events.empty());
  ASSERT_FALSE(doc.quotes.empty());
  // Parses and a token whose text is not a slice of the article.
  Token& t = doc.sentences[0].tokens[0];
  t.upos = "PROPN", t.xpos = "NNP", t.feats = "Number=Sing", t.lemma = "x", t.deprel = "nsubj",
  t.head = 2;
  doc.sentences[1].tokens[1].text = "normalized";
  doc.sentences[1].multiword_tokens.push_back({1, 2, "gonna", 3, 8});
  doc.article.extra.push_back({"section", "\"world\""});
  doc.warnings.push_back("a warning");
  doc.sentences[2].tokens[1].byte_end += 1;  // inconsistent offsets are stored, not derived
  doc.quotes[0].date_source = "time:T1";
  doc.quotes[0].events = {"V1"};
  doc.events[0].issues = {{"CEASEFIRE", 2}, {"ELECTIONS", 1}};
  std::string blob = store::encode_annotations(doc);
  Document back;
  back.article = doc.article;
  back.article.paragraphs.clear();
  back.article.extra.clear();
  ASSERT_TRUE(store::decode_annotations(blob, store::kBlobFormat, back));
  EXPECT_EQ(full_json(back), full_json(doc));
  EXPECT_EQ(back.sentences[1].tokens[1].text, "normalized");
  EXPECT_EQ(back.sentences[1].multiword_tokens.size(), 1u);
  EXPECT_EQ(back.warnings, doc.warnings);
  EXPECT_EQ(back.sentences[2].tokens[1].byte_end, doc.sentences[2].tokens[1].byte_end);
  EXPECT_EQ(back.sentences[3].tokens[2].byte_start, doc.sentences[3].tokens[2].byte_start);
  EXPECT_EQ(back.quotes[0].date_source, "time:T1");
  EXPECT_EQ(back.quotes[0].events, std::vector<std::string>{"V1"});
  EXPECT_EQ(back.events[0].issues, doc.events[0].issues);
}

TEST(Codec, RejectsDamagedBlobs) {
  Document doc = synthetic_document(1, {});
  std::string blob = store::encode_annotations(doc);
  Document back;
  back.article = doc.article;
  EXPECT_EQ(
      store::decode_annotations(blob.substr(0, blob.size() / 2), store::kBlobFormat, back).code(),
      Status::Code::kCorrupt);
  EXPECT_EQ(store::decode_annotations("not zstd", store::kBlobFormat, back).code(),
            Status::Code::kCorrupt);
  EXPECT_EQ(store::decode_annotations(blob, 99, back).code(), Status::Code::kUnsupported);
}

TEST(Fts, QueriesAreQuotedAndNeverSyntaxErrors) {
  EXPECT_EQ(*fts_query("border crisis"), "\"border\" \"crisis\"");
  EXPECT_EQ(*fts_query("\"foreign minister\" OR talks"), "\"foreign minister\" OR \"talks\"");
  EXPECT_EQ(*fts_query("sanction* AND ("), "\"sanction\"* \"AND\"");
  EXPECT_EQ(*fts_query("say \"\"quoted"), "\"say\" \"quoted\"");
  EXPECT_FALSE(fts_query("  ( ) * - ").is_ok());
  EXPECT_FALSE(fts_query("OR").is_ok());
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fresh_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    db_ = testing_db::fresh_archive(
        dir_, ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_FALSE(db_.empty()) << "psql could not make a database";
    auto store = Store::open(db_);
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
  std::string db_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, PutGetAndReplace) {
  Document doc = synthetic_document(3, {});
  ASSERT_TRUE(store_->put(doc));
  auto back = store_->get(doc.article.id);
  ASSERT_TRUE(back) << back.status().to_string();
  EXPECT_EQ(full_json(*back), full_json(doc));
  // Replacing keeps one copy and its facts only.
  doc.events.resize(1);
  ASSERT_TRUE(store_->put(doc));
  auto st = store_->stats();
  ASSERT_TRUE(st);
  EXPECT_EQ(st->articles, 1);
  EXPECT_EQ(st->events, 1);
  EXPECT_EQ(st->entities, static_cast<int64_t>(doc.entities.size()));
  EXPECT_EQ(store_->get("nope").status().code(), Status::Code::kNotFound);
  ASSERT_TRUE(store_->remove(doc.article.id));
  EXPECT_EQ(store_->stats()->events, 0);
  EXPECT_EQ(store_->stats()->articles, 0);
}

TEST_F(StoreTest, SearchRanksFiltersAndSnippets) {
  fill(300);
  auto hits = store_->search({"rarekey7", "", "", "", "", 20, 0});
  ASSERT_TRUE(hits) << hits.status().to_string();
  ASSERT_EQ(hits->size(), 10u);
  for (const SearchHit& h : *hits) {
    EXPECT_NE(h.snippet.find(std::string(1, kMarkOpen) + "rarekey7" + kMarkClose),
              std::string::npos)
        << h.snippet;
    EXPECT_GE(h.id, "syn-00000070");
    EXPECT_LE(h.id, "syn-00000079");
  }
  auto limited = store_->search({"government", "", "", "", "", 5, 0});
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->size(), 5u);
  for (size_t i = 1; i < limited->size(); ++i)
    EXPECT_LE((*limited)[i - 1].score, (*limited)[i].score);
  auto dated = store_->search({"government", "2016", "2016", "", "", 100, 0});
  ASSERT_TRUE(dated);
  ASSERT_FALSE(dated->empty());
  for (const SearchHit& h : *dated) EXPECT_EQ(h.date.substr(0, 4), "2016");
  auto by_actor = store_->search({"said", "", "", "", "IGOUNO", 100, 0});
  ASSERT_TRUE(by_actor);
  for (const SearchHit& h : *by_actor) {
    auto events = store_->events(with<EventQuery>([&](EventQuery& q) {
      q.actor = "IGOUNO";
      q.article = h.id;
    }));
    ASSERT_TRUE(events);
    EXPECT_FALSE(events->empty()) << h.id;
  }
  // Prefix queries compute their snippets in one statement: the same marks,
  // within the snippet budget only.
  SearchQuery prefix{"rareke*", "", "", "", "", 40, 0};
  prefix.max_snippets = 25;
  auto prefixed = store_->search(prefix);
  ASSERT_TRUE(prefixed) << prefixed.status().to_string();
  ASSERT_EQ(prefixed->size(), 40u);  // every article has a rarekeyN
  for (size_t i = 0; i < prefixed->size(); ++i) {
    const std::string& snippet = (*prefixed)[i].snippet;
    if (i < 25)
      EXPECT_NE(snippet.find(std::string(1, kMarkOpen) + "rarekey"), std::string::npos) << snippet;
    else
      EXPECT_EQ(snippet, "");
  }
  EXPECT_EQ(store_->search({"((", "", "", "", "", 5, 0}).status().code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(store_->search({"x", "2016-1", "", "", "", 5, 0}).status().code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(store_->search({"x", "", "", "", "", -1, 0}).status().code(),
            Status::Code::kInvalidInput);
}

// A query matching more articles than the rank window ranks the window's most
// recently stored matches (highest rowids; the synthetic ids follow them), with
// the exact order among them; within the window the ranking is the exact one.
TEST_F(StoreTest, SearchRankWindowBoundsTheRankedMatches) {
  fill(300);
  auto query = [](const std::string& text, int window, int limit, int offset) {
    SearchQuery q{text, "", "", "", "", limit, offset};
    q.rank_window = window;
    return q;
  };
  SearchInfo info;
  auto exact = store_->search(query("government", 0, 1000, 0), &info);
  ASSERT_TRUE(exact) << exact.status().to_string();
  EXPECT_TRUE(info.ranked_all);
  ASSERT_GT(exact->size(), 60u);
  // A window as large as the matches: the same hits in the same order, counted.
  auto whole = store_->search(query("government", 10000, 1000, 0), &info);
  ASSERT_TRUE(whole);
  EXPECT_TRUE(info.ranked_all);
  EXPECT_EQ(info.ranked, static_cast<int64_t>(exact->size()));
  ASSERT_EQ(whole->size(), exact->size());
  for (size_t i = 0; i < exact->size(); ++i) EXPECT_EQ((*whole)[i].id, (*exact)[i].id) << i;
  // A window of 50: the 50 latest matches, in their exact relative order.
  std::vector<std::string> ids;
  for (const SearchHit& h : *exact) ids.push_back(h.id);
  std::sort(ids.rbegin(), ids.rend());
  std::string oldest_in_window = ids[49];
  std::vector<std::string> expected;
  for (const SearchHit& h : *exact)
    if (h.id >= oldest_in_window) expected.push_back(h.id);
  auto windowed = store_->search(query("government", 50, 1000, 0), &info);
  ASSERT_TRUE(windowed);
  EXPECT_FALSE(info.ranked_all);
  EXPECT_EQ(info.ranked, 50);
  ASSERT_EQ(windowed->size(), 50u);
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ((*windowed)[i].id, expected[i]) << i;
  // Pages within the window, and past it (empty).
  auto page = store_->search(query("government", 50, 20, 40), &info);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->size(), 10u);
  EXPECT_EQ((*page)[0].id, expected[40]);
  EXPECT_TRUE(store_->search(query("government", 50, 20, 60))->empty());
  // A rare word stays exact and counted under any window.
  auto rare = store_->search(query("rarekey7", 50, 20, 0), &info);
  ASSERT_TRUE(rare);
  EXPECT_TRUE(info.ranked_all);
  EXPECT_EQ(info.ranked, 10);
}

// Schema 2 archives (without the covering indexes of schema 3) are read as
// they are and migrated by the first writer.
TEST_F(StoreTest, SchemaTwoArchivesAreReadAndMigrated) {
  if (testing_db::postgres()) GTEST_SKIP() << "the SQLite migration (PostgreSQL's: archive_cli)";
  fill(20);
  store_.reset();
  auto sql = [&](const std::string& statement) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(db_.c_str(), &db), SQLITE_OK);
    std::string out;
    auto collect = [](void* to, int, char** values, char**) {
      *static_cast<std::string*>(to) += std::string(values[0] ? values[0] : "") + ";";
      return 0;
    };
    EXPECT_EQ(sqlite3_exec(db, statement.c_str(), collect, &out, nullptr), SQLITE_OK) << statement;
    sqlite3_close(db);
    return out;
  };
  sql("DROP INDEX events_dyad; DROP INDEX entities_actor_name; UPDATE meta SET value = '2' "
      "WHERE key = 'schema_version'");
  StoreOptions read_only;
  read_only.read_only = true;
  {
    auto reader = Store::open(db_, read_only);
    ASSERT_TRUE(reader) << reader.status().to_string();
    auto edges = (*reader)->network(NetworkQuery{});
    ASSERT_TRUE(edges) << edges.status().to_string();
    EXPECT_FALSE(edges->empty());
  }
  EXPECT_EQ(sql("SELECT value FROM meta WHERE key = 'schema_version'"), "2;");
  auto writer = Store::open(db_);
  ASSERT_TRUE(writer) << writer.status().to_string();
  writer->reset();
  EXPECT_EQ(sql("SELECT value FROM meta WHERE key = 'schema_version'"), "3;");
  EXPECT_EQ(sql("SELECT count(*) FROM sqlite_master WHERE name IN ('events_dyad', "
                "'entities_actor_name')"),
            "2;");
}

TEST_F(StoreTest, EventQuotesTimelineNetworkActors) {
  fill(200);
  auto all = store_->events(with<EventQuery>([&](EventQuery& q) { q.limit = 0; }));
  ASSERT_TRUE(all);
  ASSERT_GT(all->size(), 200u);
  auto rus = store_->events(with<EventQuery>([&](EventQuery& q) {
    q.source_actor = "RUS";
    q.root = "19";
    q.from = "2017-03";
    q.to = "2019-12";
    q.limit = 0;
  }));
  ASSERT_TRUE(rus);
  size_t expected = 0;
  for (const EventRow& r : *all)
    if (r.event.source->actor_code == "RUS" && r.event.root_code == "19" &&
        r.event.date >= "2017-03" && r.event.date < "2020")
      ++expected;
  EXPECT_EQ(rus->size(), expected);
  for (const EventRow& r : *rus) EXPECT_EQ(r.source_name, "Russia");
  auto igo = store_->events(with<EventQuery>([&](EventQuery& q) {
    q.actor = "IGO";
    q.limit = 0;
  }));
  ASSERT_TRUE(igo);
  for (const EventRow& r : *igo)
    EXPECT_TRUE(r.event.source->actor_code.starts_with("IGO") ||
                r.event.target->actor_code.starts_with("IGO"));
  auto in_sudan = store_->events(with<EventQuery>([&](EventQuery& q) {
    q.country = "SD";
    q.limit = 5;
  }));
  ASSERT_TRUE(in_sudan);
  for (const EventRow& r : *in_sudan) EXPECT_EQ(r.country, "SD");
  int visited = 0;
  ASSERT_TRUE(store_->for_each_event_document(with<EventQuery>([&](EventQuery& q) {
                                                q.code = "19";
                                                q.limit = 10;
                                              }),
                                              [&](const Document& d, const Event& e) {
                                                ++visited;
                                                EXPECT_EQ(e.root_code, "19");
                                                EXPECT_FALSE(d.sentences.empty());
                                                return Status::ok();
                                              }));
  EXPECT_EQ(visited, 10);
  auto quotes = store_->quotes(with<QuoteQuery>([&](QuoteQuery& q) {
    q.speaker = "SPOKES";
    q.about = "will";
    q.limit = 3;
  }));
  ASSERT_TRUE(quotes);
  EXPECT_EQ(quotes->size(), 3u);
  auto escaped = store_->quotes(with<QuoteQuery>([&](QuoteQuery& q) {
    q.about = "100%_";
    q.limit = 3;
  }));
  ASSERT_TRUE(escaped);
  EXPECT_TRUE(escaped->empty());
  auto timeline = store_->timeline({});
  ASSERT_TRUE(timeline);
  int64_t total = 0;
  for (const auto& b : *timeline) total += b.count;
  EXPECT_EQ(total, static_cast<int64_t>(all->size()));
  auto network = store_->network(with<NetworkQuery>([&](NetworkQuery& q) { q.limit = 5; }));
  ASSERT_TRUE(network);
  ASSERT_EQ(network->size(), 5u);
  EXPECT_GE((*network)[0].count, (*network)[4].count);
  auto actors = store_->actors("", 3);
  ASSERT_TRUE(actors);
  ASSERT_EQ(actors->size(), 3u);
  EXPECT_FALSE((*actors)[0].name.empty());
}

TEST_F(StoreTest, ReadOnlyRefusesWritesAndMissingFilesAreNotCreated) {
  fill(3);
  auto ro = Store::open(db_, with<StoreOptions>([&](StoreOptions& q) { q.read_only = true; }));
  ASSERT_TRUE(ro);
  EXPECT_EQ((*ro)->put(synthetic_document(9, {})).code(), Status::Code::kUnsupported);
  EXPECT_EQ((*ro)->stats()->articles, 3);
  if (testing_db::postgres()) return;  // the rest is about files
  EXPECT_EQ(Store::open((dir_ / "missing.db").string(),
                        with<StoreOptions>([&](StoreOptions& q) { q.read_only = true; }))
                .status()
                .code(),
            Status::Code::kNotFound);
  std::ofstream(dir_ / "junk.db") << "this is not sqlite at all, not even close to a "
                                     "header......................................";
  EXPECT_FALSE(Store::open((dir_ / "junk.db").string()).is_ok());
}

}  // namespace
}  // namespace eventwire
