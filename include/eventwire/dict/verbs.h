// Verb dictionaries: PETRARCH-2 (CAMEO.2.0.txt), PETRARCH-1 / TABARI verb
// patterns (CAMEO.verbpatterns.*.txt, *.verbs), read into one representation
// an event coder can match against dependency parses:
//
//   VerbDictionary
//     synsets:   &NAME → phrases (noun synonym sets used inside patterns)
//     blocks:    one per "--- NAME [code] ---" block (TABARI: one per verb)
//       verbs:   the verbs of the block, each with a lemma, particles and
//                written inflections, and an optional own code
//       patterns: pre-verb (subject side) tokens, post-verb (object side)
//                tokens, prepositional phrases, and an [active:passive] code
//     transformations: "~ a (a b ATTACK) SAY = a b 015" lines, kept parsed
//
// Words are stored upper-case as written (the dictionaries are upper-case);
// `lemma` fields are lower-case for matching UD lemmas. Immutable after
// loading; share read-only across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "eventwire/dict/common.h"
#include "eventwire/status.h"

namespace eventwire::dict {

enum class VerbDialect : uint8_t {
  kAuto,
  kPetrarch2,  // "--- NAME [code] ---" blocks, ( ) prepositional phrases, { } noun phrases
  kPetrarch1,  // same blocks, linear patterns, whole words
  kTabari,     // one verb per head line, stemmed words (no trailing "_"), { a | b } choices
};
const char* dialect_name(VerbDialect dialect);

// "[active:passive]" as written. "---" is the null code (no event); an empty
// string means "not given" (e.g. "[:173]" has an empty active code).
struct CodePair {
  std::string active, passive;
  bool has_passive = false;  // a ':' was written
  bool empty() const { return active.empty() && passive.empty(); }
  std::string to_string() const { return has_passive ? active + ":" + passive : active; }
};

struct PatternToken {
  enum class Kind : uint8_t {
    kWord,          // a literal word
    kSynset,        // &NAME (text = NAME)
    kSource,        // $  the source actor
    kTarget,        // +  the target actor
    kCompound,      // %  compound actor (source and target)
    kAttribution,   // ^  skip to the end of a noun phrase (TABARI)
    kVerb,          // *  the verb itself
    kPhrase,        // { A B } noun phrase whose head is the last word (PETRARCH-2)
    kAlternatives,  // { A | B } any of the choices (TABARI)
  };
  Kind kind = Kind::kWord;
  std::string text;                // the word or synset name, upper-case, without & and _
  std::string lemma;               // kWord / kPhrase head: lower-case, regular plural undone
  std::vector<std::string> words;  // kPhrase: its words; kAlternatives: the choices as written
  bool exact = true;               // false: TABARI stem (word written without a trailing "_")
  bool joined = false;             // the next token must follow immediately ("A_B")
};

// "(TO BORDER)": a preposition and its object tokens.
struct PrepPhrase {
  std::string preposition;  // upper-case; may be a synset name when written "(&PREP ...)"
  std::vector<PatternToken> object;
};

struct VerbPattern {
  std::vector<PatternToken> pre;   // subject side, before "*", in order
  std::vector<PatternToken> post;  // object side, after "*", outside ( )
  std::vector<PrepPhrase> preps;   // prepositional phrases after "*", in order
  bool has_verb_marker = false;    // a "*" was written
  bool verb_joined_next = false;   // "*_OUT": the next token follows the verb immediately
  CodePair code;
  std::string text;     // the pattern as written (between "-" and "[")
  std::string comment;  // what followed "#" or ";"
  uint32_t line = 0;
};

struct Verb {
  std::string written;                  // the head as written, e.g. "+ASK_FOR", "CLEAR_UP", "ACT_"
  std::string word;                     // the verb word itself, upper-case ("ASK")
  std::string lemma;                    // lower-case verb word for UD lemma matching ("ask")
  std::vector<std::string> pre_words;   // words before the verb in a multiword verb
  std::vector<std::string> post_words;  // particles after it ("FOR" in ASK_FOR)
  std::vector<std::string> forms;       // inflections written in { }, upper-case
  bool forms_suppressed = false;        // "{}" written: generate no regular forms
  bool exact = true;                    // TABARI: false when the head is a stem
  CodePair code;                        // own code; empty → the block's code
  uint32_t line = 0;
};

struct VerbBlock {
  std::string name;  // from "--- NAME [code] ---"; TABARI: the head verb
  CodePair code;     // the block's default code ("---" when none)
  std::vector<Verb> verbs;
  std::vector<VerbPattern> patterns;
  uint32_t line = 0;
};

struct Synset {
  std::string name;         // without "&", upper-case, without trailing "_"
  bool no_plurals = false;  // the label ended in "_"
  struct Phrase {
    std::vector<std::string> words;
    bool no_plural = false;  // the phrase ended in "_"
    uint32_t line = 0;
  };
  std::vector<Phrase> phrases;
  uint32_t line = 0;
};

// "~ a (a b ATTACK) SAY = a b 015": a rule that recodes an event reported by
// another verb. Kept as tokens; the coder interprets them.
struct Transformation {
  std::vector<std::string> lhs, rhs;  // tokens, parentheses as their own tokens
  uint32_t line = 0;
};

// Where a verb sits: blocks[block].verbs[verb].
struct VerbRef {
  uint32_t block = 0, verb = 0;
};

struct VerbDictionary {
  std::string name;  // file base name (or the label given to the string loader)
  std::string fingerprint;
  VerbDialect dialect = VerbDialect::kPetrarch2;
  std::vector<Synset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<Transformation> transformations;
  std::vector<Diagnostic> warnings;
  // lower-case lemma → verbs with that lemma (several blocks may share one).
  std::unordered_map<std::string, std::vector<VerbRef>> by_lemma;
  // lower-case written inflection ("said") → verbs, for surface-form lookups.
  std::unordered_map<std::string, std::vector<VerbRef>> by_form;
  std::unordered_map<std::string, uint32_t> synset_index;  // name → synsets[i]

  size_t verb_count() const;
  size_t pattern_count() const;
  const Synset* find_synset(std::string_view name) const;
  // Verbs whose lemma is `lemma` (lower-case); empty when none.
  std::vector<VerbRef> find_lemma(std::string_view lemma) const;
  // The code a verb yields alone: its own, else its block's.
  const CodePair& verb_code(VerbRef ref) const;
};

// Loads a verb dictionary. Fails only when the file cannot be read.
Result<VerbDictionary> load_verbs(const std::string& path,
                                  VerbDialect dialect = VerbDialect::kAuto);
// The same on text in memory (for tests and fuzzing); `name` labels diagnostics.
VerbDictionary load_verbs_from_string(std::string_view text, std::string name,
                                      VerbDialect dialect = VerbDialect::kAuto);
// Guesses the dialect from the name and content.
VerbDialect detect_verb_dialect(std::string_view text, std::string_view name);

}  // namespace eventwire::dict
