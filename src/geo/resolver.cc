// GeoResolver: finds toponym spans (from the entities stage, or from
// capitalized tokens matched in the gazetteer) and picks one gazetteer entry
// per span, preferring big and important places, places in the countries and
// regions the article talks about, and "City, State" readings.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "base/fingerprint.h"
#include "eventwire/geo.h"
#include "geo/spans.h"
#include "geo/stop_words.h"

namespace eventwire {

using geo_detail::core_name_candidates;
using geo_detail::demonym_candidates;
using geo_detail::detect_in_sentence;
using geo_detail::is_capitalized;
using geo_detail::NameUse;
using geo_detail::SpanInfo;
using geo_detail::toponym_candidates;

namespace {

struct Pick {
  GazetteerEntry entry;
  NameKind kind = NameKind::kName;
  double score = -1e9;
};

// A town below this size (or a tenth of the subdivision's) named like a
// first-level subdivision of its own country yields to the subdivision.
constexpr uint64_t kTownLimit = 200000;

double feature_bonus(const GazetteerEntry& e, const GeoRankWeights& w) {
  const std::string& f = e.feature_code;
  if (f == "CONT") return w.continent;
  if (f == "PCLI") return w.country;
  if (f == "RGN") return w.region;
  if (f == "ADM1") return w.adm1;
  // Lakes and rivers weigh as seas; ranges and peninsulas as regions, peaks as islands.
  if (f == "OCN" || f == "SEA" || f == "LK" || f == "STM") return w.water;
  if (f == "MTS" || f == "PEN") return w.region;
  if (f == "ISL" || f == "MT") return w.island;
  if (f == "PPLC") return w.capital;
  if (f == "ADM2") return w.adm2;
  if (f == "PPLA") return w.ppla;
  if (f == "PPLA2") return w.ppla2;
  if (f == "PPLX" || f == "PPLH" || f == "PPLQ")
    return w.section;  // sections of cities, historical places
  return 0;
}

double km_between(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  double a = std::sin((lat2 - lat1) * kRad / 2), b = std::sin((lon2 - lon1) * kRad / 2);
  double h = a * a + std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * b * b;
  return 12742 * std::asin(std::sqrt(std::min(1.0, h)));
}

// "NEW YORK (Wire) —", "ORTONA -", "NEW YORK, Oct. 3 —": a name in capitals that
// opens a paragraph and is followed by an agency or a dash is a dateline, and
// datelines name cities, not the states or provinces of the same name.
bool is_dateline(const std::string& text, const SpanInfo& span) {
  size_t b = span.byte_start;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  if (!geo_detail::is_all_caps(
          std::string_view(text.data() + span.byte_start, span.byte_end - span.byte_start)))
    return false;
  std::string_view rest = std::string_view(text).substr(span.byte_end, 40);
  size_t mark = std::min(
      {rest.find(" ("), rest.find(" -"), rest.find(" \xE2\x80\x94"), rest.find(" \xE2\x80\x93")});
  if (mark == std::string_view::npos) return false;
  std::string_view gap = rest.substr(0, mark);
  return gap.find('\n') == std::string_view::npos && (gap.empty() || gap.front() == ',');
}

// The place's contribution to its article's context.
struct Context {
  std::map<std::string, int> countries;
  std::map<uint32_t, int> entries;
  std::map<std::string, std::map<uint32_t, int>> admin1_entries;  // mentions per place
  void add(const GazetteerEntry& e, int delta) {
    entries[e.index] += delta;
    if (!e.country.empty()) countries[e.country] += delta;
    if (e.feature_code != "PCLI" && !e.admin1.empty()) admin1_entries[e.admin1][e.index] += delta;
  }
};

template <typename Key>
int count_of(const std::map<Key, int>& counts, const Key& key) {
  auto it = counts.find(key);
  return it == counts.end() ? 0 : it->second;
}

// The article's context as one span sees it: every pick but those of its own
// name. Both parts are kept up to date pick by pick, so a lookup costs the
// same however many mentions share the name (linear in the article).
struct ContextView {
  const Context& all;
  const Context& own;
  int country(const std::string& c) const {
    return count_of(all.countries, c) - count_of(own.countries, c);
  }
  int entry(uint32_t e) const { return count_of(all.entries, e) - count_of(own.entries, e); }
  // Distinct places of the admin1 other than `self`, counted up to `most`:
  // twelve mentions of one town are one piece of evidence about its state.
  int admin1_places(const std::string& a, uint32_t self, int most) const {
    auto it = all.admin1_entries.find(a);
    if (it == all.admin1_entries.end()) return 0;
    auto mine = own.admin1_entries.find(a);
    int places = 0;
    for (const auto& [index, n] : it->second) {
      int own_n = mine == own.admin1_entries.end() ? 0 : count_of(mine->second, index);
      if (index != self && n - own_n > 0 && ++places == most) break;
    }
    return places;
  }
};

class SpanResolver {
 public:
  SpanResolver(const Gazetteer& gaz, const Document& doc, const GeoRankWeights& w)
      : gaz_(gaz), doc_(doc), text_(doc.article.text), w_(w) {}

