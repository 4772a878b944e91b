#include "dict/gender.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/embedded.h"

namespace eventwire::dict {
namespace {

// A name is taken as one gender's when at least this share of its bearers
// had it: the source is mostly men, so a name seen once, and only for a
// woman, counts as a woman's.
constexpr double kShare = 0.85;

// Looked up by string_view without building a string.
struct NameHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using NameTable = std::unordered_map<std::string, Gender, NameHash, std::equal_to<>>;

NameTable parse_given_names() {
  NameTable out;
  std::string_view text = internal::embedded_given_names();
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.empty() || line[0] == '#') continue;
    size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
    if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) continue;
    int women = 0, men = 0;
    std::from_chars(line.data() + tab1 + 1, line.data() + tab2, women);
    std::from_chars(line.data() + tab2 + 1, line.data() + line.size(), men);
    const double all = women + men;
    if (all <= 0) continue;
    if (women / all >= kShare)
      out.emplace(std::string(line.substr(0, tab1)), Gender::kFemale);
    else if (men / all >= kShare)
      out.emplace(std::string(line.substr(0, tab1)), Gender::kMale);
  }
  return out;
}

struct Word {
  std::string_view text;
  Gender gender;
};

constexpr std::array kHonorifics = {
    Word{"Mr.", Gender::kMale},    Word{"Mr", Gender::kMale},      Word{"Mister", Gender::kMale},
    Word{"Sir", Gender::kMale},    Word{"Lord", Gender::kMale},    Word{"Mrs.", Gender::kFemale},
    Word{"Mrs", Gender::kFemale},  Word{"Ms.", Gender::kFemale},   Word{"Ms", Gender::kFemale},
    Word{"Miss", Gender::kFemale}, Word{"Madam", Gender::kFemale}, Word{"Lady", Gender::kFemale},
    Word{"Dame", Gender::kFemale}, Word{"Mme.", Gender::kFemale},  Word{"Mlle.", Gender::kFemale},
};

// Person nouns whose meaning includes the gender (WordNet gives no such flag).
constexpr std::array kPersonNouns = {
    Word{"man", Gender::kMale},
    Word{"woman", Gender::kFemale},
    Word{"boy", Gender::kMale},
    Word{"girl", Gender::kFemale},
    Word{"father", Gender::kMale},
    Word{"mother", Gender::kFemale},
    Word{"son", Gender::kMale},
    Word{"daughter", Gender::kFemale},
    Word{"brother", Gender::kMale},
    Word{"sister", Gender::kFemale},
    Word{"husband", Gender::kMale},
    Word{"wife", Gender::kFemale},
    Word{"widower", Gender::kMale},
    Word{"widow", Gender::kFemale},
    Word{"grandfather", Gender::kMale},
    Word{"grandmother", Gender::kFemale},
    Word{"king", Gender::kMale},
    Word{"queen", Gender::kFemale},
    Word{"prince", Gender::kMale},
    Word{"princess", Gender::kFemale},
    Word{"gentleman", Gender::kMale},
    Word{"lady", Gender::kFemale},
    Word{"actress", Gender::kFemale},
    Word{"spokesman", Gender::kMale},
    Word{"spokeswoman", Gender::kFemale},
    Word{"chairman", Gender::kMale},
    Word{"chairwoman", Gender::kFemale},
    Word{"congressman", Gender::kMale},
    Word{"congresswoman", Gender::kFemale},
    Word{"businessman", Gender::kMale},
    Word{"businesswoman", Gender::kFemale},
    Word{"councilman", Gender::kMale},
    Word{"councilwoman", Gender::kFemale},
    Word{"assemblyman", Gender::kMale},
    Word{"assemblywoman", Gender::kFemale},
    Word{"policeman", Gender::kMale},
    Word{"policewoman", Gender::kFemale},
    Word{"sportsman", Gender::kMale},
    Word{"sportswoman", Gender::kFemale},
    Word{"uncle", Gender::kMale},
    Word{"aunt", Gender::kFemale},
    Word{"nephew", Gender::kMale},
    Word{"niece", Gender::kFemale},
    Word{"stepfather", Gender::kMale},
    Word{"stepmother", Gender::kFemale},
    Word{"emperor", Gender::kMale},
    Word{"empress", Gender::kFemale},
    Word{"duke", Gender::kMale},
    Word{"duchess", Gender::kFemale},
    Word{"monk", Gender::kMale},
    Word{"nun", Gender::kFemale},
};

template <size_t N>
Gender find(const std::array<Word, N>& words, std::string_view text) {
  auto it = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.text == text; });
  return it == words.end() ? Gender::kUnknown : it->gender;
}

}  // namespace

Gender given_name_gender(std::string_view name) {
  static const NameTable names = parse_given_names();
  auto it = names.find(name);
  return it == names.end() ? Gender::kUnknown : it->second;
}

Gender honorific_gender(std::string_view word) {
  return find(kHonorifics, word);
}

Gender person_noun_gender(std::string_view lemma) {
  return find(kPersonNouns, lemma);
}

Gender name_gender(std::string_view name) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < name.size();) {
    size_t end = std::min(name.find(' ', at), name.size());
    if (end > at) words.push_back(name.substr(at, end - at));
    at = end + 1;
  }
  if (words.empty()) return Gender::kUnknown;
  if (Gender g = honorific_gender(words.front()); g != Gender::kUnknown) return g;
  for (size_t k = 0; k + 1 < words.size(); ++k)
    if (Gender g = given_name_gender(words[k]); g != Gender::kUnknown) return g;
  return Gender::kUnknown;
}

Gender pronoun_gender(std::string_view p) {
  if (p == "he" || p == "him" || p == "his" || p == "himself") return Gender::kMale;
  if (p == "she" || p == "her" || p == "hers" || p == "herself") return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace eventwire::dict
