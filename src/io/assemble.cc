// Dates, paragraphs and the assembly of an article's single `text`.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <tuple>

#include "base/strings.h"
#include "eventwire/io.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

bool all_digits(const std::string& s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

bool is_blank(const std::string& line) {
  for (char c : line)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string trim(const std::string& s) {
  return std::string(base::trim(s));
}

// A line whose every word is capitalized (or upper case) is a heading,
// byline or dateline ("By Ann Lee", "NEW DELHI"): it never wraps on.
bool is_heading_like(std::string_view line) {
  bool start = true;
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    if (start && std::islower(u)) return false;
    start = std::isspace(u) || c == '-' || c == '/' || c == '(';
  }
  return true;
}

// A single line break inside a clause: `prev` does not end a sentence or a
// heading and `next` goes on in lower case or with a number (not a "2." or
// "2)" list item). Conservative: anything else stays a paragraph break.
bool is_soft_wrap(std::string_view prev, std::string_view next) {
  prev = base::trim(prev);
  next = base::trim(next);
  if (prev.empty() || next.empty()) return false;
  static constexpr std::string_view kEnds[] = {
      ".", "!", "?", ":", ";", "\"", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99"};
  for (std::string_view end : kEnds)
    if (prev.ends_with(end)) return false;
  if (is_heading_like(prev)) return false;
  unsigned char first = static_cast<unsigned char>(next[0]);
  if (std::islower(first)) return true;
  if (!std::isdigit(first)) return false;
  size_t digits = next.find_first_not_of("0123456789");
  return digits == std::string_view::npos || (next[digits] != '.' && next[digits] != ')');
}

// Between blank-line paragraphs, a line too long to be a hard wrap that does
// not run on into the next (is_soft_wrap: no closing punctuation, a lower-case
// start) closes its paragraph too: texts that mix blank lines with single
// line breaks (web copies) otherwise run several paragraphs into one.
bool ends_unwrapped_line(std::string_view prev, std::string_view next) {
  constexpr size_t kLongestWrappedLine = 100;
  return base::trim(prev).size() > kLongestWrappedLine && !is_soft_wrap(prev, next);
}

// Finds `piece` in `body` from `from`, where a space of `piece` may stand for
// the line break (or '\r') of a joined soft wrap.
size_t find_joined(std::string_view body, std::string_view piece, size_t from) {
  auto same = [](char b, char p) { return b == p || (p == ' ' && (b == '\n' || b == '\r')); };
  auto it = std::search(body.begin() + static_cast<std::ptrdiff_t>(std::min(from, body.size())),
                        body.end(), piece.begin(), piece.end(), same);
  return it == body.end() ? std::string_view::npos : static_cast<size_t>(it - body.begin());
}

// "HH:MM[:SS[.fff]][Z|±HH:MM]" after the date's 'T' or ' ': checked, then dropped.
bool valid_time_of_day(const std::string& s, size_t at) {
  auto two = [&](size_t i, int max) {
    return all_digits(s, i, 2) && (s[i] - '0') * 10 + (s[i + 1] - '0') <= max;
  };
  if (at >= s.size()) return false;
  if (!two(at, 23) || at + 2 >= s.size() || s[at + 2] != ':' || !two(at + 3, 59)) return false;
  size_t i = at + 5;
  if (i < s.size() && s[i] == ':') {
    if (!two(i + 1, 60)) return false;
    i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      size_t digits = 0;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++digits;
      if (digits == 0) return false;
    }
  }
  if (i == s.size()) return true;
  if (s[i] == 'Z' || s[i] == 'z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  if (!two(i + 1, 23)) return false;
  i += 3;
  if (i == s.size()) return true;
  if (s[i] == ':') ++i;
  return two(i, 59) && i + 2 == s.size();
}

void append_escaped_byte(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  out += "\\x";
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

// Length of the valid UTF-8 sequence at `i`, or 0.
size_t utf8_sequence(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

std::string printable(std::string_view bytes, size_t max_bytes) {
  std::string out;
  size_t i = 0;
  while (i < bytes.size()) {
    if (out.size() >= max_bytes) {
      out += "\xE2\x80\xA6";  // …
      break;
    }
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 || c == 0x7F) {
      append_escaped_byte(out, c);
      ++i;
      continue;
    }
    size_t n = utf8_sequence(bytes, i);
    if (n == 0) {
      append_escaped_byte(out, c);
      ++i;
      continue;
    }
    out.append(bytes.substr(i, n));
    i += n;
  }
  return out;
}

Status check_json_depth(std::string_view json, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth)
        return Status::invalid_input("JSON nested deeper than " + std::to_string(max_depth) +
                                     " levels (at byte " + std::to_string(i + 1) + ")");
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return Status::ok();
}

Result<std::string> normalize_date(const std::string& raw) {
  std::string input = trim(raw);
  if (input.empty()) return Status::invalid_input("missing date");
  int year = 0, month = 0, day = 0;
  if (all_digits(input, 0, 8) &&
      (input.size() == 8 || !std::isdigit(static_cast<unsigned char>(input[8])))) {
    year = std::stoi(input.substr(0, 4)), month = std::stoi(input.substr(4, 2)),
    day = std::stoi(input.substr(6, 2));
  } else if (all_digits(input, 0, 4) && input.size() >= 10 &&
             (input[4] == '-' || input[4] == '/') && input[7] == input[4] &&
             all_digits(input, 5, 2) && all_digits(input, 8, 2) &&
             (input.size() == 10 || input[10] == 'T' || input[10] == ' ')) {
    year = std::stoi(input.substr(0, 4)), month = std::stoi(input.substr(5, 2)),
    day = std::stoi(input.substr(8, 2));
    if (input.size() > 10 && !valid_time_of_day(input, 11))
      return Status::invalid_input(
          "date \"" + printable(raw, 60) +
          "\" has no valid time of day after the date (HH:MM[:SS][Z|+HH:MM])");
  } else {
    return Status::invalid_input("date \"" + printable(raw, 60) +
                                 "\" is not in the form YYYY-MM-DD");
  }
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days_in_month = month >= 1 && month <= 12 ? kDays[month - 1] + (month == 2 && leap) : 0;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month)
    return Status::invalid_input("date \"" + printable(raw, 60) +
                                 "\" is not a valid calendar date");
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

bool single_break_ends_paragraph(std::string_view prev, std::string_view next,
                                 bool body_has_blank_lines) {
  return body_has_blank_lines ? ends_unwrapped_line(prev, next) : !is_soft_wrap(prev, next);
}

std::vector<std::string> split_paragraphs(const std::string& body) {
  std::vector<std::string> lines;
  for (size_t start = 0; start <= body.size();) {
    size_t newline = body.find('\n', start);
    if (newline == std::string::npos) newline = body.size();
    lines.push_back(body.substr(start, newline - start));
    start = newline + 1;
  }
  // Blank lines separate paragraphs; a body without any uses single line breaks.
  size_t first = 0, last = lines.size();
  while (first < last && is_blank(lines[first])) ++first;
  while (last > first && is_blank(lines[last - 1])) --last;
  bool has_blank_line = false;
  for (size_t i = first; i < last; ++i) has_blank_line = has_blank_line || is_blank(lines[i]);
  std::vector<std::string> paragraphs;
  std::string current;
  for (size_t i = first; i < last; ++i) {
    if (!has_blank_line) {
      // Soft wraps are joined by a space of the same length as the break, so
      // offsets inside the paragraph still map one to one to the input.
      if (!current.empty() && !single_break_ends_paragraph(lines[i - 1], lines[i], false)) {
        if (current.back() == '\r') current.back() = ' ';
        current += ' ' + lines[i];
        continue;
      }
      if (!trim(current).empty()) paragraphs.push_back(trim(current));
      current = lines[i];
      continue;
    }
    if (is_blank(lines[i])) {
      if (!current.empty()) paragraphs.push_back(trim(current));
      current.clear();
      continue;
    }
    if (!current.empty() && single_break_ends_paragraph(lines[i - 1], lines[i], true)) {
      paragraphs.push_back(trim(current));
      current.clear();
    }
    if (!current.empty()) current += '\n';
    current += lines[i];
  }
  if (!trim(current).empty()) paragraphs.push_back(trim(current));
  return paragraphs;
}

Status assemble_article(Article& article, const std::vector<std::string>& paragraphs,
                        const ArticleLimits& limits, std::string_view body) {
  // Sizes are checked before any normalization so a huge record costs one pass.
  uint64_t total =
      article.title.size() + article.source.size() + article.url.size() + article.id.size();
  for (const std::string& p : paragraphs) total += p.size() + 2;
  if (total > limits.max_article_bytes)
    return Status::invalid_input(
        "article of " + std::to_string(total) + " bytes is over the limit of " +
        std::to_string(limits.max_article_bytes) + " bytes (--max-article-bytes)");
  for (auto [field, name, max] : {std::tuple{&article.id, "id", size_t{1024}},
                                  {&article.source, "source", size_t{1024}},
                                  {&article.url, "url", size_t{8192}},
                                  {&article.title, "title", size_t{65536}}})
    if (field->size() > max)
      return Status::invalid_input(std::string(name) + " of " + std::to_string(field->size()) +
                                   " bytes is over the limit of " + std::to_string(max) + " bytes");
  auto check_tokens = [&](const std::string& text, const std::string& where) -> Status {
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      run =
          (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') ? 0 : run + 1;
      if (run > limits.max_token_bytes)
        return Status::invalid_input(
            where + ": a token longer than " + std::to_string(limits.max_token_bytes) +
            " bytes (--max-token-bytes) at byte " + std::to_string(i + 2 - run) + ", starting \"" +
            printable(std::string_view(text).substr(i + 1 - run, 40), 40) + "\"");
    }
    return Status::ok();
  };
  if (Status s = check_tokens(article.title, "title"); !s) return s;
  for (size_t p = 0; p < paragraphs.size(); ++p)
    if (Status s = check_tokens(paragraphs[p], "paragraph " + std::to_string(p + 1)); !s) return s;
  auto normalize_field = [](std::string& field, const char* name) -> Status {
    auto normalized = normalize_nfc(field);
    if (!normalized)
      return Status::invalid_input(std::string(name) + ": " + normalized.status().message());
    field = std::move(*normalized);
    return Status::ok();
  };
  for (auto [field, name] : {std::pair{&article.title, "title"},
                             {&article.source, "source"},
                             {&article.url, "url"},
                             {&article.id, "id"}}) {
    if (Status s = normalize_field(*field, name); !s) return s;
  }
  article.title = trim(article.title);
  for (char& c : article.title)
    if (c == '\n' || c == '\t') c = ' ';
  article.text.clear();
  article.paragraphs.clear();
  article.title_span = {};
  uint32_t cp = 0;
  if (!article.title.empty()) {
    article.text = article.title;
    cp = count_code_points(article.text);
    article.title_span = {0, cp};
  }
  article.paragraph_input_starts.clear();
  // Paragraphs are trimmed pieces of `body`, in order: found by a forward
  // search, their code point starts counted incrementally (linear).
  size_t body_byte = 0;
  uint32_t body_cp = 0;
  bool mapped = !body.empty();
  size_t index = 0;
  for (const std::string& raw : paragraphs) {
    ++index;
    auto normalized = normalize_nfc(raw);
    if (!normalized)
      return Status::invalid_input("paragraph " + std::to_string(index) + ": " +
                                   normalized.status().message());
    std::string paragraph = trim(*normalized);
    if (paragraph.empty()) continue;
    if (mapped) {
      std::string piece = trim(raw);
      size_t at = find_joined(body, piece, body_byte);
      if (at == std::string_view::npos) {
        mapped = false;
      } else {
        body_cp += count_code_points(body.substr(body_byte, at - body_byte));
        article.paragraph_input_starts.push_back(body_cp);
        body_cp += count_code_points(piece);
        body_byte = at + piece.size();
      }
    }
    if (!article.text.empty()) article.text += "\n\n", cp += 2;
    uint32_t length = count_code_points(paragraph);
    article.paragraphs.push_back({cp, cp + length});
    article.text += paragraph;
    cp += length;
  }
  if (!mapped) article.paragraph_input_starts.clear();
  if (article.paragraphs.empty() && article.title.empty())
    return Status::invalid_input("empty article: no title and no text");
  return Status::ok();
}

}  // namespace eventwire
