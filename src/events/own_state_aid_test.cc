// A state paying its own bodies read as aid (own_state_aid.h) on hand-built
// parses of our own sentences.
#include "events/own_state_aid.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::make_doc;

// "Harlow funds its state railway" / "… its allies"
Document funds_doc(const char* modifier, const char* lemma, const char* rel) {
  return make_doc({{"Harlow", "Harlow", "PROPN", 2, "nsubj"},
                   {"funds", "fund", "VERB", 0, "root"},
                   {"its", "its", "PRON", 5, "nmod:poss"},
                   {modifier, lemma, "ADJ", 5, rel},
                   {"railway", "railway", "NOUN", 2, "obj"}});
}

Mention object_of(const Document& doc) {
  const auto& tokens = doc.sentences[0].tokens;
  Mention m;
  m.sentence = 0;
  m.first_token = 2;
  m.last_token = 5;
  m.start = tokens[2].start;
  m.end = tokens[4].end;
  m.text = doc.article.text.substr(m.start, m.end - m.start);
  return m;
}

bool own(const Document& doc, const std::string& source, const std::string& target,
         const std::string& code = "071") {
  Tree tree(doc.sentences[0]);
  return own_state_aid(tree, source, object_of(doc), target, code);
}

TEST(OwnStateAid, AStatePayingItsOwnBodyGivesNoAid) {
  Document state = funds_doc("state", "state", "compound");
  EXPECT_TRUE(own(state, "HRLGOV", ""));
  EXPECT_TRUE(own(state, "HRL", ""));
  EXPECT_FALSE(own(state, "HRLBUS", ""));         // a company is no state
  EXPECT_FALSE(own(state, "HRLGOV", "", "073"));  // relief stays aid
  Document allied = funds_doc("loyal", "loyal", "amod");
  EXPECT_FALSE(own(allied, "HRLGOV", ""));
}

TEST(OwnStateAid, CodedBodiesOfTheSameState) {
  Document doc = funds_doc("new", "new", "amod");
  EXPECT_TRUE(own(doc, "HRLGOV", "HRLCOP"));
  EXPECT_TRUE(own(doc, "HRLGOV", "HRLGOVMED"));
  EXPECT_FALSE(own(doc, "HRLGOV", "HRLMED"));  // a private paper
  EXPECT_FALSE(own(doc, "HRLGOV", "GLDMIL"));  // another state's army
  EXPECT_FALSE(own(doc, "HRLGOV", "HRLCVL"));  // its citizens
  EXPECT_FALSE(own(doc, "---GOV", "---MIL"));  // two states the coder could not name
}

}  // namespace
}  // namespace eventwire::events
