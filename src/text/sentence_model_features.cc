// Gap features of the sentence-boundary classifier and the decision over a
// paragraph. Shared by training and inference so that both see the same input.
#include <utf8proc.h>

#include <algorithm>

#include "base/fingerprint.h"
#include "text/sentence_model_data.h"
#include "text/utf8_util.h"

namespace eventwire::segmenter {
namespace {

uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return x;
}

CharClass classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return kUpper;
    if (cp >= 'a' && cp <= 'z') return kLower;
    if (cp >= '0' && cp <= '9') return kDigit;
    return kPunct;
  }
  if (utf8::ascii_fold(cp)) return kPunct;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return kUpper;
    case UTF8PROC_CATEGORY_LL:
      return kLower;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return kOther;
    default:
      return kPunct;
  }
}

bool is_terminal_text(std::string_view s) {
  if (s == "\xE2\x80\xA6" || s == "\xE2\x80\xA6\xE2\x80\xA6") return true;
  return !s.empty() && s.find_first_not_of(".!?") == std::string_view::npos;
}

bool is_closer_text(std::string_view s) {
  return s == ")" || s == "]" || s == "}" || s == "\"" || s == "'" || s == "\xE2\x80\x9D" ||
         s == "\xE2\x80\x99" || s == "\xC2\xBB";
}

}  // namespace

uint64_t hash_bytes(std::string_view bytes, uint64_t seed) {
  return base::fnv1a(bytes, base::kFnv1aOffset ^ seed);
}

bool ModelData::is_lowercase_word(uint32_t word_hash) const {
  return std::binary_search(lowercase_words.begin(), lowercase_words.end(), word_hash);
}

void token_edges(std::string_view text, const tokenizer::SurfaceToken& token, TokenInfo& info) {
  std::string_view s = text.substr(token.start, token.end - token.start);
  info.first = info.last = 0;
  info.lead = 0;
  if (s.empty()) return;
  info.lead = s[0];
  char32_t cp = 0;
  if (utf8::decode(s, 0, cp) <= 0) cp = 0xFFFD;
  info.first = classify(cp);
  size_t last = s.size() - 1;
  while (last > 0 && (static_cast<unsigned char>(s[last]) & 0xC0) == 0x80) --last;
  if (utf8::decode(s, last, cp) <= 0) cp = 0xFFFD;
  info.last = classify(cp);
}

void token_details(std::string_view text, const tokenizer::SurfaceToken& token, TokenInfo& info) {
  std::string_view s = text.substr(token.start, token.end - token.start);
  uint64_t lower = base::kFnv1aOffset, shape = base::kFnv1aOffset;
  char previous = 0;
  int repeat = 0;
  bool any_lower = false, any_upper = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char symbol;
    if (c < 0x80) {  // the common case, without decoding
      if (c >= 'A' && c <= 'Z')
        symbol = 'X', any_upper = true, c = static_cast<unsigned char>(c + 32);
      else if (c >= 'a' && c <= 'z')
        symbol = 'x', any_lower = true;
      else if (c >= '0' && c <= '9')
        symbol = 'd';
      else
        symbol = static_cast<char>(c);
      lower = base::fnv1a_step(lower, c);
      ++i;
    } else {
      char32_t cp = 0;
      int n = utf8::decode(s, i, cp);
      if (n <= 0) n = 1, cp = 0xFFFD;
      for (int k = 0; k < n; ++k)
        lower = base::fnv1a_step(lower, static_cast<unsigned char>(s[i + static_cast<size_t>(k)]));
      CharClass cls = classify(cp);
      if (cls == kUpper)
        symbol = 'X', any_upper = true;
      else if (cls == kLower)
        symbol = 'x', any_lower = true;
      else if (cls == kDigit)
        symbol = 'd';
      else if (cls == kOther)
        symbol = 'o';
      else
        symbol = utf8::ascii_fold(cp) ? utf8::ascii_fold(cp)[0] : '*';
      i += static_cast<size_t>(n);
    }
    // Runs collapse: "Trump" → "Xx", "1,000" → "d,d", "...." → "..".
    repeat = symbol == previous ? repeat + 1 : 0;
    if (repeat < (symbol == '.' ? 2 : 1))
      shape = base::fnv1a_step(shape, static_cast<unsigned char>(symbol));
    previous = symbol;
  }
  info.lower = mix(lower);
  info.shape = mix(shape);
  info.length = static_cast<uint8_t>(std::min<size_t>(s.size(), 255));
  info.terminal = is_terminal_text(s);
  info.abbreviation = !info.terminal && s.size() > 1 && s.back() == '.';
  info.title = info.abbreviation && s.size() <= 6 && tokenizer::is_title_abbreviation(s);
  info.closer = is_closer_text(s);
  info.all_caps = any_upper && !any_lower && s.size() > 1;
}

