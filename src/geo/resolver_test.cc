#include <gtest/gtest.h>

#include <thread>

#include "geo/geo_test_util.h"
#include "geo/spans.h"

namespace eventwire {
namespace {

using geo_test::make_document;
using geo_test::tiny_gazetteer;

std::vector<Place> places_of(const std::string& text, GeoResolverOptions options = {}) {
  auto gaz = tiny_gazetteer();
  EXPECT_TRUE(gaz);
  if (!gaz) return {};
  Document doc = make_document(text);
  GeoResolver(gaz, options).annotate(doc);
  return doc.places;
}

const Place* find(const std::vector<Place>& places, const std::string& text) {
  for (const Place& p : places) {
    if (p.text == text) return &p;
  }
  return nullptr;
}

TEST(GeoResolver, FindsAndResolvesToponyms) {
  std::string text =
      "Hamas's leader in the Gaza Strip said he met the commander in Tehran in 2012.";
  auto places = places_of(text);
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].id, "P1");
  EXPECT_EQ(places[0].text, "Gaza Strip");
  EXPECT_EQ(places[0].start, 22u);
  EXPECT_EQ(places[0].end, 32u);
  EXPECT_EQ(places[0].country, "PS");
  EXPECT_EQ(places[1].text, "Tehran");
  EXPECT_EQ(places[1].geonames_id, 112931);
  EXPECT_EQ(places[1].feature, "PPLC");
  EXPECT_EQ(places[1].sentence, 0);
  EXPECT_NEAR(places[1].lat, 35.69, 0.01);
}

TEST(GeoResolver, OffsetsAreCodePoints) {
  std::string text = "“Café” crowds gathered in Tel Aviv.";
  auto places = places_of(text);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].start, 26u);  // not the byte offset (32)
  EXPECT_EQ(places[0].text, "Tel Aviv");
}

TEST(GeoResolver, MetonymyIsStillGeolocated) {
  auto places = places_of("Tehran said it would respond.");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "Tehran");
  EXPECT_EQ(places[0].country, "IR");
}

TEST(GeoResolver, DemonymsMapToCountries) {
  auto places =
      places_of("The pro-Iranian Lebanese outlet quoted Israeli and Palestinian officials.");
  const Place* lebanese = find(places, "Lebanese");
  ASSERT_NE(lebanese, nullptr);
  EXPECT_EQ(lebanese->name, "Lebanon");
  EXPECT_EQ(lebanese->country, "LB");
  EXPECT_EQ(lebanese->feature, "DEM");
  EXPECT_NEAR(lebanese->lat, 33.83, 0.01);
  const Place* iranian = find(places, "Iranian");  // inside "pro-Iranian"
  ASSERT_NE(iranian, nullptr);
  EXPECT_EQ(iranian->start, 8u);
  EXPECT_EQ(iranian->country, "IR");
  ASSERT_NE(find(places, "Israeli"), nullptr);
  ASSERT_NE(find(places, "Palestinian"), nullptr);
  auto plural = places_of("Israelis voted.");
  ASSERT_EQ(plural.size(), 1u);
  EXPECT_EQ(plural[0].country, "IL");

  GeoResolverOptions no_demonyms;
  no_demonyms.demonyms = false;
  EXPECT_TRUE(places_of("The Lebanese outlet said so.", no_demonyms).empty());
}

TEST(GeoResolver, AmbiguousNamesFollowTheArticle) {
  auto alone = places_of("Officials met in Paris on Monday.");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].country, "FR");
  auto texas = places_of(
      "Storms hit Texas on Sunday. Officials in Paris said schools in Austin would close.");
  const Place* paris = find(texas, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country, "US");
  EXPECT_EQ(paris->admin1, "US-TX");
  auto pattern = places_of("He grew up in Paris, Texas.");
  ASSERT_EQ(pattern.size(), 2u);
  EXPECT_EQ(pattern[0].geonames_id, 4717560);
  auto abbreviation = places_of("He lives in Paris, TX now.");
  ASSERT_FALSE(abbreviation.empty());
  EXPECT_EQ(abbreviation[0].geonames_id, 4717560);
}

