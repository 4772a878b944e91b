// Acts ended or eased read as the concession that ends them (step 54), on
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

TEST(EndedActs, EndingACurfewIsEasingIt) {
  // "Gondor ended the curfew on Bree": "end" has no frame for curfews; "lift"
  // has one (081).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"ended", "end", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"curfew", "curfew", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 6, "case"},
                           {"Bree", "Bree", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 5, 6, "BRE");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GON>BRE:081"), std::string::npos) << summary(doc);
}

TEST(EndedActs, RollingBackTariffsEasesSanctions) {
  // "Gondor rolled back its tariffs on Rohan", "back" parsed as an adverb.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"rolled", "roll", "VERB", 0, "root"},
                           {"back", "back", "ADV", 2, "advmod"},
                           {"its", "its", "PRON", 5, "nmod:poss"},
                           {"tariffs", "tariff", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 5, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 6, 7, "ROH");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:085"), std::string::npos) << summary(doc);
}

TEST(EndedActs, ScrappingABlockadeIsWhatLiftingItIs) {
  // "Mordor scrapped its blockade of Rohan": "lift"'s frame for a blockade
  // (0872) reads every verb of easing.
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"scrapped", "scrap", "VERB", 0, "root"},
                           {"its", "its", "PRON", 4, "nmod:poss"},
                           {"blockade", "blockade", "NOUN", 2, "obj"},
                           {"of", "of", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 4, "nmod"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 5, 6, "ROH");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("MOR>ROH:0872"), std::string::npos) << summary(doc);
}

TEST(EndedActs, CeasingOnesOwnOffensiveDeEscalates) {
  // "Mordor ceased its offensive against Rohan": no frame names the object;
  // the noun event's own code (190) says which concession (087), and its
  // target is the concession's.
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"ceased", "cease", "VERB", 0, "root"},
                           {"its", "its", "PRON", 4, "nmod:poss"},
                           {"offensive", "offensive", "NOUN", 2, "obj"},
                           {"against", "against", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 4, "nmod"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 5, 6, "ROH");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("MOR>ROH:087"), std::string::npos) << summary(doc);
}

TEST(EndedActs, StoppingSomeoneElsesMarchIsNoConcession) {
  // "Gondor police stopped the march on the palace": "stop" ends only what
  // one imposed, not a protest of others.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"police", "police", "NOUN", 3, "nsubj"},
                           {"stopped", "stop", "VERB", 0, "root"},
                           {"the", "the", "DET", 5, "det"},
                           {"march", "march", "NOUN", 3, "obj"},
                           {"on", "on", "ADP", 8, "case"},
                           {"the", "the", "DET", 8, "det"},
                           {"palace", "palace", "NOUN", 5, "nmod"}});
  add_entity(doc, 0, 2, "GONCOP");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc).find(":08"), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
