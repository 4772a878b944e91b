// Raw-text evaluation in the manner of the CoNLL 2018 shared task: words of
// the system and the gold file are aligned by their character spans over the
// text with whitespace removed, and every score is an F1 over aligned words.
// Simplification: words inside a multiword token align by (span, position in
// the token) rather than by the shared task's LCS over their forms.
#include <ctime>
#include <map>
#include <set>
#include <tuple>

#include "eventwire/text.h"
#include "eventwire/text_eval.h"
#include "syntax/evaluation.h"

namespace eventwire {
namespace {

using WordKey =
    std::tuple<uint32_t, uint32_t, int>;  // non-space [start, end), index within a multiword token

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Decodes the code point at byte i (lenient: a bad byte counts as one code point).
char32_t decode(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const int length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (length == 1 || i + length > s.size()) {
    ++i;
    return c;
  }
  char32_t cp = c & (0x7F >> length);
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += static_cast<size_t>(length);
  return cp;
}

uint32_t nonspace_length(std::string_view s) {
  uint32_t n = 0;
  for (size_t i = 0; i < s.size();) n += !is_space(decode(s, i));
  return n;
}

// For each code point offset of `text`, the number of non-space code points before it.
std::vector<uint32_t> nonspace_prefix(std::string_view text) {
  std::vector<uint32_t> prefix;
  uint32_t count = 0;
  for (size_t i = 0; i < text.size();) {
    prefix.push_back(count);
    count += !is_space(decode(text, i));
  }
  prefix.push_back(count);
  return prefix;
}

struct Counts {
  double gold = 0, system = 0, correct = 0;
  double f1() const { return gold + system > 0 ? 200.0 * correct / (gold + system) : 0.0; }
};

struct WordRef {
  const ConlluWord* gold = nullptr;
  const Token* system = nullptr;
  WordKey head_key{};  // key of the head word; (0, 0, -1) = root
};

}  // namespace

Result<SyntaxScores> evaluate_syntax_raw(const SyntaxModel& model, const std::string& gold_path) {
  auto gold = read_conllu_file(gold_path);
  if (!gold) return gold.status();
  const auto& features = syntax_internal::scored_features();
  const WordKey root{0, 0, -1};
  Counts tokens, sentences, words, upos, xpos, ufeats, lemma, uas, las;
  std::vector<Counts> feature_counts(features.size());
  double seconds = 0;
  for (const RawDocument& doc : raw_documents(*gold)) {
    // Gold words keyed by span.
    std::map<WordKey, WordRef> gold_words;
    std::set<std::pair<uint32_t, uint32_t>> gold_tokens, gold_sentences;
    uint32_t position = 0;
    for (const ConlluSentence* s : doc.sentences) {
      const uint32_t sentence_start = position;
      std::vector<WordKey> keys(s->words.size());
      for (const auto& surface : s->surface_tokens()) {
        const uint32_t length = nonspace_length(surface.form);
        gold_tokens.emplace(position, position + length);
        for (int w = surface.first; w <= surface.last; ++w)
          keys[w] = {position, position + length,
                     surface.last > surface.first ? w - surface.first + 1 : 0};
        position += length;
      }
      gold_sentences.emplace(sentence_start, position);
      for (size_t w = 0; w < s->words.size(); ++w) {
        const int head = s->words[w].head;
        gold_words[keys[w]] = {&s->words[w], nullptr, head > 0 ? keys[head - 1] : root};
      }
    }
    // System words.
    std::vector<uint32_t> prefix = nonspace_prefix(doc.article.text);
    std::vector<Sentence> system = segment_article(doc.article, SegmentOptions{}, nullptr);
    std::map<WordKey, WordRef> system_words;
    for (Sentence& sentence : system) {
      timespec t0{}, t1{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
      (void)model.annotate(sentence);
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
      seconds += static_cast<double>(t1.tv_sec - t0.tv_sec) +
                 1e-9 * static_cast<double>(t1.tv_nsec - t0.tv_nsec);
      sentences.system += 1;
      if (!sentence.tokens.empty()) {
        const auto span = std::make_pair(prefix[sentence.tokens.front().start],
                                         prefix[sentence.tokens.back().end]);
        sentences.correct += gold_sentences.count(span);
      }
      std::vector<WordKey> keys(sentence.tokens.size());
      for (size_t i = 0; i < sentence.tokens.size(); ++i)
        keys[i] = {prefix[sentence.tokens[i].start], prefix[sentence.tokens[i].end], 0};
      for (const MultiwordToken& mwt : sentence.multiword_tokens)
        for (int w = mwt.first; w <= mwt.last && w < static_cast<int>(keys.size()); ++w)
          keys[w] = {prefix[mwt.start], prefix[mwt.end], w - mwt.first + 1};
      std::set<std::pair<uint32_t, uint32_t>> surface;
      for (const WordKey& k : keys) surface.emplace(std::get<0>(k), std::get<1>(k));
      tokens.system += surface.size();
      for (const auto& span : surface) tokens.correct += gold_tokens.count(span);
      for (size_t i = 0; i < sentence.tokens.size(); ++i) {
        const int head = sentence.tokens[i].head;
        system_words[keys[i]] = {nullptr, &sentence.tokens[i], head > 0 ? keys[head - 1] : root};
      }
    }
    tokens.gold += gold_tokens.size();
    sentences.gold += gold_sentences.size();
    std::vector<Counts*> all = {&words, &upos, &xpos, &ufeats, &lemma, &uas, &las};
    for (Counts& c : feature_counts) all.push_back(&c);
    for (Counts* c : all) {
      c->gold += gold_words.size();
      c->system += system_words.size();
    }
    for (const auto& [key, sys] : system_words) {
      auto it = gold_words.find(key);
      if (it == gold_words.end()) continue;
      const ConlluWord& g = *it->second.gold;
      const Token& t = *sys.system;
      const std::string gold_feats = g.feats == "_" ? "" : g.feats;
      words.correct += 1;
      upos.correct += t.upos == g.upos;
      xpos.correct += t.xpos == g.xpos;
      ufeats.correct += t.feats == gold_feats;
      lemma.correct += t.lemma == g.lemma;
      for (size_t f = 0; f < features.size(); ++f)
        feature_counts[f].correct += syntax_internal::feature_value(t.feats, features[f]) ==
                                     syntax_internal::feature_value(gold_feats, features[f]);
      if (sys.head_key == it->second.head_key) {
        uas.correct += 1;
        las.correct +=
            t.deprel.substr(0, t.deprel.find(':')) == g.deprel.substr(0, g.deprel.find(':'));
      }
    }
  }
  SyntaxScores scores = {{"Tokens", tokens.f1()}, {"Sentences", sentences.f1()},
                         {"Words", words.f1()},   {"UPOS", upos.f1()},
                         {"XPOS", xpos.f1()},     {"UFeats", ufeats.f1()}};
  for (size_t f = 0; f < features.size(); ++f)
    scores.emplace_back("Feat_" + features[f], feature_counts[f].f1());
  scores.emplace_back("Lemma", lemma.f1());
  scores.emplace_back("UAS", uas.f1());
  scores.emplace_back("LAS", las.f1());
  scores.emplace_back("words", words.gold);
  scores.emplace_back("tokens_per_s", seconds > 0 ? words.system / seconds : 0.0);
  return scores;
}

}  // namespace eventwire