TEST(GeoResolver, SubdivisionsBeatSmallTownsNamedAfterThem) {
  auto sources = geo_test::tiny_sources();
  sources.cities_tsv +=
      "9000002\tTexas\tTexas\t\t42.9\t-73.9\tP\tPPL\tUS\t\tNY\t\t\t\t"
      "30000\t\t0\tZone\t2020-01-01\n";
  auto gaz = geo_test::build_gazetteer(sources, "eventwire_town_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  // Albany (in New York) would pull the town of Texas, NY; the state wins.
  Document doc = make_document("Flooding hit Albany and Texas on Monday.");
  GeoResolver(gaz).annotate(doc);
  const Place* texas = find(doc.places, "Texas");
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->feature, "ADM1");
  EXPECT_EQ(texas->admin1, "US-TX");
  // "Texas, New York and ..." is a list: New York is not Texas's container.
  doc = make_document("Storms hit Texas, New York and Paris.");
  GeoResolver(gaz).annotate(doc);
  texas = find(doc.places, "Texas");
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->feature, "ADM1");
}

TEST(GeoResolver, TownsBeatTheirNamesakeAreasAndAreasAreNoBigPlaces) {
  auto sources = geo_test::tiny_sources();
  sources.cities_tsv +=
      geo_test::city_row("9100001", "Varesh", "35.0", "51.0", "PPLA2", "IR", "26", "901", "90000") +
      geo_test::city_row("9100002", "Kolab", "35.6", "51.8", "PPL", "IR", "26", "901", "150000");
  sources.admin2_names_json = R"([{"code": "IR.26.901", "name": "Varesh District"}])";
  auto gaz = geo_test::build_gazetteer(sources, "eventwire_area_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  auto places = [&](const std::string& text) {
    Document doc = make_document(text);
    GeoResolver(gaz).annotate(doc);
    return doc.places;
  };
  auto found = places("Police in Varesh said the road to Varesh District was shut.");
  const Place* town = find(found, "Varesh");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->feature, "PPLA2");
  const Place* area = find(found, "Varesh District");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->feature, "ADM2");
  // An area of 240,000 people is not big enough to make a name next to
  // another capitalized word a place, as a country or province would.
  found = places("The singer Varesh Kolab arrived.");
  EXPECT_TRUE(found.empty()) << found.front().text;
}

TEST(GeoResolver, DatelinesNameCities) {
  auto places = places_of("NEW YORK (Wire) \xE2\x80\x94 The council met on Monday.");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].feature, "PPL");
  places = places_of("NEW YORK, Oct. 3 - The council met on Monday.");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].feature, "PPL");
  // Not at the head of a paragraph, or with no dash after it: the state, as before.
  places = places_of("The council of New York met on Monday.");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].feature, "ADM1");
  places = places_of("NEW YORK PASSED A BUDGET.");
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].feature, "ADM1");
}

TEST(GeoNameUse, WordsAroundTheNameSayAreaOrSettlement) {
  auto use_of = [](const std::string& text, const std::string& name) {
    geo_detail::SpanInfo span;
    span.byte_start = static_cast<uint32_t>(text.find(name));
    span.byte_end = span.byte_start + static_cast<uint32_t>(name.size());
    return geo_detail::name_use(text, span);
  };
  using geo_detail::NameUse;
  EXPECT_EQ(use_of("Rain fell across Gondor state on Monday.", "Gondor"), NameUse::kArea);
  EXPECT_EQ(use_of("Farmers in upstate Gondor were angry.", "Gondor"), NameUse::kArea);
  EXPECT_EQ(use_of("He left the state of Gondor last year.", "Gondor"), NameUse::kArea);
  EXPECT_EQ(use_of("The Gondor Gov. Aragorn signed it.", "Gondor"), NameUse::kArea);
  EXPECT_EQ(use_of("She joined a Gondor-based charity.", "Gondor"), NameUse::kSettlement);
  EXPECT_EQ(use_of("He teaches at Gondor University now.", "Gondor"), NameUse::kSettlement);
  EXPECT_EQ(use_of("They moved to the city of Gondor in May.", "Gondor"), NameUse::kSettlement);
  // A weekday after the name, a headline, or plain prose say nothing.
  EXPECT_EQ(use_of("The mayor spoke in Gondor Tuesday morning.", "Gondor"), NameUse::kPlain);
  EXPECT_EQ(use_of("Floods Hit Gondor Farms Again", "Gondor"), NameUse::kPlain);
  EXPECT_EQ(use_of("The mayor spoke in Gondor about roads.", "Gondor"), NameUse::kPlain);
}

