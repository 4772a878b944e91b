// Event coder tests on hand-built parses (no model needed), so every rule is
// checked against exactly the tree it is meant for.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "events/sentence_coder.h"
#include "events/test_util.h"
#include "events/tree.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;
using events_test::Row;
using events_test::summary;

std::shared_ptr<const EventCoder> lexicon_coder() {
  auto coder = EventCoder::create({});
  EXPECT_TRUE(static_cast<bool>(coder)) << coder.status().message();
  return *coder;
}

TEST(Tree, ChildrenPathsAndPhrases) {
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                           {"met", "meet", "VERB", 0, "root"},
                           {"with", "with", "ADP", 4, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"},
                           {".", ".", "PUNCT", 2, "punct"}});
  events::Tree tree(doc.sentences[0]);
  EXPECT_EQ(tree.head(0), 1);
  EXPECT_EQ(tree.children(1).size(), 3u);
  dict::DepPath path;
  ASSERT_TRUE(dict::parse_dep_path("obl:with", &path));
  EXPECT_EQ(tree.follow(1, path), std::vector<int>{3});
  ASSERT_TRUE(dict::parse_dep_path("obl:against", &path));
  EXPECT_TRUE(tree.follow(1, path).empty());
  // The case marker "with" is not part of the actor's phrase.
  EXPECT_EQ(tree.phrase(3), (std::pair<int, int>{3, 3}));
  EXPECT_FALSE(tree.is_passive(1));
}

// A statement framing a reported event goes only when that event is
// confident enough to be printed in its place.
TEST(Coder, FramingStatementStaysWhenTheReportedReadingIsWeak) {
  auto events_with = [](double reported_confidence) {
    Document doc;
    doc.events.resize(3);
    doc.events[0].code = "010";  // "Gondor said …"
    doc.events[0].confidence = 0.9;
    doc.events[1].code = "190";  // "… Rohan attacked Mordor"
    doc.events[1].confidence = reported_confidence;
    doc.events[2].code = "042";  // another sentence's
    doc.events[2].confidence = 0.8;
    events::drop_framed_after_scoring(doc, {{0, 1}}, 0.16, true, nullptr);
    std::vector<std::string> out;
    for (const Event& e : doc.events) out.push_back(e.id + ":" + e.code);
    return out;
  };
  EXPECT_EQ(events_with(0.7), (std::vector<std::string>{"V1:190", "V2:042"}));
  EXPECT_EQ(events_with(0.05), (std::vector<std::string>{"V1:010", "V2:190", "V3:042"}));
  Document unscored;
  unscored.events.resize(2);
  events::drop_framed_after_scoring(unscored, {{0, 1}}, 0.16, false, nullptr);
  EXPECT_EQ(unscored.events.size(), 1u);
}

TEST(Coder, ActiveMeetWithEntities) {
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                           {"met", "meet", "VERB", 0, "root"},
                           {"with", "with", "ADP", 4, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  add_entity(doc, 0, 1, "ARN");
  add_entity(doc, 3, 4, "GON");
  lexicon_coder()->annotate(doc);
  // "met with" without a place is CAMEO 040 (consult), as in CAMEO.2.0's MEET.
  EXPECT_EQ(summary(doc), "ARN>GON:040 ");
}

TEST(Coder, PassiveSwapsArguments) {
  // "Gondor was attacked by Arnor"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 3, "nsubj:pass"},
                           {"was", "be", "AUX", 3, "aux:pass"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"by", "by", "ADP", 5, "case"},
                           {"Arnor", "Arnor", "PROPN", 3, "obl:agent"}});
  add_entity(doc, 0, 1, "GON");
  add_entity(doc, 4, 5, "ARN");
  lexicon_coder()->annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].source->actor_code, "ARN");
  EXPECT_EQ(doc.events[0].target->actor_code, "GON");
}

