// Sense restrictions (sense.h): the tables, the check on parses of our own
// sentences, and the coder's use of it.
#include "events/sense.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "events/sentence_coder.h"
#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events::SenseArgument;
using events::SenseRestrictions;
using events::SenseVerdict;
using events::Tree;
using events_test::add_entity;
using events_test::make_doc;
using events_test::summary;

void code(Document& doc) {
  events_test::code_builtin(doc);
}

// The sentence coded with its first token as ROHGOV and token `gondor` as
// GONGOV: whether an event's code starts with `prefix`, and what was coded.
std::pair<bool, std::string> rohan_and_gondor(const std::vector<events_test::Row>& rows, int gondor,
                                              std::string_view prefix) {
  Document doc = make_doc(rows);
  add_entity(doc, 0, 1, "ROHGOV");
  add_entity(doc, gondor, gondor + 1, "GONGOV");
  code(doc);
  bool found = false;
  for (const Event& e : doc.events) found = found || e.code.starts_with(prefix);
  return {found, summary(doc)};
}

TEST(SenseTables, BuiltInTablesLoad) {
  const SenseRestrictions& s = SenseRestrictions::get();
  EXPECT_GT(s.nouns(), 50000u);
  EXPECT_GT(s.rules(), 5u);
  EXPECT_EQ(s.classes("soldier").front(), "person");
  EXPECT_EQ(s.classes("referendum").front(), "act");
  EXPECT_TRUE(s.classes("no-such-noun").empty());
  EXPECT_GT(s.preferences(), 100u);
}

