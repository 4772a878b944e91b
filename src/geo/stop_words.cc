// The word lists live in data/geo/ and are compiled in (cmake/EmbedData.cmake).
#include "geo/stop_words.h"

#include <string_view>

namespace eventwire {
namespace geo_internal {
std::string_view embedded_stop_words();   // data/geo/stop-words.txt
std::string_view embedded_title_words();  // data/geo/title-words.txt
}  // namespace geo_internal

namespace {

// Words separated by white space; "#" starts a comment to the end of the line.
std::unordered_set<std::string> word_set(std::string_view text) {
  std::unordered_set<std::string> words;
  bool comment = false;
  size_t start = std::string_view::npos;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    const bool space = c == ' ' || c == '\t' || c == '\n';
    if (start != std::string_view::npos && (space || c == '#')) {
      words.emplace(text.substr(start, i - start));
      start = std::string_view::npos;
    }
    if (c == '\n') comment = false;
    if (c == '#') comment = true;
    if (!space && !comment && start == std::string_view::npos) start = i;
  }
  return words;
}

}  // namespace

const std::unordered_set<std::string>& geo_stop_words() {
  static const std::unordered_set<std::string> words =
      word_set(geo_internal::embedded_stop_words());
  return words;
}

const std::unordered_set<std::string>& geo_title_words() {
  static const std::unordered_set<std::string> words =
      word_set(geo_internal::embedded_title_words());
  return words;
}

}  // namespace eventwire
