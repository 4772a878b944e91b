// The NER model file: magic, format version, length-prefixed sections, and a
// trailing FNV-1a checksum of everything before it. Little-endian.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "base/bytes.h"
#include "entities/ner_model_format.h"

namespace eventwire::ner {

using base::ByteReader;
using base::ByteWriter;

std::string serialize_model(const ModelData& m) {
  ByteWriter w;
  w.raw(kModelMagic, sizeof(kModelMagic));
  w.put<uint32_t>(kFormatVersion);
  w.str(m.fingerprint);
  w.str(m.description);
  w.put<uint32_t>(static_cast<uint32_t>(m.types.size()));
  for (const std::string& t : m.types) w.str(t);
  const size_t labels = 1 + 4 * m.types.size();
  for (float v : m.transitions) w.put<float>(v);
  for (float v : m.end) w.put<float>(v);

  float max_abs = 0;
  for (float v : m.weights) max_abs = std::max(max_abs, std::fabs(v));
  const float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  w.put<float>(scale);
  w.put<uint32_t>(static_cast<uint32_t>(m.feature_keys.size()));
  for (size_t i = 0; i < m.feature_keys.size(); ++i) {
    w.put<uint64_t>(m.feature_keys[i]);
    for (size_t l = 0; l < labels; ++l)
      w.put<int16_t>(static_cast<int16_t>(std::lround(m.weights[i * labels + l] / scale)));
  }

  // Lexicon, sorted for a byte-identical file from identical input.
  std::vector<std::pair<uint64_t, uint16_t>> phrases(m.lexicon.phrases.begin(),
                                                     m.lexicon.phrases.end());
  std::sort(phrases.begin(), phrases.end());
  w.put<uint32_t>(static_cast<uint32_t>(m.lexicon.max_phrase_tokens));
  w.put<uint32_t>(static_cast<uint32_t>(phrases.size()));
  for (const auto& [k, v] : phrases) {
    w.put<uint64_t>(k);
    w.put<uint16_t>(v);
  }
  std::vector<std::pair<uint64_t, uint8_t>> classes(m.lexicon.word_class.begin(),
                                                    m.lexicon.word_class.end());
  std::sort(classes.begin(), classes.end());
  w.put<uint32_t>(static_cast<uint32_t>(classes.size()));
  for (const auto& [k, v] : classes) {
    w.put<uint64_t>(k);
    w.put<uint8_t>(v);
  }
  std::vector<std::pair<uint64_t, uint32_t>> clusters(m.lexicon.clusters.begin(),
                                                      m.lexicon.clusters.end());
  std::sort(clusters.begin(), clusters.end());
  w.put<uint32_t>(static_cast<uint32_t>(clusters.size()));
  for (const auto& [k, v] : clusters) {
    w.put<uint64_t>(k);
    w.put<uint32_t>(v);
  }
  w.put<uint64_t>(hash_bytes(w.bytes()));
  return std::move(w.bytes());
}

Result<ModelData> parse_model(std::string_view bytes, const std::string& name,
                              WeightTable* in_place, bool verify_checksum) {
  auto corrupt = [&](const std::string& why) {
    return Status::corrupt("NER model \"" + name + "\": " + why);
  };
  if (bytes.size() < sizeof(kModelMagic) + 12 ||
      std::memcmp(bytes.data(), kModelMagic, sizeof(kModelMagic)) != 0)
    return corrupt("not an eventwire NER model (bad magic number)");
  uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  ByteReader r(body.substr(sizeof(kModelMagic)));
  uint32_t version = 0;
  r.get(version);
  if (version != kFormatVersion)
    return corrupt("format version " + std::to_string(version) + ", this build reads " +
                   std::to_string(kFormatVersion));
  if (verify_checksum && hash_bytes(body) != stored)
    return corrupt("checksum mismatch (truncated or damaged file)");

  ModelData m;
  uint32_t types = 0;
  if (!r.str(m.fingerprint) || !r.str(m.description) || !r.get(types) || types == 0 || types > 64)
    return corrupt("bad header");
  m.types.resize(types);
  for (std::string& t : m.types)
    if (!r.str(t)) return corrupt("bad type list");
  const size_t labels = 1 + 4 * types;
  m.transitions.resize((labels + 1) * labels);
  m.end.resize(labels);
  for (float& v : m.transitions)
    if (!r.get(v)) return corrupt("truncated transitions");
  for (float& v : m.end)
    if (!r.get(v)) return corrupt("truncated transitions");
  float scale = 0;
  uint32_t features = 0;
  if (!r.get(scale) || !r.get(features) || !r.fits(features, 8 + 2 * labels) ||
      !std::isfinite(scale))
    return corrupt("bad feature table size");
  const size_t stride = 8 + 2 * labels;
  if (in_place != nullptr) {
    const char* records = nullptr;
    r.view(records, static_cast<uint64_t>(features) * stride);  // fits() checked the size
    in_place->build(records, features, static_cast<int>(labels), scale);
  } else {
    m.feature_keys.resize(features);
    m.weights.resize(static_cast<size_t>(features) * labels);
    for (uint32_t i = 0; i < features; ++i) {
      r.get(m.feature_keys[i]);
      for (size_t l = 0; l < labels; ++l) {
        int16_t q = 0;
        r.get(q);
        m.weights[i * labels + l] = q * scale;
      }
    }
  }
  uint32_t max_tokens = 0, phrases = 0, classes = 0;
  if (!r.get(max_tokens) || max_tokens > 64 || !r.get(phrases) || !r.fits(phrases, 10))
    return corrupt("bad lexicon");
  m.lexicon.max_phrase_tokens = static_cast<int>(max_tokens);
  m.lexicon.phrases.reserve(phrases);
  for (uint32_t i = 0; i < phrases; ++i) {
    uint64_t k = 0;
    uint16_t v = 0;
    r.get(k);
    r.get(v);
    m.lexicon.phrases.emplace(k, v);
  }
  if (!r.get(classes) || !r.fits(classes, 9)) return corrupt("bad word classes");
  m.lexicon.word_class.reserve(classes);
  for (uint32_t i = 0; i < classes; ++i) {
    uint64_t k = 0;
    uint8_t v = 0;
    r.get(k);
    r.get(v);
    m.lexicon.word_class.emplace(k, v);
  }
  uint32_t cluster_count = 0;
  if (!r.get(cluster_count) || !r.fits(cluster_count, 12)) return corrupt("bad word clusters");
  m.lexicon.clusters.reserve(cluster_count);
  for (uint32_t i = 0; i < cluster_count; ++i) {
    uint64_t k = 0;
    uint32_t v = 0;
    r.get(k);
    r.get(v);
    m.lexicon.clusters.emplace(k, v);
  }
  if (r.position() + sizeof(kModelMagic) != body.size())
    return corrupt("trailing bytes after the last section");
  return m;
}

namespace {

// Which label may follow which (BILOU), by the label count alone: the
// predecessors allowed before each label, in increasing order, and whether a
// label may start or end a sentence. Built once per thread and label count.
struct Transitions {
  int labels = 0;
  std::vector<int> from;            // predecessors of label c: from[first[c] .. first[c + 1])
  std::vector<int> first;           // labels + 1 offsets
  std::vector<char> start, finish;  // allowed(-1, c), allowed_end(c)
};

const Transitions& transitions_for(const LabelSet& labels) {
  thread_local Transitions t;
  const int L = labels.size();
  if (t.labels == L) return t;
  t = Transitions();
  t.labels = L;
  t.first.push_back(0);
  for (int c = 0; c < L; ++c) {
    for (int p = 0; p < L; ++p)
      if (labels.allowed(p, c)) t.from.push_back(p);
    t.first.push_back(static_cast<int>(t.from.size()));
    t.start.push_back(labels.allowed(-1, c) ? 1 : 0);
    t.finish.push_back(labels.allowed_end(c) ? 1 : 0);
  }
  return t;
}

}  // namespace

std::vector<int> viterbi(const LabelSet& labels, int n, const float* emissions,
                         const float* transitions, const float* end) {
  const int L = labels.size();
  std::vector<int> out(n, 0);
  if (n == 0) return out;
  const Transitions& allowed = transitions_for(labels);
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  // Per-thread scratch: no allocation per sentence once it has grown.
  thread_local std::vector<float> score;
  thread_local std::vector<int> back;
  score.assign(static_cast<size_t>(n) * L, kNone);
  back.assign(static_cast<size_t>(n) * L, 0);
  for (int c = 0; c < L; ++c)
    if (allowed.start[c]) score[c] = transitions[c] + emissions[c];
  for (int i = 1; i < n; ++i) {
    const float* previous = &score[static_cast<size_t>(i - 1) * L];
    for (int c = 0; c < L; ++c) {
      float best = kNone;
      int arg = 0;
      // The allowed predecessors in increasing order, as a scan of all with a test would
      // visit them: the same comparisons, so the same result.
      for (int k = allowed.first[c]; k < allowed.first[c + 1]; ++k) {
        const int p = allowed.from[k];
        float s = previous[p];
        if (s == kNone) continue;
        s += transitions[(p + 1) * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      if (best != kNone) score[static_cast<size_t>(i) * L + c] = best + emissions[i * L + c];
      back[static_cast<size_t>(i) * L + c] = arg;
    }
  }
  float best = kNone;
  int arg = 0;
  for (int c = 0; c < L; ++c) {
    float s = score[static_cast<size_t>(n - 1) * L + c];
    if (s == kNone || !allowed.finish[c]) continue;
    if (s + end[c] > best) {
      best = s + end[c];
      arg = c;
    }
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = arg;
    arg = back[static_cast<size_t>(i) * L + arg];
  }
  return out;
}

void WeightTable::build(const char* records, size_t count, int labels, float scale) {
  records_ = records;
  count_ = count;
  labels_ = labels;
  scale_ = scale;
  stride_ = 8 + 2 * static_cast<size_t>(labels);
#if defined(EVENTWIRE_NER_AVX2)
  __builtin_cpu_init();  // safe even when a model is built before main()
  avx2_ = __builtin_cpu_supports("avx2");
#endif
  size_t capacity = 16;
  while (capacity < count + count / 2 + 1) capacity *= 2;  // load ≤ 2/3
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (size_t row = 0; row < count; ++row) {
    const uint64_t key = record_key(records + row * stride_);
    uint64_t pos = key & mask_;
    // A repeated hash takes the later record (as the tables always did).
    while (slots_[pos] != 0 &&
           !((slots_[pos] >> 32) == (key >> 32) &&
             record_key(records + (static_cast<uint32_t>(slots_[pos]) - 1) * stride_) == key))
      pos = (pos + 1) & mask_;
    slots_[pos] = ((key >> 32) << 32) | (row + 1);
  }
}

}  // namespace eventwire::ner
