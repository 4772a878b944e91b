// Roles, titles and their composition with countries: hyphenated given names
// before titles, a role's office, role words NER tags in lower case, the
// parse head of a title written in two words, demonyms and agent words of
// roles.kb, a role name's words in a misparsed bare phrase, ministries'
// portfolios, subdivisions, bodies named inside unknown bodies' names.
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>
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

TEST(ActorRoles, AHyphenatedGivenNameCutByTheTaggerKeepsItsTitle) {
  Document doc = make_doc("Kazakh President Arman-Serik Dulatov opened the session.", "2022-03-01");
  add_ner(doc, {"Serik", "Dulatov"}, "PER");  // the tagger cut the given name at its hyphen
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Kazakh President Arman-Serik Dulatov");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "KAZGOV");
  EXPECT_EQ(e->resolved_by, "title");
}

TEST(ActorRoles, TwoPiecesOfAHyphenatedGivenNameAreOneName) {
  Document doc = make_doc("Anne-Claire Morvan met reporters.", "2022-03-01");
  add_ner(doc, {"Anne"}, "PER");
  add_ner(doc, {"Claire", "Morvan"}, "PER");
  builtin_resolver()->annotate(doc);
  EXPECT_NE(entity_with_mention(doc, "Anne-Claire Morvan"), nullptr);
  EXPECT_EQ(entity_with_mention(doc, "Anne"), nullptr);
  // A known name before the hyphen is no given name ("Lima-Morvan talks").
  Document talks = make_doc("The Lima-Morvan talks ended on Sunday.", "2022-03-01");
  add_ner(talks, {"Morvan"}, "PER");
  builtin_resolver()->annotate(talks);
  EXPECT_EQ(entity_with_mention(talks, "Lima-Morvan"), nullptr);
  EXPECT_NE(entity_with_mention(talks, "Morvan"), nullptr);
}

TEST(ActorRoles, ARolesOfficeIsCodedAsTheRole) {
  Document doc = make_doc("Peru's Ombudsman's Office said on Tuesday that three people were hurt.",
                          "2022-03-01");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Peru's Ombudsman's Office");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "PERGOV");
  EXPECT_EQ(e->type, "ORG");
}

TEST(ActorRoles, APossessiveInsideATwoWordTitleKeepsTheTitle) {
  // "state attorney general", "sheriff deputy" with a possessive between their
  // words: not "general" (MIL) or "deputies" (LEG) alone.
  Document doc = make_doc(
      "Officials in Ohio spoke. The state's attorney general sued the firm. "
      "The sheriff's deputies arrested two men near the lake.",
      "2022-03-01");
  builtin_resolver()->annotate(doc);
  const Entity* attorney = entity_with_mention(doc, "The state's attorney general");
  ASSERT_NE(attorney, nullptr);
  EXPECT_EQ(attorney->actor_code, "USAGOV");
  const Entity* deputies = entity_with_mention(doc, "The sheriff's deputies");
  ASSERT_NE(deputies, nullptr);
  EXPECT_EQ(deputies->actor_code, "USACOP");
}

TEST(ActorRoles, APlaceNameInsideAPersonsNameGivesNoCountry) {
  // "Douglas" is the Isle of Man's capital; here a given name, after an
  // initial or inside a person the tagger found.
  Document titled = make_doc("Minister K. Douglas Tremaine signed the order.", "2022-03-01");
  add_ner(titled, {"Minister", "K.", "Douglas", "Tremaine"}, "ORG");
  Document tagged = make_doc("Douglas Tremaine left the meeting early.", "2022-03-01");
  add_ner(tagged, {"Douglas", "Tremaine"}, "PER");
  for (Document* doc : {&titled, &tagged}) {
    builtin_resolver()->annotate(*doc);
    bool person_seen = false;
    for (const Entity& e : doc->entities) {
      EXPECT_NE(e.actor_code.rfind("IMN", 0), 0u) << e.name;
      for (const auto& m : e.mentions) person_seen |= m.text.find("Douglas") != std::string::npos;
    }
    // The name is still an entity: it lost the country, not its mention.
    EXPECT_TRUE(person_seen) << doc->article.text;
  }
  // The capital as a place stays the country.
  Document place = make_doc("The ferry reached Douglas on Monday.", "2022-03-01");
  add_ner(place, {"Douglas"}, "GPE");
  builtin_resolver()->annotate(place);
  const Entity* douglas = entity_with_mention(place, "Douglas");
  ASSERT_NE(douglas, nullptr);
  EXPECT_EQ(douglas->actor_code, "IMN");
}

