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

// "Gondor troops began their assault on Kelvale", with "on Kelvale" hung on
// "began" as the parser often does; `verb` replaces "began".
Document assault_on_town(const char* verb, const char* lemma) {
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troops", "NOUN", 3, "nsubj"},
                           {verb, lemma, "VERB", 0, "root"},
                           {"their", "their", "PRON", 5, "nmod:poss"},
                           {"assault", "assault", "NOUN", 3, "obj"},
                           {"on", "on", "ADP", 7, "case"},
                           {"Kelvale", "Kelvale", "PROPN", 3, "obl"}});
  add_entity(doc, 0, 2, "GONMIL");
  events_test::code_builtin(doc);
  return doc;
}

TEST(NounObliques, ThePhraseOnTheLightVerbIsTheNounsTarget) {
  Document doc = assault_on_town("began", "begin");
  EXPECT_NE(summary(doc).find("GONMIL>:190"), std::string::npos) << summary(doc);
  ASSERT_FALSE(doc.events.empty());
  ASSERT_TRUE(doc.events.front().target.has_value());
  EXPECT_EQ(doc.events.front().target->mention.text, "Kelvale");
}

TEST(NounObliques, NotThePhraseOfAVerbThatIsNoLightVerb) {
  // "Gondor troops blamed their assault on Kelvale": the phrase is the blame's.
  Document doc = assault_on_town("blamed", "blame");
  EXPECT_EQ(summary(doc).find(":190"), std::string::npos) << summary(doc);
}

// "Gondor's airstrikes on Rohan" (or with no on-phrase: "Gondor's airstrikes
// ended").
Document possessed_airstrikes(bool on_phrase) {
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 3, "nmod:poss"},
                                        {"'s", "'s", "PART", 1, "case"},
                                        {"airstrikes", "airstrike", "NOUN", 0, "root"}};
  if (on_phrase)
    rows.insert(rows.end(),
                {{"on", "on", "ADP", 5, "case"}, {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  else
    rows.push_back({"ended", "end", "VERB", 3, "acl"});
  Document doc = make_doc(rows);
  add_entity(doc, 0, 1, "GON");
  if (on_phrase) add_entity(doc, 4, 5, "ROH");
  events_test::code_builtin(doc);
  return doc;
}

TEST(NounObliques, APossessorIsTheDoerWhenAPhraseNamesTheVictim) {
  EXPECT_NE(summary(possessed_airstrikes(true)).find("GON>ROH:195"), std::string::npos)
      << summary(possessed_airstrikes(true));
}

TEST(NounObliques, ABarePossessorNamesNoDoer) {
  EXPECT_EQ(summary(possessed_airstrikes(false)).find("GON>"), std::string::npos)
      << summary(possessed_airstrikes(false));
}

}  // namespace
}  // namespace eventwire
