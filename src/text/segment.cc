// Sentence splitting over the tokenizer's surface tokens, and assembly of
// Sentence/Token records with code point and byte offsets.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "eventwire/sentence_model.h"
#include "eventwire/text.h"
#include "text/sentence_model_data.h"
#include "text/tokenizer.h"
#include "text/utf8_util.h"

namespace eventwire {
namespace {

using tokenizer::SurfaceToken;

bool all_of_chars(std::string_view s, std::string_view allowed) {
  return !s.empty() && s.find_first_not_of(allowed) == std::string_view::npos;
}

char32_t first_code_point(std::string_view s) {
  char32_t cp = 0;
  if (s.empty() || utf8::decode(s, 0, cp) <= 0) return 0;
  return cp;
}

bool is_terminal(std::string_view token) {
  return all_of_chars(token, ".!?") || token == "\xE2\x80\xA6" ||
         token == "\xE2\x80\xA6\xE2\x80\xA6";
}

bool is_closer(std::string_view token) {
  return token == ")" || token == "]" || token == "}" || token == "\"" || token == "'" ||
         token == "\xE2\x80\x9D" /* ” */ || token == "\xE2\x80\x99" /* ’ */ ||
         token == "\xC2\xBB" /* » */;
}

bool is_opener(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
         cp == 0x00AB || cp == 0x00BF || cp == 0x00A1;
}

bool starts_sentence_like(std::string_view token) {
  char32_t cp = first_code_point(token);
  if (cp == 0) return true;
  if (cp < 0x80) {
    if (std::isupper(static_cast<int>(cp)) || std::isdigit(static_cast<int>(cp))) return true;
    if (std::islower(static_cast<int>(cp))) return false;
    return is_opener(cp) || cp == '-' || cp == '*' || cp == '#' || cp == '@';
  }
  if (is_opener(cp)) return true;
  // Non-ASCII letters: treat title-case or caseless scripts as a start.
  return true;
}

// Capitalized function words that begin sentences after an abbreviation ("… in the U.S. The …").
bool is_common_sentence_start(std::string_view token) {
  static constexpr std::array<std::string_view, 28> kStarts = {
      "The",   "He",  "She", "It",    "They", "We",   "I",     "This", "That", "These",
      "Those", "But", "And", "In",    "On",   "At",   "A",     "An",   "His",  "Her",
      "Their", "Its", "Our", "There", "If",   "When", "After", "Mr."};
  return std::find(kStarts.begin(), kStarts.end(), token) != kStarts.end();
}

std::string_view view(std::string_view text, const SurfaceToken& t) {
  return text.substr(t.start, t.end - t.start);
}

}  // namespace

// The rule splitter: indices (exclusive ends) of sentence boundaries in `tokens`.
// Also a feature of the trained model (sentence_model_features.cc).
std::vector<size_t> segmenter::rule_sentence_ends(std::string_view text,
                                                  const std::vector<SurfaceToken>& tokens) {
  std::vector<size_t> ends;
  size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    std::string_view token = view(text, tokens[i]);
    bool terminal = is_terminal(token);
    bool abbreviation_end = false;
    if (!terminal && token.size() > 1 && token.back() == '.' &&
        !tokenizer::is_title_abbreviation(token))
      abbreviation_end = true;
    if (!terminal && !abbreviation_end) continue;
    size_t j = i + 1;
    while (j < n && is_closer(view(text, tokens[j]))) {
      std::string_view closer = view(text, tokens[j]);
      // A straight quote after a space opens the next sentence instead.
      bool attached = tokens[j].start == tokens[j - 1].end;
      if ((closer == "\"" || closer == "'") && !attached) break;
      ++j;
    }
    if (j == n) break;
    std::string_view next = view(text, tokens[j]);
    if (abbreviation_end ? is_common_sentence_start(next) : starts_sentence_like(next)) {
      ends.push_back(j);
      i = j - 1;
    }
  }
  ends.push_back(n);
  return ends;
}

