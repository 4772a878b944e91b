// The argument procedure on real-news shapes, on hand-built parses of our own
// sentences: who must be named, implicit subjects, targets found elsewhere.
#include <gtest/gtest.h>

#include "events/test_util.h"
#include "events/tree.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

void code(Document& doc) {
  events_test::code_builtin(doc);
}

// The first entity is also mentioned by the one-word pronoun at `token`.
void also_mentioned_at(Document& doc, int token) {
  Mention m = doc.entities[0].mentions[0];
  m.first_token = token;
  m.last_token = token + 1;
  doc.entities[0].mentions.push_back(m);
}

TEST(Arguments, UncodedTargetIsKeptAsText) {
  // "Gondor seized the bridges"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"seized", "seize", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"bridges", "bridge", "NOUN", 2, "obj"}});
  add_entity(doc, 0, 1, "GON");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source->actor_code, "GON");
  ASSERT_TRUE(doc.events[0].target);
  EXPECT_EQ(doc.events[0].target->actor_code, "");
  EXPECT_EQ(doc.events[0].target->mention.text, "the bridges");
  EXPECT_EQ(doc.events[0].modality, "asserted");
}

TEST(Arguments, ATitleParsedAsAnAdjectiveLeadsToTheNameInItsApposition) {
  // "we will win, said Representative Hallas Venn": the parser made the
  // title the subject and the name its apposition.
  Document doc = make_doc({{"we", "we", "PRON", 3, "nsubj"},
                           {"will", "will", "AUX", 3, "aux"},
                           {"win", "win", "VERB", 5, "ccomp"},
                           {",", ",", "PUNCT", 3, "punct"},
                           {"said", "say", "VERB", 0, "root"},
                           {"Representative", "representative", "ADJ", 5, "nsubj"},
                           {"Hallas", "Hallas", "PROPN", 6, "appos"},
                           {"Venn", "Venn", "PROPN", 7, "flat"}});
  add_entity(doc, 6, 8, "GONLEG");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].code, "010");
  ASSERT_TRUE(doc.events[0].source);
  EXPECT_EQ(doc.events[0].source->actor_code, "GONLEG");
}

TEST(Arguments, ADayHungOnTheSubjectIsNoPartOfItsText) {
  // "the council on Friday condemned Rohan"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"council", "council", "NOUN", 5, "nsubj"},
                           {"on", "on", "ADP", 4, "case"},
                           {"Friday", "Friday", "PROPN", 2, "nmod"},
                           {"condemned", "condemn", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "obj"}});
  add_entity(doc, 1, 2, "GONGOV");
  add_entity(doc, 5, 6, "ROH");
  TimeExpression day;
  day.id = "T1", day.text = "Friday", day.type = "DATE", day.value = "2019-12-27";
  day.sentence = 0, day.first_token = 3, day.last_token = 4;
  doc.times.push_back(day);
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source->actor_code, "GONGOV");
  EXPECT_EQ(doc.events[0].source->mention.text, "the council");
}

// `doc` with the sentence of `next` appended (its tokens moved past the text).
void append_sentence(Document& doc, const Document& next) {
  const uint32_t shift = static_cast<uint32_t>(doc.article.text.size()) + 1;
  doc.article.text += ' ' + next.article.text;
  Sentence s = next.sentences[0];
  for (Token& t : s.tokens)
    t.start += shift, t.end += shift, t.byte_start += shift, t.byte_end += shift;
  s.start += shift, s.end += shift, s.byte_start += shift, s.byte_end += shift;
  doc.sentences.push_back(s);
}

TEST(Arguments, ACondemnedActIsDoneByWhoeverTheArticleSaidDidIt) {
  // "Mordor 's test failed . Gondor condemned the test"
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 3, "nmod:poss"},
                           {"'s", "'s", "PART", 1, "case"},
                           {"test", "test", "NOUN", 4, "nsubj"},
                           {"failed", "fail", "VERB", 0, "root"}});
  append_sentence(doc, make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                 {"condemned", "condemn", "VERB", 0, "root"},
                                 {"the", "the", "DET", 4, "det"},
                                 {"test", "test", "NOUN", 2, "obj"}}));
  add_entity(doc, 0, 1, "MOR");
  Mention gondor{};
  gondor.sentence = 1, gondor.first_token = 0, gondor.last_token = 1;
  Entity g;
  g.id = "E2", g.actor_code = "GON", g.mentions = {gondor};
  doc.entities.push_back(g);
  code(doc);
  EXPECT_EQ(summary(doc), "GON>MOR:111 ");
  ASSERT_TRUE(doc.events[0].target);
  EXPECT_EQ(doc.events[0].target->mention.text, "the test");

  // One's own act makes no target ("Mordor condemned the test").
  doc.entities[1].actor_code = "MOR";
  doc.events.clear();
  code(doc);
  EXPECT_EQ(summary(doc), "MOR>:111 ");  // the test kept as uncoded text
}

TEST(Arguments, UncodedSourceAndAgentlessPassiveGiveNoEvent) {
  // "the bridges attacked Gondor": a source must name an actor.
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"bridges", "bridge", "NOUN", 3, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  add_entity(doc, 3, 4, "GON");
  code(doc);
  EXPECT_EQ(summary(doc), "");
  // "Gondor was attacked"
  Document passive = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj:pass"},
                               {"was", "be", "AUX", 3, "aux:pass"},
                               {"attacked", "attack", "VERB", 0, "root"}});
  add_entity(passive, 0, 1, "GON");
  code(passive);
  EXPECT_EQ(summary(passive), "");
}

TEST(Arguments, UnarmedActorsUseNoMilitaryForce) {
  // "the students attacked Gondor": students' attack is no 19x.
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"students", "student", "NOUN", 3, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  add_entity(doc, 0, 2, "GONEDU");
  add_entity(doc, 3, 4, "GON");
  code(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.root_code, "19") << summary(doc);
  // "Rohan attacked Gondor": a country can.
  Document armed = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                             {"attacked", "attack", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 2, "obj"}});
  add_entity(armed, 0, 1, "ROH");
  add_entity(armed, 2, 3, "GON");
  code(armed);
  ASSERT_EQ(armed.events.size(), 1u);
  EXPECT_EQ(armed.events[0].root_code, "19");
}

