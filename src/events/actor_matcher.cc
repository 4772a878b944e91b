#include "events/actor_matcher.h"

#include <cctype>

#include "eventwire/text.h"

namespace eventwire::events {
namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool word_matches(const std::string& pattern, const std::string& word, bool stem) {
  if (stem) return word.compare(0, pattern.size(), pattern) == 0;
  return word == pattern;
}

}  // namespace

ActorMatcher::ActorMatcher(std::vector<dict::ActorDictionary> actors,
                           std::vector<dict::AgentDictionary> agents)
    : actors_(std::move(actors)), agents_(std::move(agents)) {
  for (uint32_t d = 0; d < actors_.size(); ++d)
    for (uint32_t e = 0; e < actors_[d].entries.size(); ++e)
      for (const dict::ActorName& name : actors_[d].entries[e].names) {
        if (name.words.empty()) continue;
        actor_names_[name.words[0]].push_back({d, e, name.words, !name.exact_end});
      }
  for (uint32_t d = 0; d < agents_.size(); ++d)
    for (uint32_t e = 0; e < agents_[d].entries.size(); ++e) {
      const dict::AgentEntry& entry = agents_[d].entries[e];
      if (entry.words.empty()) continue;
      agent_names_[entry.words[0]].push_back({d, e, entry.words, !entry.plurals_given});
      for (const auto& plural : entry.plurals)
        if (!plural.empty()) agent_names_[plural[0]].push_back({d, e, plural, false});
    }
}

std::vector<std::string> ActorMatcher::phrase_words(const Sentence& sentence, int first, int last) {
  std::vector<std::string> words;
  bool glue = false;
  for (int i = first; i <= last && i < static_cast<int>(sentence.tokens.size()); ++i) {
    const Token& t = sentence.tokens[static_cast<size_t>(i)];
    std::string folded = upper(fold_punctuation(t.text));
    if (folded == "'S" || folded == "'") {
      glue = false;
      continue;
    }
    if (glue && !words.empty())
      words.back() += folded;
    else
      words.push_back(folded);
    glue = !t.space_after;
  }
  // "Dol_Amroth" as the dictionaries write "DOL_AMROTH": two words.
  std::vector<std::string> out;
  for (std::string& w : words) {
    size_t start = 0, bar;
    while ((bar = w.find('_', start)) != std::string::npos) {
      if (bar > start) out.push_back(w.substr(start, bar - start));
      start = bar + 1;
    }
    if (start < w.size()) out.push_back(w.substr(start));
  }
  return out;
}

// Scores a name by the words it matches whole (a stem covering only the
// start of a word does not count), then whether all of them are, then by its
// letters: "KUWAIT" beats "THE_KU" on "THE KUWAIT", "MINISTRY OF MAGIC"
// beats "MINISTRY".
size_t ActorMatcher::longest(const std::vector<Name>& names, const std::vector<std::string>& words,
                             size_t start, const Name** best) const {
  size_t best_score = 0;
  for (const Name& name : names) {
    if (name.words.size() > words.size() - start) continue;
    size_t whole = 0, letters = 0;
    bool ok = true;
    for (size_t k = 0; k < name.words.size() && ok; ++k) {
      ok = word_matches(name.words[k], words[start + k],
                        name.stem_end && k + 1 == name.words.size());
      letters += name.words[k].size();
      whole += name.words[k].size() == words[start + k].size() ? 1 : 0;
    }
    size_t score = whole * 1000 + (whole == name.words.size() ? 500 : 0) + letters;
    if (ok && score > best_score) {
      best_score = score;
      *best = &name;
    }
  }
  return best_score;
}

ActorMatch ActorMatcher::match(const std::vector<std::string>& words, int32_t yyyymmdd) const {
  const Name* actor = nullptr;
  const Name* agent = nullptr;
  size_t actor_score = 0, agent_score = 0;
  // Actors: more whole words win, then the first in the phrase, as in
  // PETRARCH ("the evil Arnor awful Gondor" is Arnor; "US President Donald
  // Trump" is Trump). Agents: more whole words, then more letters.
  size_t actor_start = 0;
  for (size_t start = 0; start < words.size(); ++start) {
    auto try_index = [&](const std::unordered_map<std::string, std::vector<Name>>& index,
                         const Name** best, size_t* best_score) {
      bool leftmost = best == &actor;
      auto better = [&](size_t score) {
        if (!leftmost || !*best || actor_start == start) return score > *best_score;
        return score / 500 > *best_score / 500;  // whole words, then all of them whole
      };
      auto it = index.find(words[start]);
      if (it != index.end()) {
        const Name* found = nullptr;
        size_t score = longest(it->second, words, start, &found);
        if (found && better(score)) {
          *best_score = score, *best = found;
          if (leftmost) actor_start = start;
        }
      }
      // A one-word stem ("SOLDIER") in its plural ("SOLDIERS", "-ES"); other
      // suffixes would turn "DIPLOMATIC" into "DIPLOMAT".
      const std::string& word = words[start];
      if (word.size() > 4 && word.back() == 'S')
        for (size_t n : {word.size() - 1, word.size() - 2}) {
          if (n == word.size() - 2 && word[n] != 'E') break;
          if (!better(1500 + n)) break;
          auto prefix = index.find(word.substr(0, n));
          if (prefix == index.end()) continue;
          for (const Name& name : prefix->second)
            if (name.words.size() == 1 && name.stem_end) {
              *best_score = 1500 + n;
              *best = &name;
              if (leftmost) actor_start = start;
              break;
            }
        }
    };
    try_index(actor_names_, &actor, &actor_score);
    try_index(agent_names_, &agent, &agent_score);
  }
  ActorMatch result;
  std::string actor_code;
  if (actor) {
    actor_code = actors_[actor->dictionary].entries[actor->entry].code_on(yyyymmdd);
    if (actor_code == "---" || actor_code == "###") actor_code.clear();
    for (const std::string& w : actor->words) {
      if (!result.matched.empty()) result.matched += ' ';
      result.matched += w;
    }
  }
  if (agent) {
    const dict::AgentEntry& entry = agents_[agent->dictionary].entries[agent->entry];
    std::string base = actor_code.empty() ? "---" : actor_code;
    if (actor_code.size() >= entry.code.size() &&
        actor_code.compare(actor_code.size() - entry.code.size(), entry.code.size(), entry.code) ==
            0)
      result.code = actor_code;  // already carries that role
    else
      result.code = entry.combine(base);
    for (const std::string& w : agent->words)
      result.matched += (result.matched.empty() ? "" : " + ") + w;
  } else {
    result.code = actor_code;
  }
  return result;
}

}  // namespace eventwire::events