TEST(GeoResolver, NameUseAndNeighboursChooseBetweenStateAndCity) {
  // Alone, "New York" is the state (see DatelinesNameCities).
  auto places = places_of("She taught for years at New York University and then retired.");
  const Place* ny = find(places, "New York");
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(ny->feature, "PPL");
  places = places_of("Dairy farms in upstate New York lost money this year.");
  ny = find(places, "New York");
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(ny->feature, "ADM1");
  // A borough of the city named nearby makes the bare name the city ...
  auto sources = geo_test::tiny_sources();
  sources.cities_tsv += geo_test::city_row("9000003", "Brooklyn", "40.6501", "-73.94958", "PPLX",
                                           "US", "NY", "", "2300664");
  auto gaz = geo_test::build_gazetteer(sources, "eventwire_borough_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  Document doc = make_document("He grew up in Brooklyn. Later he worked in New York as a cook.");
  GeoResolver(gaz).annotate(doc);
  ny = find(doc.places, "New York");
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(ny->feature, "PPL");
  // ... unless the article names the city in full elsewhere: then it is the state.
  doc = make_document(
      "He grew up in Brooklyn, in New York City. Later he farmed in New York for years.");
  GeoResolver(gaz).annotate(doc);
  ny = nullptr;
  for (const Place& p : doc.places)
    if (p.text == "New York") ny = &p;
  ASSERT_NE(ny, nullptr);
  EXPECT_EQ(ny->feature, "ADM1");
}

// The tiny gazetteer plus a federal capital named like a state, that state
// and a neighbouring one, each with a town.
std::shared_ptr<const Gazetteer> capital_and_states_gazetteer() {
  auto sources = geo_test::tiny_sources();
  sources.cities_tsv += geo_test::city_row("9000010", "Washington", "38.89511", "-77.03637", "PPLC",
                                           "US", "DC", "", "689545") +
                        geo_test::city_row("9000011", "Spokane", "47.65966", "-117.42908", "PPL",
                                           "US", "WA", "", "228989") +
                        geo_test::city_row("9000012", "Salem", "44.9429", "-123.0351", "PPLA", "US",
                                           "OR", "", "175535");
  std::string iso = sources.iso_3166_2_json;
  iso.replace(iso.rfind(']'), 1,
              R"(, {"code": "US-WA", "name": "Washington", "type": "State"},
                 {"code": "US-OR", "name": "Oregon", "type": "State"}])");
  sources.iso_3166_2_json = iso;
  return geo_test::build_gazetteer(sources, "eventwire_capital_states_gazetteer.ewg");
}

std::string feature_of(const std::shared_ptr<const Gazetteer>& gaz, const std::string& text,
                       const std::string& name) {
  Document doc = make_document(text);
  GeoResolver(gaz).annotate(doc);
  const Place* p = find(doc.places, name);
  return p ? p->feature : "none";
}

TEST(GeoResolver, TheLevelOfGovernmentChoosesCapitalOrState) {
  auto gaz = capital_and_states_gazetteer();
  ASSERT_TRUE(gaz);
  EXPECT_EQ(feature_of(gaz, "The senator flew to Washington to vote in Congress on Friday.",
                       "Washington"),
            "PPLC");
  EXPECT_EQ(
      feature_of(gaz, "The governor signed the water bill in Washington on Friday.", "Washington"),
      "ADM1");
  // Only the sentence's own words count.
  EXPECT_EQ(feature_of(gaz, "The governor spoke on Monday. Congress met in Washington on Tuesday.",
                       "Washington"),
            "PPLC");
  // "Secretary of state" is a national office, not a state's.
  EXPECT_EQ(feature_of(gaz, "The secretary of state returned to Washington from the federal talks.",
                       "Washington"),
            "PPLC");
}

