// The API against a real server on loopback (127.0.0.1, a free port).
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "eventwire/server.h"
#include "eventwire/store.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("eventwire_server_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "public");
    std::ofstream(dir_ / "public" / "index.html") << "<!doctype html><title>eventwire</title>";
    std::ofstream(dir_ / "secret.txt") << "outside the static folder";
    {
      auto store = Store::open((dir_ / "a.db").string());
      ASSERT_TRUE(store);
      SyntheticOptions options;
      options.articles = 120;
      ASSERT_TRUE(write_synthetic_archive(**store, options, nullptr));
    }
    ServerOptions options;
    options.db_path = (dir_ / "a.db").string();
    options.port = 0;
    options.threads = 4;
    options.static_dir = (dir_ / "public").string();
    options.max_body_bytes = 64 * 1024;
    options.max_results = 500;
    auto pipeline = Pipeline::create({});
    ASSERT_TRUE(pipeline);
    options.pipeline = *pipeline;
    auto server = Server::create(options);
    ASSERT_TRUE(server) << server.status().to_string();
    server_ = std::move(*server);
    auto port = server_->bind();
    ASSERT_TRUE(port) << port.status().to_string();
    port_ = *port;
    thread_ = std::thread([] { (void)server_->run(); });
  }
  static void TearDownTestSuite() {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    fs::remove_all(dir_);
  }

  httplib::Result get(const std::string& path) {
    httplib::Client client("127.0.0.1", port_);
    return client.Get(path);
  }
  json get_json(const std::string& path, int expected_status = 200) {
    auto res = get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, expected_status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type").rfind("application/json", 0), 0u) << path;
    return json::parse(res->body, nullptr, false);
  }

  static inline fs::path dir_;
  static inline std::unique_ptr<Server> server_;
  static inline std::thread thread_;
  static inline int port_ = 0;
};

TEST_F(ServerTest, Stats) {
  json st = get_json("/api/stats");
  EXPECT_EQ(st["articles"], 120);
  EXPECT_GT(st["events"].get<int>(), 120);
}

TEST_F(ServerTest, SearchWithFiltersAndErrors) {
  json r = get_json("/api/search?q=rarekey3");
  ASSERT_EQ(r["hits"].size(), 10u);
  EXPECT_NE(r["hits"][0]["snippet"].get<std::string>().find("\x02rarekey3\x03"), std::string::npos);
  EXPECT_EQ(get_json("/api/search?q=government&limit=3")["hits"].size(), 3u);
  json dated = get_json("/api/search?q=government&from=2018-01-01&to=2018-12-31&limit=500");
  for (const auto& h : dated["hits"]) EXPECT_EQ(h["date"].get<std::string>().substr(0, 4), "2018");
  // Injection attempts are plain words.
  EXPECT_EQ(get_json("/api/search?q=x%27%20OR%201%3D1%20--")["hits"].size(), 0u);
  EXPECT_NE(get_json("/api/search", 400)["error"].get<std::string>().find("\"q\""),
            std::string::npos);
  EXPECT_NE(get_json("/api/search?q=a&limit=0", 400)["error"].get<std::string>().find("limit"),
            std::string::npos);
  EXPECT_NE(get_json("/api/search?q=a&limit=501", 400)["error"].get<std::string>().find("limit"),
            std::string::npos);
  EXPECT_NE(get_json("/api/search?q=a&bogus=1", 400)["error"].get<std::string>().find("bogus"),
            std::string::npos);
  EXPECT_NE(
      get_json("/api/search?q=a&from=yesterday", 400)["error"].get<std::string>().find("yesterday"),
      std::string::npos);
  EXPECT_TRUE(get_json("/api/search?q=%28%29", 400).contains("error"));
  EXPECT_TRUE(get_json("/api/search?q=" + std::string(600, 'a'), 400).contains("error"));
}

TEST_F(ServerTest, ArticleWithAnnotations) {
  json doc = get_json("/api/article?id=syn-00000005");
  EXPECT_EQ(doc["id"], "syn-00000005");
  EXPECT_FALSE(doc["entities"].empty());
  EXPECT_FALSE(doc["events"].empty());
  EXPECT_FALSE(doc["quotes"].empty());
  EXPECT_FALSE(doc["sentences"][0].contains("tokens"));
  EXPECT_TRUE(get_json("/api/article?id=syn-00000005&tokens=1")["sentences"][0].contains("tokens"));
  EXPECT_TRUE(get_json("/api/article?id=nope", 404).contains("error"));
  EXPECT_TRUE(get_json("/api/article", 400).contains("error"));
}

TEST_F(ServerTest, EventsQuotesTimelineNetworkActors) {
  json ev = get_json("/api/events?actor=RUS&limit=5");
  ASSERT_FALSE(ev["events"].empty());
  EXPECT_LE(ev["events"].size(), 5u);
  for (const auto& e : ev["events"])
    EXPECT_TRUE(e["source"]["actor_code"] == "RUS" || e["target"]["actor_code"] == "RUS");
  json month = get_json("/api/events?root=19&from=2019-01&to=2019-06&limit=500");
  for (const auto& e : month["events"]) {
    EXPECT_EQ(e["root_code"], "19");
    EXPECT_GE(e["date"].get<std::string>(), "2019-01");
    EXPECT_LT(e["date"].get<std::string>(), "2019-07");
  }
  EXPECT_TRUE(get_json("/api/events?limit=abc", 400).contains("error"));
  EXPECT_FALSE(get_json("/api/quotes?speaker=spokes&limit=2")["quotes"].empty());
  json timeline = get_json("/api/timeline");
  EXPECT_EQ(timeline["interval"], "month");
  EXPECT_FALSE(timeline["buckets"].empty());
  EXPECT_TRUE(get_json("/api/timeline?interval=year", 400).contains("error"));
  EXPECT_EQ(get_json("/api/network?limit=4")["edges"].size(), 4u);
  json actors = get_json("/api/actors?prefix=IGO");
  ASSERT_FALSE(actors["actors"].empty());
  EXPECT_EQ(actors["actors"][0]["code"].get<std::string>().substr(0, 3), "IGO");
}

TEST_F(ServerTest, CodesPostedArticlesWithinLimits) {
  httplib::Client client("127.0.0.1", port_);
  auto ok = client.Post(
      "/api/code",
      R"({"title":"Talks resume","text":"The ministers met. They talked.","date":"2024-03-14"})",
      "application/json");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  json doc = json::parse(ok->body);
  EXPECT_EQ(doc["date"], "2024-03-14");
  EXPECT_EQ(doc["sentences"].size(), 3u);
  auto bad = client.Post("/api/code", "{not json", "application/json");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  auto bad_date =
      client.Post("/api/code", R"({"text":"A.","date":"2017-13-40"})", "application/json");
  ASSERT_TRUE(bad_date);
  EXPECT_EQ(bad_date->status, 400);
  auto big = client.Post("/api/code", "{\"text\":\"" + std::string(100 * 1024, 'a') + "\"}",
                         "application/json");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  auto store = client.Post("/api/code?store=1", R"({"text":"A."})", "application/json");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->status, 403);
}

TEST_F(ServerTest, StaticFilesOnlyFromTheirFolder) {
  auto index = get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("eventwire"), std::string::npos);
  EXPECT_FALSE(index->get_header_value("Content-Security-Policy").empty());
  for (const char* path :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/a/../../secret.txt"}) {
    auto res = get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_NE(res->status, 200) << path;
    EXPECT_EQ(res->body.find("outside"), std::string::npos) << path;
  }
  EXPECT_EQ(get("/api/nothing")->status, 404);
}

}  // namespace
}  // namespace eventwire
