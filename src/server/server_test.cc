// The API against a real server on loopback (127.0.0.1, a free port).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "eventwire/archive.h"
#include "eventwire/server.h"
#include "eventwire/store.h"
#include "store/test_db.h"

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
      db_ = testing_db::fresh_archive(dir_, "server_suite");
      ASSERT_FALSE(db_.empty()) << "psql could not make a database";
      auto store = Store::open(db_);
      ASSERT_TRUE(store);
      SyntheticOptions options;
      options.articles = 120;
      ASSERT_TRUE(write_synthetic_archive(**store, options, nullptr));
    }
    ServerOptions options;
    options.db_path = db_;
    options.port = 0;
    options.threads = 4;
    options.static_dir = (dir_ / "public").string();
    options.max_body_bytes = 64 * 1024;
    options.max_results = 500;
    options.rank_window = 50;  // "government" matches more of the 120 articles
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
  static inline std::string db_;
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
  EXPECT_EQ(r["ranked_all"], true);
  EXPECT_EQ(r["ranked"], 10);
  // More matches than the rank window: the page says that the latest 50 were ranked.
  json common = get_json("/api/search?q=government&limit=500");
  EXPECT_EQ(common["ranked_all"], false);
  EXPECT_EQ(common["ranked"], 50);
  EXPECT_EQ(common["hits"].size(), 50u);
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
  auto recode = client.Post("/api/recode", "", "application/json");
  ASSERT_TRUE(recode);
  EXPECT_EQ(recode->status, 403);
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

