// Tests on the shared data: the seed article's time values, the WikiWars
// target and the SemEval-2015 timeline check. Skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "eventwire/text.h"
#include "eventwire/time.h"

namespace eventwire {
namespace {

const std::string kShared = EVENTWIRE_SHARED_DIR;

// The native format: " date YYYY-MM-DD headline", blank line, paragraphs, outlet line.
Article read_native(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string raw = ss.str();
  Article a;
  size_t nl = raw.find('\n');
  std::string first = raw.substr(0, nl);
  size_t d = first.find("date ");
  a.date = first.substr(d + 5, 10);
  a.title = first.substr(d + 16);
  a.text = a.title;
  a.title_span = Span{0, count_code_points(a.title)};
  std::string body = raw.substr(nl + 1);
  std::istringstream lines(body);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    a.text += "\n\n";
    uint32_t start = count_code_points(a.text);
    a.text += line;
    a.paragraphs.push_back(Span{start, count_code_points(a.text)});
  }
  return a;
}

TEST(TimeData, SeedArticleValues) {
  std::string path = kShared + "/samples/seed-article.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no seed article at " << path;
  Document doc;
  doc.article = read_native(path);
  ASSERT_EQ(doc.article.date, "2017-12-25");
  doc.sentences = segment_article(doc.article, SegmentOptions{}, &doc.warnings);
  (*TimeTagger::create())->annotate(doc, TimeOptions{});
  std::multiset<std::string> found;
  for (const TimeExpression& t : doc.times) found.insert(t.text + "=" + t.value);
  for (const char* want :
       {"Monday=2017-12-25", "Thursday=2017-12-21", "2012=2012", "December 6=2017-12-06",
        "2007=2007", "November=2017-11", "recent weeks=PAST_REF", "recent months=PAST_REF"})
    EXPECT_EQ(found.count(want), 1u) << want;
  // Offsets point at the expression's own characters.
  CodePointIndex index(doc.article.text);
  for (const TimeExpression& t : doc.times) {
    uint32_t b0 = index.to_byte(t.start), b1 = index.to_byte(t.end);
    EXPECT_EQ(doc.article.text.substr(b0, b1 - b0), t.text);
  }
}

TEST(TimeData, WikiWarsNarrativeValueF1) {
  std::string dir = kShared + "/data/time/wikiwars";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no WikiWars at " << dir;
  auto docs = read_wikiwars_dir(dir);
  ASSERT_TRUE(docs.is_ok()) << docs.status().to_string();
  ASSERT_EQ(docs->size(), 22u);
  TimeOptions opts;
  opts.anchor = Anchor::kNarrative;
  TimeScores sc = evaluate_time(**TimeTagger::create(), *docs, opts);
  auto lines = sc.lines();
  std::map<std::string, double> m(lines.begin(), lines.end());
  EXPECT_GE(m["value_f1"], 85.0);
  EXPECT_GE(m["relaxed_f1"], 90.0);
}

TEST(TimeData, WikiWarsTimeml) {
  std::string dir = kShared + "/data/time/wikiwars/timex3-conversion-by-syntime";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no WikiWars TIMEX3 at " << dir;
  auto docs = read_timeml_dir(dir);
  ASSERT_TRUE(docs.is_ok()) << docs.status().to_string();
  ASSERT_EQ(docs->size(), 22u);
  EXPECT_EQ((*docs)[0].article.date, "2009-12-19");
  EXPECT_GT((*docs)[0].gold.size(), 100u);
}

TEST(TimeData, SemEvalTimelineBeatsTheArticleDate) {
  std::string dir = kShared + "/data/time/semeval2015-timeline";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no SemEval-2015 timelines at " << dir;
  auto sc = evaluate_timeline(**TimeTagger::create(), dir);
  ASSERT_TRUE(sc.is_ok()) << sc.status().to_string();
  EXPECT_GT(sc->events, 400u);
  EXPECT_GT(sc->reproduced, sc->article_date_only);
}

TEST(TimeData, MissingFoldersAreErrors) {
  EXPECT_FALSE(read_wikiwars_dir("/nonexistent/wikiwars").is_ok());
  EXPECT_FALSE(read_timeml_dir("/nonexistent/timeml").is_ok());
  EXPECT_FALSE(evaluate_timeline(**TimeTagger::create(), "/nonexistent/timeline").is_ok());
}

}  // namespace
}  // namespace eventwire