namespace {

// Byte → code point offsets for increasing byte positions, without a table.
class CodePointCursor {
 public:
  CodePointCursor(std::string_view text, uint32_t byte, uint32_t code_point)
      : text_(text), byte_(byte), code_point_(code_point) {}
  uint32_t to_code_point(uint32_t byte) {
    if (byte < byte_) {  // rare: step back
      for (; byte_ > byte; --byte_)
        code_point_ -= (static_cast<unsigned char>(text_[byte_ - 1]) & 0xC0) != 0x80;
      return code_point_;
    }
    for (; byte_ < byte; ++byte_)
      code_point_ += (static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80;
    return code_point_;
  }

 private:
  std::string_view text_;
  uint32_t byte_, code_point_;
};

void append_sentence(std::string_view text, CodePointCursor& index,
                     const std::vector<SurfaceToken>& tokens, size_t begin, size_t end,
                     int paragraph, std::vector<Sentence>& out) {
  if (begin >= end) return;
  Sentence sentence;
  sentence.id = static_cast<int>(out.size());
  sentence.paragraph = paragraph;
  sentence.byte_start = tokens[begin].start;
  sentence.byte_end = tokens[end - 1].end;
  sentence.start = index.to_code_point(sentence.byte_start);
  sentence.end = index.to_code_point(sentence.byte_end);
  auto make_token = [&](uint32_t b, uint32_t e, bool space_after) {
    Token token;
    token.byte_start = b;
    token.byte_end = e;
    token.start = index.to_code_point(b);
    token.end = index.to_code_point(e);
    token.text.assign(text.substr(b, e - b));
    token.space_after = space_after;
    return token;
  };
  size_t words = 0;
  for (size_t i = begin; i < end; ++i) words += std::max<size_t>(tokens[i].words.size(), 1);
  sentence.tokens.reserve(words);
  for (size_t i = begin; i < end; ++i) {
    const SurfaceToken& surface = tokens[i];
    bool space_after = i + 1 < tokens.size() && tokens[i + 1].start > surface.end;
    if (i + 1 == end) space_after = true;
    if (surface.words.empty()) {
      sentence.tokens.push_back(make_token(surface.start, surface.end, space_after));
      continue;
    }
    MultiwordToken mwt;
    mwt.first = static_cast<int>(sentence.tokens.size());
    for (size_t w = 0; w < surface.words.size(); ++w) {
      bool last = w + 1 == surface.words.size();
      sentence.tokens.push_back(
          make_token(surface.words[w].start, surface.words[w].end, last ? space_after : false));
    }
    mwt.last = static_cast<int>(sentence.tokens.size()) - 1;
    mwt.text.assign(text.substr(surface.start, surface.end - surface.start));
    mwt.start = index.to_code_point(surface.start);
    mwt.end = index.to_code_point(surface.end);
    sentence.multiword_tokens.push_back(std::move(mwt));
  }
  out.push_back(std::move(sentence));
}

void segment_region(std::string_view text, CodePointCursor& index, uint32_t byte_begin,
                    uint32_t byte_end, int paragraph, const SegmentOptions& options,
                    std::vector<Sentence>& out, std::vector<std::string>* warnings) {
  std::vector<SurfaceToken> tokens;
  tokenizer::tokenize_surface(text, byte_begin, byte_end, tokens);
  size_t begin = 0;
  size_t limit = std::max<size_t>(options.max_sentence_tokens, 2);
  auto words = [&](size_t i) { return std::max<size_t>(tokens[i].words.size(), 1); };
  std::vector<size_t> ends =
      options.sentence_model
          ? segmenter::model_sentence_ends(options.sentence_model->data(), text, tokens)
          : segmenter::rule_sentence_ends(text, tokens);
  for (size_t end : ends) {
    // Bounded pieces: a run-on "sentence" (a 5 MB paragraph without punctuation) is
    // cut so that no piece has more than `limit` words.
    size_t total = 0;
    for (size_t i = begin; i < end; ++i) total += words(i);
    if (total > limit && warnings) {
      warnings->push_back("sentence at offset " +
                          std::to_string(index.to_code_point(tokens[begin].start)) + " has " +
                          std::to_string(total) + " tokens; cut into pieces of at most " +
                          std::to_string(limit));
    }
    while (begin < end) {
      size_t piece_end = begin, count = 0;
      while (piece_end < end && count + words(piece_end) <= limit) count += words(piece_end++);
      if (piece_end == begin) ++piece_end;
      append_sentence(text, index, tokens, begin, piece_end, paragraph, out);
      begin = piece_end;
    }
  }
}

}  // namespace

std::vector<Sentence> segment_article(const Article& article, const SegmentOptions& options,
                                      std::vector<std::string>* warnings) {
  std::vector<Sentence> sentences;
  std::string_view text(article.text);
  // Spans are code points; walk the text once to find their bytes.
  uint32_t total = count_code_points(text);
  uint32_t byte = 0, cp = 0;
  auto byte_of = [&](uint32_t target) {
    if (target < cp) byte = 0, cp = 0;
    while (cp < target && byte < text.size()) {
      ++byte;
      while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
      ++cp;
    }
    return byte;
  };
  auto region = [&](Span span, int paragraph) {
    uint32_t end_cp = std::min(span.end, total);
    uint32_t start_cp = std::min(span.start, end_cp);
    uint32_t byte_begin = byte_of(start_cp);
    CodePointCursor cursor(text, byte_begin, start_cp);
    uint32_t byte_end = byte_of(end_cp);
    segment_region(text, cursor, byte_begin, byte_end, paragraph, options, sentences, warnings);
  };
  if (article.title_span.end > article.title_span.start) region(article.title_span, -1);
  if (!article.paragraphs.empty()) {
    for (size_t p = 0; p < article.paragraphs.size(); ++p)
      region(article.paragraphs[p], static_cast<int>(p));
  } else if (article.title_span.end == 0) {
    region(Span{0, total}, 0);
  }
  return sentences;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<SurfaceToken> surface;
  tokenizer::tokenize_surface(text, 0, static_cast<uint32_t>(text.size()), surface);
  CodePointCursor index(text, 0, 0);
  std::vector<Sentence> out;
  if (!surface.empty()) append_sentence(text, index, surface, 0, surface.size(), 0, out);
  return out.empty() ? std::vector<Token>{} : std::move(out[0].tokens);
}

}  // namespace eventwire
