// Nouns of intent, threat and refusal over a to-clause (step 57), on
// hand-built parses of our own sentences.
#include <gtest/gtest.h>

#include <string>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

// "Gondor VERB [no] plans to impose sanctions on Rohan"
Document plans_to_impose(const char* verb, const char* lemma, bool no) {
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                        {verb, lemma, "VERB", 0, "root"}};
  int plans = no ? 4 : 3;
  if (no) rows.push_back({"no", "no", "DET", plans, "det"});
  rows.insert(rows.end(), {{"plans", "plan", "NOUN", 2, "obj"},
                           {"to", "to", "PART", plans + 2, "mark"},
                           {"impose", "impose", "VERB", plans, "acl"},
                           {"sanctions", "sanction", "NOUN", plans + 2, "obj"},
                           {"on", "on", "ADP", plans + 5, "case"},
                           {"Rohan", "Rohan", "PROPN", plans + 2, "obl"}});
  Document doc = make_doc(rows);
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, plans + 4, plans + 5, "ROH");
  events_test::code_builtin(doc);
  return doc;
}

TEST(IntentNouns, AnnouncedPlansToActAreAnIntent) {
  // Sanctions (163) planned are a threat of sanctions (1312), as "planned to".
  Document doc = plans_to_impose("announced", "announce", false);
  EXPECT_NE(summary(doc).find("GON>ROH:1312 "), std::string::npos) << summary(doc);
}

TEST(IntentNouns, PlansGivenUpAreHeldByNoOne) {
  Document doc = plans_to_impose("dropped", "drop", false);
  EXPECT_EQ(summary(doc).find(":1312"), std::string::npos) << summary(doc);
}

TEST(IntentNouns, AnotherPartysPlansAreNotTheSubjects) {
  // "Gondor criticized the plans to …": whose plans the sentence does not say.
  Document doc = plans_to_impose("criticized", "criticize", false);
  EXPECT_EQ(summary(doc).find("GON>ROH:1312"), std::string::npos) << summary(doc);
}

TEST(IntentNouns, NoPlansToEaseAreARefusal) {
  // "Gondor has no plans to meet Rohan": not to meet (040) is a rejection (125).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"has", "have", "VERB", 0, "root"},
                           {"no", "no", "DET", 4, "det"},
                           {"plans", "plan", "NOUN", 2, "obj"},
                           {"to", "to", "PART", 6, "mark"},
                           {"meet", "meet", "VERB", 4, "acl"},
                           {"Rohan", "Rohan", "PROPN", 6, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 6, 7, "ROH");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:125 "), std::string::npos) << summary(doc);
}

TEST(IntentNouns, APossessorHoldsTheRefusal) {
  // "Gondor's refusal to meet Rohan angered Arnor"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nmod:poss"},
                           {"'s", "'s", "PART", 1, "case"},
                           {"refusal", "refusal", "NOUN", 7, "nsubj"},
                           {"to", "to", "PART", 5, "mark"},
                           {"meet", "meet", "VERB", 3, "acl"},
                           {"Rohan", "Rohan", "PROPN", 5, "obj"},
                           {"angered", "anger", "VERB", 0, "root"},
                           {"Arnor", "Arnor", "PROPN", 7, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 5, 6, "ROH");
  add_entity(doc, 7, 8, "ARN");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:125 "), std::string::npos) << summary(doc);
}

TEST(IntentNouns, AFromPhraseHoldsTheRefusal) {
  // "the refusal by Gondor to meet Rohan angered Arnor"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"refusal", "refusal", "NOUN", 8, "nsubj"},
                           {"by", "by", "ADP", 4, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "nmod"},
                           {"to", "to", "PART", 6, "mark"},
                           {"meet", "meet", "VERB", 2, "acl"},
                           {"Rohan", "Rohan", "PROPN", 6, "obj"},
                           {"angered", "anger", "VERB", 0, "root"},
                           {"Arnor", "Arnor", "PROPN", 8, "obj"}});
  add_entity(doc, 3, 4, "GON");
  add_entity(doc, 6, 7, "ROH");
  add_entity(doc, 8, 9, "ARN");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:125 "), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