TEST(SenseTables, BadLinesAreReported) {
  const char* nouns = "#   A noun.act\n#   P noun.person\nvote\tA\tcontest\nmayor\tP\n";
  EXPECT_TRUE(static_cast<bool>(SenseRestrictions::parse(nouns, "19\ttarget=act\t-\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse(nouns, "19\ttarget=colour\t-\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse(nouns, "19\twho=act\t-\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse(nouns, "19 target=act\n")));
  EXPECT_TRUE(static_cast<bool>(
      SenseRestrictions::parse(nouns, "17\tverb=seize particle=on,upon object=self\t-\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse(nouns, "17\tobject=whatever\t-\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse("ballot\tZ\n", "")));
  EXPECT_TRUE(static_cast<bool>(SenseRestrictions::parse(nouns, "", "16\tobj\t30\tact:20\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse(nouns, "", "16\tobj\t30\tcolour:2\n")));
  EXPECT_FALSE(static_cast<bool>(SenseRestrictions::parse(nouns, "", "16\tobj\tact:20\n")));
}

TEST(SenseTables, NounKeysOutliveTheTextTheyWereParsedFrom) {
  // The table keeps its own copy of the noun text its keys view.
  std::optional<SenseRestrictions> kept;
  {
    std::string nouns = "#   A noun.act\n#   P noun.person\r\n  vote \tA\tcontest\nmayor\tPA\n";
    auto parsed = SenseRestrictions::parse(nouns, "");
    ASSERT_TRUE(static_cast<bool>(parsed));
    SenseRestrictions copy = *parsed;
    nouns.assign(nouns.size(), 'x');
    kept = std::move(copy);
  }
  EXPECT_EQ(kept->nouns(), 2u);
  EXPECT_EQ(kept->classes("vote"), std::vector<std::string>{"act"});
  EXPECT_EQ(kept->classes("mayor"), (std::vector<std::string>{"person", "act"}));
  EXPECT_TRUE(kept->classes("xxxx").empty());
}

// A small table of our own: what the rules say, independent of WordNet.
TEST(SenseCheck, FirstMatchingRuleDecides) {
  const char* nouns =
      "#   A noun.act\n#   C noun.communication\n#   P noun.person\n#   U noun.group\n"
      "#   R noun.artifact\n#   E noun.event\n"
      "memo\tC\nballot\tA\tcontest\nclerk\tP\nbarn\tR\nstorm\tE\nbanner\tRC\n";
  const char* rules =
      "19\ttarget=communication\t111\n"
      "19\ttarget=!person,group,artifact\t-\n"
      "19\tcontext:in=contest\t-\n"
      "19\tsource=event\t-\n";
  auto table = SenseRestrictions::parse(nouns, rules);
  ASSERT_TRUE(static_cast<bool>(table)) << table.status().message();
  // "the clerk burned the memo in the ballot"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"clerk", "clerk", "NOUN", 3, "nsubj"},
                           {"burned", "burn", "VERB", 0, "root"},
                           {"the", "the", "DET", 5, "det"},
                           {"memo", "memo", "NOUN", 3, "obj"},
                           {"in", "in", "ADP", 8, "case"},
                           {"the", "the", "DET", 8, "det"},
                           {"ballot", "ballot", "NOUN", 3, "obl"}});
  Tree tree(doc.sentences[0]);
  SenseArgument clerk{1, false, ""}, memo{4, false, ""}, ballot{7, false, ""};
  SenseVerdict v = table->check(tree, 2, "190", clerk, memo);
  EXPECT_EQ(v.kind, SenseVerdict::Kind::kRecode);
  EXPECT_EQ(v.code, "111");
  // Other families are not restricted by these rows.
  EXPECT_EQ(table->check(tree, 2, "173", clerk, memo).kind, SenseVerdict::Kind::kKeep);
  // A name or the coded mention itself is never judged by its noun.
  SenseArgument named_memo{4, true, "GON"};
  // ... but the contest context still holds ("in the ballot").
  EXPECT_EQ(table->check(tree, 2, "190", clerk, named_memo).kind, SenseVerdict::Kind::kDrop);
  // "banner" may be a thing: a noun matches only when all its classes are listed.
  EXPECT_EQ(table->check(tree, 2, "190", memo, ballot).kind, SenseVerdict::Kind::kDrop);
}

TEST(SenseCheck, NegatedClassesAndMissingSides) {
  const char* nouns =
      "#   P noun.person\n#   R noun.artifact\n#   E noun.event\n"
      "clerk\tP\nbarn\tR\nstorm\tE\n";
  auto table = SenseRestrictions::parse(nouns,
                                        "050\ttarget=none\t-\n"
                                        "050\ttarget=!person\t-\n"
                                        "19\tsource=event\t-\n");
  ASSERT_TRUE(static_cast<bool>(table));
  // "the storm hit the barn"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"storm", "storm", "NOUN", 3, "nsubj"},
                           {"hit", "hit", "VERB", 0, "root"},
                           {"the", "the", "DET", 5, "det"},
                           {"barn", "barn", "NOUN", 3, "obj"}});
  Tree tree(doc.sentences[0]);
  SenseArgument storm{1, false, ""}, barn{4, false, ""}, none;
  EXPECT_EQ(table->check(tree, 2, "190", storm, barn).kind, SenseVerdict::Kind::kDrop);
  EXPECT_EQ(table->check(tree, 2, "050", barn, none).kind, SenseVerdict::Kind::kDrop);
  EXPECT_EQ(table->check(tree, 2, "050", storm, barn).kind, SenseVerdict::Kind::kDrop);
  SenseArgument clerk_barn{4, true, ""};  // a name stands for an actor
  EXPECT_EQ(table->check(tree, 2, "050", storm, clerk_barn).kind, SenseVerdict::Kind::kKeep);
}

// Object preferences: a reading whose object is of no class the code's
// patterns take is dropped; parties, places, unknown nouns and the nouns the
// patterns name are always allowed.
TEST(SenseCheck, ObjectPreferences) {
  const char* nouns =
      "#   A noun.act\n#   C noun.communication\n#   P noun.person\n#   L noun.location\n"
      "#   I noun.time\n#   R noun.artifact\n#   Q noun.quantity\n"
      "memo\tC\nledger\tC\ntalks\tAC\nclerk\tP\nnoon\tI\nrelic\tICR\nscrap\tQ\n"
      "hill\tL\n";
  // 16: 40 nouns, acts and things; 160: too few nouns to speak for itself.
  const char* prefs =
      "16\tnouns\t1\tledger\n"
      "16\tobj\t40\tact:20,communication:1,person:9,artifact:10\n"
      "160\tobj\t5\tcommunication:5\n"
      "16\tobl\t40\ttime:40\n";
  auto table = SenseRestrictions::parse(nouns, "", prefs);
  ASSERT_TRUE(static_cast<bool>(table)) << table.status().message();
  EXPECT_EQ(table->preferences(), 2u);
  auto verdict = [&](std::vector<events_test::Row> object) {
    // "Gondor cut the OBJECT ..."
    std::vector<events_test::Row> rows = {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                                          {"cut", "cut", "VERB", 0, "root"}};
    rows.insert(rows.end(), object.begin(), object.end());
    Document doc = make_doc(rows);
    for (Token& t : doc.sentences[0].tokens)
      if (t.text.ends_with("s") && t.upos == "NOUN") t.xpos = "NNS";
    Tree tree(doc.sentences[0]);
    return table->check(tree, 1, "160", {0, true, "GON"}, {2, false, ""}, false, true).kind;
  };
  using K = SenseVerdict::Kind;
  // One stray pattern noun is no preference; the root speaks for 160.
  EXPECT_EQ(verdict({{"memo", "memo", "NOUN", 2, "obj"}}), K::kDrop);
  EXPECT_EQ(verdict({{"noon", "noon", "NOUN", 2, "obj"}}), K::kDrop);  // obliques not read
  EXPECT_EQ(verdict({{"relic", "relic", "NOUN", 2, "obj"}}), K::kDrop);
  EXPECT_EQ(verdict({{"relics", "relic", "NOUN", 2, "obj"}}), K::kKeep);  // counted: things
  EXPECT_EQ(verdict({{"ledger", "ledger", "NOUN", 2, "obj"}}), K::kKeep);
  EXPECT_EQ(verdict({{"talks", "talks", "NOUN", 2, "obj"}}), K::kKeep);
  EXPECT_EQ(verdict({{"clerk", "clerk", "NOUN", 2, "obj"}}), K::kKeep);
  EXPECT_EQ(verdict({{"hill", "hill", "NOUN", 2, "obj"}}), K::kKeep);
  EXPECT_EQ(verdict({{"Rohan", "Rohan", "PROPN", 2, "obj"}}), K::kKeep);
  EXPECT_EQ(verdict({{"gizmo", "gizmo", "NOUN", 2, "obj"}}), K::kKeep);
  // "a scrap of the hill" stands for the hill, "a scrap of the memo" for nothing.
  EXPECT_EQ(verdict({{"scrap", "scrap", "NOUN", 2, "obj"},
                     {"of", "of", "ADP", 5, "case"},
                     {"hill", "hill", "NOUN", 3, "nmod"}}),
            K::kKeep);
  EXPECT_EQ(verdict({{"scrap", "scrap", "NOUN", 2, "obj"},
                     {"of", "of", "ADP", 5, "case"},
                     {"memo", "memo", "NOUN", 3, "nmod"}}),
            K::kDrop);
  EXPECT_TRUE(table->restricts("160", nullptr, true));
  EXPECT_FALSE(table->restricts("042", nullptr, true));
  // Hand-written readings are not judged by the preferences.
  EXPECT_FALSE(table->restricts("160"));
}

// A derived reading needs an object one can act on: a noun whose usual sense
// is a state, a feeling or a quality is none, even when the code's patterns
// take such classes, unless a pattern of the root names it.
TEST(SenseCheck, AbstractObjectsOfDerivedReadings) {
  const char* nouns =
      "#   A noun.act\n#   V noun.state\n#   F noun.feeling\n#   B noun.attribute\n"
      "#   R noun.artifact\n#   P noun.person\n"
      "fever\tVF\nfamine\tV\ndread\tF\nvalour\tB\nsaddle\tR\nhealer\tPV\n";
  // 04: 40 nouns, states and acts alike; "famine" is named by a pattern.
  const char* prefs =
      "04\tnouns\t1\tfamine\n"
      "04\tobj\t40\tact:20,state:20,feeling:5,attribute:5,artifact:5\n";
  auto table = SenseRestrictions::parse(nouns, "", prefs);
  ASSERT_TRUE(static_cast<bool>(table)) << table.status().message();
  auto verdict = [&](const char* object, bool derived) {
    // "Gondor brought the OBJECT"
    Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                             {"brought", "bring", "VERB", 0, "root"},
                             {object, object, "NOUN", 2, "obj"}});
    Tree tree(doc.sentences[0]);
    return table->check(tree, 1, "040", {0, true, "GON"}, {2, false, ""}, false, derived).kind;
  };
  using K = SenseVerdict::Kind;
  EXPECT_EQ(verdict("fever", true), K::kDrop);
  EXPECT_EQ(verdict("dread", true), K::kDrop);
  EXPECT_EQ(verdict("valour", true), K::kDrop);
  EXPECT_EQ(verdict("famine", true), K::kKeep);  // a pattern names it
  EXPECT_EQ(verdict("healer", true), K::kKeep);  // a person first
  EXPECT_EQ(verdict("saddle", true), K::kKeep);  // a thing the code takes
  // Hand-written readings are not judged so.
  EXPECT_EQ(verdict("fever", false), K::kKeep);
}

// The built-in rules through the coder.
TEST(SenseCoder, AnAttackOnAnIdeaIsCriticism) {
  // "Rohan attacked the doctrine"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"doctrine", "doctrine", "NOUN", 2, "obj"}});
  add_entity(doc, 0, 1, "ROH");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].code, "111");
  EXPECT_EQ(doc.events[0].root_code, "11");
}

