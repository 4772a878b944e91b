#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>

#include "geo/geo_test_util.h"

namespace eventwire {
namespace {

using geo_test::tiny_gazetteer;

std::vector<GazetteerEntry> lookup(const Gazetteer& gaz, const std::string& name) {
  std::vector<GazetteerEntry> out;
  for (const auto& c : gaz.candidates(name)) out.push_back(gaz.entry(c.entry));
  return out;
}

TEST(GazetteerKey, FoldsCaseMarksAndPunctuation) {
  EXPECT_EQ(gazetteer_key("Sant Julià de Lòria"), "sant julia de loria");
  EXPECT_EQ(gazetteer_key("U.S."), "us");
  EXPECT_EQ(gazetteer_key("Xi'an"), "xian");
  EXPECT_EQ(gazetteer_key("Guinea-Bissau"), "guinea bissau");
  EXPECT_EQ(gazetteer_key("  Tel   Aviv "), "tel aviv");
  EXPECT_EQ(gazetteer_key("Ålesund"), "alesund");
  EXPECT_EQ(gazetteer_key("København"), "kobenhavn");
  EXPECT_EQ(gazetteer_key(""), "");
}

TEST(Gazetteer, BuildsAndFindsCitiesCountriesAndSubdivisions) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  auto tehran = lookup(*gaz, "Tehran");
  ASSERT_FALSE(tehran.empty());
  bool city = false;
  for (const auto& e : tehran) {
    if (e.feature_code == "PPLC") {
      city = true;
      EXPECT_EQ(e.geonames_id, 112931);
      EXPECT_EQ(e.country, "IR");
      EXPECT_EQ(e.admin1, "IR-23");  // GeoNames admin1 26 mapped through its seat's name
      EXPECT_NEAR(e.lat, 35.694, 1e-3);
      EXPECT_EQ(e.population, 7153309u);
    }
  }
  EXPECT_TRUE(city);
  auto teheran = gaz->candidates("TEHERAN");
  ASSERT_EQ(teheran.size(), 1u);
  EXPECT_EQ(teheran[0].kind, NameKind::kAlternate);

  auto texas = lookup(*gaz, "Texas");
  ASSERT_EQ(texas.size(), 1u);
  EXPECT_EQ(texas[0].feature_code, "ADM1");
  EXPECT_EQ(texas[0].admin1, "US-TX");
  EXPECT_GT(texas[0].population, 3000000u);
  // Centre of its cities' box: between Austin, Houston and Paris.
  EXPECT_GT(texas[0].lat, 29.7);
  EXPECT_LT(texas[0].lat, 33.7);
  auto tx = gaz->candidates("TX");
  ASSERT_EQ(tx.size(), 1u);
  EXPECT_EQ(tx[0].kind, NameKind::kAbbreviation);

  auto iran = lookup(*gaz, "Islamic Republic of Iran");
  EXPECT_TRUE(iran.empty());  // not an alias in the tiny sources
  auto lebanese = gaz->candidates("Lebanese");
  ASSERT_EQ(lebanese.size(), 1u);
  EXPECT_EQ(lebanese[0].kind, NameKind::kDemonym);
  EXPECT_EQ(gaz->entry(lebanese[0].entry).feature_code, "PCLI");
  EXPECT_EQ(gaz->entry(lebanese[0].entry).country, "LB");

  auto us = lookup(*gaz, "U.S.");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].name, "United States");
  auto gaza_strip = lookup(*gaz, "Gaza Strip");
  ASSERT_EQ(gaza_strip.size(), 1u);
  EXPECT_EQ(gaza_strip[0].feature_class, 'L');
  EXPECT_TRUE(lookup(*gaz, "Île-de-France").empty());  // no city of that name: left out
  EXPECT_EQ(gaz->entry(1u << 30).name, "");            // out of range: empty, no crash
  EXPECT_NE(gaz->fingerprint(), 0u);
}

TEST(Gazetteer, FingerprintFollowsTheSources) {
  auto a = geo_test::tiny_sources();
  auto b = a;
  b.regions_tsv += "alias\tFR\tLa France\n";
  EXPECT_NE(gazetteer_fingerprint(a), gazetteer_fingerprint(b));
  EXPECT_EQ(gazetteer_fingerprint(a), gazetteer_fingerprint(geo_test::tiny_sources()));
}

