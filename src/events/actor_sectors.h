// The sectors of a CAMEO actor code: the three-letter blocks after its
// country part ("MEXGOVMIL" → GOV, MIL; "---CVL" → CVL). Header-only.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace eventwire::events {

inline std::vector<std::string_view> actor_sectors(const std::string& code) {
  std::vector<std::string_view> out;
  for (size_t at = 3; at + 3 <= code.size(); at += 3) out.emplace_back(code.data() + at, 3);
  return out;
}

// Whether the code has sectors and `listed` holds for every one of them.
template <class Predicate>
bool all_sectors(const std::string& code, Predicate listed) {
  const std::vector<std::string_view> sectors = actor_sectors(code);
  return !sectors.empty() && std::all_of(sectors.begin(), sectors.end(), listed);
}

// Whether two codes name the same country and the coder knew it ("---" is
// none: two unnamed states need not be one).
inline bool same_known_country(const std::string& a, const std::string& b) {
  return a.size() >= 3 && b.size() >= 3 && a.compare(0, 3, b, 0, 3) == 0 &&
         a.compare(0, 3, "---") != 0;
}

}  // namespace eventwire::events
