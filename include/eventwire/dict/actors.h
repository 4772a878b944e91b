// Actor, agent, discard and issue dictionaries in the TABARI/PETRARCH formats
// (Phoenix.*.actors.txt, CAMEO.*Groups.actors.txt, *.agents.txt,
// *.discards.txt, Phoenix.IssueCoding.txt).
//
// Names are stored as word lists, upper-case as written, with the joins
// ("_" consecutive) resolved. Dates are YYYYMMDD integers (YYMMDD read as in
// KEDS/TABARI: 00-30 → 20YY, else 19YY). Immutable after loading; share
// read-only across threads. Pointers returned by find() point into the
// dictionary and live as long as it does.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "eventwire/dict/common.h"
#include "eventwire/status.h"

namespace eventwire::dict {

// One code of an actor, valid always or within dates (bounds inclusive).
struct ActorCode {
  enum class When : uint8_t { kAlways, kBefore, kAfter, kBetween };
  std::string code;  // as written: "IRNGOV", "---" (null), "###" (discard)
  When when = When::kAlways;
  int32_t from = 0, to = 0;  // YYYYMMDD; kBefore uses `to`, kAfter uses `from`
  uint32_t line = 0;
  bool applies_on(int32_t yyyymmdd) const;
};

struct ActorName {
  std::string written;             // as in the file, e.g. "+AFGHAN_"
  std::vector<std::string> words;  // upper-case words
  bool exact_end = false;          // written with a trailing "_": no suffixes
  bool synonym = false;            // a "+" line
  uint32_t line = 0;
};

struct ActorEntry {
  std::vector<ActorName> names;  // primary names first, then synonyms
  std::vector<ActorCode> codes;  // in file order; kAlways ones are defaults
  uint32_t line = 0;
  // The code on a date (YYYYMMDD): the first dated code that applies, else
  // the first undated (default) code, else "". With no date (0) and no
  // default, the most recent dated code.
  std::string code_on(int32_t yyyymmdd) const;
};

struct ActorDictionary {
  std::string name, fingerprint;
  std::vector<ActorEntry> entries;
  std::vector<std::string> nouns, adjectives;  // TABARI <NOUN> / <ADJECTIVE> sections
  std::vector<Diagnostic> warnings;
  // "WORD WORD" (upper-case, single spaces) → entries with that name.
  std::unordered_map<std::string, std::vector<uint32_t>> by_name;

  size_t name_count() const;
  // Entries named exactly `phrase` (any case, words split on spaces or "_").
  std::vector<const ActorEntry*> find(std::string_view phrase) const;
};

Result<ActorDictionary> load_actors(const std::string& path);
ActorDictionary load_actors_from_string(std::string_view text, std::string name);

// Agents: "PHRASE {PLURALS} [~GOV]" lines and "!SET! = A, B" substitutions.
struct AgentEntry {
  std::vector<std::string> words;                 // upper-case
  std::vector<std::vector<std::string>> plurals;  // written in { }
  bool plurals_given = false;                     // a { } was written (empty: no plural at all)
  std::string code;                               // without "~"
  bool prefix = false;                            // "NGO~": the code goes before the actor code
  uint32_t line = 0;
  std::string combine(std::string_view actor_code) const;  // "IRN" + "~GOV" → "IRNGOV"
};

struct AgentDictionary {
  std::string name, fingerprint;
  std::vector<AgentEntry> entries;  // substitution sets already expanded
  std::unordered_map<std::string, std::vector<std::string>> substitutions;  // "PERSON" → forms
  std::vector<Diagnostic> warnings;
  std::unordered_map<std::string, std::vector<uint32_t>> by_name;  // "WORD WORD" → entries
  std::vector<const AgentEntry*> find(std::string_view phrase) const;
};

Result<AgentDictionary> load_agents(const std::string& path);
AgentDictionary load_agents_from_string(std::string_view text, std::string name);

// Discards: sentence-level lines, and story-level lines starting with "+".
struct DiscardEntry {
  std::string phrase;  // upper-case, single spaces, trailing "_" removed
  bool story_level = false;
  bool exact_end = false;  // trailing "_": must end at a word boundary
  uint32_t line = 0;
};
struct DiscardList {
  std::string name, fingerprint;
  std::vector<DiscardEntry> entries;
  std::vector<Diagnostic> warnings;
};
Result<DiscardList> load_discards(const std::string& path);
DiscardList load_discards_from_string(std::string_view text, std::string name);

// Issues: "n:word phrase [CODE]" lines inside <ISSUE CATEGORY="..."> blocks;
// "~phrase" (and "~~phrase") lines are phrases that cancel issue coding.
struct IssueEntry {
  std::string written;                // the phrase as written
  std::vector<std::string> variants;  // lower-case expansions of n:, v: and "+"
  std::string code;                   // empty for ignore phrases
  std::string category;               // from the enclosing <ISSUE CATEGORY=...>
  bool ignore = false;
  uint32_t line = 0;
};
struct IssueList {
  std::string name, fingerprint;
  std::vector<IssueEntry> entries;
  std::vector<Diagnostic> warnings;
};
Result<IssueList> load_issues(const std::string& path);
IssueList load_issues_from_string(std::string_view text, std::string name);

// Word lists (Phoenix.prepositions.txt): one word or phrase per line, kept as written.
struct WordList {
  std::string name, fingerprint;
  std::vector<std::string> words;
  std::vector<uint32_t> lines;  // line of each word
  std::vector<Diagnostic> warnings;
};
Result<WordList> load_word_list(const std::string& path);
WordList load_word_list_from_string(std::string_view text, std::string name);

// Parses "YYYYMMDD" or "YYMMDD" into YYYYMMDD; false when not a calendar date.
bool parse_dictionary_date(std::string_view text, int32_t* yyyymmdd);

}  // namespace eventwire::dict
