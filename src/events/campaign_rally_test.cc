// A campaign's rally read as a protest (campaign_rally.h) on hand-built
// parses of our own sentences.
#include "events/campaign_rally.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::described_person;
using events_test::make_doc;

Mention first_word(const Document& doc) {
  return events_test::mention_of(doc, 0, 1);
}

// "Vale held a rally in Tarnwick" / "… a rally against the mayor"
Document held_doc(const char* prep, const char* place) {
  return make_doc({{"Vale", "Vale", "PROPN", 2, "nsubj"},
                   {"held", "hold", "VERB", 0, "root"},
                   {"a", "a", "DET", 4, "det"},
                   {"rally", "rally", "NOUN", 2, "obj"},
                   {prep, prep, "ADP", 6, "case"},
                   {place, place, "PROPN", 4, "nmod"}});
}

bool rally(const Document& doc, const std::string& entity, const std::string& code = "141") {
  Tree tree(doc.sentences[0]);
  return campaign_rally(tree, Candidacy(doc), 1, first_word(doc), entity, code);
}

TEST(CampaignRally, ACandidatesRallyIsNoProtest) {
  Document doc = held_doc("in", "Tarnwick");
  EXPECT_FALSE(rally(doc, "E1"));  // no entity: who Vale is is not known
  doc.entities.push_back(described_person("E1", {"Vale", "the Gondor Party nominee"}));
  EXPECT_TRUE(rally(doc, "E1"));
  EXPECT_FALSE(rally(doc, "E1", "010"));  // only protest readings
  // a rally against someone is a protest, whoever holds it
  Document against = held_doc("against", "Oren");
  against.entities = doc.entities;
  EXPECT_FALSE(rally(against, "E1"));
}

TEST(CampaignRally, ACandidateNamedSoInAnApposition) {
  // "Vale , the nominee , held a rally": the apposition is no mention of Vale
  Document doc = make_doc({{"Vale", "Vale", "PROPN", 6, "nsubj"},
                           {",", ",", "PUNCT", 4, "punct"},
                           {"the", "the", "DET", 4, "det"},
                           {"nominee", "nominee", "NOUN", 1, "appos"},
                           {",", ",", "PUNCT", 4, "punct"},
                           {"held", "hold", "VERB", 0, "root"},
                           {"a", "a", "DET", 8, "det"},
                           {"rally", "rally", "NOUN", 6, "obj"}});
  Entity vale = described_person("E1", {"Vale"});
  vale.mentions[0] = first_word(doc);
  doc.entities.push_back(vale);
  Tree tree(doc.sentences[0]);
  EXPECT_TRUE(campaign_rally(tree, Candidacy(doc), 5, first_word(doc), "E1", "141"));
  doc.sentences[0].tokens[3].text = "senator";
  EXPECT_FALSE(
      campaign_rally(Tree(doc.sentences[0]), Candidacy(doc), 5, first_word(doc), "E1", "141"));
}

TEST(CampaignRally, ACampaignRallyOrACandidatesSupportersRallying) {
  // "Workers held a campaign rally"
  Document campaign = make_doc({{"Workers", "worker", "NOUN", 2, "nsubj"},
                                {"held", "hold", "VERB", 0, "root"},
                                {"a", "a", "DET", 5, "det"},
                                {"campaign", "campaign", "NOUN", 5, "compound"},
                                {"rally", "rally", "NOUN", 2, "obj"}});
  EXPECT_TRUE(rally(campaign, ""));
  // "Vale supporters rallied in Tarnwick"
  Document backers = make_doc({{"Vale", "Vale", "PROPN", 2, "compound"},
                               {"supporters", "supporter", "NOUN", 3, "nsubj"},
                               {"rallied", "rally", "VERB", 0, "root"},
                               {"in", "in", "ADP", 5, "case"},
                               {"Tarnwick", "Tarnwick", "PROPN", 3, "obl"}});
  Tree tree(backers.sentences[0]);
  Mention source = first_word(backers);
  source.end = backers.sentences[0].tokens[1].end;
  source.text = "Vale supporters";
  EXPECT_FALSE(campaign_rally(tree, Candidacy(backers), 2, source, "", "141"));
  Entity vale = described_person("E1", {"Vale", "candidate Vale"});
  vale.mentions[0] = first_word(backers);
  backers.entities.push_back(vale);
  EXPECT_TRUE(campaign_rally(tree, Candidacy(backers), 2, source, "", "141"));
}

}  // namespace
}  // namespace eventwire::events
