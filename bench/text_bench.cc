// Reading + normalization + tokenization + sentence splitting, on one core.
// Corpus: the raw text of UD English-EWT (train, dev, test) written as JSON
// Lines, read through the normal reader, several passes.
// Usage: bench_text [PASSES=5]
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "bench_util.h"
#include "eventwire/io.h"
#include "eventwire/text.h"
#include "eventwire/text_eval.h"

int main(int argc, char** argv) {
  using namespace eventwire;
  int passes = argc > 1 ? std::atoi(argv[1]) : 5;
  std::string ewt = std::string(EVENTWIRE_SHARED_DIR) + "/data/ud/en_ewt/";
  std::filesystem::path corpus =
      std::filesystem::temp_directory_path() / "eventwire_bench_text.jsonl";
  {
    std::ofstream out(corpus);
    size_t docs = 0;
    for (const char* split : {"train", "dev", "test"}) {
      auto gold = read_conllu_file(ewt + "en_ewt-ud-" + split + ".conllu");
      if (!gold) {
        std::fprintf(stderr, "bench_text: needs ../shared: %s\n",
                     gold.status().to_string().c_str());
        return 1;
      }
      for (const RawDocument& doc : raw_documents(*gold)) {
        nlohmann::json record = {{"id", std::string("d").append(std::to_string(++docs))},
                                 {"date", "2020-01-01"},
                                 {"text", doc.article.text}};
        out << record.dump() << "\n";
      }
    }
  }
  uint64_t bytes = std::filesystem::file_size(corpus), tokens = 0, sentences = 0, articles = 0;
  double start = bench::now_seconds(), cpu_start = bench::cpu_seconds();
  for (int pass = 0; pass < passes; ++pass) {
    auto stream = ArticleStream::open({corpus.string()}, {});
    Article article;
    ReadError error;
    while ((*stream)->next(article, error) == ArticleStream::Next::kArticle) {
      ++articles;
      for (const Sentence& s : segment_article(article, {}, nullptr)) {
        ++sentences;
        tokens += s.tokens.size();
      }
    }
  }
  double wall = bench::now_seconds() - start;
  double seconds = bench::cpu_seconds() - cpu_start;  // one thread: CPU time = time on one core
  std::printf("# cpu %s\n", bench::cpu_model().c_str());
  bench::print("corpus_mb", bytes / 1e6);
  bench::print("passes", passes);
  bench::print("wall_s", wall);
  bench::print("cpu_s", seconds);
  bench::print("mb_per_s", bytes * passes / 1e6 / seconds);
  bench::print("tokens_per_s", tokens / seconds);
  bench::print("sentences_per_s", sentences / seconds);
  bench::print("articles_per_s", articles / seconds);
  bench::print("peak_rss_mb", bench::peak_rss_mb());
  std::filesystem::remove(corpus);
  return 0;
}
