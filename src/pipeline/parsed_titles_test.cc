// Titles before names on parsed text: a relative "that" is no article of the
// title ("the blast that Mayor X described"), a demonstrative is.
#include <gtest/gtest.h>

#include "eventwire/pipeline.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

const Entity* entity_with_mention(const Document& doc, const std::string& text) {
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.text == text) return &e;
  return nullptr;
}

TEST(ParsedTitles, ARelativeThatIsNoArticleOfTheTitle) {
  PipelineOptions options;
  options.syntax = options.entities = true;
  auto pipeline = Pipeline::create(options);
  if (!pipeline) GTEST_SKIP() << "models missing: " << pipeline.status().message();
  Article article;
  article.id = "titles";
  article.date = "2021-05-04";
  article.text = "The fire that Mayor Tomas Varga described as arson destroyed the old mill.";
  article.paragraphs.push_back({0, count_code_points(article.text)});
  Document doc = (*pipeline)->process(std::move(article));
  const Entity* mayor = entity_with_mention(doc, "Mayor Tomas Varga");
  ASSERT_NE(mayor, nullptr);
  EXPECT_EQ(mayor->actor_code.substr(3), "GOV") << mayor->actor_code;
  EXPECT_EQ(mayor->resolved_by.rfind("title", 0), 0u) << mayor->resolved_by;
}

}  // namespace
}  // namespace eventwire
