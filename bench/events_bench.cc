// Event coder and whole-pipeline throughput, one thread, CPU time.
//
//   bench_events [--repeat N] [INPUT...]   (default: the seed article in shared/)
//
// Inputs are anything `eventwire code` reads (native text, JSON Lines,
// PETRARCH XML, directories). Prints `name value` lines: the coder alone
// (built-in lexicon) on documents already segmented, parsed and
// entity-resolved, in tokens/s per core; then the full pipeline (segmentation,
// syntax, entities, time, geo, quotes, events) from raw text, in articles/s,
// sentences/s and tokens/s per core. One untimed warm-up pass first.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "bench_util.h"
#include "eventwire/events.h"
#include "eventwire/io.h"
#include "eventwire/pipeline.h"

using eventwire::bench::cpu_seconds;
using eventwire::bench::print;

int main(int argc, char** argv) {
  int repeat = 20;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else
      files.push_back(argv[i]);
  }
  if (files.empty())
    files.push_back(std::string(EVENTWIRE_SHARED_DIR) + "/samples/seed-article.txt");
  eventwire::ReadOptions read;
  read.date = "2020-01-01";
  auto stream = eventwire::ArticleStream::open(files, read);
  if (!stream) {
    std::fprintf(stderr, "bench_events: %s\n", stream.status().message().c_str());
    return 1;
  }
  std::vector<eventwire::Article> articles;
  eventwire::Article article;
  eventwire::ReadError error;
  while ((*stream)->next(article, error) == eventwire::ArticleStream::Next::kArticle)
    articles.push_back(article);

  eventwire::PipelineOptions full;
  full.syntax = full.entities = full.time = full.geo = full.events = full.quotes = true;
  auto pipeline = eventwire::Pipeline::create(full);
  if (!pipeline) {
    std::fprintf(stderr, "bench_events: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  auto coder = eventwire::EventCoder::create({});
  if (!coder) return 1;

  // Whole pipeline: a warm-up pass (lazy tables, page faults), then timed ones.
  std::vector<eventwire::Document> docs;
  for (const eventwire::Article& a : articles) docs.push_back((*pipeline)->process(a));
  double tokens = 0, sentences = 0, events = 0;
  for (const eventwire::Document& d : docs) {
    sentences += static_cast<double>(d.sentences.size());
    for (const eventwire::Sentence& s : d.sentences) tokens += static_cast<double>(s.tokens.size());
    events += static_cast<double>(d.events.size());
  }
  int pipeline_repeat = std::max(1, repeat / 20);
  double t0 = cpu_seconds();
  for (int r = 0; r < pipeline_repeat; ++r)
    for (const eventwire::Article& a : articles) (*pipeline)->process(a);
  double pipeline_cpu = (cpu_seconds() - t0) / pipeline_repeat;

  // The coder alone on the parsed documents.
  for (eventwire::Document& d : docs) (*coder)->annotate(d);
  t0 = cpu_seconds();
  for (int r = 0; r < repeat; ++r)
    for (eventwire::Document& d : docs) (*coder)->annotate(d);
  double coder_cpu = cpu_seconds() - t0;

  print("articles", static_cast<double>(articles.size()));
  print("sentences", sentences);
  print("tokens", tokens);
  print("events", events);
  print("coder_tokens_per_cpu_s", tokens * repeat / coder_cpu);
  print("pipeline_articles_per_cpu_s", static_cast<double>(articles.size()) / pipeline_cpu);
  print("pipeline_sentences_per_cpu_s", sentences / pipeline_cpu);
  print("pipeline_tokens_per_cpu_s", tokens / pipeline_cpu);
  print("peak_rss_mb", eventwire::bench::peak_rss_mb());
  std::printf("cpu %s\n", eventwire::bench::cpu_model().c_str());
  return 0;
}