TEST(Arguments, ParticipleWithAnAgentIsPassive) {
  // "troops attacked by Gondor": Gondor attacked the troops, not the reverse.
  Document doc = make_doc({{"troops", "troops", "NOUN", 0, "root"},
                           {"attacked", "attack", "VERB", 1, "acl"},
                           {"by", "by", "ADP", 4, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl:agent"}});
  doc.sentences[0].tokens[1].xpos = "VBN";
  add_entity(doc, 0, 1, "ROHMIL");
  add_entity(doc, 3, 4, "GON");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].source->actor_code, "GON");
  EXPECT_EQ(doc.events[0].target->actor_code, "ROHMIL");
}

TEST(Arguments, ObjectControlGivesTheObjectAsSubject) {
  // "Gondor urged Rohan to attack Mordor": Rohan attacks.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"urged", "urge", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 2, "obj"},
                           {"to", "to", "PART", 5, "mark"},
                           {"attack", "attack", "VERB", 2, "xcomp"},
                           {"Mordor", "Mordor", "PROPN", 5, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  add_entity(doc, 5, 6, "MOR");
  code(doc);
  bool rohan_attacks = false;
  for (const Event& e : doc.events)
    if (e.root_code == "19" || e.root_code == "18")
      rohan_attacks = e.source && e.source->actor_code == "ROH";
  EXPECT_TRUE(rohan_attacks) << summary(doc);
}

TEST(Arguments, NounUnderACodedVerbIsNotAnEventOfItsOwn) {
  // "Gondor lifted the sanctions on Rohan": no 16x sanction event.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"lifted", "lift", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"sanctions", "sanction", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 4, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 5, 6, "ROH");
  code(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.root_code, "16") << summary(doc);
  EXPECT_FALSE(doc.events.empty());
}

TEST(Arguments, TimeWordsAreNotTargets) {
  // "Gondor attacked Friday"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Friday", "Friday", "PROPN", 2, "obj"}});
  add_entity(doc, 0, 1, "GON");
  code(doc);
  for (const Event& e : doc.events) EXPECT_FALSE(e.target) << summary(doc);
}

TEST(Arguments, AnnouncedFutureIsAnIntent) {
  // "Gondor said it will release the prisoners": an intent to release (035x), asserted.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"it", "it", "PRON", 5, "nsubj"},
                           {"will", "will", "AUX", 5, "aux"},
                           {"release", "release", "VERB", 2, "ccomp"},
                           {"the", "the", "DET", 7, "det"},
                           {"prisoners", "prisoner", "NOUN", 5, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "GON");
  code(doc);
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.back();
  EXPECT_EQ(e.root_code, "03") << summary(doc);
  EXPECT_EQ(e.modality, "asserted");
}

TEST(Arguments, AFutureReportedInThePastIsAnIntent) {
  // "Gondor said (Monday) it would / will release the prisoners (if Rohan
  // paid)": after a past-tense speech verb "would" is the reported "will";
  // a condition keeps it hypothetical; the parser may make "Monday" a
  // subject and hang the clause on it.
  auto said = [](const char* modal, bool monday, bool condition) {
    int off = monday ? 1 : 0;
    std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                          {"said", "say", "VERB", 0, "root"}};
    if (monday) rows.push_back({"Monday", "Monday", "PROPN", 2, "nsubj"});
    rows.push_back({"it", "it", "PRON", 5 + off, "nsubj"});
    rows.push_back({modal, modal, "AUX", 5 + off, "aux"});
    rows.push_back({"release", "release", "VERB", 2 + off, "ccomp"});
    rows.push_back({"the", "the", "DET", 7 + off, "det"});
    rows.push_back({"prisoners", "prisoner", "NOUN", 5 + off, "obj"});
    if (condition) {
      rows.push_back({"if", "if", "SCONJ", 10, "mark"});
      rows.push_back({"Rohan", "Rohan", "PROPN", 10, "nsubj"});
      rows.push_back({"paid", "pay", "VERB", 5, "advcl"});
    }
    Document doc = make_doc(rows);
    doc.sentences[0].tokens[1].xpos = "VBD";
    doc.sentences[0].tokens[static_cast<size_t>(3 + off)].xpos = "MD";
    add_entity(doc, 0, 1, "GON");
    add_entity(doc, 2 + off, 3 + off, "GON");
    code(doc);
    return doc;
  };
  for (const Document& doc : {said("would", false, false), said("will", true, false)}) {
    ASSERT_FALSE(doc.events.empty());
    EXPECT_EQ(doc.events.back().root_code, "03") << summary(doc);
    EXPECT_EQ(doc.events.back().modality, "asserted");
  }
  Document conditional = said("would", false, true);
  ASSERT_FALSE(conditional.events.empty());
  EXPECT_EQ(conditional.events.back().root_code, "08") << summary(conditional);
  EXPECT_EQ(conditional.events.back().modality, "hypothetical");
}

TEST(Arguments, JointSubjectsOfReciprocalActsActOnEachOther) {
  // "Gondor and Rohan met"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 4, "nsubj"},
                           {"and", "and", "CCONJ", 3, "cc"},
                           {"Rohan", "Rohan", "PROPN", 1, "conj"},
                           {"met", "meet", "VERB", 0, "root"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:040 ROH>GON:040 ");
}

TEST(Arguments, JointPartiesOfAConcludedAgreementActOnEachOther) {
  // "Gondor and Rohan agreed a truce": agreeing, signing or sealing an
  // agreement noun is a formal agreement (057), done by each with the other.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 4, "nsubj"},
                           {"and", "and", "CCONJ", 3, "cc"},
                           {"Rohan", "Rohan", "PROPN", 1, "conj"},
                           {"agreed", "agree", "VERB", 0, "root"},
                           {"a", "a", "DET", 6, "det"},
                           {"truce", "truce", "NOUN", 4, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:057 ROH>GON:057 ");
}

TEST(Arguments, ANounEventUnderAVerbMissingItsPhraseIsCodedItself) {
  // "Gondor committed attacks against Rohan": "commit" reads only with its
  // "to" phrase, so the attack is the event, done by the support verb's subject.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"committed", "commit", "VERB", 0, "root"},
                           {"attacks", "attack", "NOUN", 2, "obj"},
                           {"against", "against", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:190 ");
}

TEST(Arguments, TheSourcesOwnPossessiveIsNoTarget) {
  // "Gondor voiced its sympathy for Rohan" / "… to the widows": "its" is
  // Gondor; the target is what the phrase names besides it, else the
  // entry's recipient, uncoded, rather than "its" found among the arguments.
  auto condolences = [](std::vector<events_test::Row> tail) {
    std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                          {"expressed", "express", "VERB", 0, "root"},
                                          {"its", "its", "PRON", 4, "nmod:poss"},
                                          {"condolences", "condolence", "NOUN", 2, "obj"}};
    rows.insert(rows.end(), tail.begin(), tail.end());
    Document doc = make_doc(rows);
    add_entity(doc, 0, 1, "GON");
    also_mentioned_at(doc, 2);
    if (doc.sentences[0].tokens.back().upos == "PROPN") add_entity(doc, 5, 6, "ROH");
    code(doc);
    return doc;
  };
  Document doc =
      condolences({{"for", "for", "ADP", 6, "case"}, {"Rohan", "Rohan", "PROPN", 4, "nmod"}});
  EXPECT_EQ(summary(doc), "GON>ROH:018 ");
  Document widows = condolences({{"to", "to", "ADP", 7, "case"},
                                 {"the", "the", "DET", 7, "det"},
                                 {"widows", "widow", "NOUN", 2, "obl"}});
  ASSERT_EQ(summary(widows), "GON>:018 ");
  EXPECT_EQ(widows.events[0].target->mention.text, "the widows");
  // "Gondor agreed to extend its patrols": no one else is named; the
  // phrase is kept as text, not read as Gondor acting on itself.
  Document alone = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"agreed", "agree", "VERB", 0, "root"},
                             {"to", "to", "PART", 4, "mark"},
                             {"extend", "extend", "VERB", 2, "xcomp"},
                             {"its", "its", "PRON", 6, "nmod:poss"},
                             {"patrols", "patrol", "NOUN", 4, "obj"}});
  add_entity(alone, 0, 1, "GON");
  also_mentioned_at(alone, 4);
  code(alone);
  ASSERT_EQ(summary(alone), "GON>:030 ");
  EXPECT_EQ(alone.events[0].target->mention.text, "its patrols");
  // "Gondor consulted its advisers": a consultation needs a partner; the
  // same-actor event is not coded.
  Document partner = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                               {"consulted", "consult", "VERB", 0, "root"},
                               {"its", "its", "PRON", 4, "nmod:poss"},
                               {"advisers", "adviser", "NOUN", 2, "obj"}});
  add_entity(partner, 0, 1, "GON");
  also_mentioned_at(partner, 2);
  code(partner);
  EXPECT_EQ(summary(partner), "");
}

TEST(Arguments, WeaponsAndAttacksAsSources) {
  // "Mordor's rockets hit Gondor": the weapon's owner acts.
  Document owned = make_doc({{"Mordor", "Mordor", "PROPN", 3, "nmod:poss"},
                             {"'s", "'s", "PART", 1, "case"},
                             {"rockets", "rocket", "NOUN", 4, "nsubj"},
                             {"hit", "hit", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 4, "obj"}});
  add_entity(owned, 0, 1, "MOR");
  add_entity(owned, 4, 5, "GON");
  code(owned);
  EXPECT_EQ(summary(owned), "MOR>GON:194 ");  // rockets: artillery
  // "rockets hit Gondor": nobody is named; the rockets are kept as text.
  Document unnamed = make_doc({{"rockets", "rocket", "NOUN", 2, "nsubj"},
                               {"hit", "hit", "VERB", 0, "root"},
                               {"Gondor", "Gondor", "PROPN", 2, "obj"}});
  add_entity(unnamed, 2, 3, "GON");
  code(unnamed);
  ASSERT_EQ(summary(unnamed), ">GON:194 ");
  EXPECT_EQ(unnamed.events[0].source->mention.text, "rockets");
  // "rockets hit the bridge": no coded actor on either side, no event.
  Document nobody = make_doc({{"rockets", "rocket", "NOUN", 2, "nsubj"},
                              {"hit", "hit", "VERB", 0, "root"},
                              {"the", "the", "DET", 4, "det"},
                              {"bridge", "bridge", "NOUN", 2, "obj"}});
  code(nobody);
  EXPECT_EQ(summary(nobody), "");
  // "a trade war hurt Gondor": a kind of war that is no force.
  Document trade = make_doc({{"a", "a", "DET", 3, "det"},
                             {"trade", "trade", "NOUN", 3, "compound"},
                             {"war", "war", "NOUN", 4, "nsubj"},
                             {"hurt", "hurt", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 4, "obj"}});
  add_entity(trade, 4, 5, "GON");
  code(trade);
  EXPECT_EQ(summary(trade), "");
  // "the hikers hit the wall": not a weapon, no event.
  Document hikers = make_doc({{"the", "the", "DET", 2, "det"},
                              {"hikers", "hiker", "NOUN", 3, "nsubj"},
                              {"hit", "hit", "VERB", 0, "root"},
                              {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  add_entity(hikers, 3, 4, "GON");
  code(hikers);
  EXPECT_EQ(summary(hikers), "");
}

TEST(Arguments, AgentlessPassiveDoneByTheAttackInItsOblique) {
  // "guards were killed in a Mordor airstrike"
  Document doc = make_doc({{"guards", "guard", "NOUN", 3, "nsubj:pass"},
                           {"were", "be", "AUX", 3, "aux:pass"},
                           {"killed", "kill", "VERB", 0, "root"},
                           {"in", "in", "ADP", 7, "case"},
                           {"a", "a", "DET", 7, "det"},
                           {"Mordor", "Mordor", "PROPN", 7, "compound"},
                           {"airstrike", "airstrike", "NOUN", 3, "obl"}});
  add_entity(doc, 0, 1, "GONMIL");
  add_entity(doc, 5, 6, "MOR");
  code(doc);
  EXPECT_EQ(summary(doc), "MOR>GONMIL:195 ");  // an airstrike: aerial weapons
  // "guards were killed in the city": still no one named, no event.
  Document place = make_doc({{"guards", "guard", "NOUN", 3, "nsubj:pass"},
                             {"were", "be", "AUX", 3, "aux:pass"},
                             {"killed", "kill", "VERB", 0, "root"},
                             {"in", "in", "ADP", 6, "case"},
                             {"the", "the", "DET", 6, "det"},
                             {"city", "city", "NOUN", 3, "obl"}});
  add_entity(place, 0, 1, "GONMIL");
  code(place);
  EXPECT_EQ(summary(place), "");
}

TEST(Arguments, AClauseOnAnAdverbTakesTheSubjectOfItsVerb) {
  // "Gondor went so far as to condemn Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"went", "go", "VERB", 0, "root"},
                           {"so", "so", "ADV", 4, "advmod"},
                           {"far", "far", "ADV", 2, "advmod"},
                           {"as", "as", "SCONJ", 7, "mark"},
                           {"to", "to", "PART", 7, "mark"},
                           {"condemn", "condemn", "VERB", 4, "advcl"},
                           {"Rohan", "Rohan", "PROPN", 7, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 7, 8, "ROH");
  code(doc);
  ASSERT_FALSE(doc.events.empty()) << summary(doc);
  EXPECT_EQ(doc.events.back().source->actor_code, "GON");
  EXPECT_EQ(doc.events.back().target->actor_code, "ROH");
  EXPECT_EQ(doc.events.back().root_code, "11");
}

TEST(Arguments, NounEventDoneByItsModifierNotItsPossessor) {
  // "Mordor airstrikes on Rohan continued"
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "compound"},
                           {"airstrikes", "airstrike", "NOUN", 5, "nsubj"},
                           {"on", "on", "ADP", 4, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "nmod"},
                           {"continued", "continue", "VERB", 0, "root"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 3, 4, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "MOR>ROH:195 ");
  // "Rohan's assassination shocked Gondor": the possessor is the victim.
  Document victim = make_doc({{"Rohan", "Rohan", "PROPN", 3, "nmod:poss"},
                              {"'s", "'s", "PART", 1, "case"},
                              {"assassination", "assassination", "NOUN", 4, "nsubj"},
                              {"shocked", "shock", "VERB", 0, "root"},
                              {"Gondor", "Gondor", "PROPN", 4, "obj"}});
  add_entity(victim, 0, 1, "ROH");
  add_entity(victim, 4, 5, "GON");
  code(victim);
  for (const Event& e : victim.events) EXPECT_NE(e.source->actor_code, "ROH") << summary(victim);
}

TEST(Arguments, WillNotIsARefusal) {
  // "Gondor says it will not lift the embargo on Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"says", "say", "VERB", 0, "root"},
                           {"it", "it", "PRON", 6, "nsubj"},
                           {"will", "will", "AUX", 6, "aux"},
                           {"not", "not", "PART", 6, "advmod"},
                           {"lift", "lift", "VERB", 2, "ccomp"},
                           {"the", "the", "DET", 8, "det"},
                           {"embargo", "embargo", "NOUN", 6, "obj"},
                           {"on", "on", "ADP", 10, "case"},
                           {"Rohan", "Rohan", "PROPN", 6, "obl"}});
  add_entity(doc, 0, 1, "GON");
  Mention it = doc.entities[0].mentions[0];
  it.first_token = 2;
  it.last_token = 3;
  doc.entities[0].mentions.push_back(it);
  add_entity(doc, 9, 10, "ROH");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.root_code, "12") << summary(doc);
  EXPECT_EQ(e.target->actor_code, "ROH");
  EXPECT_FALSE(e.negated);
  EXPECT_EQ(e.modality, "asserted");
}

