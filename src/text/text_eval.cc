#include "eventwire/text_eval.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>

#include "text/utf8_util.h"

namespace eventwire {
namespace {

using SpanSet = std::set<std::tuple<uint32_t, uint32_t, int>>;

// Counts, for every code point offset of `text`, the non-whitespace code points before it.
std::vector<uint32_t> nonspace_prefix(std::string_view text) {
  std::vector<uint32_t> prefix;
  prefix.reserve(text.size() + 1);
  uint32_t count = 0;
  size_t i = 0;
  while (i < text.size()) {
    prefix.push_back(count);
    char32_t cp = 0;
    int length = utf8::decode(text, i, cp);
    if (length <= 0) length = 1;
    if (!utf8::is_space(cp)) ++count;
    i += static_cast<size_t>(length);
  }
  prefix.push_back(count);
  return prefix;
}

void score(const SpanSet& gold, const SpanSet& system, F1Score& out) {
  out.gold += gold.size();
  out.system += system.size();
  for (const auto& span : system) out.correct += gold.count(span);
}

}  // namespace

std::vector<RawDocument> raw_documents(const std::vector<ConlluSentence>& gold) {
  std::vector<RawDocument> docs;
  for (const ConlluSentence& sentence : gold) {
    if (docs.empty() || sentence.newdoc) {
      docs.emplace_back();
      docs.back().article.id = sentence.newdoc_id;
    }
    RawDocument& doc = docs.back();
    Article& article = doc.article;
    bool new_paragraph = article.paragraphs.empty() || sentence.newpar;
    uint32_t cp_start = count_code_points(article.text);
    if (new_paragraph) {
      if (!article.text.empty()) article.text += "\n\n", cp_start += 2;
      article.paragraphs.push_back({cp_start, cp_start});
    } else {
      article.text += ' ', ++cp_start;
    }
    article.text += sentence.text;
    article.paragraphs.back().end = cp_start + count_code_points(sentence.text);
    doc.sentences.push_back(&sentence);
  }
  return docs;
}

SegmentationScores evaluate_segmentation(const std::vector<ConlluSentence>& gold,
                                         const SegmentOptions& options, bool collect_errors) {
  SegmentationScores scores;
  std::vector<RawDocument> docs = raw_documents(gold);
  for (const RawDocument& doc : docs) {
    std::vector<uint32_t> prefix = nonspace_prefix(doc.article.text);
    scores.characters += doc.article.text.size();
    // Gold spans, walking the forms in order (they equal the text without whitespace).
    SpanSet gold_tokens, gold_mwt, gold_words, gold_sentences;
    uint32_t position = 0;
    for (const ConlluSentence* sentence : doc.sentences) {
      uint32_t sentence_start = position;
      for (const auto& surface : sentence->surface_tokens()) {
        uint32_t length = 0;
        for (size_t i = 0; i < surface.form.size();) {
          char32_t cp = 0;
          int n = utf8::decode(surface.form, i, cp);
          if (n <= 0) n = 1;
          if (!utf8::is_space(cp)) ++length;
          i += static_cast<size_t>(n);
        }
        gold_tokens.insert({position, position + length, 0});
        if (surface.last > surface.first) gold_mwt.insert({position, position + length, 0});
        for (int w = surface.first; w <= surface.last; ++w)
          gold_words.insert({position, position + length,
                             surface.last > surface.first ? w - surface.first + 1 : 0});
        position += length;
      }
      gold_sentences.insert({sentence_start, position, 0});
    }
    auto start = std::chrono::steady_clock::now();
    std::vector<Sentence> sentences = segment_article(doc.article, options, nullptr);
    scores.seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    SpanSet sys_tokens, sys_mwt, sys_words, sys_sentences;
    for (const Sentence& sentence : sentences) {
      sys_sentences.insert({prefix[sentence.start], prefix[sentence.end], 0});
      size_t next_mwt = 0;
      for (size_t i = 0; i < sentence.tokens.size(); ++i) {
        if (next_mwt < sentence.multiword_tokens.size() &&
            sentence.multiword_tokens[next_mwt].first == static_cast<int>(i)) {
          const MultiwordToken& mwt = sentence.multiword_tokens[next_mwt++];
          uint32_t b = prefix[mwt.start], e = prefix[mwt.end];
          sys_tokens.insert({b, e, 0});
          sys_mwt.insert({b, e, 0});
          for (int w = mwt.first; w <= mwt.last; ++w) sys_words.insert({b, e, w - mwt.first + 1});
          i = mwt.last;
          continue;
        }
        const Token& token = sentence.tokens[i];
        sys_tokens.insert({prefix[token.start], prefix[token.end], 0});
        sys_words.insert({prefix[token.start], prefix[token.end], 0});
      }
    }
    if (collect_errors) {
      // Map non-space positions back to code points to quote the text.
      std::vector<uint32_t> cp_of_position(prefix.back() + 1, 0);
      for (size_t cp = prefix.size() - 1; cp-- > 0;)
        cp_of_position[prefix[cp]] = static_cast<uint32_t>(cp);
      CodePointIndex index(doc.article.text);
      auto quote = [&](uint32_t b, uint32_t e, size_t context) {
        uint32_t cb = cp_of_position[b],
                 ce = e < cp_of_position.size() ? cp_of_position[e] : index.size();
        uint32_t lb = cb > context ? cb - static_cast<uint32_t>(context) : 0;
        uint32_t le = std::min<uint32_t>(index.size(), ce + static_cast<uint32_t>(context));
        std::string_view t(doc.article.text);
        auto piece = [&](uint32_t x, uint32_t y) {
          return std::string(t.substr(index.to_byte(x), index.to_byte(y) - index.to_byte(x)));
        };
        return piece(lb, cb) + "«" + piece(cb, ce) + "»" + piece(ce, le);
      };
      for (const auto& s : gold_tokens)
        if (!sys_tokens.count(s))
          scores.errors.push_back("-token " + quote(std::get<0>(s), std::get<1>(s), 15));
      for (const auto& s : sys_tokens)
        if (!gold_tokens.count(s))
          scores.errors.push_back("+token " + quote(std::get<0>(s), std::get<1>(s), 15));
      std::set<uint32_t> gold_ends, sys_ends;
      for (const auto& s : gold_sentences) gold_ends.insert(std::get<1>(s));
      for (const auto& s : sys_sentences) sys_ends.insert(std::get<1>(s));
      for (uint32_t e : gold_ends)
        if (!sys_ends.count(e))
          scores.errors.push_back("-split " + quote(e > 0 ? e - 1 : 0, e, 30));
      for (uint32_t e : sys_ends)
        if (!gold_ends.count(e))
          scores.errors.push_back("+split " + quote(e > 0 ? e - 1 : 0, e, 30));
    }
    score(gold_tokens, sys_tokens, scores.tokens);
    score(gold_mwt, sys_mwt, scores.multiwords);
    score(gold_words, sys_words, scores.words);
    score(gold_sentences, sys_sentences, scores.sentences);
  }
  return scores;
}

}  // namespace eventwire
