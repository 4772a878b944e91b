// Training of the whole syntax model: tagger, UFeats and lemma classifiers
// (one pass over the data per epoch), then the parser with a dynamic oracle.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <regex>
#include <set>
#include <sstream>

#include "base/fingerprint.h"
#include "eventwire/conllu.h"
#include "eventwire/syntax.h"
#include "syntax/augment.h"
#include "syntax/evaluation.h"
#include "syntax/hash.h"
#include "syntax/model_data.h"
#include "syntax/parser.h"
#include "syntax/word_features.h"

namespace eventwire {
namespace syntax_internal {
namespace {

struct Preset {
  int epochs;          // tagger and parser epochs
  double explore;      // probability of following a wrong prediction (dynamic oracle)
  float prune;         // drop averaged weights smaller than this (tagger, feats, lemma)
  float parser_prune;  // the same for the parser, whose weights dominate the file size
  int jackknife_folds;
  bool two_pass;  // second tagging pass with lookahead tags
  int beam;       // parser beam width at decoding time (1 = greedy)
};

Preset preset_for(const std::string& name) {
  // The accurate parser prunes like the fast one: at 0.5 it had 2.8 times the
  // weights and the same dev LAS.
  if (name == "accurate") return {14, 0.9, 0.25f, 1.0f, 5, true, 8};
  // The second tagging pass costs little speed and gains about 0.3 UPOS on dev.
  return {10, 0.9, 0.5f, 1.0f, 5, true, 1};
}

// splitmix64: tiny, seedable and identical on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t next() { return mix64(state_++); }
  double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
  template <typename T>
  void shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  uint64_t state_;
};

struct Example {
  std::vector<std::string> forms;
  std::vector<WordFeatures> words;
  std::vector<int> tags, feats, scripts;  // gold ids per word
  std::vector<int> heads, labels;         // 1..n, projectivized; index 0 unused
  std::vector<std::string> lemmas;
};

std::string norm(const std::string& s) {
  return s == "_" ? "" : s;
}

class Log {
 public:
  explicit Log(std::ostream* out) : out_(out) {}
  template <typename... Args>
  void line(const char* format, Args... args) {
    if (out_ == nullptr) return;
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, format, args...);
    *out_ << buffer << '\n' << std::flush;
  }

 private:
  std::ostream* out_;
};

double metric(const SyntaxScores& scores, const std::string& name) {
  for (const auto& [k, v] : scores)
    if (k == name) return v;
  return 0;
}

// `fold_keys` gets, per sentence, the index of the treebank tree it is or was
// copied from, so that jackknifing keeps a tree and its copies in one fold.
Result<std::vector<ConlluSentence>> load_training(const SyntaxTrainOptions& options,
                                                  uint64_t& data_hash,
                                                  std::vector<size_t>& fold_keys) {
  std::vector<ConlluSentence> out;
  std::regex exclude;
  if (!options.exclude_docs.empty()) {
    try {
      exclude = std::regex(options.exclude_docs, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      return Status::invalid_input("--exclude-docs \"" + options.exclude_docs +
                                   "\" is not a valid regex: " + e.what());
    }
  }
  data_hash = 0;
  for (const std::string& path : options.train_files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::not_found("cannot open training file \"" + path + "\"");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    data_hash = mix64(data_hash ^ hash_bytes(bytes.str()));
    auto sentences = read_conllu_file(path);
    if (!sentences) return sentences.status();
    bool skipping = false;
    for (ConlluSentence& s : *sentences) {
      if (s.newdoc)
        skipping = !options.exclude_docs.empty() && std::regex_search(s.newdoc_id, exclude);
      if (skipping || s.words.empty()) continue;
      bool complete = true;
      for (const ConlluWord& w : s.words)
        if (w.head < 0 || w.head > static_cast<int>(s.words.size())) complete = false;
      if (complete) out.push_back(std::move(s));
    }
  }
  if (out.empty()) return Status::invalid_input("no usable training sentences in the given files");
  fold_keys.resize(out.size());
  for (size_t i = 0; i < out.size(); ++i) fold_keys[i] = i;
  for (TreeCopy& copy : time_phrase_copies(out, options.time_phrase_rate, options.seed)) {
    fold_keys.push_back(copy.original);
    out.push_back(std::move(copy.sentence));
  }
  return out;
}

template <typename T>
int index_of(const std::vector<T>& sorted, const T& value) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), value);
  return it != sorted.end() && *it == value ? static_cast<int>(it - sorted.begin()) : -1;
}

