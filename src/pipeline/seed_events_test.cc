// The acceptance sample's events (#1–#11 of ../shared/samples/
// seed-article.facts.md) through the whole pipeline with the built-in lexicon
// and actors: at least 10 of the 11 with the right source, target and CAMEO
// root. The article is read from ../shared at test time (never copied);
// skipped when it or the models are absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "eventwire/io.h"
#include "eventwire/pipeline.h"

namespace eventwire {
namespace {

struct Fact {
  int number;
  const char* source;  // actor code prefix ("" for any, #5's crowds)
  const char* target;
  std::vector<std::string> roots;
};

bool matches(const Event& e, const Fact& f) {
  auto code = [](const std::optional<EventArgument>& a) { return a ? a->actor_code : ""; };
  return code(e.source).rfind(f.source, 0) == 0 && code(e.target).rfind(f.target, 0) == 0 &&
         std::find(f.roots.begin(), f.roots.end(), e.root_code) != f.roots.end();
}

TEST(SeedEvents, TenOfElevenFacts) {
  std::string path = std::string(EVENTWIRE_SHARED_DIR) + "/samples/seed-article.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  PipelineOptions options;
  options.syntax = options.entities = options.time = options.geo = options.events = options.quotes =
      true;
  auto pipeline = Pipeline::create(options);
  if (!pipeline) GTEST_SKIP() << "models or gazetteer missing: " << pipeline.status().message();
  ReadOptions read;
  read.format = InputFormat::kNative;
  auto stream = ArticleStream::open({path}, read);
  ASSERT_TRUE(stream);
  Article article;
  ReadError error;
  ASSERT_EQ((*stream)->next(article, error), ArticleStream::Next::kArticle);
  Document doc = (*pipeline)->process(std::move(article));

  const std::vector<Fact> facts = {{1, "IRNMIL", "PSEREBHMS", {"03"}},
                                   {2, "PSEREBHMS", "IRNMIL", {"04"}},
                                   {3, "IRNMIL", "PSEREBHMS", {"04"}},
                                   {4, "USAGOV", "ISR", {"05"}},
                                   {5, "", "", {"14"}},
                                   {6, "PSEREBHMS", "ISR", {"19"}},
                                   {7, "PSEREBHMS", "PSEFTH", {"18", "19"}},
                                   {8, "PSEREBHMS", "ISR", {"10", "11", "13", "14", "19"}},
                                   {9, "IRN", "PSEREBHMS", {"03"}},
                                   {10, "PSEREBHMS", "IRN", {"04"}},
                                   {11, "IRN", "PSEREBHMS", {"07"}}};
  int found = 0;
  std::string missed;
  for (const Fact& f : facts) {
    bool hit = std::any_of(doc.events.begin(), doc.events.end(),
                           [&](const Event& e) { return matches(e, f); });
    found += hit ? 1 : 0;
    if (!hit) missed += " #" + std::to_string(f.number);
  }
  EXPECT_GE(found, 10) << "missed:" << missed;
  // Every event says whether it happened.
  for (const Event& e : doc.events) EXPECT_FALSE(e.modality.empty()) << e.id;
}

}  // namespace
}  // namespace eventwire
