// libFuzzer entry for the dictionary loaders: arbitrary bytes through every
// PETRARCH/TABARI loader and the lexicon parser must never crash.
#include <cstdint>
#include <string_view>

#include "eventwire/dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  using namespace eventwire::dict;
  (void)load_verbs_from_string(text, "fuzz");
  (void)load_actors_from_string(text, "fuzz");
  (void)load_agents_from_string(text, "fuzz");
  (void)load_discards_from_string(text, "fuzz");
  (void)load_issues_from_string(text, "fuzz");
  (void)load_lexicon_from_string(text, "fuzz");
  return 0;
}
