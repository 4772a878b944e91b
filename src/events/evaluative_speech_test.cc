// Criticism and praise said of a coded actor (docs/events.md, "Thirteenth
// session (branch ev-quoted)"), on hand-built parses of our own sentences.
#include <gtest/gtest.h>

#include <string>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

bool has(const Document& doc, const std::string& event) {
  return summary(doc).find(event) != std::string::npos;
}

// "Gondor said Rohan 's plan was (not) WORD"
Document plan_was(const char* word, bool negated) {
  int w = negated ? 8 : 7;  // the predicate's position (1-based heads)
  std::vector<events_test::Row> rows = {
      {"Gondor", "Gondor", "PROPN", 2, "nsubj"},   {"said", "say", "VERB", 0, "root"},
      {"Rohan", "Rohan", "PROPN", 5, "nmod:poss"}, {"'s", "'s", "PART", 3, "case"},
      {"plan", "plan", "NOUN", w, "nsubj"},        {"was", "be", "AUX", w, "cop"}};
  if (negated) rows.push_back({"not", "not", "PART", w, "advmod"});
  rows.push_back({word, word, "ADJ", 2, "ccomp"});
  Document doc = make_doc(rows, "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  return doc;
}

// "Gondor said SUBJECT was WORD", Gondor coded GON.
Document said_was(const char* subject, const char* word) {
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {subject, subject, "PROPN", 5, "nsubj"},
                           {"was", "be", "AUX", 5, "cop"},
                           {word, word, "ADJ", 2, "ccomp"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "GON");
  return doc;
}

TEST(EvaluativeSpeech, ASpeakerBlamesThePossessorOfAPlan) {
  Document doc = plan_was("reckless", false);
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:111 ")) << summary(doc);
  EXPECT_FALSE(has(doc, ":010")) << "the bare saying frames the criticism: " << summary(doc);
}

TEST(EvaluativeSpeech, PraiseIsApproval) {
  Document doc = plan_was("wise", false);
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:051 ")) << summary(doc);
}

TEST(EvaluativeSpeech, NegatedPraiseIsBlameAndNegatedBlameNothing) {
  Document praise = plan_was("wise", true);
  events_test::code_builtin(praise);
  EXPECT_TRUE(has(praise, "GON>ROH:111 ")) << summary(praise);
  Document blame = plan_was("reckless", true);
  events_test::code_builtin(blame);
  EXPECT_FALSE(has(blame, ":111")) << summary(blame);
  EXPECT_FALSE(has(blame, ":051")) << summary(blame);
}

TEST(EvaluativeSpeech, AQuotedNounPredicateWithItsSpeakerAfter) {
  // "Rohan is a disgrace , Gondor said"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 4, "nsubj"},
                           {"is", "be", "AUX", 4, "cop"},
                           {"a", "a", "DET", 4, "det"},
                           {"disgrace", "disgrace", "NOUN", 0, "root"},
                           {",", ",", "PUNCT", 4, "punct"},
                           {"Gondor", "Gondor", "PROPN", 7, "nsubj"},
                           {"said", "say", "VERB", 4, "parataxis"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "ROH");
  add_entity(doc, 5, 6, "GON");
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:111 ")) << summary(doc);
}

TEST(EvaluativeSpeech, NoSpeakerOrAFeelingIsNoEvent) {
  // "Rohan is reckless": no one coded says it.
  Document unsaid = make_doc({{"Rohan", "Rohan", "PROPN", 3, "nsubj"},
                              {"is", "be", "AUX", 3, "cop"},
                              {"reckless", "reckless", "ADJ", 0, "root"}});
  add_entity(unsaid, 0, 1, "ROH");
  events_test::code_builtin(unsaid);
  EXPECT_FALSE(has(unsaid, ":111")) << summary(unsaid);
  // "Gondor said Rohan was disappointed": how Rohan feels, not what it is.
  Document felt = said_was("Rohan", "disappointed");
  add_entity(felt, 2, 3, "ROH");
  events_test::code_builtin(felt);
  EXPECT_FALSE(has(felt, ":111")) << summary(felt);
}

TEST(EvaluativeSpeech, TheSpeakerIsNotItsOwnTarget) {
  Document doc = said_was("Gondor", "great");
  Mention again = doc.entities[0].mentions[0];  // one entity, named twice
  again.first_token = 2;
  again.last_token = 3;
  doc.entities[0].mentions.push_back(again);
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":051")) << summary(doc);
}

}  // namespace
}  // namespace eventwire
