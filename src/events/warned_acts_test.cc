// A warning of one's own act to come is a threat (step 59), on hand-built
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

// "Gondor warns that DOER will impose sanctions on Rohan"
Document warns_of_sanctions(const char* doer, const char* lemma, const char* upos) {
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"warns", "warn", "VERB", 0, "root"},
                           {"that", "that", "SCONJ", 6, "mark"},
                           {doer, lemma, upos, 6, "nsubj"},
                           {"will", "will", "AUX", 6, "aux"},
                           {"impose", "impose", "VERB", 2, "ccomp"},
                           {"sanctions", "sanction", "NOUN", 6, "obj"},
                           {"on", "on", "ADP", 9, "case"},
                           {"Rohan", "Rohan", "PROPN", 6, "obl"}});
  add_entity(doc, 0, 1, "GON");
  if (std::string(upos) == "PROPN") add_entity(doc, 3, 4, "ARN");
  add_entity(doc, 8, 9, "ROH");
  events_test::code_builtin(doc);
  return doc;
}

TEST(WarnedActs, WarningOfOwnSanctionsIsAThreat) {
  Document doc = warns_of_sanctions("it", "it", "PRON");
  EXPECT_NE(summary(doc).find("GON>ROH:1312 "), std::string::npos) << summary(doc);
  // The bare warning frames the threat: no second, target-less event.
  EXPECT_EQ(summary(doc).find("GON>-:"), std::string::npos) << summary(doc);
}

TEST(WarnedActs, WarningOfAnotherPartysActIsNoThreatOfIt) {
  // "Gondor warns that Arnor will impose sanctions": a prediction.
  Document doc = warns_of_sanctions("Arnor", "Arnor", "PROPN");
  EXPECT_EQ(summary(doc).find("ARN>ROH:1312"), std::string::npos) << summary(doc);
}

}  // namespace
}  // namespace eventwire
