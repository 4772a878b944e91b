#include "pipeline/sentence_words.h"

#include <algorithm>
#include <array>

namespace eventwire {

int token_at(const Sentence& sentence, uint32_t start) {
  for (size_t i = 0; i < sentence.tokens.size(); ++i)
    if (sentence.tokens[i].start == start) return static_cast<int>(i);
  return -1;
}

bool speech_verb(std::string_view lemma) {
  static constexpr std::array<std::string_view, 35> kSpeechVerbs = {
      "say",         "tell",    "ask",     "charge",  "note",    "claim",    "argue",
      "add",         "write",   "insist",  "warn",    "urge",    "announce", "declare",
      "state",       "explain", "suggest", "contend", "tweet",   "respond",  "reply",
      "acknowledge", "admit",   "allege",  "predict", "promise", "vow",      "pledge",
      "report",      "call",    "testify", "confirm", "deny",    "reveal",   "disclose"};
  return std::find(kSpeechVerbs.begin(), kSpeechVerbs.end(), lemma) != kSpeechVerbs.end();
}

}  // namespace eventwire
