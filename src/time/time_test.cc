// Rule families of the time tagger, in our own sentences (article date Monday 2017-12-25).
#include <gtest/gtest.h>

#include "eventwire/time.h"
#include "time/test_util.h"

namespace eventwire {
namespace {

std::shared_ptr<const TimeTagger> tagger() {
  static std::shared_ptr<const TimeTagger> t = *TimeTagger::create();
  return t;
}

Document annotate(const std::string& text, const std::string& date, Anchor anchor) {
  Document doc = time_test::make_document(text, date);
  TimeOptions opts;
  opts.anchor = anchor;
  tagger()->annotate(doc, opts);
  return doc;
}

// "text=value" for each expression found.
std::vector<std::string> tag(const std::string& text, const std::string& date = "2017-12-25",
                             Anchor anchor = Anchor::kNews) {
  std::vector<std::string> out;
  for (const TimeExpression& t : annotate(text, date, anchor).times)
    out.push_back(t.text + "=" + t.value);
  return out;
}

using V = std::vector<std::string>;

TEST(TimeTagger, WeekdaysAndMonthsFollowTheVerbTense) {
  EXPECT_EQ(tag("The remarks were broadcast Monday by a radio station ."), V{"Monday=2017-12-25"});
  EXPECT_EQ(tag("It came from a speech he gave on Thursday in the city ."),
            V{"Thursday=2017-12-21"});
  EXPECT_EQ(tag("The ministers will meet on Thursday in Paris ."), V{"Thursday=2017-12-28"});
  EXPECT_EQ(tag("The union is going to strike on Friday ."), V{"Friday=2017-12-29"});
  EXPECT_EQ(tag("In November , a trade delegation visited the capital ."), V{"November=2017-11"});
  EXPECT_EQ(tag("The president announced on December 6 that talks would resume ."),
            V{"December 6=2017-12-06"});
  EXPECT_EQ(tag("Elections will be held in March ."), V{"March=2018-03"});
  EXPECT_EQ(tag("Prices rose in March ."), V{"March=2017-03"});
  EXPECT_EQ(tag("He resigned last Monday ."), V{"last Monday=2017-12-18"});
  EXPECT_EQ(tag("They meet next Tuesday ."), V{"next Tuesday=2017-12-26"});
}

TEST(TimeTagger, MayAndMarchBeforeARecordAreMonths) {
  // "a March interview", "her May speech": the month of a record.
  EXPECT_EQ(tag("In a March interview , the mayor praised the plan ."), V{"March=2017-03"});
  EXPECT_EQ(tag("Her May speech angered the council ."), V{"May=2017-05"});
  // A march or a wish stays no time.
  EXPECT_EQ(tag("They joined a March for the harbour workers ."), V{});
  EXPECT_EQ(tag("It may rain ."), V{});
}

TEST(TimeTagger, ExplicitAndPartialDates) {
  EXPECT_EQ(tag("She said she first met the minister in 2012 ."), V{"2012=2012"});
  EXPECT_EQ(tag("The party took control of the city in 2007 ."), V{"2007=2007"});
  EXPECT_EQ(tag("It began on September 1, 1939 ."), V{"September 1, 1939=1939-09-01"});
  EXPECT_EQ(tag("It ended in November 1939 ."), V{"November 1939=1939-11"});
  EXPECT_EQ(tag("The vote was held on the 3rd of May ."), V{"the 3rd of May=2017-05-03"});
  EXPECT_EQ(tag("Signed 14 February 2016 in Rome ."), V{"14 February 2016=2016-02-14"});
  EXPECT_EQ(tag("Filed on 2017-12-21 by the clerk ."), V{"2017-12-21=2017-12-21"});
  EXPECT_EQ(tag("Filed on 12/21/2017 by the clerk ."), V{"12/21/2017=2017-12-21"});
  EXPECT_EQ(tag("Talks broke down on Monday, December 18 ."), V{"Monday, December 18=2017-12-18"});
  EXPECT_EQ(tag("The treaty of 480 BC held ."), V{"480 BC=BC0480"});
}

TEST(TimeTagger, Ranges) {
  EXPECT_EQ(tag("He ruled from 1990 to 1995 ."), (V{"1990=1990", "1995=1995"}));
  EXPECT_EQ(tag("The summit was held June 3-5 ."), (V{"June 3=2017-06-03", "5=2017-06-05"}));
  EXPECT_EQ(tag("The war lasted 1939-1945 ."), (V{"1939=1939", "1945=1945"}));
}

TEST(TimeTagger, RelativeToTheArticleDate) {
  EXPECT_EQ(tag("Talks stalled last week ."), V{"last week=2017-W51"});
  EXPECT_EQ(tag("They arrived two days ago ."), V{"two days ago=2017-12-23"});
  EXPECT_EQ(tag("Prices fell earlier this month ."), V{"earlier this month=2017-12"});
  EXPECT_EQ(tag("Elections are due next year ."), V{"next year=2018"});
  EXPECT_EQ(tag("The strike ended yesterday ."), V{"yesterday=2017-12-24"});
  EXPECT_EQ(tag("Talks resume tomorrow morning ."), V{"tomorrow morning=2017-12-26TMO"});
  EXPECT_EQ(tag("The vote is this week ."), V{"this week=2017-W52"});
  EXPECT_EQ(tag("Protests continued last night ."), V{"last night=2017-12-24TNI"});
  EXPECT_EQ(tag("Sales rose last year ."), V{"last year=2016"});
}

TEST(TimeTagger, ReferencesToPastPresentFuture) {
  EXPECT_EQ(tag("There were clashes in recent weeks ."), V{"recent weeks=PAST_REF"});
  EXPECT_EQ(tag("In recent months , the ties have grown ."), V{"recent months=PAST_REF"});
  EXPECT_EQ(tag("He is now the leader ."), V{"now=PRESENT_REF"});
  EXPECT_EQ(tag("He recently resigned ."), V{"recently=PAST_REF"});
  EXPECT_EQ(tag("Talks may resume in the future ."), V{"the future=FUTURE_REF"});
}

TEST(TimeTagger, DecadesCenturiesSeasonsQuarters) {
  EXPECT_EQ(tag("It grew in the 1990s ."), V{"the 1990s=199"});
  EXPECT_EQ(tag("A hit of the '80s ."), V{"the '80s=198"});
  EXPECT_EQ(tag("Unrest grew in the late 1960s ."), V{"the late 1960s=196"});
  EXPECT_EQ(tag("Built in the 19th century ."), V{"the 19th century=18"});
  EXPECT_EQ(tag("Known since the early 21st century ."), V{"the early 21st century=20"});
  EXPECT_EQ(tag("Founded in the 4th century BC ."), V{"the 4th century BC=BC03"});
  EXPECT_EQ(tag("It opened in the summer of 2016 ."), V{"the summer of 2016=2016-SU"});
  EXPECT_EQ(tag("Profits rose in the third quarter of 2017 ."),
            V{"the third quarter of 2017=2017-Q3"});
  EXPECT_EQ(tag("Output fell in the second half of 2008 ."), V{"the second half of 2008=2008-H2"});
  EXPECT_EQ(tag("Troops left by the end of 1941 ."), V{"the end of 1941=1941"});
}

TEST(TimeTagger, TimesOfDay) {
  EXPECT_EQ(tag("The blast came at 10:30 a.m. near the market ."),
            V{"10:30 a.m.=2017-12-25T10:30"});
  EXPECT_EQ(tag("Polls close at 8 pm ."), V{"8 pm=2017-12-25T20:00"});
  EXPECT_EQ(tag("He spoke this morning ."), V{"this morning=2017-12-25TMO"});
  EXPECT_EQ(tag("It ended at midnight ."), V{"midnight=2017-12-25T24:00"});
  EXPECT_EQ(tag("They met on December 6 at 9:15 ."),
            (V{"December 6=2017-12-06", "9:15=2017-12-06T09:15"}));
  EXPECT_EQ(tag("The truce began at 11 a.m. on 11 November 1918 ."),
            (V{"11 a.m.=1918-11-11T11:00", "11 November 1918=1918-11-11"}));
  EXPECT_EQ(tag("It struck May 8 1:00AM local time ."),
            V{"May 8 1:00AM local time=2017-05-08T01:00"});
}

TEST(TimeTagger, Durations) {
  EXPECT_EQ(tag("He served three years in prison ."), V{"three years=P3Y"});
  EXPECT_EQ(tag("The siege lasted two weeks ."), V{"two weeks=P2W"});
  EXPECT_EQ(tag("It took a decade ."), V{"a decade=P1DE"});
  EXPECT_EQ(tag("He was held for 18 months ."), V{"18 months=P18M"});
  EXPECT_EQ(tag("Fighting went on for several days ."), V{"several days=PXD"});
  EXPECT_EQ(tag("A three-day truce began ."), V{"three-day=P3D"});
  EXPECT_EQ(tag("The talks took about two hours ."), V{"about two hours=PT2H"});
  EXPECT_EQ(tag("The war lasted a year and a half ."), V{"a year and a half=P1.5Y"});
  EXPECT_EQ(tag("He is twenty-one years old ."), V{"twenty-one years old=P21Y"});
}

TEST(TimeTagger, Sets) {
  Document doc = annotate("Inspectors visit every week .", "2017-12-25", Anchor::kNews);
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].type, "SET");
  EXPECT_EQ(doc.times[0].value, "P1W");
  EXPECT_EQ(tag("They protest every Monday ."), V{"every Monday=XXXX-WXX-1"});
  EXPECT_EQ(tag("The paper appears daily ."), V{"daily=P1D"});
  EXPECT_EQ(tag("They meet twice a year ."), V{"twice a year=P1Y"});
  EXPECT_EQ(tag("Ten attacks per day ."), V{"per day=P1D"});
}