TEST(SenseCoder, ActorInsideAnAbstractTargetIsCriticized) {
  // "Rohan attacked Gondor's doctrine": the doctrine is the argument, Gondor the target.
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 5, "nmod:poss"},
                           {"'s", "'s", "PART", 3, "case"},
                           {"doctrine", "doctrine", "NOUN", 2, "obj"}});
  add_entity(doc, 0, 1, "ROH");
  add_entity(doc, 2, 3, "GON");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(summary(doc), "ROH>GON:111 ");
}

TEST(SenseCoder, AttackOnPeopleStaysForce) {
  // "Rohan attacked the villagers"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"villagers", "villager", "NOUN", 2, "obj"}});
  add_entity(doc, 0, 1, "ROH");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].root_code, "19");
}

TEST(SenseCoder, DefeatInAnElectionIsNoFight) {
  // "the mayor defeated Rohan in the election"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"mayor", "mayor", "NOUN", 3, "nsubj"},
                           {"defeated", "defeat", "VERB", 0, "root"},
                           {"Rohan", "Rohan", "PROPN", 3, "obj"},
                           {"in", "in", "ADP", 7, "case"},
                           {"the", "the", "DET", 7, "det"},
                           {"election", "election", "NOUN", 3, "obl"}});
  add_entity(doc, 0, 2, "GONGOV");
  add_entity(doc, 3, 4, "ROHGOV");
  code(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.root_code, "19") << summary(doc);
  // "... in the mountains" is a fight.
  Document fight = make_doc({{"the", "the", "DET", 2, "det"},
                             {"mayor", "mayor", "NOUN", 3, "nsubj"},
                             {"defeated", "defeat", "VERB", 0, "root"},
                             {"Rohan", "Rohan", "PROPN", 3, "obj"},
                             {"in", "in", "ADP", 7, "case"},
                             {"the", "the", "DET", 7, "det"},
                             {"mountains", "mountain", "NOUN", 3, "obl"}});
  add_entity(fight, 0, 2, "GONGOV");
  add_entity(fight, 3, 4, "ROHGOV");
  code(fight);
  ASSERT_EQ(fight.events.size(), 1u) << summary(fight);
  EXPECT_EQ(fight.events[0].root_code, "19");
}

