// Wrongdoing said of a coded actor (docs/events.md, "Fifteenth session
// (branch ev-critic6)"), on hand-built parses of our own sentences.
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
constexpr auto has = events_test::has_event;

// "Gondor SAID Rohan [did not] VERB the farmers", Gondor and Rohan coded.
Document said_did(const char* speech, const char* verb, bool negated,
                  const std::string& speaker = "GON") {
  int v = negated ? 6 : 4;  // the content verb's position (1-based heads)
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                        {speech, speech, "VERB", 0, "root"},
                                        {"Rohan", "Rohan", "PROPN", v, "nsubj"}};
  if (negated) {
    rows.push_back({"did", "do", "AUX", v, "aux"});
    rows.push_back({"not", "not", "PART", v, "advmod"});
  }
  rows.push_back({verb, verb, "VERB", 2, "ccomp"});
  rows.push_back({"the", "the", "DET", v + 2, "det"});
  rows.push_back({"farmers", "farmer", "NOUN", v, "obj"});
  Document doc = make_doc(rows, "2020-01-01", "VBD");
  add_entity(doc, 0, 1, speaker);
  add_entity(doc, 2, 3, "ROH");
  return doc;
}

TEST(SaidWrongdoing, ADeceitSaidIsAnAccusation) {
  Document doc = said_did("say", "deceive", false);
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:112 ")) << summary(doc);
}

TEST(SaidWrongdoing, AFailureSaidIsADisapproval) {
  Document doc = said_did("say", "fail", false);
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:111 ")) << summary(doc);
}

TEST(SaidWrongdoing, ADeniedWrongIsNone) {
  Document doc = said_did("say", "deceive", true);
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":112")) << summary(doc);
  // "Gondor asked / denied Rohan deceived the farmers": verbs that leave the
  // wrong open or take it back are no verbs of saying (is_speech_verb), so
  // they give no speaker; ADeceitSaidIsAnAccusation is the positive control.
  Document asked = said_did("ask", "deceive", false);
  events_test::code_builtin(asked);
  EXPECT_FALSE(has(asked, ":112")) << summary(asked);
  Document denied = said_did("deny", "deceive", false);
  events_test::code_builtin(denied);
  EXPECT_FALSE(has(denied, ":112")) << summary(denied);
}

TEST(SaidWrongdoing, AVerbOfNoWrongSaysNothing) {
  Document doc = said_did("say", "help", false);
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":111")) << summary(doc);
  EXPECT_FALSE(has(doc, ":112")) << summary(doc);
}

TEST(SaidWrongdoing, APrivateSpeakerBlamesNoOne) {
  Document doc = said_did("say", "deceive", false, "GONBUS");
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":112")) << summary(doc);
  Document political = said_did("say", "deceive", false, "GONGOV");
  events_test::code_builtin(political);
  EXPECT_TRUE(has(political, "GONGOV>ROH:112 ")) << summary(political);
}

// "Gondor said Rohan is failing [the farmers]": a failure done to someone,
// or the intransitive "fail" (to do badly, as "the party is hurting").
Document is_failing(bool object) {
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                        {"said", "say", "VERB", 0, "root"},
                                        {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                                        {"is", "be", "AUX", 5, "aux"},
                                        {"failing", "fail", "VERB", 2, "ccomp"}};
  if (object) {
    rows.push_back({"the", "the", "DET", 7, "det"});
    rows.push_back({"farmers", "farmer", "NOUN", 5, "obj"});
  }
  Document doc = make_doc(rows, "2020-01-01", "VBD");
  doc.sentences[0].tokens[4].xpos = "VBG";
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  return doc;
}

TEST(SaidWrongdoing, AHarmNeedsSomeoneHarmed) {
  Document harming = is_failing(true);
  events_test::code_builtin(harming);
  EXPECT_TRUE(has(harming, "GON>ROH:111 ")) << summary(harming);
  Document suffering = is_failing(false);
  events_test::code_builtin(suffering);
  EXPECT_FALSE(has(suffering, ":111")) << summary(suffering);
}

