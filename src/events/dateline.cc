#include "events/dateline.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace eventwire::events {
namespace {

constexpr size_t kLongestDatelineTail = 10;  // ", Ore., March 3 (UPI)"

bool is_dash(std::string_view text) {
  return text == "-" || text == "--" || text == "\u2014" || text == "\u2013" || text == "\u2015";
}

bool opens_paragraph(const Document& doc, int sentence) {
  const Sentence& s = doc.sentences[static_cast<size_t>(sentence)];
  if (s.paragraph < 0) return false;  // the headline
  return sentence == 0 || doc.sentences[static_cast<size_t>(sentence - 1)].paragraph != s.paragraph;
}

bool capitals_only(std::string_view text) {
  int letters = 0;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  return letters >= 3;
}

// The dash after the place, over punctuation, agencies and dates ("," "Ore."
// "March" "3" "(" "UPI" ")"), never a lower-case word; -1 when none.
int dash_after(const Sentence& s, size_t from, bool* agency) {
  for (size_t k = from; k < s.tokens.size() && k < from + kLongestDatelineTail; ++k) {
    const std::string& text = s.tokens[k].text;
    if (is_dash(text)) return static_cast<int>(k);
    if (text == "(") *agency = true;
    if (text.empty() || std::islower(static_cast<unsigned char>(text[0]))) return -1;
  }
  return -1;
}

}  // namespace

std::vector<int> dateline_ends(const Document& doc) {
  std::vector<int> ends(doc.sentences.size(), -1);
  for (const Entity& entity : doc.entities) {
    // Not a person; a place the tagger took for its government is one too
    // ("BRUSSELS -" as the EU).
    if (entity.type == "PER") continue;
    for (const Mention& m : entity.mentions) {
      if (m.first_token != 0 || m.sentence < 0 || static_cast<size_t>(m.sentence) >= ends.size() ||
          ends[static_cast<size_t>(m.sentence)] >= 0 || !opens_paragraph(doc, m.sentence))
        continue;
      bool agency = false;
      const Sentence& s = doc.sentences[static_cast<size_t>(m.sentence)];
      const int dash = dash_after(s, static_cast<size_t>(m.last_token), &agency);
      if (dash >= 0 && (agency || capitals_only(m.text)))
        ends[static_cast<size_t>(m.sentence)] = dash;
    }
  }
  return ends;
}

}  // namespace eventwire::events
