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

TEST(Modality, WouldAfterAPastSpeechVerbIsTheReportedWill) {
  // "Rohan said Gondor would attack (unless Arnor paid)"
  auto said = [](bool condition) {
    std::vector<events_test::Row> rows = {{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                          {"said", "say", "VERB", 0, "root"},
                                          {"Gondor", "Gondor", "PROPN", 5, "nsubj"},
                                          {"would", "would", "AUX", 5, "aux"},
                                          {"attack", "attack", "VERB", 2, "ccomp"}};
    if (condition) {
      rows.push_back({"unless", "unless", "SCONJ", 8, "mark"});
      rows.push_back({"Arnor", "Arnor", "PROPN", 8, "nsubj"});
      rows.push_back({"paid", "pay", "VERB", 5, "advcl"});
    }
    Document doc = make_doc(rows);
    doc.sentences[0].tokens[1].xpos = "VBD";
    doc.sentences[0].tokens[3].xpos = "MD";
    return doc;
  };
  Document plain = said(false);
  Tree tree(plain.sentences[0]);
  EXPECT_EQ(event_modality(tree, 4, false, 1), "future");
  EXPECT_EQ(event_modality(tree, 4, false), "hypothetical");  // no speech verb given
  Document conditional = said(true);
  Tree conditional_tree(conditional.sentences[0]);
  EXPECT_EQ(event_modality(conditional_tree, 4, false, 1), "hypothetical");
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

TEST(Modality, CanAndHedgesAreHypothetical) {
  // "perhaps they can help Rohan"
  Document can = make_doc({{"perhaps", "perhaps", "ADV", 4, "advmod"},
                           {"they", "they", "PRON", 4, "nsubj"},
                           {"can", "can", "AUX", 4, "aux"},
                           {"help", "help", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 4, "obj"}});
  EXPECT_EQ(modality_of(can, 3), "hypothetical");
  // "perhaps Gondor helped Rohan"
  Document hedge = make_doc({{"perhaps", "perhaps", "ADV", 3, "advmod"},
                             {"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                             {"helped", "help", "VERB", 0, "root"},
                             {"Rohan", "Rohan", "PROPN", 3, "obj"}});
  EXPECT_EQ(modality_of(hedge, 2), "hypothetical");
  // "perhaps , he said": the hedge set off by a comma is the quote's
  Document said = make_doc({{"perhaps", "perhaps", "ADV", 4, "advmod"},
                            {",", ",", "PUNCT", 1, "punct"},
                            {"he", "he", "PRON", 4, "nsubj"},
                            {"said", "say", "VERB", 0, "root"}});
  EXPECT_EQ(modality_of(said, 3), "asserted");
}

TEST(Modality, HabitsInThePresentAreGeneric) {
  // "Gondor still blames Rohan" (simple present)
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                                        {"still", "still", "ADV", 3, "advmod"},
                                        {"blames", "blame", "VERB", 0, "root"},
                                        {"Rohan", "Rohan", "PROPN", 3, "obj"}};
  EXPECT_EQ(modality_of(make_doc(rows, "2020-01-01", "VBZ"), 2), "generic");
  // "Gondor repeatedly blamed Rohan": past acts, asserted
  rows[1] = {"repeatedly", "repeatedly", "ADV", 3, "advmod"};
  EXPECT_EQ(modality_of(make_doc(rows, "2020-01-01", "VBD"), 2), "asserted");
  // "everything Gondor says" (a free relative on "everything")
  Document every = make_doc({{"everything", "everything", "PRON", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                             {"says", "say", "VERB", 1, "acl:relcl"}},
                            "2020-01-01", "VBZ");
  EXPECT_EQ(modality_of(every, 2), "generic");
  // the same parsed with "everything" as a second subject of "says"
  Document two = make_doc({{"everything", "everything", "PRON", 3, "nsubj"},
                           {"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                           {"says", "say", "VERB", 0, "root"},
                           {"is", "be", "AUX", 5, "cop"},
                           {"false", "false", "ADJ", 3, "ccomp"}},
                          "2020-01-01", "VBZ");
  EXPECT_EQ(modality_of(two, 2), "generic");
  // "they believe what Gondor says"
  Document what = make_doc({{"they", "they", "PRON", 2, "nsubj"},
                            {"believe", "believe", "VERB", 0, "root"},
                            {"what", "what", "PRON", 5, "obj"},
                            {"Gondor", "Gondor", "PROPN", 5, "nsubj"},
                            {"says", "say", "VERB", 2, "advcl"}});
  EXPECT_EQ(modality_of(what, 4), "generic");
  // "the image of soldiers attacking villages": a kind, not an act
  Document kind = make_doc({{"the", "the", "DET", 2, "det"},
                            {"image", "image", "NOUN", 0, "root"},
                            {"of", "of", "ADP", 4, "case"},
                            {"soldiers", "soldier", "NOUN", 2, "nmod"},
                            {"attacking", "attack", "VERB", 4, "acl"},
                            {"villages", "village", "NOUN", 5, "obj"}},
                           "2020-01-01", "VBG");
  EXPECT_EQ(modality_of(kind, 4), "generic");
  // "hundreds of soldiers attacking villages": counted, not described
  Document counted = make_doc({{"hundreds", "hundred", "NOUN", 0, "root"},
                               {"of", "of", "ADP", 3, "case"},
                               {"soldiers", "soldier", "NOUN", 1, "nmod"},
                               {"attacking", "attack", "VERB", 3, "acl"},
                               {"villages", "village", "NOUN", 4, "obj"}},
                              "2020-01-01", "VBG");
  EXPECT_EQ(modality_of(counted, 3), "asserted");
}

TEST(Modality, BeliefsQuestionsAndImpressions) {
  // "Rohan thinks Gondor attacked" / "Rohan claimed Gondor attacked"
  std::vector<events_test::Row> rows = {{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                        {"thinks", "think", "VERB", 0, "root"},
                                        {"Gondor", "Gondor", "PROPN", 4, "nsubj"},
                                        {"attacked", "attack", "VERB", 2, "ccomp"}};
  EXPECT_EQ(modality_of(make_doc(rows), 3), "hypothetical");
  rows[1] = {"claimed", "claim", "VERB", 0, "root"};
  EXPECT_EQ(modality_of(make_doc(rows), 3), "asserted");
  rows[1] = {"wondered", "wonder", "VERB", 0, "root"};
  EXPECT_EQ(modality_of(make_doc(rows), 3), "question");
  // "the plan appears to be helping Rohan"
  Document seem = make_doc({{"plan", "plan", "NOUN", 2, "nsubj"},
                            {"appears", "appear", "VERB", 0, "root"},
                            {"to", "to", "PART", 5, "mark"},
                            {"be", "be", "AUX", 5, "aux"},
                            {"helping", "help", "VERB", 2, "xcomp"},
                            {"Rohan", "Rohan", "PROPN", 5, "obj"}});
  EXPECT_EQ(modality_of(seem, 4), "hypothetical");
}

TEST(Modality, NegativeArgumentsAndNegatedHeadsDeny) {
  // "Gondor offered no proof"
  Document proof = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"offered", "offer", "VERB", 0, "root"},
                             {"no", "no", "DET", 4, "det"},
                             {"proof", "proof", "NOUN", 2, "obj"}});
  EXPECT_EQ(modality_of(proof, 1), "denied");
  // "nobody attacked Rohan"
  Document nobody = make_doc({{"nobody", "nobody", "PRON", 2, "nsubj"},
                              {"attacked", "attack", "VERB", 0, "root"},
                              {"Rohan", "Rohan", "PROPN", 2, "obj"}});
  EXPECT_EQ(modality_of(nobody, 1), "denied");
  // "it is not something that Gondor says"
  Document not_so = make_doc({{"it", "it", "PRON", 4, "nsubj"},
                              {"is", "be", "AUX", 4, "cop"},
                              {"not", "not", "PART", 4, "advmod"},
                              {"something", "something", "PRON", 0, "root"},
                              {"that", "that", "PRON", 7, "obj"},
                              {"Gondor", "Gondor", "PROPN", 7, "nsubj"},
                              {"says", "say", "VERB", 4, "acl:relcl"}});
  EXPECT_EQ(modality_of(not_so, 6), "denied");
}

TEST(Modality, WhatIsDemandedHasNotHappened) {
  // "the council requires that every guild report its holdings": the bare
  // form under a verb of demand is the demand's content.
  Document required = make_doc({{"the", "the", "DET", 2, "det"},
                                {"council", "council", "NOUN", 3, "nsubj"},
                                {"requires", "require", "VERB", 0, "root"},
                                {"that", "that", "SCONJ", 7, "mark"},
                                {"every", "every", "DET", 6, "det"},
                                {"guild", "guild", "NOUN", 7, "nsubj"},
                                {"report", "report", "VERB", 3, "ccomp"},
                                {"holdings", "holding", "NOUN", 7, "obj"}});
  EXPECT_EQ(modality_of(required, 6), "intended");
  // "Rohan insisted that Gondor attacked": a claim in the past tense stays.
  Document insisted = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                {"insisted", "insist", "VERB", 0, "root"},
                                {"that", "that", "SCONJ", 5, "mark"},
                                {"Gondor", "Gondor", "PROPN", 5, "nsubj"},
                                {"attacked", "attack", "VERB", 2, "ccomp"}},
                               "2020-01-01", "VBD");
  EXPECT_EQ(modality_of(insisted, 4), "asserted");
}