TEST(ActorRoles, ARoleWordTaggedInLowerCaseIsARolePhrase) {
  Document doc = make_doc("Several netizens mocked the decree.", "2022-03-01");
  add_ner(doc, {"netizens"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Several netizens");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "---CVL");
}

TEST(ActorRoles, ATwoWordTitleIsHeadedWhereTheParseHeadsIt) {
  Document doc = make_doc(
      "Police in Kenya arrested two men in Nairobi. The Attorney General said the case was closed.",
      "2023-09-02");
  ASSERT_EQ(doc.sentences.size(), 2u);
  // "General" hangs on "Attorney" as part of one name.
  set_parse(doc, 1,
            {{"DET", "det", 2},
             {"PROPN", "nsubj", 4},
             {"PROPN", "flat", 2},
             {"VERB", "root", 0},
             {"DET", "det", 6},
             {"NOUN", "nsubj:pass", 8},
             {"AUX", "aux:pass", 8},
             {"VERB", "ccomp", 4},
             {"PUNCT", "punct", 4}});
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "The Attorney General");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "KENGOV");
}

TEST(ActorRoles, NewsDemonymsAndAgentWords) {
  struct Case {
    const char* text;
    const char* mention;
    const char* code;
  };
  const Case cases[] = {
      {"Kyrgyz troops crossed the border.", "Kyrgyz troops", "KGZMIL"},
      {"Tajik police in the capital detained a smuggler.", "Tajik police", "TJKCOP"},
      {"Peru's defense ministry denied the report.", "Peru's defense ministry", "PERGOVMIL"},
      {"Bolivia's security service detained a courier.", "Bolivia's security service", "BOLSPY"},
      {"Taxi drivers blocked the road.", "Taxi drivers", "---CVL"},
      {"A smuggling syndicate moved the cargo.", "syndicate", "---CRM"},
      {"Protesters blocked the bridge.", "Protesters", "---OPP"},
      // The body a role word describes; an armed one a country only places
      // is unaligned.
      {"A Kenya-based paramilitary group attacked the village.", "A Kenya-based paramilitary group",
       "KENUAF"},
      // A ministry's portfolio gives its sector (CountryInfo's ministers).
      {"Ghana's aviation ministry closed the airport.", "Ghana's aviation ministry", "GHAGOVBUS"},
      {"The Fijian minister of fisheries resigned.", "The Fijian minister of fisheries",
       "FJIGOVAGR"},
      {"Latvia's ministry of culture funded the film.", "Latvia's ministry of culture",
       "LVAGOVMED"},
      // A subdivision (ISO 3166-2) places a group; a body the base knows names
      // an unknown body's country.
      {"Kachin rebels ambushed a convoy.", "Kachin rebels", "MMRREB"},
  };
  for (const Case& c : cases) {
    Document doc = make_doc(c.text, "2022-03-01");
    builtin_resolver()->annotate(doc);
    const Entity* e = entity_with_mention(doc, c.mention);
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->actor_code, c.code) << c.text;
  }
}

