// A deterministic synthetic archive for benchmarks and load tests: made-up
// wire stories with a Zipf-like vocabulary, a fixed cast of actors and the
// annotations a coded article would carry. Nothing here is real news text.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "base/hash.h"
#include "eventwire/store.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

// "E12" and the like (appending: GCC 12 misreads "E" + std::string&& as overlapping).
std::string numbered(char prefix, size_t n) {
  std::string id(1, prefix);
  id += std::to_string(n);
  return id;
}

struct Actor {
  const char* name;
  const char* code;
  const char* type;
};
constexpr std::array<Actor, 24> kActors = {{
    {"Jordan", "JOR", "GPE"},
    {"Egypt", "EGY", "GPE"},
    {"Israel", "ISR", "GPE"},
    {"Sudan", "SDN", "GPE"},
    {"Kenya", "KEN", "GPE"},
    {"Tanzania", "TZA", "GPE"},
    {"Belarus", "BLR", "GPE"},
    {"Poland", "POL", "GPE"},
    {"Russia", "RUS", "GPE"},
    {"Ukraine", "UKR", "GPE"},
    {"China", "CHN", "GPE"},
    {"India", "IND", "GPE"},
    {"Brazil", "BRA", "GPE"},
    {"Mexico", "MEX", "GPE"},
    {"Nigeria", "NGA", "GPE"},
    {"Turkey", "TUR", "GPE"},
    {"the United Nations", "IGOUNO", "ORG"},
    {"the European Union", "IGOEEU", "ORG"},
    {"the police", "COP", "ORG"},
    {"the army", "MIL", "ORG"},
    {"protesters", "OPP", "NORP"},
    {"the opposition coalition", "OPP", "ORG"},
    {"the interior ministry", "GOV", "ORG"},
    {"rebel fighters", "REB", "NORP"},
}};

struct Verb {
  const char* phrase;
  const char* code;
  const char* plover;
  int quad;
  double goldstein;
};
constexpr std::array<Verb, 12> kVerbs = {{
    {"met with", "040", "CONSULT", 1, 1.0},
    {"praised", "051", "AGREE", 1, 3.4},
    {"signed an agreement with", "057", "AGREE", 2, 8.0},
    {"pledged aid to", "070", "AID", 2, 7.0},
    {"called for talks with", "036", "REQUEST", 1, 4.0},
    {"accused", "112", "ACCUSE", 3, -2.0},
    {"threatened", "130", "THREATEN", 3, -4.4},
    {"protested against", "140", "PROTEST", 3, -6.5},
    {"arrested members of", "173", "COERCE", 4, -5.0},
    {"expelled diplomats of", "161", "REDUCE", 3, -4.0},
    {"fired on", "190", "ASSAULT", 4, -10.0},
    {"attacked", "190", "ASSAULT", 4, -10.0},
}};

struct SyntheticPlace {
  const char* name;
  const char* country;
  double lat, lon;  // so that maps of a synthetic archive have somewhere to put them
};
constexpr std::array<SyntheticPlace, 10> kPlaces = {{
    {"Amman", "JO", 31.956, 35.945},
    {"Cairo", "EG", 30.044, 31.236},
    {"Khartoum", "SD", 15.552, 32.532},
    {"Nairobi", "KE", -1.283, 36.817},
    {"Warsaw", "PL", 52.230, 21.012},
    {"Minsk", "BY", 53.900, 27.567},
    {"Kyiv", "UA", 50.450, 30.524},
    {"Ankara", "TR", 39.920, 32.854},
    {"Lagos", "NG", 6.455, 3.384},
    {"Brasilia", "BR", -15.794, -47.882},
}};
constexpr std::array<const char*, 7> kDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 12> kCommon = {"government", "minister", "officials", "said",
                                                 "week",       "security", "talks",     "report",
                                                 "foreign",    "border",   "statement", "crisis"};

// Filler words: pronounceable made-up words ranked by frequency.
const std::vector<std::string>& vocabulary() {
  static const std::vector<std::string> words = [] {
    static const char* syllables[] = {"ka",  "lo",  "ri",  "ten", "mar", "so",  "vel",
                                      "du",  "pra", "ni",  "gos", "te",  "bra", "mi",
                                      "lun", "da",  "ker", "fa",  "zo",  "hel"};
    std::vector<std::string> out;
    for (int i = 0; i < 20000; ++i) {
      std::string w;
      int n = i;
      do {
        w += syllables[n % 20];
        n /= 20;
      } while (n > 0);
      if (i % 3 == 1) w += "s";
      out.push_back(w);
    }
    return out;
  }();
  return words;
}

// Zipf sampling by inverse CDF over the vocabulary ranks.
const std::vector<double>& zipf_cdf() {
  static const std::vector<double> cdf = [] {
    std::vector<double> c(vocabulary().size());
    double sum = 0;
    for (size_t i = 0; i < c.size(); ++i)
      c[i] = (sum += 1.0 / std::pow(static_cast<double>(i + 1), 1.07));
    for (double& x : c) x /= sum;
    return c;
  }();
  return cdf;
}

