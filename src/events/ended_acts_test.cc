// Acts ended or eased read as the concession that ends them (step 54), also
// in the passive by the ended act's own doer (step 67), on hand-built parses of
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

TEST(EndedActs, AnActEndedInThePassiveWasEndedByItsDoer) {
  // "Mordor's blockade of Rohan was eased": no agent; the blockade's own
  // possessor made the concession (step 67).
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 3, "nmod:poss"},
                           {"'s", "'s", "PART", 1, "case"},
                           {"blockade", "blockade", "NOUN", 7, "nsubj:pass"},
                           {"of", "of", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"},
                           {"was", "be", "AUX", 7, "aux:pass"},
                           {"eased", "ease", "VERB", 0, "root"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 4, 5, "ROH");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("MOR>ROH:0872"), std::string::npos) << summary(doc);
}

TEST(EndedActs, APossessorAloneMayBeWhomTheEndedActWasDoneTo) {
  // "Mordor's blockade was lifted": with no target named, the possessor is as
  // often the blockaded side, so it is no doer.
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 3, "nmod:poss"},
                           {"'s", "'s", "PART", 1, "case"},
                           {"blockade", "blockade", "NOUN", 5, "nsubj:pass"},
                           {"was", "be", "AUX", 5, "aux:pass"},
                           {"lifted", "lift", "VERB", 0, "root"}});
  add_entity(doc, 0, 1, "MOR");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc).find("MOR>"), std::string::npos) << summary(doc);
}

TEST(EndedActs, AStrikeCalledOffInThePassiveIsItsStrikersConcession) {
  // "The strike by Gondor miners was called off": the by-phrase of the
  // strike, not of the verb, names who called it off; they are no target.
  Document doc = make_doc({{"The", "the", "DET", 2, "det"},
                           {"strike", "strike", "NOUN", 8, "nsubj:pass"},
                           {"by", "by", "ADP", 5, "case"},
                           {"Gondor", "Gondor", "PROPN", 5, "compound"},
                           {"miners", "miner", "NOUN", 2, "nmod"},
                           {"was", "be", "AUX", 8, "aux:pass"},
                           {"today", "today", "NOUN", 8, "obl:unmarked"},
                           {"called", "call", "VERB", 0, "root"},
                           {"off", "off", "ADP", 8, "compound:prt"}});
  add_entity(doc, 3, 5, "GONLAB");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GONLAB>-:082"), std::string::npos) << summary(doc);
}

TEST(EndedActs, ForceHaltedInThePassiveIsNobodysConcession) {
  // "The Mordor offensive against Rohan was halted": as often the defenders'
  // doing as the attackers', so no 087 for Mordor.
  Document doc = make_doc({{"The", "the", "DET", 3, "det"},
                           {"Mordor", "Mordor", "PROPN", 3, "amod"},
                           {"offensive", "offensive", "NOUN", 8, "nsubj:pass"},
                           {"against", "against", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"},
                           {"was", "be", "AUX", 8, "aux:pass"},
                           {"quickly", "quickly", "ADV", 8, "advmod"},
                           {"halted", "halt", "VERB", 0, "root"}});
  add_entity(doc, 1, 2, "MOR");
  add_entity(doc, 4, 5, "ROH");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc).find("MOR>ROH:087"), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
