// The whole pipeline as `eventwire code` runs it, one thread: start-up, then
// every article coded and written as JSON (into a buffer that is thrown
// away), one article in memory at a time.
//
//   bench_pipeline [--syntax fast|accurate|none] [--passes N] INPUT...
//
// Inputs are anything `eventwire code` reads. Prints `name value` lines: load
// CPU and wall time, resident memory after load, tokens, tokens/s per core
// (thread CPU time over the passes, JSON included; the first pass is timed
// too, since a command runs once), the JSON writer's share, and peak RSS.
// The gazetteer is $EVENTWIRE_GAZETTEER or Gazetteer::default_path(), the
// model index cache the CLI's (~/.cache/eventwire).
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "bench_util.h"
#include "eventwire/geo.h"
#include "eventwire/io.h"
#include "eventwire/pipeline.h"
#include "eventwire/syntax.h"

namespace {

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double rss_mb() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using eventwire::bench::print;
  std::string syntax = "fast";
  int passes = 1;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--syntax") == 0 && i + 1 < argc)
      syntax = argv[++i];
    else if (std::strcmp(argv[i], "--passes") == 0 && i + 1 < argc)
      passes = std::max(1, std::atoi(argv[++i]));
    else
      inputs.push_back(argv[i]);
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: bench_pipeline [--syntax NAME] [--passes N] INPUT...\n");
    return 2;
  }
  const char* home = std::getenv("HOME");
  if (home != nullptr && home[0] == '/')
    eventwire::set_model_index_cache(std::string(home) + "/.cache/eventwire", uint64_t{1} << 20);
  eventwire::PipelineOptions options;
  options.syntax = syntax != "none";
  options.syntax_model = syntax;
  const char* gazetteer = std::getenv("EVENTWIRE_GAZETTEER");
  options.gazetteer = gazetteer != nullptr ? gazetteer : eventwire::Gazetteer::default_path("");
  options.entities = options.time = options.geo = options.events = options.quotes = true;

  double wall0 = eventwire::bench::now_seconds(), cpu0 = thread_cpu_seconds();
  auto pipeline = eventwire::Pipeline::create(options);
  if (!pipeline) {
    std::fprintf(stderr, "bench_pipeline: %s\n", pipeline.status().to_string().c_str());
    return 1;
  }
  print("load_cpu_s", thread_cpu_seconds() - cpu0);
  print("load_wall_s", eventwire::bench::now_seconds() - wall0);
  print("rss_after_load_mb", rss_mb());

  eventwire::JsonOptions json;
  json.analysis = true;
  std::string buffer;
  double tokens = 0, articles = 0, cpu = 0, json_cpu = 0, bytes = 0;
  for (int pass = 0; pass < passes; ++pass) {
    eventwire::ReadOptions read;
    read.date = "2020-01-01";
    auto stream = eventwire::ArticleStream::open(inputs, read);
    if (!stream) {
      std::fprintf(stderr, "bench_pipeline: %s\n", stream.status().to_string().c_str());
      return 1;
    }
    eventwire::Article article;
    eventwire::ReadError error;
    double t0 = thread_cpu_seconds();
    for (;;) {
      auto next = (*stream)->next(article, error);
      if (next == eventwire::ArticleStream::Next::kEnd) break;
      if (next == eventwire::ArticleStream::Next::kError) continue;
      eventwire::Document doc = (*pipeline)->process(std::move(article));
      double j0 = thread_cpu_seconds();
      buffer.clear();
      eventwire::append_document_json(buffer, doc, json);
      json_cpu += thread_cpu_seconds() - j0;
      bytes += static_cast<double>(buffer.size());
      if (pass == 0) {
        articles += 1;
        for (const eventwire::Sentence& s : doc.sentences)
          tokens += static_cast<double>(s.tokens.size());
      }
    }
    cpu += thread_cpu_seconds() - t0;
  }
  print("articles", articles);
  print("tokens", tokens);
  print("tokens_per_cpu_s", tokens * passes / cpu);
  print("json_share_percent", 100 * json_cpu / cpu);
  print("json_mb_per_cpu_s", bytes / 1e6 / json_cpu);
  print("peak_rss_mb", eventwire::bench::peak_rss_mb());
  std::printf("cpu %s\n", eventwire::bench::cpu_model().c_str());
  return 0;
}
