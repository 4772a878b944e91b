// How the words around a toponym use it: as an area (a state, province or
// country) or as a settlement. Names such as "New York" and "Washington" are
// both, and the words next to them often say which.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "geo/spans.h"
#include "geo/stop_words.h"

namespace eventwire::geo_detail {
namespace {

bool is_word_char(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '\'';
}

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!out.empty() && (out.back() == '.' || out.back() == '\'')) out.pop_back();
  return out;
}

// The word after byte `at` on the same line ("" at punctuation or a line break).
std::string_view word_after(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  size_t end = at;
  while (end < text.size() && is_word_char(text[end])) ++end;
  return text.substr(at, end - at);
}

// The word that ends before byte `at` on the same line ("" after punctuation).
std::string_view word_before(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  size_t start = at;
  while (start > 0 && is_word_char(text[start - 1])) --start;
  return text.substr(start, at - start);
}

bool in(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (word == w) return true;
  return false;
}

// A state's or a country's offices, parties and bodies: "the Ohio
// legislature", "a Texas Republican", "the Virginia governor". Not offices a
// city has too ("the Chicago mayor", "a Dallas judge"), nor "attorney" (a
// lawyer of the place as often as its attorney general).
bool polity_word(const std::string& w) {
  return in(w, {"state",       "governor",      "gov",         "senator",       "sen",
                "legislature", "legislator",    "legislators", "lawmakers",     "assembly",
                "assemblyman", "assemblywoman", "democrat",    "democrats",     "republican",
                "republicans", "delegation",    "congressman", "congresswoman", "statehouse",
                "president",   "prime",         "minister"});
}

// Parts of an area: "upstate New York", "northern Virginia".
bool part_of_area_word(const std::string& w) {
  return in(w, {"upstate", "downstate", "northern", "southern", "eastern", "western", "central",
                "northeastern", "northwestern", "southeastern", "southwestern", "rural"});
}

bool calendar_word(const std::string& w) {
  return in(w, {"monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
                "january", "february",  "march",     "april",    "may",      "june",     "july",
                "august",  "september", "october",   "november", "december", "jan",      "feb",
                "mar",     "apr",       "jun",       "jul",      "aug",      "sep",      "sept",
                "oct",     "nov",       "dec"});
}

// Is the line around byte `at` a headline or in capitals: no word of four or
// more letters starting in lower case?
bool all_words_capitalized(std::string_view text, size_t at) {
  size_t start = text.rfind('\n', at);
  start = start == std::string_view::npos ? 0 : start + 1;
  size_t end = std::min(text.find('\n', at), text.size());
  for (size_t i = start; i < end; ++i) {
    if (i > start && std::isalpha(static_cast<unsigned char>(text[i - 1])) != 0) continue;
    size_t j = i;
    while (j < end && std::isalpha(static_cast<unsigned char>(text[j])) != 0) ++j;
    if (j - i >= 4 && std::islower(static_cast<unsigned char>(text[i])) != 0) return false;
  }
  return true;
}

// Words of a country's central institutions and of a state's or province's
// own. "State" next to "of" is neither ("the secretary of state", "the state of
// the economy"); "the State Department" is national.
int polity_cue(const std::string& w, const std::string& prev, const std::string& next) {
  if (in(w, {"congress", "congressional", "federal", "pentagon", "administration"})) return 1;
  if ((w == "white" && next == "house") || (w == "capitol" && next == "hill")) return 1;
  if ((w == "oval" && next == "office") || (w == "state" && next == "department") ||
      (w == "justice" && next == "department"))
    return 1;
  if (in(w, {"governor", "gov", "legislature", "legislative", "statehouse", "statewide", "county",
             "counties"}))
    return -1;
  // Not the nation state's own "state media", "state-run", "state visit", nor
  // "Islamic State".
  if ((w == "state" || w == "state's") && prev != "of" && next != "of" && prev != "islamic" &&
      !in(next, {"media", "run", "owned", "television", "tv", "news", "broadcaster", "visit"}))
    return -1;
  return 0;
}

}  // namespace

int sentence_polity(std::string_view text) {
  std::vector<std::string> words;
  for (size_t i = 0; i < text.size();) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && is_word_char(text[j])) ++j;
    words.push_back(lower(text.substr(i, j - i)));
    i = j;
  }
  int national = 0, state = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    int cue = polity_cue(words[i], i > 0 ? words[i - 1] : std::string(),
                         i + 1 < words.size() ? words[i + 1] : std::string());
    national += cue > 0;
    state += cue < 0;
  }
  return national > state ? 1 : (state > national ? -1 : 0);
}

NameUse name_use(std::string_view text, const SpanInfo& span) {
  if (span.byte_end > text.size() || span.byte_start > span.byte_end) return NameUse::kPlain;
  // "Gondor-based", "Gondor-born": where a firm or a person is from is a town.
  if (span.byte_end + 1 < text.size() && text[span.byte_end] == '-' &&
      std::islower(static_cast<unsigned char>(text[span.byte_end + 1])))
    return NameUse::kSettlement;
  std::string_view next = word_after(text, span.byte_end);
  std::string next_lower = lower(next);
  if (!next.empty()) {
    if (polity_word(next_lower)) return NameUse::kArea;  // "… state", "… Gov. Smith"
    // The name opens another name ("Gondor University", "the Gondor Herald"):
    // institutions are named after the town they stand in. Headlines and
    // capitals capitalize every word, so there it says nothing.
    if (std::isupper(static_cast<unsigned char>(next.front())) && !calendar_word(next_lower) &&
        !all_words_capitalized(text, span.byte_start))
      return NameUse::kSettlement;
  }
  std::string_view before_word = word_before(text, span.byte_start);
  std::string before = lower(before_word);
  if (part_of_area_word(before)) return NameUse::kArea;
  if (before == "of") {
    size_t of_start = static_cast<size_t>(before_word.data() - text.data());
    std::string before_of = lower(word_before(text, of_start));
    if (before_of == "state") return NameUse::kArea;  // "the state of Gondor"
    if (before_of == "city") return NameUse::kSettlement;
  }
  return NameUse::kPlain;
}

}  // namespace eventwire::geo_detail