  // Picks an entry for every span that has candidates, using the others as context.
  std::vector<std::optional<Pick>> resolve(const std::vector<SpanInfo>& spans) const {
    std::vector<std::optional<Pick>> picks(spans.size());
    ArticleFacts f = facts_of(spans);
    Context context;
    std::vector<Context> own(f.groups);  // the picks of each name
    for (int pass = 0; pass < 3; ++pass) {
      for (size_t k = 0; k < spans.size(); ++k) {
        const ContextView view{context, own[f.group[k]]};
        std::optional<Pick> best;
        std::optional<GazetteerEntry> outer;
        if (f.container[k] >= 0 && picks[static_cast<size_t>(f.container[k])]) {
          outer = picks[static_cast<size_t>(f.container[k])]->entry;
          // "Illinois, Missouri and Iowa" is a list, not Illinois inside Missouri:
          // a span that names a place of the outer one's own level is no part of it.
          for (size_t ci = 0; ci < spans[k].candidates.size() && outer; ++ci) {
            if (spans[k].candidates[ci].kind != NameKind::kAlternate &&
                f.entries[k][ci].feature_code == outer->feature_code)
              outer.reset();
          }
        }
        // A name that is also a first-level subdivision of some country
        // ("Oregon", "Nevada", "Ontario") means the subdivision rather than a
        // town of that country named after it, unless the town is big.
        std::map<std::string, uint64_t> subdivision_population;
        for (size_t ci = 0; ci < spans[k].candidates.size(); ++ci) {
          const GazetteerEntry& e = f.entries[k][ci];
          if (e.feature_code == "ADM1" && spans[k].candidates[ci].kind != NameKind::kAlternate) {
            uint64_t& pop = subdivision_population[e.country];
            pop = std::max(pop, e.population);
          }
        }
        for (size_t ci = 0; ci < spans[k].candidates.size(); ++ci) {
          const GazetteerCandidate& c = spans[k].candidates[ci];
          const GazetteerEntry& e = f.entries[k][ci];
          // A code below country level ("SC", "NSW") names a place only in an
          // article about its country, or after "City, " ("Paris, TX").
          if (c.kind == NameKind::kAbbreviation && e.feature_code != "PCLI") {
            bool about_country = pass > 0 && view.country(e.country) > 0;
            bool contains = outer && outer->country == e.country;
            if (!about_country && !contains && !f.follows_place[k]) continue;
          }
          // Summed populations of countries and subdivisions count for less than a city's own.
          double size = std::log10(static_cast<double>(e.population) + 1);
          double score =
              (e.feature_class == 'P' ? w_.size_place : w_.size_area) * size + feature_bonus(e, w_);
          if (c.kind == NameKind::kAlternate) score += w_.alternate;
          if (c.kind == NameKind::kAbbreviation) score += w_.abbreviation;
          if (f.dateline[k] && e.feature_class == 'P') score += w_.dateline;
          // A postal code ("NY", "Wash.") names the state whatever follows it.
          if (c.kind != NameKind::kAbbreviation) score += use_score(e, f.use[k]);
          score += polity_score(e, k, f);
          if (e.feature_class == 'P') {
            auto sub = subdivision_population.find(e.country);
            if (sub != subdivision_population.end() && e.feature_code != "PPLC" &&
                (e.population < kTownLimit || e.population * 10 < sub->second))
              score += w_.town_under_subdivision;
          }
          if (pass > 0) {
            score += context_score(e, k, view, f, spans, picks);
            // Writers who name the city in full elsewhere ("New York City") mean
            // the state by the bare name.
            // A country of the name ("Mexico") is not in question.
            if (e.feature_class == 'P' && subdivision_population.count(e.country) != 0 &&
                !f.names_country[k] && view.entry(e.index) == 0 && has_neighbour(e, k, f, picks))
              score += w_.town_neighbour;
          }
          if (outer && e.feature_code != "PCLI") {
            bool inside = (outer->feature_code == "PCLI" && outer->country == e.country) ||
                          (outer->feature_code == "ADM1" && outer->admin1 == e.admin1);
            if (inside) score += w_.container;
          }
          if (!best || score > best->score) best = Pick{e, c.kind, score};
        }
        if (picks[k]) {
          context.add(picks[k]->entry, -1);
          own[f.group[k]].add(picks[k]->entry, -1);
        }
        picks[k] = std::move(best);
        if (picks[k]) {
          context.add(picks[k]->entry, +1);
          own[f.group[k]].add(picks[k]->entry, +1);
        }
      }
    }
    return picks;
  }

