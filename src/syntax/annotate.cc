#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

#include "syntax/hash.h"
#include "syntax/irregular_verbs.h"
#include "syntax/model_data.h"
#include "syntax/parser.h"
#include "syntax/word_features.h"

namespace eventwire::syntax_internal {
namespace {

std::string lower_ascii(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// What depends on a word form alone, cached per thread for a model read from
// a file: the form's hashed features, the tagger's scores of the word
// templates (both passes) and the lemma chosen for each tag met. All of it is
// a function of the form, so a cached result is exactly the computed one.
// Direct-mapped on the form's hash; a colliding form replaces the entry.
struct WordCache {
  static constexpr size_t kSize = 4096;
  struct Entry {
    std::string form;  // the key
    bool used = false;
    WordFeatures features;
    std::vector<std::pair<int, std::string>> lemmas;  // (tag, lemma)
  };
  uint64_t model = 0;  // ModelData::cache_id the entries belong to
  size_t stride = 0;   // scores per entry: the tags of pass 1, then of pass 2
  std::vector<Entry> entries;
  // Left uninitialized (an entry's scores are written when it is filled), so
  // the pages of unused entries never become resident.
  std::unique_ptr<int32_t[]> scores;
};

// Per-thread working memory, so annotate() stays const and allocation-free
// once warmed up.
struct Scratch {
  WordCache cache;
  std::vector<int32_t> word_scores;  // per token: the word templates' scores, both passes
  std::vector<WordFeatures> words;
  std::vector<int> tags, first_pass;
  std::vector<int32_t> scores, buffer_scores;
  // The greedy parser's scores of one group of templates (ParseState::KeyGroup)
  // per token (n + 1 for none), valid while the token's arc count is `version`.
  struct GroupScores {
    std::vector<int> version;
    std::vector<int32_t> sums;
  };
  GroupScores stack_group, s1_group, n0_group, s0_right_group;
  ParseState::GroupedKeys grouped_keys;
  std::vector<uint64_t> word_hash, tag_hash;
  ParseState state;
  uint64_t keys[kMaxKeys];
  // Beam decoding: the states of this step and the next, their scores, and
  // the expansions considered.
  std::vector<ParseState> beam, next_beam;
  std::vector<int64_t> beam_scores, next_scores;
  struct Candidate {
    int64_t score;
    int item, transition;
  };
  std::vector<Candidate> candidates;
};

int best_of(const std::vector<int32_t>& scores, const std::vector<uint16_t>& candidates) {
  int best = candidates[0];
  for (uint16_t c : candidates)
    if (scores[c] > scores[best]) best = c;
  return best;
}

// Beam search over arc-hybrid transitions with the locally trained parser:
// each state's scores become log-probabilities by a softmax at the model's
// temperature (raw perceptron margins summed along a path rank paths badly),
// and paths are ranked by their sums. Every path takes exactly 2n
// transitions, so all items finish together. Ties break by item and
// transition, so the result is deterministic.
const ParseState& beam_parse(const ModelData& m, int n, Scratch& sc) {
  const int n_labels = static_cast<int>(m.labels.size());
  const size_t width = static_cast<size_t>(m.beam);
  sc.beam.resize(1);
  sc.beam[0].init(n, n_labels);
  sc.beam_scores.assign(1, 0);
  const int n_transitions = sc.beam[0].n_transitions();
  const double factor = m.parser.scale() / m.beam_temperature;
  while (!sc.beam[0].terminal()) {
    sc.candidates.clear();
    for (size_t b = 0; b < sc.beam.size(); ++b) {
      const ParseState& state = sc.beam[b];
      const size_t k = state.keys(sc.word_hash, sc.tag_hash, sc.keys);
      sc.scores.assign(n_transitions, 0);
      m.parser.score(sc.keys, k, sc.scores.data());
      // Local log-softmax: raw perceptron scores are not comparable across
      // states, so paths are ranked by their summed log-probabilities.
      int32_t top = INT32_MIN;
      for (int t = 0; t < n_transitions; ++t)
        if (state.valid(t)) top = std::max(top, sc.scores[t]);
      double z = 0;
      for (int t = 0; t < n_transitions; ++t)
        if (state.valid(t)) z += std::exp((sc.scores[t] - top) * factor);
      const double log_z = std::log(z);
      for (int t = 0; t < n_transitions; ++t)
        if (state.valid(t))
          sc.candidates.push_back(
              {sc.beam_scores[b] + static_cast<int64_t>(
                                       std::llround(((sc.scores[t] - top) * factor - log_z) * 1e6)),
               static_cast<int>(b), t});
    }
    const size_t keep = std::min(width, sc.candidates.size());
    std::partial_sort(sc.candidates.begin(), sc.candidates.begin() + static_cast<long>(keep),
                      sc.candidates.end(), [](const auto& a, const auto& b) {
                        if (a.score != b.score) return a.score > b.score;
                        return a.item != b.item ? a.item < b.item : a.transition < b.transition;
                      });
    sc.next_beam.resize(keep);
    sc.next_scores.resize(keep);
    for (size_t i = 0; i < keep; ++i) {
      const auto& c = sc.candidates[i];
      sc.next_beam[i] = sc.beam[static_cast<size_t>(c.item)];
      sc.next_beam[i].apply(c.transition);
      sc.next_scores[i] = c.score;
    }
    sc.beam.swap(sc.next_beam);
    sc.beam_scores.swap(sc.next_scores);
  }
  return sc.beam[0];
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
  // Zero between calls: only the scores this call changes are cleared again below (there
  // are about a thousand scripts, and clearing all of them per word cost more than scoring).
  if (scores.size() != m.scripts.size()) scores.assign(m.scripts.size(), 0);
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
  m.lemma_model.clear(keys, k, scores.data());
  return best;
}

namespace {

// The scores of the word templates of both tagging passes for `w` into
// out[0..2 * n_tags) (zeroed here; the second half stays 0 without a second pass).
void score_word(const ModelData& m, const WordFeatures& w, size_t n_tags, int32_t* out) {
  uint64_t keys[kTaggerWordKeys];
  const size_t k = tagger_word_keys(w, keys);
  std::fill(out, out + 2 * n_tags, 0);
  m.tagger.score(keys, k, out);
  if (m.two_pass) m.tagger2.score(keys, k, out + n_tags);
}

// Fills sc.words and sc.word_scores for the tokens, through the cache when the
// model has a cache_id (a later token of the sentence may replace an earlier
// one's entry, so later users of an entry check its form again).
void word_level(const ModelData& m, const Sentence& sentence, Scratch& sc) {
  const size_t n = sentence.tokens.size(), n_tags = m.upos.size();
  const size_t stride = 2 * n_tags;
  sc.words.resize(n);
  sc.word_scores.resize(n * stride);
  if (m.cache_id == 0) {
    for (size_t i = 0; i < n; ++i) {
      compute_word_features(sentence.tokens[i].text, sc.words[i]);
      score_word(m, sc.words[i], n_tags, &sc.word_scores[i * stride]);
    }
    return;
  }
  WordCache& cache = sc.cache;
  if (cache.model != m.cache_id) {
    cache.entries.assign(WordCache::kSize, {});
    cache.stride = stride;
    cache.scores.reset(new int32_t[WordCache::kSize * stride]);
    cache.model = m.cache_id;
  }
  for (size_t i = 0; i < n; ++i) {
    const std::string& text = sentence.tokens[i].text;
    const size_t slot = hash_bytes(text) & (WordCache::kSize - 1);
    WordCache::Entry& e = cache.entries[slot];
    int32_t* scores = &cache.scores[slot * stride];
    if (!e.used || e.form != text) {
      e.used = true;
      e.form = text;
      compute_word_features(text, e.features);
      e.lemmas.clear();
      score_word(m, e.features, n_tags, scores);
    }
    sc.words[i] = e.features;
    std::copy(scores, scores + stride, &sc.word_scores[i * stride]);
  }
}

std::string choose_lemma(const ModelData& m, const Scratch& sc, size_t i, const Token& token,
                         int tag) {
  if (auto it = m.lemma_exceptions.find(exception_key(token.text, tag));
      it != m.lemma_exceptions.end())
    return it->second;
  if (token.upos == "VERB" || token.upos == "AUX")
    if (const std::string* irregular = irregular_verb_lemma(lower_ascii(token.text)))
      return *irregular;  // a form the treebank never showed ("fought")
  return predict_lemma(m, sc.words, sc.tags, i, token.text);
}

int argmax(const int32_t* scores, size_t n) {
  return static_cast<int>(std::max_element(scores, scores + n) - scores);
}

// The best valid transition's index, the first in index order on ties:
// SHIFT, the LEFTs, then the RIGHTs (each group is valid or not as a whole).
int best_transition(const ParseState& state, const int32_t* scores, int n_transitions) {
  const int n_labels = (n_transitions - 1) / 2;
  int best = state.can_shift() ? 0 : -1;
  auto consider = [&](int from, int to) {
    for (int t = from; t < to; ++t)
      if (best == -1 || scores[t] > scores[best]) best = t;
  };
  if (state.can_left()) consider(1, 1 + n_labels);
  if (state.can_right()) consider(1 + n_labels, n_transitions);
  return best;
}

// out[t] += a[t] + b[t] + c[t] + d[t] + e[t] for t < n: the greedy parser's
// sum of its kept parts, compiled for AVX2 too (integer sums: the same totals).
EVENTWIRE_SCORE_CLONES
void add_parts(int32_t* __restrict out, const int32_t* a, const int32_t* b, const int32_t* c,
               const int32_t* d, const int32_t* e, size_t n) {
  for (size_t t = 0; t < n; ++t) out[t] += a[t] + b[t] + c[t] + d[t] + e[t];
}

// Greedy decoding. A transition's score is a sum of integer weights, so it
// is summed from parts kept while what they depend on stays the same (the
// same totals as one call over all keys): the buffer front's templates until
// the next SHIFT, those of s0 with its left dependents and the stack below
// it once per token (fixed while it is on the stack), and those of s0's right
// dependents, s1 and b0 per token until it takes another dependent. The keys of all parts that must
// be scored again go to the model in one call, so their cache misses overlap.
const ParseState& greedy_parse(const ModelData& m, int n, Scratch& sc) {
  ParseState& state = sc.state;
  state.init(n, static_cast<int>(m.labels.size()));
  const int n_transitions = state.n_transitions();
  const size_t width = static_cast<size_t>(n_transitions), slots = static_cast<size_t>(n) + 2;
  for (Scratch::GroupScores* g :
       {&sc.stack_group, &sc.s1_group, &sc.n0_group, &sc.s0_right_group}) {
    g->version.assign(slots, -1);
    if (g->sums.size() < slots * width) g->sums.resize(slots * width);
  }
  sc.buffer_scores.resize(width);
  sc.scores.resize(width);
  int scored_front = -1;
  FrozenModel::Target targets[ParseState::GroupedKeys::kGroups];
  ParseState::GroupedKeys& keys = sc.grouped_keys;
  while (!state.terminal()) {
    if (!state.can_left() && !state.can_right()) {
      state.apply(0);  // SHIFT is the only valid transition: no scores needed
      continue;
    }
    // Which parts must be scored again, then their keys in one pass.
    unsigned groups = ParseState::kPairGroup;
    int32_t* parts[ParseState::GroupedKeys::kGroups] = {};
    auto part = [&](unsigned group, Scratch::GroupScores& g, int token,
                    bool fixed = false) -> const int32_t* {
      const size_t slot = token < 0 ? slots - 1 : static_cast<size_t>(token);
      const int version = token < 0 || fixed ? 0 : state.n_arcs(token);
      int32_t* sums = &g.sums[slot * width];
      if (g.version[slot] != version) {
        g.version[slot] = version;
        groups |= group;
        parts[__builtin_ctz(group)] = sums;
      }
      return sums;
    };
    if (state.buffer_front() != scored_front) {
      scored_front = state.buffer_front();
      groups |= ParseState::kBufferGroup;
      parts[__builtin_ctz(ParseState::kBufferGroup)] = sc.buffer_scores.data();
    }
    const int b0 = state.buffer_front() <= n ? state.buffer_front() : -1;
    const int32_t* stack =
        part(ParseState::kStackGroup, sc.stack_group, state.stack_item(0), /*fixed=*/true);
    const int32_t* s0_right =
        part(ParseState::kS0RightGroup, sc.s0_right_group, state.stack_item(0));
    const int32_t* s1 = part(ParseState::kS1Group, sc.s1_group, state.stack_item(1));
    const int32_t* n0 = part(ParseState::kN0Group, sc.n0_group, b0);
    parts[__builtin_ctz(ParseState::kPairGroup)] = sc.scores.data();
    state.keys_by_group(sc.word_hash, sc.tag_hash, groups, keys);
    size_t n_targets = 0;
    for (size_t g = 0; g < ParseState::GroupedKeys::kGroups; ++g) {
      if (parts[g] == nullptr) continue;
      std::fill(parts[g], parts[g] + width, 0);
      targets[n_targets++] = {keys.keys[g], keys.count[g], parts[g]};
    }
    m.parser.score(targets, n_targets);
    add_parts(sc.scores.data(), sc.buffer_scores.data(), stack, s1, n0, s0_right, width);
    const int32_t* scores = sc.scores.data();
    state.apply(best_transition(state, scores, n_transitions));
  }
  return state;
}

}  // namespace

void annotate_sentence(const ModelData& m, Sentence& sentence) {
  thread_local Scratch sc;
  const size_t n = sentence.tokens.size();
  if (n == 0) return;
  sc.tags.assign(n, 0);
  word_level(m, sentence, sc);

  // The word templates' scores are in sc.word_scores; the context templates
  // are added to them in place (integer sums: the same totals as one call).
  const size_t n_tags = m.upos.size(), stride = 2 * n_tags;
  for (size_t i = 0; i < n; ++i) {
    const size_t k = tagger_context_keys(sc.words, i, i > 0 ? sc.tags[i - 1] : -1,
                                         i > 1 ? sc.tags[i - 2] : -1, sc.keys);
    int32_t* scores = &sc.word_scores[i * stride];
    m.tagger.score(sc.keys, k, scores);
    sc.tags[i] = argmax(scores, n_tags);
  }
  if (m.two_pass) {
    sc.first_pass = sc.tags;
    for (size_t i = 0; i < n; ++i) {
      const size_t k = tagger2_context_keys(
          sc.words, i, i > 0 ? sc.tags[i - 1] : -1, i > 1 ? sc.tags[i - 2] : -1,
          i + 1 < n ? sc.first_pass[i + 1] : -2, i + 2 < n ? sc.first_pass[i + 2] : -2, sc.keys);
      int32_t* scores = &sc.word_scores[i * stride + n_tags];
      m.tagger2.score(sc.keys, k, scores);
      sc.tags[i] = argmax(scores, n_tags);
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

    // The lemma depends on the form and the tag alone: cached with the word.
    WordCache::Entry* cached = nullptr;
    if (m.cache_id != 0) {
      WordCache::Entry& e = sc.cache.entries[sc.words[i].form & (WordCache::kSize - 1)];
      if (e.used && e.form == token.text) cached = &e;
    }
    const std::pair<int, std::string>* hit = nullptr;
    if (cached)
      for (const auto& entry : cached->lemmas)
        if (entry.first == tag) hit = &entry;
    if (hit) {
      token.lemma = hit->second;
    } else {
      token.lemma = choose_lemma(m, sc, i, token, tag);
      if (cached && cached->lemmas.size() < 8) cached->lemmas.emplace_back(tag, token.lemma);
    }
  }

  sc.word_hash.resize(n + 1);
  sc.tag_hash.resize(n + 1);
  sc.word_hash[0] = 0x600d600dULL;
  sc.tag_hash[0] = tag_value(-3);
  for (size_t i = 0; i < n; ++i) {
    sc.word_hash[i + 1] = sc.words[i].lower_hash;
    sc.tag_hash[i + 1] = tag_value(sc.tags[i]);
  }
  const ParseState* parsed = m.beam > 1 ? &beam_parse(m, static_cast<int>(n), sc)
                                        : &greedy_parse(m, static_cast<int>(n), sc);
  for (size_t i = 0; i < n; ++i) {
    sentence.tokens[i].head = parsed->heads()[i + 1];
    sentence.tokens[i].deprel = m.labels[parsed->labels()[i + 1]];
  }
}

}  // namespace eventwire::syntax_internal
