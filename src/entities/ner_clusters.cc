// Distributional word clusters for the NER features, built at training time
// from unlabeled text (the training sentences, extra ship-able corpora and
// the WordNet glosses): each frequent word is described by the positive PMI
// of its left and right neighbours, randomly projected to a dense vector and
// grouped by spherical k-means at three granularities. Deterministic.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <unordered_map>

#include "entities/ner_features.h"

namespace eventwire::ner {

namespace {

constexpr int kDims = 96;
constexpr int kContexts = 400;
constexpr int kMinCount = 3;
constexpr size_t kMaxWords = 40000;
constexpr int kGranularities[3] = {32, 128, 512};

// Splits gloss text near enough to our tokenization for distributional counts.
void split_gloss(const std::string& text, std::vector<std::string>& out) {
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(normalize_token(cur));
    cur.clear();
  };
  for (char c : text) {
    if (c == ' ') {
      flush();
    } else if (std::string(",;:\"()?!").find(c) != std::string::npos) {
      flush();
      out.emplace_back(1, c);
    } else {
      cur += c;
    }
  }
  if (!cur.empty() && (cur.back() == '.')) {
    cur.pop_back();
    flush();
    out.emplace_back(".");
  }
  flush();
}

double unit_random(uint64_t a, uint64_t b) {
  return static_cast<double>(hash_combine(a, b) >> 11) / static_cast<double>(1ULL << 53) - 0.5;
}

// Spherical k-means on unit vectors; centroids start at evenly spaced words
// of the frequency-sorted vocabulary, so the result is deterministic.
std::vector<int> kmeans(const std::vector<float>& vectors, size_t n, int k, int iterations) {
  std::vector<float> centroids(static_cast<size_t>(k) * kDims);
  for (int c = 0; c < k; ++c) {
    size_t pick = (static_cast<size_t>(c) * n) / k;
    std::copy_n(&vectors[pick * kDims], kDims, &centroids[static_cast<size_t>(c) * kDims]);
  }
  std::vector<int> assign(n, 0);
  for (int it = 0; it < iterations; ++it) {
    for (size_t w = 0; w < n; ++w) {
      const float* v = &vectors[w * kDims];
      float best = -2;
      for (int c = 0; c < k; ++c) {
        const float* m = &centroids[static_cast<size_t>(c) * kDims];
        float dot = 0;
        for (int d = 0; d < kDims; ++d) dot += v[d] * m[d];
        if (dot > best) {
          best = dot;
          assign[w] = c;
        }
      }
    }
    std::vector<double> sums(centroids.size(), 0.0);
    for (size_t w = 0; w < n; ++w)
      for (int d = 0; d < kDims; ++d)
        sums[static_cast<size_t>(assign[w]) * kDims + d] += vectors[w * kDims + d];
    for (int c = 0; c < k; ++c) {
      double norm = 0;
      for (int d = 0; d < kDims; ++d)
        norm += sums[static_cast<size_t>(c) * kDims + d] * sums[static_cast<size_t>(c) * kDims + d];
      if (norm == 0) continue;  // an empty cluster keeps its centroid
      norm = std::sqrt(norm);
      for (int d = 0; d < kDims; ++d)
        centroids[static_cast<size_t>(c) * kDims + d] =
            static_cast<float>(sums[static_cast<size_t>(c) * kDims + d] / norm);
    }
  }
  return assign;
}

}  // namespace

Status add_wordnet_glosses(const std::string& wordnet_dir,
                           std::vector<std::vector<std::string>>& text) {
  for (const char* file : {"data.noun", "data.verb", "data.adj", "data.adv"}) {
    std::ifstream in(wordnet_dir + "/" + file);
    if (!in)
      return Status::not_found("cannot open WordNet file \"" + wordnet_dir + "/" + file + "\"");
    std::string line;
    while (std::getline(in, line)) {
      size_t bar = line.find(" | ");
      if (line.empty() || line[0] == ' ' || bar == std::string::npos) continue;
      text.emplace_back();
      split_gloss(line.substr(bar + 3), text.back());
    }
  }
  return Status::ok();
}

