// The batch runner: one thread reads, workers process a bounded batch in
// parallel, results go out in input order.
#include <atomic>
#include <chrono>
#include <thread>
#include <variant>

#include "eventwire/pipeline.h"

namespace eventwire {

std::string BatchSummary::to_string() const {
  std::string out = "read " + std::to_string(read) + ", coded " + std::to_string(coded) +
                    ", rejected " + std::to_string(rejected);
  char rate[160];
  double s = seconds > 0 ? seconds : 1e-9;
  std::snprintf(rate, sizeof rate,
                " (%llu sentences, %llu tokens in %.2f s: %.1f articles/s, %.0f tokens/s)",
                static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(tokens),
                seconds, coded / s, tokens / s);
  out += rate;
  if (stopped_early) out += "; stopped at the first error (--strict)";
  return out;
}

BatchSummary run_batch(ArticleStream& stream, const Pipeline& pipeline, const BatchOptions& options,
                       const std::function<void(Document&)>& on_document,
                       const std::function<void(const ReadError&)>& on_error) {
  BatchSummary summary;
  auto start = std::chrono::steady_clock::now();
  int threads = std::max(1, options.threads);
  size_t batch_size = std::max<size_t>(options.batch_size, static_cast<size_t>(threads));
  using Item = std::variant<Article, ReadError, Document>;
  std::vector<Item> batch;
  bool done = false;
  while (!done) {
    batch.clear();
    while (batch.size() < batch_size) {
      Article article;
      ReadError error;
      ArticleStream::Next next = stream.next(article, error);
      if (next == ArticleStream::Next::kEnd) {
        done = true;
        break;
      }
      ++summary.read;
      if (next == ArticleStream::Next::kError) {
        batch.emplace_back(std::move(error));
        if (options.strict) {
          done = true;
          summary.stopped_early = true;
          break;
        }
      } else {
        batch.emplace_back(std::move(article));
      }
    }
    std::atomic<size_t> next_index{0};
    auto work = [&] {
      for (size_t i = next_index++; i < batch.size(); i = next_index++)
        if (auto* article = std::get_if<Article>(&batch[i]))
          batch[i] = pipeline.process(std::move(*article));
    };
    if (threads == 1 || batch.size() < 2) {
      work();
    } else {
      std::vector<std::thread> workers;
      for (int t = 0; t < threads; ++t) workers.emplace_back(work);
      for (std::thread& worker : workers) worker.join();
    }
    for (Item& item : batch) {
      if (auto* error = std::get_if<ReadError>(&item)) {
        ++summary.rejected;
        on_error(*error);
      } else if (auto* doc = std::get_if<Document>(&item)) {
        ++summary.coded;
        summary.sentences += doc->sentences.size();
        for (const Sentence& s : doc->sentences) summary.tokens += s.tokens.size();
        summary.bytes += doc->article.text.size();
        on_document(*doc);
      }
    }
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace eventwire
