// Openness to an act is an intent to do it (step 58), on hand-built parses of
// our own sentences.
#include <gtest/gtest.h>

#include <string>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

// "Gondor is [not] ADJECTIVE PREP talks with Rohan"
Document open_to_talks(const char* adjective, const char* prep, bool negated) {
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                                        {"is", "be", "AUX", 3, "cop"}};
  int adj = negated ? 4 : 3;
  rows[0].head = rows[1].head = adj;
  if (negated) rows.push_back({"not", "not", "PART", adj, "advmod"});
  rows.insert(rows.end(), {{adjective, adjective, "ADJ", 0, "root"},
                           {prep, prep, "ADP", adj + 2, "case"},
                           {"talks", "talk", "NOUN", adj, "obl"},
                           {"with", "with", "ADP", adj + 4, "case"},
                           {"Rohan", "Rohan", "PROPN", adj + 2, "nmod"}});
  Document doc = make_doc(rows);
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, adj + 3, adj + 4, "ROH");
  events_test::code_builtin(doc);
  return doc;
}

TEST(Openness, OpenToTalksIsAnIntentToMeet) {
  Document doc = open_to_talks("open", "to", false);
  EXPECT_NE(summary(doc).find("GON>ROH:036 "), std::string::npos) << summary(doc);
}

TEST(Openness, ReadyForTalksIsAnIntentToMeet) {
  Document doc = open_to_talks("ready", "for", false);
  EXPECT_NE(summary(doc).find("GON>ROH:036 "), std::string::npos) << summary(doc);
}

TEST(Openness, NotOpenToTalksIsARejection) {
  Document doc = open_to_talks("open", "to", true);
  EXPECT_NE(summary(doc).find("GON>ROH:125 "), std::string::npos) << summary(doc);
  EXPECT_EQ(summary(doc).find(":036"), std::string::npos) << summary(doc);
}

TEST(Openness, OtherAdjectivesDoNotGovern) {
  // "Gondor is hostile to talks with Rohan" states no intent to meet.
  Document doc = open_to_talks("hostile", "to", false);
  EXPECT_EQ(summary(doc).find(":036"), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
