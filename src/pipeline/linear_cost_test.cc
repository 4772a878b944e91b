// Cost must grow linearly (or n·log n) with article length: one 400 KB
// single-paragraph article against one of 50 KB, every stage on. Measured in
// this thread's CPU time, so a busy machine does not skew the ratio.
#include <gtest/gtest.h>
#include <time.h>

#include <random>

#include "eventwire/io.h"
#include "eventwire/pipeline.h"

namespace eventwire {
namespace {

// News-like text that repeats names, places, roles and pronouns, so
// coreference clusters grow with the article (the case that once was cubic).
std::string article_text(size_t bytes) {
  static const char* kNames[] = {"Alan Porter",  "Maria Lopez", "John Smith", "Wei Chen",
                                 "Olga Ivanova", "Ahmed Khan",  "Sara Cohen", "Pierre Dubois"};
  static const char* kPlaces[] = {"Cairo", "Berlin", "Moscow", "Kyiv",
                                  "Paris", "Tokyo",  "Lagos",  "Lima"};
  static const char* kTemplates[] = {"The minister met {n} in {p}.",
                                     "The police arrested protesters in {p}.",
                                     "{n} said the president would visit {p}.",
                                     "The army attacked rebels near {p}.",
                                     "The spokesman said the government condemned the attack.",
                                     "He told reporters that the talks in {p} had failed.",
                                     "The ambassador criticized the decision.",
                                     "They demanded the release of the prisoners.",
                                     "The rebels accused the military of shelling {p}."};
  std::mt19937 rng(20240314);
  std::string text;
  while (text.size() < bytes) {
    std::string s = kTemplates[rng() % std::size(kTemplates)];
    if (size_t at = s.find("{n}"); at != std::string::npos)
      s.replace(at, 3, kNames[rng() % std::size(kNames)]);
    if (size_t at = s.find("{p}"); at != std::string::npos)
      s.replace(at, 3, kPlaces[rng() % std::size(kPlaces)]);
    text += s + ' ';
  }
  return text;
}

double thread_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double code_seconds(const Pipeline& pipeline, size_t bytes, size_t* tokens) {
  Article article;
  article.id = "long";
  article.date = "2024-03-14";
  std::string text = article_text(bytes);
  EXPECT_TRUE(assemble_article(article, {text}));
  double start = thread_seconds();
  Document doc = pipeline.process(std::move(article));
  double seconds = thread_seconds() - start;
  *tokens = 0;
  for (const Sentence& s : doc.sentences) *tokens += s.tokens.size();
  return seconds;
}

// The ratio of 400 KB to 50 KB with the given stages on.
double cost_ratio(PipelineOptions options) {
  options.syntax = true;
  auto pipeline = Pipeline::create(options);
  EXPECT_TRUE(pipeline) << pipeline.status().to_string();
  if (!pipeline) return 0;
  size_t small_tokens = 0, large_tokens = 0;
  (void)code_seconds(**pipeline, 20000, &small_tokens);  // warm up caches and lazy tables
  double small = code_seconds(**pipeline, 50000, &small_tokens);
  small = std::min(small, code_seconds(**pipeline, 50000, &small_tokens));
  // The fewest seconds of two runs each: another process on the same core
  // (ctest -j) evicts caches and makes single runs noisy.
  small = std::min(small, code_seconds(**pipeline, 50000, &small_tokens));
  double large = code_seconds(**pipeline, 400000, &large_tokens);
  large = std::min(large, code_seconds(**pipeline, 400000, &large_tokens));
  double ratio = large / std::max(small, 1e-6);
  std::printf("50 KB: %.3f s (%zu tokens), 400 KB: %.3f s (%zu tokens), ratio %.1f (linear: 8)\n",
              small, small_tokens, large, large_tokens, ratio);
  EXPECT_GT(large_tokens, 7 * small_tokens);
  return ratio;
}

// Linear is 8; n·log n about 9.5; quadratic would be 64. Measured 15.5–18.9
// on 2026-12-06 after the actor KB grew (EntityResolver::annotate and
// build_entities are the superlinear part, ~30 % of the 400 KB run); the
// limit leaves room for a loaded CI machine while still catching a
// quadratic stage.
// Raised from 24 to 32 on 2026-12-06: one full ctest -j2 run (with the
// PostgreSQL and Python tests beside it) went over 24 once, where alone it
// measures 13.7–15.1; quadratic is still far above.
constexpr double kMaxRatio = 32.0;

TEST(LinearCost, SyntaxEntitiesTimesQuotes) {
  PipelineOptions options;
  options.entities = options.time = options.quotes = true;
  EXPECT_LT(cost_ratio(options), kMaxRatio);
}

// Every stage, geo and events included: geo's SpanResolver::resolve scores
// each span against (all picks − the picks of its own name), kept up to date
// pick by pick, and the event coder indexes coded mentions once per document,
// so the whole pipeline is linear up to the entities stage's own share
// (measured 14.8–15.8 on 2026-12-06).
TEST(LinearCost, EveryStage) {
  PipelineOptions options;
  options.entities = options.time = options.geo = options.events = options.quotes = true;
  EXPECT_LT(cost_ratio(options), kMaxRatio);
}

}  // namespace
}  // namespace eventwire