TEST(Arguments, SaidSomeoneMustActIsADemand) {
  // "Gondor said Rohan must withdraw" / "… Rohan should withdraw"
  for (const char* aux : {"must", "should"}) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"said", "say", "VERB", 0, "root"},
                             {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                             {aux, aux, "AUX", 5, "aux"},
                             {"withdraw", "withdraw", "VERB", 2, "ccomp"}});
    add_entity(doc, 0, 1, "GON");
    add_entity(doc, 2, 3, "ROH");
    code(doc);
    std::string want = std::string("GON>ROH:") + (aux[0] == 'm' ? "100" : "020");
    EXPECT_NE(summary(doc).find(want), std::string::npos) << aux << ": " << summary(doc);
  }
}

TEST(Arguments, InsistedThatSomeoneActIsADemand) {
  // "Gondor insisted that Rohan withdraw": the bare subjunctive after a
  // mandative verb; "… that Rohan withdrew" (a past form) is no demand.
  for (const char* xpos : {"VB", "VBD"}) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"insisted", "insist", "VERB", 0, "root"},
                             {"that", "that", "SCONJ", 5, "mark"},
                             {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                             {"withdraw", "withdraw", "VERB", 2, "ccomp"}},
                            "2020-01-01", "VBD");
    doc.sentences[0].tokens[4].xpos = xpos;
    add_entity(doc, 0, 1, "GON");
    add_entity(doc, 3, 4, "ROH");
    code(doc);
    bool demand = summary(doc).find("GON>ROH:100") != std::string::npos;
    EXPECT_EQ(demand, std::string(xpos) == "VB") << xpos << ": " << summary(doc);
  }
}

TEST(Arguments, APressConferenceIsAStatementNotAMeeting) {
  // "Gondor held a press conference" / "… a conference"
  for (bool press : {true, false}) {
    Document doc =
        make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                  {"held", "hold", "VERB", 0, "root"},
                  {"a", "a", "DET", 5, "det"},
                  {press ? "press" : "peace", press ? "press" : "peace", "NOUN", 5, "compound"},
                  {"conference", "conference", "NOUN", 2, "obj"}});
    add_entity(doc, 0, 1, "GON");
    code(doc);
    bool statement = summary(doc).find(":010") != std::string::npos;
    EXPECT_EQ(statement, press) << summary(doc);
  }
}

TEST(Arguments, ForceDoneWithAKindOfWeaponTakesItsCode) {
  // "suicide bombers killed Gondor guards"
  Document doc = make_doc({{"suicide", "suicide", "NOUN", 2, "compound"},
                           {"bombers", "bomber", "NOUN", 3, "nsubj"},
                           {"killed", "kill", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 5, "compound"},
                           {"guards", "guard", "NOUN", 3, "obj"}});
  add_entity(doc, 0, 2, "---REB");
  add_entity(doc, 3, 5, "GONMIL");
  code(doc);
  EXPECT_EQ(summary(doc), "---REB>GONMIL:1831 ");
  // "Mordor killed Gondor guards": no weapon named, the code stays.
  Document plain = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                             {"killed", "kill", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 4, "compound"},
                             {"guards", "guard", "NOUN", 2, "obj"}});
  add_entity(plain, 0, 1, "MOR");
  add_entity(plain, 2, 4, "GONMIL");
  code(plain);
  EXPECT_EQ(summary(plain), "MOR>GONMIL:190 ");
}

TEST(Arguments, ForceByProtestersIsAViolentProtest) {
  // "protesters attacked Gondor police"
  Document doc = make_doc({{"protesters", "protester", "NOUN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 4, "compound"},
                           {"police", "police", "NOUN", 2, "obj"}});
  add_entity(doc, 0, 1, "---CVL");
  add_entity(doc, 2, 4, "GONCOP");
  code(doc);
  EXPECT_EQ(summary(doc), "---CVL>GONCOP:145 ");
}

TEST(Arguments, APronounArgumentIsGivenAsTheNameBeforeIt) {
  // "Gondor said it attacked Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"it", "it", "PRON", 4, "nsubj"},
                           {"attacked", "attack", "VERB", 2, "ccomp"},
                           {"Rohan", "Rohan", "PROPN", 4, "obj"}});
  add_entity(doc, 0, 1, "GON");
  doc.entities[0].mentions[0].text = "Gondor";
  Mention it = doc.entities[0].mentions[0];
  it.first_token = 2;
  it.last_token = 3;
  it.text = "it";
  doc.entities[0].mentions.push_back(it);
  add_entity(doc, 4, 5, "ROH");
  code(doc);
  ASSERT_EQ(summary(doc), "GON>ROH:190 ");
  EXPECT_EQ(doc.events[0].source->mention.text, "Gondor");
  EXPECT_EQ(doc.events[0].source->mention.first_token, 0);
  EXPECT_EQ(doc.events[0].source->entity, "E1");
}

TEST(Arguments, AHeadlineVerbReadAsAModifierIsTheVerb) {
  // "Gondor imposed sanctions on Rohan" tagged as a noun phrase: "imposed" an
  // adjective on "sanctions", "Gondor" its compound; no subject anywhere.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "compound"},
                           {"imposed", "imposed", "ADJ", 3, "amod"},
                           {"sanctions", "sanction", "NOUN", 0, "root"},
                           {"on", "on", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  doc.sentences[0].tokens[1].xpos = "VBD";
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:163 ");
  // The document's own parse is left as it was.
  EXPECT_EQ(doc.sentences[0].tokens[1].deprel, "amod");
}

TEST(Arguments, AModifierInAClauseWithASubjectStaysAModifier) {
  // "the armed Gondor men attacked Rohan": a subject exists, nothing is repaired.
  Document doc = make_doc({{"the", "the", "DET", 4, "det"},
                           {"armed", "armed", "ADJ", 4, "amod"},
                           {"Gondor", "Gondor", "PROPN", 4, "compound"},
                           {"men", "man", "NOUN", 5, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "obj"}});
  doc.sentences[0].tokens[1].xpos = "JJ";
  auto is_verb = [](const std::string& lemma) { return lemma == "arm" || lemma == "armed"; };
  EXPECT_FALSE(events::repair_modifier_verb(doc.sentences[0], is_verb).has_value());
  // "the elected council": no noun before the participle, so no subject for it.
  Document np = make_doc({{"the", "the", "DET", 3, "det"},
                          {"elected", "elected", "ADJ", 3, "amod"},
                          {"council", "council", "NOUN", 0, "root"}});
  np.sentences[0].tokens[1].xpos = "VBN";
  EXPECT_FALSE(events::repair_modifier_verb(np.sentences[0], [](const std::string&) {
                 return true;
               }).has_value());
}

TEST(Arguments, ANounEventInAnObliqueOfTakingPartIsTheSubjects) {
  // "Gondor troops participated in attacks on Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troop", "NOUN", 3, "nsubj"},
                           {"participated", "participate", "VERB", 0, "root"},
                           {"in", "in", "ADP", 5, "case"},
                           {"attacks", "attack", "NOUN", 3, "obl"},
                           {"on", "on", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 5, "nmod"}});
  add_entity(doc, 0, 2, "GONMIL");
  add_entity(doc, 6, 7, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GONMIL>ROH:190 ");
  // "Rohan students marched in a protest against Gondor": a protest one
  // marches in is the marchers'.
  Document protest = make_doc({{"Rohan", "Rohan", "PROPN", 2, "compound"},
                               {"students", "student", "NOUN", 3, "nsubj"},
                               {"marched", "march", "VERB", 0, "root"},
                               {"in", "in", "ADP", 6, "case"},
                               {"a", "a", "DET", 6, "det"},
                               {"protest", "protest", "NOUN", 3, "obl"},
                               {"against", "against", "ADP", 8, "case"},
                               {"Gondor", "Gondor", "PROPN", 6, "nmod"}});
  add_entity(protest, 0, 2, "ROHEDU");
  add_entity(protest, 7, 8, "GON");
  code(protest);
  EXPECT_NE(summary(protest).find("ROHEDU>GON:141"), std::string::npos) << summary(protest);
}

TEST(Arguments, ANounEventDuringAnotherActIsNotTheActors) {
  // "Gondor police detained students during a protest against Rohan": the
  // police did not protest.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"police", "police", "NOUN", 3, "nsubj"},
                           {"detained", "detain", "VERB", 0, "root"},
                           {"students", "student", "NOUN", 3, "obj"},
                           {"during", "during", "ADP", 7, "case"},
                           {"a", "a", "DET", 7, "det"},
                           {"protest", "protest", "NOUN", 3, "obl"},
                           {"against", "against", "ADP", 9, "case"},
                           {"Rohan", "Rohan", "PROPN", 7, "nmod"}});
  add_entity(doc, 0, 2, "GONCOP");
  add_entity(doc, 8, 9, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc).find("GONCOP>ROH:14"), std::string::npos) << summary(doc);
}

