// Who a person or body is from how the article names them: titles the tagger
// reads as adjectives, given names alone, campaign staff, county names, places
// written "City, Country". Sentences written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_named;
using testing_util::entity_with_mention;
using testing_util::make_doc;
using testing_util::set_parse;

TEST(ActorTitles, ATitleWordTaggedAsAnAdjectiveIsStillATitle) {
  Document doc = make_doc(
      "Police in Kenya arrested two men in Nairobi. Attorney General Amina Odhiambo defended the "
      "arrests.",
      "2023-09-02");
  ASSERT_EQ(doc.sentences.size(), 2u);
  set_parse(doc, 1,
            {{"PROPN", "nsubj", 5},
             {"ADJ", "amod", 1},
             {"PROPN", "appos", 1},
             {"PROPN", "flat", 3},
             {"VERB", "root", 0},
             {"DET", "det", 7},
             {"NOUN", "obj", 5},
             {"PUNCT", "punct", 5}});
  add_ner(doc, {"Amina", "Odhiambo"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Attorney General Amina Odhiambo");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "KENGOV");
  EXPECT_EQ(e->resolved_by, "title:article-country");
}

TEST(ActorTitles, AGivenNameAloneIsThePersonNamedInFull) {
  Document doc = make_doc(
      "Marisol Quintanar spoke in Ohio on Monday. Later, Marisol told supporters in Texas that "
      "she would win.",
      "2016-09-20");
  add_ner(doc, {"Marisol", "Quintanar"}, "PER");
  add_ner(doc, {"Marisol", "told"}, "PER");  // placeholder, trimmed below
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* full = entity_with_mention(doc, "Marisol Quintanar");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full, entity_with_mention(doc, "Marisol"));
}

TEST(ActorTitles, AGivenNameTwoPeopleShareStaysApart) {
  Document doc = make_doc(
      "Marisol Quintanar and Marisol Ybarra spoke in Ohio. Later, Marisol told supporters that "
      "she would win.",
      "2016-09-20");
  add_ner(doc, {"Marisol", "Quintanar"}, "PER");
  add_ner(doc, {"Marisol", "Ybarra"}, "PER");
  add_ner(doc, {"Marisol", "told"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* alone = entity_with_mention(doc, "Marisol");
  ASSERT_NE(alone, nullptr);
  EXPECT_NE(alone, entity_with_mention(doc, "Marisol Quintanar"));
  EXPECT_NE(alone, entity_with_mention(doc, "Marisol Ybarra"));
}

TEST(ActorTitles, ACampaignsStaffSpeakForAPartyNotAGovernment) {
  Document doc =
      make_doc("Clinton campaign spokesman Tomas Reyes said the poll was wrong.", "2016-09-20");
  set_parse(doc, 0,
            {{"PROPN", "compound", 3},
             {"NOUN", "compound", 3},
             {"NOUN", "compound", 5},
             {"PROPN", "compound", 5},
             {"PROPN", "nsubj", 6},
             {"VERB", "root", 0},
             {"DET", "det", 8},
             {"NOUN", "nsubj", 10},
             {"AUX", "cop", 10},
             {"ADJ", "ccomp", 6},
             {"PUNCT", "punct", 6}});
  add_ner(doc, {"Tomas", "Reyes"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Clinton campaign spokesman Tomas Reyes");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
}

TEST(ActorTitles, ACountyNamedLikeAForeignCapitalIsTheStorysCounty) {
  Document doc = make_doc(
      "Voters in Ohio and Texas went to the polls. Nassau County police arrested two men at a "
      "polling station.",
      "2016-09-20");
  add_ner(doc, {"Nassau", "County", "police"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Nassau County police");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USACOP");  // not the Bahamas' (Nassau, its capital)
}

TEST(ActorTitles, PoliceInACountyNamedLikeAForeignCapitalAreNotThatCountrys) {
  Document doc =
      make_doc("Police in Nassau County arrested two men at a polling station.", "2016-09-20");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Police");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->actor_code.starts_with("BHS")) << e->actor_code;
}

TEST(ActorTitles, APartysLowerCaseLastWordStillNamesIt) {
  Document doc = make_doc("The Republican party met in Ohio on Monday.", "2016-09-20");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Republican party");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
}

TEST(ActorTitles, APlaceWrittenCityCountryPlacesTheStory) {
  Document doc = make_doc(
      "Two parents from Wollongbar, Australia, went on trial on Monday. The prosecutor said the "
      "child had suffered for months. The family had moved from India, and relatives in India "
      "still write to them.",
      "2009-05-08");
  add_ner(doc, {"Wollongbar"}, "GPE");
  builtin_resolver()->annotate(doc);
  const Entity* place = entity_with_mention(doc, "Wollongbar");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->actor_code, "AUS");
  EXPECT_EQ(place->resolved_by, "composition:located");
  const Entity* prosecutor = entity_with_mention(doc, "The prosecutor");
  ASSERT_NE(prosecutor, nullptr);
  EXPECT_EQ(prosecutor->actor_code, "AUSJUD");
}

TEST(ActorTitles, ARoleWordTaggedAsPeopleComposesWithItsPhrase) {
  Document doc = make_doc("Amani Wekesa, a Kenyan MP, condemned the arrests.", "2023-09-02");
  add_ner(doc, {"Amani", "Wekesa"}, "PER");
  add_ner(doc, {"MP"}, "NORP");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Amani Wekesa");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "KENLEG");
}

TEST(ActorTitles, ACampaignManagerIsTheCandidatesParty) {
  Document doc =
      make_doc("Clinton's campaign manager Dario Velez said the race was close.", "2016-09-20");
  add_ner(doc, {"Dario", "Velez"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Clinton's campaign manager Dario Velez");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
}

// A multi-word office after "campaign" is campaign staff too; a former one
// is an elite.
TEST(ActorTitles, ACampaignPressSecretaryIsThePartyAndAFormerManagerAnElite) {
  Document doc = make_doc("Clinton campaign press secretary Lina Okoro said the poll was wrong.",
                          "2016-09-20");
  set_parse(doc, 0,
            {{"PROPN", "compound", 4},
             {"NOUN", "compound", 4},
             {"NOUN", "compound", 4},
             {"NOUN", "nsubj", 7},
             {"PROPN", "appos", 4},
             {"PROPN", "flat", 5},
             {"VERB", "root", 0},
             {"DET", "det", 9},
             {"NOUN", "nsubj", 11},
             {"AUX", "cop", 11},
             {"ADJ", "ccomp", 7},
             {"PUNCT", "punct", 7}});
  add_ner(doc, {"Lina", "Okoro"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Clinton campaign press secretary Lina Okoro");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");

  Document past =
      make_doc("Former campaign manager Dario Velez said the race was close.", "2016-09-20");
  add_ner(past, {"Dario", "Velez"}, "PER");
  builtin_resolver()->annotate(past);
  const Entity* f = entity_with_mention(past, "Former campaign manager Dario Velez");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->actor_code.substr(3), "ELI");
}

// A candidate's campaign of a given year is the candidate's party side, and
// its manager with it; a bombing campaign is no one's party.
TEST(ActorTitles, WhoManagedACandidatesCampaignOfAYearIsTheParty) {
  Document doc = make_doc(
      "Dario Velez, who managed Clinton's 2008 campaign, said the race was close.", "2016-09-20");
  set_parse(doc, 0,
            {{"PROPN", "nsubj", 11},
             {"PROPN", "flat", 1},
             {"PUNCT", "punct", 5},
             {"PRON", "nsubj", 5},
             {"VERB", "acl:relcl", 1},
             {"PROPN", "nmod:poss", 9},
             {"PART", "case", 6},
             {"NUM", "compound", 9},
             {"NOUN", "obj", 5},
             {"PUNCT", "punct", 5},
             {"VERB", "root", 0},
             {"DET", "det", 13},
             {"NOUN", "nsubj", 15},
             {"AUX", "cop", 15},
             {"ADJ", "ccomp", 11},
             {"PUNCT", "punct", 11}});
  doc.sentences[0].tokens[4].lemma = "manage";
  add_ner(doc, {"Dario", "Velez"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* campaign = entity_with_mention(doc, "Clinton's 2008 campaign");
  ASSERT_NE(campaign, nullptr);
  EXPECT_EQ(campaign->actor_code, "USAPTY");
  const Entity* e = entity_with_mention(doc, "Dario Velez");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");

  Document war = make_doc("Russia's 2015 bombing campaign killed civilians.", "2016-09-20");
  builtin_resolver()->annotate(war);
  EXPECT_EQ(entity_with_mention(war, "Russia's 2015 bombing campaign"), nullptr);
}

TEST(ActorTitles, ATitleTakesAnotherCountryNamedInItsSentence) {
  Document doc = make_doc(
      "Voters in Ohio and Texas went to the polls. Senators in Washington debated the budget. "
      "Foreign Ministry spokeswoman Irina Volkova told reporters in Moscow that the plan was "
      "illegal.",
      "2016-09-20");
  add_ner(doc, {"Irina", "Volkova"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Foreign Ministry spokeswoman Irina Volkova");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "RUSGOV");
  EXPECT_EQ(e->resolved_by, "title:nearest-country");
}

TEST(ActorTitles, ACandidatesCampaignActsForAPartyAndABombingCampaignDoesNot) {
  Document doc = make_doc(
      "The Clinton campaign did not respond on Tuesday. Israel stepped up its campaign in Gaza.",
      "2016-09-20");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "The Clinton campaign");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
  EXPECT_EQ(entity_with_mention(doc, "its campaign"), nullptr);
  EXPECT_EQ(entity_with_mention(doc, "campaign"), nullptr);
}

TEST(ActorTitles, AnOfTailNamingAPlaceGivesATitleItsCountry) {
  Document doc =
      make_doc("Governor of Ohio Dana Whitlock opened the new bridge on Monday.", "2016-09-20");
  // A parse that leaves "of Ohio" out of the title's phrase, as real ones do.
  set_parse(doc, 0,
            {{"PROPN", "nsubj", 6},
             {"ADP", "mark", 6},
             {"PROPN", "nsubj", 6},
             {"PROPN", "flat", 3},
             {"PROPN", "flat", 3},
             {"VERB", "root", 0},
             {"DET", "det", 9},
             {"ADJ", "amod", 9},
             {"NOUN", "obj", 6},
             {"ADP", "case", 11},
             {"PROPN", "obl", 6},
             {"PUNCT", "punct", 6}});
  add_ner(doc, {"Dana", "Whitlock"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Governor of Ohio Dana Whitlock");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAGOV");
  EXPECT_EQ(e->resolved_by, "title");
}

TEST(ActorTitles, OfficerAloneAsATitleIsPolice) {
  Document doc =
      make_doc("Voters in Ohio and Texas went to the polls. Officer Dana Whitlock stopped the car.",
               "2016-09-20");
  add_ner(doc, {"Dana", "Whitlock"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Officer Dana Whitlock");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USACOP");
}

TEST(ActorTitles, ASurnameAloneIsTheKnownPersonNamedInFull) {
  // The base gives "Clinton" alone to Bill Clinton; the article names Hillary.
  Document doc =
      make_doc("Hillary Clinton spoke in Ohio on Monday. Clinton said the economy was strong.",
               "2016-09-20");
  add_ner(doc, {"Hillary", "Clinton"}, "PER");
  add_ner(doc, {"Clinton", "said"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* full = entity_with_mention(doc, "Hillary Clinton");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full, entity_with_mention(doc, "Clinton"));
}

}  // namespace
TEST(ActorTitles, AComparisonFrontedBeforeANameIsNoDescription) {
  Document doc = make_doc(
      "Rep. Dana Whitcombe opened the hearing on Monday. More professor than politician, "
      "Whitcombe spoke for an hour.",
      "2016-05-02");
  add_ner(doc, {"Dana", "Whitcombe"}, "PER");
  add_ner(doc, {"Whitcombe", "spoke"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Whitcombe");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USALEG");
  EXPECT_NE(entity_with_mention(doc, "More professor"), e);
}

namespace {

// The built-in base and a file of our own with `lines`.
std::shared_ptr<const EntityResolver> resolver_with(const std::string& file,
                                                    const std::string& lines) {
  const std::string path = ::testing::TempDir() + "/" + file;
  std::ofstream(path) << "@format eventwire-actors 1\n" << lines;
  EntityOptions options;
  options.kb_files.push_back(path);
  auto r = EntityResolver::create(options);
  EXPECT_TRUE(r.is_ok()) << r.status().to_string();
  return r.is_ok() ? *r : nullptr;
}

// A base of our own with one invented lawmaker (the built-in base does not
// know her).
std::shared_ptr<const EntityResolver> nickname_resolver() {
  static std::shared_ptr<const EntityResolver> resolver =
      resolver_with("nickname-test.kb",
                    "person\tUSALEG\tMargaret T. Peg Holloway; Margaret Holloway; Peg "
                    "Holloway; Margaret T. Holloway\tfrom=2011-01-03\n");
  return resolver;
}

TEST(ActorTitles, AQuotedNicknameInsideANameIsTheBasesPerson) {
  Document doc = make_doc(
      "Sen. Margaret T. \"Peg\" Holloway spoke on Monday. Later, Peg Holloway met farmers. "
      "Holloway said the bill would pass.",
      "2016-09-08");
  add_ner(doc, {"Margaret", "T.", "\"", "Peg", "\"", "Holloway"}, "PER");
  add_ner(doc, {"Peg", "Holloway"}, "PER");
  add_ner(doc, {"Holloway", "said"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  auto r = nickname_resolver();
  ASSERT_NE(r, nullptr);
  r->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Sen. Margaret T. \"Peg\" Holloway");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USALEG");
  EXPECT_EQ(e->resolved_by.rfind("dictionary", 0), 0u) << e->resolved_by;
  EXPECT_EQ(e, entity_with_mention(doc, "Peg Holloway"));
  EXPECT_EQ(e, entity_with_mention(doc, "Holloway"));
}

TEST(ActorTitles, ATitleTheTaggerCutOffBeforeANicknamedNameStaysItsTitle) {
  // The tagger's pieces: "Rep." alone, and the name cut at the nickname.
  Document doc =
      make_doc("Rep. Dolores \"Dee\" Marchetti spoke on Monday. She said Marchetti would vote no.",
               "2016-09-08");
  add_ner(doc, {"Rep."}, "PER");
  add_ner(doc, {"\"", "Dee", "\"", "Marchetti"}, "PER");
  add_ner(doc, {"Marchetti", "would"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Rep. Dolores \"Dee\" Marchetti");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USALEG");
  EXPECT_EQ(entity_with_mention(doc, "Rep."), nullptr);
  EXPECT_EQ(e, entity_with_mention(doc, "She"));
  EXPECT_EQ(e, entity_with_mention(doc, "Marchetti"));
}

TEST(ActorTitles, ANameTheTaggerCutIntoGivenNameAndNicknameIsOneName) {
  Document doc = make_doc("Dolores \"Dee\" Marchetti, a lawyer, spoke on Monday.", "2016-09-08");
  add_ner(doc, {"Dolores"}, "PER");
  add_ner(doc, {"Dee"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Dolores \"Dee\" Marchetti");
  ASSERT_NE(e, nullptr);
  int named = 0;
  for (const auto& x : doc.entities)
    for (const auto& mm : x.mentions) named += mm.text.find("Dee") != std::string::npos;
  EXPECT_EQ(named, 1);
}

TEST(ActorTitles, ASurnameAloneJoinsTheNameWithAGenerationalSuffix) {
  Document doc = make_doc(
      "Sen. Harold W. Pembrook Jr. spoke on Monday. Farmers cheered. Pembrook said the bill "
      "would pass.",
      "2016-09-08");
  add_ner(doc, {"Harold", "W.", "Pembrook", "Jr."}, "PER");
  // (The tagger missed the surname alone.)
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Sen. Harold W. Pembrook Jr.");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e, entity_with_mention(doc, "Pembrook"));
  EXPECT_EQ(e->actor_code, "USALEG");
}

TEST(ActorTitles, TheNicknameAndSurnameAloneJoinTheFullName) {
  // Not in the base: the names alone say they are one person.
  Document doc = make_doc(
      "Rep. Dolores \"Dee\" Marchetti spoke on Monday. Later, Dee Marchetti met farmers. "
      "Dolores Marchetti said the bill would pass. Marchetti left.",
      "2016-09-08");
  add_ner(doc, {"Dolores", "\"", "Dee", "\"", "Marchetti"}, "PER");
  add_ner(doc, {"Dee", "Marchetti"}, "PER");
  add_ner(doc, {"Dolores", "Marchetti"}, "PER");
  add_ner(doc, {"Marchetti", "left"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Rep. Dolores \"Dee\" Marchetti");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USALEG");
  EXPECT_EQ(e, entity_with_mention(doc, "Dee Marchetti"));
  EXPECT_EQ(e, entity_with_mention(doc, "Dolores Marchetti"));
  EXPECT_EQ(e, entity_with_mention(doc, "Marchetti"));
}

}  // namespace
TEST(ActorTitles, ABroadcastRoleBeforeANameIsMedia) {
  Document doc = make_doc(
      "Evening radio host Dale Pruitt mocked the council on Friday. The freighter dropped anchor "
      "off the coast.",
      "2016-05-02");
  add_ner(doc, {"Dale", "Pruitt"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* host = entity_named(doc, "Dale Pruitt");
  ASSERT_NE(host, nullptr);
  EXPECT_TRUE(host->actor_code.ends_with("MED")) << host->actor_code;
  EXPECT_EQ(entity_with_mention(doc, "anchor"), nullptr);  // a title only before a name
}

}  // namespace eventwire

namespace eventwire {
namespace {

// A base of our own with invented namesakes: a former president known by his
// surname, a former secretary sharing it, and a general.
std::shared_ptr<const EntityResolver> namesake_resolver() {
  static std::shared_ptr<const EntityResolver> resolver =
      resolver_with("namesake-test.kb",
                    "person\tUSAGOV\tCorvin Tallow; Tallow\tto=1999-01-20\n"
                    "person\tUSAELI\tCorvin Tallow; Tallow\tfrom=1999-01-20\n"
                    "person\tUSAGOV\tMira Tallow\tfrom=2005-01-21; to=2009-02-01\n"
                    "person\tFRAMIL\tOdile Brasque; Brasque\tfrom=2010-01-01\n");
  return resolver;
}

TEST(ActorTitles, ATitledSurnameIsTheNamesakeNamedInFullWhoseOfficeFits) {
  Document doc = make_doc(
      "Mira Tallow spoke in Ohio on Monday. Critics attacked Secretary Tallow over the letters.",
      "2016-09-20");
  add_ner(doc, {"Mira", "Tallow"}, "PER");
  add_ner(doc, {"Tallow", "over"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  namesake_resolver()->annotate(doc);
  const Entity* full = entity_with_mention(doc, "Mira Tallow");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full, entity_with_mention(doc, "Secretary Tallow"));
  EXPECT_EQ(entity_named(doc, "Corvin Tallow"), nullptr);
}

TEST(ActorTitles, ATitleThatFitsNoHolderPicksNoOneBySurname) {
  Document doc = make_doc("Senator Brasque voted against the bill in Ohio.", "2016-09-20");
  add_ner(doc, {"Brasque"}, "PER");
  namesake_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Senator Brasque");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->actor_code.ends_with("LEG")) << e->actor_code;  // not Brasque's FRAMIL
  EXPECT_EQ(e->resolved_by.rfind("title", 0), 0u) << e->resolved_by;

  Document gen = make_doc("Gen. Brasque inspected the troops in Mali.", "2016-09-20");
  add_ner(gen, {"Brasque"}, "PER");
  namesake_resolver()->annotate(gen);
  const Entity* g = nullptr;
  for (const Entity& x : gen.entities)
    if (x.name.find("Brasque") != std::string::npos) g = &x;
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->actor_code, "FRAMIL");
}

// A title of an office the base dates on the person years before the article
// is a former office: the person's code for the date (an elite) stands; a
// title of an office left only months before still gives its code.
TEST(ActorTitles, ATitleOfAnOfficeHeldLongBeforeGivesWayToTheDatedCode) {
  auto resolver = resolver_with("title-past-test.kb",
                                "person\tUSAGOV\tMira Tallow\tfrom=2005-01-21; to=2009-02-01\n"
                                "person\tUSAGOV\tPell Ostrander\tfrom=2012-01-21; to=2016-03-01\n");
  auto code_of = [&](const std::string& text, const std::string& date, const std::string& name) {
    Document doc = make_doc(text, date);
    resolver->annotate(doc);
    const Entity* e = entity_with_mention(doc, name);
    return e ? e->actor_code : std::string("(none)");
  };
  EXPECT_EQ(code_of("Secretary Mira Tallow spoke in Ohio on Monday.", "2016-09-20",
                    "Secretary Mira Tallow"),
            "USAELI");
  EXPECT_EQ(code_of("Secretary Mira Tallow spoke in Ohio on Monday.", "2008-09-20",
                    "Secretary Mira Tallow"),
            "USAGOV");
  EXPECT_EQ(code_of("Secretary Pell Ostrander spoke in Ohio on Monday.", "2016-09-20",
                    "Secretary Pell Ostrander"),
            "USAGOV");
  // Two years after a term of that code the title more likely names a new
  // office the base does not know.
  EXPECT_EQ(code_of("Secretary Mira Tallow spoke in Ohio on Monday.", "2011-09-20",
                    "Secretary Mira Tallow"),
            "USAGOV");
  // An office the base never dates on her is the title's.
  EXPECT_EQ(
      code_of("Senator Mira Tallow spoke in Ohio on Monday.", "2016-09-20", "Senator Mira Tallow"),
      "USALEG");
}

}  // namespace
}  // namespace eventwire
