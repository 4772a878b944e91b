#include <algorithm>
#include <climits>

#include "syntax/model_data.h"
#include "syntax/parser.h"
#include "syntax/word_features.h"

namespace eventwire::syntax_internal {
namespace {

// Per-thread working memory, so annotate() stays const and allocation-free
// once warmed up.
struct Scratch {
  std::vector<WordFeatures> words;
  std::vector<int> tags, first_pass;
  std::vector<int32_t> scores;
  std::vector<uint64_t> word_hash, tag_hash;
  ParseState state;
  uint64_t keys[kMaxKeys];
};

int best_of(const std::vector<int32_t>& scores, const std::vector<uint16_t>& candidates) {
  int best = candidates[0];
  for (uint16_t c : candidates)
    if (scores[c] > scores[best]) best = c;
  return best;
}

}  // namespace

std::string predict_lemma(const ModelData& m, const std::vector<WordFeatures>& words,
                          const std::vector<int>& tags, size_t i, const std::string& form) {
  thread_local std::vector<int32_t> scores;
  uint64_t keys[kMaxKeys];
  std::string best = form, lemma;
  const auto& candidates = m.scripts_by_tag[tags[i]];
  if (candidates.empty()) return best;
  const size_t k = lemma_keys(words, tags, i, keys);
  scores.assign(m.scripts.size(), 0);
  m.lemma_model.score(keys, k, scores.data());
  // The highest-scoring script that fits the form.
  int32_t best_score = INT_MIN;
  for (uint16_t c : candidates) {
    if (scores[c] <= best_score) continue;
    if (apply_edit_script(form, m.scripts[c], lemma)) {
      best_score = scores[c];
      best = lemma;
    }
  }
  return best;
}

void annotate_sentence(const ModelData& m, Sentence& sentence) {
  thread_local Scratch sc;
  const size_t n = sentence.tokens.size();
  if (n == 0) return;
  sc.words.resize(n);
  sc.tags.assign(n, 0);
  for (size_t i = 0; i < n; ++i) compute_word_features(sentence.tokens[i].text, sc.words[i]);

  const int n_tags = static_cast<int>(m.upos.size());
  for (size_t i = 0; i < n; ++i) {
    const size_t k =
        tagger_keys(sc.words, i, i > 0 ? sc.tags[i - 1] : -1, i > 1 ? sc.tags[i - 2] : -1, sc.keys);
    sc.scores.assign(n_tags, 0);
    m.tagger.score(sc.keys, k, sc.scores.data());
    sc.tags[i] =
        static_cast<int>(std::max_element(sc.scores.begin(), sc.scores.end()) - sc.scores.begin());
  }
  if (m.two_pass) {
    sc.first_pass = sc.tags;
    for (size_t i = 0; i < n; ++i) {
      const size_t k = tagger2_keys(
          sc.words, i, i > 0 ? sc.tags[i - 1] : -1, i > 1 ? sc.tags[i - 2] : -1,
          i + 1 < n ? sc.first_pass[i + 1] : -2, i + 2 < n ? sc.first_pass[i + 2] : -2, sc.keys);
      sc.scores.assign(n_tags, 0);
      m.tagger2.score(sc.keys, k, sc.scores.data());
      sc.tags[i] = static_cast<int>(std::max_element(sc.scores.begin(), sc.scores.end()) -
                                    sc.scores.begin());
    }
  }

  for (size_t i = 0; i < n; ++i) {
    Token& token = sentence.tokens[i];
    const int tag = sc.tags[i];
    token.upos = m.upos[tag];
    token.xpos = m.xpos[tag];
    const auto& feat_candidates = m.feats_by_tag[tag];
    if (feat_candidates.empty()) {
      token.feats.clear();
    } else if (feat_candidates.size() == 1) {
      token.feats = m.feats[feat_candidates[0]];
    } else {
      const size_t k = feats_keys(sc.words, sc.tags, i, sc.keys);
      sc.scores.assign(m.feats.size(), 0);
      m.feats_model.score(sc.keys, k, sc.scores.data());
      token.feats = m.feats[best_of(sc.scores, feat_candidates)];
    }

    if (auto it = m.lemma_exceptions.find(exception_key(token.text, tag));
        it != m.lemma_exceptions.end())
      token.lemma = it->second;
    else
      token.lemma = predict_lemma(m, sc.words, sc.tags, i, token.text);
  }

  sc.word_hash.resize(n + 1);
  sc.tag_hash.resize(n + 1);
  sc.word_hash[0] = 0x600d600dULL;
  sc.tag_hash[0] = tag_value(-3);
  for (size_t i = 0; i < n; ++i) {
    sc.word_hash[i + 1] = sc.words[i].lower_hash;
    sc.tag_hash[i + 1] = tag_value(sc.tags[i]);
  }
  const int n_labels = static_cast<int>(m.labels.size());
  sc.state.init(static_cast<int>(n), n_labels);
  const int n_transitions = sc.state.n_transitions();
  while (!sc.state.terminal()) {
    const size_t k = sc.state.keys(sc.word_hash, sc.tag_hash, sc.keys);
    sc.scores.assign(n_transitions, 0);
    m.parser.score(sc.keys, k, sc.scores.data());
    int best = -1;
    for (int t = 0; t < n_transitions; ++t)
      if (sc.state.valid(t) && (best == -1 || sc.scores[t] > sc.scores[best])) best = t;
    sc.state.apply(best);
  }
  for (size_t i = 0; i < n; ++i) {
    sentence.tokens[i].head = sc.state.heads()[i + 1];
    sentence.tokens[i].deprel = m.labels[sc.state.labels()[i + 1]];
  }
}

}  // namespace eventwire::syntax_internal
