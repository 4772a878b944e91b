// The verb groups of the built-in lexicon (data/lexicon/events.lex) on parses
// of our own sentences: yielding and its refusal, weapons thrown or launched,
// chemical agents, protests held, possibilities explored.
#include <gtest/gtest.h>

#include "events/test_util.h"
#include "eventwire/dict/lexicon.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

void code(Document& doc) {
  events_test::code_builtin(doc);
}

bool has_code(const Document& doc, const std::string& code) {
  for (const Event& e : doc.events)
    if (e.code == code) return true;
  return false;
}

TEST(LexiconGroups, SuspendingTariffsEasesSanctions) {
  // "Rohan suspended the tariffs on Gondor"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"suspended", "suspend", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"tariffs", "tariff", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 6, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "ROH");
  add_entity(doc, 5, 6, "GON");
  code(doc);
  EXPECT_EQ(summary(doc), "ROH>GON:085 ");
}

TEST(LexiconGroups, AStrikeThatWillNotEndIsARefusalToYield) {
  // "the Gondor dockers will not end the strike against Rohan": easing dissent
  // (082) announced as not going to happen is a refusal (1242).
  Document doc = make_doc({{"the", "the", "DET", 3, "det"},
                           {"Gondor", "Gondor", "PROPN", 3, "compound"},
                           {"dockers", "docker", "NOUN", 6, "nsubj"},
                           {"will", "will", "AUX", 6, "aux"},
                           {"not", "not", "PART", 6, "advmod"},
                           {"end", "end", "VERB", 0, "root"},
                           {"the", "the", "DET", 8, "det"},
                           {"strike", "strike", "NOUN", 6, "obj"},
                           {"against", "against", "ADP", 10, "case"},
                           {"Rohan", "Rohan", "PROPN", 8, "nmod"}});
  add_entity(doc, 0, 3, "GONLAB");
  add_entity(doc, 9, 10, "ROH");
  code(doc);
  EXPECT_TRUE(has_code(doc, "1242")) << summary(doc);
}

TEST(LexiconGroups, AGrenadeHurledAtSomeoneIsABombing) {
  // "the rebels hurled a grenade at the police"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"rebels", "rebel", "NOUN", 3, "nsubj"},
                           {"hurled", "hurl", "VERB", 0, "root"},
                           {"a", "a", "DET", 5, "det"},
                           {"grenade", "grenade", "NOUN", 3, "obj"},
                           {"at", "at", "ADP", 8, "case"},
                           {"the", "the", "DET", 8, "det"},
                           {"police", "police", "NOUN", 3, "obl"}});
  add_entity(doc, 0, 2, "ROHREB");
  add_entity(doc, 6, 8, "ROHCOP");
  code(doc);
  EXPECT_EQ(summary(doc), "ROHREB>ROHCOP:183 ");
}

TEST(LexiconGroups, ABombNamedByAChemicalAgentIsAChemicalWeapon) {
  // "Mordor dropped chlorine bombs on Gondor"; a tear gas canister is not one.
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"dropped", "drop", "VERB", 0, "root"},
                           {"chlorine", "chlorine", "NOUN", 4, "compound"},
                           {"bombs", "bomb", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 6, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 5, 6, "GON");
  code(doc);
  EXPECT_TRUE(has_code(doc, "2041")) << summary(doc);
  Document gas = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"fired", "fire", "VERB", 0, "root"},
                           {"tear", "tear", "NOUN", 4, "compound"},
                           {"gas", "gas", "NOUN", 2, "obj"},
                           {"at", "at", "ADP", 6, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  add_entity(gas, 0, 1, "MOR");
  add_entity(gas, 5, 6, "GON");
  code(gas);
  EXPECT_FALSE(has_code(gas, "2041")) << summary(gas);
}

TEST(LexiconGroups, HoldingAProtestIsDemonstrating) {
  // "Gondor students held a protest against Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"students", "student", "NOUN", 3, "nsubj"},
                           {"held", "hold", "VERB", 0, "root"},
                           {"a", "a", "DET", 5, "det"},
                           {"protest", "protest", "NOUN", 3, "obj"},
                           {"against", "against", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 5, "nmod"}});
  add_entity(doc, 0, 2, "GONEDU");
  add_entity(doc, 6, 7, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GONEDU>ROH:141 ");
}

