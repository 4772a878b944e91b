// place_for_token: the place an event verb happened at, from the dependency tree.
#include <string>

#include "eventwire/geo.h"

namespace eventwire {

std::optional<size_t> place_for_token(const Document& doc, int sentence, int token) {
  std::vector<size_t> in_sentence;
  for (size_t p = 0; p < doc.places.size(); ++p) {
    if (doc.places[p].sentence == sentence) in_sentence.push_back(p);
  }
  if (in_sentence.empty()) return std::nullopt;
  if (sentence >= 0 && static_cast<size_t>(sentence) < doc.sentences.size()) {
    const auto& tokens = doc.sentences[static_cast<size_t>(sentence)].tokens;
    auto deprel_base = [](const std::string& d) { return d.substr(0, d.find(':')); };
    for (size_t p : in_sentence) {
      const Place& place = doc.places[p];
      auto inside = [&](int t) { return t >= place.first_token && t < place.last_token; };
      int at = -1;  // the place's syntactic head: the word whose head lies outside it
      for (int t = place.first_token; t < place.last_token && t < static_cast<int>(tokens.size());
           ++t) {
        if (tokens[static_cast<size_t>(t)].head >= 0 &&
            !inside(tokens[static_cast<size_t>(t)].head - 1)) {
          at = t;
          break;
        }
      }
      // Climb through nominal modifiers ("the city of Tehran") to a dependent of the verb.
      for (int step = 0; step < 4 && at >= 0 && at < static_cast<int>(tokens.size()); ++step) {
        const Token& w = tokens[static_cast<size_t>(at)];
        std::string rel = deprel_base(w.deprel);
        if (w.head - 1 == token) {
          if (rel == "obl" || rel == "nmod" || rel == "advmod") return p;
          break;
        }
        if (w.head <= 0 || (rel != "nmod" && rel != "appos" && rel != "compound" && rel != "flat" &&
                            rel != "conj"))
          break;
        at = w.head - 1;
      }
    }
  }
  for (size_t p : in_sentence) {
    if (doc.places[p].feature != "DEM") return p;
  }
  return in_sentence.front();
}

}  // namespace eventwire
