// Linting of dictionaries (`eventwire dict check`): load warnings plus
// duplicates, unknown or invalid CAMEO codes, reversed date ranges and
// patterns that can never match. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eventwire/dict/actors.h"
#include "eventwire/dict/common.h"
#include "eventwire/dict/lexicon.h"
#include "eventwire/dict/verbs.h"

namespace eventwire::dict {

enum class DictType : uint8_t {
  kAuto,
  kVerbs,
  kVerbPatterns,
  kActors,
  kAgents,
  kDiscards,
  kIssues,
  kLexicon,
  kWords
};
const char* dict_type_name(DictType type);
// "auto", "verbs", "verbpatterns", "actors", "agents", "discards", "issues", "lexicon", "words".
bool parse_dict_type(std::string_view text, DictType* type);
// Guesses from the file name, then the content.
DictType detect_dict_type(std::string_view name, std::string_view text);

struct CheckReport {
  std::string file;
  DictType type = DictType::kAuto;
  size_t entries = 0;  // verbs+patterns, actor names, agents, discards, issues, lexicon entries
  std::vector<Diagnostic> findings;  // load warnings first, then lint findings, by line
};

// Loads `text` as `type` and lints it.
CheckReport check_dictionary_text(std::string_view text, const std::string& name, DictType type);
Result<CheckReport> check_dictionary_file(const std::string& path, DictType type);

// The lint passes on loaded dictionaries (appended to `out`).
void lint_verbs(const VerbDictionary& dict, std::vector<Diagnostic>* out);
void lint_actors(const ActorDictionary& dict, std::vector<Diagnostic>* out);
void lint_agents(const AgentDictionary& dict, std::vector<Diagnostic>* out);
void lint_lexicon(const Lexicon& lexicon, std::vector<Diagnostic>* out);

}  // namespace eventwire::dict
