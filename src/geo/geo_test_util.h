// Shared by the geo tests: a tiny gazetteer built from inline sources, and the
// full one (built by scripts/build-gazetteer) when it exists.
#pragma once

#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "eventwire/geo.h"

namespace eventwire::geo_test {

// One cities500 row (19 columns; `alts` comma-separated alternate names).
inline std::string city_row(const std::string& id, const std::string& name, const std::string& lat,
                            const std::string& lon, const std::string& code, const std::string& cc,
                            const std::string& admin1, const std::string& admin2,
                            const std::string& pop, const std::string& alts = "") {
  return id + "\t" + name + "\t" + name + "\t" + alts + "\t" + lat + "\t" + lon + "\tP\t" + code +
         "\t" + cc + "\t\t" + admin1 + "\t" + admin2 + "\t\t\t" + pop + "\t\t0\tZone\t2020-01-01\n";
}

inline GazetteerSources tiny_sources() {
  GazetteerSources s;
  auto city = [](const char* id, const char* name, const char* alts, const char* lat,
                 const char* lon, const char* code, const char* cc, const char* admin1,
                 const char* pop) {
    return city_row(id, name, lat, lon, code, cc, admin1, "", pop, alts);
  };
  s.cities_tsv =
      city("112931", "Tehran", "Teheran,THR", "35.69439", "51.42151", "PPLC", "IR", "26",
           "7153309") +
      city("281184", "Jerusalem", "Al-Quds", "31.76904", "35.21633", "PPLC", "IL", "06", "801000") +
      city("293397", "Tel Aviv", "Tel Aviv-Yafo", "32.08088", "34.78057", "PPLA", "IL", "05",
           "432892") +
      city("281133", "Gaza", "", "31.50161", "34.46672", "PPLA", "PS", "GZ", "410000") +
      city("2988507", "Paris", "Lutetia", "48.85341", "2.3488", "PPLC", "FR", "11", "2138551") +
      city("4717560", "Paris", "", "33.66094", "-95.55551", "PPL", "US", "TX", "24782") +
      city("4671654", "Austin", "", "30.26715", "-97.74306", "PPLA", "US", "TX", "961855") +
      city("4699066", "Houston", "", "29.76328", "-95.36327", "PPL", "US", "TX", "2296224") +
      city("276781", "Beirut", "Bayrut", "33.89332", "35.50157", "PPLC", "LB", "04", "1916100") +
      city("5128581", "New York City", "New York,NYC", "40.71427", "-74.00597", "PPL", "US", "NY",
           "8804190") +
      city("5106834", "Albany", "", "42.65258", "-73.75623", "PPLA", "US", "NY", "97856") +
      city("9000001", "Donald", "", "-36.37", "143.0", "PPL", "AU", "07", "1500");
  s.iso_3166_1_json = R"({"3166-1": [
    {"alpha_2": "IR", "name": "Iran, Islamic Republic of", "common_name": "Iran"},
    {"alpha_2": "IL", "name": "Israel", "official_name": "State of Israel"},
    {"alpha_2": "PS", "name": "Palestine, State of"},
    {"alpha_2": "FR", "name": "France", "official_name": "French Republic"},
    {"alpha_2": "US", "name": "United States", "official_name": "United States of America"},
    {"alpha_2": "LB", "name": "Lebanon", "official_name": "Lebanese Republic"},
    {"alpha_2": "AU", "name": "Australia"}]})";
  s.iso_3166_2_json = R"({"3166-2": [
    {"code": "US-TX", "name": "Texas", "type": "State"},
    {"code": "US-NY", "name": "New York", "type": "State"},
    {"code": "IR-23", "name": "Tehrān", "type": "Province"},
    {"code": "FR-IDF", "name": "Île-de-France", "type": "Metropolitan region"}]})";
  auto country = [](const char* cc, const char* name, const char* lat, const char* lon,
                    const char* demonym, const char* alts) {
    return std::string(R"({"cca2": ")") + cc + R"(", "name": {"common": ")" + name +
           R"(", "official": ")" + name + R"("}, "latlng": [)" + lat + ", " + lon +
           R"(], "altSpellings": [)" + alts + R"(], "demonyms": {"eng": {"f": ")" + demonym +
           R"(", "m": ")" + demonym + R"("}}})";
  };
  s.countries_json = "[" + country("IR", "Iran", "32", "53", "Iranian", R"("IR")") + "," +
                     country("IL", "Israel", "31.47", "35.13", "Israeli", R"("IL")") + "," +
                     country("PS", "Palestine", "31.9", "35.2", "Palestinian", R"("PS")") + "," +
                     country("FR", "France", "46", "2", "French", R"("FR")") + "," +
                     country("US", "United States", "38", "-97", "American", R"("US", "USA")") +
                     "," + country("LB", "Lebanon", "33.83", "35.83", "Lebanese", R"("LB")") + "," +
                     country("AU", "Australia", "-27", "133", "Australian", R"("AU")") + "]";
  s.regions_tsv =
      "# test regions\n"
      "region\tMiddle East\tMideast\t29\t41\tRGN\t\t100000000\n"
      "region\tGaza Strip\t\t31.42\t34.37\tRGN\tPS\t2000000\n"
      "alias\tUS\tU.S.;America\n"
      "alias\tLB\tIsland\n";  // a generic word as a name, as Iceland's "Ísland"
  return s;
}

// Compiles `sources` into the test temp dir as `file_name` and opens it.
inline std::shared_ptr<const Gazetteer> build_gazetteer(const GazetteerSources& sources,
                                                        const std::string& file_name) {
  // The pid keeps parallel test processes from renaming over each other's files.
  std::string path = testing::TempDir() + "/" + std::to_string(::getpid()) + "_" + file_name;
  auto records = compile_gazetteer(sources);
  EXPECT_TRUE(records.is_ok()) << records.status().to_string();
  if (!records) return std::shared_ptr<const Gazetteer>();
  Status written = write_gazetteer(*records, gazetteer_fingerprint(sources), path);
  EXPECT_TRUE(written.is_ok()) << written.to_string();
  auto opened = Gazetteer::open(path);
  EXPECT_TRUE(opened.is_ok()) << opened.status().to_string();
  return opened ? *opened : std::shared_ptr<const Gazetteer>();
}

// Builds the tiny gazetteer once per test program into the test temp dir.
inline std::shared_ptr<const Gazetteer> tiny_gazetteer() {
  static std::shared_ptr<const Gazetteer> gaz =
      build_gazetteer(tiny_sources(), "eventwire_tiny_gazetteer.ewg");
  return gaz;
}

// The full gazetteer, or null with `reason` set when it has not been built.
inline std::shared_ptr<const Gazetteer> full_gazetteer(std::string& reason) {
  std::string path = Gazetteer::default_path();
  if (!std::filesystem::exists(path)) {
    reason = "gazetteer " + path + " not built (run scripts/build-gazetteer)";
    return nullptr;
  }
  static std::shared_ptr<const Gazetteer> gaz = [&] {
    auto opened = Gazetteer::open(path);
    return opened ? *opened : std::shared_ptr<const Gazetteer>();
  }();
  if (!gaz) reason = "gazetteer " + path + " does not open";
  return gaz;
}

// A document whose sentences come from the geo stage's own splitter.
inline Document make_document(const std::string& text) {
  Document doc;
  doc.article.id = "test";
  doc.article.text = text;
  doc.sentences = geo_segment_text(text);
  return doc;
}

}  // namespace eventwire::geo_test
