// Criticism and praise said of a coded actor (docs/events.md, "Fourteenth
// session (branch ev-quoted5)"), on hand-built parses of our own sentences.
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
  Document other = said_was("Rohan", "great");  // (the same words of another: praise)
  add_entity(other, 2, 3, "ROH");
  events_test::code_builtin(other);
  EXPECT_TRUE(has(other, "GON>ROH:051")) << summary(other);
  Document doc = said_was("Gondor", "great");
  Mention again = doc.entities[0].mentions[0];  // one entity, named twice
  again.first_token = 2;
  again.last_token = 3;
  doc.entities[0].mentions.push_back(again);
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":051")) << summary(doc);
}

// "Gondor said Rohan was WORD" with "was" in the past tense.
void past_copula(Document& doc, int cop) {
  doc.sentences[0].tokens[static_cast<size_t>(cop)].xpos = "VBD";
}

TEST(EvaluativeSpeech, AComparisonJudgesNeitherParty) {
  // "Gondor said Rohan was worse than Mordor"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                           {"was", "be", "AUX", 5, "cop"},
                           {"worse", "worse", "ADJ", 2, "ccomp"},
                           {"than", "than", "ADP", 7, "case"},
                           {"Mordor", "Mordor", "PROPN", 5, "obl"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  add_entity(doc, 6, 7, "MOR");
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":111")) << summary(doc);
}

TEST(EvaluativeSpeech, ABarePluralIsAKind) {
  // "Gondor said senators are useless": senators in general.
  Document doc = said_was("senators", "useless");
  doc.sentences[0].tokens[2].upos = "NOUN";
  doc.sentences[0].tokens[2].xpos = "NNS";
  add_entity(doc, 2, 3, "ROHLEG");
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":111")) << summary(doc);
}

TEST(EvaluativeSpeech, ARecollectionJudgesNoCurrentParty) {
  // "Gondor said Rohan was reckless back then"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                           {"was", "be", "AUX", 5, "cop"},
                           {"reckless", "reckless", "ADJ", 2, "ccomp"},
                           {"back", "back", "ADV", 7, "advmod"},
                           {"then", "then", "ADV", 5, "advmod"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  past_copula(doc, 3);
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":111")) << summary(doc);
  // Without the time it is a judgement now.
  Document now = said_was("Rohan", "reckless");
  add_entity(now, 2, 3, "ROH");
  past_copula(now, 3);
  events_test::code_builtin(now);
  EXPECT_TRUE(has(now, "GON>ROH:111 ")) << summary(now);
}

TEST(EvaluativeSpeech, ALikenessOrAConditionIsNoJudgement) {
  // "They act as though Mordor is a fearsome enemy , the general said",
  // quoted, the general coded GONMIL.
  Document like = make_doc({{"They", "they", "PRON", 2, "nsubj"},
                            {"act", "act", "VERB", 0, "root"},
                            {"as", "as", "SCONJ", 9, "mark"},
                            {"though", "though", "SCONJ", 9, "mark"},
                            {"Mordor", "Mordor", "PROPN", 9, "nsubj"},
                            {"is", "be", "AUX", 9, "cop"},
                            {"a", "a", "DET", 9, "det"},
                            {"fearsome", "fearsome", "ADJ", 9, "amod"},
                            {"enemy", "enemy", "NOUN", 2, "advcl"},
                            {",", ",", "PUNCT", 2, "punct"},
                            {"the", "the", "DET", 12, "det"},
                            {"general", "general", "NOUN", 13, "nsubj"},
                            {"said", "say", "VERB", 2, "parataxis"}});
  add_entity(like, 10, 12, "GONMIL");
  add_entity(like, 4, 5, "MOR");
  Quote quote;
  quote.content.start = 0;
  quote.content.end = like.sentences[0].tokens[8].end;
  quote.speaker_entity = "E1";
  like.quotes.push_back(quote);
  Document plain = like;  // "Mordor is a fearsome enemy": a judgement
  plain.sentences[0].tokens[2].deprel = plain.sentences[0].tokens[3].deprel = "discourse";
  events_test::code_builtin(like);
  EXPECT_FALSE(has(like, "GONMIL>MOR:111")) << summary(like);
  events_test::code_builtin(plain);
  EXPECT_TRUE(has(plain, "GONMIL>MOR:111")) << summary(plain);
  // "Gondor said Rohan is reckless if it sends troops"
  Document cond = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"said", "say", "VERB", 0, "root"},
                            {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                            {"is", "be", "AUX", 5, "cop"},
                            {"reckless", "reckless", "ADJ", 2, "ccomp"},
                            {"if", "if", "SCONJ", 8, "mark"},
                            {"it", "it", "PRON", 8, "nsubj"},
                            {"sends", "send", "VERB", 5, "advcl"},
                            {"troops", "troop", "NOUN", 8, "obj"}},
                           "2020-01-01", "VBD");
  add_entity(cond, 0, 1, "GON");
  add_entity(cond, 2, 3, "ROH");
  events_test::code_builtin(cond);
  EXPECT_FALSE(has(cond, "GON>ROH:111")) << summary(cond);
}

// "Mordor tested a missile , in what Gondor called a reckless provocation"
TEST(EvaluativeSpeech, WhatASpeakerCallsAnActBlamesItsDoer) {
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"tested", "test", "VERB", 0, "root"},
                           {"a", "a", "DET", 4, "det"},
                           {"missile", "missile", "NOUN", 2, "obj"},
                           {",", ",", "PUNCT", 7, "punct"},
                           {"in", "in", "ADP", 7, "case"},
                           {"what", "what", "PRON", 2, "obl"},
                           {"Gondor", "Gondor", "PROPN", 9, "nsubj"},
                           {"called", "call", "VERB", 7, "acl:relcl"},
                           {"a", "a", "DET", 12, "det"},
                           {"reckless", "reckless", "ADJ", 12, "amod"},
                           {"provocation", "provocation", "NOUN", 9, "xcomp"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 7, 8, "GON");
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>MOR:111 ")) << summary(doc);
}

// "After Mordor 's test , Gondor said the test was a violation"
TEST(EvaluativeSpeech, AnActCalledAViolationBlamesItsDoer) {
  Document doc = make_doc({{"After", "after", "ADP", 4, "case"},
                           {"Mordor", "Mordor", "PROPN", 4, "nmod:poss"},
                           {"'s", "'s", "PART", 2, "case"},
                           {"test", "test", "NOUN", 7, "obl"},
                           {",", ",", "PUNCT", 7, "punct"},
                           {"Gondor", "Gondor", "PROPN", 7, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"the", "the", "DET", 9, "det"},
                           {"test", "test", "NOUN", 12, "nsubj"},
                           {"was", "be", "AUX", 12, "cop"},
                           {"a", "a", "DET", 12, "det"},
                           {"violation", "violation", "NOUN", 7, "ccomp"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 1, 2, "MOR");
  add_entity(doc, 5, 6, "GON");
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>MOR:111 ")) << summary(doc);
}

}  // namespace
}  // namespace eventwire