TEST(Modality, BareParticiplesShareTheirGovernorsReading) {
  // "Gondor would win by shelling Rohan": the manner of an open act is open.
  std::vector<events_test::Row> rows = {
      {"Gondor", "Gondor", "PROPN", 3, "nsubj"}, {"would", "would", "AUX", 3, "aux"},
      {"win", "win", "VERB", 0, "root"},         {"by", "by", "SCONJ", 5, "mark"},
      {"shelling", "shell", "VERB", 3, "advcl"}, {"Rohan", "Rohan", "PROPN", 5, "obj"}};
  EXPECT_EQ(modality_of(make_doc(rows, "2020-01-01", "VBG"), 4), "hypothetical");
  // "Gondor won by shelling Rohan": as real as the victory.
  rows.erase(rows.begin() + 1);
  for (auto& r : rows)
    if (r.head > 1) --r.head;
  EXPECT_EQ(modality_of(make_doc(rows, "2020-01-01", "VBG"), 3), "asserted");
  // "oaths should be no condition for meeting Rohan": the participle on a
  // noun that is the predicate shares its "should".
  Document terms = make_doc({{"oaths", "oath", "NOUN", 4, "nsubj"},
                             {"should", "should", "AUX", 4, "aux"},
                             {"be", "be", "AUX", 4, "cop"},
                             {"condition", "condition", "NOUN", 0, "root"},
                             {"for", "for", "SCONJ", 6, "mark"},
                             {"meeting", "meet", "VERB", 4, "acl"},
                             {"Rohan", "Rohan", "PROPN", 6, "obj"}},
                            "2020-01-01", "VBG");
  EXPECT_EQ(modality_of(terms, 5), "hypothetical");
  // "the council has a way: by suing Rohan": a way it can be done.
  Document way = make_doc({{"the", "the", "DET", 2, "det"},
                           {"council", "council", "NOUN", 3, "nsubj"},
                           {"has", "have", "VERB", 0, "root"},
                           {"a", "a", "DET", 5, "det"},
                           {"way", "way", "NOUN", 3, "obj"},
                           {":", ":", "PUNCT", 8, "punct"},
                           {"by", "by", "SCONJ", 8, "mark"},
                           {"suing", "sue", "VERB", 3, "advcl"},
                           {"Rohan", "Rohan", "PROPN", 8, "obj"}});
  way.sentences[0].tokens[2].xpos = "VBZ";
  way.sentences[0].tokens[7].xpos = "VBG";
  EXPECT_EQ(modality_of(way, 7), "generic");
  // "Backed by Gondor, Rohan would attack": the backing holds already.
  Document backed = make_doc({{"Backed", "back", "VERB", 6, "advcl"},
                              {"by", "by", "ADP", 3, "case"},
                              {"Gondor", "Gondor", "PROPN", 1, "obl"},
                              {"Rohan", "Rohan", "PROPN", 6, "nsubj"},
                              {"would", "would", "AUX", 6, "aux"},
                              {"attack", "attack", "VERB", 0, "root"}},
                             "2020-01-01", "VBN");
  EXPECT_EQ(modality_of(backed, 0), "asserted");
}