// A raw loopback socket for clients that misbehave; -1 when connect fails.
int connect_raw(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool send_all(int fd, const std::string& bytes) {
  return ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
}

// 64 clients that hold a connection without finishing a request (idle,
// half-sent headers, half-sent body, one byte at a time, keep-alive after an
// answer) never make a normal request wait: each is answered within 1 s.
TEST_F(ServerTest, SixtyFourSlowOrIdleConnectionsDoNotDelayOthers) {
  std::vector<int> fds;
  const std::string partial_headers = "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
  const std::string partial_body =
      "POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
      "Content-Length: 1000\r\n\r\n{\"text\":\"";
  for (int i = 0; i < 64; ++i) {
    int fd = connect_raw(port_);
    ASSERT_GE(fd, 0);
    fds.push_back(fd);
    switch (i % 4) {
      case 0:  // idle: connected, nothing sent
        break;
      case 1:
        ASSERT_TRUE(send_all(fd, partial_headers));
        break;
      case 2:
        ASSERT_TRUE(send_all(fd, partial_body));
        break;
      case 3: {  // keep-alive: one whole request, its answer left unread, then silence
        ASSERT_TRUE(send_all(fd, "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        break;
      }
    }
  }
  // The half-sent ones trickle a byte every 50 ms while the normal requests run.
  std::atomic<bool> done{false};
  std::thread trickle([&] {
    while (!done) {
      for (size_t i = 1; i < fds.size(); i += 4) (void)send_all(fds[i], "a");
      for (size_t i = 2; i < fds.size(); i += 4) (void)send_all(fds[i], "b");
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  for (int round = 0; round < 5; ++round) {
    auto start = std::chrono::steady_clock::now();
    auto res = get(round % 2 ? "/api/search?q=government&limit=5" : "/api/stats");
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(res) << "round " << round;
    EXPECT_EQ(res->status, 200) << res->body;
    EXPECT_LE(seconds, 1.0) << "round " << round;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  done = true;
  trickle.join();
  for (int fd : fds) ::close(fd);
}

// Every curl command in docs/api.md's examples, run as written against this
// server (only the host and port are replaced): 200 and a JSON answer.
TEST_F(ServerTest, DocumentedExamplesWorkAsWritten) {
  if (std::system("command -v curl >/dev/null 2>&1") != 0) GTEST_SKIP() << "curl is not installed";
  std::ifstream file(std::string(EVENTWIRE_SOURCE_DIR) + "/docs/api.md");
  ASSERT_TRUE(file);
  std::stringstream text;
  text << file.rdbuf();
  std::string doc = text.str();
  size_t at = doc.find("Examples:");
  ASSERT_NE(at, std::string::npos);
  size_t open = doc.find("```sh\n", at), close = doc.find("```", open + 6);
  ASSERT_NE(open, std::string::npos);
  std::string block = doc.substr(open + 6, close - open - 6);
  // Continuation lines joined; one command a line.
  block = std::regex_replace(block, std::regex("\\\\\n"), " ");
  std::istringstream lines(block);
  std::string line;
  int commands = 0;
  const std::string out = (dir_ / "example.out").string();
  while (std::getline(lines, line)) {
    if (line.rfind("curl ", 0) != 0) continue;
    ++commands;
    std::string command = std::regex_replace(line, std::regex("127\\.0\\.0\\.1:8080"),
                                             "127.0.0.1:" + std::to_string(port_));
    command += " -s -o '" + out + "' -w '%{http_code}'";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    char status[16] = {};
    size_t n = std::fread(status, 1, sizeof status - 1, pipe);
    ::pclose(pipe);
    std::ifstream answer(out);
    std::stringstream body;
    body << answer.rdbuf();
    EXPECT_EQ(std::string(status, n), "200") << line << "\n" << body.str();
    json parsed = json::parse(body.str(), nullptr, false);
    EXPECT_TRUE(parsed.is_object() && !parsed.contains("error")) << line << "\n" << body.str();
    if (line.find("/api/code") != std::string::npos) {
      EXPECT_FALSE(parsed["sentences"].empty()) << body.str();
    }
  }
  EXPECT_EQ(commands, 3);
}

// Bad input is a 4xx whose message says what is wrong (never an archive message).
TEST_F(ServerTest, BadInputIsRefusedWithTheReason) {
  auto error_of = [&](const std::string& path, int status) {
    json r = get_json(path, status);
    return r.is_object() && r.contains("error") ? r["error"].get<std::string>() : std::string();
  };
  EXPECT_NE(error_of("/api/search?q=x&from=2024-13-45", 400).find("2024-13-45"), std::string::npos);
  EXPECT_NE(error_of("/api/events?to=2024-02-30", 400).find("2024-02-30"), std::string::npos);
  EXPECT_NE(error_of("/api/quotes?from=2023-02-29", 400).find("2023-02-29"), std::string::npos);
  EXPECT_NE(error_of("/api/timeline?from=2024-03-14T25:99", 400).find("T25:99"), std::string::npos);
  std::string nul = error_of("/api/search?q=a%00b", 400);
  EXPECT_NE(nul.find("NUL"), std::string::npos) << nul;
  for (const char* leak : {"sqlite", "SQLITE", "fts5", "unrecognized token"})
    EXPECT_EQ(nul.find(leak), std::string::npos) << nul;
  EXPECT_NE(error_of("/api/events?root=abc", 400).find("root"), std::string::npos);
  EXPECT_NE(error_of("/api/network?root=21", 400).find("root"), std::string::npos);
  EXPECT_NE(error_of("/api/search?q=" + std::string(9000, 'a'), 414).find("8192"),
            std::string::npos);
  {
    httplib::Client client("127.0.0.1", port_);
    httplib::Headers big{{"X-Big", std::string(20000, 'x')}};
    auto res = client.Get("/api/stats", big);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 431);
    EXPECT_NE(res->body.find("headers over the limit"), std::string::npos) << res->body;
  }
  httplib::Client client("127.0.0.1", port_);
  auto time =
      client.Post("/api/code", R"({"text":"A.","date":"2024-03-14T25:99"})", "application/json");
  ASSERT_TRUE(time);
  EXPECT_EQ(time->status, 400);
  EXPECT_NE(time->body.find("time of day"), std::string::npos) << time->body;
  auto form = client.Post("/api/code", "text=The+ministers+met.&date=2024-03-14",
                          "application/x-www-form-urlencoded");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 415);
  EXPECT_NE(form->body.find("application/json"), std::string::npos) << form->body;
  auto plain = client.Post("/api/code", "The ministers met.", "text/plain");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->status, 415);
  auto not_object = client.Post("/api/code", "[1,2]", "application/json");
  ASSERT_TRUE(not_object);
  EXPECT_EQ(not_object->status, 400);
  EXPECT_NE(not_object->body.find("JSON object"), std::string::npos) << not_object->body;
}

// A writable server re-codes its archive with its own pipeline, through the
// same recode() as the CLI: unchanged dictionaries give the ingested events.
TEST(ServerRecode, WritableServerRecodesWithItsPipeline) {
  fs::path dir =
      fs::temp_directory_path() / ("eventwire_server_recode_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  PipelineOptions pipeline_options;
  pipeline_options.syntax = pipeline_options.entities = pipeline_options.time =
      pipeline_options.quotes = pipeline_options.events = true;
  auto pipeline = Pipeline::create(pipeline_options);
  ASSERT_TRUE(pipeline) << pipeline.status().to_string();
  uint64_t events = 0;
  std::string db;
  {
    db = testing_db::fresh_archive(dir, "server_recode");
    ASSERT_FALSE(db.empty()) << "psql could not make a database";
    auto store = Store::open(db);
    ASSERT_TRUE(store);
    auto stream = ArticleStream::open({std::string(EVENTWIRE_SOURCE_DIR) + "/examples"}, {});
    ASSERT_TRUE(stream);
    ASSERT_TRUE(ingest(**store, **stream, **pipeline, {}, nullptr, nullptr));
    auto st = (*store)->stats();
    ASSERT_TRUE(st);
    events = static_cast<uint64_t>(st->events);
  }
  ServerOptions options;
  options.db_path = db;
  options.port = 0;
  options.threads = 2;
  options.writable = true;
  options.pipeline = *pipeline;
  auto server = Server::create(options);
  ASSERT_TRUE(server) << server.status().to_string();
  auto port = (*server)->bind();
  ASSERT_TRUE(port);
  std::thread thread([&] { (void)(*server)->run(); });
  httplib::Client client("127.0.0.1", *port);
  auto res = client.Post("/api/recode", "", "application/json");
  (*server)->stop();
  thread.join();
  server->reset();
  fs::remove_all(dir);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json summary = json::parse(res->body);
  EXPECT_EQ(summary["documents"], 4);
  EXPECT_EQ(summary["failed"], 0);
  EXPECT_GT(events, 0u);
  EXPECT_EQ(summary["events_before"], events);
  EXPECT_EQ(summary["events_after"], events);
}

}  // namespace
}  // namespace eventwire
