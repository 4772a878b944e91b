// Modality of events from hand-built parses (our own sentences).
#include "events/modality.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::make_doc;

std::string modality_of(const Document& doc, int predicate, bool negated = false) {
  Tree tree(doc.sentences[0]);
  return event_modality(tree, predicate, negated);
}

TEST(Modality, PastIsAsserted) {
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 2, "obj"}});
  EXPECT_EQ(modality_of(doc, 1), "asserted");
  EXPECT_EQ(modality_of(doc, 1, true), "denied");
}

TEST(Modality, WillIsFutureWouldIsHypothetical) {
  Document will = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                            {"will", "will", "AUX", 3, "aux"},
                            {"expel", "expel", "VERB", 0, "root"},
                            {"envoys", "envoy", "NOUN", 3, "obj"}});
  EXPECT_EQ(modality_of(will, 2), "future");
  Document would = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                             {"would", "would", "AUX", 3, "aux"},
                             {"expel", "expel", "VERB", 0, "root"},
                             {"envoys", "envoy", "NOUN", 3, "obj"}});
  EXPECT_EQ(modality_of(would, 2), "hypothetical");
}

TEST(Modality, ConditionAndAdjectiveGovernorAreHypothetical) {
  // "if Gondor attacks , Rohan responds"
  Document cond = make_doc({{"if", "if", "SCONJ", 3, "mark"},
                            {"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                            {"attacks", "attack", "VERB", 6, "advcl"},
                            {",", ",", "PUNCT", 3, "punct"},
                            {"Rohan", "Rohan", "PROPN", 6, "nsubj"},
                            {"responds", "respond", "VERB", 0, "root"}});
  EXPECT_EQ(modality_of(cond, 2), "hypothetical");
  EXPECT_EQ(modality_of(cond, 5), "asserted");
  // "it is hard to defeat Mordor"
  Document hard = make_doc({{"it", "it", "PRON", 3, "expl"},
                            {"is", "be", "AUX", 3, "cop"},
                            {"hard", "hard", "ADJ", 0, "root"},
                            {"to", "to", "PART", 5, "mark"},
                            {"defeat", "defeat", "VERB", 3, "xcomp"},
                            {"Mordor", "Mordor", "PROPN", 5, "obj"}});
  EXPECT_EQ(modality_of(hard, 4), "hypothetical");
}

TEST(Modality, PlansAreIntendedDenialsDenied) {
  // "Gondor plans to meet Rohan"
  Document plan = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"plans", "plan", "VERB", 0, "root"},
                            {"to", "to", "PART", 4, "mark"},
                            {"meet", "meet", "VERB", 2, "xcomp"},
                            {"Rohan", "Rohan", "PROPN", 4, "obj"}});
  EXPECT_EQ(modality_of(plan, 3), "intended");
  // "Gondor urged Rohan to attack Mordor": asked of Rohan, not done
  Document urge = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"urged", "urge", "VERB", 0, "root"},
                            {"Rohan", "Rohan", "PROPN", 2, "obj"},
                            {"to", "to", "PART", 5, "mark"},
                            {"attack", "attack", "VERB", 2, "xcomp"},
                            {"Mordor", "Mordor", "PROPN", 5, "obj"}});
  EXPECT_EQ(modality_of(urge, 4), "intended");
  // "Gondor denied that it attacked Rohan"
  Document deny = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"denied", "deny", "VERB", 0, "root"},
                            {"that", "that", "SCONJ", 5, "mark"},
                            {"it", "it", "PRON", 5, "nsubj"},
                            {"attacked", "attack", "VERB", 2, "ccomp"},
                            {"Rohan", "Rohan", "PROPN", 5, "obj"}});
  EXPECT_EQ(modality_of(deny, 4), "denied");
  // "Gondor sent troops to defend Rohan"
  Document purpose = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                               {"sent", "send", "VERB", 0, "root"},
                               {"troops", "troop", "NOUN", 2, "obj"},
                               {"to", "to", "PART", 5, "mark"},
                               {"defend", "defend", "VERB", 2, "advcl"},
                               {"Rohan", "Rohan", "PROPN", 5, "obj"}});
  EXPECT_EQ(modality_of(purpose, 4), "intended");
  EXPECT_EQ(modality_of(purpose, 1), "asserted");
}

TEST(Modality, QuestionsAndReportedFuture) {
  Document ask = make_doc({{"Will", "will", "AUX", 3, "aux"},
                           {"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                           {"attack", "attack", "VERB", 0, "root"},
                           {"?", "?", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(ask, 2), "future");  // the auxiliary speaks first
  Document did = make_doc({{"Did", "do", "AUX", 3, "aux"},
                           {"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                           {"attack", "attack", "VERB", 0, "root"},
                           {"?", "?", "PUNCT", 3, "punct"}});
  EXPECT_EQ(modality_of(did, 2), "question");
  // "Rohan said Gondor will attack"
  Document said = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                            {"said", "say", "VERB", 0, "root"},
                            {"Gondor", "Gondor", "PROPN", 5, "nsubj"},
                            {"will", "will", "AUX", 5, "aux"},
                            {"attack", "attack", "VERB", 2, "ccomp"}});
  EXPECT_EQ(modality_of(said, 4), "future");
  EXPECT_EQ(modality_of(said, 1), "asserted");
}

TEST(Modality, ClauseOnADegreeAdverbIsAsRealAsItsVerb) {
  // "Gondor went so far as to condemn Rohan": the condemning happened.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"went", "go", "VERB", 0, "root"},
                           {"so", "so", "ADV", 4, "advmod"},
                           {"far", "far", "ADV", 2, "advmod"},
                           {"as", "as", "SCONJ", 7, "mark"},
                           {"to", "to", "PART", 7, "mark"},
                           {"condemn", "condemn", "VERB", 4, "advcl"},
                           {"Rohan", "Rohan", "PROPN", 7, "obj"}});
  EXPECT_EQ(modality_of(doc, 6), "asserted");
}

}  // namespace
}  // namespace eventwire::events
