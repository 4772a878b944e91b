// The political-news register (register.h) on hand-built parses of our own
// sentences.
#include "events/register.h"

#include <gtest/gtest.h>

#include "events/sentence_coder.h"
#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::make_doc;

Actor actor(const std::string& code, const std::string& text = "x") {
  Actor a;
  a.code = code;
  a.mention.text = text;
  a.mention.sentence = 0;
  return a;
}

// "Senator Vale attacked Mayor Oren"
Document attack_doc(const char* verb, const char* lemma) {
  return make_doc({{"Vale", "Vale", "PROPN", 2, "nsubj"},
                   {verb, lemma, "VERB", 0, "root"},
                   {"Oren", "Oren", "PROPN", 2, "obj"}});
}

std::string recode(const Document& doc, const std::string& source, const std::string& target,
                   std::string code = "190") {
  Tree tree(doc.sentences[0]);
  if (!register_allows(tree, 1, actor(source), actor(target), &code, nullptr)) return "none";
  return code;
}

TEST(Register, PoliticiansAttackInWords) {
  Document doc = attack_doc("attacked", "attack");
  EXPECT_EQ(recode(doc, "FRNELI", "FRNELI"), "111");
  EXPECT_EQ(recode(doc, "FRNPTY", ""), "111");
  EXPECT_EQ(recode(doc, "FRNLEG", "FRNMED"), "111");
  // a government on a politician of its own country, in words
  EXPECT_EQ(recode(doc, "FRNGOV", "FRNELI"), "111");
  // but on civilians, on another country or by or on armed men: force
  EXPECT_EQ(recode(doc, "FRNGOV", "FRNCVL"), "190");
  EXPECT_EQ(recode(doc, "FRNGOV", "GLDELI"), "190");
  EXPECT_EQ(recode(doc, "FRNELI", "GLD"), "190");
  EXPECT_EQ(recode(doc, "FRNELI", "FRNMIL"), "190");
  EXPECT_EQ(recode(doc, "FRNMIL", "FRNELI"), "190");
  // a verb of force that is not one of words stays as it is
  EXPECT_EQ(recode(attack_doc("shelled", "shell"), "FRNELI", "FRNELI"), "190");
  // only force is read so
  EXPECT_EQ(recode(doc, "FRNELI", "FRNELI", "010"), "010");
}

TEST(Register, BeatingARivalIsAContest) {
  EXPECT_EQ(recode(attack_doc("beat", "beat"), "FRNELI", "FRNELI"), "none");
  EXPECT_EQ(recode(attack_doc("beat", "beat"), "FRNMIL", "GLDMIL"), "190");
}

TEST(Register, SurveyRespondentsAreNoSource) {
  EXPECT_TRUE(survey_phrase("62 percent of likely voters"));
  EXPECT_TRUE(survey_phrase("a majority of Republicans"));
  EXPECT_TRUE(survey_phrase("respondents in the Vale poll"));
  EXPECT_FALSE(survey_phrase("a majority of the council"));
  EXPECT_FALSE(survey_phrase("the mayor of Oren"));
  // "41 percent of voters said …": the source found is "voters"
  Document doc = make_doc({{"41", "41", "NUM", 2, "nummod"},
                           {"percent", "percent", "NOUN", 5, "nsubj"},
                           {"of", "of", "ADP", 4, "case"},
                           {"voters", "voter", "NOUN", 2, "nmod"},
                           {"said", "say", "VERB", 0, "root"}});
  Tree tree(doc.sentences[0]);
  Actor voters = actor("FRNCVL", "voters");
  voters.mention.start = doc.sentences[0].tokens[3].start;
  voters.mention.end = doc.sentences[0].tokens[3].end;
  std::string code = "010";
  EXPECT_FALSE(register_allows(tree, 4, voters, actor(""), &code, nullptr));
  // "the voters said …"
  Document plain = make_doc({{"the", "the", "DET", 2, "det"},
                             {"voters", "voter", "NOUN", 3, "nsubj"},
                             {"said", "say", "VERB", 0, "root"}});
  Tree plain_tree(plain.sentences[0]);
  voters.mention.start = plain.sentences[0].tokens[1].start;
  voters.mention.end = plain.sentences[0].tokens[1].end;
  EXPECT_TRUE(register_allows(plain_tree, 2, voters, actor(""), &code, nullptr));
}

TEST(Register, ImpressionsAreNoEvent) {
  // "the party seems to support Oren"
  Document doc = make_doc({{"party", "party", "NOUN", 2, "nsubj"},
                           {"seems", "seem", "VERB", 0, "root"},
                           {"to", "to", "PART", 4, "mark"},
                           {"support", "support", "VERB", 2, "xcomp"},
                           {"Oren", "Oren", "PROPN", 4, "obj"}});
  Tree tree(doc.sentences[0]);
  std::string code = "013";
  EXPECT_FALSE(register_allows(tree, 1, actor("FRNPTY"), actor(""), &code, nullptr));
  code = "051";
  EXPECT_TRUE(register_allows(tree, 3, actor("FRNPTY"), actor("FRNELI"), &code, nullptr));
}

TEST(Register, APapersReportIsItsSourcing) {
  // "The Tarnwick Courier reports that …", "… was first reported by Radio Oren".
  Document doc = make_doc(
      {{"Courier", "Courier", "PROPN", 2, "nsubj"}, {"reports", "report", "VERB", 0, "root"}});
  Tree tree(doc.sentences[0]);
  for (const Actor& paper : {actor("FRN", "The Tarnwick Courier"), actor("FRNMED", "Radio Oren")}) {
    std::string code = "010";
    EXPECT_FALSE(register_allows(tree, 1, paper, actor(""), &code, nullptr)) << paper.mention.text;
  }
  // the mayor reports, the paper says: statements
  std::string code = "010";
  EXPECT_TRUE(register_allows(tree, 1, actor("FRNGOV", "the mayor"), actor(""), &code, nullptr));
  Document says =
      make_doc({{"Courier", "Courier", "PROPN", 2, "nsubj"}, {"says", "say", "VERB", 0, "root"}});
  Tree said(says.sentences[0]);
  EXPECT_TRUE(register_allows(said, 1, actor("FRNMED", "the Courier"), actor(""), &code, nullptr));
  EXPECT_TRUE(press_source(actor("FRN", "the Oren Post")));
  EXPECT_FALSE(press_source(actor("FRN", "the Oren postmaster")));
}

TEST(Register, PoliticalActors) {
  EXPECT_TRUE(political_actor("USAELI"));
  EXPECT_TRUE(political_actor("---PTY"));
  EXPECT_FALSE(political_actor("USAGOV"));
  EXPECT_FALSE(political_actor("USA"));
  EXPECT_FALSE(political_actor("USAELIMIL"));
}

}  // namespace
}  // namespace eventwire::events
