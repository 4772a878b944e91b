// Noun events compounded on another noun, a light verb's particle reading,
// force on a thing named as the object and sums as money (steps 50-53), on
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

TEST(WordCompounds, ACompoundedNounEventTakesItsHeadsArguments) {
  // "Gondor troops took part in peacekeeping operations in Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troop", "NOUN", 3, "nsubj"},
                           {"took", "take", "VERB", 0, "root"},
                           {"part", "part", "NOUN", 3, "obj"},
                           {"in", "in", "ADP", 7, "case"},
                           {"peacekeeping", "peacekeeping", "NOUN", 7, "compound"},
                           {"operations", "operation", "NOUN", 3, "obl"},
                           {"in", "in", "ADP", 9, "case"},
                           {"Rohan", "Rohan", "PROPN", 7, "nmod"}});
  add_entity(doc, 0, 2, "GONMIL");
  add_entity(doc, 8, 9, "ROH");
  doc.entities[1].type = "GPE";  // a place: the operations are done in it
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GONMIL>ROH:074"), std::string::npos) << summary(doc);
}

TEST(WordCompounds, ACompoundOnAnActorIsNoEvent) {
  // "Gondor peacekeeping forces entered Rohan": the forces are an actor.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "compound"},
                           {"peacekeeping", "peacekeeping", "NOUN", 3, "compound"},
                           {"forces", "force", "NOUN", 4, "nsubj"},
                           {"entered", "enter", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 4, "obj"}});
  add_entity(doc, 0, 3, "GONMIL");
  add_entity(doc, 4, 5, "ROH");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc).find(":074"), std::string::npos) << summary(doc);
  EXPECT_NE(summary(doc).find("GONMIL>ROH:"), std::string::npos) << summary(doc);  // the entry
}

TEST(WordCompounds, ALightVerbsParticleReadingLeavesItsNounEvent) {
  // "Gondor stepped up its crackdown on Rohan protesters"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"stepped", "step", "VERB", 0, "root"},
                           {"up", "up", "ADP", 2, "compound:prt"},
                           {"its", "its", "PRON", 5, "nmod:poss"},
                           {"crackdown", "crackdown", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 8, "case"},
                           {"Rohan", "Rohan", "PROPN", 8, "compound"},
                           {"protesters", "protester", "NOUN", 5, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 6, 8, "ROHOPP");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("GON>ROHOPP:175"), std::string::npos) << summary(doc);
}

TEST(WordCompounds, ForceOnAThingNeedsNoCodedTarget) {
  // "Mordor fighters destroyed a radio mast"
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "compound"},
                           {"fighters", "fighter", "NOUN", 3, "nsubj"},
                           {"destroyed", "destroy", "VERB", 0, "root"},
                           {"a", "a", "DET", 6, "det"},
                           {"radio", "radio", "NOUN", 6, "compound"},
                           {"mast", "mast", "NOUN", 3, "obj"}});
  add_entity(doc, 0, 2, "MORREB");
  events_test::code_builtin(doc);
  EXPECT_NE(summary(doc).find("MORREB>:19"), std::string::npos) << summary(doc);
  // "Gondor unleashed tweets": an abstract object is no force.
  Document tweets = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                              {"unleashed", "unleash", "VERB", 0, "root"},
                              {"tweets", "tweet", "NOUN", 2, "obj"}});
  add_entity(tweets, 0, 1, "GON");
  events_test::code_builtin(tweets);
  EXPECT_EQ(summary(tweets), "") << summary(tweets);
}

TEST(WordCompounds, ASumWithACurrencySignIsMoney) {
  // "Gondor gave $5 million to Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"gave", "give", "VERB", 0, "root"},
                           {"$", "$", "SYM", 2, "obj"},
                           {"5", "5", "NUM", 5, "compound"},
                           {"million", "million", "NUM", 3, "nummod"},
                           {"to", "to", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 6, 7, "ROH");
  events_test::code_builtin(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:071 ");
}

}  // namespace
}  // namespace eventwire