void gap_features(const std::vector<TokenInfo>& info,
                  const std::vector<tokenizer::SurfaceToken>& tokens, size_t i, bool rule_boundary,
                  const ModelData& model, std::vector<uint32_t>& out) {
  static const TokenInfo kEdge = [] {
    TokenInfo edge;
    edge.lower = edge.shape = 0x5EED;
    return edge;
  }();
  size_t n = info.size();
  const TokenInfo& l2 = i > 0 ? info[i - 1] : kEdge;
  const TokenInfo& l1 = info[i];
  const TokenInfo& r1 = info[i + 1];
  const TokenInfo& r2 = i + 2 < n ? info[i + 2] : kEdge;
  unsigned shift = 64 - model.hash_bits;
  auto add = [&](uint64_t feature, uint64_t a, uint64_t b = 0) {
    out.push_back(static_cast<uint32_t>(
        mix((a ^ (b * 0x9E3779B97F4A7C15ULL)) + feature * 0xC2B2AE3D27D4EB4FULL) >> shift));
  };
  bool attached = tokens[i + 1].start == tokens[i].end;
  bool right_lexical_lower =
      r1.first == kUpper && model.is_lowercase_word(static_cast<uint32_t>(r1.lower));
  uint64_t left_flags = l1.terminal | (l1.abbreviation << 1) | (l1.title << 2) | (l1.closer << 3) |
                        (l2.terminal << 4) | (l2.abbreviation << 5);
  uint64_t right_class =
      r1.first | (r1.all_caps << 3) | (right_lexical_lower << 4) | (r1.closer << 5);
  uint64_t rule = rule_boundary;
  uint64_t position = std::min<size_t>(i, 3) | (std::min<size_t>(n - i - 2, 3) << 2);
  add(1, 0);
  add(2, l1.lower);
  add(3, r1.lower);
  add(4, l2.lower);
  add(5, r2.lower);
  add(6, l1.lower, r1.lower);
  add(7, l2.lower, l1.lower);
  add(8, r1.lower, r2.lower);
  add(9, l1.shape);
  add(10, r1.shape);
  add(11, l2.shape, l1.shape);
  add(12, r1.shape, r2.shape);
  add(13, l1.shape, r1.shape);
  add(14, l1.shape ^ mix(l2.shape), r1.shape);
  add(15, l1.shape, r1.shape ^ mix(r2.shape));
  add(16, l1.lower, r1.shape);
  add(17, l1.shape, r1.lower);
  add(18, rule);
  add(19, rule, right_class);
  add(20, rule | (attached << 1), l1.shape);
  add(21, left_flags, right_class);
  add(22, left_flags | (attached << 8), r1.shape);
  add(23, right_class, l1.lower);
  add(24, right_lexical_lower | (rule << 1));
  add(25, std::min<uint8_t>(l1.length, 12) | (left_flags << 8), right_class);
  add(26, std::min<uint8_t>(r1.length, 12), right_class);
  add(27, position, rule);
  add(28, position | (right_class << 4), l1.shape);
  add(29, attached | (rule << 1), right_class | (left_flags << 8));
  add(30, r1.lower, rule | (l1.terminal << 1));
}