TEST(TimeTagger, Holidays) {
  EXPECT_EQ(tag("They were freed on Christmas Eve ."), V{"Christmas Eve=2017-12-24"});
  EXPECT_EQ(tag("The fire broke out on Easter Sunday 2016 ."), V{"Easter Sunday 2016=2016-03-27"});
}

TEST(TimeTagger, NarrativeAnchorsOnTheLastExplicitDate) {
  const std::string text =
      "On September 1, 1939 , Germany attacked Poland .\n"
      "The next day , Britain sent an ultimatum .\n"
      "Three days later , France declared war .\n"
      "In November , the Soviet Union attacked Finland .\n"
      "In December 1941 , Japan attacked .\n"
      "In January , the declaration was signed .\n"
      "On January 5 , talks began .\n"
      "On Friday , troops moved .";
  EXPECT_EQ(tag(text, "2009-12-19", Anchor::kNarrative),
            (V{"September 1, 1939=1939-09-01", "The next day=1939-09-02",
               "Three days later=1939-09-04", "November=1939-11", "December 1941=1941-12",
               "January=1942-01", "January 5=1942-01-05", "Friday=1942-01-09"}));
  EXPECT_EQ(tag("In 1940 , Italy joined . In August of that year , Italy attacked .", "2009-12-19",
                Anchor::kNarrative),
            (V{"1940=1940", "August of that year=1940-08"}));
  // A far-off year is a digression; "this year" is the writer's year.
  EXPECT_EQ(tag("In 1940 , Italy joined .\nLike Napoleon in 1812 , it failed .\nIn August , it "
                "attacked .\n"
                "This year the war is remembered .",
                "2009-12-19", Anchor::kNarrative),
            (V{"1940=1940", "1812=1812", "August=1940-08", "This year=2009"}));
  EXPECT_EQ(tag("By 490 BC the revolt had ended . In 480 , Xerxes invaded .", "2009-12-19",
                Anchor::kNarrative),
            (V{"490 BC=BC0490", "480=BC0480"}));
}

