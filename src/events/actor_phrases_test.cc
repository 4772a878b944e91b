// Compound actors with a verb dictionary, on hand-built parses: agents shared
// by conjoined places, joint subjects ("%"), subjects the parser split, and
// the "^" skip of TABARI patterns.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

// Verbs tagged as past tense, as in the records these cases come from.
Document make_doc(const std::vector<events_test::Row>& rows) {
  return events_test::make_doc(rows, "2020-01-01", "VBD");
}

using events_test::Row;
using events_test::summary;

class CompoundCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = events_test::test_folder("events_compound_test");
    std::ofstream(dir_ + "/verbs.txt")
        << "--- WELCOME [041] ---\nWELCOME\n\n"
           "--- AGREE [081] ---\nAGREE\n- % * [030:030]\n\n"
           "--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR IN ^ + [045]\n\n"
           "--- TAP [1711] ---\nTAP\n\n";
    std::ofstream(dir_ + "/actors.txt")
        << "FORNOST [FOR]\nGONDOR [GON]\nERIADOR [ERI]\nARNOR [ARN]\nOSGILIATH [OSG]\n";
    std::ofstream(dir_ + "/agents.txt") << "LAWMAKER [~LEG]\nOFFICIAL [~GOV]\nSOLDIER [~MIL]\n";
  }
  std::shared_ptr<const EventCoder> coder() {
    EventCoderOptions o;
    o.verb_files = {dir_ + "/verbs.txt"};
    o.actor_files = {dir_ + "/actors.txt"};
    o.agent_files = {dir_ + "/agents.txt"};
    auto c = EventCoder::create(o);
    EXPECT_TRUE(static_cast<bool>(c)) << c.status().message();
    return *c;
  }
  std::string dir_;
};

TEST_F(CompoundCoderTest, AgentsSpreadOverConjoinedPlaces) {
  // "Lawmakers and officials in Fornost and Gondor welcomed Eriador"
  Document doc = make_doc({{"Lawmakers", "lawmaker", "NOUN", 8, "nsubj"},
                           {"and", "and", "CCONJ", 3, "cc"},
                           {"officials", "official", "NOUN", 1, "conj"},
                           {"in", "in", "ADP", 5, "case"},
                           {"Fornost", "Fornost", "PROPN", 1, "nmod"},
                           {"and", "and", "CCONJ", 7, "cc"},
                           {"Gondor", "Gondor", "PROPN", 5, "conj"},
                           {"welcomed", "welcome", "VERB", 0, "root"},
                           {"Eriador", "Eriador", "PROPN", 8, "obj"}});
  coder()->annotate(doc);
  EXPECT_EQ(summary(doc), "FORLEG>ERI:041 FORGOV>ERI:041 GONLEG>ERI:041 GONGOV>ERI:041 ");
}

TEST_F(CompoundCoderTest, JointSubjectActsOnEachOther) {
  // "Arnor and Gondor agree that ...": "% *" codes the members on each other.
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 4, "nsubj"},
                           {"and", "and", "CCONJ", 3, "cc"},
                           {"Gondor", "Gondor", "PROPN", 1, "conj"},
                           {"agree", "agree", "VERB", 0, "root"}});
  coder()->annotate(doc);
  EXPECT_EQ(summary(doc), "ARN>GON:030 GON>ARN:030 ");
}

TEST_F(CompoundCoderTest, SplitSubjectReadAsOnePhrase) {
  // "Soldiers from | Gondor tapped Osgiliath": the parser made two subjects.
  Document doc = make_doc({{"Soldiers", "soldier", "NOUN", 4, "nsubj"},
                           {"from", "from", "ADP", 4, "mark"},
                           {"Gondor", "Gondor", "PROPN", 4, "nsubj"},
                           {"tapped", "tap", "VERB", 0, "root"},
                           {"Osgiliath", "Osgiliath", "PROPN", 4, "obj"}});
  coder()->annotate(doc);
  EXPECT_EQ(summary(doc), "GONMIL>OSG:1711 ");
}

TEST_F(CompoundCoderTest, CaretSkipsANounPhrase) {
  // "Arnor celebrated Iftar in Osgiliath with Gondor": "IN ^ +" skips Osgiliath.
  Document doc = make_doc({{"Arnor", "Arnor", "PROPN", 2, "nsubj"},
                           {"celebrated", "celebrate", "VERB", 0, "root"},
                           {"Iftar", "Iftar", "PROPN", 2, "obj"},
                           {"in", "in", "ADP", 5, "case"},
                           {"Osgiliath", "Osgiliath", "PROPN", 2, "obl"},
                           {"with", "with", "ADP", 7, "case"},
                           {"Gondor", "Gondor", "PROPN", 2, "obl"}});
  coder()->annotate(doc);
  EXPECT_EQ(summary(doc), "ARN>GON:045 ");
}

}  // namespace
}  // namespace eventwire
