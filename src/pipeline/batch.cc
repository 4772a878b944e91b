// The batch runner: one thread reads, workers process a bounded batch in
// parallel, results go out in input order.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
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
  auto emit = [&](std::variant<Article, ReadError, Document>& item) {
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
    item = ReadError{};  // the document's memory goes back now, not with the batch
  };
  using Item = std::variant<Article, ReadError, Document>;
  std::vector<Item> batch;
  bool done = false;
  while (!done) {
    batch.clear();
    // One thread: each document goes out as soon as it is made, so memory
    // holds one article at a time.
    size_t limit = threads == 1 ? 1 : batch_size;
    while (batch.size() < limit) {
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
    if (threads == 1 || batch.size() < 2) {
      for (Item& item : batch) {
        if (auto* article = std::get_if<Article>(&item))
          item = pipeline.process(std::move(*article));
        emit(item);
      }
      continue;
    }
    // Workers take articles in order; this thread writes each result as soon
    // as it and every one before it are ready.
    std::vector<char> ready(batch.size(), 0);
    std::mutex mutex;
    std::condition_variable became_ready;
    std::atomic<size_t> next_index{0};
    auto work = [&] {
      for (size_t i = next_index++; i < batch.size(); i = next_index++) {
        if (auto* article = std::get_if<Article>(&batch[i]))
          batch[i] = pipeline.process(std::move(*article));
        std::lock_guard<std::mutex> lock(mutex);
        ready[i] = 1;
        became_ready.notify_one();
      }
    };
    std::vector<std::thread> workers;
    // Joined on every way out, also when a callback throws.
    struct Joiner {
      std::vector<std::thread>& threads;
      ~Joiner() {
        for (std::thread& t : threads)
          if (t.joinable()) t.join();
      }
    } joiner{workers};
    for (int t = 0; t < threads; ++t) workers.emplace_back(work);
    for (size_t i = 0; i < batch.size(); ++i) {
      {
        std::unique_lock<std::mutex> lock(mutex);
        became_ready.wait(lock, [&] { return ready[i] != 0; });
      }
      emit(batch[i]);
    }
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace eventwire
