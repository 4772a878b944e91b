// A role word modifying a noun event is its doer (step 64), on hand-built
// parses of our own sentences.
#include <gtest/gtest.h>

#include <string>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

// "The <modifier> <noun> on Gondor ended", Gondor coded GON.
std::string raid_on_gondor(const char* modifier, const char* upos, const char* deprel,
                           const char* noun = "raid") {
  Document doc = make_doc({{"The", "the", "DET", 3, "det"},
                           {modifier, modifier, upos, 3, deprel},
                           {noun, noun, "NOUN", 6, "nsubj"},
                           {"on", "on", "ADP", 5, "case"},
                           {"Gondor", "Gondor", "PROPN", 3, "nmod"},
                           {"ended", "end", "VERB", 0, "root"}});
  add_entity(doc, 4, 5, "GON");
  events_test::code_builtin(doc);
  return summary(doc);
}

TEST(RoleModifier, AnArmedRoleIsTheDoer) {
  std::string coded = raid_on_gondor("army", "NOUN", "compound");
  EXPECT_NE(coded.find("---MIL>GON:19"), std::string::npos) << coded;
}

TEST(RoleModifier, ARoleParsedAsACompoundIsTheDoer) {
  // "attack" names its doer by an adjective (S=amod); the parser made "rebel" a compound.
  std::string coded = raid_on_gondor("rebel", "NOUN", "compound", "attack");
  EXPECT_NE(coded.find("---REB>GON:19"), std::string::npos) << coded;
}

TEST(RoleModifier, AnAdjectiveIsNoRole) {
  // "a general raid": a rank word used as an adjective names no one.
  std::string coded = raid_on_gondor("general", "ADJ", "amod");
  EXPECT_EQ(coded.find("---"), std::string::npos) << coded;
}

TEST(RoleModifier, RefugeesAreNotTheDoers) {
  // A noun's refugee modifier most often names whom it was done to.
  std::string coded = raid_on_gondor("refugee", "NOUN", "compound");
  EXPECT_EQ(coded.find("---REF"), std::string::npos) << coded;
  EXPECT_EQ(coded.find("---CVL"), std::string::npos) << coded;
}

TEST(RoleModifier, ABodyIsNotTheDoer) {
  // "a court raid", "a school raid": an institution before a noun most often
  // says where or of what, not who did it.
  for (const char* body : {"court", "school", "parliament", "company"}) {
    std::string coded = raid_on_gondor(body, "NOUN", "compound");
    EXPECT_EQ(coded.find("---"), std::string::npos) << body << ": " << coded;
  }
}

// "A court bombing in Gondor wounded two clerks.": the noun event names no doer,
// and the verb's event (the place's country, as the coder reads an
// unattributed attack) stays.
TEST(RoleModifier, ABodyBeforeAnAttackKeepsTheVerbsEvent) {
  Document doc = make_doc({{"A", "a", "DET", 3, "det"},
                           {"court", "court", "NOUN", 3, "compound"},
                           {"bombing", "bombing", "NOUN", 7, "nsubj"},
                           {"in", "in", "ADP", 5, "case"},
                           {"Gondor", "Gondor", "PROPN", 3, "nmod"},
                           {"two", "two", "NUM", 8, "nummod"},
                           {"wounded", "wound", "VERB", 0, "root"},
                           {"clerks", "clerk", "NOUN", 7, "obj"}});
  add_entity(doc, 4, 5, "GON");
  events_test::code_builtin(doc);
  std::string coded = summary(doc);
  EXPECT_EQ(coded.find("---JUD"), std::string::npos) << coded;
  EXPECT_NE(coded.find("GON>"), std::string::npos) << coded;
}

TEST(RoleModifier, ARoleBeforeANounThatIsNoEventIsNoActor) {
  // "The police station on Gondor ended": "station" is no event noun.
  std::string coded = raid_on_gondor("police", "NOUN", "compound", "station");
  EXPECT_EQ(coded.find("---COP"), std::string::npos) << coded;
}

TEST(RoleModifier, ArmsAreNoDoers) {
  // "artillery" is in the military's role list, but names the arms, not people.
  std::string coded = raid_on_gondor("artillery", "NOUN", "compound");
  EXPECT_EQ(coded.find("---MIL"), std::string::npos) << coded;
}

TEST(RoleModifier, AWordThatIsNoRoleNamesNoOne) {
  std::string coded = raid_on_gondor("night", "NOUN", "compound");
  EXPECT_EQ(coded.find("---"), std::string::npos) << coded;
}

}  // namespace
}  // namespace eventwire