TEST(Arguments, TheCodedPlaceOfAMaterialActIsItsTarget) {
  // "Gondor troops shelled a depot in Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troop", "NOUN", 3, "nsubj"},
                           {"shelled", "shell", "VERB", 0, "root"},
                           {"a", "a", "DET", 5, "det"},
                           {"depot", "depot", "NOUN", 3, "obj"},
                           {"in", "in", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "obl"}});
  add_entity(doc, 0, 2, "GONMIL");
  add_entity(doc, 6, 7, "ROH");
  doc.entities[1].type = "GPE";
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].target->actor_code, "ROH");
  // Not an organization in the phrase, and not for a meeting ("met
  // officials in Rohan" is not with Rohan).
  doc.entities[1].type = "ORG";
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].target->actor_code, "");
  Document met = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"met", "meet", "VERB", 0, "root"},
                           {"officials", "official", "NOUN", 2, "obj"},
                           {"in", "in", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(met, 0, 1, "GON");
  add_entity(met, 4, 5, "ROH");
  met.entities[1].type = "GPE";
  code(met);
  EXPECT_EQ(summary(met).find("GON>ROH"), std::string::npos) << summary(met);
}

TEST(Arguments, ConjoinedVerbsShareTheObjectOfTheFirst) {
  // "Gondor besieged and seized Rohan": the parser hangs the shared object on
  // the first verb.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"besieged", "besiege", "VERB", 0, "root"},
                           {"and", "and", "CCONJ", 4, "cc"},
                           {"seized", "seize", "VERB", 2, "conj"},
                           {"Rohan", "Rohan", "PROPN", 2, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "ROH");
  code(doc);
  ASSERT_EQ(doc.events.size(), 2u) << summary(doc);
  ASSERT_TRUE(doc.events[1].target) << summary(doc);
  EXPECT_EQ(doc.events[1].target->actor_code, "ROH") << summary(doc);
  EXPECT_EQ(doc.events[1].evidence_verb, "seized");
}

TEST(Arguments, StoppingAidIsAReductionOfRelations) {
  // "Gondor reduced food supplies to Rohan" (events.lex: a verb of stopping,
  // the aid as the object's compound).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"reduced", "reduce", "VERB", 0, "root"},
                           {"food", "food", "NOUN", 4, "compound"},
                           {"supplies", "supply", "NOUN", 2, "obj"},
                           {"to", "to", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 5, 6, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:162 ");
}

TEST(Arguments, AnEntryWithoutTargetTakesACodedActorAmongItsArguments) {
  // "Gondor denied charges by Rohan" (deny is written S=nsubj only).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"denied", "deny", "VERB", 0, "root"},
                           {"charges", "charge", "NOUN", 2, "obj"},
                           {"by", "by", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "ROH");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  ASSERT_TRUE(doc.events[0].target) << summary(doc);
  EXPECT_EQ(doc.events[0].target->actor_code, "ROH");
  // The source's own code is no target, and the event is not dropped for it.
  doc.entities[1].actor_code = "GON";
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_FALSE(doc.events[0].target) << summary(doc);
}

TEST(Arguments, ConjoinedModifiersThatAreEntitiesAreSeparateActors) {
  // "Gondor and Rohan negotiators signed an accord": each side signs with
  // the other (057 is reciprocal).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 4, "compound"},
                           {"and", "and", "CCONJ", 3, "cc"},
                           {"Rohan", "Rohan", "PROPN", 1, "conj"},
                           {"negotiators", "negotiator", "NOUN", 5, "nsubj"},
                           {"signed", "sign", "VERB", 0, "root"},
                           {"an", "a", "DET", 7, "det"},
                           {"accord", "accord", "NOUN", 5, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:057"), std::string::npos) << summary(doc);
  EXPECT_NE(summary(doc).find("ROH>GON:057"), std::string::npos) << summary(doc);
  // One entity over the whole phrase stays one actor.
  Document one = doc;
  one.events.clear();
  one.entities.clear();
  add_entity(one, 0, 4, "GONGOV");
  code(one);
  EXPECT_EQ(summary(one).find("ROH"), std::string::npos) << summary(one);
}

TEST(Arguments, AStatementIsAboutWhatItsComplementActsOn) {
  // "Gondor is considering flying aid to Rohan": 014 about Rohan.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                           {"is", "be", "AUX", 3, "aux"},
                           {"considering", "consider", "VERB", 0, "root"},
                           {"flying", "fly", "VERB", 3, "xcomp"},
                           {"aid", "aid", "NOUN", 4, "obj"},
                           {"to", "to", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 4, "obl"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 6, 7, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:014"), std::string::npos) << summary(doc);
}

TEST(Arguments, AStatementIsAboutWhomItsComplementIsAimedAtNamedOrNot) {
  // "Gondor is considering giving loans to millers": 014 about the millers,
  // whom the grant's entry names as its recipient, kept as text.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                           {"is", "be", "AUX", 3, "aux"},
                           {"considering", "consider", "VERB", 0, "root"},
                           {"giving", "give", "VERB", 3, "xcomp"},
                           {"loans", "loan", "NOUN", 4, "obj"},
                           {"to", "to", "ADP", 7, "case"},
                           {"millers", "miller", "NOUN", 4, "obl"}});
  add_entity(doc, 0, 1, "GON");
  code(doc);
  bool found = false;
  for (const Event& e : doc.events)
    if (e.code == "014") {
      ASSERT_TRUE(e.target) << summary(doc);
      EXPECT_EQ(e.target->mention.text, "millers");
      found = true;
    }
  EXPECT_TRUE(found) << summary(doc);
  // Its object is what it gives, not whom: "considering giving loans" alone
  // has no target.
  Document bare = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj"},
                            {"is", "be", "AUX", 3, "aux"},
                            {"considering", "consider", "VERB", 0, "root"},
                            {"giving", "give", "VERB", 3, "xcomp"},
                            {"loans", "loan", "NOUN", 4, "obj"}});
  add_entity(bare, 0, 1, "GON");
  code(bare);
  for (const Event& e : bare.events) {
    if (e.code == "014") {
      EXPECT_FALSE(e.target) << summary(bare);
    }
  }
}

// "Gondor says he will seek aid from Rohan": a that-clause whose subject is
// a pronoun for the speaker is the speaker's own plan, as a control
// complement is; the statement is about the named party it acts on.
TEST(Arguments, AStatementIsAboutWhomTheSpeakersOwnThatClauseActsOn) {
  auto said = [](const char* subject, const char* subject_upos, const char* party,
                 const char* party_upos) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"says", "say", "VERB", 0, "root"},
                             {subject, subject, subject_upos, 5, "nsubj"},
                             {"will", "will", "AUX", 5, "aux"},
                             {"seek", "seek", "VERB", 2, "ccomp"},
                             {"aid", "aid", "NOUN", 5, "obj"},
                             {"from", "from", "ADP", 8, "case"},
                             {party, party, party_upos, 5, "obl"}});
    if (std::string(subject_upos) == "PRON") doc.sentences[0].tokens[2].feats = "PronType=Prs";
    add_entity(doc, 0, 1, "GON");
    add_entity(doc, 7, 8, "ROH");
    if (std::string(subject_upos) == "PROPN") add_entity(doc, 2, 3, "MOR");
    return doc;
  };
  Document own = said("he", "PRON", "Rohan", "PROPN");
  code(own);
  EXPECT_NE(summary(own).find("GON>ROH:010"), std::string::npos) << summary(own);
  // Another's plan is what the statement reports, not whom it is about.
  Document other = said("Mordor", "PROPN", "Rohan", "PROPN");
  code(other);
  EXPECT_EQ(summary(other).find("GON>ROH:010"), std::string::npos) << summary(other);
  // A class of people named by a common noun is no party of the statement.
  Document common = said("he", "PRON", "farmers", "NOUN");
  code(common);
  EXPECT_EQ(summary(common).find("GON>ROH:010"), std::string::npos) << summary(common);
}

TEST(Arguments, AThingActedOnInACodedPlaceMakesThePlaceTheTarget) {
  // "Gondor re-examined the granaries in Rohan": the derived default (090)
  // needs a coded target; the things it was done to lie in Rohan.
  auto sentence = [](const char* object, const char* lemma) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"re-examined", "re-examine", "VERB", 0, "root"},
                             {"the", "the", "DET", 4, "det"},
                             {object, lemma, "NOUN", 2, "obj"},
                             {"in", "in", "ADP", 6, "case"},
                             {"Rohan", "Rohan", "PROPN", 2, "obl"}});
    add_entity(doc, 0, 1, "GON");
    add_entity(doc, 5, 6, "ROH");
    doc.entities.back().type = "GPE";
    code(doc);
    return doc;
  };
  Document granaries = sentence("granaries", "granary");
  EXPECT_TRUE(events_test::has_event(granaries, "GON>ROH:090")) << summary(granaries);
  // People are no thing that lies somewhere: "the clerks in Rohan" stays
  // without a coded target, and so without the derived default's event.
  Document clerks = sentence("clerks", "clerk");
  EXPECT_FALSE(events_test::has_event(clerks, "GON>ROH:090")) << summary(clerks);
}

TEST(Arguments, APrepositionalTargetIsFoundWhereTheParserHungIt) {
  // "Gondor expressed concern over the plan", "over" hung on the verb (the
  // entry looks for obj>nmod:over).
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"expressed", "express", "VERB", 0, "root"},
                           {"concern", "concern", "NOUN", 2, "obj"},
                           {"over", "over", "ADP", 6, "case"},
                           {"the", "the", "DET", 6, "det"},
                           {"plan", "plan", "NOUN", 2, "obl"}});
  add_entity(doc, 0, 1, "GON");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  ASSERT_TRUE(doc.events[0].target) << summary(doc);
  EXPECT_EQ(doc.events[0].target->mention.text, "the plan");
  // "Gondor sent aid in grain to the farmers", "to" hung on a noun of the
  // object's phrase (the entry looks for obl:to).
  Document sent = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"sent", "send", "VERB", 0, "root"},
                            {"aid", "aid", "NOUN", 2, "obj"},
                            {"in", "in", "ADP", 5, "case"},
                            {"grain", "grain", "NOUN", 3, "nmod"},
                            {"to", "to", "ADP", 8, "case"},
                            {"the", "the", "DET", 8, "det"},
                            {"farmers", "farmer", "NOUN", 5, "nmod"}});
  add_entity(sent, 0, 1, "GON");
  code(sent);
  ASSERT_EQ(sent.events.size(), 1u) << summary(sent);
  ASSERT_TRUE(sent.events[0].target) << summary(sent);
  EXPECT_EQ(sent.events[0].target->mention.text, "the farmers");
}

