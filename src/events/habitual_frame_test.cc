// Habits told as acts (habitual_frame.h) on hand-built parses of our own
// sentences.
#include "events/habitual_frame.h"

#include <gtest/gtest.h>

#include "events/modality.h"
#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::make_doc;

// "Weavers march every week" with the verb's tag and the time's determiner.
Document march_doc(const char* verb, const char* xpos, const char* det) {
  Document doc = make_doc({{"Weavers", "weaver", "NOUN", 2, "nsubj"},
                           {verb, "march", "VERB", 0, "root"},
                           {det, det, "DET", 4, "det"},
                           {"week", "week", "NOUN", 2, "obl:tmod"}});
  doc.sentences[0].tokens[1].xpos = xpos;
  return doc;
}

TEST(HabitualFrame, AnActDoneEveryWeekIsAHabit) {
  for (const char* xpos : {"VBP", "VBD"}) {
    Document doc = march_doc(xpos[2] == 'D' ? "marched" : "march", xpos, "every");
    Tree tree(doc.sentences[0]);
    EXPECT_TRUE(habitual_frame(tree, 1)) << xpos;
    EXPECT_EQ(event_modality(tree, 1, false, -1), "generic") << xpos;
  }
  // "this week": one act
  Document once = march_doc("marched", "VBD", "this");
  Tree tree(once.sentences[0]);
  EXPECT_FALSE(habitual_frame(tree, 1));
  EXPECT_EQ(event_modality(tree, 1, false, -1), "asserted");
}

TEST(HabitualFrame, AHabitThatGoesOnOrARegularBasis) {
  // "Weavers have marched every week": news that goes on
  Document going = make_doc({{"Weavers", "weaver", "NOUN", 3, "nsubj"},
                             {"have", "have", "AUX", 3, "aux"},
                             {"marched", "march", "VERB", 0, "root"},
                             {"every", "every", "DET", 5, "det"},
                             {"week", "week", "NOUN", 3, "obl:tmod"}});
  going.sentences[0].tokens[2].xpos = "VBN";
  EXPECT_FALSE(habitual_frame(Tree(going.sentences[0]), 2));
  // "Vale visited them on a regular basis"
  Document basis = make_doc({{"Vale", "Vale", "PROPN", 2, "nsubj"},
                             {"visited", "visit", "VERB", 0, "root"},
                             {"them", "they", "PRON", 2, "obj"},
                             {"on", "on", "ADP", 7, "case"},
                             {"a", "a", "DET", 7, "det"},
                             {"regular", "regular", "ADJ", 7, "amod"},
                             {"basis", "basis", "NOUN", 2, "obl"}},
                            "2020-01-01", "VBD");
  EXPECT_TRUE(habitual_frame(Tree(basis.sentences[0]), 1));
}

}  // namespace
}  // namespace eventwire::events