 private:
  // What the passes need to know of the article's spans, computed once.
  struct ArticleFacts {
    std::vector<int> container;  // "X, Y": the index of Y for X, or -1
    std::vector<size_t> group;   // spans of the same name share a group
    size_t groups = 0;
    std::map<int, std::vector<size_t>> in_sentence;
    std::vector<bool> dateline, follows_place;
    std::vector<NameUse> use;
    std::vector<int> polity;                           // sentence_polity of each span's sentence
    std::vector<bool> names_country;                   // a candidate is a country by its name
    std::vector<std::vector<GazetteerEntry>> entries;  // decoded candidates
  };

  ArticleFacts facts_of(const std::vector<SpanInfo>& spans) const {
    ArticleFacts f;
    // "X, Y": Y is the container of X when only a comma separates them.
    f.container.assign(spans.size(), -1);
    for (size_t k = 0; k + 1 < spans.size(); ++k) {
      for (size_t m = k + 1; m < spans.size() && m < k + 3; ++m) {
        if (spans[m].byte_start < spans[k].byte_end) continue;
        std::string_view gap(text_.data() + spans[k].byte_end,
                             spans[m].byte_start - spans[k].byte_end);
        if (gap == ", " || gap == ",") f.container[k] = static_cast<int>(m);
        break;
      }
    }
    // Mentions of the same name are not each other's context (or "Mexico"
    // read as Mexico City once would vote for Mexico City ever after).
    std::map<std::string, std::vector<size_t>> same_name;
    for (size_t k = 0; k < spans.size(); ++k) {
      same_name[gazetteer_key(std::string_view(text_.data() + spans[k].byte_start,
                                               spans[k].byte_end - spans[k].byte_start))]
          .push_back(k);
    }
    f.group.resize(spans.size());
    for (const auto& [key, members] : same_name) {
      for (size_t k : members) f.group[k] = f.groups;
      ++f.groups;
    }
    // The spans of each sentence, for the same-sentence feature.
    for (size_t k = 0; k < spans.size(); ++k) f.in_sentence[spans[k].sentence].push_back(k);
    for (const SpanInfo& span : spans) f.dateline.push_back(is_dateline(text_, span));
    for (const SpanInfo& span : spans) f.use.push_back(use_of(span));
    std::map<int, int> sentence_polity;  // only the sentences with places
    for (const SpanInfo& span : spans) {
      auto [it, added] = sentence_polity.emplace(span.sentence, 0);
      if (added) it->second = polity_of(span.sentence);
      f.polity.push_back(it->second);
    }
    f.follows_place.assign(spans.size(), false);
    for (int c : f.container) {
      if (c >= 0) f.follows_place[static_cast<size_t>(c)] = true;
    }
    // Decoded once: the passes below score every candidate three times.
    f.entries.resize(spans.size());
    f.names_country.assign(spans.size(), false);
    for (size_t k = 0; k < spans.size(); ++k) {
      for (const GazetteerCandidate& c : spans[k].candidates) {
        f.entries[k].push_back(gaz_.entry(c.entry));
        if (f.entries[k].back().feature_code == "PCLI" && c.kind != NameKind::kAlternate)
          f.names_country[k] = true;
      }
    }
    return f;
  }