TEST(GeoResolver, ManyMentionsOfOneTownAreOnePieceOfStateContext) {
  auto sources = geo_test::tiny_sources();
  sources.cities_tsv +=
      geo_test::city_row("9000020", "Minas", "31.1", "-96.1", "PPL", "US", "TX", "", "5000") +
      geo_test::city_row("9000021", "Minas", "42.9", "-74.9", "PPLA", "US", "NY", "", "600000");
  auto gaz = geo_test::build_gazetteer(sources, "eventwire_minas_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  // Houston, four times, is one place of Texas: not enough for a town of 5,000
  // over a namesake state capital of 600,000.
  Document doc = make_document(
      "Houston police met on Monday. Crowds in Houston marched. Houston voters agreed. "
      "Schools in Houston closed. A week earlier there was a shooting in Minas.");
  GeoResolver(gaz).annotate(doc);
  const Place* minas = find(doc.places, "Minas");
  ASSERT_NE(minas, nullptr);
  EXPECT_EQ(minas->admin1, "US-NY");
  // Two towns of Texas are two pieces of evidence.
  doc = make_document(
      "Houston police met on Monday. Crowds in Austin marched. Schools in Paris, Texas, closed. "
      "A week earlier there was a shooting in Minas.");
  GeoResolver(gaz).annotate(doc);
  minas = find(doc.places, "Minas");
  ASSERT_NE(minas, nullptr);
  EXPECT_EQ(minas->admin1, "US-TX");
}

TEST(GeoNameUse, SentencePolity) {
  using geo_detail::sentence_polity;
  EXPECT_EQ(sentence_polity("Congress sent the bill to the White House."), 1);
  EXPECT_EQ(sentence_polity("The federal agency will appeal."), 1);
  EXPECT_EQ(sentence_polity("The governor vetoed the legislature's plan."), -1);
  EXPECT_EQ(sentence_polity("Statewide, turnout fell in every county."), -1);
  EXPECT_EQ(sentence_polity("The secretary of state spoke at the State Department."), 1);
  EXPECT_EQ(sentence_polity("The weather was fine."), 0);
  EXPECT_EQ(sentence_polity("The governor met Congress."), 0);
  // A nation's "state media" and "Islamic State" say nothing of a state's politics.
  EXPECT_EQ(sentence_polity("State media said Islamic State fighters left."), 0);
  EXPECT_EQ(sentence_polity("A state-run paper reported the state visit."), 0);
}

TEST(GeoResolver, LakesRiversAndFormerProvincesFromTheRegionsFile) {
  auto sources = geo_test::tiny_sources();
  sources.regions_tsv +=
      "region\tLake Nurnen\t\t-1.0\t33.0\tLK\t\t1000000\n"
      "region\tGreyflood\tGreyflood River;River Greyflood\t30.2\t31.1\tSTM\tFR\t1000000\n"
      "region\tMarch Province\tMarch\t-0.5\t34.6\tADM1\tFR\t5000000\tFR-Z\n";
  auto gaz = geo_test::build_gazetteer(sources, "eventwire_water_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  Document doc = make_document(
      "Fishermen on Lake Nurnen and boats on the River Greyflood near Paris were stopped. "
      "Cholera reached March Province in France.");
  GeoResolver(gaz).annotate(doc);
  const Place* lake = find(doc.places, "Lake Nurnen");
  ASSERT_NE(lake, nullptr);
  EXPECT_EQ(lake->feature, "LK");
  const Place* river = find(doc.places, "River Greyflood");
  ASSERT_NE(river, nullptr);
  EXPECT_EQ(river->feature, "STM");
  const Place* province = find(doc.places, "March Province");
  ASSERT_NE(province, nullptr);
  EXPECT_EQ(province->feature, "ADM1");
  EXPECT_EQ(province->admin1, "FR-Z");
}

TEST(GeoResolver, NewsStyleStateAbbreviationsAfterATown) {
  auto places = places_of("The fair opened in Paris, Tex., on a hot Monday.");
  const Place* paris = find(places, "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->admin1, "US-TX");  // the state makes it the Texan Paris
  const Place* state = find(places, "Tex");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->feature, "ADM1");
  EXPECT_EQ(state->admin1, "US-TX");
  // Not after a town's name: no place.
  places = places_of("The old sign said Tex. Smith sold boots.");
  EXPECT_EQ(find(places, "Tex"), nullptr);
}

TEST(GeoResolver, ABareCompassWordIsNoCoreName) {
  auto sources = geo_test::tiny_sources();
  sources.regions_tsv += "region\tEastern\t\t26\t50\tRGN\tLB\t4000000\n";
  auto gaz = geo_test::build_gazetteer(sources, "eventwire_compass_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  ASSERT_FALSE(gaz->candidates("Eastern").empty());
  // "Eastern District" is some country's part, not the place called "Eastern".
  EXPECT_TRUE(geo_detail::core_name_candidates(*gaz, "Eastern District").empty());
  EXPECT_FALSE(geo_detail::core_name_candidates(*gaz, "Greater Paris").empty());
}

TEST(GeoResolver, SkipsPersonNamesAndSentenceStarts) {
  auto places = places_of("President Donald Trump spoke. Donald Sinwar was there.");
  EXPECT_TRUE(places.empty()) << places.front().text;
}

TEST(GeoResolver, UsesEntityMentionsWhenPresent) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  Document doc = make_document("Paris Hilton visited Beirut.");
  Entity person{"E1", "PER", "Paris Hilton", "", "", {}};
  person.mentions.push_back({0, 12, "Paris Hilton", 0, 0, 2});
  Entity city{"E2", "GPE", "Beirut", "", "", {}};
  city.mentions.push_back({21, 27, "Beirut", 0, 3, 4});
  doc.entities = {person, city};
  GeoResolver(gaz).annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places[0].name, "Beirut");
  EXPECT_EQ(doc.places[0].first_token, 3);
  EXPECT_EQ(doc.places[0].last_token, 4);
  ASSERT_FALSE(doc.dictionaries.empty());
  EXPECT_EQ(doc.dictionaries.back().name, "gazetteer");
}

