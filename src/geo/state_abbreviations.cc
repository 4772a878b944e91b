// "Selma, Ala.", "Springfield, Va.": the abbreviations US news style gives the
// states after a town's name. Most are no postal code ("Calif." for CA), and
// the gazetteer keeps codes for text in capitals, so they get their own table.
#include <cctype>
#include <string>

#include "geo/spans.h"

namespace eventwire::geo_detail {
namespace {

struct StateAbbreviation {
  std::string_view abbreviation, name;  // without the final period
};

constexpr StateAbbreviation kStates[] = {
    {"Ala", "Alabama"},       {"Ariz", "Arizona"},       {"Ark", "Arkansas"},
    {"Calif", "California"},  {"Cal", "California"},     {"Colo", "Colorado"},
    {"Conn", "Connecticut"},  {"Del", "Delaware"},       {"Fla", "Florida"},
    {"Ga", "Georgia"},        {"Ill", "Illinois"},       {"Ind", "Indiana"},
    {"Kan", "Kansas"},        {"Kans", "Kansas"},        {"Ky", "Kentucky"},
    {"La", "Louisiana"},      {"Md", "Maryland"},        {"Mass", "Massachusetts"},
    {"Mich", "Michigan"},     {"Minn", "Minnesota"},     {"Miss", "Mississippi"},
    {"Mo", "Missouri"},       {"Mont", "Montana"},       {"Neb", "Nebraska"},
    {"Nebr", "Nebraska"},     {"Nev", "Nevada"},         {"Okla", "Oklahoma"},
    {"Ore", "Oregon"},        {"Pa", "Pennsylvania"},    {"Penn", "Pennsylvania"},
    {"Tenn", "Tennessee"},    {"Tex", "Texas"},          {"Vt", "Vermont"},
    {"Va", "Virginia"},       {"Wash", "Washington"},    {"Wis", "Wisconsin"},
    {"Wisc", "Wisconsin"},    {"Wyo", "Wyoming"},        {"W.Va", "West Virginia"},
    {"N.H", "New Hampshire"}, {"N.J", "New Jersey"},     {"N.M", "New Mexico"},
    {"N.Y", "New York"},      {"N.C", "North Carolina"}, {"N.D", "North Dakota"},
    {"R.I", "Rhode Island"},  {"S.C", "South Carolina"}, {"S.D", "South Dakota"}};

}  // namespace

std::vector<GazetteerCandidate> state_abbreviation_candidates(const Gazetteer& gaz,
                                                              std::string_view text,
                                                              uint32_t byte_start,
                                                              uint32_t byte_end) {
  if (byte_start < 3 || byte_end > text.size() || byte_start >= byte_end) return {};
  std::string_view word = text.substr(byte_start, byte_end - byte_start);
  // The period closes the abbreviation, inside the token or right after it.
  if (word.back() == '.')
    word.remove_suffix(1);
  else if (byte_end >= text.size() || text[byte_end] != '.')
    return {};
  // Only after "Town, ": alone, "Miss", "Mass" and "Ind" are ordinary words.
  if (text.substr(byte_start - 2, 2) != ", " ||
      std::isalpha(static_cast<unsigned char>(text[byte_start - 3])) == 0)
    return {};
  for (const StateAbbreviation& s : kStates) {
    if (s.abbreviation != word) continue;
    std::vector<GazetteerCandidate> out;
    for (const GazetteerCandidate& c : gaz.candidates(s.name)) {
      GazetteerEntry e = gaz.entry(c.entry);
      if (e.feature_code == "ADM1" && e.country == "US" && c.kind != NameKind::kDemonym)
        out.push_back({c.entry, NameKind::kName});
    }
    return out;
  }
  return {};
}

}  // namespace eventwire::geo_detail
