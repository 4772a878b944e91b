// The eventwire event lexicon: our own compact format (data/lexicon/,
// documented in docs/dictionaries.md) mapping a predicate lemma and a UD
// dependency frame to a CAMEO code, e.g.
//
//   meet        T=obl:with                       -> 042
//   seize       obj=power|control T=obl:from     -> 180
//   become      xcomp=sponsor T=xcomp>nmod:of    -> 074
//   n:protest   S=nmod:by T=nmod:against         -> 141
//
// Entries are written in the active voice; the coder maps passive clauses
// (nsubj:pass as object, obl:agent / "by" as subject) itself. The default
// lexicon is compiled into the library. Immutable after loading; share
// read-only across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "eventwire/dict/common.h"
#include "eventwire/status.h"

namespace eventwire::dict {

// A walk down the dependency tree from the predicate: each step is a UD
// relation, optionally with the lemma of its case/mark child after ':'
// ("obl:with" = an obl dependent that has case "with"; "nsubj:pass" is the
// UD subtype). "xcomp>nmod:of" = the nmod:of of the xcomp.
struct DepStep {
  std::string deprel;  // "obl", "nsubj", "xcomp", "compound"
  std::string sub;     // "with", "pass", "prt", or empty
};
using DepPath = std::vector<DepStep>;

// A dependent reached by one of `paths` whose lemma is in `lemmas` (any
// lemma when empty). A listed value also matches the dependent's lower-cased
// word form, so "talks" or "arms" in the lexicon match what a lemmatizer may
// reduce to "talk" / "arm". `negated`: such a dependent must NOT be present.
struct LexiconConstraint {
  std::vector<DepPath> paths;
  std::vector<std::string> lemmas;  // lower-case
  bool negated = false;
};

struct LexiconEntry {
  enum class Pos : uint8_t { kVerb, kNoun, kAdjective };
  enum class Voice : uint8_t { kAny, kActive, kPassive };
  std::string lemma;  // lower-case, one word
  Pos pos = Pos::kVerb;
  Voice voice = Voice::kAny;
  std::vector<DepPath> source;  // alternatives, tried in order; empty: none
  std::vector<DepPath> target;
  std::vector<LexiconConstraint> constraints;
  std::string code;  // CAMEO code, e.g. "0332"
  std::string comment;
  uint32_t line = 0;
  // More constraints → more specific; the coder prefers the most specific
  // matching entry, then the earliest in the file.
  int specificity() const;
};

struct Lexicon {
  std::string name, fingerprint;
  std::string version;  // from an "@version" line
  std::vector<LexiconEntry> entries;
  std::vector<Diagnostic> warnings;
  std::unordered_map<std::string, std::vector<uint32_t>> by_lemma;  // lemma → entries, file order

  // Entries for a lemma (any case), most specific first, all parts of speech
  // (filter on LexiconEntry::pos); pointers into `entries`.
  std::vector<const LexiconEntry*> find(std::string_view lemma) const;
};

// The default lexicon compiled into the library (data/lexicon/events.lex);
// built on first use, thread-safe.
const Lexicon& default_lexicon();

Result<Lexicon> load_lexicon(const std::string& path);
// Codes are checked against the CAMEO codebook; unknown ones are warned and skipped.
Lexicon load_lexicon_from_string(std::string_view text, std::string name);

// "xcomp>nmod:of" → path; false on an empty step.
bool parse_dep_path(std::string_view text, DepPath* path);
std::string dep_path_to_string(const DepPath& path);

}  // namespace eventwire::dict