TEST(Modality, PastActsPlacedLongBeforeTheNewsAreHistorical) {
  // "Gondor once expelled envoys" / "Gondor once again expelled envoys"
  auto once = [](bool again) {
    std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", again ? 4 : 3, "nsubj"},
                                          {"once", "once", "ADV", again ? 4 : 3, "advmod"}};
    if (again) rows.push_back({"again", "again", "ADV", 4, "advmod"});
    rows.push_back({"expelled", "expel", "VERB", 0, "root"});
    rows.push_back({"envoys", "envoy", "NOUN", again ? 4 : 3, "obj"});
    return make_doc(rows, "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(once(false), 2), "historical");
  EXPECT_EQ(modality_of(once(true), 3), "asserted");
  // "Rohan sued Gondor (three | two | one) years ago"
  auto ago = [](const char* number, const char* xpos) {
    Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                             {"sued", "sue", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 2, "obj"},
                             {number, number, "NUM", 5, "nummod"},
                             {"years", "year", "NOUN", 6, "obl:npmod"},
                             {"ago", "ago", "ADV", 2, "advmod"}},
                            "2020-01-01", "VBD");
    doc.sentences[0].tokens[4].xpos = xpos;
    return doc;
  };
  EXPECT_EQ(modality_of(ago("three", "NNS"), 1), "historical");
  EXPECT_EQ(modality_of(ago("one", "NN"), 1), "asserted");  // a year ago may still be news
  // "Rohan sued Gondor (three | two) weeks ago", "… two months ago"
  Document weeks = ago("three", "NNS");
  weeks.sentences[0].tokens[4].lemma = "week";
  EXPECT_EQ(modality_of(weeks, 1), "historical");
  weeks.sentences[0].tokens[3].text = "two";
  EXPECT_EQ(modality_of(weeks, 1), "asserted");  // within the story's period
  Document months = ago("two", "NNS");
  months.sentences[0].tokens[4].lemma = "month";
  EXPECT_EQ(modality_of(months, 1), "historical");
  // "Rohan sues Gondor three years ago" is no past act: left as it is.
  Document present = ago("three", "NNS");
  present.sentences[0].tokens[1].xpos = "VBZ";
  EXPECT_EQ(modality_of(present, 1), "asserted");
}

