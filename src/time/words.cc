#include <cctype>

#include "time/rules.h"

namespace eventwire::time_internal {

namespace {

bool is_ascii_alnum(unsigned char c) {
  return std::isalnum(c) != 0;
}

// Typographic punctuation that should match its ASCII twin; empty for others.
std::string_view fold(std::string_view cp) {
  if (cp == "\u2019" || cp == "\u2018" || cp == "\u02bc") return "'";
  if (cp == "\u2013" || cp == "\u2014" || cp == "\u2012" || cp == "\u2010" || cp == "\u2011")
    return "-";
  if (cp == "\u201c" || cp == "\u201d") return "\"";
  return {};
}

size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 6) return 2;
  if ((lead >> 4) == 14) return 3;
  if ((lead >> 3) == 30) return 4;
  return 1;
}

}  // namespace

std::vector<Word> split_words(std::string_view text, uint32_t base) {
  std::vector<Word> out;
  bool space = true;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    size_t len = utf8_length(c);
    if (i + len > text.size()) len = text.size() - i;
    std::string_view cp = text.substr(i, len);
    if (cp == "\u00a0" || cp == "\u2009" || cp == "\u202f") {  // no-break and thin spaces
      space = true;
      i += len;
      continue;
    }
    Word w;
    w.b0 = base + static_cast<uint32_t>(i);
    w.space_before = space;
    space = false;
    if (is_ascii_alnum(c)) {
      size_t j = i;
      while (j < text.size() && is_ascii_alnum(static_cast<unsigned char>(text[j]))) ++j;
      w.low.reserve(j - i);
      bool all_digits = true;
      for (size_t k = i; k < j; ++k) {
        w.low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[k]))));
        if (!std::isdigit(static_cast<unsigned char>(text[k]))) all_digits = false;
      }
      w.cap = std::isupper(c) != 0;
      w.digits = all_digits;
      if (all_digits && j - i <= 9) w.num = std::stoi(w.low);
      i = j;
    } else {
      std::string_view f = fold(cp);
      w.low = f.empty() ? std::string(cp) : std::string(f);
      i += len;
    }
    w.b1 = base + static_cast<uint32_t>(i);
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace eventwire::time_internal