TEST(Coder, ControlConjActorsAndNegation) {
  // "Arnor and Rohan refused to attack Gondor" → two actors, inherited subject.
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 4, "nsubj"},
                           {"and", "and", "CCONJ", 3, "cc"},
                           {"Rohan", "Rohan", "PROPN", 1, "conj"},
                           {"vowed", "vow", "VERB", 0, "root"},
                           {"to", "to", "PART", 6, "mark"},
                           {"attack", "attack", "VERB", 4, "xcomp"},
                           {"Gondor", "Gondor", "PROPN", 6, "obj"}});
  add_entity(doc, 0, 1, "ARN");
  add_entity(doc, 2, 3, "ROH");
  add_entity(doc, 6, 7, "GON");
  lexicon_coder()->annotate(doc);
  std::string got = summary(doc);
  EXPECT_NE(got.find("ARN>GON"), std::string::npos) << got;
  EXPECT_NE(got.find("ROH>GON"), std::string::npos) << got;

  Document neg = make_doc({{"Arnor", "Arnor", "PROPN", 3, "nsubj"},
                           {"did", "do", "AUX", 3, "aux"},
                           {"not", "not", "PART", 3, "advmod"},
                           {"attack", "attack", "VERB", 0, "root"},
                           {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  neg.sentences[0].tokens[2].head = 4;
  neg.sentences[0].tokens[0].head = 4;
  neg.sentences[0].tokens[1].head = 4;
  neg.sentences[0].tokens[4].head = 4;
  add_entity(neg, 0, 1, "ARN");
  add_entity(neg, 4, 5, "GON");
  lexicon_coder()->annotate(neg);
  ASSERT_EQ(neg.events.size(), 1u) << summary(neg);
  EXPECT_TRUE(neg.events[0].negated);
}

TEST(Coder, RelativeClauseTakesModifiedNoun) {
  // "Arnor, which attacked Gondor, ..." → Arnor is the source.
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 0, "root"},
                           {"which", "which", "PRON", 3, "nsubj"},
                           {"attacked", "attack", "VERB", 1, "acl:relcl"},
                           {"Gondor", "Gondor", "PROPN", 3, "obj"}});
  add_entity(doc, 0, 1, "ARN");
  add_entity(doc, 3, 4, "GON");
  lexicon_coder()->annotate(doc);
  EXPECT_NE(summary(doc).find("ARN>GON"), std::string::npos) << summary(doc);
}

TEST(Coder, PledgeToHelpIsIntentNotAid) {
  // "Arnor pledged all of its resources to help Gondor" → intent to provide aid, not aid.
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                           {"pledged", "pledge", "VERB", 0, "root"},
                           {"all", "all", "PRON", 2, "obj"},
                           {"of", "of", "ADP", 6, "case"},
                           {"its", "its", "PRON", 6, "nmod:poss"},
                           {"resources", "resource", "NOUN", 3, "nmod"},
                           {"to", "to", "PART", 8, "mark"},
                           {"help", "help", "VERB", 2, "advcl"},
                           {"Gondor", "Gondor", "PROPN", 8, "obj"}});
  add_entity(doc, 0, 1, "ARN");
  add_entity(doc, 8, 9, "GON");
  lexicon_coder()->annotate(doc);
  EXPECT_EQ(summary(doc), "ARN>GON:033 ");

  // "Arnor vowed to attack Gondor" → a threat of force.
  Document vow = make_doc({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                           {"vowed", "vow", "VERB", 0, "root"},
                           {"to", "to", "PART", 4, "mark"},
                           {"attack", "attack", "VERB", 2, "xcomp"},
                           {"Gondor", "Gondor", "PROPN", 4, "obj"}});
  add_entity(vow, 0, 1, "ARN");
  add_entity(vow, 4, 5, "GON");
  lexicon_coder()->annotate(vow);
  EXPECT_EQ(summary(vow), "ARN>GON:138 ");
}

TEST(Coder, ReportedStateSourceTakesSpeakersCode) {
  // "Arnor's king announced that Arnor recognized Gondor"
  Document doc = make_doc({{"King", "king", "PROPN", 2, "nsubj"},
                           {"announced", "announce", "VERB", 0, "root"},
                           {"that", "that", "SCONJ", 5, "mark"},
                           {"Arnor", "Arnor", "PROPN", 5, "nsubj"},
                           {"recognized", "recognize", "VERB", 2, "ccomp"},
                           {"Gondor", "Gondor", "PROPN", 5, "obj"}});
  add_entity(doc, 0, 1, "ARNGOV");
  add_entity(doc, 3, 4, "ARN");
  add_entity(doc, 5, 6, "GON");
  lexicon_coder()->annotate(doc);
  EXPECT_EQ(summary(doc), "ARNGOV>GON:054 ");
}

class VerbDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = events_test::test_folder("events_verbs_test");
    write("verbs.txt",
          "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n"
          "--- RESTORE [064] ---\nRESTORE\n- * &TIETYPES TIES [902]\n- * TIES (WITH +) [903]\n\n"
          "--- ATTACK [190:191] ---\nATTACK\n\n");
    write("actors.txt",
          "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR\n[MOR >150101]\n[SAU <150101]\n");
    write("agents.txt", "GOVERNMENT [~GOV]\nREBELS [~REB]\n");
    write("discards.txt", "BASKETBALL\n+FOOTBALL_\n");
  }
  void write(const std::string& name, const std::string& text) {
    events_test::write_file(dir_ + "/" + name, text);
  }
  std::shared_ptr<const EventCoder> coder() {
    EventCoderOptions o;
    o.verb_files = {dir_ + "/verbs.txt"};
    o.actor_files = {dir_ + "/actors.txt"};
    o.agent_files = {dir_ + "/agents.txt"};
    o.discard_files = {dir_ + "/discards.txt"};
    auto c = EventCoder::create(o);
    EXPECT_TRUE(static_cast<bool>(c)) << c.status().message();
    return *c;
  }
  std::string dir_;
};