TEST(SenseCoder, AnEpidemicNamedAfterAPlaceKillsNoOne) {
  // "an epidemic in Rohan killed farmers": Rohan is where, not who.
  Document doc = make_doc({{"an", "a", "DET", 2, "det"},
                           {"epidemic", "epidemic", "NOUN", 5, "nsubj"},
                           {"in", "in", "ADP", 4, "case"},
                           {"Rohan", "Rohan", "PROPN", 2, "nmod"},
                           {"killed", "kill", "VERB", 0, "root"},
                           {"farmers", "farmer", "NOUN", 5, "obj"}});
  add_entity(doc, 3, 4, "ROH");
  code(doc);
  EXPECT_EQ(summary(doc), "");
  // "troops in Rohan killed farmers": the troops did.
  Document troops = make_doc({{"troops", "troops", "NOUN", 4, "nsubj"},
                              {"in", "in", "ADP", 3, "case"},
                              {"Rohan", "Rohan", "PROPN", 1, "nmod"},
                              {"killed", "kill", "VERB", 0, "root"},
                              {"farmers", "farmer", "NOUN", 4, "obj"}});
  add_entity(troops, 0, 3, "ROHMIL");
  code(troops);
  ASSERT_EQ(troops.events.size(), 1u) << summary(troops);
}

