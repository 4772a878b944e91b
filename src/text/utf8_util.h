// Internal helpers of the text layer: decoding and classifying code points.
#pragma once

#include <cstdint>
#include <string_view>

namespace eventwire::utf8 {

// Decodes the code point at bytes[i]; returns its length in bytes, or -1 when
// the bytes there are not well-formed UTF-8 (overlongs and surrogates rejected).
inline int decode(std::string_view bytes, size_t i, char32_t& cp) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(bytes[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  int length;
  char32_t min;
  if ((c & 0xE0) == 0xC0)
    length = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    length = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    length = 4, cp = c & 0x07, min = 0x10000;
  else
    return -1;
  if (i + length > bytes.size()) return -1;
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  return length;
}

// ASCII stand-ins for typographic punctuation, or nullptr.
inline const char* ascii_fold(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2212:
      return "-";
    case 0x2013:
      return "--";
    case 0x2014:
    case 0x2015:
      return "--";
    case 0x2026:
      return "...";
    case 0x00A0:
    case 0x2007:
    case 0x202F:
      return " ";
    default:
      return nullptr;
  }
}

inline bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
         cp == 0x200B;
}

}  // namespace eventwire::utf8
