// Role phrases whose country nobody names: PETRARCH's ---ROLE codes, and
// coreference still free to find who they are.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::builtin_resolver;
using testing_util::entity_named;
using testing_util::entity_with_mention;
using testing_util::make_doc;
using testing_util::set_parse;

TEST(RoleCountry, UnknownCountryGivesTheRoleAlone) {
  Document doc = make_doc("Twenty protesters were arrested by the police on Sunday.", "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* protesters = entity_with_mention(doc, "Twenty protesters");
  ASSERT_NE(protesters, nullptr);
  EXPECT_EQ(protesters->actor_code, "---OPP");
  EXPECT_EQ(protesters->resolved_by, "composition:no-country");
}

TEST(RoleCountry, ADescriptionStillJoinsItsAntecedent) {
  Document doc = make_doc("Hamas fired rockets at Israel. The terror group said more would come.",
                          "2015-01-01");
  builtin_resolver()->annotate(doc);
  const Entity* hamas = entity_named(doc, "Hamas");
  ASSERT_NE(hamas, nullptr);
  EXPECT_EQ(hamas->actor_code.rfind("PSE", 0), 0u) << hamas->actor_code;
  const Entity* group = entity_with_mention(doc, "The terror group");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group, hamas);
}

TEST(RoleCountry, AFormerOfficeIsAnElite) {
  Document doc = make_doc("A former minister criticised the plan on Monday.", "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "A former minister");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "---ELI");
}

TEST(RoleCountry, WorldLeadersBelongToNoCountryOfTheStory) {
  Document doc = make_doc(
      "Kenya's president spoke in Nairobi. Kenya's parliament met. World leaders praised the vote.",
      "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* leaders = entity_with_mention(doc, "World leaders");
  ASSERT_NE(leaders, nullptr);
  EXPECT_EQ(leaders->actor_code, "---ELI");
}

TEST(RoleCountry, RefugeesComeFromElsewhereButTheDisplacedDoNot) {
  Document doc = make_doc(
      "Kenya's president spoke in Nairobi. Kenya's parliament met. Refugees arrived at the camp. "
      "Displaced people returned home.",
      "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* refugees = entity_with_mention(doc, "Refugees");
  ASSERT_NE(refugees, nullptr);
  EXPECT_EQ(refugees->actor_code, "---REF");
  const Entity* displaced = entity_with_mention(doc, "Displaced people");
  ASSERT_NE(displaced, nullptr);
  EXPECT_EQ(displaced->actor_code, "KENREF");
}

TEST(RoleCountry, HeadlineAbbreviationsNameTheCountry) {
  Document doc = make_doc("N. Korea fired two missiles.", "2023-09-02");
  testing_util::add_ner(doc, {"N.", "Korea"}, "GPE");
  builtin_resolver()->annotate(doc);
  const Entity* north = entity_with_mention(doc, "N. Korea");
  ASSERT_NE(north, nullptr);
  EXPECT_EQ(north->actor_code, "PRK");
}

TEST(RoleCountry, ARolePlacedInACountryTakesIt) {
  Document doc = make_doc("Farmers in Kenya blocked the main road. Troops in Chad were attacked.",
                          "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* farmers = entity_with_mention(doc, "Farmers");
  ASSERT_NE(farmers, nullptr);
  EXPECT_EQ(farmers->actor_code, "KENAGR");
  // Armed actors are often foreign where they are: no country from "in".
  const Entity* troops = entity_with_mention(doc, "Troops");
  ASSERT_NE(troops, nullptr);
  EXPECT_EQ(troops->actor_code, "---MIL");
}

TEST(RoleCountry, AgentWordsFromThePhoenixDictionary) {
  Document doc = make_doc("The Chilean central bank cut rates again.", "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* bank = entity_with_mention(doc, "The Chilean central bank");
  ASSERT_NE(bank, nullptr);
  EXPECT_EQ(bank->actor_code, "CHLGOVBUS");
}

TEST(RoleCountry, PartiesAndTheirMembersTakeTheArticlesCountry) {
  Document doc = make_doc(
      "Kenya's parliament met in Nairobi. Kenya's president spoke. Jane Wanjiru of the Civic "
      "Unity Party won a seat.",
      "2023-09-02");
  testing_util::add_ner(doc, {"Jane", "Wanjiru"}, "PER");
  testing_util::add_ner(doc, {"Civic", "Unity", "Party"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* party = entity_named(doc, "Civic Unity Party");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(party->actor_code, "KENPTY");
  EXPECT_EQ(party->resolved_by, "name:article-country");
  const Entity* member = entity_named(doc, "Jane Wanjiru");
  ASSERT_NE(member, nullptr);
  EXPECT_EQ(member->actor_code, "KENPTY");
  EXPECT_EQ(member->resolved_by, "affiliation");
}

// Bodies the base does not know, headed by a word of derived-heads.kb (the
// sector the Phoenix agents give the phrases it heads).
TEST(RoleCountry, AnUnknownBodyTakesItsHeadsSectorAndTheArticlesCountry) {
  Document doc = make_doc(
      "Kenya's parliament met in Nairobi. Kenya's president spoke. The Coastal Fisheries "
      "Commission and the Federation of Ferry Pilots criticized the plan.",
      "2023-09-02");
  testing_util::add_ner(doc, {"Coastal", "Fisheries", "Commission"}, "ORG");
  testing_util::add_ner(doc, {"Federation", "of", "Ferry", "Pilots"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* commission = entity_named(doc, "Coastal Fisheries Commission");
  ASSERT_NE(commission, nullptr);
  EXPECT_EQ(commission->actor_code, "KENGOV");
  EXPECT_EQ(commission->resolved_by, "name:article-country");
  const Entity* federation = entity_named(doc, "Federation of Ferry Pilots");
  ASSERT_NE(federation, nullptr);
  EXPECT_EQ(federation->actor_code, "KENLAB");
}

// Mastheads (roles.kb): weak media heads of outlets the base does not know.
// A Kenyan story whose last sentence names `names` (each tagged `type`).
Document kenyan_story(const std::string& sentence,
                      const std::vector<std::pair<std::vector<std::string>, std::string>>& names) {
  Document doc = make_doc("Kenya's parliament met in Nairobi. Kenya's president spoke. " + sentence,
                          "2023-09-02");
  for (const auto& [tokens, type] : names) testing_util::add_ner(doc, tokens, type);
  builtin_resolver()->annotate(doc);
  return doc;
}

TEST(RoleCountry, AnUnknownOutletTakesItsMastheadAndTheArticlesCountry) {
  const Document doc = kenyan_story(
      "The Valebridge Courier, the Mombasa Republic and the Daily Lantern reported the vote.",
      {{{"Valebridge", "Courier"}, "ORG"},
       {{"Mombasa", "Republic"}, "ORG"},
       {{"Daily", "Lantern"}, "ORG"}});
  for (const char* name : {"Valebridge Courier", "Mombasa Republic", "Daily Lantern"}) {
    const Entity* outlet = entity_with_mention(doc, name);
    ASSERT_NE(outlet, nullptr) << name;
    EXPECT_EQ(outlet->actor_code, "KENMED") << name;
  }
}

TEST(RoleCountry, AMastheadNeverCodesAPersonAPlaceOrANameWithoutAPlace) {
  const Document doc =
      kenyan_story("Ada Courier met the Lantern Republic near Marsh Courier and the Lone Star.",
                   {{{"Ada", "Courier"}, "PER"},
                    {{"Lantern", "Republic"}, "ORG"},
                    {{"Marsh", "Courier"}, "LOC"},
                    {{"Lone", "Star"}, "ORG"}});
  for (const char* name : {"Ada Courier", "Lantern Republic", "Marsh Courier", "Lone Star"}) {
    const Entity* e = entity_with_mention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->actor_code.find("MED"), std::string::npos) << name;
  }
}

// A body the base names only with its country before it ("US Secret Service")
// is that body in a story of that country, not its role word's sector (SPY).
TEST(RoleCountry, ABodyNamedWithoutItsCountryInItsCountrysStory) {
  Document doc = make_doc(
      "Ohio police closed the road in Columbus. The Secret Service guarded the governor of Ohio "
      "in Columbus.",
      "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* service = entity_with_mention(doc, "The Secret Service");
  ASSERT_NE(service, nullptr);
  EXPECT_EQ(service->actor_code, "USACOP");
  EXPECT_EQ(service->resolved_by, "name:national-body");
}

TEST(RoleCountry, AWorkersFederationIsLabourWhateverTheirTrade) {
  Document doc = make_doc("The Kenyan Federation of Teachers called a strike.", "2023-09-02");
  testing_util::add_ner(doc, {"Kenyan", "Federation", "of", "Teachers"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* federation = entity_named(doc, "Kenyan Federation of Teachers");
  ASSERT_NE(federation, nullptr);
  EXPECT_EQ(federation->actor_code, "KENLAB");
}

TEST(RoleCountry, AHeadWordAloneIsNoName) {
  Document doc = make_doc("The commission met on Monday in Nairobi.", "2023-09-02");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(entity_with_mention(doc, "The commission"), nullptr);
  // "the Council" after a council's full name is that council, not a new body.
  Document named = make_doc(
      "Kenya's parliament met in Nairobi. Kenya's president spoke. The Lakeside Water Council "
      "met on Monday. The Council voted against the dam.",
      "2023-09-02");
  testing_util::add_ner(named, {"Lakeside", "Water", "Council"}, "ORG");
  Entity again;  // "Council" of the last sentence
  again.id = "E9";
  again.type = "ORG";
  Mention m;
  m.sentence = 3;
  m.first_token = 1;
  m.last_token = 2;
  m.start = named.sentences[3].tokens[1].start;
  m.end = named.sentences[3].tokens[1].end;
  again.mentions.push_back(m);
  named.entities.push_back(again);
  builtin_resolver()->annotate(named);
  const Entity* council = entity_named(named, "Lakeside Water Council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->actor_code, "KENGOV");
  EXPECT_EQ(council, entity_with_mention(named, "Council"));
}

TEST(RoleCountry, ASurnameNerTypedAsAPlaceIsThePersons) {
  Document doc =
      make_doc("Governor Ivo Marek of Slovakia spoke on Monday. Marek left at noon.", "2023-09-02");
  testing_util::add_ner(doc, {"Ivo", "Marek"}, "PER");
  // The second "Marek", typed as a place.
  Entity place;
  place.id = "E9";
  place.type = "GPE";
  Mention m;
  m.sentence = 1;
  m.first_token = 0;
  m.last_token = 1;
  m.start = doc.sentences[1].tokens[0].start;
  m.end = doc.sentences[1].tokens[0].end;
  place.mentions.push_back(m);
  doc.entities.push_back(place);
  builtin_resolver()->annotate(doc);
  const Entity* marek = entity_with_mention(doc, "Marek");
  ASSERT_NE(marek, nullptr);
  EXPECT_EQ(marek->type, "PER");
  EXPECT_EQ(marek, entity_with_mention(doc, "Governor Ivo Marek"));
}

TEST(RoleCountry, ASharedPartyNameBelongsToTheArticlesCountry) {
  Document doc = make_doc(
      "Hong Kong held elections on Sunday. Voters in Hong Kong queued. The Labour Party lost "
      "two seats.",
      "2016-09-09");
  builtin_resolver()->annotate(doc);
  const Entity* labour = entity_with_mention(doc, "Labour Party");
  ASSERT_NE(labour, nullptr);
  EXPECT_EQ(labour->actor_code, "HKGPTY");
  // Where its own country is named, the party is that country's.
  Document uk = make_doc(
      "Hong Kong held elections on Sunday. Voters in Hong Kong queued. In Britain, the Labour "
      "Party watched.",
      "2016-09-09");
  builtin_resolver()->annotate(uk);
  const Entity* british = entity_with_mention(uk, "Labour Party");
  ASSERT_NE(british, nullptr);
  EXPECT_EQ(british->actor_code, "GBRPTY");
}

TEST(RoleCountry, FamilyNamesFirstAndDescribedPeople) {
  Document doc = make_doc(
      "Police in Hong Kong arrested dozens of protesters on Sunday. Opposition leader Chan "
      "Tai-ming called for calm, and Ho Ka-fai of the Democratic Party said the arrests were "
      "unlawful. Ho declined to comment later.",
      "2019-07-01");
  testing_util::add_ner(doc, {"Chan", "Tai"}, "PER");  // cut at the hyphen
  testing_util::add_ner(doc, {"Ho", "Ka"}, "LOC");     // cut and typed as a place
  testing_util::add_ner(doc, {"Democratic", "Party"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* police = entity_with_mention(doc, "Police");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->actor_code, "HKGCOP");
  const Entity* chan = entity_with_mention(doc, "Opposition leader Chan Tai-ming");
  ASSERT_NE(chan, nullptr);
  EXPECT_EQ(chan->actor_code, "HKGOPP");
  const Entity* ho = entity_with_mention(doc, "Ho Ka-fai");
  ASSERT_NE(ho, nullptr);
  EXPECT_EQ(ho->type, "PER");
  EXPECT_EQ(ho->actor_code, "HKGPTY");
  EXPECT_EQ(ho, entity_with_mention(doc, "Ho"));  // the family name alone, which NER missed
}

TEST(RoleCountry, AnUnknownNamedOwnerTakesNoDefaultCountry) {
  Document doc =
      make_doc("Police in Kenya arrested two men in Nairobi. Zorvath officials denied the claim.",
               "2023-09-02");
  ASSERT_EQ(doc.sentences.size(), 2u);
  set_parse(doc, 1,
            {{"PROPN", "compound", 2},
             {"NOUN", "nsubj", 3},
             {"VERB", "root", 0},
             {"DET", "det", 5},
             {"NOUN", "obj", 3},
             {"PUNCT", "punct", 3}});
  testing_util::add_ner(doc, {"Zorvath"}, "ORG");
  builtin_resolver()->annotate(doc);
  // Not the article's government (KENGOV), nor a bare ---GOV: the officials
  // are the unknown body's.
  const Entity* e = entity_with_mention(doc, "Zorvath officials");
  if (e) {
    EXPECT_EQ(e->actor_code, "");
  }
  const Entity* police = entity_with_mention(doc, "Police");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->actor_code, "KENCOP");
}

TEST(RoleCountry, AWholeRoleNameBeforeANameIsATitle) {
  Document doc =
      make_doc("Nigerian Secretary of State Amaka Obi met reporters on Friday.", "2023-09-02");
  testing_util::add_ner(doc, {"Amaka", "Obi"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* obi = entity_with_mention(doc, "Nigerian Secretary of State Amaka Obi");
  ASSERT_NE(obi, nullptr);
  EXPECT_EQ(obi->type, "PER");
  EXPECT_EQ(obi->actor_code, "NGAGOV");
  EXPECT_EQ(obi->resolved_by, "title");
}

TEST(RoleCountry, AChairmansBodyGivesTheRole) {
  Document doc =
      make_doc("Nevada Republican Party Chairman Tom Walsh welcomed the ruling.", "2023-09-02");
  testing_util::add_ner(doc, {"Tom", "Walsh"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* walsh = entity_with_mention(doc, "Nevada Republican Party Chairman Tom Walsh");
  ASSERT_NE(walsh, nullptr);
  EXPECT_EQ(walsh->actor_code, "USAPTY");
}

TEST(RoleCountry, LawyersNeedTheirCountryNamed) {
  Document doc = make_doc(
      "Police in Kenya arrested two men in Nairobi. An attorney for the men said they were "
      "innocent. A Russian lawyer disagreed.",
      "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* attorney = entity_with_mention(doc, "An attorney");
  if (attorney) {
    EXPECT_EQ(attorney->actor_code, "");
  }
  const Entity* russian = entity_with_mention(doc, "A Russian lawyer");
  ASSERT_NE(russian, nullptr);
  EXPECT_EQ(russian->actor_code, "RUSJUD");
}

TEST(RoleCountry, CommitteesOfAChamberAndCompanyNames) {
  Document doc = make_doc(
      "Police in Kenya arrested two men in Nairobi. The House Yemen Committee met on Monday, and "
      "Zentrix Ltd denied any link.",
      "2023-09-02");
  testing_util::add_ner(doc, {"House", "Yemen", "Committee"}, "ORG");
  testing_util::add_ner(doc, {"Zentrix", "Ltd"}, "ORG");
  builtin_resolver()->annotate(doc);
  // A place after the chamber is the committee's subject, not its country.
  const Entity* committee = entity_with_mention(doc, "House Yemen Committee");
  ASSERT_NE(committee, nullptr);
  EXPECT_EQ(committee->actor_code, "KENLEG");
  const Entity* company = entity_with_mention(doc, "Zentrix Ltd");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->actor_code, "KENBUS");
}

TEST(RoleCountry, TitlesThatCodeOnlyBeforeAName) {
  Document doc = make_doc(
      "Police in Kenya arrested two men in Nairobi. Justice Amina Wekesa ordered their release. "
      "Justice was done, said a relative.",
      "2023-09-02");
  testing_util::add_ner(doc, {"Amina", "Wekesa"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* judge = entity_with_mention(doc, "Justice Amina Wekesa");
  ASSERT_NE(judge, nullptr);
  EXPECT_EQ(judge->actor_code, "KENJUD");
  EXPECT_EQ(entity_with_mention(doc, "Justice"), nullptr);
}

TEST(RoleCountry, AKnownPersonsStaff) {
  Document doc = make_doc(
      "A Putin aide met the envoy on Monday. Clinton spokesman Nick Miller declined to comment.",
      "2016-09-21");
  testing_util::add_ner(doc, {"Nick", "Miller"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* aide = entity_with_mention(doc, "A Putin aide");
  ASSERT_NE(aide, nullptr);
  EXPECT_EQ(aide->actor_code, "RUSGOV");
  // A candidate's (a former official's) spokesman is no government's.
  const Entity* miller = entity_with_mention(doc, "Clinton spokesman Nick Miller");
  ASSERT_NE(miller, nullptr);
  EXPECT_EQ(miller->actor_code, "");
}

TEST(RoleCountry, AKnownPersonWithAMiddleInitial) {
  Document doc = make_doc("Joseph R. Biden Jr. met reporters on Monday.", "2016-09-21");
  // NER over "Joseph" … "Jr." whatever the tokenizer does with the initials.
  const auto& toks = doc.sentences[0].tokens;
  std::vector<std::string> words;
  for (const auto& t : toks) {
    words.push_back(t.text);
    if (t.text.rfind("Jr", 0) == 0) break;
  }
  if (words.back() == "Jr" && toks.size() > words.size() && toks[words.size()].text == ".")
    words.push_back(".");
  testing_util::add_ner(doc, words, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* biden = entity_named(doc, "Joseph R. Biden Jr.");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(biden->actor_code, "USAGOV");
  EXPECT_EQ(biden->resolved_by.rfind("dictionary:", 0), 0u) << biden->resolved_by;
}

TEST(RoleCountry, TitleCaseRoleAfterADemonym) {
  // Title case parsed as one name: Slovak <flat Soldiers.
  Document doc = make_doc("Slovak Soldiers arrived .", "2022-01-01");
  set_parse(
      doc, 0,
      {{"PROPN", "nsubj", 3}, {"PROPN", "flat", 1}, {"VERB", "root", 0}, {"PUNCT", "punct", 3}});
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Slovak Soldiers");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "SVKMIL");
}

TEST(RoleCountry, ACountryThatOnlyPlacesABodyGivesNoStateOffice) {
  Document doc =
      make_doc("A leader of a Yemen-based militia was detained on Friday.", "2016-09-21");
  builtin_resolver()->annotate(doc);
  for (const auto& e : doc.entities) EXPECT_NE(e.actor_code, "YEMGOV") << e.name;
}

TEST(RoleCountry, ABranchOfAKnownBody) {
  Document doc = make_doc("The American Civil Liberties Union of Nevada sued the state on Monday.",
                          "2023-09-02");
  testing_util::add_ner(doc, {"American", "Civil", "Liberties", "Union", "of", "Nevada"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* aclu = entity_with_mention(doc, "American Civil Liberties Union of Nevada");
  ASSERT_NE(aclu, nullptr);
  EXPECT_EQ(aclu->actor_code.find("LAB"), std::string::npos) << aclu->actor_code;
  EXPECT_EQ(aclu->actor_code.rfind("NGO", 0), 0u) << aclu->actor_code;
}

TEST(RoleCountry, ARegionComposesButIsNoStoryCountry) {
  Document doc = make_doc(
      "Southeast Asian ministers met in a hotel. Europe watched. Europe waited. "
      "Europe hesitated. Protesters were arrested by the police.",
      "2022-03-04");
  builtin_resolver()->annotate(doc);
  const Entity* ministers = entity_with_mention(doc, "Southeast Asian ministers");
  ASSERT_NE(ministers, nullptr);
  EXPECT_EQ(ministers->actor_code, "SEAGOV");
  const Entity* army = entity_with_mention(doc, "the police");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->actor_code, "---COP");
}

}  // namespace
// A party's adjective inside a title places no one elsewhere (unlike "Arab
// diplomats"): the title takes the article's country.
TEST(RoleCountry, APartysAdjectiveInATitleKeepsTheArticlesCountry) {
  Document doc = make_doc(
      "Voters in Ohio and Texas are divided. The veteran Democratic pollster Kim Reyes spoke.",
      "2016-09-02");
  ASSERT_EQ(doc.sentences.size(), 2u);
  set_parse(doc, 1,
            {{"DET", "det", 4},
             {"ADJ", "amod", 4},
             {"ADJ", "amod", 4},
             {"NOUN", "compound", 5},
             {"PROPN", "nsubj", 7},
             {"PROPN", "flat", 5},
             {"VERB", "root", 0},
             {"PUNCT", "punct", 7}});
  testing_util::add_ner(doc, {"Kim", "Reyes"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Kim Reyes");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
}

// A country named as immigrants' origin does not place the sentence: the
// officers are the story's police, not the immigrants' country's.
TEST(RoleCountry, AnImmigrantsOriginDoesNotPlaceTheSentence) {
  Document doc = make_doc(
      "Voters in Ohio and Texas are divided. Four police officers shot a Peruvian immigrant in "
      "a parking lot.",
      "2016-09-02");
  testing_util::add_ner(doc, {"Peruvian"}, "NORP");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Four police officers");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USACOP");
}

}  // namespace eventwire