TEST(TimeTagger, NewsAnaphoraUsesTheLastDateInTheText) {
  EXPECT_EQ(tag("The attack came on December 6 .\nThe next day , troops withdrew ."),
            (V{"December 6=2017-12-06", "The next day=2017-12-07"}));
}

TEST(TimeTagger, WithoutArticleDateValuesStayOpen) {
  EXPECT_EQ(tag("They met on Thursday .", ""), V{"Thursday=XXXX-WXX-4"});
  EXPECT_EQ(tag("They met on December 6 .", ""), V{"December 6=XXXX-12-06"});
  EXPECT_EQ(tag("They met yesterday .", ""), V{"yesterday=XXXX-XX-XX"});
  Document doc = annotate("They met yesterday .", "Christmas", Anchor::kNews);
  EXPECT_EQ(doc.warnings.size(), 1u);
}

TEST(TimeTagger, NumbersThatAreNotTimes) {
  EXPECT_TRUE(tag("Some 1500 troops and 2,000 tanks moved in .").empty());
  EXPECT_TRUE(tag("A second attack followed .").empty());
  EXPECT_TRUE(tag("They may march on the capital .").empty());
  EXPECT_TRUE(tag("It cost $ 2010 in total .").empty());
}

TEST(TimeTagger, OffsetsIdsAndTokens) {
  // "é" is two bytes but one code point: offsets are code points.
  Document doc = time_test::make_document("Caf\xc3\xa9 opened on Friday , then closed in 2012 .",
                                          "2017-12-25");
  // make_document assumes ASCII; fix the code point offsets of tokens after the é.
  for (Token& t : doc.sentences[0].tokens)
    if (t.byte_start > 3) t.start = t.byte_start - 1, t.end = t.byte_end - 1;
  tagger()->annotate(doc, TimeOptions{});
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].id, "T1");
  EXPECT_EQ(doc.times[1].id, "T2");
  EXPECT_EQ(doc.times[0].text, "Friday");
  EXPECT_EQ(doc.times[0].start, 15u);
  EXPECT_EQ(doc.times[0].end, 21u);
  EXPECT_EQ(doc.times[0].type, "DATE");
  EXPECT_EQ(doc.times[0].sentence, 0);
  EXPECT_EQ(doc.times[0].first_token, 3);
  EXPECT_EQ(doc.times[0].last_token, 4);
  EXPECT_EQ(doc.times[1].first_token, 8);
  EXPECT_EQ(doc.times[1].last_token, 9);
}

