// Small string helpers shared by the readers of our text formats.
//
// Thread safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace eventwire::base {

// The characters std::isspace accepts in the C locale.
inline constexpr std::string_view kWhitespace = " \t\n\v\f\r";

// `s` without leading and trailing characters from `chars`.
std::string_view trim(std::string_view s, std::string_view chars = kWhitespace);

// A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma,
// a quote or a line break; as it is otherwise.
std::string csv_field(std::string_view value);

}  // namespace eventwire::base
