// Toponym detection from capitalized tokens, and the gazetteer look-ups that
// turn a span's text into candidates.
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "geo/spans.h"
#include "geo/stop_words.h"

namespace eventwire::geo_detail {
namespace {

char32_t first_code_point(std::string_view s) {
  utf8proc_int32_t c = 0;
  if (s.empty() || utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &c) <= 0) {
    return 0;
  }
  return static_cast<char32_t>(c);
}

uint32_t count_code_points_prefix(std::string_view s, size_t bytes) {
  uint32_t n = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i)
    n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

bool is_connector(std::string_view w) {
  return w == "of" || w == "the" || w == "'s" || w == "\u2019s" || w == "de" || w == "del" ||
         w == "la" || w == "al" || w == "el" || w == "upon" || w == "on" || w == "-" || w == "du" ||
         w == "da" || w == "do" || w == "dos" || w == "das";
}

}  // namespace

bool is_capitalized(std::string_view s) {
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(first_code_point(s)));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_all_caps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

// Second-level areas are as many as towns and as often named like people or things
// ("Warren", "Clifton"), so they count as towns of their population.
bool is_town_like(const GazetteerEntry& e) {
  return e.feature_class == 'P' || e.feature_code == "ADM2";
}

bool is_big(const GazetteerEntry& e) {
  return !is_town_like(e) || e.feature_code == "PPLC" || e.population >= 1000000;
}

// Candidates of a toponym span: place names only (no demonyms); an
// abbreviation only when written in capitals.
std::vector<GazetteerCandidate> toponym_candidates(const Gazetteer& gaz, std::string_view surface) {
  std::vector<GazetteerCandidate> out;
  bool caps = is_all_caps(surface);
  for (const GazetteerCandidate& c : gaz.candidates(surface)) {
    if (c.kind == NameKind::kDemonym) continue;
    if (c.kind == NameKind::kAbbreviation && !caps) continue;
    out.push_back(c);
  }
  return out;
}

std::vector<GazetteerCandidate> demonym_candidates(const Gazetteer& gaz, std::string_view surface) {
  std::vector<GazetteerCandidate> out;
  std::string key = gazetteer_key(surface);
  for (int attempt = 0; attempt < 2 && out.empty(); ++attempt) {
    for (const GazetteerCandidate& c : gaz.candidates_for_key(key)) {
      if (c.kind == NameKind::kDemonym) out.push_back(c);
    }
    if (key.size() > 3 && key.back() == 's')
      key.pop_back();  // "Israelis"
    else
      break;
  }
  return out;
}

// For a given span the gazetteer does not know ("Dallas County", "Lake Erie",
// "Greater Mumbai"): the name without its generic words, which usually finds
// the place it is named after, close by.
std::vector<GazetteerCandidate> core_name_candidates(const Gazetteer& gaz,
                                                     std::string_view surface) {
  static const std::set<std::string> generic = {
      "county",     "province",     "parish",      "district",      "region",
      "valley",     "lake",         "greater",     "square",        "island",
      "islands",    "bay",          "airport",     "international", "state",
      "prefecture", "city",         "mountains",   "river",         "delta",
      "canal",      "municipality", "governorate", "department",    "metropolitan",
      "area",       "the",          "of"};
  std::vector<std::string> words;
  std::string key = gazetteer_key(surface);
  for (size_t start = 0; start < key.size();) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    words.push_back(key.substr(start, space - start));
    start = space + 1;
  }
  size_t first = 0, last = words.size();
  while (first < last && generic.count(words[first]) != 0) ++first;
  while (last > first && generic.count(words[last - 1]) != 0) --last;
  if (first == 0 && last == words.size()) return {};
  std::string core;
  for (size_t i = first; i < last; ++i) {
    if (!core.empty()) core += ' ';
    core += words[i];
  }
  // "Eastern District", "Central Region": a bare compass word names no place of
  // its own, only somewhere's part (which the gazetteer would give at random).
  static const std::set<std::string> compass = {
      "north",        "south",        "east",      "west",         "northern",
      "southern",     "eastern",      "western",   "central",      "northeast",
      "northwest",    "southeast",    "southwest", "northeastern", "northwestern",
      "southeastern", "southwestern", "upper",     "lower",        "middle"};
  if (compass.count(core) != 0) return {};
  std::vector<GazetteerCandidate> out;
  for (const GazetteerCandidate& c : gaz.candidates_for_key(core)) {
    if (c.kind != NameKind::kDemonym && c.kind != NameKind::kAbbreviation)
      out.push_back({c.entry, NameKind::kAlternate});
  }
  return out;
}