  // What the words next to the span say, else the parse: a name that modifies
  // a noun ("a Gondor lawyer", "the Gondor event") is weak evidence of a town.
  NameUse use_of(const SpanInfo& span) const {
    NameUse use = geo_detail::name_use(text_, span);
    if (use != NameUse::kPlain || span.sentence < 0 ||
        static_cast<size_t>(span.sentence) >= doc_.sentences.size())
      return use;
    const auto& tokens = doc_.sentences[static_cast<size_t>(span.sentence)].tokens;
    if (span.last_token < 1 || static_cast<size_t>(span.last_token) >= tokens.size()) return use;
    const Token& last = tokens[static_cast<size_t>(span.last_token - 1)];
    const Token& next = tokens[static_cast<size_t>(span.last_token)];
    bool modifies_next =
        last.head == span.last_token + 1 && (last.deprel == "compound" || last.deprel == "amod");
    return modifies_next && next.upos == "NOUN" ? NameUse::kAttributive : use;
  }

  // Names and settlements: what the words next to the span say.
  double use_score(const GazetteerEntry& e, NameUse use) const {
    bool town = e.feature_class == 'P';
    if (use == NameUse::kArea && !town) return w_.area_use;
    // A country stays a country before "-based" ("a Gondor-based firm").
    if (use == NameUse::kSettlement && (town || e.feature_code == "PCLI")) return w_.settlement_use;
    if (use == NameUse::kAttributive && (town || e.feature_code == "PCLI"))
      return w_.attributive_use;
    return 0;
  }

  int polity_of(int sentence) const {
    if (sentence < 0 || static_cast<size_t>(sentence) >= doc_.sentences.size()) return 0;
    const Sentence& s = doc_.sentences[static_cast<size_t>(sentence)];
    if (s.byte_end > text_.size() || s.byte_start > s.byte_end) return 0;
    return geo_detail::sentence_polity(
        std::string_view(text_).substr(s.byte_start, s.byte_end - s.byte_start));
  }

  // Capital or subdivision by the level of government the sentence talks
  // about. A name that is a country stays a country ("Mexico").
  double polity_score(const GazetteerEntry& e, size_t k, const ArticleFacts& f) const {
    if (f.polity[k] > 0 && e.feature_code == "PPLC" && !f.names_country[k]) return w_.polity;
    if (f.polity[k] < 0 && e.feature_code == "ADM1") return w_.polity;
    return 0;
  }

  // Another place among the article's 30 spans on either side, of another name
  // and entry, within 40 km ("Brooklyn", "Queens" for New York City). The
  // window keeps the cost linear in the article.
  static bool has_neighbour(const GazetteerEntry& e, size_t k, const ArticleFacts& f,
                            const std::vector<std::optional<Pick>>& picks) {
    constexpr size_t kWindow = 30;
    for (size_t j = k > kWindow ? k - kWindow : 0; j < picks.size() && j <= k + kWindow; ++j) {
      if (!picks[j] || f.group[j] == f.group[k]) continue;
      const GazetteerEntry& o = picks[j]->entry;
      if (o.index == e.index || (o.feature_class != 'P' && o.feature_code != "ADM2")) continue;
      if (km_between(e.lat, e.lon, o.lat, o.lon) <= 40) return true;
    }
    return false;
  }

