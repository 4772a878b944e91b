// Sense restrictions: what an event's arguments must be for a CAMEO reading
// of its verb to hold. CAMEO.2.0 gives many verbs one broad default sense
// ("attack", "beat", "enter" → 190); the semantic class of the arguments tells
// which sense the sentence uses: a magazine that "attacked" a policy criticized
// it, a candidate "defeated" in an election fought no one, a cholera outbreak
// that "killed" people was no actor. The classes are WordNet's lexicographer
// files (data/lexicon/noun-classes.tsv, derived by scripts/derive-noun-classes),
// the rules per CAMEO code family are data (data/lexicon/sense-restrictions.tsv),
// and so is what each code takes as its object, learned from the CAMEO.2.0
// patterns (data/lexicon/object-preferences.tsv, scripts/derive-object-preferences);
// all are compiled into the library. docs/events.md, "Sense restrictions".
//
// SenseRestrictions::get() is built once, immutable and thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/tree.h"
#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire::events {

// One side of an event, as the sense check sees it.
struct SenseArgument {
  int head = -1;       // the argument phrase's head token; -1 when the side is missing
  bool named = false;  // the head itself names the actor (a name, a pronoun, a coded mention)
  std::string code;    // the actor code, empty when uncoded
};

struct SenseVerdict {
  enum class Kind { kKeep, kRecode, kDrop };
  Kind kind = Kind::kKeep;
  std::string code;    // the new code for kRecode
  std::string reason;  // the rule that decided, for explain
};

class SenseRestrictions {
 public:
  // The built-in tables; the first call parses them.
  static const SenseRestrictions& get();
  // From the texts of the files (tests, or a table of one's own); `preferences`
  // is the object-preference table (object-preferences.tsv), none when empty.
  static Result<SenseRestrictions> parse(std::string_view noun_classes, std::string_view rules,
                                         std::string_view preferences = {});

  // What to do with an event coded `code` on `predicate`.
  // `speech` says the quotes stage read the predicate as the cue of reported
  // speech ("Trump charges that …"), which counts as a clausal object.
  // `derived` says the reading comes from the derived lexicon (or the
  // backoff, a verb's usual root): only such readings are judged by the
  // object preferences when no rule decides.
  SenseVerdict check(const Tree& tree, int predicate, std::string_view code,
                     const SenseArgument& source, const SenseArgument& target, bool speech = false,
                     bool derived = false) const;

  // Does any rule name this code? (Statements, the most frequent events, are
  // named by none and skip the check.) `speech` is set when one of them tests
  // the object, which needs the quotes.
  bool restricts(std::string_view code, bool* speech = nullptr, bool derived = false) const;

  // WordNet classes of a noun lemma, most frequent sense first ("noun.act" is
  // "act"); empty when unknown.
  std::vector<std::string> classes(std::string_view noun) const;
  size_t nouns() const { return nouns_.size(); }
  size_t rules() const { return rules_.size(); }
  size_t preferences() const { return preferences_.size(); }

 private:
  struct Noun {
    uint8_t classes[4] = {};  // lexicographer class ids, most frequent sense first
    uint8_t count = 0;
    bool contest = false;
    const uint8_t* begin() const { return classes; }
    const uint8_t* end() const { return classes + count; }
  };
  struct Test {
    enum class What {
      kSource,
      kTarget,
      kObject,
      kContext,
      kSourceActor,
      kTargetActor,
      kVerb,
      kParticle,
      kComplement
    };
    What what = What::kTarget;
    bool negated = false;              // "!": the head's class is none of the listed
    bool none = false;                 // "target=none": the side is missing
    bool clause = false;               // "object=clause"
    bool other_clause = false;         // "object=other-clause": a clause about someone else
    bool self = false;                 // "object=self": the object is a reflexive pronoun
    bool usual = false;                // "object~=": the object's most frequent sense, no party
    std::vector<std::string> lemmas;   // "verb=seize,grab", "particle=on,upon", "complement=win"
    std::vector<std::string> sectors;  // "source-actor=CVL,…": the code's roles are all listed
    bool contest = false;              // "context=contest" (may be listed with classes)
    uint32_t classes = 0;              // bit per class id
    std::string preposition;           // "context:by=…": only obliques with this case
  };
  // The object classes one code's patterns name (object-preferences.tsv).
  struct Preference {
    int nouns = 0;            // distinct object nouns of the code
    std::vector<int> counts;  // per class id: how many of them have it
  };
  struct Rule {
    std::vector<std::string> codes;  // code prefixes: "19" is the family, "173" the code
    std::vector<Test> tests;         // all must hold
    std::string then;                // "-" drops, else the new code
    std::string text;                // the line, for explain
    int line = 0;
  };
  const Noun* noun(const Tree& tree, int node) const;
  bool class_test(const Tree& tree, const Test& test, const SenseArgument& arg) const;
  // The object names a party: a name, a pronoun, or a noun one of whose senses is a person
  // or a group ("officials"; not "a deadline", "an ultimatum").
  bool party_object(const Tree& tree, int node) const;
  bool usual_class(const Tree& tree, const Test& test, int node) const;
  bool complement_test(const Tree& tree, int predicate, const Test& test) const;
  static bool other_clause(const Tree& tree, int predicate, const SenseArgument& source);
  bool holds(const Tree& tree, int predicate, const Test& test, const SenseArgument& source,
             const SenseArgument& target, bool speech) const;
  // parse() over a noun table text that `owner` keeps (or that outlives the result).
  static Result<SenseRestrictions> parse_viewing(std::string_view noun_classes,
                                                 std::shared_ptr<const std::string> owner,
                                                 std::string_view rules,
                                                 std::string_view preferences);
  Status read_preferences(std::string_view text);
  const Preference* preference(std::string_view code) const;
  bool place_or_party(const Tree& tree, int node) const;
  bool preferred_object(const Tree& tree, int node, const Preference& pref,
                        const std::vector<std::string>* named, std::string* kinds) const;
  // The object preference of the code: a reading whose direct object is a
  // common noun of no class the code's patterns take is dropped.
  SenseVerdict prefer(const Tree& tree, int predicate, std::string_view code,
                      const SenseArgument& target) const;

  std::vector<std::string> class_names_;  // class id → "act", from the table's legend
  // Keys view the noun table's text: noun_text_, or the embedded table when null.
  std::shared_ptr<const std::string> noun_text_;
  std::unordered_map<std::string_view, Noun> nouns_;
  std::vector<Rule> rules_;
  std::unordered_map<std::string, Preference> preferences_;  // code → its object classes
  std::unordered_map<std::string, std::vector<std::string>> named_objects_;  // root → nouns, sorted
};

// The head of the tokens [first, last) of the tree's sentence (the first token
// whose head lies outside); -1 for an empty range.
int phrase_head(const Tree& tree, int first, int last);

// The pieces of `text` between `sep`s, trimmed of spaces and '\r', empty ones
// dropped: the lines and fields of the compiled-in tables.
std::vector<std::string_view> split_fields(std::string_view text, char sep);

}  // namespace eventwire::events

namespace eventwire::events {

struct Actor;

// The sense check on one (source, target) pair of an event the built-in
// lexicon coded on `predicate`; `derived`: the reading is a default of the
// derived lexicon or the backoff (object preferences judge only those):
// false when a rule drops the reading; a rule that reads the verb in another
// sense rewrites `code`. Notes the rule in `trace` when given.
bool sense_allows(const Tree& tree, const Document& doc, int predicate, const Actor& source,
                  const Actor& target, bool derived, std::string* code,
                  std::vector<std::string>* trace);

}  // namespace eventwire::events
