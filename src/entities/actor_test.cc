// Knowledge base, date-aware codes, composition, apposition, possessives and
// metonymy on our own sentences.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "entities/actor_test_util.h"
#include "eventwire/entities.h"

namespace eventwire {
namespace {
using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_named;
using testing_util::entity_with_mention;
using testing_util::make_doc;

TEST(ActorKb, ParsesLinesAndDates) {
  auto kb = parse_actor_kb(
      "@format eventwire-actors 1\n# c\nperson\tUSAGOV\tDonald Trump; Trump\tfrom=2017-01-20; "
      "to=2021-01-20\n",
      "x.kb");
  ASSERT_TRUE(kb.is_ok()) << kb.status().to_string();
  ASSERT_EQ(kb->size(), 1u);
  EXPECT_EQ((*kb)[0].names.size(), 2u);
  EXPECT_EQ((*kb)[0].from, 20170120);
  EXPECT_EQ((*kb)[0].to, 20210120);
  EXPECT_EQ((*kb)[0].source, "x.kb:3");
}

TEST(ActorKb, RejectsBadLinesQuotingThem) {
  auto bad = parse_actor_kb("@format eventwire-actors 1\nperson\tX\tA\tfrom=2017-13-01\n", "b.kb");
  ASSERT_FALSE(bad.is_ok());
  EXPECT_NE(bad.status().message().find("b.kb:2"), std::string::npos);
  EXPECT_NE(bad.status().message().find("2017-13-01"), std::string::npos);
  EXPECT_FALSE(parse_actor_kb("@format eventwire-actors 1\nthing\tX\tA\n", "b.kb").is_ok());
  EXPECT_FALSE(parse_actor_kb("country\tX\tA\n", "b.kb").is_ok());  // no @format
}

TEST(ActorKb, BuiltinFilesParseAndMatchTheSourceTree) {
  auto files = builtin_actor_kb();
  ASSERT_GE(files.size(), 5u);
  size_t people = 0;
  for (const auto& [name, text] : files) {
    auto kb = parse_actor_kb(text, name);
    ASSERT_TRUE(kb.is_ok()) << kb.status().to_string();
    if (name == "people.kb") people = kb->size();
    // The copy embedded at build time (src/entities/embed_actor_kb.cmake) matches the data.
    std::ifstream in(std::string(EVENTWIRE_SOURCE_DIR) + "/data/actors/" + name, std::ios::binary);
    if (!in) continue;
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_EQ(ss.str(), std::string(text)) << name << " changed since the build: rebuild";
  }
  EXPECT_GT(people, 250u);
}

TEST(ActorResolve, DateAwarePersonCodes) {
  for (const auto& [date, code] :
       std::vector<std::pair<std::string, std::string>>{{"2017-12-25", "USAGOV"},
                                                        {"2022-03-01", "USAELI"},
                                                        {"2025-02-01", "USAGOV"},
                                                        {"2010-01-01", "USABUS"}}) {
    Document doc = make_doc("Donald Trump spoke on Monday.", date);
    builtin_resolver()->annotate(doc);
    const Entity* e = entity_named(doc, "Donald Trump");
    ASSERT_NE(e, nullptr) << date;
    EXPECT_EQ(e->actor_code, code) << date;
    EXPECT_EQ(e->resolved_by.rfind("dictionary:people.kb:", 0), 0u) << e->resolved_by;
  }
  // Handover day: the successor holds the office.
  Document doc = make_doc("Barack Obama left and Donald Trump arrived.", "2017-01-20");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(entity_named(doc, "Barack Obama")->actor_code, "USAELI");
  EXPECT_EQ(entity_named(doc, "Donald Trump")->actor_code, "USAGOV");
}

TEST(ActorResolve, PersonOutOfOfficeIsElite) {
  Document doc = make_doc("Ehud Olmert spoke.", "2015-05-05");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(entity_named(doc, "Ehud Olmert")->actor_code, "ISRELI");
  EXPECT_EQ(entity_named(doc, "Ehud Olmert")->resolved_by.rfind("dictionary-past:", 0), 0u);
}

TEST(ActorResolve, CountriesOrganizationsAndLongestMatch) {
  Document doc = make_doc(
      "Iran and the Islamic Revolutionary Guards Corps met officials of the United Nations.",
      "2019-01-01");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(entity_named(doc, "Iran")->actor_code, "IRN");
  EXPECT_EQ(entity_named(doc, "Islamic Revolutionary Guards Corps")->actor_code, "IRNMIL");
  EXPECT_EQ(entity_named(doc, "United Nations")->actor_code, "IGOUNO");
}

TEST(ActorResolve, CompositionOfDemonymAndRole) {
  Document doc =
      make_doc("A senior Iranian military commander met Turkish police officers.", "2019-01-01");
  builtin_resolver()->annotate(doc);
  const Entity* cmd = entity_with_mention(doc, "A senior Iranian military commander");
  ASSERT_NE(cmd, nullptr);
  EXPECT_EQ(cmd->actor_code, "IRNMIL");
  EXPECT_EQ(cmd->resolved_by, "composition");
  const Entity* cops = entity_with_mention(doc, "Turkish police officers");
  ASSERT_NE(cops, nullptr);
  EXPECT_EQ(cops->actor_code, "TURCOP");
  // The demonym is part of the phrase, not an entity of its own.
  EXPECT_EQ(entity_with_mention(doc, "Iranian"), nullptr);
}

TEST(ActorResolve, ApposionGivesAnUnknownPersonACode) {
  Document doc =
      make_doc("Karim Haddad, the commander of Iran's Quds Force, met reporters.", "2019-01-01");
  add_ner(doc, {"Karim", "Haddad"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Karim Haddad");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "IRNMIL");
  EXPECT_EQ(e->resolved_by, "apposition");
  ASSERT_GE(e->mentions.size(), 2u);
  EXPECT_EQ(e->mentions[1].text, "the commander of Iran's Quds Force");
}

TEST(ActorResolve, PossessiveOrganizationBeforeTheName) {
  Document doc = make_doc("Hamas's leader in the north, Omar Badawi, said the group would fight.",
                          "2019-01-01");
  add_ner(doc, {"Omar", "Badawi"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Omar Badawi");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "PSEREBHMS");
  EXPECT_EQ(e->resolved_by, "apposition");
}

TEST(ActorResolve, TitleBeforeTheName) {
  Document doc = make_doc("Egyptian Foreign Minister Amr Nasser arrived.", "2019-01-01");
  add_ner(doc, {"Amr", "Nasser"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Amr Nasser");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "EGYGOV");
  EXPECT_EQ(e->resolved_by, "title");
  EXPECT_EQ(e->mentions[0].text, "Egyptian Foreign Minister Amr Nasser");
}

TEST(ActorResolve, APersonsNameIsNeverAPlace) {
  // NER says PER: no token of the name makes it a country or a capital.
  Document doc = make_doc("Lisa Monaco met Jordan Peterson in Paris.", "2016-05-01");
  add_ner(doc, {"Lisa", "Monaco"}, "PER");
  add_ner(doc, {"Jordan", "Peterson"}, "PER");
  builtin_resolver()->annotate(doc);
  for (const char* name : {"Lisa Monaco", "Jordan Peterson"}) {
    const Entity* e = entity_with_mention(doc, name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_TRUE(e->actor_code.empty()) << name << " → " << e->actor_code;
  }
  // Without NER, a place next to a known first name is not taken either.
  Document bare = make_doc("Officials said Lisa Monaco would attend.", "2016-05-01");
  builtin_resolver()->annotate(bare);
  for (const auto& e : bare.entities) EXPECT_NE(e.actor_code, "MCO") << e.name;
}

// A place name the article writes as a person's name: after a title, or
// alone once a person is named in full with it, whatever NER typed it; the
// country itself still codes.
const Entity* code_of_last_jordan(const std::string& text, const std::string& full_name_type) {
  static Document doc;
  doc = make_doc(text, "2016-05-01");
  if (!full_name_type.empty()) add_ner(doc, {"Marlon", "Jordan"}, full_name_type);
  const Sentence& last = doc.sentences.back();
  for (size_t i = 0; i < last.tokens.size(); ++i)
    if (last.tokens[i].text == "Jordan" &&
        (full_name_type.empty() || i == 0 || last.tokens[i - 1].text != "Marlon")) {
      Entity e;
      e.id = "G";
      e.type = "GPE";  // NER's usual reading of the bare word
      Mention m;
      m.sentence = static_cast<int>(doc.sentences.size()) - 1;
      m.first_token = static_cast<int>(i);
      m.last_token = static_cast<int>(i) + 1;
      m.start = last.tokens[i].start;
      m.end = last.tokens[i].end;
      e.mentions.push_back(m);
      doc.entities.push_back(e);
      break;
    }
  builtin_resolver()->annotate(doc);
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.sentence + 1 == static_cast<int>(doc.sentences.size()) && m.text.size() >= 6 &&
          m.text.compare(m.text.size() - 6, 6, "Jordan") == 0)
        return &e;
  return nullptr;
}

TEST(ActorResolve, APersonNamedLikeACountryIsNoCountry) {
  const Entity* rep = code_of_last_jordan("Rep. Jordan said the bill would fail.", "");
  ASSERT_NE(rep, nullptr);
  EXPECT_EQ(rep->actor_code, "USALEG");  // the title's code, not JOR
  EXPECT_EQ(rep->type, "PER");
  for (const char* text :
       {"Chief Jordan said the patrol was over.", "Ms. Jordan said the bill would fail.",
        "Marlon Jordan chairs the board. Jordan said the bill would fail.",
        "Officials met Marlon Jordan. Later Jordan said the bill would fail."}) {
    const Entity* e = code_of_last_jordan(text, "PER");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_NE(e->actor_code.substr(0, 3), "JOR") << text << " → " << e->actor_code;
    EXPECT_EQ(e->type, "PER") << text;
  }
  // A known first name NER left out joins the name ("Chief Marlon Jordan").
  const Entity* chief =
      code_of_last_jordan("Police Chief Marlon Jordan said the patrol was over.", "");
  ASSERT_NE(chief, nullptr);
  EXPECT_NE(chief->actor_code.substr(0, 3), "JOR");
}

TEST(ActorResolve, TheCountryNamedLikeAPersonStillCodes) {
  for (const char* text : {"Jordan said it would close the border.",
                           "The envoy thanked Jordan. Jordan said it would close the border.",
                           // Named as a place in the article: the bare word is the country.
                           "Marlon Jordan flew in from Amman. Officials in Jordan agreed. "
                           "Jordan said it would close the border."}) {
    const Entity* e = code_of_last_jordan(text, std::string(text).find("Marlon") == 0 ? "PER" : "");
    ASSERT_NE(e, nullptr) << text;
    EXPECT_EQ(e->actor_code, "JOR") << text;
  }
}

TEST(ActorResolve, TitlesCodePeopleTheBaseDoesNotKnow) {
  Document doc = make_doc("FBI Director Jamal Okonkwo testified on Tuesday.", "2016-05-01");
  add_ner(doc, {"FBI", "Director", "Jamal", "Okonkwo"}, "PER");  // NER took the title in
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "FBI Director Jamal Okonkwo");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USACOP");
  EXPECT_EQ(e->resolved_by, "title");

  Document sen = make_doc("Sen. Harold Quimby objected.", "2016-05-01");
  add_ner(sen, {"Harold", "Quimby"}, "PER");
  builtin_resolver()->annotate(sen);
  const Entity* q = entity_named(sen, "Harold Quimby");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->actor_code, "USALEG");

  Document hamas =
      make_doc("A senior Hamas official, Omar Badawi, said the talks failed.", "2019-01-01");
  add_ner(hamas, {"Omar", "Badawi"}, "PER");
  builtin_resolver()->annotate(hamas);
  const Entity* o = entity_with_mention(hamas, "Omar Badawi");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->actor_code, "PSEREBHMS");
}

TEST(ActorResolve, ABareDirectorIsNotGivenTheArticlesCountry) {
  Document doc = make_doc(
      "Sudanese police arrested dozens in Khartoum. Sudan's army denied it. The director of the "
      "film spoke.",
      "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* d = entity_with_mention(doc, "The director of the film");
  if (d) {
    EXPECT_TRUE(d->actor_code.empty()) << d->actor_code;
  }
}

TEST(ActorResolve, NoArticleCountryWhenAnotherCountryIsCloser) {
  Document doc = make_doc(
      "The United States and Washington pressed on. American officials met.\n\nIn Saudi Arabia, "
      "the crown prince spoke.",
      "2018-10-20");
  builtin_resolver()->annotate(doc);
  const Entity* cp = entity_with_mention(doc, "the crown prince");
  if (cp) {
    EXPECT_NE(cp->actor_code, "USAGOV") << cp->resolved_by << " " << cp->mentions.size();
  }
}

TEST(ActorKb, LookupGivesTheCodeOnADate) {
  auto found = builtin_resolver()->lookup("Adam Schiff", "2016-05-01");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.front().code, "USALEG");
  EXPECT_FALSE(found.front().past);
  auto obama = builtin_resolver()->lookup("Barack Obama", "2019-01-01");
  ASSERT_FALSE(obama.empty());
  EXPECT_EQ(obama.front().code, "USAELI");
  size_t people = 0;
  for (const auto& c : builtin_resolver()->counts())
    if (c.kind == "person") people += c.referents;
  EXPECT_GT(people, 5000u);
}

TEST(ActorResolve, UnknownOrganizationNamesComposeCountryAndRole) {
  Document doc =
      make_doc("The Saudi Interior Ministry and Chile's Ministry of Mines replied.", "2015-01-01");
  add_ner(doc, {"Saudi", "Interior", "Ministry"}, "ORG");
  add_ner(doc, {"Ministry", "of", "Mines"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* sau = entity_with_mention(doc, "Saudi Interior Ministry");
  ASSERT_NE(sau, nullptr);
  EXPECT_EQ(sau->actor_code, "SAUGOV");
  const Entity* chl = entity_with_mention(doc, "Ministry of Mines");
  ASSERT_NE(chl, nullptr);
  EXPECT_EQ(chl->actor_code, "CHLGOV");
}

TEST(ActorResolve, AFormerOfficialDescribedWithANewOffice) {
  // Hillary Clinton left the State Department in 2013 (people.kb): out of
  // office she is USAELI, unless the article gives her an office she did
  // not hold before.
  Document doc = make_doc("Hillary Clinton, a commander, spoke.", "2016-01-01");
  add_ner(doc, {"Hillary", "Clinton"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Hillary Clinton");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAMIL");
  EXPECT_EQ(e->resolved_by, "apposition+dictionary-past");
}

TEST(ActorResolve, AFormerOfficialDescribedWithAnOfficeSheLeftLongBefore) {
  // Her Senate seat (congress-legislators, ended by her people.kb office in
  // 2009): "a senator" in 2016 is a past office, and she stays USAELI.
  Document doc = make_doc("Hillary Clinton, a senator, spoke.", "2016-01-01");
  add_ner(doc, {"Hillary", "Clinton"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Hillary Clinton");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAELI");
  EXPECT_EQ(e->resolved_by, "dictionary-past+apposition");
}

TEST(ActorKb, DerivedTermsEndAfterATypicalTenure) {
  // CountryInfo/Phoenix say John Key has been in office since 2008 ("open");
  // the derived base ends the term 8 years later, then he is a former official.
  auto in_office = builtin_resolver()->lookup("John Key", "2015-05-07");
  ASSERT_FALSE(in_office.empty());
  EXPECT_EQ(in_office.front().code, "NZLGOV");
  auto later = builtin_resolver()->lookup("John Key", "2019-01-01");
  ASSERT_FALSE(later.empty());
  EXPECT_EQ(later.front().code, "NZLELI");
}

TEST(ActorResolve, AnUncodedTitleTakesTheArticlesCountry) {
  Document doc = make_doc(
      "Russia warned Ukraine. Moscow said Russian forces would stay. Foreign Ministry "
      "spokeswoman Maria Zakharova said the Kremlin would respond.",
      "2016-10-30");
  add_ner(doc, {"Maria", "Zakharova"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Maria Zakharova");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "RUSGOV");
  EXPECT_EQ(e->resolved_by, "title:article-country");
}

TEST(ActorResolve, ATitleWithAShortTail) {
  Document doc =
      make_doc("Afghan Ambassador to the United States Karim Nadiri said so.", "2017-07-18");
  add_ner(doc, {"Karim", "Nadiri"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Karim Nadiri");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "AFGGOV");
  EXPECT_EQ(e->resolved_by, "title");
}

TEST(ActorResolve, CapitalActsForItsGovernment) {
  Document doc =
      make_doc("Tehran provides support to the rebels. Protests spread in Tehran.", "2019-01-01");
  builtin_resolver()->annotate(doc);
  const Entity* gov = nullptr;
  const Entity* city = nullptr;
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.text == "Tehran") (m.sentence == 0 ? gov : city) = &e;
  ASSERT_NE(gov, nullptr);
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(gov->actor_code, "IRNGOV");
  EXPECT_EQ(gov->resolved_by.rfind("metonymy:capital", 0), 0u);
  EXPECT_EQ(city->actor_code, "IRN");
}

TEST(ActorResolve, MetonymyFromTheParse) {
  Document doc = make_doc("Officials said Ankara backs the plan.", "2019-01-01");
  // Hand parse (UD): Officials nsubj said; Ankara nsubj backs; backs ccomp said.
  auto& t = doc.sentences[0].tokens;
  ASSERT_EQ(t.size(), 7u);
  const int heads[] = {2, 0, 4, 2, 6, 4, 2};
  const char* rels[] = {"nsubj", "root", "nsubj", "ccomp", "det", "obj", "punct"};
  const char* upos[] = {"NOUN", "VERB", "PROPN", "VERB", "DET", "NOUN", "PUNCT"};
  for (size_t i = 0; i < t.size(); ++i)
    t[i].head = heads[i], t[i].deprel = rels[i], t[i].upos = upos[i];
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Ankara");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "TURGOV");
}

TEST(ActorResolve, DemonymNounsAndRoleNounPhrases) {
  Document doc = make_doc("Gazans confronted Israeli troops near the fence.", "2019-01-01");
  builtin_resolver()->annotate(doc);
  ASSERT_NE(entity_with_mention(doc, "Gazans"), nullptr);
  EXPECT_EQ(entity_with_mention(doc, "Gazans")->actor_code, "PSE");
  ASSERT_NE(entity_with_mention(doc, "Israeli troops"), nullptr);
  EXPECT_EQ(entity_with_mention(doc, "Israeli troops")->actor_code, "ISRMIL");
}

TEST(ActorResolve, UserDictionariesAddAndReplace) {
  auto actors = std::make_shared<dict::ActorDictionary>();
  actors->name = "mine.actors.txt";
  dict::ActorEntry entry;
  dict::ActorName name;
  name.words = {"ZORBA", "PARTY"};
  entry.names.push_back(name);
  dict::ActorCode code;
  code.code = "GRCPTY";
  entry.codes.push_back(code);
  actors->entries.push_back(entry);
  EntityOptions opts;
  opts.actors.push_back(actors);
  auto r = EntityResolver::create(opts);
  ASSERT_TRUE(r.is_ok());
  Document doc = make_doc("The Zorba Party and Iran met.", "2019-01-01");
  (*r)->annotate(doc);
  ASSERT_NE(entity_named(doc, "Zorba Party"), nullptr);
  EXPECT_EQ(entity_named(doc, "Zorba Party")->actor_code, "GRCPTY");
  EXPECT_EQ(entity_named(doc, "Iran")->actor_code, "IRN");
  EXPECT_EQ((*r)->dictionaries().front().version, "tabari-actors/mine.actors.txt");

  opts.no_builtin_actors = true;
  auto only = EntityResolver::create(opts);
  ASSERT_TRUE(only.is_ok());
  Document doc2 = make_doc("The Zorba Party and Iran met.", "2019-01-01");
  (*only)->annotate(doc2);
  EXPECT_NE(entity_named(doc2, "Zorba Party"), nullptr);
  EXPECT_EQ(entity_named(doc2, "Iran"), nullptr);
}

}  // namespace
}  // namespace eventwire

namespace eventwire::testing_util {
namespace {

TEST(ActorResolve, RolesWithoutACountryTakeTheArticlesCountry) {
  Document doc = make_doc(
      "Sudanese police arrested dozens in Khartoum. Sudan's army denied it. Protesters marched on "
      "Sunday.",
      "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* protesters = entity_with_mention(doc, "Protesters");
  ASSERT_NE(protesters, nullptr);
  EXPECT_EQ(protesters->actor_code, "SDNOPP");
  EXPECT_EQ(protesters->resolved_by, "composition:article-country");
}

TEST(ActorResolve, NoArticleCountryWhenNoneDominates) {
  Document doc =
      make_doc("Iran and Israel traded threats. Protesters marched on Sunday.", "2023-09-02");
  builtin_resolver()->annotate(doc);
  const Entity* protesters = entity_with_mention(doc, "Protesters");
  if (protesters) {
    EXPECT_NE(protesters->resolved_by, "composition:article-country");
  }
}

TEST(ActorResolve, AKnownSurnameInsideALongerNameIsNotThatPerson) {
  Document doc = make_doc("Joseph Bennett, a teacher, spoke to Naftali Bennett.", "2021-07-01");
  add_ner(doc, {"Joseph", "Bennett"}, "PER");
  add_ner(doc, {"Naftali", "Bennett"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* joseph = entity_with_mention(doc, "Joseph Bennett");
  ASSERT_NE(joseph, nullptr);
  // Not Naftali Bennett's code: at most the role "a teacher" gives (---EDU).
  EXPECT_TRUE(joseph->actor_code.empty() || joseph->actor_code.rfind("---", 0) == 0)
      << joseph->actor_code;
  const Entity* naftali = entity_with_mention(doc, "Naftali Bennett");
  ASSERT_NE(naftali, nullptr);
  EXPECT_NE(joseph, naftali);
}

}  // namespace
}  // namespace eventwire::testing_util