TEST(Gazetteer, UsesGeocodedSubdivisionPointsThatPassChecks) {
  auto s = geo_test::tiny_sources();
  // Texas: a point among its cities is taken, two thirds of the way from its
  // cities' box centre (31.712, -96.553) to the point. New York: the point is
  // New York City's (the geocoder found the city), so the box centre stays.
  // US-ZZ names no ISO subdivision and is ignored.
  s.subdivision_points_json = R"([
    {"name": "Texas", "isoCode": "TX", "countryCode": "US", "latitude": "31.5", "longitude": "-96.5"},
    {"name": "New York", "isoCode": "NY", "countryCode": "US", "latitude": "40.7142", "longitude": "-74.0059"},
    {"name": "Nowhere", "isoCode": "ZZ", "countryCode": "US", "latitude": "1", "longitude": "2"}])";
  auto gaz = geo_test::build_gazetteer(s, "eventwire_points_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  for (const auto& e : lookup(*gaz, "Texas")) {
    EXPECT_NEAR(e.lat, (2 * 31.5 + 31.7121) / 3, 1e-3);
    EXPECT_NEAR(e.lon, (2 * -96.5 + -96.5532) / 3, 1e-3);
  }
  bool state = false;
  for (const auto& e : lookup(*gaz, "New York")) {
    if (e.feature_code != "ADM1") continue;
    state = true;
    EXPECT_NEAR(e.lat, (40.71427 + 42.65258) / 2, 1e-3);
  }
  EXPECT_TRUE(state);
  EXPECT_NE(gazetteer_fingerprint(s), gazetteer_fingerprint(geo_test::tiny_sources()));
}

TEST(Gazetteer, SubdivisionAcrossTheAntimeridianKeepsItsGeocodedPoint) {
  // Alaska's cities span the antimeridian (Attu at 173 E): their box's
  // midpoint means nothing, so the geocoded point stands alone.
  auto s = geo_test::tiny_sources();
  s.cities_tsv +=
      "5879400\tAnchorage\tAnchorage\t\t61.21806\t-149.90028\tP\tPPL\tUS\t\tAK\t\t\t\t"
      "291247\t\t0\tZone\t2020-01-01\n"
      "5879401\tAttu\tAttu\t\t52.93\t173.2\tP\tPPL\tUS\t\tAK\t\t\t\t600\t\t0\tZone\t"
      "2020-01-01\n";
  s.iso_3166_2_json = R"({"3166-2": [
    {"code": "US-TX", "name": "Texas", "type": "State"},
    {"code": "US-AK", "name": "Alaska", "type": "State"}]})";
  s.subdivision_points_json = R"([
    {"name": "Alaska", "isoCode": "AK", "countryCode": "US", "latitude": "61.0", "longitude": "-149.5"}])";
  auto gaz = geo_test::build_gazetteer(s, "eventwire_antimeridian_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  bool found = false;
  for (const auto& e : lookup(*gaz, "Alaska")) {
    if (e.feature_code != "ADM1") continue;
    found = true;
    EXPECT_NEAR(e.lat, 61.0, 1e-3);
    EXPECT_NEAR(e.lon, -149.5, 1e-3);
  }
  EXPECT_TRUE(found);
}