// Fills heads: `heads[i]` is the CoNLL-U head of token i, with xpos and deprel.
void parse(Document* doc, const std::vector<int>& heads, const std::vector<std::string>& xpos,
           const std::vector<std::string>& deprel) {
  auto& toks = doc->sentences[0].tokens;
  for (size_t i = 0; i < toks.size(); ++i) {
    toks[i].head = heads[i];
    toks[i].xpos = xpos[i];
    toks[i].deprel = deprel[i];
    toks[i].upos = xpos[i].rfind("VB", 0) == 0 ? "VERB" : xpos[i] == "MD" ? "AUX" : "X";
    if (xpos[i] == "VBD") toks[i].feats = "Tense=Past";
  }
}

TEST(TimeTagger, ParsedTenseAndTimeForToken) {
  // "Envoys who quit will meet Thursday" : the window's nearest cue ("quit"
  // is not one, "will" is) agrees with the tree; the tree picks "meet".
  Document doc = time_test::make_document("Envoys who resigned will meet Thursday", "2017-12-25");
  parse(&doc, {5, 3, 1, 5, 0, 5}, {"NNS", "WP", "VBD", "MD", "VB", "NNP"},
        {"nsubj", "nsubj", "acl:relcl", "aux", "root", "obl:tmod"});
  tagger()->annotate(doc, TimeOptions{});
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "2017-12-28");
  EXPECT_EQ(time_for_token(doc, 0, 4), std::optional<size_t>(0));
  EXPECT_EQ(time_for_token(doc, 0, 2), std::nullopt);  // "resigned" does not govern it

  Document past =
      time_test::make_document("Thursday , the envoy who will lead talks resigned", "2017-12-25");
  parse(&past, {9, 9, 4, 9, 7, 7, 4, 7, 0},
        {"NNP", ",", "DT", "NN", "WP", "MD", "VB", "NNS", "VBD"},
        {"obl:tmod", "punct", "det", "nsubj", "nsubj", "aux", "acl:relcl", "obj", "root"});
  tagger()->annotate(past, TimeOptions{});
  ASSERT_EQ(past.times.size(), 1u);
  EXPECT_EQ(past.times[0].value, "2017-12-21");  // the window alone would have seen "will"
}