TEST(GeoResolver, DescriptionsTakeTheirEntitysPlaceAndInnerDemonymsCount) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  // "the Jewish state" has no gazetteer entry of its own: it is its entity's place;
  // "Lebanese" inside an organization's mention still names Lebanon.
  Document doc = make_document("the Jewish state and the Lebanese outlet");
  Entity country{"E1", "GPE", "Israel", "ISR", "", {}};
  country.mentions.push_back({0, 16, "the Jewish state", 0, 0, 3});
  Entity outlet{"E2", "ORG", "the Lebanese outlet", "LBNMED", "", {}};
  outlet.mentions.push_back({21, 40, "the Lebanese outlet", 0, 4, 7});
  doc.entities = {country, outlet};
  GeoResolver(gaz).annotate(doc);
  ASSERT_EQ(doc.places.size(), 2u);
  EXPECT_EQ(doc.places[0].country, "IL");
  EXPECT_EQ(doc.places[1].text, "Lebanese");
  EXPECT_EQ(doc.places[1].country, "LB");
  EXPECT_EQ(doc.places[1].feature, "DEM");
}

TEST(GeoResolver, PronounsLinkedToPlacesAreNoPlaces) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  // Coreference links "It" (sentence-initial, capitalized) and "there" to Beirut.
  Document doc = make_document("Beirut is big. It is old and we live there.");
  Entity city{"E1", "GPE", "Beirut", "", "", {}};
  city.mentions.push_back({0, 6, "Beirut", 0, 0, 1});
  city.mentions.push_back({15, 17, "It", 1, 0, 1});
  city.mentions.push_back({37, 42, "there", 1, 6, 7});
  doc.entities = {city};
  GeoResolver(gaz).annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places[0].text, "Beirut");
}

TEST(GeoResolver, GenericWordsInEntityMentionsAreNoNames) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  // The entities stage named the entity "Island"; the fixture lists "Island"
  // as a name of Lebanon, as GeoNames lists "Ísland" for Iceland.
  Document doc = make_document("Votes in Beirut Island rose. Island voters stayed.");
  Entity place{"E1", "GPE", "Island", "", "", {}};
  place.mentions.push_back({9, 22, "Beirut Island", 0, 2, 4});
  place.mentions.push_back({29, 35, "Island", 1, 0, 1});
  doc.entities = {place};
  GeoResolver(gaz).annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places[0].text, "Beirut Island");
  EXPECT_EQ(doc.places[0].name, "Beirut");
}