std::vector<size_t> model_sentence_ends(const ModelData& model, std::string_view text,
                                        const std::vector<tokenizer::SurfaceToken>& tokens) {
  size_t n = tokens.size();
  std::vector<size_t> ends;
  if (n < 2) {
    ends.push_back(n);
    return ends;
  }
  // Per-thread scratch: a paragraph at a time, without allocating each time.
  thread_local std::vector<TokenInfo> info;
  thread_local std::vector<uint8_t> detailed, rules, continued;
  thread_local std::vector<uint32_t> features;
  info.resize(n);
  for (size_t i = 0; i < n; ++i) token_edges(text, tokens[i], info[i]);
  // Details only for the tokens around candidate gaps: most gaps are not.
  detailed.assign(n, 0);
  auto details = [&](size_t k) {
    if (!detailed[k]) token_details(text, tokens[k], info[k]), detailed[k] = 1;
  };
  rule_gaps(text, tokens, rules);
  bracket_continuations(text, tokens, info, continued);
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!is_candidate(info[i], info[i + 1]) || continued[i]) continue;
    for (size_t k = i > 0 ? i - 1 : 0; k < std::min(n, i + 3); ++k) details(k);
    features.clear();
    gap_features(info, tokens, i, rules[i] != 0, model, features);
    int32_t score = 0;
    for (uint32_t bucket : features) score += model.weights[bucket];
    if (score > model.threshold) ends.push_back(i + 1);
  }
  ends.push_back(n);
  if (n > (1u << 16)) {  // a huge paragraph: do not keep its scratch for the life of the thread
    std::vector<TokenInfo>().swap(info);
    std::vector<uint8_t>().swap(detailed);
    std::vector<uint8_t>().swap(rules);
    std::vector<uint8_t>().swap(continued);
  }
  return ends;
}

void bracket_continuations(std::string_view text,
                           const std::vector<tokenizer::SurfaceToken>& tokens,
                           const std::vector<TokenInfo>& info, std::vector<uint8_t>& gaps) {
  size_t n = tokens.size();
  gaps.assign(n, 0);
  // Open brackets as (index, kind); a stray closer is ignored, a mismatched one
  // drops the unmatched openers above its partner.
  thread_local std::vector<std::pair<size_t, char>> open;
  open.clear();
  for (size_t k = 0; k < n; ++k) {
    char lead = static_cast<char>(info[k].lead);
    if (tokens[k].end - tokens[k].start != 1) continue;
    if (lead == '(' || lead == '[') {
      open.emplace_back(k, lead);
      continue;
    }
    if (lead != ')' && lead != ']') continue;
    char partner = lead == ')' ? '(' : '[';
    while (!open.empty() && open.back().second != partner) open.pop_back();
    if (open.empty()) continue;
    size_t o = open.back().first;
    open.pop_back();
    if (o == 0 || k + 1 >= n || info[k + 1].first != kLower) continue;
    const TokenInfo& before = info[o - 1];
    bool word_before = before.last == kUpper || before.last == kLower || before.last == kDigit;
    std::string_view previous =
        text.substr(tokens[o - 1].start, tokens[o - 1].end - tokens[o - 1].start);
    if (word_before || previous == ",") gaps[k] = 1;
  }
  if (open.capacity() > 4096) std::vector<std::pair<size_t, char>>().swap(open);
}

void rule_gaps(std::string_view text, const std::vector<tokenizer::SurfaceToken>& tokens,
               std::vector<uint8_t>& gaps) {
  gaps.assign(tokens.size(), 0);
  for (size_t end : rule_sentence_ends(text, tokens))
    if (end > 0 && end < tokens.size()) gaps[end - 1] = 1;
}

}  // namespace eventwire::segmenter
