// Training: an averaged structured perceptron (Collins 2002) over BILOU
// labels with first-order transitions, decoded exactly by Viterbi. Features
// are hashed once up front and mapped to dense rows, so epochs are fast.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "base/fingerprint.h"
#include "entities/ner_model_format.h"
#include "eventwire/ner.h"

namespace eventwire {

namespace {

using ner::LabelSet;

struct Encoded {
  std::vector<int32_t> features;  // dense rows, -1 for unknown
  std::vector<uint32_t> offsets;
  std::vector<int> gold;
};

// Deterministic shuffling independent of the standard library's distributions.
uint64_t next_random(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

struct Params {
  std::vector<float> w, trans, end;
};

class Perceptron {
 public:
  Perceptron(size_t features, int labels)
      : L_(labels),
        w_(features * labels),
        wu_(features * labels),
        t_((labels + 1) * labels),
        tu_(t_.size()),
        e_(labels),
        eu_(labels) {}

  std::vector<int> decode(const Params& p, const Encoded& s, const LabelSet& set) const {
    return decode_with(p.w, p.trans, p.end, s, set);
  }

  // One training step; returns the number of correctly labelled tokens.
  int step(const Encoded& s, const LabelSet& set) {
    ++clock_;
    std::vector<int> guess = decode_with(w_, t_, e_, s, set);
    int correct = 0;
    const int n = static_cast<int>(guess.size());
    bool same = true;
    for (int i = 0; i < n; ++i) {
      if (guess[i] == s.gold[i])
        ++correct;
      else
        same = false;
    }
    if (same) return correct;
    for (int i = 0; i < n; ++i) {
      int g = s.gold[i], p = guess[i];
      int gp = i == 0 ? -1 : s.gold[i - 1], pp = i == 0 ? -1 : guess[i - 1];
      if (g != p) {
        for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
          if (s.features[k] < 0) continue;
          size_t row = static_cast<size_t>(s.features[k]) * L_;
          update(w_, wu_, row + g, 1);
          update(w_, wu_, row + p, -1);
        }
      }
      if (g != p || gp != pp) {
        update(t_, tu_, static_cast<size_t>(gp + 1) * L_ + g, 1);
        update(t_, tu_, static_cast<size_t>(pp + 1) * L_ + p, -1);
      }
    }
    if (s.gold[n - 1] != guess[n - 1]) {
      update(e_, eu_, s.gold[n - 1], 1);
      update(e_, eu_, guess[n - 1], -1);
    }
    return correct;
  }

  Params averaged() const {
    auto avg = [&](const std::vector<float>& w, const std::vector<double>& u) {
      std::vector<float> out(w.size());
      for (size_t i = 0; i < w.size(); ++i) out[i] = static_cast<float>(w[i] - u[i] / clock_);
      return out;
    };
    return {avg(w_, wu_), avg(t_, tu_), avg(e_, eu_)};
  }

 private:
  std::vector<int> decode_with(const std::vector<float>& w, const std::vector<float>& trans,
                               const std::vector<float>& end, const Encoded& s,
                               const LabelSet& set) const {
    const int n = static_cast<int>(s.offsets.size()) - 1;
    std::vector<float> em(static_cast<size_t>(n) * L_, 0.0f);
    for (int i = 0; i < n; ++i)
      for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        if (s.features[k] < 0) continue;
        const float* row = &w[static_cast<size_t>(s.features[k]) * L_];
        for (int l = 0; l < L_; ++l) em[i * L_ + l] += row[l];
      }
    return ner::viterbi(set, n, em.data(), trans.data(), end.data());
  }
  // Lazy averaging: u accumulates clock × delta, the average is w − u / clock.
  void update(std::vector<float>& w, std::vector<double>& u, size_t i, int delta) {
    w[i] += static_cast<float>(delta);
    u[i] += static_cast<double>(clock_) * delta;
  }