  // The second and third passes' evidence from the other picks of the article.
  double context_score(const GazetteerEntry& e, size_t k, const ContextView& view,
                       const ArticleFacts& f, const std::vector<SpanInfo>& spans,
                       const std::vector<std::optional<Pick>>& picks) const {
    double score = 0;
    int in_country = view.country(e.country);
    if (in_country > 0)
      score += w_.context_country + std::min(in_country, 3) * w_.context_country_each;
    // Other places of its admin1, each counted once however often it is named;
    // the candidate itself ("Mexico City" for "Mexico") is no evidence for
    // itself. For a subdivision: places of the article lie inside it.
    int others = view.admin1_places(e.admin1, e.index, 3);
    if (others > 0) score += w_.context_admin1 + std::min(others - 1, 2) * w_.context_admin1_each;
    // "… in Michigan … in Monroe County": a place of the same sentence in its admin1.
    if (w_.same_sentence_admin1 != 0 && !e.admin1.empty()) {
      for (size_t j : f.in_sentence.at(spans[k].sentence)) {
        if (j == k || !picks[j] || f.group[j] == f.group[k]) continue;
        if (picks[j]->entry.admin1 == e.admin1 && picks[j]->entry.feature_code != "PCLI") {
          score += w_.same_sentence_admin1;
          break;
        }
      }
    }
    // Nearness to the article's other places (of other names).
    if (w_.near_other != 0 && e.feature_class == 'P') {
      for (size_t j = 0; j < spans.size(); ++j) {
        if (!picks[j] || f.group[j] == f.group[k]) continue;
        const GazetteerEntry& o = picks[j]->entry;
        if (o.feature_class == 'P' && km_between(e.lat, e.lon, o.lat, o.lon) <= 300) {
          score += w_.near_other;
          break;
        }
      }
    }
    return score;
  }

