// Where an event happened: the place named in its clause, else elsewhere in
// its sentence (never the places that name its actors), else the article's
// dateline.
#include "pipeline/event_place.h"

#include <algorithm>
#include <cctype>
#include <string>
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

// How a place hangs on the event's verb; a lower rank says "where" more surely.
enum class Attachment { kLocative = 0, kObject = 1, kOther = 2, kNone = 3 };

// "in", "at", "near" … say where; "from", "to", "into" say whence and whither.
bool locative_case(const std::vector<Token>& tokens, int word) {
  static constexpr std::string_view kWhere[] = {
      "in", "at", "near", "inside", "outside", "across", "around", "within", "along", "throughout"};
  for (const Token& t : tokens) {
    if (t.head - 1 != word || deprel_base(t.deprel) != "case") continue;
    std::string lower = t.text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kWhere), std::end(kWhere), lower) != std::end(kWhere)) return true;
  }
  return false;
}

// Is the place an oblique or object of `verb`, directly or through nominal
// modifiers ("in the city of Tehran", "shelled the town of Afrin")?
Attachment attached_to(const Place& place, const std::vector<Token>& tokens, int verb) {
  int at = place_head(place, tokens);
  for (int step = 0; step < 4 && at >= 0 && at < static_cast<int>(tokens.size()); ++step) {
    const Token& w = tokens[static_cast<size_t>(at)];
    std::string_view rel = deprel_base(w.deprel);
    if (w.head - 1 == verb) {
      if (rel == "obj") return Attachment::kObject;
      if (rel != "obl" && rel != "nmod" && rel != "advmod") return Attachment::kNone;
      return locative_case(tokens, at) ? Attachment::kLocative : Attachment::kOther;
    }
    if (w.head <= 0 ||
        (rel != "nmod" && rel != "appos" && rel != "compound" && rel != "flat" && rel != "conj"))
      return Attachment::kNone;
    at = w.head - 1;
  }
  return Attachment::kNone;
}

bool inside_argument(const Place& place, const std::optional<EventArgument>& argument) {
  return argument && argument->mention.sentence == place.sentence &&
         place.start < argument->mention.end && argument->mention.start < place.end;
}

// A place named where an action happens rather than as an actor: an oblique
// or nominal modifier ("in Idlib", "the attack on Aleppo"), climbing through
// names and appositions to the place's attachment.
bool locative(const Place& place, const std::vector<Token>& tokens) {
  int at = place_head(place, tokens);
  for (int step = 0; step < 4 && at >= 0 && at < static_cast<int>(tokens.size()); ++step) {
    const Token& w = tokens[static_cast<size_t>(at)];
    if (w.deprel == "nmod:poss") return false;  // "its decision": an owner, not a place
    std::string_view rel = deprel_base(w.deprel);
    if (rel == "obl" || rel == "nmod" || rel == "advmod") return true;
    if (rel != "appos" && rel != "flat" && rel != "conj") return false;
    at = tokens[static_cast<size_t>(at)].head - 1;
  }
  return false;
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
  // A dateline is set apart: "BEIRUT -", "Kabul (Reuters) -", "GAZA CITY, March 3".
  for (size_t p = 0; p < doc.places.size(); ++p) {
    const Place& place = doc.places[p];
    if (place.sentence != first_body || place.start != opening.start || place.feature == "DEM")
      continue;
    size_t next = static_cast<size_t>(place.last_token);
    if (next >= opening.tokens.size()) return std::nullopt;
    const std::string& after = opening.tokens[next].text;
    bool capitals = std::none_of(place.text.begin(), place.text.end(),
                                 [](char c) { return c >= 'a' && c <= 'z'; });
    if (capitals || after == "-" || after == "\u2014" || after == "\u2013" || after == "(" ||
        after == ":")
      return p;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<size_t> event_place(const Document& doc, const Event& event, int verb) {
  if (event.sentence < 0 || event.sentence >= static_cast<int>(doc.sentences.size()))
    return std::nullopt;
  const auto& tokens = doc.sentences[static_cast<size_t>(event.sentence)].tokens;
  std::optional<size_t> in_clause, in_sentence;
  Attachment clause_rank = Attachment::kNone;
  for (size_t p = 0; p < doc.places.size(); ++p) {
    const Place& place = doc.places[p];
    if (place.sentence != event.sentence || place.feature == "DEM") continue;
    // A pronoun the geo stage tied to a place ("its") is never where.
    if (int head = place_head(place, tokens);
        head < 0 || tokens[static_cast<size_t>(head)].upos == "PRON")
      continue;
    // A place inside a coded actor ("Turkey fired", "60 US diplomats") names
    // who acted or was acted on, not where; an uncoded object that is a place
    // ("shelled Qamishli") is where.
    bool in_source = inside_argument(place, event.source);
    bool in_target = inside_argument(place, event.target);
    if (in_source || (in_target && !event.target->actor_code.empty())) continue;
    // The clause's place: "in"/"at" before the object before "from"/"to".
    if (Attachment a = attached_to(place, tokens, verb); a != Attachment::kNone) {
      if (a < clause_rank) in_clause = p, clause_rank = a;
    } else if (!in_target && locative(place, tokens) && !in_sentence) {
      in_sentence = p;
    }
  }
  if (in_clause) return in_clause;
  if (in_sentence) return in_sentence;
  return dateline_place(doc);
}

}  // namespace eventwire