TEST(Arguments, WhomTheSourceActsOnBehalfOfIsNoTarget) {
  // "Gondor expressed condolences to the family on behalf of Rohan"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"expressed", "express", "VERB", 0, "root"},
                           {"condolences", "condolence", "NOUN", 2, "obj"},
                           {"to", "to", "ADP", 6, "case"},
                           {"the", "the", "DET", 6, "det"},
                           {"family", "family", "NOUN", 2, "obl"},
                           {"on", "on", "ADP", 8, "case"},
                           {"behalf", "behalf", "NOUN", 2, "obl"},
                           {"of", "of", "ADP", 10, "case"},
                           {"Rohan", "Rohan", "PROPN", 8, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 9, 10, "ROH");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  ASSERT_TRUE(doc.events[0].target) << summary(doc);
  EXPECT_EQ(doc.events[0].target->mention.text, "the family");
}

TEST(Arguments, AnAccusationIsDoneToTheSubjectOfWhatItAlleges) {
  // "Gondor alleged that Rohan armed the rebels"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"alleged", "allege", "VERB", 0, "root"},
                           {"that", "that", "SCONJ", 5, "mark"},
                           {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                           {"armed", "arm", "VERB", 2, "ccomp"},
                           {"the", "the", "DET", 7, "det"},
                           {"rebels", "rebel", "NOUN", 5, "obj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 3, 4, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:112"), std::string::npos) << summary(doc);
}

TEST(Arguments, AParticipleWithAnObjectInARootNounsPhraseIsItsVerb) {
  // "The ministry during a briefing in Rohan welcomed Mordor's offer", parsed
  // as a noun phrase: "welcomed" a participle on "briefing".
  Document doc = make_doc({{"The", "the", "DET", 2, "det"},
                           {"ministry", "ministry", "NOUN", 0, "root"},
                           {"during", "during", "ADP", 5, "case"},
                           {"a", "a", "DET", 5, "det"},
                           {"briefing", "briefing", "NOUN", 2, "nmod"},
                           {"in", "in", "ADP", 7, "case"},
                           {"Rohan", "Rohan", "PROPN", 5, "nmod"},
                           {"welcomed", "welcome", "VERB", 5, "acl"},
                           {"Mordor", "Mordor", "PROPN", 11, "nmod:poss"},
                           {"'s", "'s", "PART", 9, "case"},
                           {"offer", "offer", "NOUN", 8, "obj"}},
                          "2020-01-01", "VBN");
  add_entity(doc, 0, 2, "GONGOV");
  add_entity(doc, 6, 7, "ROH");
  add_entity(doc, 8, 9, "MOR");
  code(doc);
  EXPECT_NE(summary(doc).find("GONGOV>MOR"), std::string::npos) << summary(doc);
  EXPECT_EQ(summary(doc).find("ROH>"), std::string::npos) << summary(doc);
}

TEST(Arguments, AVerbOfBeginningOrContinuingLendsItsSubject) {
  // "Gondor renewed airstrikes on Rohan": the strikes are Gondor's.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"renewed", "renew", "VERB", 0, "root"},
                           {"airstrikes", "airstrike", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "GON>ROH:195 ") << summary(doc);
  // "Gondor halted airstrikes on Rohan": an act that is ended is not done.
  Document halted = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                              {"halted", "halt", "VERB", 0, "root"},
                              {"airstrikes", "airstrike", "NOUN", 2, "obj"},
                              {"on", "on", "ADP", 5, "case"},
                              {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  add_entity(halted, 0, 1, "GON");
  add_entity(halted, 4, 5, "ROH");
  code(halted);
  EXPECT_EQ(summary(halted).find(":195"), std::string::npos) << summary(halted);
}

TEST(Arguments, ANounEventCompoundedOnTheObjectTakesTheSupportVerbsSubject) {
  // "Gondor renewed airstrike operations on Rohan": the noun event is
  // compounded on the verb's object.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"renewed", "renew", "VERB", 0, "root"},
                           {"airstrike", "airstrike", "NOUN", 4, "compound"},
                           {"operations", "operation", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 5, 6, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>"), std::string::npos) << summary(doc);
}

TEST(Arguments, TwoUnnamedGroupsJoinedAsOneEntityAreTwoActors) {
  // "the crowd attacked the villagers", both mentions of one ---CVL entity.
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"crowd", "crowd", "NOUN", 3, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"the", "the", "DET", 5, "det"},
                           {"villagers", "villager", "NOUN", 3, "obj"}});
  add_entity(doc, 0, 2, "---CVL");
  Mention second;
  second.sentence = 0;
  second.first_token = 3;
  second.last_token = 5;
  doc.entities[0].mentions.push_back(second);
  code(doc);
  EXPECT_NE(summary(doc).find("---CVL>---CVL"), std::string::npos) << summary(doc);
}

TEST(Arguments, UnnamedPeopleAreAForcesDoerAsText) {
  // "gunmen attacked Gondor": the doer kept as uncoded text.
  Document doc = make_doc({{"gunmen", "gunman", "NOUN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 2, "obj"}});
  doc.sentences[0].tokens[0].xpos = "NNS";
  add_entity(doc, 2, 3, "GON");
  code(doc);
  ASSERT_EQ(summary(doc), ">GON:190 ");
  EXPECT_EQ(doc.events[0].source->mention.text, "gunmen");
  // "the client attacked Gondor": one person described is no such doer.
  Document one = make_doc({{"the", "the", "DET", 2, "det"},
                           {"client", "client", "NOUN", 3, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  add_entity(one, 3, 4, "GON");
  code(one);
  EXPECT_EQ(summary(one), "");
}

TEST(Arguments, EachStruckObjectOfAListNamingAPartyIsATarget) {
  // "Gondor shelled two Mordor camps, a bridge and three trucks"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"shelled", "shell", "VERB", 0, "root"},
                           {"two", "two", "NUM", 5, "nummod"},
                           {"Mordor", "Mordor", "PROPN", 5, "compound"},
                           {"camps", "camp", "NOUN", 2, "obj"},
                           {",", ",", "PUNCT", 8, "punct"},
                           {"a", "a", "DET", 8, "det"},
                           {"bridge", "bridge", "NOUN", 5, "conj"},
                           {"and", "and", "CCONJ", 11, "cc"},
                           {"three", "three", "NUM", 11, "nummod"},
                           {"trucks", "truck", "NOUN", 5, "conj"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 3, 4, "MOR");
  code(doc);
  ASSERT_EQ(doc.events.size(), 3u) << summary(doc);
  EXPECT_EQ(doc.events[0].target->actor_code, "MOR");
  EXPECT_EQ(doc.events[1].target->mention.text, "a bridge");
  EXPECT_EQ(doc.events[2].target->mention.text, "three trucks");
  // "Gondor shelled a bridge and three trucks": no party named, the first
  // object stands for the act as before.
  Document bare = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"shelled", "shell", "VERB", 0, "root"},
                            {"a", "a", "DET", 4, "det"},
                            {"bridge", "bridge", "NOUN", 2, "obj"},
                            {"and", "and", "CCONJ", 7, "cc"},
                            {"three", "three", "NUM", 7, "nummod"},
                            {"trucks", "truck", "NOUN", 4, "conj"}});
  add_entity(bare, 0, 1, "GON");
  code(bare);
  EXPECT_EQ(summary(bare), "GON>:194 ");
  // "Gondor praised two Mordor envoys and the talks": not an act of force.
  Document praise = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                              {"praised", "praise", "VERB", 0, "root"},
                              {"two", "two", "NUM", 5, "nummod"},
                              {"Mordor", "Mordor", "PROPN", 5, "compound"},
                              {"envoys", "envoy", "NOUN", 2, "obj"},
                              {"and", "and", "CCONJ", 8, "cc"},
                              {"the", "the", "DET", 8, "det"},
                              {"talks", "talk", "NOUN", 5, "conj"}});
  add_entity(praise, 0, 1, "GON");
  add_entity(praise, 3, 5, "MORGOV");
  code(praise);
  EXPECT_EQ(praise.events.size(), 1u) << summary(praise);
}

TEST(Arguments, AParticipleConjoinedToAPassiveIsPassive) {
  // "the envoy was seized and killed by Mordor": Mordor killed the envoy,
  // the envoy killed nobody.
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"envoy", "envoy", "NOUN", 4, "nsubj:pass"},
                           {"was", "be", "AUX", 4, "aux:pass"},
                           {"seized", "seize", "VERB", 0, "root"},
                           {"and", "and", "CCONJ", 6, "cc"},
                           {"killed", "kill", "VERB", 4, "conj"},
                           {"by", "by", "ADP", 8, "case"},
                           {"Mordor", "Mordor", "PROPN", 6, "obl:agent"}},
                          "2020-01-01", "VBN");
  add_entity(doc, 0, 2, "GONGOV");
  add_entity(doc, 7, 8, "MOR");
  code(doc);
  EXPECT_NE(summary(doc).find("MOR>GONGOV:190"), std::string::npos) << summary(doc);
  EXPECT_EQ(summary(doc).find("GONGOV>"), std::string::npos) << summary(doc);
}