  const Gazetteer& gaz_;
  const Document& doc_;
  const std::string& text_;
  const GeoRankWeights& w_;
};

Place make_place(const Document& doc, const SpanInfo& span, const Pick& pick, size_t number) {
  Place p;
  p.id = std::string(1, 'P').append(std::to_string(number));
  p.start = span.start;
  p.end = span.end;
  p.text = doc.article.text.substr(span.byte_start, span.byte_end - span.byte_start);
  p.name = pick.entry.name;
  p.geonames_id = pick.entry.geonames_id;
  p.country = pick.entry.country;
  p.admin1 = pick.entry.admin1;
  // A country named by its demonym is marked so coders can tell "Lebanese" from "Lebanon".
  p.feature = span.demonym ? "DEM" : pick.entry.feature_code;
  p.lat = pick.entry.lat;
  p.lon = pick.entry.lon;
  p.sentence = span.sentence;
  p.first_token = span.first_token;
  p.last_token = span.last_token;
  return p;
}

// Capitalized demonyms inside a non-place mention ("the pro-Iranian Lebanese
// news outlet") name their country as a place.
void add_inner_demonyms(const Gazetteer& gaz, const Document& doc, const Mention& m,
                        std::vector<SpanInfo>& spans) {
  const auto& tokens = doc.sentences[static_cast<size_t>(m.sentence)].tokens;
  for (int t = m.first_token; t < m.last_token; ++t) {
    const Token& token = tokens[static_cast<size_t>(t)];
    if (!is_capitalized(token.text)) continue;
    SpanInfo span;
    span.candidates = demonym_candidates(gaz, token.text);
    if (span.candidates.empty()) continue;
    span.sentence = m.sentence;
    span.first_token = t;
    span.last_token = t + 1;
    span.start = token.start;
    span.end = token.end;
    span.byte_start = token.byte_start;
    span.byte_end = token.byte_end;
    span.demonym = true;
    spans.push_back(std::move(span));
  }
}

bool is_pronoun_word(std::string_view w) {
  std::string lower(w);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kPronouns[] = {"it",   "its",  "there", "here",  "this", "that",
                                          "they", "them", "these", "those", "which"};
  return std::any_of(std::begin(kPronouns), std::end(kPronouns),
                     [&](const char* p) { return lower == p; });
}

}  // namespace

bool GeoRankWeights::set(std::string_view assignments) {
  std::pair<const char*, double*> fields[] = {{"size_place", &size_place},
                                              {"size_area", &size_area},
                                              {"continent", &continent},
                                              {"country", &country},
                                              {"region", &region},
                                              {"water", &water},
                                              {"island", &island},
                                              {"adm1", &adm1},
                                              {"capital", &capital},
                                              {"adm2", &adm2},
                                              {"ppla", &ppla},
                                              {"ppla2", &ppla2},
                                              {"section", &section},
                                              {"alternate", &alternate},
                                              {"abbreviation", &abbreviation},
                                              {"town_under_subdivision", &town_under_subdivision},
                                              {"context_country", &context_country},
                                              {"context_country_each", &context_country_each},
                                              {"context_admin1", &context_admin1},
                                              {"container", &container},
                                              {"near_other", &near_other},
                                              {"same_sentence_admin1", &same_sentence_admin1},
                                              {"dateline", &dateline},
                                              {"area_use", &area_use},
                                              {"settlement_use", &settlement_use},
                                              {"town_neighbour", &town_neighbour},
                                              {"attributive_use", &attributive_use},
                                              {"context_admin1_each", &context_admin1_each},
                                              {"polity", &polity}};
  while (!assignments.empty()) {
    size_t comma = assignments.find(',');
    std::string_view item = assignments.substr(0, comma);
    assignments =
        comma == std::string_view::npos ? std::string_view() : assignments.substr(comma + 1);
    size_t eq = item.find('=');
    if (eq == std::string_view::npos) return false;
    std::string_view name = item.substr(0, eq);
    std::string value(item.substr(eq + 1));
    char* end = nullptr;
    double v = std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size()) return false;
    bool found = false;
    for (auto& [field, slot] : fields) {
      if (name == field) *slot = v, found = true;
    }
    if (!found) return false;
  }
  return true;
}

GeoResolver::GeoResolver(std::shared_ptr<const Gazetteer> gazetteer, GeoResolverOptions options)
    : gazetteer_(std::move(gazetteer)), options_(options) {}