template <typename Scores>
int argmax_among(const Scores& scores, const std::vector<uint16_t>& candidates) {
  int best = candidates[0];
  for (uint16_t c : candidates)
    if (scores[c] > scores[best]) best = c;
  return best;
}

class Trainer {
 public:
  Trainer(const SyntaxTrainOptions& options, Log& log)
      : options_(options), log_(log), rng_(options.seed) {}

  Status run() {
    const auto start = std::chrono::steady_clock::now();
    const Preset preset = preset_for(options_.preset);
    epochs_ = options_.epochs > 0 ? options_.epochs : preset.epochs;
    explore_ = preset.explore;
    prune_ = preset.prune;
    parser_prune_ = preset.parser_prune;
    jackknife_folds_ = preset.jackknife_folds;
    two_pass_ = preset.two_pass;
    beam_ = preset.beam;
    uint64_t data_hash = 0;
    auto sentences = load_training(options_, data_hash, fold_keys_);
    if (!sentences) return sentences.status();
    if (!options_.dev_file.empty()) {
      auto dev = read_conllu_file(options_.dev_file);
      if (!dev) return dev.status();
      dev_ = std::move(*dev);
    }
    build_inventories(*sentences);
    build_examples(*sentences);
    log_.line(
        "train: %zu sentences, %zu words; %zu tags, %zu feature sets, %zu lemma scripts, %zu "
        "relations",
        examples_.size(), n_words_, model_.upos.size(), model_.feats.size(), model_.scripts.size(),
        model_.labels.size());
    model_.parser = TrainableModel(1 + 2 * static_cast<int>(model_.labels.size())).freeze();
    train_tagger();
    build_lemma_exceptions();
    predict_training_tags();
    if (two_pass_) train_tagger2();
    set_settings(data_hash);
    Status status = train_parser();
    if (!status) return status;
    tune_beam();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Wall time is informative only; it stays out of the file so training is reproducible.
    log_.line("training time: %.0f s wall, %.0f s CPU", seconds,
              static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
    set_settings(data_hash);
    return write_model_file(model_, options_.out);
  }

  void set_settings(uint64_t data_hash) {
    std::string files;
    for (const std::string& f : options_.train_files) {
      if (!files.empty()) files += ',';  // piecewise: GCC 12 warns falsely on "a" + b
      files += std::filesystem::path(f).filename().string();
    }
    model_.settings = {{"preset", options_.preset},
                       {"epochs", std::to_string(epochs_)},
                       {"seed", std::to_string(options_.seed)},
                       {"train", files},
                       {"exclude_docs", options_.exclude_docs},
                       {"dev", std::filesystem::path(options_.dev_file).filename().string()},
                       {"train_sentences", std::to_string(examples_.size())},
                       {"train_words", std::to_string(n_words_)},
                       {"prune", std::to_string(prune_)},
                       {"parser_prune", std::to_string(parser_prune_)},
                       {"jackknife_folds", std::to_string(jackknife_folds_)},
                       {"two_pass_tagger", two_pass_ ? "yes" : "no"},
                       {"best_tagger_epoch", std::to_string(best_tagger_epoch_)},
                       {"best_parser_epoch", std::to_string(best_parser_epoch_)},
                       {"beam", std::to_string(model_.beam)},
                       {"beam_temperature", temperature_text(model_.beam_temperature)}};
    // Only when used, so models trained without it keep their fingerprints.
    if (options_.time_phrase_rate > 0)
      model_.settings.emplace_back("augment_time", std::to_string(options_.time_phrase_rate));
    // Outcomes of training and decoding choices stay out of the fingerprint.
    std::string settings_text;
    for (const auto& [k, v] : model_.settings)
      if (k != "best_parser_epoch" && k != "beam" && k != "beam_temperature")
        settings_text += k + "=" + v + "\n";
    model_.fingerprint = base::hex64(mix64(data_hash ^ hash_bytes(settings_text)));
  }

 private:
  void build_inventories(const std::vector<ConlluSentence>& sentences) {
    std::set<std::pair<std::string, std::string>> tags;
    std::set<std::string> feats, scripts, labels;
    for (const ConlluSentence& s : sentences)
      for (const ConlluWord& w : s.words) {
        tags.emplace(w.upos, w.xpos);
        feats.insert(norm(w.feats));
        scripts.insert(make_edit_script(w.form, w.lemma));
        labels.insert(w.deprel);
      }
    for (const auto& [u, x] : tags) {
      model_.upos.push_back(u);
      model_.xpos.push_back(x);
      tag_keys_.push_back(u + '\t' + x);
    }
    model_.feats.assign(feats.begin(), feats.end());
    model_.scripts.assign(scripts.begin(), scripts.end());
    model_.labels.assign(labels.begin(), labels.end());
  }

  void build_examples(const std::vector<ConlluSentence>& sentences) {
    std::vector<std::set<uint16_t>> feats_by_tag(tag_keys_.size()),
        scripts_by_tag(tag_keys_.size());
    for (const ConlluSentence& s : sentences) {
      Example ex;
      const size_t n = s.words.size();
      ex.words.resize(n);
      ex.heads.assign(n + 1, -1);
      ex.labels.assign(n + 1, -1);
      for (size_t i = 0; i < n; ++i) {
        const ConlluWord& w = s.words[i];
        compute_word_features(w.form, ex.words[i]);
        ex.forms.push_back(w.form);
        ex.lemmas.push_back(w.lemma);
        ex.tags.push_back(index_of(tag_keys_, w.upos + '\t' + w.xpos));
        ex.feats.push_back(index_of(model_.feats, norm(w.feats)));
        ex.scripts.push_back(index_of(model_.scripts, make_edit_script(w.form, w.lemma)));
        ex.heads[i + 1] = w.head;
        ex.labels[i + 1] = index_of(model_.labels, w.deprel);
        feats_by_tag[ex.tags.back()].insert(static_cast<uint16_t>(ex.feats.back()));
        scripts_by_tag[ex.tags.back()].insert(static_cast<uint16_t>(ex.scripts.back()));
      }
      projectivize(ex.heads);
      n_words_ += n;
      examples_.push_back(std::move(ex));
    }
    for (size_t t = 0; t < tag_keys_.size(); ++t) {
      model_.feats_by_tag.emplace_back(feats_by_tag[t].begin(), feats_by_tag[t].end());
      model_.scripts_by_tag.emplace_back(scripts_by_tag[t].begin(), scripts_by_tag[t].end());
    }
  }

  SyntaxScores score_dev() {
    return score_gold_tokens(dev_, [&](Sentence& s) { annotate_sentence(model_, s); });
  }

  // One epoch of the tagger over `order`, which lists example indices.
  size_t tagger_epoch(TrainableModel& tagger, const std::vector<size_t>& order,
                      std::vector<float>& scores) {
    uint64_t keys[kMaxKeys];
    size_t correct = 0;
    std::vector<int> predicted;
    for (size_t index : order) {
      const Example& ex = examples_[index];
      predicted.assign(ex.words.size(), 0);
      for (size_t i = 0; i < ex.words.size(); ++i) {
        const size_t k = tagger_keys(ex.words, i, i > 0 ? predicted[i - 1] : -1,
                                     i > 1 ? predicted[i - 2] : -1, keys);
        scores.assign(tagger.n_classes(), 0.0f);
        tagger.score(keys, k, scores.data());
        const int guess =
            static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        tagger.update(keys, k, ex.tags[i], guess);
        tagger.tick();
        correct += guess == ex.tags[i];
        predicted[i] = guess;
      }
    }
    return correct;
  }

  void train_tagger() {
    TrainableModel tagger(static_cast<int>(model_.upos.size()));
    TrainableModel feats(static_cast<int>(model_.feats.size()));
    TrainableModel lemma(static_cast<int>(model_.scripts.size()));
    std::vector<size_t> order(examples_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> scores;
    uint64_t keys[kMaxKeys];
    double best = -1;
    for (int epoch = 1; epoch <= epochs_; ++epoch) {
      rng_.shuffle(order);
      const size_t correct = tagger_epoch(tagger, order, scores);
      for (size_t index : order) {
        const Example& ex = examples_[index];
        for (size_t i = 0; i < ex.words.size(); ++i) {
          train_candidate(feats, model_.feats_by_tag[ex.tags[i]], ex.feats[i],
                          feats_keys(ex.words, ex.tags, i, keys), keys, scores);
          train_candidate(lemma, model_.scripts_by_tag[ex.tags[i]], ex.scripts[i],
                          lemma_keys(ex.words, ex.tags, i, keys), keys, scores);
        }
      }
      model_.tagger = tagger.freeze(prune_);
      model_.feats_model = feats.freeze(prune_);
      model_.lemma_model = lemma.freeze(prune_);
      const double train_acc = 100.0 * correct / n_words_;
      if (dev_.empty()) {
        log_.line("tagger epoch %d: train tag accuracy %.2f", epoch, train_acc);
        best_tagger_epoch_ = epoch;
        continue;
      }
      const SyntaxScores dev = score_dev();
      log_.line(
          "tagger epoch %d: train tag %.2f | dev UPOS %.2f XPOS %.2f UFeats %.2f Lemma(no lexicon) "
          "%.2f",
          epoch, train_acc, metric(dev, "UPOS"), metric(dev, "XPOS"), metric(dev, "UFeats"),
          metric(dev, "Lemma"));
      const double score = metric(dev, "UPOS") + metric(dev, "XPOS") + metric(dev, "UFeats");
      if (score > best) {
        best = score;
        best_tagger_epoch_ = epoch;
        best_tagger_ = model_.tagger;
        best_feats_ = model_.feats_model;
        best_lemma_ = model_.lemma_model;
      }
    }
    if (!dev_.empty()) {
      model_.tagger = std::move(best_tagger_);
      model_.feats_model = std::move(best_feats_);
      model_.lemma_model = std::move(best_lemma_);
      log_.line("tagger: keeping epoch %d", best_tagger_epoch_);
    }
  }

  // The second pass learns to correct the first from its (jackknifed) tags of
  // the next two words.
  void train_tagger2() {
    TrainableModel tagger(static_cast<int>(model_.upos.size()));
    std::vector<size_t> order(examples_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> scores;
    uint64_t keys[kMaxKeys];
    std::vector<int> predicted;
    double best = -1;
    FrozenModel best_model;
    model_.two_pass = true;
    for (int epoch = 1; epoch <= epochs_; ++epoch) {
      rng_.shuffle(order);
      size_t correct = 0;
      for (size_t index : order) {
        const Example& ex = examples_[index];
        const std::vector<int>& first = predicted_tags_[index];
        const size_t n = ex.words.size();
        predicted.assign(n, 0);
        for (size_t i = 0; i < n; ++i) {
          const size_t k = tagger2_keys(
              ex.words, i, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1,
              i + 1 < n ? first[i + 1] : -2, i + 2 < n ? first[i + 2] : -2, keys);
          scores.assign(tagger.n_classes(), 0.0f);
          tagger.score(keys, k, scores.data());
          const int guess =
              static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          tagger.update(keys, k, ex.tags[i], guess);
          tagger.tick();
          correct += guess == ex.tags[i];
          predicted[i] = guess;
        }
      }
      model_.tagger2 = tagger.freeze(prune_);
      if (dev_.empty()) {
        best_model = model_.tagger2;
        continue;
      }
      const SyntaxScores dev = score_dev();
      log_.line(
          "tagger pass 2 epoch %d: train tag %.2f | dev UPOS %.2f XPOS %.2f UFeats %.2f Lemma %.2f",
          epoch, 100.0 * correct / n_words_, metric(dev, "UPOS"), metric(dev, "XPOS"),
          metric(dev, "UFeats"), metric(dev, "Lemma"));
      const double score = metric(dev, "UPOS") + metric(dev, "XPOS") + metric(dev, "UFeats");
      if (score > best) {
        best = score;
        best_model = model_.tagger2;
      }
    }
    model_.tagger2 = std::move(best_model);
  }

  void train_candidate(TrainableModel& m, const std::vector<uint16_t>& candidates, int gold,
                       size_t k, const uint64_t* keys, std::vector<float>& scores) {
    if (candidates.size() < 2) return;
    scores.assign(m.n_classes(), 0.0f);
    m.score(keys, k, scores.data());
    m.update(keys, k, gold, argmax_among(scores, candidates));
    m.tick();
  }

  // Forms whose majority lemma the edit-script classifier gets wrong.
  void build_lemma_exceptions() {
    std::map<std::string, std::map<std::string, int>> counts;
    std::map<std::string, std::pair<size_t, size_t>> where;  // key -> (example, word)
    for (size_t e = 0; e < examples_.size(); ++e)
      for (size_t i = 0; i < examples_[e].words.size(); ++i) {
        const std::string key = exception_key(examples_[e].forms[i], examples_[e].tags[i]);
        ++counts[key][examples_[e].lemmas[i]];
        where.emplace(key, std::make_pair(e, i));
      }
    for (const auto& [key, lemmas] : counts) {
      const auto majority = std::max_element(lemmas.begin(), lemmas.end(),
                                             [](auto& a, auto& b) { return a.second < b.second; });
      const auto [e, i] = where[key];
      const Example& ex = examples_[e];
      if (predict_lemma(model_, ex.words, ex.tags, i, ex.forms[i]) != majority->first)
        model_.lemma_exceptions[key] = majority->first;
    }
    log_.line("lemma exception lexicon: %zu of %zu (form, tag) pairs",
              model_.lemma_exceptions.size(), counts.size());
  }

  // The parser learns from tags predicted by taggers that did not see the
  // sentence (jackknifing), so it is trained on the kind of errors it will meet.
  void predict_training_tags() {
    predicted_tags_.resize(examples_.size());
    const size_t folds = static_cast<size_t>(jackknife_folds_);
    std::vector<float> float_scores;
    uint64_t keys[kMaxKeys];
    std::vector<int32_t> scores;
    size_t correct = 0;
    for (size_t fold = 0; fold < folds; ++fold) {
      std::vector<size_t> order;
      for (size_t e = 0; e < examples_.size(); ++e)
        if (folds < 2 || fold_keys_[e] % folds != fold) order.push_back(e);
      FrozenModel tagger_model;
      const FrozenModel* tagger = &model_.tagger;
      if (folds >= 2) {
        TrainableModel tagger_fold(static_cast<int>(model_.upos.size()));
        for (int epoch = 1; epoch <= jackknife_epochs_; ++epoch) {
          rng_.shuffle(order);
          tagger_epoch(tagger_fold, order, float_scores);
        }
        tagger_model = tagger_fold.freeze(prune_);
        tagger = &tagger_model;
      }
      for (size_t e = 0; e < examples_.size(); ++e) {
        if (folds >= 2 && fold_keys_[e] % folds != fold) continue;
        const Example& ex = examples_[e];
        std::vector<int>& tags = predicted_tags_[e];
        tags.assign(ex.words.size(), 0);
        for (size_t i = 0; i < ex.words.size(); ++i) {
          const size_t k =
              tagger_keys(ex.words, i, i > 0 ? tags[i - 1] : -1, i > 1 ? tags[i - 2] : -1, keys);
          scores.assign(model_.upos.size(), 0);
          tagger->score(keys, k, scores.data());
          tags[i] =
              static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          correct += tags[i] == ex.tags[i];
        }
      }
      if (folds < 2) break;
    }
    log_.line("parser input tags (%d-fold jackknife): %.2f%% correct on the training data",
              jackknife_folds_, 100.0 * correct / n_words_);
  }

  Status train_parser() {
    const int n_labels = static_cast<int>(model_.labels.size());
    TrainableModel parser(1 + 2 * n_labels);
    std::vector<size_t> order(examples_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> scores;
    std::vector<int> costs;
    std::vector<uint64_t> word, tag;
    uint64_t keys[kMaxKeys];
    ParseState state;
    double best = -1;
    FrozenModel best_parser;
    for (int epoch = 1; epoch <= epochs_; ++epoch) {
      rng_.shuffle(order);
      size_t transitions = 0, errors = 0;
      for (size_t index : order) {
        const Example& ex = examples_[index];
        const int n = static_cast<int>(ex.words.size());
        word.assign(n + 1, 0x600d600dULL);
        tag.assign(n + 1, tag_value(-3));
        for (int i = 0; i < n; ++i) {
          word[i + 1] = ex.words[i].lower_hash;
          tag[i + 1] = tag_value(predicted_tags_[index][i]);
        }
        state.init(n, n_labels);
        while (!state.terminal()) {
          const size_t k = state.keys(word, tag, keys);
          scores.assign(parser.n_classes(), 0.0f);
          parser.score(keys, k, scores.data());
          state.all_costs(ex.heads, ex.labels, costs);
          int predicted = -1, oracle = -1;
          for (int t = 0; t < parser.n_classes(); ++t) {
            if (costs[t] < 0) continue;
            if (predicted == -1 || scores[t] > scores[predicted]) predicted = t;
          }
          int min_cost = INT32_MAX;
          for (int t = 0; t < parser.n_classes(); ++t)
            if (costs[t] >= 0) min_cost = std::min(min_cost, costs[t]);
          for (int t = 0; t < parser.n_classes(); ++t)
            if (costs[t] == min_cost && (oracle == -1 || scores[t] > scores[oracle])) oracle = t;
          ++transitions;
          int next = predicted;
          if (costs[predicted] > min_cost) {
            ++errors;
            parser.update(keys, k, oracle, predicted);
            if (epoch == 1 || rng_.uniform() >= explore_) next = oracle;
          }
          parser.tick();
          state.apply(next);
        }
      }
      model_.parser = parser.freeze(parser_prune_);
      if (dev_.empty()) {
        log_.line("parser epoch %d: train transition errors %.2f%%", epoch,
                  100.0 * errors / transitions);
        best_parser_epoch_ = epoch;
        continue;
      }
      const SyntaxScores dev = score_dev();
      log_.line(
          "parser epoch %d: train transition errors %.2f%% | dev UAS %.2f LAS %.2f (%zu weights, "
          "%.0f tokens/s)",
          epoch, 100.0 * errors / transitions, metric(dev, "UAS"), metric(dev, "LAS"),
          model_.parser.n_weights(), metric(dev, "tokens_per_s"));
      if (metric(dev, "LAS") > best) {
        best = metric(dev, "LAS");
        best_parser_epoch_ = epoch;
        best_parser = model_.parser;
        // Checkpoint: the best model so far is on disk even if training is cut short.
        set_setting("best_parser_epoch", std::to_string(epoch));
        Status status = write_model_file(model_, options_.out);
        if (!status) return status;
      }
    }
    if (!dev_.empty()) {
      model_.parser = std::move(best_parser);
      set_setting("best_parser_epoch", std::to_string(best_parser_epoch_));
      log_.line("parser: keeping epoch %d", best_parser_epoch_);
    }
    return Status::ok();
  }

  static std::string temperature_text(double t) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", t);
    return text;
  }

  void set_setting(const std::string& key, const std::string& value) {
    for (auto& [k, v] : model_.settings)
      if (k == key) v = value;
  }

  // Beam decoding ranks paths by summed log-softmax transition scores; the
  // softmax temperature that calibrates the perceptron's margins is chosen on
  // the dev set (greedy training is not affected).
  void tune_beam() {
    if (beam_ <= 1) return;
    model_.beam = beam_;
    double best = -1, best_temperature = model_.beam_temperature;
    for (double t : {10.0, 15.0, 20.0, 25.0, 30.0, 40.0}) {
      if (dev_.empty()) break;
      model_.beam_temperature = t;
      const SyntaxScores dev = score_dev();
      log_.line("beam %d, temperature %g: dev UAS %.2f LAS %.2f (%.0f tokens/s)", beam_, t,
                metric(dev, "UAS"), metric(dev, "LAS"), metric(dev, "tokens_per_s"));
      if (metric(dev, "LAS") > best) {
        best = metric(dev, "LAS");
        best_temperature = t;
      }
    }
    model_.beam_temperature = best_temperature;
    log_.line("beam: width %d, temperature %g", beam_, best_temperature);
  }

  const SyntaxTrainOptions& options_;
  Log& log_;
  Rng rng_;
  int epochs_ = 1;
  double explore_ = 0.9;
  float prune_ = 0, parser_prune_ = 0;  // averaged weights below these are dropped
  int jackknife_folds_ = 5, jackknife_epochs_ = 8;
  std::vector<size_t> fold_keys_;  // jackknife fold of example e: fold_keys_[e] % folds
  bool two_pass_ = false;
  int beam_ = 1;
  ModelData model_;
  std::vector<std::string> tag_keys_;  // "UPOS\tXPOS", sorted; index = tag id
  std::vector<Example> examples_;
  std::vector<std::vector<int>> predicted_tags_;
  std::vector<ConlluSentence> dev_;
  size_t n_words_ = 0;
  int best_tagger_epoch_ = 0, best_parser_epoch_ = 0;
  FrozenModel best_tagger_, best_feats_, best_lemma_;
};

}  // namespace
}  // namespace syntax_internal

Status train_syntax_model(const SyntaxTrainOptions& options) {
  if (options.train_files.empty()) return Status::invalid_input("no training files given");
  if (options.out.empty()) return Status::invalid_input("no output model path given");
  if (options.preset != "fast" && options.preset != "accurate")
    return Status::invalid_input("unknown model preset \"" + options.preset +
                                 "\" (expected fast or accurate)");
  syntax_internal::Log log(options.log);
  syntax_internal::Trainer trainer(options, log);
  return trainer.run();
}

}  // namespace eventwire
