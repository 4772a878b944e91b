// Forces sent to help a named party are military aid (step 55), and forces
// moved in the passive are their side's move (step 68), on hand-built parses of
// our own sentences.
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

// "Gondor sent troops to help the Rohan army", or with "offered to send".
Document sent_to_help(bool offered) {
  std::vector<events_test::Row> rows;
  if (offered)
    rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
            {"offered", "offer", "VERB", 0, "root"},
            {"to", "to", "PART", 4, "mark"},
            {"send", "send", "VERB", 2, "xcomp"},
            {"troops", "troops", "NOUN", 4, "obj"},
            {"to", "to", "PART", 7, "mark"},
            {"help", "help", "VERB", 4, "advcl"},
            {"the", "the", "DET", 10, "det"},
            {"Rohan", "Rohan", "PROPN", 10, "compound"},
            {"army", "army", "NOUN", 7, "obj"}};
  else
    rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},  {"sent", "send", "VERB", 0, "root"},
            {"troops", "troops", "NOUN", 2, "obj"},     {"to", "to", "PART", 5, "mark"},
            {"help", "help", "VERB", 2, "advcl"},       {"the", "the", "DET", 8, "det"},
            {"Rohan", "Rohan", "PROPN", 8, "compound"}, {"army", "army", "NOUN", 5, "obj"}};
  Document doc = make_doc(rows);
  add_entity(doc, 0, 1, "GON");
  int army = offered ? 8 : 6;
  add_entity(doc, army, army + 2, "ROHMIL");
  events_test::code_builtin(doc);
  return doc;
}

TEST(Purpose, TroopsSentToHelpAreMilitaryAid) {
  Document doc = sent_to_help(false);
  EXPECT_NE(summary(doc).find("GON>ROHMIL:074"), std::string::npos) << summary(doc);
  EXPECT_EQ(summary(doc).find(":154"), std::string::npos) << summary(doc);
}

TEST(Purpose, AnOfferToSendTroopsToHelpIsAnIntentToAid) {
  // Was a threat (138): the mirror of the deployment, not of the aid.
  Document doc = sent_to_help(true);
  EXPECT_NE(summary(doc).find("GON>ROHMIL:0334"), std::string::npos) << summary(doc);
  EXPECT_EQ(summary(doc).find(":138"), std::string::npos) << summary(doc);
}

TEST(Purpose, TroopsSentToDefendTheirOwnAreasAreAMobilization) {
  // "Gondor deployed troops to defend their areas": defending is words (052)
  // and names no one helped.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"deployed", "deploy", "VERB", 0, "root"},
                           {"troops", "troops", "NOUN", 2, "obj"},
                           {"to", "to", "PART", 5, "mark"},
                           {"defend", "defend", "VERB", 2, "advcl"},
                           {"their", "their", "PRON", 7, "nmod:poss"},
                           {"areas", "area", "NOUN", 5, "obj"}});
  add_entity(doc, 0, 1, "GON");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc).find(":074"), std::string::npos) << summary(doc);
}

TEST(ForcesMoved, ForcesDeployedInThePassiveAreTheirSidesMove) {
  // "Gondor troops were deployed to Rohan": no agent; the forces moved are
  // the source, the place they went the target (step 68).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troops", "NOUN", 4, "nsubj:pass"},
                           {"were", "be", "AUX", 4, "aux:pass"},
                           {"deployed", "deploy", "VERB", 0, "root"},
                           {"to", "to", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 4, "obl"}});
  add_entity(doc, 0, 2, "GONMIL");
  add_entity(doc, 5, 6, "ROH");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GONMIL>ROH:15"), std::string::npos) << summary(doc);
}

TEST(ForcesMoved, OthersSentInThePassiveNameNoSender) {
  // "Gondor prisoners were sent to Rohan": not forces, so no one is known to
  // have sent them.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"prisoners", "prisoner", "NOUN", 4, "nsubj:pass"},
                           {"were", "be", "AUX", 4, "aux:pass"},
                           {"sent", "send", "VERB", 0, "root"},
                           {"to", "to", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 4, "obl"}});
  add_entity(doc, 0, 2, "GON");
  add_entity(doc, 5, 6, "ROH");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc).find("GON>ROH"), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