TEST(LexiconGroups, ExploringAPossibilityIsConsidering) {
  // "Gondor is exploring the possibility of new ports"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                           {"is", "be", "AUX", 3, "aux"},
                           {"exploring", "explore", "VERB", 0, "root"},
                           {"the", "the", "DET", 5, "det"},
                           {"possibility", "possibility", "NOUN", 3, "obj"},
                           {"of", "of", "ADP", 8, "case"},
                           {"new", "new", "ADJ", 8, "amod"},
                           {"ports", "port", "NOUN", 5, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>-:014 ");
}

TEST(LexiconGroups, PushingForSomethingIsAnAppeal) {
  // "Gondor pushed for new harbours" asks; it demands nothing.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"pushed", "push", "VERB", 0, "root"},
                           {"for", "for", "ADP", 5, "case"},
                           {"new", "new", "ADJ", 5, "amod"},
                           {"harbours", "harbour", "NOUN", 2, "obl"}});
  add_entity(doc, 0, 1, "GONGOV");
  code(doc);
  EXPECT_EQ(summary(doc), "GONGOV>-:020 ");
}

TEST(LexiconGroups, ResponsibleForAMassacreDidIt) {
  // "Mordor is responsible for the massacre of Rohan villagers"
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 3, "nsubj"},
                           {"is", "be", "AUX", 3, "cop"},
                           {"responsible", "responsible", "ADJ", 0, "root"},
                           {"for", "for", "ADP", 6, "case"},
                           {"the", "the", "DET", 6, "det"},
                           {"massacre", "massacre", "NOUN", 3, "obl"},
                           {"of", "of", "ADP", 9, "case"},
                           {"Rohan", "Rohan", "PROPN", 9, "compound"},
                           {"villagers", "villager", "NOUN", 6, "nmod"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 7, 9, "ROHCVL");
  code(doc);
  EXPECT_TRUE(has_code(doc, "202")) << summary(doc);
}

TEST(LexiconGroups, GroupsCreateNoBackoffReading) {
  // The groups list one verb per object class; they must not make a root the
  // verb's usual reading when no frame matches ("reducing the influence of
  // …", "thrown in his lot with …").
  const dict::Lexicon& lexicon = dict::default_lexicon();
  for (const char* verb : {"end", "drop", "reduce", "relax", "roll", "throw", "mount"})
    EXPECT_EQ(lexicon.backoff.count(verb), 0u) << verb;
}

TEST(LexiconGroups, NamingSomeoneByAnEvaluativeWordCriticizesOrPraises) {
  // "Rohan called Gondor a reckless neighbour": the predicate's adjective is
  // negative (evaluative.lex, from the VADER lexicon), so a criticism (111).
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"called", "call", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 2, "obj"},
                           {"a", "a", "DET", 6, "det"},
                           {"reckless", "reckless", "ADJ", 6, "amod"},
                           {"neighbour", "neighbour", "NOUN", 2, "xcomp"}});
  add_entity(doc, 0, 1, "ROH");
  add_entity(doc, 2, 3, "GON");
  code(doc);
  EXPECT_EQ(summary(doc), "ROH>GON:111 ");
  // "Rohan described Gondor as a hero": praise (051).
  Document praise = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                              {"described", "describe", "VERB", 0, "root"},
                              {"Gondor", "Gondor", "PROPN", 2, "obj"},
                              {"as", "as", "ADP", 6, "case"},
                              {"a", "a", "DET", 6, "det"},
                              {"hero", "hero", "NOUN", 2, "obl"}});
  add_entity(praise, 0, 1, "ROH");
  add_entity(praise, 2, 3, "GON");
  code(praise);
  EXPECT_EQ(summary(praise), "ROH>GON:051 ");
  // "Rohan called Gondor to attack": an xcomp with "to" asks for an act.
  Document appeal = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                              {"called", "call", "VERB", 0, "root"},
                              {"Gondor", "Gondor", "PROPN", 2, "obj"},
                              {"to", "to", "PART", 5, "mark"},
                              {"attack", "attack", "VERB", 2, "xcomp"}});
  add_entity(appeal, 0, 1, "ROH");
  add_entity(appeal, 2, 3, "GON");
  code(appeal);
  EXPECT_FALSE(has_code(appeal, "111")) << summary(appeal);
  // "Rohan likened Gondor to a vicious wolf": likening names by the "to" phrase.
  Document liken = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                             {"likened", "liken", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 2, "obj"},
                             {"to", "to", "ADP", 7, "case"},
                             {"a", "a", "DET", 7, "det"},
                             {"vicious", "vicious", "ADJ", 7, "amod"},
                             {"wolf", "wolf", "NOUN", 2, "obl"}});
  add_entity(liken, 0, 1, "ROH");
  add_entity(liken, 2, 3, "GON");
  code(liken);
  EXPECT_EQ(summary(liken), "ROH>GON:111 ");
}

}  // namespace
}  // namespace eventwire