TEST(Modality, AnActDatedByAFormerStateOfItsSubjectIsHistorical) {
  // "Mira praised the pact when she was envoy"
  Document doc = make_doc({{"Mira", "Mira", "PROPN", 2, "nsubj"},
                           {"praised", "praise", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"pact", "pact", "NOUN", 2, "obj"},
                           {"when", "when", "SCONJ", 8, "mark"},
                           {"she", "she", "PRON", 8, "nsubj"},
                           {"was", "be", "AUX", 8, "cop"},
                           {"envoy", "envoy", "NOUN", 2, "advcl"}},
                          "2020-01-01", "VBD");
  doc.sentences[0].tokens[6].xpos = "VBD";
  EXPECT_EQ(modality_of(doc, 1), "historical");
  // "… when she is envoy": a state that holds now.
  doc.sentences[0].tokens[6].xpos = "VBZ";
  EXPECT_EQ(modality_of(doc, 1), "asserted");
  // "Mira met envoys in the past" but not "in the past two weeks".
  auto past = [](bool weeks) {
    std::vector<events_test::Row> rows = {
        {"Mira", "Mira", "PROPN", 2, "nsubj"}, {"met", "meet", "VERB", 0, "root"},
        {"envoys", "envoy", "NOUN", 2, "obj"}, {"in", "in", "ADP", 6, "case"},
        {"the", "the", "DET", 6, "det"},       {"past", "past", "NOUN", 2, "obl"}};
    if (weeks) rows.push_back({"weeks", "week", "NOUN", 6, "nmod"});
    return make_doc(rows, "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(past(false), 1), "historical");
  EXPECT_EQ(modality_of(past(true), 1), "asserted");
}

TEST(Modality, AnActSetBackByASpanOfWeeksOrMoreIsHistorical) {
  // "Rohan sued Gondor (three weeks | two days) earlier"
  auto earlier = [](const char* unit, const char* lemma, const char* adverb) {
    return make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                     {"sued", "sue", "VERB", 0, "root"},
                     {"Gondor", "Gondor", "PROPN", 2, "obj"},
                     {"three", "three", "NUM", 5, "nummod"},
                     {unit, lemma, "NOUN", 6, "obl:unmarked"},
                     {adverb, "early", "ADV", 2, "advmod"}},
                    "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(earlier("weeks", "week", "earlier"), 1), "historical");
  EXPECT_EQ(modality_of(earlier("days", "day", "earlier"), 1), "asserted");  // may be the news
  EXPECT_EQ(modality_of(earlier("months", "month", "before"), 1), "historical");
  // "two years later" is dated by the time stage, not read as background here.
  EXPECT_EQ(modality_of(earlier("years", "year", "later"), 1), "asserted");
}

TEST(Modality, AtTheTimeAndSaidThenTellAnEarlierStatement) {
  // "Mira praised the pact at the time" / "… at the time of the vote"
  auto at_time = [](bool of_vote) {
    std::vector<events_test::Row> rows = {
        {"Mira", "Mira", "PROPN", 2, "nsubj"}, {"praised", "praise", "VERB", 0, "root"},
        {"the", "the", "DET", 4, "det"},       {"pact", "pact", "NOUN", 2, "obj"},
        {"at", "at", "ADP", 7, "case"},        {"the", "the", "DET", 7, "det"},
        {"time", "time", "NOUN", 2, "obl"}};
    if (of_vote) {
      rows.push_back({"of", "of", "ADP", 10, "case"});
      rows.push_back({"the", "the", "DET", 10, "det"});
      rows.push_back({"vote", "vote", "NOUN", 7, "nmod"});
    }
    return make_doc(rows, "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(at_time(false), 1), "historical");
  EXPECT_EQ(modality_of(at_time(true), 1), "asserted");
  // "Mira said then that …" (the adverb hung on the complement) / "Mira said that …"
  auto said = [](const char* adverb) {
    return make_doc({{"Mira", "Mira", "PROPN", 2, "nsubj"},
                     {"said", "say", "VERB", 0, "root"},
                     {adverb, adverb, "ADV", 7, "advmod"},
                     {"that", "that", "SCONJ", 7, "mark"},
                     {"Rohan", "Rohan", "PROPN", 7, "nsubj"},
                     {"had", "have", "AUX", 7, "aux"},
                     {"lied", "lie", "VERB", 2, "ccomp"}},
                    "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(said("then"), 1), "historical");
  EXPECT_EQ(modality_of(said("again"), 1), "asserted");
}

TEST(Modality, AStanceHeldLongIsHistorical) {
  // "Rohan has long (opposed | now opposed) the dam"
  auto held = [](const char* adverb) {
    Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 4, "nsubj"},
                             {"has", "have", "AUX", 4, "aux"},
                             {adverb, adverb, "ADV", 4, "advmod"},
                             {"opposed", "oppose", "VERB", 0, "root"},
                             {"the", "the", "DET", 6, "det"},
                             {"dam", "dam", "NOUN", 4, "obj"}},
                            "2020-01-01", "VBN");
    return doc;
  };
  EXPECT_EQ(modality_of(held("long"), 3), "historical");
  EXPECT_EQ(modality_of(held("now"), 3), "asserted");
}

TEST(Modality, AnActGivenAsGroundsOrReferredToIsNamedNotTold) {
  // "Gondor blamed Rohan (for | over | on) its raid on the port"
  auto blamed = [](const char* case_word) {
    return make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                     {"blamed", "blame", "VERB", 0, "root"},
                     {"Rohan", "Rohan", "PROPN", 2, "obj"},
                     {case_word, case_word, "ADP", 6, "case"},
                     {"its", "its", "PRON", 6, "nmod:poss"},
                     {"raid", "raid", "NOUN", 2, "obl"},
                     {"on", "on", "ADP", 9, "case"},
                     {"the", "the", "DET", 9, "det"},
                     {"port", "port", "NOUN", 6, "nmod"}},
                    "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(blamed("for"), 5), "generic");
  EXPECT_EQ(modality_of(blamed("over"), 5), "generic");
  // "pressed on with its raid": a phrase of the act's own course.
  EXPECT_EQ(modality_of(blamed("on"), 5), "asserted");

  // "Gondor will blame Rohan for its raid": named under an act to come.
  Document will = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                            {"will", "will", "AUX", 3, "aux"},
                            {"blame", "blame", "VERB", 0, "root"},
                            {"Rohan", "Rohan", "PROPN", 3, "obj"},
                            {"for", "for", "ADP", 7, "case"},
                            {"its", "its", "PRON", 7, "nmod:poss"},
                            {"raid", "raid", "NOUN", 3, "obl"}});
  EXPECT_EQ(modality_of(will, 6), "future");

  // "The envoy (cited | conducted) Mordor's attacks on the city"
  auto object_of = [](const char* verb, const char* lemma) {
    return make_doc({{"The", "the", "DET", 2, "det"},
                     {"envoy", "envoy", "NOUN", 3, "nsubj"},
                     {verb, lemma, "VERB", 0, "root"},
                     {"Mordor's", "Mordor", "PROPN", 5, "nmod:poss"},
                     {"attacks", "attack", "NOUN", 3, "obj"},
                     {"on", "on", "ADP", 8, "case"},
                     {"the", "the", "DET", 8, "det"},
                     {"city", "city", "NOUN", 5, "nmod"}},
                    "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(object_of("cited", "cite"), 4), "generic");
  EXPECT_EQ(modality_of(object_of("conducted", "conduct"), 4), "asserted");

  // "Rohan was responsible for the massacre": the subject's own deed.
  Document deed = make_doc({{"Rohan", "Rohan", "PROPN", 3, "nsubj"},
                            {"was", "be", "AUX", 3, "cop"},
                            {"responsible", "responsible", "ADJ", 0, "root"},
                            {"for", "for", "ADP", 6, "case"},
                            {"the", "the", "DET", 6, "det"},
                            {"massacre", "massacre", "NOUN", 3, "obl"}});
  EXPECT_EQ(modality_of(deed, 5), "asserted");

  // A verb event is read by its clause as before: "Gondor cited the report".
  Document verb = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"cited", "cite", "VERB", 0, "root"},
                            {"the", "the", "DET", 4, "det"},
                            {"report", "report", "NOUN", 2, "obj"}},
                           "2020-01-01", "VBD");
  EXPECT_EQ(modality_of(verb, 1), "asserted");
}

