// Where an event happened: the place named in its clause, else elsewhere in
// its sentence (never the places that name its actors), else the article's
// dateline.
#include "pipeline/event_place.h"

#include <string_view>

namespace eventwire {
namespace {

std::string_view deprel_base(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

// The place's syntactic head: its first word whose head lies outside it.
int place_head(const Place& place, const std::vector<Token>& tokens) {
  for (int t = place.first_token; t < place.last_token && t < static_cast<int>(tokens.size());
       ++t) {
    int head = tokens[static_cast<size_t>(t)].head - 1;
    if (head < place.first_token || head >= place.last_token) return t;
  }
  return -1;
}

// Is the place an oblique or object of `verb`, directly or through nominal
// modifiers ("in the city of Tehran", "shelled the town of Afrin")?
bool attached_to(const Place& place, const std::vector<Token>& tokens, int verb) {
  int at = place_head(place, tokens);
  for (int step = 0; step < 4 && at >= 0 && at < static_cast<int>(tokens.size()); ++step) {
    const Token& w = tokens[static_cast<size_t>(at)];
    std::string_view rel = deprel_base(w.deprel);
    if (w.head - 1 == verb) return rel == "obl" || rel == "nmod" || rel == "advmod" || rel == "obj";
    if (w.head <= 0 ||
        (rel != "nmod" && rel != "appos" && rel != "compound" && rel != "flat" && rel != "conj"))
      return false;
    at = w.head - 1;
  }
  return false;
}

bool inside_argument(const Place& place, const std::optional<EventArgument>& argument) {
  return argument && argument->mention.sentence == place.sentence &&
         place.start < argument->mention.end && argument->mention.start < place.end;
}

// "BEIRUT (Reuters) -", "Kabul, March 3 -": a place that opens the text.
std::optional<size_t> dateline_place(const Document& doc) {
  int first_body = -1;
  for (const Sentence& sentence : doc.sentences)
    if (sentence.paragraph >= 0) {
      first_body = sentence.id;
      break;
    }
  if (first_body < 0) return std::nullopt;
  const Sentence& opening = doc.sentences[static_cast<size_t>(first_body)];
  for (size_t p = 0; p < doc.places.size(); ++p)
    if (doc.places[p].sentence == first_body && doc.places[p].start == opening.start &&
        doc.places[p].feature != "DEM")
      return p;
  return std::nullopt;
}

}  // namespace

std::optional<size_t> event_place(const Document& doc, const Event& event, int verb) {
  if (event.sentence < 0 || event.sentence >= static_cast<int>(doc.sentences.size()))
    return std::nullopt;
  const auto& tokens = doc.sentences[static_cast<size_t>(event.sentence)].tokens;
  std::optional<size_t> in_clause, in_sentence;
  for (size_t p = 0; p < doc.places.size(); ++p) {
    const Place& place = doc.places[p];
    if (place.sentence != event.sentence || place.feature == "DEM") continue;
    bool attached = attached_to(place, tokens, verb);
    // An actor named by a place ("Turkey fired on …") is who acted, not where,
    // unless the verb's own oblique or object is that place.
    if (!attached && (inside_argument(place, event.source) || inside_argument(place, event.target)))
      continue;
    if (attached && !in_clause) in_clause = p;
    if (!attached && !in_sentence) in_sentence = p;
  }
  if (in_clause) return in_clause;
  if (in_sentence) return in_sentence;
  return dateline_place(doc);
}

}  // namespace eventwire