TEST(TimeTagger, LoneDayNameDatesItsVerbWhateverItsRelation) {
  // "said Friday that ...": the parse makes the day the verb's subject.
  Document said = time_test::make_document("An envoy said Friday that rebels left", "2017-12-25");
  parse(&said, {2, 3, 0, 3, 7, 7, 3}, {"DT", "NN", "VBD", "NNP", "IN", "NNS", "VBD"},
        {"det", "nsubj", "root", "nsubj", "mark", "nsubj", "ccomp"});
  tagger()->annotate(said, TimeOptions{});
  ASSERT_EQ(said.times.size(), 1u);
  EXPECT_EQ(time_for_token(said, 0, 2), std::optional<size_t>(0));
  EXPECT_EQ(time_for_token(said, 0, 6), std::nullopt);  // "left" does not govern it

  // A day that names the object ("Friday's vote") dates nothing.
  Document poss = time_test::make_document("Rebels condemned Friday 's vote", "2017-12-25");
  parse(&poss, {2, 0, 5, 3, 2}, {"NNS", "VBD", "NNP", "POS", "NN"},
        {"nsubj", "root", "nmod:poss", "case", "obj"});
  tagger()->annotate(poss, TimeOptions{});
  ASSERT_FALSE(poss.times.empty());
  EXPECT_EQ(time_for_token(poss, 0, 1), std::nullopt);

  // A day that owns the occasion of the act ("at Friday 's rally") dates it.
  Document at = time_test::make_document("Rebels cheered at Friday 's rally", "2017-12-25");
  parse(&at, {2, 0, 6, 6, 4, 2}, {"NNS", "VBD", "IN", "NNP", "POS", "NN"},
        {"nsubj", "root", "case", "nmod:poss", "case", "obl"});
  tagger()->annotate(at, TimeOptions{});
  ASSERT_FALSE(at.times.empty());
  EXPECT_EQ(time_for_token(at, 0, 1), std::optional<size_t>(0));
}

TEST(TimeTagger, NounEventTakesTheTimeOfItsSupportVerb) {
  // "The council on Friday made a condemnation": the day hangs on the subject.
  Document doc =
      time_test::make_document("The council on Friday made a condemnation", "2017-12-25");
  parse(&doc, {2, 5, 4, 2, 0, 7, 5}, {"DT", "NN", "IN", "NNP", "VBD", "DT", "NN"},
        {"det", "nsubj", "case", "nmod", "root", "det", "obj"});
  tagger()->annotate(doc, TimeOptions{});
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "2017-12-22");
  EXPECT_EQ(time_for_token(doc, 0, 6), std::optional<size_t>(0));  // condemnation
  EXPECT_EQ(time_for_token(doc, 0, 1), std::nullopt);              // council: no event
}

TEST(TimeTagger, TimeForTokenUnparsedTakesTheNearestInTheClause) {
  Document doc = time_test::make_document(
      "Troops left on Monday ; talks resumed in 2012 after a pause", "2017-12-25");
  tagger()->annotate(doc, TimeOptions{});
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(time_for_token(doc, 0, 1), std::optional<size_t>(0));  // left
  EXPECT_EQ(time_for_token(doc, 0, 6), std::optional<size_t>(1));  // resumed
  EXPECT_EQ(time_for_token(doc, 3, 0), std::nullopt);
}

}  // namespace
}  // namespace eventwire
