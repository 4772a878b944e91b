// Background history on hand-built documents (invented text): only an explicit
// year or decade of the event's own clause, ending over a year before the
// article, counts.
#include <gtest/gtest.h>

#include "eventwire/pipeline.h"

namespace eventwire {
namespace {

// One event dated by one time expression, in an article of 2021-06-15.
Document dated(const std::string& text, const std::string& value,
               const std::string& modality = "asserted", const std::string& type = "DATE") {
  Document doc;
  doc.article.date = "2021-06-15";
  TimeExpression t;
  t.id = "T1", t.text = text, t.value = value, t.type = type;
  doc.times.push_back(t);
  Event e;
  e.id = "V1", e.date = value, e.date_source = "time:T1", e.modality = modality;
  doc.events.push_back(e);
  return doc;
}

std::string marked(Document doc) {
  mark_historical(doc);
  return doc.events[0].modality;
}

TEST(Historical, ExplicitOldYearIsHistorical) {
  EXPECT_EQ(marked(dated("In 1993", "1993")), "historical");             // "In 1993, Gondor …"
  EXPECT_EQ(marked(dated("a 2008 treaty", "2008")), "historical");       // "a 2008 treaty"
  EXPECT_EQ(marked(dated("March 2019", "2019-03")), "historical");       // over a year before
  EXPECT_EQ(marked(dated("June 1, 2020", "2020-06-01")), "historical");  // two weeks over
  EXPECT_EQ(marked(dated("summer 2003", "2003-SU")), "historical");
}

TEST(Historical, RecentOrLaterDatesStayAsserted) {
  EXPECT_EQ(marked(dated("June 20, 2020", "2020-06-20")), "asserted");  // within a year
  EXPECT_EQ(marked(dated("in 2020", "2020")), "asserted");              // 2020 ends within the year
  EXPECT_EQ(marked(dated("in 2023", "2023")), "asserted");  // after the article: left alone
}

TEST(Historical, ADecadeEndedLongBeforeIsHistorical) {
  EXPECT_EQ(marked(dated("in the 1990s", "199X")), "historical");
  EXPECT_EQ(marked(dated("in the 2020s", "202X")), "asserted");  // the article's own decade
  EXPECT_EQ(marked(dated("that decade", "199X")), "asserted");   // no decade written out
}

TEST(Historical, VagueOrRelativeTimesDoNotCount) {
  EXPECT_EQ(marked(dated("in the 19th century", "18")), "asserted");
  EXPECT_EQ(marked(dated("five years ago", "2016")), "asserted");  // no year written out
  EXPECT_EQ(marked(dated("for a decade", "P10Y", "asserted", "DURATION")), "asserted");
}

TEST(Historical, OnlyAssertedEventsDatedByTheirOwnClause) {
  EXPECT_EQ(marked(dated("in 1993", "1993", "hypothetical")), "hypothetical");
  Document article_dated = dated("in 1993", "1993");
  article_dated.events[0].date_source = "article";
  EXPECT_EQ(marked(article_dated), "asserted");
  Document undated = dated("in 1993", "1993");
  undated.article.date.clear();
  EXPECT_EQ(marked(undated), "asserted");
}

TEST(Historical, ReportedEventDatedByItsStatementIsLeftAlone) {
  // "stressed the 2010 raid, speaking at a forum": the year is the quote's topic.
  Document doc = dated("In 2010", "2010");
  Quote q;
  q.id = "Q1", q.date = "2010", q.date_source = "time:T1";
  doc.quotes.push_back(q);
  doc.events[0].date_source = "quote:Q1";
  EXPECT_EQ(marked(doc), "asserted");
}

}  // namespace
}  // namespace eventwire
