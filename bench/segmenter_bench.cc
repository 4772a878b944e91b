// Tokenization + sentence splitting, rules against the trained segmenter, on
// one core. Corpus: the raw text of UD English-EWT (train, dev, test), several
// passes, already in memory (reading is measured by bench_text).
// Usage: bench_segmenter [PASSES=5] [MODEL=models/segmenter/segmenter.ewm]
#include <cstdlib>

#include "bench_util.h"
#include "eventwire/sentence_model.h"
#include "eventwire/text.h"
#include "eventwire/text_eval.h"

int main(int argc, char** argv) {
  using namespace eventwire;
  int passes = argc > 1 ? std::atoi(argv[1]) : 5;
  std::string model_path = argc > 2 ? argv[2] : SentenceModel::default_path();
  double load_start = bench::now_seconds();
  auto model = SentenceModel::load(model_path);
  double load_seconds = bench::now_seconds() - load_start;
  if (!model) {
    std::fprintf(stderr, "bench_segmenter: %s\n", model.status().to_string().c_str());
    return 1;
  }
  std::string ewt = std::string(EVENTWIRE_SHARED_DIR) + "/data/ud/en_ewt/";
  std::vector<Article> articles;
  uint64_t bytes = 0;
  for (const char* split : {"train", "dev", "test"}) {
    auto gold = read_conllu_file(ewt + "en_ewt-ud-" + split + ".conllu");
    if (!gold) {
      std::fprintf(stderr, "bench_segmenter: needs ../shared: %s\n",
                   gold.status().to_string().c_str());
      return 1;
    }
    for (RawDocument& doc : raw_documents(*gold)) {
      bytes += doc.article.text.size();
      articles.push_back(std::move(doc.article));
    }
  }
  std::printf("# cpu %s\n", bench::cpu_model().c_str());
  bench::print("corpus_mb", bytes / 1e6);
  bench::print("passes", passes);
  bench::print("model_load_ms", load_seconds * 1e3);
  for (bool use_model : {false, true}) {
    SegmentOptions options;
    if (use_model) options.sentence_model = *model;
    uint64_t sentences = 0, tokens = 0;
    double start = bench::cpu_seconds();
    for (int pass = 0; pass < passes; ++pass)
      for (const Article& article : articles)
        for (const Sentence& s : segment_article(article, options, nullptr))
          ++sentences, tokens += s.tokens.size();
    double seconds = bench::cpu_seconds() - start;
    std::string prefix = use_model ? "model_" : "rules_";
    bench::print((prefix + "mb_per_s").c_str(), bytes * passes / 1e6 / seconds);
    bench::print((prefix + "tokens_per_s").c_str(), tokens / seconds);
    bench::print((prefix + "sentences_per_pass").c_str(), static_cast<double>(sentences) / passes);
  }
  bench::print("peak_rss_mb", bench::peak_rss_mb());
  return 0;
}
