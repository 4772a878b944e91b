// Event coder and whole-pipeline throughput, one thread, CPU time.
//
//   bench_events [--repeat N] [ARTICLE_FILE...]   (default: the seed article in shared/)
//
// Prints `name value` lines: coder tokens/s per core on already parsed
// documents (built-in lexicon), then the full pipeline (segmentation, syntax,
// entities, time, geo, quotes, events) in articles/s and tokens/s per core.
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
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else files.push_back(argv[i]);
  }
  if (files.empty()) files.push_back(std::string(EVENTWIRE_SHARED_DIR) + "/samples/seed-article.txt");
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
  while ((*stream)->next(article, error) == eventwire::ArticleStream::Next::kArticle) articles.push_back(article);

  eventwire::PipelineOptions full;
  full.syntax = full.entities = full.time = full.geo = full.events = full.quotes = true;
  auto pipeline = eventwire::Pipeline::create(full);
  if (!pipeline) {
    std::fprintf(stderr, "bench_events: %s\n", pipeline.status().message().c_str());
    return 1;
  }
  auto coder = eventwire::EventCoder::create({});
  if (!coder) return 1;

  // Whole pipeline.
  std::vector<eventwire::Document> docs;
  double tokens = 0, events = 0;
  double t0 = cpu_seconds();
  for (const eventwire::Article& a : articles) docs.push_back((*pipeline)->process(a));
  double pipeline_cpu = cpu_seconds() - t0;
  for (const eventwire::Document& d : docs) {
    for (const eventwire::Sentence& s : d.sentences) tokens += static_cast<double>(s.tokens.size());
    events += static_cast<double>(d.events.size());
  }

  // The coder alone on the parsed documents.
  t0 = cpu_seconds();
  for (int r = 0; r < repeat; ++r)
    for (eventwire::Document& d : docs) (*coder)->annotate(d);
  double coder_cpu = cpu_seconds() - t0;

  print("articles", static_cast<double>(articles.size()));
  print("tokens", tokens);
  print("events", events);
  print("coder_tokens_per_cpu_s", tokens * repeat / coder_cpu);
  print("pipeline_articles_per_cpu_s", static_cast<double>(articles.size()) / pipeline_cpu);
  print("pipeline_tokens_per_cpu_s", tokens / pipeline_cpu);
  print("peak_rss_mb", eventwire::bench::peak_rss_mb());
  std::printf("cpu %s\n", eventwire::bench::cpu_model().c_str());
  return 0;
}
