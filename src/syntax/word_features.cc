#include "syntax/word_features.h"

#include <algorithm>
#include <charconv>

#include "syntax/hash.h"

namespace eventwire::syntax_internal {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

// Templates hash ids: each call site uses a distinct constant.
enum : uint32_t {
  kBias = 1,
  kForm,
  kLower,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kSuffix5,
  kShape,
  kPrev1W,
  kPrev2W,
  kNext1W,
  kNext2W,
  kPrevTag,
  kPrevTags,
  kPrevTagW,
  kPrevW_W,
  kW_NextW,
  kNextSuffix3,
  kPrevSuffix3,
  kNextShape,
  kFirstCap,
  kPrevTagNextW,
  kPrevShape,
  kNextTag = 60,
  kNextTags,
  kNextTagW,
  kPrevNextTag,
  kNextTagNextW,
  kFeatTag = 100,
  kFeatTagW,
  kFeatTagS1,
  kFeatTagS2,
  kFeatTagS3,
  kFeatTagPrevTag,
  kFeatTagNextTag,
  kFeatTagPrevW,
  kFeatTagNextW,
  kFeatTagPrev2W,
  kFeatTagFirst,
  kFeatTagPrevTagW,
  kFeatTagShape,
  kLemTag = 200,
  kLemS1,
  kLemS2,
  kLemS3,
  kLemS4,
  kLemS5,
  kLemShape,
  kLemW,
  kLemP1,
  kLemP2,
};

const WordFeatures& at(const std::vector<WordFeatures>& words, long i) {
  static const WordFeatures before = [] {
    WordFeatures w;
    compute_word_features("<s>", w);
    w.lower_hash = w.form = 0x1234567ULL;
    return w;
  }();
  static const WordFeatures after = [] {
    WordFeatures w;
    compute_word_features("</s>", w);
    w.lower_hash = w.form = 0x7654321ULL;
    return w;
  }();
  if (i < 0) return before;
  if (i >= static_cast<long>(words.size())) return after;
  return words[static_cast<size_t>(i)];
}

}  // namespace

void compute_word_features(std::string_view text, WordFeatures& out) {
  out.lower = ascii_lower(text);
  out.form = hash_bytes(text);
  out.lower_hash = hash_bytes(out.lower);
  std::string shape;
  for (unsigned char c : text) {
    char s = shape_class(c);
    if (shape.size() >= 2 && shape.back() == s && shape[shape.size() - 2] == s) continue;
    shape.push_back(s);
    if (shape.size() > 12) break;
  }
  out.shape = hash_bytes(shape);
  const std::string_view lower(out.lower);
  for (size_t k = 0; k < 3; ++k) out.prefix[k] = hash_bytes(lower.substr(0, k + 1)) + k;
  for (size_t k = 0; k < 5; ++k)
    out.suffix[k] =
        hash_bytes(lower.substr(lower.size() > k + 1 ? lower.size() - k - 1 : 0)) + 7 * k;
  out.capitalized = !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
}

size_t tagger_word_keys(const WordFeatures& w, uint64_t* out) {
  size_t n = 0;
  out[n++] = feature_key(kBias, 0);
  out[n++] = feature_key(kForm, w.form);
  out[n++] = feature_key(kLower, w.lower_hash);
  for (int k = 0; k < 3; ++k) out[n++] = feature_key(kPrefix1 + k, w.prefix[k]);
  for (int k = 0; k < 5; ++k) out[n++] = feature_key(kSuffix1 + k, w.suffix[k]);
  out[n++] = feature_key(kShape, w.shape);
  return n;
}

size_t tagger_context_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                           uint64_t* out) {
  const long p = static_cast<long>(i);
  const WordFeatures& w = words[i];
  const WordFeatures& wp1 = at(words, p - 1);
  const WordFeatures& wp2 = at(words, p - 2);
  const WordFeatures& wn1 = at(words, p + 1);
  const WordFeatures& wn2 = at(words, p + 2);
  const uint64_t t1 = tag_value(prev1), t2 = tag_value(prev2);
  size_t n = 0;
  out[n++] = feature_key(kPrev1W, wp1.lower_hash);
  out[n++] = feature_key(kPrev2W, wp2.lower_hash);
  out[n++] = feature_key(kNext1W, wn1.lower_hash);
  out[n++] = feature_key(kNext2W, wn2.lower_hash);
  out[n++] = feature_key(kPrevTag, t1);
  out[n++] = feature_key(kPrevTags, t1, t2);
  out[n++] = feature_key(kPrevTagW, t1, w.lower_hash);
  out[n++] = feature_key(kPrevW_W, wp1.lower_hash, w.lower_hash);
  out[n++] = feature_key(kW_NextW, w.lower_hash, wn1.lower_hash);
  out[n++] = feature_key(kNextSuffix3, wn1.suffix[2]);
  out[n++] = feature_key(kPrevSuffix3, wp1.suffix[2]);
  out[n++] = feature_key(kNextShape, wn1.shape, w.shape);
  out[n++] = feature_key(kFirstCap, i == 0, w.capitalized);
  out[n++] = feature_key(kPrevTagNextW, t1, wn1.lower_hash);
  out[n++] = feature_key(kPrevShape, wp1.shape, w.shape);
  return n;
}

