// Feature templates of the NER tagger. Every feature is a 64-bit hash of a
// template id and its values, built without allocation per feature so that
// tagging stays fast.
#include <algorithm>
#include <array>
#include <cassert>

#include "base/fingerprint.h"
#include "entities/ner_features.h"

namespace eventwire::ner {

std::string normalize_token(std::string_view token) {
  std::string out;
  normalize_token_into(token, out);
  return out;
}

void normalize_token_into(std::string_view token, std::string& out) {
  out.clear();
  out.reserve(token.size());
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(token[i]);
    // U+2018/2019/201C/201D/2013/2014 are E2 80 98/99/9C/9D/93/94.
    if (c == 0xE2 && i + 2 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(token[i + 2]);
      char folded = 0;
      if (d == 0x98 || d == 0x99) folded = '\'';
      if (d == 0x9C || d == 0x9D) folded = '"';
      if (d == 0x93 || d == 0x94) folded = '-';
      if (folded) {
        out += folded;
        i += 2;
        continue;
      }
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
}

bool LabelSet::allowed(int prev, int cur) const {
  bool open = prev > 0 && (part_of(prev) == 0 || part_of(prev) == 1);
  if (!open) return cur == 0 || part_of(cur) == 0 || part_of(cur) == 3;
  return cur > 0 && type_of(cur) == type_of(prev) && (part_of(cur) == 1 || part_of(cur) == 2);
}

bool LabelSet::allowed_end(int prev) const {
  return prev == 0 || part_of(prev) >= 2;
}

std::vector<int> LabelSet::encode(size_t n, const std::vector<NamedSpan>& spans) const {
  std::vector<int> labels(n, 0);
  for (const NamedSpan& s : spans) {
    auto it = std::find(types.begin(), types.end(), s.type);
    if (it == types.end() || s.first_token < 0 || s.last_token > static_cast<int>(n) ||
        s.first_token >= s.last_token)
      continue;
    int base = 1 + 4 * static_cast<int>(it - types.begin());
    if (s.last_token - s.first_token == 1) {
      labels[s.first_token] = base + 3;
      continue;
    }
    labels[s.first_token] = base;
    for (int i = s.first_token + 1; i + 1 < s.last_token; ++i) labels[i] = base + 1;
    labels[s.last_token - 1] = base + 2;
  }
  return labels;
}

std::vector<NamedSpan> LabelSet::decode(const std::vector<int>& labels) const {
  std::vector<NamedSpan> spans;
  int start = -1;
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    int part = part_of(labels[i]);
    if (part == 0) start = i;
    if (part == 3) spans.push_back({0, i, i + 1, types[type_of(labels[i])]});
    if (part == 2 && start >= 0) {
      spans.push_back({0, start, i + 1, types[type_of(labels[i])]});
      start = -1;
    }
  }
  return spans;
}

namespace {

// "Xxxxx" keeps up to four repeats ("Xxxxx" for "London"), the short shape
// collapses every run ("Xx").
void shapes(std::string_view token, std::string& longer, std::string& shorter) {
  longer.clear();
  shorter.clear();
  int run = 0;
  for (unsigned char c : token) {
    if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    char k = c >= 'A' && c <= 'Z'   ? 'X'
             : c >= 'a' && c <= 'z' ? 'x'
             : c >= '0' && c <= '9' ? 'd'
             : c >= 0x80            ? 'u'
                                    : static_cast<char>(c);
    if (!longer.empty() && longer.back() == k) {
      if (++run < 4) longer += k;
    } else {
      run = 0;
      longer += k;
    }
    if (shorter.empty() || shorter.back() != k) shorter += k;
  }
}

bool is_upper_initial(std::string_view t) {
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
}
bool has_lower(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool has_alpha(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; });
}

enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kShort,
  kPrefix,
  kSuffix,
  kLowerAt,
  kShapeAt,
  kBigramLeft,
  kBigramRight,
  kShortTrigram,
  kPosShort,
  kCaseShort,
  kGaz,
  kGazAt,
  kWnAt,
  kLeftShort,
  kShortRight,
  kGazShort,
  kLength,
  kWnShort,
  kShortAt,
  kSuffixAt,
  kLowerShortRight,
  kGazPair,
  kCluster,
  kClusterAt,
  kClusterShort,
  kClusterPair,
  kKbAt,
  kKbShort,
  kKbPair,
  kKbWord,
  kRoleAt,
  kRoleShort,
  kRolePair,
  kRunPos,
  kRunEndRole,
  kRunEndWord,
  kRunStartRole,
  kRunEndCluster,
  kEvidence,
};