const std::string& filler_word(uint64_t& rng) {
  double u = static_cast<double>(base::splitmix64_next(rng) >> 11) / 9007199254740992.0;
  const auto& cdf = zipf_cdf();
  size_t i = static_cast<size_t>(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin());
  return vocabulary()[std::min(i, cdf.size() - 1)];
}

std::string date_plus(const std::string& first, uint64_t days) {
  int y = std::stoi(first.substr(0, 4)), m = std::stoi(first.substr(5, 2)),
      d = std::stoi(first.substr(8, 2));
  static const int kMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (uint64_t k = 0; k < days; ++k) {
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int length = kMonth[m - 1] + (m == 2 && leap ? 1 : 0);
    if (++d > length) d = 1, ++m;
    if (m > 12) m = 1, ++y;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

// Appends text while remembering spans (all ASCII: bytes = code points).
struct Builder {
  std::string text;
  Span add(const std::string& piece) {
    auto start = static_cast<uint32_t>(text.size());
    text += piece;
    return {start, static_cast<uint32_t>(text.size())};
  }
};

Mention locate(const Document& doc, Span span) {
  Mention m;
  m.start = span.start, m.end = span.end;
  m.text = doc.article.text.substr(span.start, span.end - span.start);
  for (const Sentence& s : doc.sentences) {
    if (span.start < s.start || span.start >= s.end) continue;
    m.sentence = s.id;
    for (size_t t = 0; t < s.tokens.size(); ++t) {
      if (s.tokens[t].end <= span.start) m.first_token = static_cast<int>(t + 1);
      if (s.tokens[t].start < span.end) m.last_token = static_cast<int>(t + 1);
    }
  }
  return m;
}

// The places and dates planted in the text (`places`, `days`), as the geo and
// time stages would give them.
void add_places_and_times(Document& doc, const std::vector<Span>& places,
                          const std::vector<Span>& days) {
  for (size_t i = 0; i < places.size(); ++i) {
    Place p;
    p.id = numbered('P', i + 1);
    p.start = places[i].start, p.end = places[i].end;
    p.text = p.name = doc.article.text.substr(p.start, p.end - p.start);
    for (size_t k = 0; k < kPlaces.size(); ++k)
      if (p.name == kPlaces[k].name) {
        p.country = kPlaces[k].country, p.lat = kPlaces[k].lat, p.lon = kPlaces[k].lon;
        p.geonames_id = 1000 + static_cast<int64_t>(k);  // made up, one per place
      }
    p.feature = "PPLC";
    Mention m = locate(doc, places[i]);
    p.sentence = m.sentence, p.first_token = m.first_token, p.last_token = m.last_token;
    doc.places.push_back(std::move(p));
  }
  for (size_t i = 0; i < days.size(); ++i) {
    TimeExpression t;
    t.id = numbered('T', i + 1);
    t.start = days[i].start, t.end = days[i].end;
    t.text = doc.article.text.substr(t.start, t.end - t.start);
    t.type = "DATE", t.value = doc.article.date;
    Mention m = locate(doc, days[i]);
    t.sentence = m.sentence, t.first_token = m.first_token, t.last_token = m.last_token;
    doc.times.push_back(std::move(t));
  }
}

}  // namespace

Document synthetic_document(uint64_t index, const SyntheticOptions& options) {
  uint64_t rng = options.seed * 0x100000001b3ULL ^ index;
  auto pick = [&](size_t n) { return static_cast<size_t>(base::splitmix64_next(rng) % n); };
  Document doc;
  Article& a = doc.article;
  char id[32];
  std::snprintf(id, sizeof id, "syn-%08llu", static_cast<unsigned long long>(index));
  a.id = id;
  a.date = date_plus(options.first_date, base::splitmix64_next(rng) % 3650);
  a.source = std::string("Synthetic Wire ") + static_cast<char>('A' + pick(5));
  a.url = "https://example.org/synthetic/" + a.id;
  a.origin_file = "synthetic";
  a.origin_record = index + 1;

  struct PlannedEvent {
    size_t source, target, verb;
    Span source_span, target_span, verb_span;
  };
  std::vector<PlannedEvent> planned;
  Builder b;
  auto event_clause = [&](bool capital) {
    PlannedEvent e{pick(kActors.size()), pick(kActors.size()), pick(kVerbs.size()), {}, {}, {}};
    if (e.target == e.source) e.target = (e.target + 1) % kActors.size();
    std::string name = kActors[e.source].name;
    if (capital) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    e.source_span = b.add(name);
    b.add(" ");
    e.verb_span = b.add(kVerbs[e.verb].phrase);
    b.add(" ");
    e.target_span = b.add(kActors[e.target].name);
    planned.push_back(e);
  };
  event_clause(true);
  a.title = b.text;
  a.title_span = {0, static_cast<uint32_t>(b.text.size())};
  std::vector<Span> places, days, quotes_content, speakers;
  // A word shared by about ten articles, for "rare term" queries.
  std::string rare = "rarekey" + std::to_string(index / 10);
  int paragraphs = 3 + static_cast<int>(pick(2));
  int sentences = options.sentences_per_article;
  for (int p = 0; p < paragraphs; ++p) {
    b.add("\n\n");
    uint32_t paragraph_start = static_cast<uint32_t>(b.text.size());
    int count = sentences / paragraphs + (p < sentences % paragraphs ? 1 : 0);
    for (int s = 0; s < count; ++s) {
      if (s > 0) b.add(" ");
      int kind = (p == 0 && s < 2) ? s : static_cast<int>(pick(6));
      if (kind == 0) {
        event_clause(true);
        b.add(" in ");
        places.push_back(b.add(kPlaces[pick(kPlaces.size())].name));
        b.add(" on ");
        days.push_back(b.add(kDays[pick(kDays.size())]));
        b.add(", " + std::string(kCommon[pick(kCommon.size())]) + " said.");
      } else if (kind == 1) {
        b.add("\"");
        Span content = b.add("We will " + filler_word(rng) + " the " + filler_word(rng) + " " +
                             kCommon[pick(kCommon.size())]);
        quotes_content.push_back(content);
        b.add(",\" the ");
        speakers.push_back(b.add("spokesman"));
        b.add(" told reporters.");
      } else {
        std::string sentence;
        int words = 8 + static_cast<int>(pick(14));
        for (int w = 0; w < words; ++w) {
          const std::string& word =
              pick(4) == 0 ? std::string(kCommon[pick(kCommon.size())]) : filler_word(rng);
          if (w) sentence += ' ';
          sentence += word;
        }
        sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
        b.add(sentence + ".");
      }
    }
    if (p == 1) b.add(" The file was tagged " + rare + ".");
    a.paragraphs.push_back({paragraph_start, static_cast<uint32_t>(b.text.size())});
  }
  a.text = std::move(b.text);
  doc.sentences = segment_article(a, SegmentOptions{}, &doc.warnings);

  // One entity per actor appearing, with all its mentions.
  std::vector<int> entity_of(kActors.size(), -1);
  auto entity_for = [&](size_t actor, Span span) {
    if (entity_of[actor] < 0) {
      entity_of[actor] = static_cast<int>(doc.entities.size());
      Entity e;
      e.id = numbered('E', doc.entities.size() + 1);
      e.type = kActors[actor].type, e.name = kActors[actor].name,
      e.actor_code = kActors[actor].code;
      e.resolved_by = "synthetic";
      doc.entities.push_back(std::move(e));
    }
    Entity& e = doc.entities[static_cast<size_t>(entity_of[actor])];
    e.mentions.push_back(locate(doc, span));
    return e.id;
  };
  add_places_and_times(doc, places, days);
  for (size_t i = 0; i < planned.size(); ++i) {
    const PlannedEvent& p = planned[i];
    const Verb& v = kVerbs[p.verb];
    Event e;
    e.id = numbered('V', i + 1);
    Mention verb = locate(doc, p.verb_span);
    e.sentence = verb.sentence, e.start = verb.start, e.end = verb.end;
    e.source = EventArgument{locate(doc, p.source_span), kActors[p.source].code,
                             entity_for(p.source, p.source_span)};
    e.target = EventArgument{locate(doc, p.target_span), kActors[p.target].code,
                             entity_for(p.target, p.target_span)};
    e.code = v.code, e.root_code = std::string(v.code).substr(0, 2), e.plover = v.plover;
    e.quad_class = v.quad, e.goldstein = v.goldstein;
    e.date = a.date, e.date_source = "article";
    if (i > 0 && i - 1 < doc.places.size()) e.location = doc.places[i - 1].id;
    e.confidence = 0.5 + 0.05 * static_cast<double>(pick(10));
    e.evidence_verb = verb.text, e.evidence_pattern = "synthetic",
    e.evidence_dictionary = "synthetic";
    doc.events.push_back(std::move(e));
  }
  for (size_t i = 0; i < quotes_content.size(); ++i) {
    Quote q;
    q.id = numbered('Q', i + 1);
    q.kind = "direct";
    q.content = locate(doc, quotes_content[i]);
    q.cue = locate(doc, {speakers[i].end + 1, speakers[i].end + 5});
    q.speaker = locate(doc, speakers[i]);
    q.date = a.date;
    doc.quotes.push_back(std::move(q));
  }
  doc.models.push_back({"synthetic", "1", "seed-" + std::to_string(options.seed)});
  return doc;
}

Status write_synthetic_archive(Store& store, const SyntheticOptions& options,
                               const std::function<void(uint64_t)>& on_progress) {
  if (Status s = store.begin(); !s) return s;
  for (uint64_t i = 0; i < options.articles; ++i) {
    if (Status s = store.put(synthetic_document(i, options)); !s) return (void)store.rollback(), s;
    if ((i + 1) % 2000 == 0 || i + 1 == options.articles) {
      if (Status s = store.commit(); !s) return s;
      if (on_progress) on_progress(i + 1);
      if (i + 1 < options.articles)
        if (Status s = store.begin(); !s) return s;
    }
  }
  if (options.articles == 0) return store.commit();
  return Status::ok();
}

}  // namespace eventwire
