// Finds actor codes for noun phrases with PETRARCH/TABARI actor and agent
// dictionaries: the longest actor name in the phrase, combined with the
// longest agent ("minister" → ~GOV) as the dictionaries' users expect.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "eventwire/dict/actors.h"
#include "eventwire/document.h"

namespace eventwire::events {

struct ActorMatch {
  std::string code;
  std::string matched;  // the dictionary phrase that matched, for evidence
};

class ActorMatcher {
 public:
  ActorMatcher(std::vector<dict::ActorDictionary> actors,
               std::vector<dict::AgentDictionary> agents);
  bool empty() const { return actors_.empty() && agents_.empty(); }

  // Words of tokens [first, last] as the dictionaries write them: upper case,
  // ASCII quotes, tokens written without a space between them joined
  // ("al-Mayadeen" → "AL-MAYADEEN"), possessive markers dropped.
  static std::vector<std::string> phrase_words(const Sentence& sentence, int first, int last);

  // The code of the phrase on `yyyymmdd` (0: undated), or an empty match.
  ActorMatch match(const std::vector<std::string>& words, int32_t yyyymmdd) const;

 private:
  struct Name {
    uint32_t dictionary, entry;
    std::vector<std::string> words;
    bool stem_end;  // the last word may carry a suffix
  };
  // Best name starting at `start`: its score (whole words, then letters), or 0.
  size_t longest(const std::vector<Name>& names, const std::vector<std::string>& words,
                 size_t start, const Name** best) const;
  std::vector<dict::ActorDictionary> actors_;
  std::vector<dict::AgentDictionary> agents_;
  std::unordered_map<std::string, std::vector<Name>> actor_names_, agent_names_;  // by first word
};

}  // namespace eventwire::events