TEST(Modality, AnActGivenAsGroundsInAnIngClauseIsNamedNotTold) {
  // "Gondor accused Rohan (of | after) shelling the port"
  auto accused = [](const char* mark) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"accused", "accuse", "VERB", 0, "root"},
                             {"Rohan", "Rohan", "PROPN", 2, "obj"},
                             {mark, mark, "SCONJ", 5, "mark"},
                             {"shelling", "shell", "VERB", 2, "advcl"},
                             {"the", "the", "DET", 7, "det"},
                             {"port", "port", "NOUN", 5, "obj"}},
                            "2020-01-01", "VBD");
    doc.sentences[0].tokens[4].xpos = "VBG";
    return doc;
  };
  EXPECT_EQ(modality_of(accused("of"), 4), "generic");
  EXPECT_EQ(modality_of(accused("for"), 4), "generic");
  EXPECT_EQ(modality_of(accused("after"), 4), "asserted");
}

TEST(Modality, AConditionReachesARelativeClauseOnAnOpenNoun) {
  // "If Rohan had (a | the) guild that burned farms, Gondor would act"
  auto guild = [](const char* det) {
    return make_doc({{"If", "if", "SCONJ", 3, "mark"},
                     {"Rohan", "Rohan", "PROPN", 3, "nsubj"},
                     {"had", "have", "VERB", 11, "advcl"},
                     {det, det, "DET", 5, "det"},
                     {"guild", "guild", "NOUN", 3, "obj"},
                     {"that", "that", "PRON", 7, "nsubj"},
                     {"burned", "burn", "VERB", 5, "acl:relcl"},
                     {"farms", "farm", "NOUN", 7, "obj"},
                     {",", ",", "PUNCT", 11, "punct"},
                     {"Gondor", "Gondor", "PROPN", 11, "nsubj"},
                     {"would", "would", "AUX", 11, "aux"},
                     {"act", "act", "VERB", 0, "root"}},
                    "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(guild("a"), 6), "hypothetical");
  // A particular guild is told as it is: the burning happened.
  EXPECT_EQ(modality_of(guild("the"), 6), "asserted");
}

TEST(Modality, APicturedObjectsActIsHypothetical) {
  // "Imagine a realm that invaded its neighbour"
  Document doc = make_doc({{"Imagine", "imagine", "VERB", 0, "root"},
                           {"a", "a", "DET", 3, "det"},
                           {"realm", "realm", "NOUN", 1, "obj"},
                           {"that", "that", "PRON", 5, "nsubj"},
                           {"invaded", "invade", "VERB", 3, "acl:relcl"},
                           {"its", "its", "PRON", 7, "nmod:poss"},
                           {"neighbour", "neighbour", "NOUN", 5, "obj"}},
                          "2020-01-01", "VBD");
  EXPECT_EQ(modality_of(doc, 4), "hypothetical");
}

TEST(Modality, AQuestionReachesDownThroughAComplement) {
  // "Rohan asked who backed (a | the) guild that burned farms"
  auto asked = [](const char* det) {
    return make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                     {"asked", "ask", "VERB", 0, "root"},
                     {"who", "who", "PRON", 4, "nsubj"},
                     {"backed", "back", "VERB", 2, "ccomp"},
                     {det, det, "DET", 6, "det"},
                     {"guild", "guild", "NOUN", 4, "obj"},
                     {"that", "that", "PRON", 8, "nsubj"},
                     {"burned", "burn", "VERB", 6, "acl:relcl"},
                     {"farms", "farm", "NOUN", 8, "obj"}},
                    "2020-01-01", "VBD");
  };
  EXPECT_EQ(modality_of(asked("a"), 7), "question");
  EXPECT_EQ(modality_of(asked("the"), 7), "asserted");
  // "… whether an envoy who met the agent had lied": the condition mark.
  Document whether = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                               {"asked", "ask", "VERB", 0, "root"},
                               {"whether", "whether", "SCONJ", 10, "mark"},
                               {"an", "an", "DET", 5, "det"},
                               {"envoy", "envoy", "NOUN", 10, "nsubj"},
                               {"who", "who", "PRON", 7, "nsubj"},
                               {"met", "meet", "VERB", 5, "acl:relcl"},
                               {"the", "the", "DET", 9, "det"},
                               {"agent", "agent", "NOUN", 7, "obj"},
                               {"lied", "lie", "VERB", 2, "ccomp"}},
                              "2020-01-01", "VBD");
  EXPECT_EQ(modality_of(whether, 6), "hypothetical");
}