TEST(Arguments, NounEventReportedAsHappeningWithNoDoer) {
  // "Clashes broke out in Gondor": force with no doer named happened in a place.
  Document doc = make_doc({{"Clashes", "clash", "NOUN", 2, "nsubj"},
                           {"broke", "break", "VERB", 0, "root"},
                           {"out", "out", "ADP", 2, "compound:prt"},
                           {"in", "in", "ADP", 5, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  add_entity(doc, 4, 5, "GON");
  doc.entities.back().type = "GPE";
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].target->actor_code, "GON");
  EXPECT_EQ(doc.events[0].root_code, "19");
  // "There were protests in Gondor"
  Document there = make_doc({{"There", "there", "PRON", 3, "expl"},
                             {"were", "be", "AUX", 3, "cop"},
                             {"protests", "protest", "NOUN", 0, "root"},
                             {"in", "in", "ADP", 5, "case"},
                             {"Gondor", "Gondor", "PROPN", 3, "nmod"}});
  add_entity(there, 4, 5, "GON");
  there.entities.back().type = "GPE";
  code(there);
  ASSERT_EQ(there.events.size(), 1u) << summary(there);
  EXPECT_EQ(there.events[0].root_code, "14");
}

TEST(Arguments, HappeningNeedsAPlaceOrPartyAndAConflict) {
  // "Clashes broke out": nobody and nowhere named.
  Document bare = make_doc({{"Clashes", "clash", "NOUN", 2, "nsubj"},
                            {"broke", "break", "VERB", 0, "root"},
                            {"out", "out", "ADP", 2, "compound:prt"}});
  code(bare);
  EXPECT_EQ(summary(bare), "");
  // "Talks took place in Gondor": a consultation needs its parties.
  Document talks = make_doc({{"Talks", "talk", "NOUN", 2, "nsubj"},
                             {"took", "take", "VERB", 0, "root"},
                             {"place", "place", "NOUN", 2, "obj"},
                             {"in", "in", "ADP", 5, "case"},
                             {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  add_entity(talks, 4, 5, "GON");
  talks.entities.back().type = "GPE";
  code(talks);
  EXPECT_EQ(summary(talks), "");
  // "The clashes worried Gondor": not said to have happened.
  Document worry = make_doc({{"The", "the", "DET", 2, "det"},
                             {"clashes", "clash", "NOUN", 3, "nsubj"},
                             {"worried", "worry", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  add_entity(worry, 3, 4, "GON");
  code(worry);
  EXPECT_EQ(summary(worry).find(">GON:19"), std::string::npos) << summary(worry);
}

TEST(Arguments, ForceWithAChemicalAgentIsAChemicalAttack) {
  // "Mordor shelled Rohan with rockets filled with chlorine"
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"shelled", "shell", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 2, "obj"},
                           {"with", "with", "ADP", 5, "case"},
                           {"rockets", "rocket", "NOUN", 2, "obl"},
                           {"filled", "fill", "VERB", 5, "acl"},
                           {"with", "with", "ADP", 8, "case"},
                           {"chlorine", "chlorine", "NOUN", 6, "obl"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 2, 3, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "MOR>ROH:2041 ");
  // "Mordor attacked Rohan with tear gas": crowd control, no chemical weapon.
  Document tear = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                            {"attacked", "attack", "VERB", 0, "root"},
                            {"Rohan", "Rohan", "PROPN", 2, "obj"},
                            {"with", "with", "ADP", 6, "case"},
                            {"tear", "tear", "NOUN", 6, "compound"},
                            {"gas", "gas", "NOUN", 2, "obl"}});
  add_entity(tear, 0, 1, "MOR");
  add_entity(tear, 2, 3, "ROH");
  code(tear);
  EXPECT_EQ(summary(tear).find("2041"), std::string::npos) << summary(tear);
  // ... but violent repression (175).
  EXPECT_EQ(summary(tear), "MOR>ROH:175 ");
}

TEST(Arguments, CrowdControlWeaponsFiredAreViolentRepression) {
  // "Mordor fired rubber bullets at Rohan": what was fired names the act.
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"fired", "fire", "VERB", 0, "root"},
                           {"rubber", "rubber", "NOUN", 4, "compound"},
                           {"bullets", "bullet", "NOUN", 2, "obj"},
                           {"at", "at", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 5, 6, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find(":175"), std::string::npos) << summary(doc);
  // "Mordor fired rockets at Rohan" stays an attack.
  Document rockets = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                               {"fired", "fire", "VERB", 0, "root"},
                               {"rockets", "rocket", "NOUN", 2, "obj"},
                               {"at", "at", "ADP", 5, "case"},
                               {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(rockets, 0, 1, "MOR");
  add_entity(rockets, 4, 5, "ROH");
  code(rockets);
  EXPECT_EQ(summary(rockets).find(":175"), std::string::npos) << summary(rockets);
}

TEST(Arguments, ABombThatKilledCiviliansIsABombing) {
  // "A car bomb killed Rohan civilians": the weapon's code (1832), not the
  // mass killing the victims alone would give (202).
  Document doc = make_doc({{"A", "a", "DET", 3, "det"},
                           {"car", "car", "NOUN", 3, "compound"},
                           {"bomb", "bomb", "NOUN", 4, "nsubj"},
                           {"killed", "kill", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 6, "compound"},
                           {"civilians", "civilian", "NOUN", 4, "obj"}});
  add_entity(doc, 4, 6, "ROHCVL");
  code(doc);
  EXPECT_NE(summary(doc).find(":1832"), std::string::npos) << summary(doc);
}

TEST(Arguments, AMassacreWithAWeaponStaysAMassacre) {
  // "Gondor troops massacred Rohan villagers with artillery": the verb is a
  // mass killing by itself, so the weapon does not recode it.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"troops", "troop", "NOUN", 3, "nsubj"},
                           {"massacred", "massacre", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "compound"},
                           {"villagers", "villager", "NOUN", 3, "obj"},
                           {"with", "with", "ADP", 7, "case"},
                           {"artillery", "artillery", "NOUN", 3, "obl"}});
  add_entity(doc, 0, 2, "GONMIL");
  add_entity(doc, 3, 5, "ROHCVL");
  code(doc);
  EXPECT_NE(summary(doc).find(":202"), std::string::npos) << summary(doc);
}

TEST(Arguments, APassiveParticiplesNounIsItsObject) {
  // "Mordor condemned the sanctions imposed by Gondor on Rohan": the frame
  // *impose sanctions* (163) holds for the noun the participle modifies.
  Document doc = make_doc({{"Mordor", "Mordor", "PROPN", 2, "nsubj"},
                           {"condemned", "condemn", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"sanctions", "sanction", "NOUN", 2, "obj"},
                           {"imposed", "impose", "VERB", 4, "acl"},
                           {"by", "by", "ADP", 7, "case"},
                           {"Gondor", "Gondor", "PROPN", 5, "obl:agent"},
                           {"on", "on", "ADP", 9, "case"},
                           {"Rohan", "Rohan", "PROPN", 5, "obl"}});
  doc.sentences[0].tokens[4].xpos = "VBN";
  add_entity(doc, 0, 1, "MOR");
  add_entity(doc, 6, 7, "GON");
  add_entity(doc, 8, 9, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:163"), std::string::npos) << summary(doc);
}

TEST(Arguments, ATimeWordBesideTheSubjectLendsNoSubject) {
  // "Days before the vote, police continue to arrest activists", where the
  // parser made both "Days" and "police" subjects of "continue".
  Document doc = make_doc({{"Days", "day", "NOUN", 7, "nsubj"},
                           {"before", "before", "ADP", 4, "case"},
                           {"the", "the", "DET", 4, "det"},
                           {"vote", "vote", "NOUN", 1, "nmod"},
                           {",", ",", "PUNCT", 7, "punct"},
                           {"police", "police", "NOUN", 7, "nsubj"},
                           {"continue", "continue", "VERB", 0, "root"},
                           {"to", "to", "PART", 9, "mark"},
                           {"arrest", "arrest", "VERB", 7, "xcomp"},
                           {"activists", "activist", "NOUN", 9, "obj"}});
  add_entity(doc, 5, 6, "GONCOP");
  add_entity(doc, 9, 10, "GONOPP");
  code(doc);
  EXPECT_NE(summary(doc).find("GONCOP>GONOPP:173"), std::string::npos) << summary(doc);
}

TEST(Arguments, ANounEventsCodedPathBeatsAnUncodedCompound) {
  // "the peace agreement between Gondor and Rohan": "peace" says what kind
  // of agreement, the between-phrase who made it.
  Document doc = make_doc({{"the", "the", "DET", 3, "det"},
                           {"peace", "peace", "NOUN", 3, "compound"},
                           {"agreement", "agreement", "NOUN", 0, "root"},
                           {"between", "between", "ADP", 5, "case"},
                           {"Gondor", "Gondor", "PROPN", 3, "nmod"},
                           {"and", "and", "CCONJ", 7, "cc"},
                           {"Rohan", "Rohan", "PROPN", 5, "conj"}});
  add_entity(doc, 4, 5, "GON");
  add_entity(doc, 6, 7, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>ROH:"), std::string::npos) << summary(doc);
}

// "the fighters attacked the militiamen", both joined by the entities stage
// to one entity whose country is `how`'s.
Document two_groups(const std::string& how) {
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"fighters", "fighter", "NOUN", 3, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"the", "the", "DET", 5, "det"},
                           {"militiamen", "militiaman", "NOUN", 3, "obj"}});
  add_entity(doc, 0, 2, "GONREB");
  doc.entities[0].resolved_by = how;
  Mention second;
  second.sentence = 0;
  second.first_token = 3;
  second.last_token = 5;
  doc.entities[0].mentions.push_back(second);
  return doc;
}

TEST(Arguments, TwoGroupsOfAGuessedCountryAreTwoActors) {
  Document guessed = two_groups("composition:article-country");
  code(guessed);
  EXPECT_EQ(summary(guessed), "GONREB>GONREB:190 ");
  // A country the phrase names itself makes one actor of them.
  Document named = two_groups("composition");
  code(named);
  EXPECT_EQ(summary(named), "");
}

TEST(Arguments, TheConsequencesOfOneActAreOneIncident) {
  // "Gondor shelled the town, killing six soldiers and wounding bystanders":
  // the killed soldiers are a party of their own, the wounded bystanders
  // (uncoded) the same incident again.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"shelled", "shell", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"town", "town", "NOUN", 2, "obj"},
                           {",", ",", "PUNCT", 6, "punct"},
                           {"killing", "kill", "VERB", 2, "advcl"},
                           {"six", "six", "NUM", 8, "nummod"},
                           {"soldiers", "soldier", "NOUN", 6, "obj"},
                           {"and", "and", "CCONJ", 10, "cc"},
                           {"wounding", "wound", "VERB", 6, "conj"},
                           {"bystanders", "bystander", "NOUN", 10, "obj"}});
  for (int k : {5, 9}) doc.sentences[0].tokens[k].xpos = "VBG";
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 6, 8, "ROHMIL");
  code(doc);
  ASSERT_EQ(doc.events.size(), 2u) << summary(doc);
  EXPECT_EQ(doc.events[1].target->actor_code, "ROHMIL");
  for (const Event& e : doc.events) EXPECT_NE(e.evidence_verb, "wounding");
  // The wounding of a coded party is an event of its own.
  add_entity(doc, 10, 11, "ROHCVL");  // now a coded party
  doc.events.clear();
  code(doc);
  EXPECT_EQ(doc.events.size(), 3u) << summary(doc);
}