void GeoResolver::annotate(Document& doc) const {
  doc.places.clear();
  const Gazetteer& gaz = *gazetteer_;
  const std::string& text = doc.article.text;
  std::vector<std::vector<bool>> covered(doc.sentences.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    covered[s].assign(doc.sentences[s].tokens.size(), false);
  std::vector<SpanInfo> spans;
  for (const Entity& entity : doc.entities) {
    bool toponym = entity.type == "LOC" || entity.type == "GPE" || entity.type == "FAC";
    bool norp = entity.type == "NORP";
    for (const Mention& m : entity.mentions) {
      if (m.sentence < 0 || static_cast<size_t>(m.sentence) >= doc.sentences.size()) continue;
      const auto& tokens = doc.sentences[static_cast<size_t>(m.sentence)].tokens;
      if (m.first_token < 0 || m.last_token <= m.first_token ||
          static_cast<size_t>(m.last_token) > tokens.size())
        continue;
      for (int t = m.first_token; t < m.last_token; ++t)
        covered[static_cast<size_t>(m.sentence)][static_cast<size_t>(t)] = true;
      if (!toponym && !norp && options_.demonyms)
        add_inner_demonyms(gaz, doc, m, spans);  // "the pro-Iranian Lebanese news outlet" → Lebanon
      // "Selma, Ala.", whatever the entities stage took "Ala" for.
      if (!toponym && !norp && m.last_token == m.first_token + 1) {
        const Token& t = tokens[static_cast<size_t>(m.first_token)];
        auto state = geo_detail::state_abbreviation_candidates(gaz, text, t.byte_start, t.byte_end);
        if (!state.empty()) {
          SpanInfo span;
          span.sentence = m.sentence;
          span.first_token = m.first_token;
          span.last_token = m.last_token;
          span.start = t.start, span.end = t.end;
          span.byte_start = t.byte_start, span.byte_end = t.byte_end;
          span.candidates = std::move(state);
          spans.push_back(std::move(span));
          continue;
        }
      }
      if (!toponym && !(norp && options_.demonyms)) continue;
      SpanInfo span;
      span.sentence = m.sentence;
      span.first_token = m.first_token;
      span.last_token = m.last_token;
      span.start = tokens[static_cast<size_t>(m.first_token)].start;
      span.end = tokens[static_cast<size_t>(m.last_token - 1)].end;
      span.byte_start = tokens[static_cast<size_t>(m.first_token)].byte_start;
      span.byte_end = tokens[static_cast<size_t>(m.last_token - 1)].byte_end;
      std::string_view surface(text.data() + span.byte_start, span.byte_end - span.byte_start);
      // A pronoun the coreference links to a place ("it", "there", and
      // sentence-initial "It") names no place itself.
      if (toponym && surface.find(' ') == std::string_view::npos &&
          (std::none_of(surface.begin(), surface.end(),
                        [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }) ||
           is_pronoun_word(surface)))
        continue;
      if (surface.size() > 4 &&
          (surface.substr(0, 4) == "the " || surface.substr(0, 4) == "The ")) {
        surface.remove_prefix(4);
        span.byte_start += 4;
        span.start += 4;
      }
      // A generic word ("Island" of "Hong Kong Island", which the entities
      // stage may take as the entity's name) names no place: the detection
      // scan's stop list holds for entity mentions too (Ísland is Iceland).
      auto generic_word = [](std::string_view w) {
        if (w.find(' ') != std::string_view::npos) return false;
        std::string lower(w);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return geo_stop_words().count(lower) != 0;
      };
      if (!toponym || !generic_word(surface))
        span.candidates =
            toponym ? toponym_candidates(gaz, surface) : demonym_candidates(gaz, surface);
      // A description of a named place ("the Jewish state" for Israel) is
      // that place: the entity's name before any guess from the words.
      if (toponym && span.candidates.empty() && !entity.name.empty() && !generic_word(entity.name))
        span.candidates = toponym_candidates(gaz, entity.name);
      if (toponym && span.candidates.empty()) span.candidates = core_name_candidates(gaz, surface);
      // "Springfield, Va.": the state, not whatever else is called "Va".
      if (toponym)
        if (auto state = geo_detail::state_abbreviation_candidates(gaz, text, span.byte_start,
                                                                   span.byte_end);
            !state.empty())
          span.candidates = std::move(state);
      span.demonym = !toponym;
      if (!span.candidates.empty()) spans.push_back(std::move(span));
    }
  }
  if (doc.entities.empty() || options_.detect_without_entities) {
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      detect_in_sentence(gaz, doc, static_cast<int>(s), covered[s], options_.demonyms, spans);
    }
  }
  // "Valeska Paris … Paris claims": a lone word that is the last name of a
  // person the article names is that person, unless a locative preposition
  // ("in Paris", "to Paris") makes it a place.
  std::set<std::string> surnames;
  for (const Entity& entity : doc.entities) {
    if (entity.type != "PER") continue;
    for (const Mention& m : entity.mentions) {
      if (m.last_token - m.first_token < 2 || m.sentence < 0 ||
          static_cast<size_t>(m.sentence) >= doc.sentences.size())
        continue;
      const auto& tokens = doc.sentences[static_cast<size_t>(m.sentence)].tokens;
      if (static_cast<size_t>(m.last_token) > tokens.size()) continue;
      const std::string& last = tokens[static_cast<size_t>(m.last_token - 1)].text;
      if (is_capitalized(last)) surnames.insert(last);
    }
  }
  if (!surnames.empty()) {
    static const std::set<std::string> kLocative = {"in", "at",      "to",   "from",   "near",
                                                    "of", "outside", "into", "across", "around"};
    std::erase_if(spans, [&](const SpanInfo& span) {
      if (span.demonym || span.last_token - span.first_token != 1) return false;
      const auto& tokens = doc.sentences[static_cast<size_t>(span.sentence)].tokens;
      if (!surnames.count(tokens[static_cast<size_t>(span.first_token)].text)) return false;
      if (span.first_token == 0) return true;
      std::string before = tokens[static_cast<size_t>(span.first_token - 1)].text;
      for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return kLocative.count(before) == 0;
    });
  }
  std::sort(spans.begin(), spans.end(),
            [](const SpanInfo& a, const SpanInfo& b) { return a.byte_start < b.byte_start; });
  auto picks = SpanResolver(gaz, doc, options_.weights).resolve(spans);
  for (size_t k = 0; k < spans.size(); ++k) {
    if (picks[k]) doc.places.push_back(make_place(doc, spans[k], *picks[k], doc.places.size() + 1));
  }
  doc.dictionaries.push_back({"gazetteer",
                              "ewg " + std::to_string(gaz.version()) + " " + gaz.path(),
                              base::hex64(gaz.fingerprint())});
}