  int L_;
  std::vector<float> w_;
  std::vector<double> wu_;
  std::vector<float> t_;
  std::vector<double> tu_;
  std::vector<float> e_;
  std::vector<double> eu_;
  int64_t clock_ = 0;
};

uint64_t settings_hash(const NerTrainOptions& o, uint64_t lexicon_fingerprint) {
  uint64_t h = ner::hash_bytes("ner-train-v1");
  for (const std::string& t : o.types) h = ner::hash_combine(h, ner::hash_bytes(t));
  h = ner::hash_combine(h, static_cast<uint64_t>(o.epochs));
  h = ner::hash_combine(h, o.seed);
  h = ner::hash_combine(h, static_cast<uint64_t>(o.min_feature_count));
  h = ner::hash_combine(h, static_cast<uint64_t>(o.bags));
  h = ner::hash_combine(h, o.clusters ? 1 : 0);
  h = ner::hash_combine(h, static_cast<uint64_t>(o.lowercase_every));
  h = ner::hash_combine(h, static_cast<uint64_t>(std::llround(o.prune_threshold * 1e6)));
  if (o.domain_features) h = ner::hash_combine(h, 0xD0AA1);
  return ner::hash_combine(h, lexicon_fingerprint);
}

// The lexicon of a training run: ISO codes, WordNet, the actor KB and places,
// and word clusters over unlabeled text and the training sentences.
Result<ner::Lexicon> training_lexicon(const std::vector<NerSentence>& train,
                                      const NerTrainOptions& options) {
  Result<ner::Lexicon> lexicon = ner::Lexicon::build(options.iso_codes_dir, options.wordnet_dir);
  if (!lexicon) return lexicon.status();
  if (Status st = lexicon->add_knowledge(options.actor_kb, options.place_names); !st) return st;
  if (options.clusters) {
    std::vector<std::vector<std::string>> text;
    for (const auto* corpus : {&options.unlabeled_text})
      text.insert(text.end(), corpus->begin(), corpus->end());
    for (const NerSentence& s : train) text.push_back(s.tokens);
    if (!options.wordnet_dir.empty())
      if (Status st = ner::add_wordnet_glosses(options.wordnet_dir, text); !st) return st;
    for (auto& sentence : text)
      for (std::string& w : sentence) w = ner::normalize_token(w);
    ner::build_clusters(text, *lexicon);
  }
  return lexicon;
}

// Web text often writes names in lower case: lower-cased copies of a share of
// the sentences with names (every k-th, deterministic; none for k <= 0).
std::vector<NerSentence> lowercase_copies(const std::vector<NerSentence>& train, int every) {
  std::vector<NerSentence> augmented;
  if (every <= 0) return augmented;
  int seen = 0;
  for (const NerSentence& s : train) {
    if (s.spans.empty() || ++seen % every != 0) continue;
    NerSentence copy = s;
    for (std::string& t : copy.tokens) t = ner::normalize_token(t);
    augmented.push_back(std::move(copy));
  }
  return augmented;
}

struct TrainedBags {
  Params best;  // the averaged weights of the best dev epoch (or the last without dev)
  double dev_f1 = -1;
  int epoch = 0;
};

// Bagging: perceptrons that differ only in their shuffling order, averaged
// at the end of each epoch, which lowers the variance of a single run.
TrainedBags train_bags(const std::vector<Encoded>& train_enc, const std::vector<Encoded>& dev_enc,
                       const LabelSet& set, size_t features, const NerTrainOptions& options,
                       const std::function<void(const NerEpochReport&)>& progress) {
  const int bags = std::max(1, options.bags);
  std::vector<Perceptron> models(bags, Perceptron(features, set.size()));
  std::vector<std::vector<size_t>> orders(bags, std::vector<size_t>(train_enc.size()));
  std::vector<uint64_t> rngs(bags);
  for (int b = 0; b < bags; ++b) {
    for (size_t i = 0; i < train_enc.size(); ++i) orders[b][i] = i;
    rngs[b] = options.seed + 0x1000193ULL * static_cast<uint64_t>(b);
  }
  TrainedBags out;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    auto started = std::chrono::steady_clock::now();
    int64_t correct = 0, total = 0;
    Params avg;
    for (int b = 0; b < bags; ++b) {
      std::vector<size_t>& order = orders[b];
      for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[next_random(rngs[b]) % i]);
      for (size_t idx : order) {
        correct += models[b].step(train_enc[idx], set);
        total += static_cast<int64_t>(train_enc[idx].gold.size());
      }
      Params one = models[b].averaged();
      if (b == 0) {
        avg = std::move(one);  // a sum of the bags: the same decisions as their mean
      } else {
        for (size_t i = 0; i < avg.w.size(); ++i) avg.w[i] += one.w[i];
        for (size_t i = 0; i < avg.trans.size(); ++i) avg.trans[i] += one.trans[i];
        for (size_t i = 0; i < avg.end.size(); ++i) avg.end[i] += one.end[i];
      }
    }
    NerEpochReport report;
    report.epoch = epoch;
    report.train_accuracy = 100.0 * correct / std::max<int64_t>(1, total);
    if (!dev_enc.empty()) {
      NerScores scores;
      for (size_t d = 0; d < dev_enc.size(); ++d) {
        std::vector<NamedSpan> gold = set.decode(dev_enc[d].gold);
        scores.add(gold, set.decode(models[0].decode(avg, dev_enc[d], set)));  // decodes with `avg`
      }
      report.dev_f1 = scores.overall.f1();
    }
    // Keep the best dev epoch (or the last without dev).
    if (dev_enc.empty() || report.dev_f1 > out.dev_f1) {
      out.best = std::move(avg);
      out.dev_f1 = report.dev_f1;
      out.epoch = epoch;
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress) progress(report);
  }
  return out;
}

}  // namespace