TEST(ActorRoles, AGenericMinistryOfAnotherCountryTakesItsOwnRole) {
  // The base knows "Defense Department" as the Pentagon (USAMIL); with a
  // country's possessive before it, it is that country's, with the role any
  // defence ministry has.
  Document doc = make_doc("Peru's Defense Department denied the report.", "2022-03-01");
  add_ner(doc, {"Defense", "Department"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Defense Department");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "PERGOVMIL");
}

TEST(ActorRoles, RetiredAndFormerOfficersOfABodyAreElites) {
  Document doc = make_doc(
      "The plan was weak, said retired Army Gen. Tomas Brandt. A former FBI director agreed.",
      "2022-03-01");
  add_ner(doc, {"Tomas", "Brandt"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* general = entity_with_mention(doc, "retired Army Gen. Tomas Brandt");
  ASSERT_NE(general, nullptr);
  EXPECT_EQ(general->actor_code, "USAELI");  // ELI; the country the article's (the FBI's)
  const Entity* director = entity_with_mention(doc, "A former FBI director");
  ASSERT_NE(director, nullptr);
  EXPECT_EQ(director->actor_code, "USAELI");  // the FBI's country, not its COP
  // A composite office is an office too (defence ministers are GOVMIL).
  Document minister =
      make_doc("Former Defense Minister Tomas Brandt criticized the plan.", "2022-03-01");
  add_ner(minister, {"Tomas", "Brandt"}, "PER");
  builtin_resolver()->annotate(minister);
  const Entity* e = entity_with_mention(minister, "Former Defense Minister Tomas Brandt");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "---ELI");
}

TEST(ActorRoles, OfficersNearThePoliceAreThePolices) {
  Document doc = make_doc(
      "Police in Kenya closed the road. Two officers fired tear gas. Soldiers guarded the border. "
      "Later, an officer inspected the troops.",
      "2022-03-01");
  builtin_resolver()->annotate(doc);
  const Entity* police = entity_with_mention(doc, "Two officers");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->actor_code, "KENCOP");
  const Entity* army = entity_with_mention(doc, "an officer");
  ASSERT_NE(army, nullptr);
  EXPECT_EQ(army->actor_code, "KENMIL");
}

TEST(ActorRoles, ACandidatesStaffInAnArticleNamingTheCampaign) {
  // Hillary Clinton holds no office in September 2016 (the base knows her
  // term as secretary of state); the article names her campaign.
  Document doc = make_doc(
      "The Clinton campaign raised money in Ohio. Clinton spokesman Dario Velez said the race was "
      "close.",
      "2016-09-20");
  add_ner(doc, {"Dario", "Velez"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Clinton spokesman Dario Velez");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
  // Without the campaign in the article the spokesman stays uncoded.
  Document alone = make_doc("Clinton spokesman Dario Velez said the race was close.", "2016-09-20");
  add_ner(alone, {"Dario", "Velez"}, "PER");
  builtin_resolver()->annotate(alone);
  const Entity* a = entity_with_mention(alone, "Clinton spokesman Dario Velez");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->actor_code, "");
}

TEST(ActorRoles, APartysCampaignCommitteeIsTheParty) {
  Document doc = make_doc(
      "Police in Ohio arrested two men in Columbus. The National Progressive Senatorial Committee "
      "condemned the arrests.",
      "2016-09-20");
  add_ner(doc, {"National", "Progressive", "Senatorial", "Committee"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "National Progressive Senatorial Committee");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
}

TEST(ActorRoles, ADefiniteDescriptionJoinsOnlyTheHolderOfItsRole) {
  // Far from every candidate: the holder of the role by title, not the
  // nearest person with the same code.
  Document doc = make_doc(
      "Attorney General Ada Moreno visited Ohio on Monday. Spokeswoman Lena Oster joined her. "
      "The talks ended late. Farmers waited outside. Prices rose. The attorney general said "
      "nothing.",
      "2016-09-20");
  add_ner(doc, {"Ada", "Moreno"}, "PER");
  add_ner(doc, {"Lena", "Oster"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "The attorney general");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(entity_with_mention(doc, "Attorney General Ada Moreno"), nullptr);
  EXPECT_EQ(e, entity_with_mention(doc, "Attorney General Ada Moreno"));
  // Nobody holds the role, and the only person of that code is sentences
  // away: the description is a mention of its own.
  Document far = make_doc(
      "Spokeswoman Lena Oster visited Ohio on Monday. The talks ended late. Farmers waited "
      "outside. Prices rose. The attorney general said nothing.",
      "2016-09-20");
  add_ner(far, {"Lena", "Oster"}, "PER");
  builtin_resolver()->annotate(far);
  const Entity* d = entity_with_mention(far, "The attorney general");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d, entity_with_mention(far, "Spokeswoman Lena Oster"));
  // A deputy is not the office itself.
  Document deputy = make_doc(
      "Deputy Attorney General Ada Moreno visited Ohio on Monday. The talks ended late. Farmers "
      "waited outside. Prices rose. The attorney general said nothing.",
      "2016-09-20");
  add_ner(deputy, {"Ada", "Moreno"}, "PER");
  builtin_resolver()->annotate(deputy);
  const Entity* g = entity_with_mention(deputy, "The attorney general");
  ASSERT_NE(g, nullptr);
  EXPECT_NE(g, entity_with_mention(deputy, "Deputy Attorney General Ada Moreno"));
}

TEST(ActorRoles, APluralTitleTitlesEveryNameOfItsList) {
  Document doc = make_doc(
      "Sens. Ivo Brandt and Lena Oster criticized the plan in Ohio. Govs. Nils Dorn, Mara Quist "
      "and Pavel Stern wrote to them.",
      "2016-09-20");
  for (const auto& name : std::vector<std::vector<std::string>>{{"Ivo", "Brandt"},
                                                                {"Lena", "Oster"},
                                                                {"Nils", "Dorn"},
                                                                {"Mara", "Quist"},
                                                                {"Pavel", "Stern"}})
    add_ner(doc, name, "PER");
  builtin_resolver()->annotate(doc);
  for (const char* name : {"Sens. Ivo Brandt", "Lena Oster"}) {
    const Entity* e = entity_with_mention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->actor_code, "USALEG") << name;
  }
  for (const char* name : {"Govs. Nils Dorn", "Mara Quist", "Pavel Stern"}) {
    const Entity* e = entity_with_mention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->actor_code, "USAGOV") << name;
  }
}

TEST(ActorRoles, ACandidacyTitleNamingAPartyIsTheParty) {
  Document doc = make_doc(
      "Police in Ohio arrested two men. Green Party candidate Mara Quist condemned the arrests. "
      "Chief strategist for the Republican National Committee Kai Lund agreed. Oscar nominee "
      "Lena Oster did not.",
      "2016-09-20");
  add_ner(doc, {"Mara", "Quist"}, "PER");
  add_ner(doc, {"Kai", "Lund"}, "PER");
  add_ner(doc, {"Lena", "Oster"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* q = entity_with_mention(doc, "Green Party candidate Mara Quist");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->actor_code, "USAPTY");
  const Entity* k =
      entity_with_mention(doc, "Chief strategist for the Republican National Committee Kai Lund");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->actor_code, "USAPTY");
  // A nominee of no party or race is no party's.
  const Entity* o = entity_with_mention(doc, "Lena Oster");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->actor_code, "");
}

TEST(ActorRoles, APartyLabelBeforeAnUnknownNameIsTheParty) {
  Document doc = make_doc(
      "Police in Ohio arrested two men. Libertarian Tavi Rinne condemned the arrests, and "
      "Republican Donald Trump agreed.",
      "2016-09-20");
  add_ner(doc, {"Tavi", "Rinne"}, "PER");
  add_ner(doc, {"Donald", "Trump"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* t = entity_with_mention(doc, "Libertarian Tavi Rinne");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->actor_code, "USAPTY");
  // A person the base knows keeps the base's code.
  const Entity* d = entity_with_mention(doc, "Republican Donald Trump");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->actor_code, "USAELI");
}

TEST(ActorRoles, ANomineesSpokesmanSpeaksForTheParty) {
  Document doc = make_doc(
      "Police in Ohio arrested two men. Republican nominee Donald Trump condemned the arrests. "
      "According to the Daily Lark, Trump spokesman Tavi Rinne said more would follow.",
      "2016-09-20");
  add_ner(doc, {"Donald", "Trump"}, "PER");
  add_ner(doc, {"Daily", "Lark"}, "ORG");
  add_ner(doc, {"Trump", "spokesman", "Tavi", "Rinne"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* t = entity_with_mention(doc, "Trump spokesman Tavi Rinne");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->actor_code, "USAPTY");
  // The title is no apposition of the outlet before it.
  const Entity* lark = entity_with_mention(doc, "Daily Lark");
  ASSERT_NE(lark, nullptr);
  EXPECT_NE(lark->actor_code, "USAPTY");
}

TEST(ActorRoles, ARoleNamesWordsBringTheirDemonymWhateverTheParse) {
  // A bare headline phrase the parser reads as a clause: "defense" the subject
  // of "contractor", "Chilean" hanging on "defense".
  Document doc = make_doc("the Chilean defense contractor", "2019-05-02");
  set_parse(doc, 0,
            {{"DET", "det", 3}, {"ADJ", "amod", 3}, {"NOUN", "nsubj", 4}, {"NOUN", "root", 0}});
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "the Chilean defense contractor");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "CHLBUS");
  // The title hangs on "deputy", the root: the demonym before it is the title's.
  Document deputy = make_doc("the Omani deputy interior minister", "2019-05-02");
  set_parse(deputy, 0,
            {{"DET", "det", 3},
             {"ADJ", "amod", 3},
             {"NOUN", "root", 0},
             {"ADJ", "amod", 5},
             {"NOUN", "nmod:unmarked", 3}});
  builtin_resolver()->annotate(deputy);
  const Entity* d = entity_with_mention(deputy, "the Omani deputy interior minister");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->actor_code, "OMNGOV");
}