TEST(Modality, ANegationReachesTheParticipleOnItsNoun) {
  // "Gondor is (not) in the habit of backing rebels"
  auto habit = [](bool negated) {
    std::vector<events_test::Row> rows = {
        {"Gondor", "Gondor", "PROPN", 5, "nsubj"},
        {"is", "be", "AUX", 5, "cop"},
        {negated ? "not" : "still", negated ? "not" : "still", "PART", 5, "advmod"},
        {"in", "in", "ADP", 5, "case"},
        {"habit", "habit", "NOUN", 0, "root"},
        {"of", "of", "SCONJ", 7, "mark"},
        {"backing", "back", "VERB", 5, "acl"},
        {"rebels", "rebel", "NOUN", 7, "obj"}};
    Document doc = make_doc(rows);
    doc.sentences[0].tokens[6].xpos = "VBG";
    return doc;
  };
  EXPECT_EQ(modality_of(habit(true), 6), "denied");
  EXPECT_NE(modality_of(habit(false), 6), "denied");
}

TEST(Modality, AFactiveClauseUnderAFrameIsStillTold) {
  // "Gondor may wait (while | if) Rohan negotiates"
  auto wait = [](const char* mark) {
    return make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                     {"may", "may", "AUX", 3, "aux"},
                     {"wait", "wait", "VERB", 0, "root"},
                     {mark, mark, "SCONJ", 6, "mark"},
                     {"Rohan", "Rohan", "PROPN", 6, "nsubj"},
                     {"negotiates", "negotiate", "VERB", 3, "advcl"}},
                    "2020-01-01", "VBZ");
  };
  EXPECT_EQ(modality_of(wait("while"), 5), "asserted");
  EXPECT_EQ(modality_of(wait("if"), 5), "hypothetical");
  // "If Arnor admits that Rohan attacked, …": the admission does not make
  // the attack untold.
  Document admits = make_doc({{"If", "if", "SCONJ", 3, "mark"},
                              {"Arnor", "Arnor", "PROPN", 3, "nsubj"},
                              {"admits", "admit", "VERB", 9, "advcl"},
                              {"that", "that", "SCONJ", 6, "mark"},
                              {"Rohan", "Rohan", "PROPN", 6, "nsubj"},
                              {"attacked", "attack", "VERB", 3, "ccomp"},
                              {",", ",", "PUNCT", 9, "punct"},
                              {"Gondor", "Gondor", "PROPN", 9, "nsubj"},
                              {"acts", "act", "VERB", 0, "root"}},
                             "2020-01-01", "VBD");
  EXPECT_EQ(modality_of(admits, 5), "asserted");
}