TEST(SenseCoder, ChargingThatIsAnAccusation) {
  // "Rohan charged that Gondor lied": an accusation, not an arrest.
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"charged", "charge", "VERB", 0, "root"},
                           {"that", "that", "SCONJ", 5, "mark"},
                           {"Gondor", "Gondor", "PROPN", 5, "nsubj"},
                           {"lied", "lie", "VERB", 2, "ccomp"}});
  add_entity(doc, 0, 1, "ROHJUD");
  add_entity(doc, 3, 4, "GON");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].code, "112");
  // "Rohan charged the envoys": the charge is legal action.
  Document legal = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                             {"charged", "charge", "VERB", 0, "root"},
                             {"the", "the", "DET", 4, "det"},
                             {"envoys", "envoy", "NOUN", 2, "obj"}});
  add_entity(legal, 0, 1, "ROHJUD");
  add_entity(legal, 2, 4, "GONGOV");
  code(legal);
  ASSERT_EQ(legal.events.size(), 1u) << summary(legal);
  EXPECT_EQ(legal.events[0].code, "173");
}

TEST(SenseCoder, TouristsMakeNoStateVisit) {
  // "the pilgrims visited Gondor" vs "the minister visited Gondor"
  for (auto [who, code_of, visits] :
       {std::tuple{"pilgrims", "ROHCVL", false}, std::tuple{"minister", "ROHGOV", true}}) {
    Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                             {who, who, "NOUN", 3, "nsubj"},
                             {"visited", "visit", "VERB", 0, "root"},
                             {"Gondor", "Gondor", "PROPN", 3, "obj"}});
    add_entity(doc, 0, 2, code_of);
    add_entity(doc, 3, 4, "GON");
    code(doc);
    bool found = false;
    for (const Event& e : doc.events) found = found || e.code.substr(0, 3) == "042";
    EXPECT_EQ(found, visits) << who << ": " << summary(doc);
  }
}

TEST(SenseCoder, AWarningAboutOthersIsAStatement) {
  // "Rohan warned that the harvest will fail": a forecast, not a threat.
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"warned", "warn", "VERB", 0, "root"},
                           {"that", "that", "SCONJ", 7, "mark"},
                           {"the", "the", "DET", 5, "det"},
                           {"harvest", "harvest", "NOUN", 7, "nsubj"},
                           {"will", "will", "AUX", 7, "aux"},
                           {"fail", "fail", "VERB", 2, "ccomp"},
                           {"Gondor", "Gondor", "PROPN", 2, "obj"}});
  add_entity(doc, 0, 1, "ROHGOV");
  add_entity(doc, 7, 8, "GONGOV");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].code, "010");
  // "Rohan warned Gondor that it will strike": the speaker's own act.
  Document threat = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                              {"warned", "warn", "VERB", 0, "root"},
                              {"Gondor", "Gondor", "PROPN", 2, "obj"},
                              {"that", "that", "SCONJ", 7, "mark"},
                              {"it", "it", "PRON", 7, "nsubj"},
                              {"will", "will", "AUX", 7, "aux"},
                              {"strike", "strike", "VERB", 2, "ccomp"}});
  add_entity(threat, 0, 1, "ROHGOV");
  add_entity(threat, 2, 3, "GONGOV");
  code(threat);
  bool threatened = false;  // (the strike itself is a future 190 of its own)
  for (const Event& e : threat.events) threatened = threatened || e.code == "130";
  EXPECT_TRUE(threatened) << summary(threat);
}