// "Arnor restored military ties with Gondor government"
std::vector<Row> restore_rows() {
  return {{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
          {"restored", "restore", "VERB", 0, "root"},
          {"military", "military", "ADJ", 4, "amod"},
          {"ties", "tie", "NOUN", 2, "obj"},
          {"with", "with", "ADP", 7, "case"},
          {"Gondor", "Gondor", "PROPN", 7, "compound"},
          {"government", "government", "NOUN", 2, "obl"}};
}

TEST_F(VerbDictionaryTest, SynsetPatternAgentsAndSpecificity) {
  Document doc = make_doc(restore_rows());
  coder()->annotate(doc);
  // Both patterns match; "(WITH +)" places the target, "&TIETYPES TIES" is as long: first wins.
  EXPECT_EQ(summary(doc), "ARN>GONGOV:902 ");
}

TEST_F(VerbDictionaryTest, SymmetricCodePassiveAndDatedActors) {
  // "Gondor was attacked by Mordor" on two dates. "[190:191]" is symmetric, as
  // in TABARI and PETRARCH: source → target 190, target → source 191.
  std::vector<Row> rows = {{"Gondor", "Gondor", "PROPN", 3, "nsubj:pass"},
                           {"was", "be", "AUX", 3, "aux:pass"},
                           {"attacked", "attack", "VERB", 0, "root"},
                           {"by", "by", "ADP", 5, "case"},
                           {"Mordor", "Mordor", "PROPN", 3, "obl:agent"}};
  Document late = make_doc(rows, "2016-01-01");
  coder()->annotate(late);
  EXPECT_EQ(summary(late), "MOR>GON:190 GON>MOR:191 ");
  Document early = make_doc(rows, "2014-01-01");
  coder()->annotate(early);
  EXPECT_EQ(summary(early), "SAU>GON:190 GON>SAU:191 ");
}

TEST_F(VerbDictionaryTest, DiscardsDropSentencesAndStories) {
  std::vector<Row> rows = restore_rows();
  rows[6] = {"basketball", "basketball", "NOUN", 2, "obl"};
  Document doc = make_doc(rows);
  coder()->annotate(doc);
  EXPECT_TRUE(doc.events.empty()) << summary(doc);
}

TEST(PetrarchEval, TinyInlineRecords) {
  std::string dir = ::testing::TempDir() + "/events_eval_test_" + std::to_string(::getpid());
  ASSERT_EQ(std::system(("mkdir -p " + dir).c_str()), 0);
  std::ofstream(dir + "/v.txt") << "--- MEET [040] ---\nMEET\n- * (WITH +) [042]\n";
  std::ofstream(dir + "/a.txt") << "ARNOR [ARN]\nGONDOR [GON]\n";
  std::ofstream(dir + "/g.txt") << "MINISTER [~GOV]\n";
  std::ofstream(dir + "/d.txt") << "BASKETBALL\n";
  std::ofstream(dir + "/r.xml")
      << "<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>"
         "<Agentfile>g.txt</Agentfile><Discardfile>d.txt</Discardfile></Environment><Sentences>"
         "<Sentence date=\"20000101\" id=\"A-1\" category=\"DEMO\">"
         "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"042\"></EventCoding>"
         "<Text>Arnor met with Gondor on Monday.</Text></Sentence>"
         "<Sentence date=\"20000101\" id=\"A-2\" category=\"ERROR\">"
         "<EventCoding noevents=\"True\"></EventCoding><Text>Arnor played basketball with "
         "Gondor.</Text></Sentence>"
         "</Sentences></Validation>";
  PetrarchEvalOptions options;
  options.records_file = dir + "/r.xml";
  options.dictionaries_dir = dir;
  std::ostringstream misses;
  options.misses = &misses;
  auto report = evaluate_petrarch(options);
  if (!static_cast<bool>(report) && report.status().code() == Status::Code::kNotFound)
    GTEST_SKIP() << "no syntax model: " << report.status().message();
  ASSERT_TRUE(static_cast<bool>(report)) << report.status().message();
  ASSERT_EQ(report->categories.size(), 2u);
  EXPECT_EQ(report->overall.records, 1u);
  EXPECT_EQ(report->overall.expected, 1u);
  EXPECT_EQ(report->overall.found + report->overall.missed, 1u);
  EXPECT_EQ(report->error.records, 1u);
  EXPECT_EQ(report->error.extra, 0u);  // discarded

  options.records_file = dir + "/missing.xml";
  EXPECT_FALSE(static_cast<bool>(evaluate_petrarch(options)));
}

}  // namespace
}  // namespace eventwire