TEST(GeoResolver, ALoneSurnameOfANamedPersonIsThePerson) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  Document doc = make_document("Valeska Paris left. Paris says she lived in Paris.");
  Entity person{"E1", "PER", "Valeska Paris", "", "", {}};
  person.mentions.push_back({0, 13, "Valeska Paris", 0, 0, 2});
  doc.entities = {person};
  GeoResolver(gaz).annotate(doc);
  ASSERT_EQ(doc.places.size(), 1u);
  EXPECT_EQ(doc.places[0].start, 44u);  // "in Paris" only
  EXPECT_EQ(doc.places[0].country, "FR");
}

TEST(GeoResolver, ResolvesGivenSpans) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  Document doc = make_document("Flights from Lutetia to Nowhere.");
  auto places = GeoResolver(gaz).resolve_spans(doc, {{13, 20}, {24, 31}});
  ASSERT_EQ(places.size(), 2u);
  ASSERT_TRUE(places[0].has_value());
  EXPECT_EQ(places[0]->name, "Paris");
  EXPECT_FALSE(places[1].has_value());
}

TEST(GeoResolver, PlaceForToken) {
  // "Sinwar met Soleimani in Tehran in 2012 , Iranian media said ."
  Document doc;
  doc.article.text = "Sinwar met Soleimani in Tehran.";
  Sentence s;
  const char* words[] = {"Sinwar", "met", "Soleimani", "in", "Tehran", "."};
  int heads[] = {2, 0, 2, 5, 2, 2};
  const char* rels[] = {"nsubj", "root", "obj", "case", "obl", "punct"};
  for (int i = 0; i < 6; ++i) {
    Token t;
    t.text = words[i];
    t.head = heads[i];
    t.deprel = rels[i];
    s.tokens.push_back(t);
  }
  doc.sentences.push_back(s);
  Sentence other;
  doc.sentences.push_back(other);
  Place demonym;
  demonym.id = "P1";
  demonym.feature = "DEM";
  demonym.sentence = 0;
  demonym.first_token = 2;
  demonym.last_token = 3;
  Place tehran;
  tehran.id = "P2";
  tehran.sentence = 0;
  tehran.first_token = 4;
  tehran.last_token = 5;
  doc.places = {demonym, tehran};
  EXPECT_EQ(place_for_token(doc, 0, 1), std::optional<size_t>(1));  // obl of "met"
  EXPECT_EQ(place_for_token(doc, 0, 0),
            std::optional<size_t>(1));  // the sentence's place, not the demonym
  EXPECT_EQ(place_for_token(doc, 1, 0), std::nullopt);
}

TEST(GeoResolver, OneResolverServesManyThreads) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  const GeoResolver resolver(gaz);
  std::vector<std::thread> threads;
  std::vector<size_t> found(4, 0);
  for (size_t t = 0; t < found.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        Document doc = make_document(
            "Storms hit Texas. Officials in Paris and Tehran said the Lebanese agreed.");
        resolver.annotate(doc);
        found[t] += doc.places.size();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (size_t n : found) EXPECT_EQ(n, found[0]);
  EXPECT_EQ(found[0], 50u * 4);
}

TEST(GeoSegment, SplitsSentencesAndKeepsOffsets) {
  std::string text = "Officials in the U.S. said so. Gaza's leader spoke!\n\nNew paragraph";
  auto sentences = geo_segment_text(text);
  ASSERT_EQ(sentences.size(), 3u);
  for (const auto& s : sentences) {
    for (const auto& t : s.tokens)
      EXPECT_EQ(text.substr(t.byte_start, t.byte_end - t.byte_start), t.text);
  }
  EXPECT_EQ(sentences[0].tokens[3].text, "U.S.");
  EXPECT_EQ(sentences[1].tokens[0].text, "Gaza");
  EXPECT_EQ(sentences[1].tokens[1].text, "'s");
}

}  // namespace
}  // namespace eventwire
