// Datelines are no actors (dateline.h), on hand-built parses of our own.
#include "events/dateline.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace eventwire {
namespace {

// "<place> — Rohan shelled Mordor ." with the place parsed as a second subject.
Document dated_story(const char* place, const char* type) {
  Document doc = events_test::make_doc({{place, place, "PROPN", 4, "nsubj"},
                                        {"\u2014", "\u2014", "PUNCT", 4, "punct"},
                                        {"Rohan", "Rohan", "PROPN", 4, "nsubj"},
                                        {"shelled", "shell", "VERB", 0, "root"},
                                        {"Mordor", "Mordor", "PROPN", 4, "obj"},
                                        {".", ".", "PUNCT", 4, "punct"}},
                                       "2020-01-01", "VBD");
  doc.sentences[0].paragraph = 0;
  events_test::add_entity(doc, 0, 1, "GON");
  events_test::add_entity(doc, 2, 3, "ROH");
  events_test::add_entity(doc, 4, 5, "MOR");
  doc.entities[0].type = type;
  doc.entities[0].mentions[0].text = place;
  return doc;
}

TEST(Dateline, APlaceInCapitalsBeforeADashIsNoActor) {
  Document doc = dated_story("GONDOR", "GPE");
  EXPECT_EQ(events::dateline_ends(doc)[0], 1);
  events_test::code_builtin(doc);
  EXPECT_TRUE(events_test::has_event(doc, "ROH>MOR:")) << events_test::summary(doc);
  EXPECT_EQ(events_test::summary(doc).find("GON>"), std::string::npos) << events_test::summary(doc);
}

TEST(Dateline, ANameInOrdinaryCaseOrAPersonIsNone) {
  Document plain = dated_story("Gondor", "GPE");
  EXPECT_EQ(events::dateline_ends(plain)[0], -1);
  Document person = dated_story("GONDOR", "PER");
  EXPECT_EQ(events::dateline_ends(person)[0], -1);
  // A capital the tagger read as the body seated there is a dateline too.
  Document body = dated_story("GONDOR", "ORG");
  EXPECT_EQ(events::dateline_ends(body)[0], 1);
}

}  // namespace
}  // namespace eventwire