// Lower-case words that may join capitalized words into one name ("Bank of
// England", "Ministry for the Environment").
bool connector(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "de" || w == "&";
}

struct TokenInfo {
  uint64_t word, lower, shape, shorter;
  uint8_t wn = 0;
  uint32_t cluster = 0;
  Lexicon::Match gaz;
  Lexicon::Match kb;  // actor KB / gazetteer membership
  uint16_t role = 0;  // RoleBit mask
  bool cap = false;
};

// A feature's hash: a template id and up to three values, combined in order.
constexpr uint64_t feature_hash(uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
  return hash_combine(hash_combine(hash_combine(a, b), c), d);
}

// f(i) for i in [0, N), computed at compile time: the hashes of a template id
// with its fixed values, so that a token's feature costs only the rounds of
// the values that vary (the same hashes as feature_hash()).
template <size_t N, typename F>
constexpr std::array<uint64_t, N> hash_table(F f) {
  std::array<uint64_t, N> out{};
  for (size_t i = 0; i < N; ++i) out[i] = f(i);
  return out;
}
// Offsets -2..2 as 0..4, stored as d + 8 in the hashes.
constexpr uint64_t offset_value(size_t i) {
  return i + 6;
}
constexpr uint64_t kBiasHash = feature_hash(kBias), kNoGazHash = feature_hash(kGaz, 0);
constexpr auto kPrefixHead = hash_table<5>([](size_t k) { return hash_combine(kPrefix, k); });
constexpr auto kSuffixHead = hash_table<5>([](size_t k) { return hash_combine(kSuffix, k); });
constexpr auto kLengthHash = hash_table<13>([](size_t k) { return feature_hash(kLength, k); });
constexpr auto kLowerAtHead =
    hash_table<5>([](size_t i) { return hash_combine(kLowerAt, offset_value(i)); });
constexpr auto kShapeAtHead =
    hash_table<5>([](size_t i) { return hash_combine(kShapeAt, offset_value(i)); });
constexpr auto kShortAtHead =
    hash_table<5>([](size_t i) { return hash_combine(kShortAt, offset_value(i)); });
constexpr auto kSuffixAtHead =
    hash_table<5>([](size_t i) { return hash_combine(kSuffixAt, offset_value(i)); });
constexpr auto kPosShortHead = hash_table<3>([](size_t i) { return hash_combine(kPosShort, i); });
constexpr auto kCaseShortHead = hash_table<4>([](size_t i) { return hash_combine(kCaseShort, i); });
// [d + 2][bit][position]
constexpr auto kGazAtHash = hash_table<5 * 9 * 5>(
    [](size_t i) { return feature_hash(kGazAt, offset_value(i / 45), i / 5 % 9, i % 5); });
constexpr auto kGazShortHead =
    hash_table<9>([](size_t bit) { return hash_combine(kGazShort, bit); });
// [d + 2][wn]
constexpr auto kWnAtHash = hash_table<5 * 256>(
    [](size_t i) { return feature_hash(kWnAt, offset_value(i / 256), i % 256); });