size_t tagger_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                   uint64_t* out) {
  const size_t n = tagger_word_keys(words[i], out);
  return n + tagger_context_keys(words, i, prev1, prev2, out + n);
}

size_t tagger2_context_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                            int next1, int next2, uint64_t* out) {
  size_t n = tagger_context_keys(words, i, prev1, prev2, out);
  const uint64_t n1 = tag_value(next1), n2 = tag_value(next2);
  out[n++] = feature_key(kNextTag, n1);
  out[n++] = feature_key(kNextTags, n1, n2);
  out[n++] = feature_key(kNextTagW, n1, words[i].lower_hash);
  out[n++] = feature_key(kPrevNextTag, tag_value(prev1), n1);
  out[n++] = feature_key(kNextTagNextW, n1, at(words, static_cast<long>(i) + 1).lower_hash);
  return n;
}

size_t tagger2_keys(const std::vector<WordFeatures>& words, size_t i, int prev1, int prev2,
                    int next1, int next2, uint64_t* out) {
  const size_t n = tagger_word_keys(words[i], out);
  return n + tagger2_context_keys(words, i, prev1, prev2, next1, next2, out + n);
}

size_t feats_keys(const std::vector<WordFeatures>& words, const std::vector<int>& tags, size_t i,
                  uint64_t* out) {
  const long p = static_cast<long>(i);
  const uint64_t t = tag_value(tags[i]);
  const uint64_t tp = i > 0 ? tag_value(tags[i - 1]) : tag_value(-1);
  const uint64_t tn = i + 1 < tags.size() ? tag_value(tags[i + 1]) : tag_value(-2);
  const WordFeatures& w = words[i];
  size_t n = 0;
  out[n++] = feature_key(kFeatTag, t);
  out[n++] = feature_key(kFeatTagW, t, w.lower_hash);
  out[n++] = feature_key(kFeatTagS1, t, w.suffix[0]);
  out[n++] = feature_key(kFeatTagS2, t, w.suffix[1]);
  out[n++] = feature_key(kFeatTagS3, t, w.suffix[2]);
  out[n++] = feature_key(kFeatTagPrevTag, t, tp);
  out[n++] = feature_key(kFeatTagNextTag, t, tn);
  out[n++] = feature_key(kFeatTagPrevW, t, at(words, p - 1).lower_hash);
  out[n++] = feature_key(kFeatTagNextW, t, at(words, p + 1).lower_hash);
  out[n++] = feature_key(kFeatTagPrev2W, t, at(words, p - 2).lower_hash);
  out[n++] = feature_key(kFeatTagFirst, t, i == 0);
  out[n++] = feature_key(kFeatTagPrevTagW, t, tp, at(words, p - 1).lower_hash);
  out[n++] = feature_key(kFeatTagShape, t, w.shape);
  return n;
}

size_t lemma_keys(const std::vector<WordFeatures>& words, const std::vector<int>& tags, size_t i,
                  uint64_t* out) {
  const uint64_t t = tag_value(tags[i]);
  const WordFeatures& w = words[i];
  size_t n = 0;
  out[n++] = feature_key(kLemTag, t);
  for (int k = 0; k < 5; ++k) out[n++] = feature_key(kLemS1 + k, t, w.suffix[k]);
  out[n++] = feature_key(kLemShape, t, w.shape);
  out[n++] = feature_key(kLemW, t, w.lower_hash);
  out[n++] = feature_key(kLemP1, t, w.prefix[0], w.suffix[2]);
  out[n++] = feature_key(kLemP2, w.capitalized, w.suffix[1]);
  return n;
}

std::string make_edit_script(std::string_view form, std::string_view lemma) {
  auto build = [&](char mode, std::string_view base) {
    size_t common = 0;
    while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
    std::string script(1, mode);
    script.append(std::to_string(base.size() - common));
    script.push_back('|');
    script.append(lemma.substr(common));
    return script;
  };
  std::string keep = build('k', form);
  const std::string lower = ascii_lower(form);
  if (lower == form) return keep;
  std::string lowered = build('l', lower);
  // Prefer whichever keeps more of the form; ties go to keeping the case.
  return lowered.size() < keep.size() ? lowered : keep;
}

bool apply_edit_script(std::string_view form, std::string_view script, std::string& lemma) {
  if (script.size() < 3) return false;
  const size_t bar = script.find('|');
  if (bar == std::string_view::npos) return false;
  size_t strip = 0;
  auto [ptr, ec] = std::from_chars(script.data() + 1, script.data() + bar, strip);
  if (ec != std::errc() || ptr != script.data() + bar || strip > form.size()) return false;
  lemma = script[0] == 'l' ? ascii_lower(form) : std::string(form);
  lemma.resize(form.size() - strip);
  // A strip that cuts a UTF-8 sequence would produce invalid text.
  if (!lemma.empty() && (static_cast<unsigned char>(lemma.back()) & 0xC0) == 0xC0) return false;
  if (strip > 0 && strip < form.size() &&
      (static_cast<unsigned char>(form[form.size() - strip]) & 0xC0) == 0x80)
    return false;
  lemma.append(script.substr(bar + 1));
  return !lemma.empty();
}

}  // namespace eventwire::syntax_internal