TEST(SenseCoder, AcknowledgingSomeoneElsesActIsAStatement) {
  // "the envoy acknowledged that farmers oppose the treaty"
  Document doc = make_doc({{"the", "the", "DET", 2, "det"},
                           {"envoy", "envoy", "NOUN", 3, "nsubj"},
                           {"acknowledged", "acknowledge", "VERB", 0, "root"},
                           {"that", "that", "SCONJ", 6, "mark"},
                           {"farmers", "farmer", "NOUN", 6, "nsubj"},
                           {"oppose", "oppose", "VERB", 3, "ccomp"},
                           {"the", "the", "DET", 8, "det"},
                           {"treaty", "treaty", "NOUN", 6, "obj"}});
  add_entity(doc, 0, 2, "ROHGOV");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].code, "010");
}

TEST(SenseCoder, SeizingUponARemarkTakesNothing) {
  // "Rohan seized upon Gondor's remarks" vs "Rohan seized the stations on the river"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"seized", "seize", "VERB", 0, "root"},
                           {"upon", "upon", "ADP", 6, "case"},
                           {"Gondor", "Gondor", "PROPN", 6, "nmod:poss"},
                           {"'s", "'s", "PART", 4, "case"},
                           {"remarks", "remark", "NOUN", 2, "obl"}});
  add_entity(doc, 0, 1, "ROHMIL");
  add_entity(doc, 3, 4, "GON");
  code(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.root_code, "17") << summary(doc);
  Document take = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                            {"seized", "seize", "VERB", 0, "root"},
                            {"the", "the", "DET", 4, "det"},
                            {"stations", "station", "NOUN", 2, "obj"},
                            {"on", "on", "ADP", 7, "case"},
                            {"the", "the", "DET", 7, "det"},
                            {"Isen", "Isen", "PROPN", 4, "nmod"}});
  add_entity(take, 0, 1, "ROHMIL");
  add_entity(take, 6, 7, "GON");
  code(take);
  bool seized = false;
  for (const Event& e : take.events) seized = seized || e.root_code == "17";
  EXPECT_TRUE(seized) << summary(take);
}

TEST(SenseCoder, LeadingByPointsIsNoCooperation) {
  // "Rohan leads Gondor by two points"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"leads", "lead", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 2, "obj"},
                           {"by", "by", "ADP", 6, "case"},
                           {"two", "two", "NUM", 6, "nummod"},
                           {"points", "point", "NOUN", 2, "obl"}});
  add_entity(doc, 0, 1, "ROHELI");
  add_entity(doc, 2, 3, "GONELI");
  code(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.root_code, "06") << summary(doc);
}

TEST(SenseCoder, ACandidateAttacksARivalInWords) {
  // "the candidate attacked the senator" (both political people) vs "… attacked Gondor"
  for (auto [target, code_of, root] :
       {std::tuple{"senator", "GONLEG", "11"}, std::tuple{"Gondor", "GON", "19"}}) {
    Document doc =
        make_doc({{"the", "the", "DET", 2, "det"},
                  {"candidate", "candidate", "NOUN", 3, "nsubj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"the", "the", "DET", 5, "det"},
                  {target, target, std::string(target) == "Gondor" ? "PROPN" : "NOUN", 3, "obj"}});
    add_entity(doc, 0, 2, "ROHELI");
    add_entity(doc, 3, 5, code_of);
    code(doc);
    ASSERT_EQ(doc.events.size(), 1u) << target << ": " << summary(doc);
    EXPECT_EQ(doc.events[0].root_code, root) << target;
  }
}

TEST(SenseCoder, WhatOneDoesToOneselfIsNoForce) {
  // "Rohan surrounded himself with envoys"
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"surrounded", "surround", "VERB", 0, "root"},
                           {"himself", "himself", "PRON", 2, "obj"},
                           {"with", "with", "ADP", 5, "case"},
                           {"envoys", "envoy", "NOUN", 2, "obl"}});
  add_entity(doc, 0, 1, "ROHGOV");
  add_entity(doc, 4, 5, "GONGOV");
  code(doc);
  for (const Event& e : doc.events) EXPECT_NE(e.root_code, "19") << summary(doc);
}