std::vector<std::optional<Place>> GeoResolver::resolve_spans(
    const Document& doc, const std::vector<std::pair<uint32_t, uint32_t>>& spans) const {
  const std::string& text = doc.article.text;
  std::vector<uint32_t> byte_at;  // code point → byte
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_at.push_back(i);
  }
  byte_at.push_back(static_cast<uint32_t>(text.size()));
  std::vector<SpanInfo> infos;
  std::vector<size_t> order;
  for (size_t k = 0; k < spans.size(); ++k) {
    auto [start, end] = spans[k];
    if (start >= end || end >= byte_at.size()) continue;
    SpanInfo s;
    s.start = start;
    s.end = end;
    s.byte_start = byte_at[start];
    s.byte_end = byte_at[end];
    std::string_view surface(text.data() + s.byte_start, s.byte_end - s.byte_start);
    for (size_t si = 0; si < doc.sentences.size(); ++si) {
      const Sentence& sentence = doc.sentences[si];
      if (start < sentence.start || end > sentence.end) continue;
      s.sentence = static_cast<int>(si);
      for (size_t t = 0; t < sentence.tokens.size(); ++t) {
        if (sentence.tokens[t].end <= start) s.first_token = static_cast<int>(t + 1);
        if (sentence.tokens[t].start < end) s.last_token = static_cast<int>(t + 1);
      }
      break;
    }
    s.candidates = toponym_candidates(*gazetteer_, surface);
    if (s.candidates.empty()) s.candidates = core_name_candidates(*gazetteer_, surface);
    if (auto state =
            geo_detail::state_abbreviation_candidates(*gazetteer_, text, s.byte_start, s.byte_end);
        !state.empty())
      s.candidates = std::move(state);
    if (s.candidates.empty()) {
      s.candidates = demonym_candidates(*gazetteer_, surface);
      s.demonym = !s.candidates.empty();
    }
    infos.push_back(std::move(s));
    order.push_back(k);
  }
  // The resolver wants spans in text order; remember where each came from.
  std::vector<size_t> by_start(infos.size());
  for (size_t i = 0; i < by_start.size(); ++i) by_start[i] = i;
  std::sort(by_start.begin(), by_start.end(),
            [&](size_t a, size_t b) { return infos[a].byte_start < infos[b].byte_start; });
  std::vector<SpanInfo> sorted;
  for (size_t i : by_start) sorted.push_back(infos[i]);
  auto picks = SpanResolver(*gazetteer_, doc, options_.weights).resolve(sorted);
  std::vector<std::optional<Place>> out(spans.size());
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (picks[i])
      out[order[by_start[i]]] = make_place(doc, sorted[i], *picks[i], order[by_start[i]] + 1);
  }
  return out;
}

}  // namespace eventwire