TEST(Arguments, ANamedButUncodedDoerActsOnACodedTarget) {
  // "Falastur sanctioned Gondor" / "… the guild"; Falastur a body the actor
  // lists do not know (typed ORG, a person PER, or no entity at all).
  auto sanctioned = [](bool gondor, const std::string& type) {
    Document doc = make_doc({{"Falastur", "Falastur", "PROPN", 2, "nsubj"},
                             {"sanctioned", "sanction", "VERB", 0, "root"},
                             gondor ? events_test::Row{"Gondor", "Gondor", "PROPN", 2, "obj"}
                                    : events_test::Row{"guilds", "guild", "NOUN", 2, "obj"}});
    if (!type.empty()) {
      add_entity(doc, 0, 1, "");
      doc.entities.back().type = type;
    }
    if (gondor) add_entity(doc, 2, 3, "GON");
    code(doc);
    return doc;
  };
  // The named body is the source as text when the target is coded.
  Document doc = sanctioned(true, "ORG");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source->actor_code, "");
  EXPECT_EQ(doc.events[0].source->mention.text, "Falastur");
  EXPECT_EQ(doc.events[0].target->actor_code, "GON");
  // An unknown person is most often a private one: no event. Neither side
  // coded, or a name no entity covers: no event.
  EXPECT_EQ(summary(sanctioned(true, "PER")), "");
  EXPECT_EQ(summary(sanctioned(false, "ORG")), "");
  EXPECT_EQ(summary(sanctioned(true, "")), "");
}

TEST(Arguments, PropertyDestroyedByAWeaponIsForce) {
  // "Two strikes destroyed Mordor buildings": force (190), not the razing of
  // a house (1712).
  Document doc = make_doc({{"Two", "two", "NUM", 2, "nummod"},
                           {"strikes", "strike", "NOUN", 3, "nsubj"},
                           {"destroyed", "destroy", "VERB", 0, "root"},
                           {"Mordor", "Mordor", "PROPN", 5, "compound"},
                           {"buildings", "building", "NOUN", 3, "obj"}});
  add_entity(doc, 3, 4, "MOR");
  code(doc);
  EXPECT_EQ(summary(doc), ">MOR:190 ");
  // "Gondor destroyed Mordor buildings": no weapon named, 1712 as before.
  Document razed = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"destroyed", "destroy", "VERB", 0, "root"},
                             {"Mordor", "Mordor", "PROPN", 4, "compound"},
                             {"buildings", "building", "NOUN", 2, "obj"}});
  add_entity(razed, 0, 1, "GON");
  add_entity(razed, 2, 3, "MOR");
  code(razed);
  EXPECT_EQ(summary(razed), "GON>MOR:1712 ");
  // "The strikes suppressed Mordor units": repression (175) by a weapon too.
  Document suppressed = make_doc({{"The", "the", "DET", 2, "det"},
                                  {"strikes", "strike", "NOUN", 3, "nsubj"},
                                  {"suppressed", "suppress", "VERB", 0, "root"},
                                  {"Mordor", "Mordor", "PROPN", 5, "compound"},
                                  {"units", "unit", "NOUN", 3, "obj"}});
  add_entity(suppressed, 3, 4, "MOR");
  code(suppressed);
  EXPECT_EQ(summary(suppressed), ">MOR:190 ");
}

TEST(Arguments, APronounLinkedToAnUncodedPersonIsATarget) {
  // "Faramir said Mordor troops killed him": "him" is Faramir, whom no code
  // names; the killing is done to him.
  auto rows = std::vector<events_test::Row>{
      {"Faramir", "Faramir", "PROPN", 2, "nsubj"},  {"said", "say", "VERB", 0, "root"},
      {"Mordor", "Mordor", "PROPN", 4, "compound"}, {"troops", "troop", "NOUN", 5, "nsubj"},
      {"killed", "kill", "VERB", 2, "ccomp"},       {"him", "he", "PRON", 5, "obj"}};
  Document doc = make_doc(rows);
  add_entity(doc, 2, 4, "MORMIL");
  add_entity(doc, 0, 1, "");
  Mention him;
  him.sentence = 0;
  him.first_token = 5;
  him.last_token = 6;
  doc.entities.back().mentions.push_back(him);
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  ASSERT_TRUE(doc.events[0].target);
  EXPECT_EQ(doc.events[0].target->actor_code, "");
  EXPECT_EQ(doc.events[0].target->entity, "E2");
  // Linked to nobody, the pronoun is no target.
  Document alone = make_doc(rows);
  add_entity(alone, 2, 4, "MORMIL");
  code(alone);
  ASSERT_EQ(alone.events.size(), 1u) << summary(alone);
  EXPECT_FALSE(alone.events[0].target);
}

TEST(Arguments, ALightVerbsDerivedDefaultLeavesTheActToItsNoun) {
  // "Gondor conducted airstrikes on Mordor": the airstrikes are an act of
  // their own (195), not only what a derived default of "conduct" acts on.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"conducted", "conduct", "VERB", 0, "root"},
                           {"airstrikes", "airstrike", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 5, "case"},
                           {"Mordor", "Mordor", "PROPN", 3, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "MOR");
  code(doc);
  EXPECT_NE(summary(doc).find("GON>MOR:195 "), std::string::npos) << summary(doc);
}

TEST(Arguments, TheOneMovedApprovesOfTheAgent) {
  // "Rohan is encouraged by the decision of Gondor": Rohan approves of
  // Gondor, not Gondor of Rohan.
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 3, "nsubj:pass"},
                           {"is", "be", "AUX", 3, "aux:pass"},
                           {"encouraged", "encourage", "VERB", 0, "root"},
                           {"by", "by", "ADP", 6, "case"},
                           {"the", "the", "DET", 6, "det"},
                           {"decision", "decision", "NOUN", 3, "obl:agent"},
                           {"of", "of", "ADP", 8, "case"},
                           {"Gondor", "Gondor", "PROPN", 6, "nmod"}});
  add_entity(doc, 0, 1, "ROH");
  add_entity(doc, 7, 8, "GON");
  code(doc);
  EXPECT_NE(summary(doc).find("ROH>GON:05"), std::string::npos) << summary(doc);
  EXPECT_EQ(summary(doc).find("GON>ROH"), std::string::npos) << summary(doc);
}

TEST(Arguments, AStatementIsNotDoneToItsTopic) {
  // "Gondor spoke of Rohan": Rohan is what was spoken about, no addressee.
  Document of = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                          {"spoke", "speak", "VERB", 0, "root"},
                          {"of", "of", "ADP", 4, "case"},
                          {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(of, 0, 1, "GON");
  add_entity(of, 3, 4, "ROH");
  code(of);
  EXPECT_EQ(summary(of), "GON>-:010 ");
  // "Gondor described Rohan as mountainous": the object of a statement is its
  // topic (a word of praise or blame would make it a target: evaluative.lex).
  Document described = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                 {"described", "describe", "VERB", 0, "root"},
                                 {"Rohan", "Rohan", "PROPN", 2, "obj"},
                                 {"as", "as", "ADP", 5, "case"},
                                 {"mountainous", "mountainous", "ADJ", 2, "obl"}});
  add_entity(described, 0, 1, "GON");
  add_entity(described, 2, 3, "ROH");
  code(described);
  EXPECT_EQ(summary(described), "GON>-:010 ");
  // "Gondor spoke to Rohan": the addressee stays the target.
  Document to = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                          {"spoke", "speak", "VERB", 0, "root"},
                          {"to", "to", "ADP", 4, "case"},
                          {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(to, 0, 1, "GON");
  add_entity(to, 3, 4, "ROH");
  code(to);
  EXPECT_EQ(summary(to), "GON>ROH:010 ");
}

TEST(Arguments, AStatementFramesOnlyAnAssertedReport) {
  // "Gondor said Rohan might attack Mordor": the attack is hypothetical, the
  // saying is the one act the sentence reports.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"said", "say", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "nsubj"},
                           {"might", "might", "AUX", 5, "aux"},
                           {"attack", "attack", "VERB", 2, "ccomp"},
                           {"Mordor", "Mordor", "PROPN", 5, "obj"}});
  doc.sentences[0].tokens[3].xpos = "MD";
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  add_entity(doc, 5, 6, "MOR");
  code(doc);
  ASSERT_EQ(summary(doc), "GON>-:010 ROH>MOR:190 ");
  EXPECT_EQ(doc.events[0].modality, "asserted");
  EXPECT_EQ(doc.events[1].modality, "hypothetical");
}

TEST(Arguments, ACutSubjectIsInheritedWhole) {
  // "The envoy Hurin replied, saying that Rohan must withdraw": the parser
  // gave "replied" two subjects; the clause on it takes the coded whole.
  Document doc = make_doc({{"The", "the", "DET", 2, "det"},
                           {"envoy", "envoy", "NOUN", 4, "nsubj"},
                           {"Hurin", "Hurin", "PROPN", 4, "nsubj"},
                           {"replied", "reply", "VERB", 0, "root"},
                           {",", ",", "PUNCT", 6, "punct"},
                           {"saying", "say", "VERB", 4, "advcl"},
                           {"that", "that", "SCONJ", 10, "mark"},
                           {"Rohan", "Rohan", "PROPN", 10, "nsubj"},
                           {"must", "must", "AUX", 10, "aux"},
                           {"withdraw", "withdraw", "VERB", 6, "ccomp"}});
  add_entity(doc, 2, 3, "GONGOV");
  add_entity(doc, 7, 8, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find("GONGOV>ROH:100 "), std::string::npos) << summary(doc);
}

}  // namespace

}  // namespace eventwire