TEST(SenseCoder, AThatClauseOnTheObjectIsTheWarningsContent) {
  // "Rohan warned farmers that the harvest will fail" (the clause parsed as the object's acl)
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"warned", "warn", "VERB", 0, "root"},
                           {"farmers", "farmer", "NOUN", 2, "obj"},
                           {"that", "that", "SCONJ", 8, "mark"},
                           {"the", "the", "DET", 6, "det"},
                           {"harvest", "harvest", "NOUN", 8, "nsubj"},
                           {"will", "will", "AUX", 8, "aux"},
                           {"fail", "fail", "VERB", 3, "acl"}});
  add_entity(doc, 0, 1, "ROHGOV");
  add_entity(doc, 2, 3, "ROHAGR");
  code(doc);
  ASSERT_EQ(doc.events.size(), 1u) << summary(doc);
  EXPECT_EQ(doc.events[0].code, "010");
}

TEST(SenseCoder, ReleasingAStatementReleasesNoOne) {
  // "Rohan released a statement" vs "Rohan released the envoys"; a plan and a
  // (tax) return are first of all texts, a ship and a prisoner are released.
  for (auto [what, released] :
       {std::pair{"statement", false}, std::pair{"envoys", true}, std::pair{"plan", false},
        std::pair{"return", false}, std::pair{"ship", true}, std::pair{"prisoner", true}}) {
    auto [found, coded] = rohan_and_gondor({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                            {"released", "release", "VERB", 0, "root"},
                                            {"the", "the", "DET", 4, "det"},
                                            {what, what, "NOUN", 2, "obj"},
                                            {"of", "of", "ADP", 6, "case"},
                                            {"Gondor", "Gondor", "PROPN", 4, "nmod"}},
                                           5, "084");
    EXPECT_EQ(found, released) << what << ": " << coded;
  }
}

TEST(SenseCoder, PayingAPriceIsNoEconomicCooperation) {
  // "Rohan paid a price to Gondor" vs "Rohan paid money to Gondor"
  for (auto [what, paid] : {std::pair{"price", false}, std::pair{"money", true}}) {
    auto [found, coded] = rohan_and_gondor({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                            {"paid", "pay", "VERB", 0, "root"},
                                            {what, what, "NOUN", 2, "obj"},
                                            {"to", "to", "ADP", 5, "case"},
                                            {"Gondor", "Gondor", "PROPN", 2, "obl"}},
                                           4, "06");
    EXPECT_EQ(found, paid) << what << ": " << coded;
  }
}

TEST(SenseCoder, RecallingFoodReducesNoRelations) {
  // "Rohan recalled its cheese from Gondor" vs "Rohan recalled its envoy from Gondor":
  // no pattern of 16 takes food; persons are always allowed objects.
  for (auto [what, reduced] : {std::pair{"cheese", false}, std::pair{"envoy", true}}) {
    // (recall's entries name other objects: the reading is the backoff's)
    auto [found, coded] = rohan_and_gondor({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                            {"recalled", "recall", "VERB", 0, "root"},
                                            {"its", "its", "PRON", 4, "nmod:poss"},
                                            {what, what, "NOUN", 2, "obj"},
                                            {"from", "from", "ADP", 6, "case"},
                                            {"Gondor", "Gondor", "PROPN", 2, "obl"}},
                                           5, "16");
    EXPECT_EQ(found, reduced) << what << ": " << coded;
  }
}