// "Gondor said {that|after} Rohan tried to deceive the farmers"
Document tried_to_deceive(const char* mark) {
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {mark, mark, "SCONJ", 5, "mark"},
                           {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                           {"tried", "try", "VERB", 2, "ccomp"},
                           {"to", "to", "PART", 7, "mark"},
                           {"deceive", "deceive", "VERB", 5, "xcomp"},
                           {"the", "the", "DET", 9, "det"},
                           {"farmers", "farmer", "NOUN", 7, "obj"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 3, 4, "ROH");
  return doc;
}

TEST(SaidWrongdoing, AnAttemptSaidAccusesButATimeClauseSaysNothing) {
  Document doc = tried_to_deceive("that");
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:112 ")) << summary(doc);
  // "said after Rohan tried to …": a time clause the parse hung as content.
  Document after = tried_to_deceive("after");
  events_test::code_builtin(after);
  EXPECT_FALSE(has(after, ":112")) << summary(after);
}

// "Gondor said Rohan 's plan would hurt the farmers [if it passed]"
Document plan_would_hurt(bool conditioned) {
  std::vector<events_test::Row> rows = {
      {"Gondor", "Gondor", "PROPN", 2, "nsubj"},   {"said", "say", "VERB", 0, "root"},
      {"Rohan", "Rohan", "PROPN", 5, "nmod:poss"}, {"'s", "'s", "PART", 3, "case"},
      {"plan", "plan", "NOUN", 7, "nsubj"},        {"would", "would", "AUX", 7, "aux"},
      {"hurt", "hurt", "VERB", 2, "ccomp"},        {"the", "the", "DET", 9, "det"},
      {"farmers", "farmer", "NOUN", 7, "obj"}};
  if (conditioned) {
    rows.push_back({"if", "if", "SCONJ", 12, "mark"});
    rows.push_back({"it", "it", "PRON", 12, "nsubj"});
    rows.push_back({"passed", "pass", "VERB", 7, "advcl"});
  }
  Document doc = make_doc(rows, "2020-01-01", "VBD");
  doc.sentences[0].tokens[5].xpos = "MD";  // "would": the reported "will"
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  return doc;
}

TEST(SaidWrongdoing, AForecastHarmOfAPartysPlanDisapprovesOfItsOwner) {
  Document doc = plan_would_hurt(false);
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:111 ")) << summary(doc);
  Document conditioned = plan_would_hurt(true);
  events_test::code_builtin(conditioned);
  EXPECT_FALSE(has(conditioned, ":111")) << summary(conditioned);
}

// "Gondor said Rohan had VERBed OBJ" (code_said_force): Rohan coded, the
// object uncoded or Rohan itself, so the act makes no event of its own.
Document said_force(const char* verb, const char* object, const char* object_lemma,
                    const std::string& speaker = "GON") {
  std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                        {"said", "say", "VERB", 0, "root"},
                                        {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                                        {"had", "have", "AUX", 5, "aux"},
                                        {verb, verb, "VERB", 2, "ccomp"}};
  if (object) rows.push_back({object, object_lemma, "PRON", 5, "obj"});
  Document doc = make_doc(rows, "2020-01-01", "VBD");
  add_entity(doc, 0, 1, speaker);
  add_entity(doc, 2, 3, "ROH");
  return doc;
}

TEST(SaidForce, AnAttackThatCodesNoEventIsAnAccusation) {
  Document doc = said_force("attack", "itself", "itself");
  events_test::code_builtin(doc);
  EXPECT_TRUE(has(doc, "GON>ROH:112 ")) << summary(doc);
}

TEST(SaidForce, ForceDoneToNothingIsNone) {
  // "Gondor said Rohan had hurt": without an object, to suffer.
  Document doc = said_force("hurt", nullptr, nullptr);
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":112")) << summary(doc);
}

TEST(SaidForce, APrivateSpeakerAccusesNoOne) {
  Document doc = said_force("attack", "itself", "itself", "GONBUS");
  events_test::code_builtin(doc);
  EXPECT_FALSE(has(doc, ":112")) << summary(doc);
}

}  // namespace
}  // namespace eventwire
