// An agentless passive of expulsion is done by the country named in its
// from-phrase (step 56), on hand-built parses of our own sentences.
#include <gtest/gtest.h>

#include <string>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

// "Two Rohan inspectors were expelled from PLACE"
Document expelled_from(const char* place, const char* type, const char* code) {
  Document doc = make_doc({{"Two", "two", "NUM", 3, "nummod"},
                           {"Rohan", "Rohan", "PROPN", 3, "compound"},
                           {"inspectors", "inspector", "NOUN", 5, "nsubj:pass"},
                           {"were", "be", "AUX", 5, "aux:pass"},
                           {"expelled", "expel", "VERB", 0, "root"},
                           {"from", "from", "ADP", 7, "case"},
                           {place, place, "PROPN", 5, "obl"}});
  add_entity(doc, 1, 3, "ROH");
  add_entity(doc, 6, 7, code);
  doc.entities[1].type = type;
  events_test::code_builtin(doc);
  return doc;
}

TEST(Removal, ExpelledFromACountryIsExpelledByIt) {
  Document doc = expelled_from("Gondor", "GPE", "GON");
  EXPECT_NE(summary(doc).find("GON>ROH:1662"), std::string::npos) << summary(doc);
}

TEST(Removal, ExpelledFromABuildingNamesNoOne) {
  // A coded building (FAC) is where, not who: still no event (step 10).
  Document doc = expelled_from("Meduseld", "FAC", "GON");
  EXPECT_EQ(summary(doc).find(":1662"), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