constexpr auto kWnShortHead = hash_table<256>([](size_t wn) { return hash_combine(kWnShort, wn); });
constexpr auto kClusterHead = hash_table<3>([](size_t g) { return hash_combine(kCluster, g); });
// [d + 2][g]
constexpr auto kClusterAtHead = hash_table<5 * 3>(
    [](size_t i) { return hash_combine(hash_combine(kClusterAt, offset_value(i / 3)), i % 3); });
// [d + 2][bit][position * 2 + cap]
constexpr auto kKbAtHash = hash_table<5 * 16 * 10>(
    [](size_t i) { return feature_hash(kKbAt, offset_value(i / 160), i / 10 % 16, i % 10); });
constexpr auto kKbShortHead =
    hash_table<16>([](size_t bit) { return hash_combine(kKbShort, bit); });
constexpr auto kKbWordHead = hash_table<16>([](size_t bit) { return hash_combine(kKbWord, bit); });
// [d + 2][bit][cap]
constexpr auto kRoleAtHash = hash_table<5 * 8 * 2>(
    [](size_t i) { return feature_hash(kRoleAt, offset_value(i / 16), i / 2 % 8, i % 2); });
constexpr auto kRoleShortHead =
    hash_table<16>([](size_t r) { return hash_combine(kRoleShort, r); });
constexpr auto kEvidenceHead = hash_table<32>([](size_t e) { return hash_combine(kEvidence, e); });
// [length][place], [role][place]
constexpr auto kRunPosHash =
    hash_table<6 * 5>([](size_t i) { return feature_hash(kRunPos, i / 5, i % 5); });
constexpr auto kRunEndRoleHash =
    hash_table<16 * 5>([](size_t i) { return feature_hash(kRunEndRole, i / 5, i % 5); });
constexpr auto kRunStartRoleHash =
    hash_table<16 * 5>([](size_t i) { return feature_hash(kRunStartRole, i / 5, i % 5); });
// The tables' index arithmetic against the whole hashes (d = -2 is index 0, d + 8 = 6).
static_assert(kGazAtHash[(1 * 9 + 2) * 5 + 3] == feature_hash(kGazAt, 7, 2, 3));
static_assert(kWnAtHash[3 * 256 + 17] == feature_hash(kWnAt, 9, 17));
static_assert(kKbAtHash[(3 * 16 + 10) * 10 + 7] == feature_hash(kKbAt, 9, 10, 7));
static_assert(kRoleAtHash[(2 * 8 + 5) * 2 + 1] == feature_hash(kRoleAt, 8, 5, 1));
static_assert(hash_combine(kClusterAtHead[4 * 3 + 2], 99) == feature_hash(kClusterAt, 10, 2, 99));
static_assert(hash_combine(hash_combine(kLowerAtHead[0], 5), 0) == feature_hash(kLowerAt, 6, 5));
static_assert(kRunPosHash[3 * 5 + 2] == feature_hash(kRunPos, 3, 2));

// A token's hashes at most: token_features writes at most 155 (those of the
// gazetteer, KB and name-part bits all set), the capitalized run 5 more.
constexpr size_t kMaxTokenHashes = 256;

// Appends feature hashes: a whole feature (a template id and up to three
// values), one from a head (the hash of the template id and its first value)
// and two more values, or a hash computed in advance. They go to a buffer with
// room for one token's (kMaxTokenHashes): a store each, no vector growth check.
struct FeatureSink {
  uint64_t* at;
  uint64_t* end;  // a write past it is dropped: never past the buffer
  void put(uint64_t h) {
    if (at < end) *at++ = h;
  }
  void operator()(uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
    put(feature_hash(a, b, c, d));
  }
  void head(uint64_t head, uint64_t c, uint64_t d = 0) {
    put(hash_combine(hash_combine(head, c), d));
  }
  void hash(uint64_t h) { put(h); }
};