TEST(Gazetteer, CountryPointsReplaceCentroidsAndCodesAreNoNames) {
  auto s = geo_test::tiny_sources();
  // US: near world-countries' 38, -97, taken; AU: 1,700 km off, ignored.
  s.country_points_tsv = "US\t39.53\t-99.14\nFR\tbad\t2\nXX\t1\t2\nAU\t-12.43\t123.58\n";
  auto gaz = geo_test::build_gazetteer(s, "eventwire_country_points_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  bool us = false, fr = false;
  for (const auto& e : lookup(*gaz, "United States")) {
    if (e.feature_code != "PCLI") continue;
    us = true;
    EXPECT_NEAR(e.lat, 39.53, 1e-3);
    EXPECT_NEAR(e.lon, -99.14, 1e-3);
  }
  for (const auto& e : lookup(*gaz, "France")) {
    if (e.feature_code != "PCLI") continue;
    fr = true;
    EXPECT_NEAR(e.lat, 46, 1e-3);  // a bad line leaves world-countries' point
  }
  EXPECT_TRUE(us && fr);
  for (const auto& e : lookup(*gaz, "Australia")) {
    if (e.feature_code == "PCLI") {
      EXPECT_NEAR(e.lat, -27, 1e-3);
    }
  }
  // The ISO code alone ("IR") is not a name; another spelling ("USA") is.
  for (const auto& e : lookup(*gaz, "IR")) {
    EXPECT_NE(e.feature_code, "PCLI");
  }
  bool usa = false;
  for (const auto& e : lookup(*gaz, "USA")) usa |= e.feature_code == "PCLI";
  EXPECT_TRUE(usa);
  EXPECT_NE(gazetteer_fingerprint(s), gazetteer_fingerprint(geo_test::tiny_sources()));
}

// Two invented towns of Tehran province in one admin-2 area, an area named like
// the province (already there), a US county code (us-atlas covers those) and an
// area with no member town.
GazetteerSources admin2_sources() {
  using geo_test::city_row;
  auto s = geo_test::tiny_sources();
  s.cities_tsv += city_row("9100001", "Varesh", "35.0", "51.0", "PPL", "IR", "26", "901", "30000") +
                  city_row("9100002", "Kolab", "35.4", "51.8", "PPL", "IR", "26", "901", "5000") +
                  city_row("9100004", "Shahrak", "35.7", "51.3", "PPL", "IR", "26", "903", "800") +
                  city_row("9100003", "Dunmore", "30.1", "-97.1", "PPL", "US", "TX", "453", "2000");
  s.admin2_names_json = R"([{"code": "IR.26.901", "name": "Varesh County"},
    {"code": "IR.26.902", "name": "Province of Empty"},
    {"code": "IR.26.903", "name": "Tehran"},
    {"code": "US.TX.453", "name": "Dunmore County"}])";
  return s;
}

TEST(Gazetteer, Admin2AreasStandAtTheirTowns) {
  auto s = admin2_sources();
  auto gaz = geo_test::build_gazetteer(s, "eventwire_admin2_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  int areas = 0, towns = 0;
  for (const auto& e : lookup(*gaz, "Varesh")) {
    if (e.feature_code == "PPL") ++towns;
    if (e.feature_code != "ADM2") continue;
    ++areas;
    EXPECT_EQ(e.name, "Varesh County");
    EXPECT_EQ(e.feature_class, 'A');
    EXPECT_EQ(e.admin1, "IR-23");    // the ISO code its towns' admin1 maps to
    EXPECT_NEAR(e.lat, 35.2, 1e-3);  // the midpoint of its towns' box
    EXPECT_NEAR(e.lon, 51.4, 1e-3);
    EXPECT_EQ(e.population, 35000u);
  }
  EXPECT_EQ(areas, 1);
  EXPECT_EQ(towns, 1);
  EXPECT_EQ(lookup(*gaz, "Varesh County").size(), 1u);
  EXPECT_EQ(lookup(*gaz, "County Varesh").size(), 1u);
  EXPECT_TRUE(lookup(*gaz, "Empty").empty());  // no member town, no point
  EXPECT_TRUE(lookup(*gaz, "Dunmore County").empty());
  auto tehran = lookup(*gaz, "Tehran");  // the province (and its city), not a third entry
  ASSERT_FALSE(tehran.empty());
  for (const auto& e : tehran) EXPECT_NE(e.feature_code, "ADM2");
  EXPECT_NE(gazetteer_fingerprint(s), gazetteer_fingerprint(geo_test::tiny_sources()));
}

TEST(Gazetteer, NewerCitiesAreAddedWhenCities500LacksThem) {
  auto s = admin2_sources();
  // A new camp, a renamed Albany (same point), Paris again (same name, near), a
  // bad line and a new town of an admin-2 area.
  s.cities1000_json = R"([
    {"name": "Camp Sella", "lat": "1.5", "lng": "40.2", "country": "IR", "admin1": "26", "admin2": ""},
    {"name": "Albany Old Town", "lat": "42.655", "lng": "-73.757", "country": "US", "admin1": "NY", "admin2": ""},
    {"name": "Paris", "lat": "48.9", "lng": "2.4", "country": "FR", "admin1": "11", "admin2": ""},
    {"name": "Nowhere", "lat": "x", "lng": "2", "country": "FR", "admin1": "11", "admin2": ""},
    {"name": "Dastak", "lat": "35.8", "lng": "52.6", "country": "IR", "admin1": "26", "admin2": "901"}])";
  auto gaz = geo_test::build_gazetteer(s, "eventwire_more_cities_gazetteer.ewg");
  ASSERT_TRUE(gaz);
  auto camp = lookup(*gaz, "Camp Sella");
  ASSERT_EQ(camp.size(), 1u);
  EXPECT_EQ(camp[0].feature_code, "PPL");
  EXPECT_EQ(camp[0].admin1, "IR-23");
  EXPECT_EQ(camp[0].population, 1000u);
  EXPECT_TRUE(lookup(*gaz, "Albany Old Town").empty());
  EXPECT_TRUE(lookup(*gaz, "Nowhere").empty());
  int paris = 0;
  for (const auto& e : lookup(*gaz, "Paris")) paris += e.country == "FR" && e.feature_class == 'P';
  EXPECT_EQ(paris, 1);
  auto dastak = lookup(*gaz, "Dastak");
  ASSERT_EQ(dastak.size(), 1u);
  EXPECT_EQ(dastak[0].admin1, "IR-23");
  auto area = lookup(*gaz, "Varesh County");
  ASSERT_EQ(area.size(), 1u);
  EXPECT_NEAR(area[0].lat, 35.4, 1e-3);  // Dastak widens the area's box
  EXPECT_NEAR(area[0].lon, 51.8, 1e-3);
  EXPECT_EQ(area[0].population, 36000u);
}