void build_clusters(const std::vector<std::vector<std::string>>& text, Lexicon& lexicon) {
  std::unordered_map<std::string, int64_t> counts;
  for (const auto& sentence : text)
    for (const std::string& w : sentence) ++counts[w];
  std::vector<std::pair<std::string, int64_t>> vocab(counts.begin(), counts.end());
  std::sort(vocab.begin(), vocab.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  std::unordered_map<std::string, int> word_index, context_index;
  for (size_t i = 0; i < vocab.size() && i < kMaxWords && vocab[i].second >= kMinCount; ++i)
    word_index.emplace(vocab[i].first, static_cast<int>(i));
  for (size_t i = 0; i < vocab.size() && i < kContexts; ++i)
    context_index.emplace(vocab[i].first, static_cast<int>(i));
  const size_t n = word_index.size();
  if (n < static_cast<size_t>(kGranularities[2])) return;
  // Context slots: left/right neighbour in the top contexts, an "other" slot, and the boundary.
  const int slots = 2 * (kContexts + 2);
  std::vector<std::unordered_map<int, double>> cooc(n);
  std::vector<double> context_total(slots, 0.0);
  double grand = 0;
  for (const auto& sentence : text) {
    for (size_t i = 0; i < sentence.size(); ++i) {
      auto it = word_index.find(sentence[i]);
      if (it == word_index.end()) continue;
      for (int side = 0; side < 2; ++side) {
        long j = side == 0 ? static_cast<long>(i) - 1 : static_cast<long>(i) + 1;
        int c = kContexts + 1;
        if (j >= 0 && j < static_cast<long>(sentence.size())) {
          auto ct = context_index.find(sentence[j]);
          c = ct == context_index.end() ? kContexts : ct->second;
        }
        int slot = side * (kContexts + 2) + c;
        cooc[it->second][slot] += 1;
        context_total[slot] += 1;
        grand += 1;
      }
    }
  }
  // PPMI, randomly projected, normalized.
  std::vector<float> vectors(n * kDims, 0.0f);
  for (size_t w = 0; w < n; ++w) {
    double word_total = 0;
    for (const auto& [slot, c] : cooc[w]) word_total += c;
    std::vector<std::pair<int, double>> entries(cooc[w].begin(), cooc[w].end());
    std::sort(entries.begin(), entries.end());  // fixed summation order
    for (const auto& [slot, c] : entries) {
      double pmi = std::log(c * grand / (word_total * context_total[slot]));
      if (pmi <= 0) continue;
      for (int d = 0; d < kDims; ++d)
        vectors[w * kDims + d] += static_cast<float>(
            pmi * unit_random(static_cast<uint64_t>(slot), static_cast<uint64_t>(d)));
    }
    double norm = 0;
    for (int d = 0; d < kDims; ++d) norm += vectors[w * kDims + d] * vectors[w * kDims + d];
    norm = std::sqrt(norm);
    if (norm > 0)
      for (int d = 0; d < kDims; ++d)
        vectors[w * kDims + d] = static_cast<float>(vectors[w * kDims + d] / norm);
  }
  std::vector<std::string> words(n);
  for (const auto& [w, i] : word_index) words[static_cast<size_t>(i)] = w;
  std::vector<uint32_t> packed(n, 0);
  for (int g = 0; g < 3; ++g) {
    std::vector<int> assign = kmeans(vectors, n, kGranularities[g], 8);
    for (size_t w = 0; w < n; ++w) packed[w] |= static_cast<uint32_t>(assign[w] + 1) << (10 * g);
  }
  for (size_t w = 0; w < n; ++w) lexicon.clusters[hash_bytes(words[w])] = packed[w];
}

}  // namespace eventwire::ner