TEST(Modality, AnExampleOfAProposalIsIntended) {
  // "Gondor proposed new tolls, such as cracking down on smugglers"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"proposed", "propose", "VERB", 0, "root"},
                           {"new", "new", "ADJ", 4, "amod"},
                           {"tolls", "toll", "NOUN", 2, "obj"},
                           {",", ",", "PUNCT", 8, "punct"},
                           {"such", "such", "ADJ", 7, "fixed"},
                           {"as", "as", "SCONJ", 8, "mark"},
                           {"cracking", "crack", "VERB", 2, "advcl"},
                           {"down", "down", "ADP", 8, "compound:prt"}},
                          "2020-01-01", "VBD");
  doc.sentences[0].tokens[7].xpos = "VBG";
  EXPECT_EQ(modality_of(doc, 7), "intended");
}

TEST(Modality, ANegationReachesABareConjunctButNotOneWithItsOwnSubject) {
  // "Gondor did not expel envoys or close (| Rohan closed) the border"
  auto expel = [](bool own_subject) {
    std::vector<events_test::Row> rows = {
        {"Gondor", "Gondor", "PROPN", 4, "nsubj"}, {"did", "do", "AUX", 4, "aux"},
        {"not", "not", "PART", 4, "advmod"},       {"expel", "expel", "VERB", 0, "root"},
        {"envoys", "envoy", "NOUN", 4, "obj"},     {"or", "or", "CCONJ", 8, "cc"}};
    if (own_subject)
      rows.push_back({"Rohan", "Rohan", "PROPN", 8, "nsubj"});
    else
      rows.push_back({"then", "then", "ADV", 8, "advmod"});
    rows.push_back({"close", "close", "VERB", 4, "conj"});
    rows.push_back({"the", "the", "DET", 10, "det"});
    rows.push_back({"border", "border", "NOUN", 8, "obj"});
    return make_doc(rows);
  };
  EXPECT_EQ(modality_of(expel(false), 7), "denied");
  EXPECT_EQ(modality_of(expel(true), 7), "asserted");
}

}  // namespace
}  // namespace eventwire::events