TEST(GeoRankWeights, SetsNamedWeightsAndRejectsTheRest) {
  GeoRankWeights w;
  EXPECT_TRUE(w.set(""));
  EXPECT_TRUE(w.set("adm1=4.5,near_other=-1"));
  EXPECT_DOUBLE_EQ(w.adm1, 4.5);
  EXPECT_DOUBLE_EQ(w.near_other, -1);
  EXPECT_FALSE(w.set("nonsense=1"));
  EXPECT_FALSE(w.set("adm1=x"));
  EXPECT_FALSE(w.set("adm1"));
}

TEST(Gazetteer, RejectsMalformedSources) {
  auto s = geo_test::tiny_sources();
  s.cities_tsv += "123\tBroken\n";
  auto r = compile_gazetteer(s);
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.status().message().find("columns"), std::string::npos);
  s = geo_test::tiny_sources();
  s.countries_json = "[{";
  EXPECT_FALSE(compile_gazetteer(s).is_ok());
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_all(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

TEST(Gazetteer, CorruptFilesGiveErrorsNotCrashes) {
  auto gaz = tiny_gazetteer();
  ASSERT_TRUE(gaz);
  std::string good = read_all(gaz->path());
  std::string path =
      testing::TempDir() + "/eventwire_corrupt_" + std::to_string(::getpid()) + ".ewg";

  EXPECT_EQ(Gazetteer::open(path + ".missing").status().code(), Status::Code::kNotFound);
  write_all(path, "");
  EXPECT_EQ(Gazetteer::open(path).status().code(), Status::Code::kCorrupt);
  write_all(path, good.substr(0, good.size() / 2));
  EXPECT_EQ(Gazetteer::open(path).status().code(), Status::Code::kCorrupt);
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  write_all(path, bad_magic);
  auto r = Gazetteer::open(path);
  EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(r.status().message().find(path), std::string::npos);
  std::string bad_version = good;
  bad_version[8] = 99;
  write_all(path, bad_version);
  EXPECT_EQ(Gazetteer::open(path).status().code(), Status::Code::kCorrupt);
  std::string bad_offsets = good;
  for (int i = 32; i < 64; ++i) bad_offsets[static_cast<size_t>(i)] = '\xff';
  write_all(path, bad_offsets);
  EXPECT_EQ(Gazetteer::open(path).status().code(), Status::Code::kCorrupt);

  // Garbage after a valid header: lookups must stay inside the file.
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::string noisy = good;
    for (int k = 0; k < 200; ++k)
      noisy[64 + rng() % (noisy.size() - 65)] = static_cast<char>(rng());
    write_all(path, noisy);
    auto opened = Gazetteer::open(path);
    if (!opened) continue;
    for (const char* name : {"Tehran", "Paris", "Texas", "zzz", "a"}) {
      for (const auto& c : (*opened)->candidates(name)) (void)(*opened)->entry(c.entry);
    }
  }
  std::remove(path.c_str());
}