TEST(SenseCoder, AgreeingWithSomeoneIsAccord) {
  // "Rohan agreed with Gondor" vs "Rohan agreed with Gondor to meet"
  for (bool to_meet : {false, true}) {
    std::vector<events_test::Row> rows = {{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                                          {"agreed", "agree", "VERB", 0, "root"},
                                          {"with", "with", "ADP", 4, "case"},
                                          {"Gondor", "Gondor", "PROPN", 2, "obl"}};
    if (to_meet) {
      rows.push_back({"to", "to", "PART", 6, "mark"});
      rows.push_back({"meet", "meet", "VERB", 2, "xcomp"});
    }
    Document doc = make_doc(rows);
    add_entity(doc, 0, 1, "ROHGOV");
    add_entity(doc, 3, 4, "GONGOV");
    code(doc);
    bool accord = false, intent = false;
    for (const Event& e : doc.events) {
      accord = accord || e.code == "019";
      intent = intent || e.root_code == "03";
    }
    EXPECT_EQ(accord, !to_meet) << summary(doc);
    EXPECT_EQ(intent, to_meet) << summary(doc);
  }
}

TEST(SenseCoder, ANameUnderATimeWordIsTheSource) {
  // "Gondor last week ordered a suspension of loans to Rohan", parsed with the
  // time word as the head of the subject: the source is Gondor, not a time.
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "amod"},
                           {"last", "last", "ADJ", 3, "amod"},
                           {"week", "week", "NOUN", 4, "nsubj"},
                           {"ordered", "order", "VERB", 0, "root"},
                           {"a", "a", "DET", 6, "det"},
                           {"suspension", "suspension", "NOUN", 4, "obj"},
                           {"of", "of", "ADP", 8, "case"},
                           {"loans", "loan", "NOUN", 6, "nmod"},
                           {"to", "to", "ADP", 10, "case"},
                           {"Rohan", "Rohan", "PROPN", 8, "nmod"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 9, 10, "ROH");
  Tree tree(doc.sentences[0]);
  events::Actor gondor{doc.entities[0].mentions[0], "GON", "E1", ""};
  gondor.mention.last_token = 3;  // the phrase "Gondor last week"
  events::Actor rohan{doc.entities[1].mentions[0], "ROH", "E2", ""};
  std::string code = "162";
  EXPECT_TRUE(events::sense_allows(tree, doc, 5, gondor, rohan, false, &code, nullptr));
  EXPECT_EQ(code, "162");
  // A time word with no name under it is still a time: "last week ordered …".
  events::Actor week = gondor;
  week.mention.first_token = 1;
  week.code = "GON";
  week.entity = "";
  EXPECT_FALSE(events::sense_allows(tree, doc, 5, week, rohan, false, &code, nullptr));
}

TEST(SenseCoder, WarningSomeoneToActIsAnAppeal) {
  // "Rohan warned Gondor to guard its harbours": the act asked for is
  // Gondor's; Rohan threatens nothing of its own.
  Document doc = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                           {"warned", "warn", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 2, "obj"},
                           {"to", "to", "PART", 5, "mark"},
                           {"guard", "guard", "VERB", 2, "xcomp"},
                           {"its", "its", "PRON", 7, "nmod:poss"},
                           {"harbours", "harbour", "NOUN", 5, "obj"}});
  add_entity(doc, 0, 1, "ROHGOV");
  add_entity(doc, 2, 3, "GONGOV");
  code(doc);
  bool threat = false, appeal = false;
  for (const Event& e : doc.events) {
    threat = threat || e.root_code == "13";
    appeal = appeal || e.code == "020";
  }
  EXPECT_FALSE(threat) << summary(doc);
  EXPECT_TRUE(appeal) << summary(doc);
  // "Rohan warned Gondor": no act of Gondor's is asked for; the reading stays.
  Document bare = make_doc({{"Rohan", "Rohan", "PROPN", 2, "nsubj"},
                            {"warned", "warn", "VERB", 0, "root"},
                            {"Gondor", "Gondor", "PROPN", 2, "obj"}});
  add_entity(bare, 0, 1, "ROHGOV");
  add_entity(bare, 2, 3, "GONGOV");
  code(bare);
  ASSERT_EQ(bare.events.size(), 1u) << summary(bare);
  EXPECT_EQ(bare.events[0].code, "130");
}

}  // namespace
}  // namespace eventwire