// Finds toponym and demonym spans in one sentence from capitalized tokens.
void detect_in_sentence(const Gazetteer& gaz, const Document& doc, int sentence_index,
                        const std::vector<bool>& covered, bool demonyms,
                        std::vector<SpanInfo>& out) {
  const Sentence& sentence = doc.sentences[static_cast<size_t>(sentence_index)];
  const auto& tokens = sentence.tokens;
  const std::string& text = doc.article.text;
  const int n = static_cast<int>(tokens.size());
  auto span_for = [&](int first, int last) {  // tokens [first, last]
    SpanInfo s;
    s.sentence = sentence_index;
    s.first_token = first;
    s.last_token = last + 1;
    s.start = tokens[static_cast<size_t>(first)].start;
    s.end = tokens[static_cast<size_t>(last)].end;
    s.byte_start = tokens[static_cast<size_t>(first)].byte_start;
    s.byte_end = tokens[static_cast<size_t>(last)].byte_end;
    return s;
  };
  // Sentence-initial position: first token, or after an opening quote or bracket.
  auto sentence_initial = [&](int i) {
    for (int k = 0; k < i; ++k) {
      const std::string& t = tokens[static_cast<size_t>(k)].text;
      if (is_capitalized(t) || (!t.empty() && std::isalnum(static_cast<unsigned char>(t[0]))))
        return false;
    }
    return true;
  };
  // "pro-Iranian", "Iranian-backed", "Gaza-based": demonyms and toponyms inside
  // hyphenated words (a toponym only before a lower-case part).
  auto hyphen_parts = [&](int i) {
    const Token& tok = tokens[static_cast<size_t>(i)];
    if (tok.text.find('-') == std::string::npos) return;
    size_t part_start = 0;
    while (part_start < tok.text.size()) {
      size_t part_end = tok.text.find('-', part_start);
      if (part_end == std::string::npos) part_end = tok.text.size();
      std::string_view part(tok.text.data() + part_start, part_end - part_start);
      std::vector<GazetteerCandidate> cands;
      bool demonym = false;
      if (is_capitalized(part) && geo_stop_words().count(gazetteer_key(part)) == 0) {
        if (demonyms) cands = demonym_candidates(gaz, part);
        demonym = !cands.empty();
        bool before_lower =
            part_end < tok.text.size() && !is_capitalized(tok.text.substr(part_end + 1));
        if (cands.empty() && before_lower) {
          auto all = toponym_candidates(gaz, part);
          bool big = std::any_of(all.begin(), all.end(),
                                 [&](const auto& c) { return is_big(gaz.entry(c.entry)); });
          if (big) cands = std::move(all);
        }
      }
      if (!cands.empty()) {
        SpanInfo s = span_for(i, i);
        s.byte_start = tok.byte_start + static_cast<uint32_t>(part_start);
        s.byte_end = tok.byte_start + static_cast<uint32_t>(part_end);
        s.start = tok.start + count_code_points_prefix(tok.text, part_start);
        s.end = tok.start + count_code_points_prefix(tok.text, part_end);
        s.demonym = demonym;
        s.candidates = std::move(cands);
        out.push_back(std::move(s));
      }
      part_start = part_end + 1;
    }
  };
  for (int i = 0; i < n;) {
    const Token& tok = tokens[static_cast<size_t>(i)];
    if (covered[static_cast<size_t>(i)]) {
      ++i;
      continue;
    }
    if (!is_capitalized(tok.text)) {
      hyphen_parts(i);
      ++i;
      continue;
    }
    // "Selma, Ala.": a state's news-style abbreviation after a town's name.
    if (auto state = state_abbreviation_candidates(gaz, text, tok.byte_start, tok.byte_end);
        !state.empty()) {
      SpanInfo s = span_for(i, i);
      s.candidates = std::move(state);
      out.push_back(std::move(s));
      ++i;
      continue;
    }
    bool matched = false;
    // Longer spans only when some name starts with this word ("New …", "San …").
    int max_len = std::min(6, n - i);
    if (max_len > 1 && !gaz.has_key_prefix(gazetteer_key(tok.text) + " ") &&
        !gaz.has_key_prefix(gazetteer_key(tok.text + tokens[static_cast<size_t>(i + 1)].text))) {
      max_len = 1;
    }
    for (int len = max_len; len >= 1 && !matched; --len) {
      int last = i + len - 1;
      bool ok = is_capitalized(tokens[static_cast<size_t>(last)].text);
      for (int k = i; k <= last && ok; ++k) {
        const std::string& t = tokens[static_cast<size_t>(k)].text;
        ok = !covered[static_cast<size_t>(k)] &&
             (is_capitalized(t) || (k > i && k < last && is_connector(t)));
      }
      if (!ok) continue;
      std::string_view surface(text.data() + tok.byte_start,
                               tokens[static_cast<size_t>(last)].byte_end - tok.byte_start);
      auto cands = toponym_candidates(gaz, surface);
      if (cands.empty()) continue;
      // Filters for single words, which are often not places at all.
      if (len == 1) {
        std::string lower = gazetteer_key(tok.text);
        if (geo_stop_words().count(lower) != 0) continue;
        const std::string prev =
            i > 0 ? gazetteer_key(tokens[static_cast<size_t>(i - 1)].text) : std::string();
        static const std::set<std::string> prepositions = {
            "in",     "at",     "near", "from",       "to",  "outside",
            "around", "across", "into", "throughout", "via", "towards"};
        bool after_preposition = prepositions.count(prev) != 0;
        bool any_big = false, any_known = false;
        for (const auto& c : cands) {
          GazetteerEntry e = gaz.entry(c.entry);
          // Nicknames and codes ("Peter" for St Petersburg, "FAO") make nobody a big place.
          bool by_name = c.kind == NameKind::kName || c.kind == NameKind::kAscii;
          any_big = any_big || (is_big(e) && (by_name || !is_town_like(e)));
          if (c.kind == NameKind::kAbbreviation) continue;
          any_known = any_known || !is_town_like(e) ||
                      (by_name && (after_preposition || e.population >= 5000)) ||
                      e.population >= 100000;
        }
        if (!any_known && !(any_big && is_all_caps(tok.text))) continue;
        bool after_title = geo_title_words().count(prev) != 0;
        bool in_name =
            (i > 0 && is_capitalized(tokens[static_cast<size_t>(i - 1)].text) &&
             geo_stop_words().count(prev) == 0 && !covered[static_cast<size_t>(i - 1)]) ||
            (i + 1 < n && is_capitalized(tokens[static_cast<size_t>(i + 1)].text));
        if (after_title || (in_name && !any_big)) continue;
        if (sentence_initial(i) && !any_big) continue;
      }
      SpanInfo s = span_for(i, last);
      s.candidates = std::move(cands);
      out.push_back(std::move(s));
      i = last + 1;
      matched = true;
    }
    if (matched) continue;
    auto cands = demonyms ? demonym_candidates(gaz, tok.text) : std::vector<GazetteerCandidate>();
    if (!cands.empty()) {
      SpanInfo s = span_for(i, i);
      s.demonym = true;
      s.candidates = std::move(cands);
      out.push_back(std::move(s));
    } else {
      hyphen_parts(i);
    }
    ++i;
  }
}

}  // namespace eventwire::geo_detail
