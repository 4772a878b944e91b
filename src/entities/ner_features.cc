// Feature templates of the NER tagger. Every feature is a 64-bit hash of a
// template id and its values, built without allocation per feature so that
// tagging stays fast.
#include <algorithm>

#include "base/fingerprint.h"
#include "entities/ner_features.h"

namespace eventwire::ner {

uint64_t hash_combine(uint64_t a, uint64_t b) {
  // splitmix64 finalizer over a simple combination: order-sensitive, well mixed.
  uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

std::string normalize_token(std::string_view token) {
  std::string out;
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
  return out;
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

// Appends one feature hash (a template id and up to three values).
struct FeatureSink {
  std::vector<uint64_t>& hashes;
  void operator()(uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) const {
    hashes.push_back(hash_combine(hash_combine(hash_combine(a, b), c), d));
  }
};

// The features of token `i` but those of its capitalized run: the word, its
// shape and affixes, its neighbours, lexicon, cluster, KB and name-part
// evidence. `t` points at the token's TokenInfo (two padding slots each side).
// On the tagging hot path: no allocation; one call per token (GCC keeps it out of
// line, at no measured cost beside the token's hundred hashes).
inline void token_features(const FeatureSink& f, const TokenInfo* t,
                           const std::vector<std::string>& tokens,
                           const std::vector<std::string>& norm, int i, uint64_t sentence_case,
                           bool any_kb) {
  const int n = static_cast<int>(tokens.size());
  const std::string& w = norm[i];
  f(kBias);
  f(kWord, t->word);
  f(kLower, t->lower);
  f(kShape, t->shape);
  f(kShort, t->shorter);
  // The prefix hashes grow byte by byte (FNV-1a of w[0, k) is one step past w[0, k - 1)).
  uint64_t prefix = base::kFnv1aOffset;
  for (size_t k = 1; k <= 4 && k < w.size(); ++k) {
    prefix = base::fnv1a_step(prefix, static_cast<unsigned char>(w[k - 1]));
    f(kPrefix, k, prefix);
    f(kSuffix, k, hash_bytes(std::string_view(w).substr(w.size() - k)));
  }
  f(kLength, std::min<size_t>(w.size(), 12));
  for (int d : {-2, -1, 1, 2}) f(kLowerAt, static_cast<uint64_t>(d + 8), t[d].lower);
  for (int d : {-1, 1}) f(kShapeAt, static_cast<uint64_t>(d + 8), t[d].shape);
  f(kBigramLeft, t[-1].lower, t->lower);
  f(kBigramRight, t->lower, t[1].lower);
  f(kShortTrigram, t[-1].shorter, t->shorter, t[1].shorter);
  f(kLeftShort, t[-1].lower, t->shorter);
  f(kShortRight, t->shorter, t[1].lower);
  f(kPosShort, std::min(i, 2), t->shorter);
  f(kCaseShort, sentence_case, t->shorter, has_lower(tokens[i]) ? 1 : 0);
  for (int d = -1; d <= 1; ++d) {
    const Lexicon::Match& g = t[d].gaz;
    for (int bit = 0; bit < 9; ++bit) {
      if (!(g.mask & (1u << bit))) continue;
      f(kGazAt, static_cast<uint64_t>(d + 8), static_cast<uint64_t>(bit), d == 0 ? g.position : 0);
      if (d == 0) f(kGazShort, static_cast<uint64_t>(bit), t->shorter);
    }
  }
  if (t->gaz.mask == 0) f(kGaz, 0);
  for (int d = -1; d <= 1; ++d) f(kWnAt, static_cast<uint64_t>(d + 8), t[d].wn);
  f(kWnShort, t->wn, t->shorter);
  for (int d : {-2, 2}) f(kShortAt, static_cast<uint64_t>(d + 8), t[d].shorter);
  for (int d : {-1, 1}) {
    const std::string_view nw =
        (i + d >= 0 && i + d < n) ? std::string_view(norm[i + d]) : std::string_view("<s>");
    f(kSuffixAt, static_cast<uint64_t>(d + 8),
      hash_bytes(nw.substr(nw.size() > 3 ? nw.size() - 3 : 0)));
  }
  f(kLowerShortRight, t->lower, t[1].shorter);
  f(kGazPair, t[-1].gaz.mask, t->gaz.mask, t[1].gaz.mask);
  // Word clusters: the coarse, medium and fine id of the word, the medium
  // and fine ids of its neighbours, and the fine id with the word's shape.
  for (uint64_t g = 0; g < 3; ++g) f(kCluster, g, (t->cluster >> (10 * g)) & 1023);
  for (int d : {-2, -1, 1, 2})
    for (uint64_t g = 1; g < 3; ++g)
      f(kClusterAt, static_cast<uint64_t>(d + 8), g, (t[d].cluster >> (10 * g)) & 1023);
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
        f(kKbAt, static_cast<uint64_t>(d + 8), static_cast<uint64_t>(bit),
          (d == 0 ? g.position : 0) * 2u + (t[d].cap ? 1u : 0u));
        if (d == 0) {
          f(kKbShort, static_cast<uint64_t>(bit), t->shorter);
          f(kKbWord, static_cast<uint64_t>(bit), t[-1].lower);
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
        f(kRoleAt, static_cast<uint64_t>(d + 8), static_cast<uint64_t>(bit), t[d].cap ? 1 : 0);
  }
  if (t->role) f(kRoleShort, t->role & 15, t->shorter);
  if (t[-1].role | t->role | t[1].role)
    f(kRolePair, (t[-1].role & 15) * 2u + (t[-1].cap ? 1u : 0u),
      (t->role & 15) * 2u + (t->cap ? 1u : 0u), (t[1].role & 15) * 2u + (t[1].cap ? 1u : 0u));
  // Which lexical sources know a capitalized word at all: an unknown capitalized word
  // (no name-part role, no KB or lexicon phrase, no WordNet class) is more often a
  // brand or product than a person.
  if (t->cap)
    f(kEvidence,
      (t->role & 15 ? 1u : 0u) | (t->kb.mask ? 2u : 0u) | (t->gaz.mask ? 4u : 0u) |
          (t->wn ? 8u : 0u) | (t->cluster ? 16u : 0u),
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
  std::vector<TokenInfo> info(tokens.size() + 4);  // two padding slots on each side
  const uint64_t boundary = hash_bytes("<s>");
  for (int k : {0, 1, n + 2, n + 3})
    info[k] = {boundary, boundary, boundary, boundary, 0, 0, {}, {}, 0, false};
  std::string longer, shorter;
  int alpha = 0, capitalized = 0;
  for (int i = 0; i < n; ++i) {
    norm[i] = normalize_token(tokens[i]);
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
  std::vector<int> run_first(tokens.size(), -1), run_last(tokens.size(), -1);
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

  const FeatureSink f{out.hashes};
  for (int i = 0; i < n; ++i) {
    token_features(f, &info[i + 2], tokens, norm, i, sentence_case, any_kb);
    // The capitalized run around the token: its length, the token's place in it, and
    // what its first and last words are ("Palestinian" in "Palestinian Liberation
    // Organization" sees the organization head word at the end).
    if (run_first[i] >= 0) {
      const int a = run_first[i], b = run_last[i];
      const uint64_t place = a == b ? 4 : i == a ? 1 : i == b ? 3 : 2;
      const TokenInfo& last = info[b + 2];
      f(kRunPos, static_cast<uint64_t>(std::min(b - a + 1, 5)), place);
      f(kRunEndRole, last.role & 15u, place);
      f(kRunStartRole, info[a + 2].role & 15u, place);
      if (i != b) {
        f(kRunEndWord, last.lower);
        f(kRunEndCluster, (last.cluster >> 20) & 1023, place);
      }
    }
    out.offsets.push_back(static_cast<uint32_t>(out.hashes.size()));
  }
}

}  // namespace eventwire::ner