// The features of token `i` but those of its capitalized run: the word, its
// shape and affixes, its neighbours, lexicon, cluster, KB and name-part
// evidence. `t` points at the token's TokenInfo (two padding slots each side).
// On the tagging hot path: no allocation; one call per token (GCC keeps it out of
// line, at no measured cost beside the token's hundred hashes).
inline void token_features(FeatureSink& f, const TokenInfo* t,
                           const std::vector<std::string>& tokens,
                           const std::vector<std::string>& norm, int i, uint64_t sentence_case,
                           bool any_kb) {
  const int n = static_cast<int>(tokens.size());
  const std::string& w = norm[i];
  f.hash(kBiasHash);
  f(kWord, t->word);
  f(kLower, t->lower);
  f(kShape, t->shape);
  f(kShort, t->shorter);
  // The prefix hashes grow byte by byte (FNV-1a of w[0, k) is one step past w[0, k - 1)).
  uint64_t prefix = base::kFnv1aOffset;
  for (size_t k = 1; k <= 4 && k < w.size(); ++k) {
    prefix = base::fnv1a_step(prefix, static_cast<unsigned char>(w[k - 1]));
    f.head(kPrefixHead[k], prefix);
    f.head(kSuffixHead[k], hash_bytes(std::string_view(w).substr(w.size() - k)));
  }
  f.hash(kLengthHash[std::min<size_t>(w.size(), 12)]);
  for (int d : {-2, -1, 1, 2}) f.head(kLowerAtHead[d + 2], t[d].lower);
  for (int d : {-1, 1}) f.head(kShapeAtHead[d + 2], t[d].shape);
  f(kBigramLeft, t[-1].lower, t->lower);
  f(kBigramRight, t->lower, t[1].lower);
  f(kShortTrigram, t[-1].shorter, t->shorter, t[1].shorter);
  f(kLeftShort, t[-1].lower, t->shorter);
  f(kShortRight, t->shorter, t[1].lower);
  f.head(kPosShortHead[std::min(i, 2)], t->shorter);
  f.head(kCaseShortHead[sentence_case], t->shorter, has_lower(tokens[i]) ? 1 : 0);
  for (int d = -1; d <= 1; ++d) {
    const Lexicon::Match& g = t[d].gaz;
    for (int bit = 0; bit < 9; ++bit) {
      if (!(g.mask & (1u << bit))) continue;
      f.hash(kGazAtHash[((d + 2) * 9 + bit) * 5 + (d == 0 ? g.position : 0)]);
      if (d == 0) f.head(kGazShortHead[bit], t->shorter);
    }
  }
  if (t->gaz.mask == 0) f.hash(kNoGazHash);
  for (int d = -1; d <= 1; ++d) f.hash(kWnAtHash[(d + 2) * 256 + t[d].wn]);
  f.head(kWnShortHead[t->wn], t->shorter);
  for (int d : {-2, 2}) f.head(kShortAtHead[d + 2], t[d].shorter);
  for (int d : {-1, 1}) {
    const std::string_view nw =
        (i + d >= 0 && i + d < n) ? std::string_view(norm[i + d]) : std::string_view("<s>");
    f.head(kSuffixAtHead[d + 2], hash_bytes(nw.substr(nw.size() > 3 ? nw.size() - 3 : 0)));
  }
  f(kLowerShortRight, t->lower, t[1].shorter);
  f(kGazPair, t[-1].gaz.mask, t->gaz.mask, t[1].gaz.mask);
  // Word clusters: the coarse, medium and fine id of the word, the medium
  // and fine ids of its neighbours, and the fine id with the word's shape.
  for (uint64_t g = 0; g < 3; ++g) f.head(kClusterHead[g], (t->cluster >> (10 * g)) & 1023);
  for (int d : {-2, -1, 1, 2})
    for (uint64_t g = 1; g < 3; ++g)
      f.hash(hash_combine(kClusterAtHead[(d + 2) * 3 + g], (t[d].cluster >> (10 * g)) & 1023));
  f(kClusterShort, (t->cluster >> 20) & 1023, t->shorter);
  f(kClusterPair, (t[-1].cluster >> 10) & 1023, (t->cluster >> 10) & 1023,
    (t[1].cluster >> 10) & 1023);
  // Knowledge-base membership: type and BILU position of the KB name covering the
  // token and its neighbours, with capitalization (short KB names such as "WHO"
  // must not fire on "who").
  if (any_kb) {
    for (int d = -1; d <= 1; ++d) {
      const Lexicon::Match& g = t[d].kb;
      for (int bit = 9; bit < 16; ++bit) {
        if (!(g.mask & (1u << bit))) continue;
        f.hash(kKbAtHash[((d + 2) * 16 + bit) * 10 + (d == 0 ? g.position : 0) * 2 +
                         (t[d].cap ? 1 : 0)]);
        if (d == 0) {
          f.head(kKbShortHead[bit], t->shorter);
          f.head(kKbWordHead[bit], t[-1].lower);
        }
      }
    }
    if (t[-1].kb.mask | t->kb.mask | t[1].kb.mask)
      f(kKbPair, t[-1].kb.mask, t->kb.mask, t[1].kb.mask);
  }
  // Name-part roles of the word and its neighbours (KB first names, surnames,
  // organization head words), with capitalization.
  for (int d = -1; d <= 1; ++d) {
    for (int bit = 0; bit < 8; ++bit)
      if (t[d].role & (1u << bit))
        f.hash(kRoleAtHash[((d + 2) * 8 + bit) * 2 + (t[d].cap ? 1 : 0)]);
  }
  if (t->role) f.head(kRoleShortHead[t->role & 15], t->shorter);
  if (t[-1].role | t->role | t[1].role)
    f(kRolePair, (t[-1].role & 15) * 2u + (t[-1].cap ? 1u : 0u),
      (t->role & 15) * 2u + (t->cap ? 1u : 0u), (t[1].role & 15) * 2u + (t[1].cap ? 1u : 0u));
  // Which lexical sources know a capitalized word at all: an unknown capitalized word
  // (no name-part role, no KB or lexicon phrase, no WordNet class) is more often a
  // brand or product than a person.
  if (t->cap)
    f.head(kEvidenceHead[(t->role & 15 ? 1u : 0u) | (t->kb.mask ? 2u : 0u) |
                         (t->gaz.mask ? 4u : 0u) | (t->wn ? 8u : 0u) | (t->cluster ? 16u : 0u)],
           t->shorter, i == 0 ? 1u : 0u);
}

}  // namespace

