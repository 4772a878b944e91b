// Contests read as fights or meetings (contest_frame.h) on hand-built parses
// of our own sentences.
#include "events/contest_frame.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::described_person;
using events_test::make_doc;
using events_test::mention_of;

// "Vale defeated Ortiz in the primary" / "… in the valley"
Document defeat_doc(const char* where, const char* lemma) {
  return make_doc({{"Vale", "Vale", "PROPN", 2, "nsubj"},
                   {"defeated", "defeat", "VERB", 0, "root"},
                   {"Ortiz", "Ortiz", "PROPN", 2, "obj"},
                   {"in", "in", "ADP", 6, "case"},
                   {"the", "the", "DET", 6, "det"},
                   {where, lemma, "NOUN", 2, "obl"}});
}

bool contest(const Document& doc, const std::string& code, const std::string& source_entity = "",
             const std::string& target_entity = "", const char* source_code = "GLDMIL",
             const char* target_code = "GLDREB") {
  Tree tree(doc.sentences[0]);
  return contest_frame(tree, 1, Candidacy(doc), mention_of(doc, 0, 1), source_entity, source_code,
                       mention_of(doc, 2, 3), target_entity, target_code, code);
}

TEST(ContestFrame, AWinInAGameOrARaceIsNoForce) {
  EXPECT_TRUE(contest(defeat_doc("primary", "primary"), "190"));
  EXPECT_TRUE(contest(defeat_doc("final", "final"), "190"));
  EXPECT_FALSE(contest(defeat_doc("valley", "valley"), "190"));  // a battle
  // criticism and statements are not the frame's to judge
  EXPECT_FALSE(contest(defeat_doc("primary", "primary"), "111"));
}

TEST(ContestFrame, APrizeIsPlayedForNotAReason) {
  // "Vale defeated Ortiz for the nomination" / "… for the farmland"
  for (auto [prize, expected] : {std::pair{"nomination", true}, std::pair{"farmland", false}}) {
    Document doc = defeat_doc(prize, prize);
    doc.sentences[0].tokens[3].text = doc.sentences[0].tokens[3].lemma = "for";
    EXPECT_EQ(contest(doc, "190"), expected) << prize;
  }
}

TEST(ContestFrame, TwoCandidatesOrTwoTeamsPlayNotFight) {
  Document doc = defeat_doc("valley", "valley");
  doc.entities.push_back(described_person("E1", {"Vale", "the Gondor Party nominee"}));
  doc.entities.push_back(described_person("E2", {"Ortiz", "candidate Ortiz"}));
  EXPECT_TRUE(candidate_entity(doc, "E1"));
  EXPECT_TRUE(contest(doc, "190", "E1", "E2"));
  EXPECT_FALSE(contest(doc, "190", "E1", ""));    // a candidate's force on someone else
  EXPECT_FALSE(contest(doc, "040", "E1", "E2"));  // two candidates may meet
  doc.entities[1].mentions[1].text = "a nominated judge";
  EXPECT_FALSE(contest(doc, "190", "E1", "E2"));
  // "The Falcons team beat the Hornets club": private sides named teams
  Document teams = make_doc({{"team", "team", "NOUN", 2, "nsubj"},
                             {"beat", "beat", "VERB", 0, "root"},
                             {"club", "club", "NOUN", 2, "obj"}});
  EXPECT_TRUE(contest(teams, "182", "", "", "GLD", ""));
  EXPECT_FALSE(contest(teams, "182", "", "", "GLDCOP", ""));  // a police team
}

TEST(ContestFrame, AnElectionDebateIsNoMeeting) {
  // "the mayor's debate against Ortiz"
  Document doc = make_doc({{"mayor's", "mayor", "NOUN", 2, "nmod:poss"},
                           {"debate", "debate", "NOUN", 0, "root"},
                           {"against", "against", "ADP", 4, "case"},
                           {"Ortiz", "Ortiz", "PROPN", 2, "nmod"}});
  Tree tree(doc.sentences[0]);
  EXPECT_TRUE(contest_frame(tree, 1, Candidacy(doc), mention_of(doc, 0, 1), "", "GLDELI",
                            mention_of(doc, 3, 4), "", "GLDELI", "040"));
  // "the council debated the budget with the governor": a consultation
  Document council = make_doc({{"council", "council", "NOUN", 2, "nsubj"},
                               {"debated", "debate", "VERB", 0, "root"},
                               {"budget", "budget", "NOUN", 2, "obj"},
                               {"with", "with", "ADP", 5, "case"},
                               {"governor", "governor", "NOUN", 2, "obl"}});
  Tree council_tree(council.sentences[0]);
  EXPECT_FALSE(contest_frame(council_tree, 1, Candidacy(council), mention_of(council, 0, 1), "",
                             "GLDLEG", mention_of(council, 4, 5), "", "GLDGOV", "040"));
}

}  // namespace
}  // namespace eventwire::events