// Names are stored in blocks of 64: a key shared by more names than a block
// holds, and keys on either side of block boundaries, are all found.
TEST(Gazetteer, FindsNamesAcrossKeyBlocks) {
  std::vector<GazetteerRecord> records;
  auto add = [&](const std::string& name) {
    GazetteerRecord r;
    r.geonames_id = static_cast<int64_t>(records.size()) + 1;
    r.name = name;
    r.country = "ZZ";
    r.feature_code = "PPL";
    r.names = {{name, NameKind::kName}};
    records.push_back(r);
  };
  for (int i = 0; i < 150; ++i) add("Brindlemoor");
  for (int i = 0; i < 300; ++i) add("Quellhaven " + std::to_string(1000 + i));
  add("Zephyr Crossing");
  std::string path =
      testing::TempDir() + "/eventwire_blocks_" + std::to_string(::getpid()) + ".ewg";
  ASSERT_TRUE(write_gazetteer(records, 1, path).is_ok());
  auto gaz = Gazetteer::open(path);
  ASSERT_TRUE(gaz.is_ok()) << gaz.status().to_string();
  EXPECT_EQ((*gaz)->name_count(), 451u);
  EXPECT_EQ((*gaz)->candidates("Brindlemoor").size(), 150u);
  for (int i = 0; i < 300; i += 7) {
    auto found = (*gaz)->candidates("Quellhaven " + std::to_string(1000 + i));
    ASSERT_EQ(found.size(), 1u) << i;
    EXPECT_EQ((*gaz)->entry(found[0].entry).name, "Quellhaven " + std::to_string(1000 + i));
  }
  EXPECT_EQ((*gaz)->candidates("Zephyr Crossing").size(), 1u);
  EXPECT_TRUE((*gaz)->candidates("Quellhaven").empty());
  EXPECT_TRUE((*gaz)->candidates("Aardvark").empty());
  EXPECT_TRUE((*gaz)->candidates("Zzz").empty());
  EXPECT_TRUE((*gaz)->has_key_prefix("quellhaven 12"));
  EXPECT_TRUE((*gaz)->has_key_prefix("zephyr "));
  EXPECT_FALSE((*gaz)->has_key_prefix("quellhaven 2"));
  EXPECT_FALSE((*gaz)->has_key_prefix("zz"));
  std::remove(path.c_str());
}

// Resident memory of this process in KiB (Linux), 0 when unknown.
long resident_kib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

TEST(Gazetteer, FullGazetteerOpensFastAndSmall) {
  long rss_before = resident_kib();
  std::string reason;
  std::string path = Gazetteer::default_path();
  if (!std::filesystem::exists(path))
    GTEST_SKIP() << "gazetteer " << path << " not built (run scripts/build-gazetteer)";
  auto t0 = std::chrono::steady_clock::now();
  auto gaz = Gazetteer::open(path);
  auto candidates = gaz ? (*gaz)->candidates("Tehran") : std::vector<GazetteerCandidate>();
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(gaz.is_ok()) << gaz.status().to_string();
  EXPECT_FALSE(candidates.empty());
  EXPECT_LT(ms, 100.0);
  EXPECT_LT(std::filesystem::file_size(path), 100u * 1024 * 1024);
  // Touch every entry and a spread of names, as a long run would.
  for (uint32_t i = 0; i < (*gaz)->size(); i += 7) (void)(*gaz)->entry(i);
  for (const char* name :
       {"Paris", "London", "Springfield", "Gaza Strip", "New York", "Lebanese", "NSW"}) {
    (void)(*gaz)->candidates(name);
  }
  long rss_mib = (resident_kib() - rss_before) / 1024;
  EXPECT_LT(rss_mib, 100);
  std::printf(
      "gazetteer %s: %u places, %u names, open + first lookup %.2f ms, +%ld MiB resident after "
      "use\n",
      path.c_str(), (*gaz)->size(), (*gaz)->name_count(), ms, rss_mib);
}

}  // namespace
}  // namespace eventwire