Result<std::string> train_ner(const std::vector<NerSentence>& train,
                              const std::vector<NerSentence>& dev, const NerTrainOptions& options,
                              const std::function<void(const NerEpochReport&)>& progress) {
  if (train.empty()) return Status::invalid_input("no training sentences");
  if (options.epochs < 1)
    return Status::invalid_input("epochs must be at least 1, got " +
                                 std::to_string(options.epochs));
  Result<ner::Lexicon> lexicon = training_lexicon(train, options);
  if (!lexicon) return lexicon.status();
  LabelSet set;
  set.types = options.types;
  const int L = set.size();

  const std::vector<NerSentence> augmented = lowercase_copies(train, options.lowercase_every);
  std::vector<const NerSentence*> all;
  for (const NerSentence& s : train) all.push_back(&s);
  for (const NerSentence& s : augmented) all.push_back(&s);

  // Hash features once; count them; give dense rows to those seen often enough.
  uint64_t data_hash = settings_hash(options, lexicon->fingerprint());
  std::vector<std::vector<uint64_t>> train_hashes(all.size());
  std::vector<std::vector<uint32_t>> train_offsets(all.size());
  std::unordered_map<uint64_t, int32_t> counts;
  ner::SentenceFeatures sf;
  std::unordered_map<uint64_t, bool> is_private;  // domain copies, never saved
  for (size_t s = 0; s < all.size(); ++s) {
    ner::extract_features(all[s]->tokens, *lexicon, sf);
    if (options.domain_features && all[s]->domain > 0) {
      const uint64_t salt = ner::hash_bytes("domain", static_cast<uint64_t>(all[s]->domain));
      ner::SentenceFeatures both;
      both.offsets.assign(1, 0);
      for (size_t i = 0; i + 1 < sf.offsets.size(); ++i) {
        for (uint32_t k = sf.offsets[i]; k < sf.offsets[i + 1]; ++k) {
          both.hashes.push_back(sf.hashes[k]);
          uint64_t copy = ner::hash_combine(sf.hashes[k], salt);
          both.hashes.push_back(copy);
          is_private[copy] = true;
        }
        both.offsets.push_back(static_cast<uint32_t>(both.hashes.size()));
      }
      sf = std::move(both);
    }
    for (uint64_t h : sf.hashes) ++counts[h];
    train_hashes[s] = sf.hashes;
    train_offsets[s] = sf.offsets;
  }
  std::unordered_map<uint64_t, int32_t> rows;
  std::vector<uint64_t> keys;
  for (const auto& hashes : train_hashes)
    for (uint64_t h : hashes)
      if (counts[h] >= options.min_feature_count &&
          rows.emplace(h, static_cast<int32_t>(keys.size())).second)
        keys.push_back(h);
  counts.clear();
  auto encode = [&](const std::vector<uint64_t>& hashes, const std::vector<uint32_t>& offsets,
                    const NerSentence& sentence) {
    Encoded e;
    e.offsets = offsets;
    e.features.reserve(hashes.size());
    for (uint64_t h : hashes) {
      auto it = rows.find(h);
      e.features.push_back(it == rows.end() ? -1 : it->second);
    }
    e.gold = set.encode(sentence.tokens.size(), sentence.spans);
    return e;
  };
  std::vector<Encoded> train_enc, dev_enc;
  size_t train_tokens = 0;
  for (size_t s = 0; s < all.size(); ++s) {
    if (all[s]->tokens.empty()) continue;
    train_enc.push_back(encode(train_hashes[s], train_offsets[s], *all[s]));
    train_tokens += all[s]->tokens.size();
    for (size_t i = 0; i < all[s]->tokens.size(); ++i)
      data_hash = ner::hash_combine(
          data_hash, ner::hash_combine(ner::hash_bytes(all[s]->tokens[i]),
                                       static_cast<uint64_t>(train_enc.back().gold[i])));
  }
  train_hashes.clear();
  train_offsets.clear();
  for (const NerSentence& s : dev) {
    if (s.tokens.empty()) continue;
    ner::extract_features(s.tokens, *lexicon, sf);
    dev_enc.push_back(encode(sf.hashes, sf.offsets, s));
  }

  const int bags = std::max(1, options.bags);
  auto [best, best_f1, best_epoch] =
      train_bags(train_enc, dev_enc, set, keys.size(), options, progress);

  const size_t lexicon_clusters = lexicon->clusters.size();
  ner::ModelData data;
  data.types = options.types;
  data.transitions = best.trans;
  data.end = best.end;
  data.lexicon = std::move(lexicon).value();
  size_t kept = 0;
  for (size_t f = 0; f < keys.size(); ++f) {
    if (is_private.count(keys[f])) continue;
    float max_abs = 0;
    for (int l = 0; l < L; ++l) max_abs = std::max(max_abs, std::fabs(best.w[f * L + l]));
    if (max_abs == 0 || max_abs < options.prune_threshold) continue;
    data.feature_keys.push_back(keys[f]);
    data.weights.insert(data.weights.end(), best.w.begin() + static_cast<long>(f * L),
                        best.w.begin() + static_cast<long>((f + 1) * L));
    ++kept;
  }
  data.fingerprint = base::hex64(data_hash);
  data.description = "averaged structured perceptron, BILOU, first-order Viterbi; types";
  for (const std::string& t : options.types) data.description += " " + t;
  data.description +=
      "; epochs " + std::to_string(options.epochs) + " (kept epoch " + std::to_string(best_epoch) +
      (dev_enc.empty() ? "" : ", dev F1 " + std::to_string(best_f1)) + "); seed " +
      std::to_string(options.seed) + "; min_feature_count " +
      std::to_string(options.min_feature_count) + "; clusters " + std::to_string(lexicon_clusters) +
      "; lowercase_every " + std::to_string(options.lowercase_every) + "; bags " +
      std::to_string(bags) + "; actor KB " + (options.actor_kb ? "yes" : "no") +
      "; gazetteer places " + std::to_string(options.place_names.size()) +
      (options.domain_features ? "; domain features" : "") + "; prune " +
      std::to_string(options.prune_threshold) + "; features " + std::to_string(kept) + " of " +
      std::to_string(keys.size()) + "; train sentences " + std::to_string(train_enc.size()) +
      ", tokens " + std::to_string(train_tokens) + "; data " + options.data_description;
  return ner::serialize_model(data);
}

}  // namespace eventwire