TEST(ActorRoles, ABodyTheBaseKnowsNamesAnUnknownBodysCountry) {
  Document doc = make_doc("the Hezbollah Dockworkers Union", "2019-05-02");
  add_ner(doc, {"Hezbollah", "Dockworkers", "Union"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Hezbollah Dockworkers Union");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "LBNLAB");
}

TEST(ActorRoles, APartyIsAPartyWhateverItsNameStandsFor) {
  Document doc = make_doc(
      "Police in Ohio arrested two men. The Ohio Green Party condemned the arrests, and the "
      "Granite Falls Police Department said more would follow.",
      "2016-09-20");
  add_ner(doc, {"Ohio", "Green", "Party"}, "ORG");
  add_ner(doc, {"Granite", "Falls", "Police", "Department"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* party = entity_with_mention(doc, "Ohio Green Party");
  ASSERT_NE(party, nullptr);
  EXPECT_EQ(party->actor_code, "USAPTY");
  // A weak head ("Department") yields to the name's role word without a
  // country of its own too.
  const Entity* police = entity_with_mention(doc, "Granite Falls Police Department");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->actor_code, "USACOP");
}

TEST(ActorRoles, PastOfficesCampaignTailsAndAdvisersInApposition) {
  Document doc = make_doc(
      "Police in Ohio arrested two men. Former state senator Ada Moreno condemned the arrests. "
      "A spokeswoman for the Vale campaign, Lina Okoro, said Ohio was safe. "
      "An adviser to the governor, Tom Reddick, disagreed.",
      "2016-09-20");
  add_ner(doc, {"Ada", "Moreno"}, "PER");
  add_ner(doc, {"Lina", "Okoro"}, "PER");
  add_ner(doc, {"Tom", "Reddick"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* moreno = entity_named(doc, "Ada Moreno");
  ASSERT_NE(moreno, nullptr);
  EXPECT_EQ(moreno->actor_code, "USAELI");  // "state" is the past office's modifier
  const Entity* okoro = entity_named(doc, "Lina Okoro");
  ASSERT_NE(okoro, nullptr);
  EXPECT_EQ(okoro->actor_code, "USAPTY");
  // The governor is whom Reddick advises, not Reddick.
  const Entity* reddick = entity_named(doc, "Tom Reddick");
  ASSERT_NE(reddick, nullptr);
  EXPECT_NE(reddick->actor_code, "USAGOV");
}

TEST(ActorRoles, ThinkTanksAndShortFormsOfBodies) {
  Document doc = make_doc(
      "Police in Ohio arrested two men. The Brookings Institute criticized the arrests, and "
      "Lakeview News defended them. Trump told Lakeview that the police were right.",
      "2016-09-20");
  add_ner(doc, {"Brookings", "Institute"}, "ORG");
  add_ner(doc, {"Lakeview", "News"}, "ORG");
  add_ner(doc, {"Lakeview"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* tank = entity_with_mention(doc, "Brookings Institute");
  ASSERT_NE(tank, nullptr);
  EXPECT_EQ(tank->actor_code, "USANGO");  // the Phoenix dictionaries' USAELI
  const Entity* outlet = entity_with_mention(doc, "Lakeview News");
  ASSERT_NE(outlet, nullptr);
  EXPECT_EQ(outlet->actor_code, "USAMED");
  EXPECT_EQ(outlet, entity_with_mention(doc, "Lakeview"));  // its short form
}

TEST(ActorRoles, APlaceNerCutFromAnOutletsNameIsTheOutlet) {
  Document doc =
      make_doc("The Tulsa Herald reported that police in Ohio arrested two men.", "2016-09-20");
  add_ner(doc, {"Tulsa"}, "GPE");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Tulsa Herald");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAMED");
}

// The code of `mention` in `text` of an American story, with the bodies NER found.
std::string body_code(const std::string& text, const std::vector<std::vector<std::string>>& bodies,
                      const std::string& mention) {
  Document doc = make_doc("Police in Ohio arrested two men. " + text, "2016-09-20");
  for (const auto& words : bodies) add_ner(doc, words, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, mention);
  return e == nullptr ? "(none)" : e->actor_code;
}

TEST(ActorRoles, AnOutletIsNamedByItsMasthead) {
  // The masthead heads the name, not the faith its other words name.
  EXPECT_EQ(body_code("The Quaker Radio Service reported it.", {{"Quaker", "Radio", "Service"}},
                      "Quaker Radio Service"),
            "USAMED");
  EXPECT_EQ(body_code("The Farmers Broadcasting Network reported it.",
                      {{"Farmers", "Broadcasting", "Network"}}, "Farmers Broadcasting Network"),
            "USAMED");
}

TEST(ActorRoles, AUnitOfAKnownBodyIsThatBody) {
  // The department's, not the sector of a modifier ("permit", "refugee"),
  // with the possessive before the name or inside it.
  EXPECT_EQ(body_code("A spokesman for the State Department's Permit Desk Center spoke.",
                      {{"Permit", "Desk", "Center"}}, "Permit Desk Center"),
            "USAGOV");
  EXPECT_EQ(body_code("The State Department's Refugee Liaison Office spoke.",
                      {{"State", "Department", "'s", "Refugee", "Liaison", "Office"}},
                      "State Department's Refugee Liaison Office"),
            "USAGOV");
  // A unit named after its parent body with no role word of its own.
  EXPECT_EQ(body_code("Pentagon Procurement Reviews opened a case.",
                      {{"Pentagon", "Procurement", "Reviews"}}, "Pentagon Procurement Reviews"),
            "USAMIL");
  // No known body owns it: it is no unit of one (and its words alone code
  // nothing in a story that names no refugees' country).
  EXPECT_EQ(body_code("The Lakeview Refugee Center offered help.",
                      {{"Lakeview", "Refugee", "Center"}}, "Lakeview Refugee Center"),
            "");
}

TEST(ActorRoles, ABodysNameNerMissedIsABody) {
  // No NER mention: the head "Center" closes a capitalized run.
  EXPECT_EQ(body_code("Lena Marsh, a fellow at the Harbor Policy Center, said so.", {},
                      "Harbor Policy Center"),
            "USANGO");
  // Named again by the last words of its name: the body named in full.
  Document doc = make_doc(
      "Police in Ohio arrested two men. The House Marine Fisheries Committee met on Monday, "
      "and members of the Marine Fisheries Committee said the men were fishermen.",
      "2016-09-20");
  add_ner(doc, {"House", "Marine", "Fisheries", "Committee"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* full = entity_with_mention(doc, "House Marine Fisheries Committee");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full->actor_code, "USALEG");
  EXPECT_EQ(entity_with_mention(doc, "Marine Fisheries Committee"), full);
}

// A town's, county's or state's government named by its common noun or by
// the place's name, acting (docs/actors.md step 3, "Local governments").
TEST(ActorRoles, ALocalGovernmentActsAsTheCountrysGovernment) {
  Document doc = make_doc(
      "Floods hit Ohio and Kentucky. The county closed two roads. The state voted for the "
      "senator. Pittsburgh sued the agency. The town council met. The United States fined the "
      "firm.",
      "2022-03-01");
  set_parse(doc, 1,
            {{"DET", "det", 2},
             {"NOUN", "nsubj", 3},
             {"VERB", "root", 0},
             {"NUM", "nummod", 5},
             {"NOUN", "obj", 3},
             {"PUNCT", "punct", 3}});
  set_parse(doc, 2,
            {{"DET", "det", 2},
             {"NOUN", "nsubj", 3},
             {"VERB", "root", 0},
             {"ADP", "case", 6},
             {"DET", "det", 6},
             {"NOUN", "obl", 3},
             {"PUNCT", "punct", 3}});
  doc.sentences[2].tokens[2].lemma = "vote";
  set_parse(doc, 3,
            {{"PROPN", "nsubj", 2},
             {"VERB", "root", 0},
             {"DET", "det", 4},
             {"NOUN", "obj", 2},
             {"PUNCT", "punct", 2}});
  set_parse(doc, 5,
            {{"DET", "det", 3},
             {"PROPN", "compound", 3},
             {"PROPN", "nsubj", 4},
             {"VERB", "root", 0},
             {"DET", "det", 6},
             {"NOUN", "obj", 4},
             {"PUNCT", "punct", 4}});
  builtin_resolver()->annotate(doc);
  const Entity* county = entity_with_mention(doc, "The county");
  ASSERT_NE(county, nullptr);
  EXPECT_EQ(county->actor_code, "USAGOV");
  // Voters, not the state's government.
  EXPECT_EQ(entity_with_mention(doc, "The state"), nullptr);
  const Entity* city = entity_with_mention(doc, "Pittsburgh");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->actor_code, "USAGOV");
  EXPECT_EQ(city->resolved_by.rfind("metonymy:place", 0), 0u);
  const Entity* council = entity_with_mention(doc, "The town council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->actor_code, "USAGOV");
  // A place where something happens stays the country.
  const Entity* ohio = entity_with_mention(doc, "Ohio");
  ASSERT_NE(ohio, nullptr);
  EXPECT_EQ(ohio->actor_code, "USA");
  // A country's own name listed among its places is the country, acting or not.
  const Entity* country = entity_with_mention(doc, "United States");
  if (country == nullptr) country = entity_with_mention(doc, "The United States");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->actor_code, "USA");
  EXPECT_NE(country->resolved_by.rfind("metonymy:place", 0), 0u);
}

TEST(ActorRoles, ACommitteeCutAtAnAndIsItsChambers) {
  // The tagger found "Harbor Works Committee" only; the chamber opens the run before it.
  Document doc = make_doc(
      "The Senate voted on Monday. The House Fisheries and Harbor Works Committee voted on "
      "Tuesday in Washington.",
      "2016-09-20");
  add_ner(doc, {"Harbor", "Works", "Committee"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Harbor Works Committee");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->actor_code.ends_with("LEG")) << e->actor_code;
}

// The code of "Fisheries Committee" in `text`, tagged ORG, with "Lena Marsh" tagged PER.
std::string committee_code(const std::string& text) {
  Document doc = make_doc(text, "2016-09-20");
  add_ner(doc, {"Lena", "Marsh"}, "PER");
  add_ner(doc, {"Fisheries", "Committee"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Fisheries Committee");
  return e ? e->actor_code : "(none)";
}

TEST(ActorRoles, ACommitteeALegislatorsTitleNamesIsTheLegislatures) {
  const std::string code = committee_code(
      "Fisheries Chairman Sen. Lena Marsh spoke on Monday in Washington. The Fisheries Committee "
      "met in Washington on Tuesday.");
  EXPECT_TRUE(code.ends_with("LEG")) << code;
  // No legislator titled so, but a senator named: a committee of a story that
  // names the legislature is the legislature's too (orgs8, actor_country.cc).
  const std::string other = committee_code(
      "Sen. Lena Marsh spoke on Monday in Washington. The Fisheries Committee met in Washington "
      "on Tuesday.");
  EXPECT_TRUE(other.ends_with("LEG")) << other;
}

}  // namespace
}  // namespace eventwire
