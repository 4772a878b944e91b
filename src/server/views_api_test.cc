// The routes behind the page's views (views_api.cc) against a real server on
// loopback: answers agree with the archive, filters narrow them, bad
// parameters get 400.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "eventwire/server.h"
#include "eventwire/store.h"
#include "store/test_db.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

StoreOptions read_only_options() {
  StoreOptions options;
  options.read_only = true;
  return options;
}

class ViewsApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("eventwire_views_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    {
      db_ = testing_db::fresh_archive(dir_, "views_suite");
      ASSERT_FALSE(db_.empty()) << "psql could not make a database";
      auto store = Store::open(db_);
      ASSERT_TRUE(store);
      SyntheticOptions options;
      options.articles = 200;
      ASSERT_TRUE(write_synthetic_archive(**store, options, nullptr));
    }
    ServerOptions options;
    options.db_path = db_;
    options.port = 0;
    options.threads = 2;
    options.static_dir = dir_.string();
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
  json get(const std::string& path, int expected_status = 200) {
    httplib::Client client("127.0.0.1", port_);
    auto res = client.Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, expected_status) << path << ": " << res->body;
    return json::parse(res->body, nullptr, false);
  }

  static inline fs::path dir_;
  static inline std::string db_;
  static inline std::unique_ptr<Server> server_;
  static inline std::thread thread_;
  static inline int port_ = 0;
};

TEST_F(ViewsApiTest, OverviewCountsMatchTheArchive) {
  json o = get("/api/overview");
  auto store = Store::open(db_, read_only_options());
  ASSERT_TRUE(store);
  auto stats = (*store)->stats();
  ASSERT_TRUE(stats);
  EXPECT_EQ(o["totals"]["articles"], stats->articles);
  EXPECT_EQ(o["totals"]["events"], stats->events);
  int64_t by_month = 0;
  for (const json& m : o["months"]) by_month += m["count"].get<int64_t>();
  EXPECT_EQ(by_month, stats->events);  // every synthetic event is dated
  ASSERT_FALSE(o["actors"].empty());
  EXPECT_FALSE(o["actors"][0]["name"].get<std::string>().empty());
  for (const json& d : o["dyads"]) EXPECT_NE(d["source"], d["target"]);
  for (const json& e : o["recent_conflict"]) EXPECT_EQ(e["quad_class"], 4);
}

TEST_F(ViewsApiTest, GraphFiltersNarrowTheEdges) {
  json all = get("/api/graph?limit=1000");
  json fights = get("/api/graph?limit=1000&root=19");
  json russia = get("/api/graph?limit=1000&country=RUS");
  ASSERT_FALSE(all["edges"].empty());
  int64_t total = 0, fighting = 0;
  for (const json& e : all["edges"]) {
    total += e["count"].get<int64_t>();
    EXPECT_NE(e["source"], e["target"]);
    int64_t quads = 0;
    for (const json& q : e["quad"]) quads += q.get<int64_t>();
    EXPECT_EQ(quads, e["count"].get<int64_t>());
  }
  for (const json& e : fights["edges"]) fighting += e["count"].get<int64_t>();
  EXPECT_GT(fighting, 0);
  EXPECT_LT(fighting, total);
  for (const json& e : russia["edges"])
    EXPECT_TRUE(e["source"].get<std::string>().rfind("RUS", 0) == 0 ||
                e["target"].get<std::string>().rfind("RUS", 0) == 0);
  // A month range keeps only that range's events.
  json year = get("/api/graph?limit=1000&from=2016&to=2016");
  int64_t in_year = 0;
  for (const json& e : year["edges"]) in_year += e["count"].get<int64_t>();
  EXPECT_GT(in_year, 0);
  EXPECT_LT(in_year, total);
}

TEST_F(ViewsApiTest, ActorPlacesAndEventLists) {
  json a = get("/api/actor?code=RUS");
  EXPECT_EQ(a["name"], "Russia");
  EXPECT_FALSE(a["months"].empty());
  EXPECT_FALSE(a["counterparts"].empty());
  for (const json& e : a["recent"])
    EXPECT_TRUE(e["source"]["code"] == "RUS" || e["target"]["code"] == "RUS");
  json p = get("/api/places");
  ASSERT_FALSE(p["places"].empty());
  const json& place = p["places"][0];
  EXPECT_NE(place["lat"].get<double>(), 0.0);
  json at =
      get("/api/event_context?geonames_id=" + std::to_string(place["geonames_id"].get<int64_t>()) +
          "&limit=5");
  ASSERT_FALSE(at["events"].empty());
  for (const json& e : at["events"]) {
    EXPECT_EQ(e["place"]["name"], place["name"]);
    const json& ctx = e["context"];
    std::string text = ctx["text"];
    EXPECT_LT(ctx["verb_start"].get<int>(), ctx["verb_end"].get<int>());
    EXPECT_NE(text.find(e["verb"].get<std::string>()), std::string::npos);
  }
  json pair = get("/api/event_context?source_actor=RUS&target_actor=UKR&limit=5");
  for (const json& e : pair["events"]) {
    EXPECT_EQ(e["source"]["code"], "RUS");
    EXPECT_EQ(e["target"]["code"], "UKR");
  }
}

TEST_F(ViewsApiTest, BadParametersAre400) {
  get("/api/graph?nope=1", 400);
  get("/api/graph?root=21", 400);
  get("/api/graph?from=2020-1", 400);
  get("/api/graph?country=R%27S", 400);
  get("/api/actor", 400);
  get("/api/places?limit=0", 400);
  get("/api/event_context?geonames_id=x", 400);
}

}  // namespace
}  // namespace eventwire