namespace eventwire {
namespace {

// "Minas Gon - dor shelled Rohan" with the name's last part read as a
// second subject: one entity, so one event.
TEST(RepeatedEntity, ANameSplitInTwoSubjectsIsOneSource) {
  Document doc = events_test::make_doc({{"Minas", "Minas", "PROPN", 5, "nsubj"},
                                        {"Gon", "Gon", "PROPN", 1, "flat"},
                                        {"-", "-", "PUNCT", 2, "punct"},
                                        {"dor", "dor", "NOUN", 5, "nsubj"},
                                        {"shelled", "shell", "VERB", 0, "root"},
                                        {"Rohan", "Rohan", "PROPN", 5, "obj"}},
                                       "2020-01-01", "VBD");
  events_test::add_entity(doc, 0, 4, "GON");
  events_test::add_entity(doc, 5, 6, "ROH");
  events_test::code_builtin(doc);
  EXPECT_EQ(doc.events.size(), 1u) << events_test::summary(doc);
}

TEST(Arguments, ANounEventUnderACodedVerbThatNamesItsOwnDoerIsCodedToo) {
  // "Gondor joined Rohan's fight against Mordor": Gondor joins Rohan, and the
  // fight is Rohan's against Mordor.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"joined", "join", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "nmod:poss"},
                           {"'s", "'s", "PART", 3, "case"},
                           {"fight", "fight", "NOUN", 2, "obj"},
                           {"against", "against", "ADP", 7, "case"},
                           {"Mordor", "Mordor", "PROPN", 5, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  add_entity(doc, 6, 7, "MOR");
  code(doc);
  EXPECT_TRUE(events_test::has_event(doc, "GON>ROH:")) << summary(doc);
  EXPECT_TRUE(events_test::has_event(doc, "ROH>MOR:19")) << summary(doc);
}

TEST(Arguments, ANounEventWithAPronounDoerOrNoTargetStaysTheVerbs) {
  // "Gondor joined its fight against Mordor": "its" is mostly the subject.
  Document own = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"joined", "join", "VERB", 0, "root"},
                           {"its", "its", "PRON", 4, "nmod:poss"},
                           {"fight", "fight", "NOUN", 2, "obj"},
                           {"against", "against", "ADP", 6, "case"},
                           {"Mordor", "Mordor", "PROPN", 4, "nmod"}});
  add_entity(own, 0, 1, "GON");
  add_entity(own, 5, 6, "MOR");
  code(own);
  EXPECT_FALSE(events_test::has_event(own, ">MOR:19")) << summary(own);
  // "Gondor joined Rohan's fight": no one it is aimed at, only the joining.
  Document bare = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"joined", "join", "VERB", 0, "root"},
                            {"Rohan", "Rohan", "PROPN", 5, "nmod:poss"},
                            {"'s", "'s", "PART", 3, "case"},
                            {"fight", "fight", "NOUN", 2, "obj"}});
  add_entity(bare, 0, 1, "GON");
  add_entity(bare, 2, 3, "ROH");
  code(bare);
  EXPECT_FALSE(events_test::has_event(bare, ":19")) << summary(bare);
}

TEST(Arguments, ANounEventWithItsOwnDoerThatTheVerbEndsIsNotDone) {
  // "Gondor halted Rohan's raids on Mordor": the raids stop, none is coded.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"halted", "halt", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 5, "nmod:poss"},
                           {"'s", "'s", "PART", 3, "case"},
                           {"raids", "raid", "NOUN", 2, "obj"},
                           {"on", "on", "ADP", 7, "case"},
                           {"Mordor", "Mordor", "PROPN", 5, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 2, 3, "ROH");
  add_entity(doc, 6, 7, "MOR");
  code(doc);
  EXPECT_FALSE(events_test::has_event(doc, "ROH>MOR:19")) << summary(doc);
}

TEST(Arguments, TheObjectAClosingReportTookAsItsSubjectIsGivenBack) {
  // "Gondor killed twenty Mordor fighters and destroyed two depots, Rohan
  // told reporters", parsed with the fighters as a second subject of "told"
  // and "destroyed" conjoined to them.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"killed", "kill", "VERB", 0, "root"},
                           {"twenty", "twenty", "NUM", 5, "nummod"},
                           {"Mordor", "Mordor", "PROPN", 5, "compound"},
                           {"fighters", "fighter", "NOUN", 12, "nsubj"},
                           {"and", "and", "CCONJ", 7, "cc"},
                           {"destroyed", "destroy", "VERB", 5, "conj"},
                           {"two", "two", "NUM", 9, "nummod"},
                           {"depots", "depot", "NOUN", 7, "obj"},
                           {",", ",", "PUNCT", 12, "punct"},
                           {"Rohan", "Rohan", "PROPN", 12, "nsubj"},
                           {"told", "tell", "VERB", 2, "ccomp"},
                           {"reporters", "reporter", "NOUN", 12, "obj"}},
                          "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 3, 5, "MOR");
  add_entity(doc, 10, 11, "ROH");
  auto speech = [](const std::string& lemma) { return lemma == "tell"; };
  auto repaired = events::repair_report_subject(doc.sentences[0], speech);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->tokens[4].head, 2);
  EXPECT_EQ(repaired->tokens[4].deprel, "obj");
  EXPECT_EQ(repaired->tokens[6].head, 2);
  code(doc);
  EXPECT_TRUE(events_test::has_event(doc, "GON>MOR:19")) << summary(doc);
  EXPECT_FALSE(events_test::has_event(doc, "MOR>")) << summary(doc);
  // With an object of its own the main verb keeps its parse.
  Document kept = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                            {"hit", "hit", "VERB", 0, "root"},
                            {"depots", "depot", "NOUN", 2, "obj"},
                            {"fighters", "fighter", "NOUN", 7, "nsubj"},
                            {",", ",", "PUNCT", 7, "punct"},
                            {"Rohan", "Rohan", "PROPN", 7, "nsubj"},
                            {"told", "tell", "VERB", 2, "ccomp"}});
  EXPECT_FALSE(events::repair_report_subject(kept.sentences[0], speech).has_value());
}

TEST(Arguments, ATitlesPassiveWithoutWasIsReadAsThePassive) {
  // Title "Gondor envoy expelled from Rohan by police": no "was", and the
  // parser hung the "by" phrase on the place.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "compound"},
                           {"envoy", "envoy", "NOUN", 3, "nsubj"},
                           {"expelled", "expel", "VERB", 0, "root"},
                           {"from", "from", "ADP", 5, "case"},
                           {"Rohan", "Rohan", "PROPN", 3, "obl"},
                           {"by", "by", "ADP", 7, "case"},
                           {"police", "police", "NOUN", 5, "nmod"}},
                          "2020-01-01", "VBD");
  doc.sentences[0].paragraph = -1;  // the title
  auto repaired = events::repair_title_passive(doc.sentences[0]);
  ASSERT_TRUE(repaired.has_value());
  EXPECT_EQ(repaired->tokens[1].deprel, "nsubj:pass");
  EXPECT_EQ(repaired->tokens[6].head, 3);
  EXPECT_EQ(repaired->tokens[6].deprel, "obl:agent");
  // In the body, or with an object, the parse stands.
  Document body = doc;
  body.sentences[0].paragraph = 0;
  EXPECT_FALSE(events::repair_title_passive(body.sentences[0]).has_value());
  Document active = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                              {"expelled", "expel", "VERB", 0, "root"},
                              {"envoys", "envoy", "NOUN", 2, "obj"},
                              {"by", "by", "ADP", 5, "case"},
                              {"decree", "decree", "NOUN", 2, "obl"}},
                             "2020-01-01", "VBD");
  active.sentences[0].paragraph = -1;
  EXPECT_FALSE(events::repair_title_passive(active.sentences[0]).has_value());
}

TEST(Arguments, AnActWithNoCodedPartyIsAimedAtWhomItsPurposeActsOn) {
  // "Gondor lifted the blockade to bring Rohan to the talks".
  auto lifted = [](const char* party, const char* party_upos, const char* mark) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"lifted", "lift", "VERB", 0, "root"},
                             {"the", "the", "DET", 4, "det"},
                             {"blockade", "blockade", "NOUN", 2, "obj"},
                             {mark, mark, "PART", 6, "mark"},
                             {"bring", "bring", "VERB", 2, "advcl"},
                             {party, party, party_upos, 6, "obj"},
                             {"to", "to", "ADP", 10, "case"},
                             {"the", "the", "DET", 10, "det"},
                             {"talks", "talk", "NOUN", 6, "obl"}});
    add_entity(doc, 0, 1, "GON");
    if (std::string(party_upos) == "PROPN") add_entity(doc, 6, 7, "ROH");
    return doc;
  };
  Document purpose = lifted("Rohan", "PROPN", "to");
  code(purpose);
  EXPECT_NE(summary(purpose).find("GON>ROH:0872"), std::string::npos) << summary(purpose);
  // Not a clause of another kind ("lifted the blockade as Rohan …").
  Document other = lifted("Rohan", "PROPN", "as");
  code(other);
  EXPECT_EQ(summary(other).find("GON>ROH"), std::string::npos) << summary(other);
}
TEST(Arguments, AListedCompoundNounTaggedAsAModifierStillMatches) {
  // "Gondor suspended food shipments to Rohan" with "food" read as amod (a
  // tagger's slip): the lexicon's compound list still names the act.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"suspended", "suspend", "VERB", 0, "root"},
                           {"food", "foo", "VERB", 4, "amod"},
                           {"shipments", "shipment", "NOUN", 2, "obj"},
                           {"to", "to", "ADP", 6, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 5, 6, "ROH");
  code(doc);
  EXPECT_NE(summary(doc).find(":162"), std::string::npos) << summary(doc);
}
TEST(Arguments, AListedObjectNounModifyingTheObjectStillMatches) {
  // "Gondor eased curfew hours in Rohan": the listed object is the modifier.
  auto eased = [](const char* modifier, const char* rel) {
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"eased", "ease", "VERB", 0, "root"},
                             {modifier, modifier, "NOUN", 4, rel},
                             {"hours", "hour", "NOUN", 2, "obj"},
                             {"in", "in", "ADP", 6, "case"},
                             {"Rohan", "Rohan", "PROPN", 2, "obl"}});
    add_entity(doc, 0, 1, "GON");
    add_entity(doc, 5, 6, "ROH");
    code(doc);
    return summary(doc);
  };
  EXPECT_NE(eased("curfew", "compound").find(":08"), std::string::npos)
      << eased("curfew", "compound");
  EXPECT_NE(eased("curfew", "amod").find(":08"), std::string::npos) << eased("curfew", "amod");
  // "eased working hours" is no yielding.
  EXPECT_EQ(eased("working", "compound").find(":08"), std::string::npos)
      << eased("working", "compound");
}
}  // namespace
}  // namespace eventwire