void extract_features(const std::vector<std::string>& tokens, const Lexicon& lexicon,
                      SentenceFeatures& out) {
  const int n = static_cast<int>(tokens.size());
  out.hashes.clear();
  out.offsets.assign(1, 0);
  std::vector<std::string>& norm = out.norm;
  norm.resize(tokens.size());
  // Per-thread scratch: no allocation per sentence once warmed up.
  thread_local std::vector<TokenInfo> info;
  info.assign(tokens.size() + 4, TokenInfo{});  // two padding slots on each side
  const uint64_t boundary = hash_bytes("<s>");
  for (int k : {0, 1, n + 2, n + 3})
    info[k] = {boundary, boundary, boundary, boundary, 0, 0, {}, {}, 0, false};
  thread_local std::string longer, shorter;
  int alpha = 0, capitalized = 0;
  for (int i = 0; i < n; ++i) {
    normalize_token_into(tokens[i], norm[i]);
    shapes(tokens[i], longer, shorter);
    TokenInfo& t = info[i + 2];
    t.word = hash_bytes(tokens[i]);
    t.lower = hash_bytes(norm[i]);
    t.shape = hash_bytes(longer, 7);
    t.shorter = hash_bytes(shorter, 11);
    // Looked up in the loop below, once every token's entries are on their way.
    lexicon.word_class.prefetch(t.lower);
    lexicon.clusters.prefetch(t.lower);
    lexicon.phrases.prefetch(role_key(t.lower));
    t.cap = is_upper_initial(tokens[i]);
    if (i > 0 && has_alpha(tokens[i])) {
      ++alpha;
      capitalized += is_upper_initial(tokens[i]) ? 1 : 0;
    }
  }
  for (int i = 0; i < n; ++i) {
    TokenInfo& t = info[i + 2];
    const uint8_t* wn = lexicon.word_class.get(t.lower);
    t.wn = wn == nullptr ? 0 : *wn;
    const uint32_t* cl = lexicon.clusters.get(t.lower);
    t.cluster = cl == nullptr ? 0 : *cl;
    t.role = lexicon.role_mask(t.lower);
  }
  thread_local std::vector<Lexicon::Match> kb;
  lexicon.match_both(norm, out.gaz, kb);
  const std::vector<Lexicon::Match>& gaz = out.gaz;
  for (int i = 0; i < n; ++i) info[i + 2].gaz = gaz[i];
  bool any_kb = false;
  for (int i = 0; i < n; ++i) {
    info[i + 2].kb = kb[i];
    any_kb |= kb[i].mask != 0;
  }
  // Sentence case profile: web text is often all lower case, headlines title case.
  uint64_t sentence_case = alpha == 0                      ? 0
                           : capitalized == 0              ? 1
                           : capitalized * 10 >= alpha * 6 ? 2
                                                           : 3;

  // Capitalized runs: maximal sequences of capitalized words, joined by connectors
  // that sit between two capitalized words. run_first/run_last of each token (-1: none).
  thread_local std::vector<int> run_first, run_last;
  run_first.assign(tokens.size(), -1);
  run_last.assign(tokens.size(), -1);
  for (int i = 0; i < n;) {
    if (!info[i + 2].cap || !has_alpha(tokens[i])) {
      ++i;
      continue;
    }
    int j = i;
    while (true) {
      if (j + 1 < n && info[j + 3].cap && has_alpha(tokens[j + 1])) {
        ++j;
      } else if (j + 2 < n && connector(norm[j + 1]) && info[j + 4].cap &&
                 has_alpha(tokens[j + 2])) {
        j += 2;
      } else {
        break;
      }
    }
    for (int k = i; k <= j; ++k) {
      run_first[k] = i;
      run_last[k] = j;
    }
    i = j + 1;
  }

  uint64_t buffer[kMaxTokenHashes];
  for (int i = 0; i < n; ++i) {
    FeatureSink f{buffer, buffer + kMaxTokenHashes};
    token_features(f, &info[i + 2], tokens, norm, i, sentence_case, any_kb);
    // The capitalized run around the token: its length, the token's place in it, and
    // what its first and last words are ("Palestinian" in "Palestinian Liberation
    // Organization" sees the organization head word at the end).
    if (run_first[i] >= 0) {
      const int a = run_first[i], b = run_last[i];
      const uint64_t place = a == b ? 4 : i == a ? 1 : i == b ? 3 : 2;
      const TokenInfo& last = info[b + 2];
      f.hash(kRunPosHash[static_cast<size_t>(std::min(b - a + 1, 5)) * 5 + place]);
      f.hash(kRunEndRoleHash[(last.role & 15u) * 5 + place]);
      f.hash(kRunStartRoleHash[(info[a + 2].role & 15u) * 5 + place]);
      if (i != b) {
        f(kRunEndWord, last.lower);
        f(kRunEndCluster, (last.cluster >> 20) & 1023, place);
      }
    }
    assert(f.at < f.end);  // else raise kMaxTokenHashes: hashes were dropped
    out.hashes.insert(out.hashes.end(), buffer, f.at);
    out.offsets.push_back(static_cast<uint32_t>(out.hashes.size()));
  }
}

}  // namespace eventwire::ner
