// Normalized lookup keys: the one function both the builder and the lookups use,
// so a name always finds itself.
#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "eventwire/geo.h"

namespace eventwire {
namespace {

// Latin letters that stripping marks leaves alone.
const char* latin_fold(char32_t cp) {
  switch (cp) {
    case U'ø':
      return "o";
    case U'æ':
      return "ae";
    case U'œ':
      return "oe";
    case U'ł':
      return "l";
    case U'đ':
      return "d";
    case U'ð':
      return "d";
    case U'þ':
      return "th";
    case U'ı':
      return "i";
    default:
      return nullptr;
  }
}

bool is_dropped(char32_t cp) {
  // Apostrophes and periods vanish: "Xi'an" ~ "Xian", "U.S." ~ "US".
  return cp == '\'' || cp == '.' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB ||
         cp == '`' || cp == 0x00B4;
}

}  // namespace

std::string gazetteer_key(std::string_view name) {
  utf8proc_uint8_t* folded = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                   static_cast<utf8proc_ssize_t>(name.size()), &folded, options);
  if (length < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  std::string key;
  key.reserve(static_cast<size_t>(length));
  bool pending_space = false;
  for (utf8proc_ssize_t i = 0; i < length;) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(folded + i, length - i, &cp);
    if (n <= 0) break;
    i += n;
    if (is_dropped(static_cast<char32_t>(cp))) continue;
    auto category = utf8proc_category(cp);
    bool letter_or_digit = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                           (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
    if (!letter_or_digit) {
      if (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME) continue;
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    if (const char* ascii = latin_fold(static_cast<char32_t>(cp))) {
      key += ascii;
    } else {
      utf8proc_uint8_t buffer[4];
      utf8proc_ssize_t bytes = utf8proc_encode_char(cp, buffer);
      key.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(bytes));
    }
  }
  return key;
}

}  // namespace eventwire
