// A noun event's prepositional target hung on the verb over it, and a
// possessor as the doer when such a phrase names the victim (step 61), on
// hand-built parses of our own sentences.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

// The events coded on `rows` with Gondor (GON) at token `gondor` and Rohan
// (ROH) at token `rohan`.
std::string gondor_and_rohan(const std::vector<events_test::Row>& rows, int gondor, int rohan) {
  Document doc = make_doc(rows);
  add_entity(doc, gondor, gondor + 1, "GON");
  add_entity(doc, rohan, rohan + 1, "ROH");
  events_test::code_builtin(doc);
  return summary(doc);
}

// "Gondor troops mounted their assault on Kelvale", with "on Kelvale" hung on
// "mounted" as the parser often does.
Document assault_on_town() {
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troops", "NOUN", 3, "nsubj"},
                           {"mounted", "mount", "VERB", 0, "root"},
                           {"their", "their", "PRON", 5, "nmod:poss"},
                           {"assault", "assault", "NOUN", 3, "obj"},
                           {"on", "on", "ADP", 7, "case"},
                           {"Kelvale", "Kelvale", "PROPN", 3, "obl"}});
  add_entity(doc, 0, 2, "GONMIL");
  events_test::code_builtin(doc);
  return doc;
}

std::string first_target(const Document& doc) {
  return doc.events.empty() || !doc.events.front().target ? ""
                                                          : doc.events.front().target->mention.text;
}

TEST(NounObliques, ThePhraseOnTheLightVerbIsTheNounsTarget) {
  Document doc = assault_on_town();
  EXPECT_NE(summary(doc).find("GONMIL>:190"), std::string::npos) << summary(doc);
  EXPECT_EQ(first_target(doc), "Kelvale") << summary(doc);
}

TEST(NounObliques, NotThePhraseOfAVerbThatIsNoLightVerb) {
  // "Dockers recounted Gondor's assault on Rohan", with "on Rohan" hung on
  // "recounted": "recount" has no entry and is no light verb, so the phrase
  // is not the assault's (were it, the possessor would be the doer).
  std::string coded = gondor_and_rohan({{"Dockers", "docker", "NOUN", 2, "nsubj"},
                                        {"recounted", "recount", "VERB", 0, "root"},
                                        {"Gondor", "Gondor", "PROPN", 5, "nmod:poss"},
                                        {"'s", "'s", "PART", 3, "case"},
                                        {"assault", "assault", "NOUN", 2, "obj"},
                                        {"on", "on", "ADP", 7, "case"},
                                        {"Rohan", "Rohan", "PROPN", 2, "obl"}},
                                       2, 6);
  EXPECT_EQ(coded.find(">ROH:"), std::string::npos) << coded;
}

// "The Gondor assault scattered mines on Kelvale": the noun event as the
// subject of a verb with no reading.
TEST(NounObliques, ThePhraseOfAVerbWithNoReadingOverItsSubject) {
  Document doc = make_doc({{"The", "the", "DET", 3, "det"},
                           {"Gondor", "Gondor", "PROPN", 3, "compound"},
                           {"assault", "assault", "NOUN", 4, "nsubj"},
                           {"scattered", "scatter", "VERB", 0, "root"},
                           {"mines", "mine", "NOUN", 4, "obj"},
                           {"on", "on", "ADP", 7, "case"},
                           {"Kelvale", "Kelvale", "PROPN", 4, "obl"}});
  add_entity(doc, 1, 2, "GONMIL");
  events_test::code_builtin(doc);
  EXPECT_EQ(first_target(doc), "Kelvale") << summary(doc);
}

// "Gondor's airstrikes on Rohan": the possessor names the doer (a bare
// possessor does not: arguments_test.cc).
TEST(NounObliques, APossessorIsTheDoerWhenAPhraseNamesTheVictim) {
  std::string coded = gondor_and_rohan({{"Gondor", "Gondor", "PROPN", 3, "nmod:poss"},
                                        {"'s", "'s", "PART", 1, "case"},
                                        {"airstrikes", "airstrike", "NOUN", 0, "root"},
                                        {"on", "on", "ADP", 5, "case"},
                                        {"Rohan", "Rohan", "PROPN", 3, "nmod"}},
                                       0, 4);
  EXPECT_NE(coded.find("GON>ROH:195"), std::string::npos) << coded;
}

}  // namespace
}  // namespace eventwire
