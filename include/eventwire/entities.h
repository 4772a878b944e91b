// Actor resolution and in-article coreference: the part of the entities stage
// after NER (eventwire/ner.h).
//
// EntityResolver gives each entity a CAMEO-style actor code as of the
// article date (from the built-in knowledge base data/actors/*.kb, compiled
// into the library, plus optional user dictionaries), adds mentions NER does
// not produce (role noun phrases such as "Israeli troops", pronouns), and
// merges mentions that refer to the same thing into one Entity. See
// docs/actors.md (knowledge base, resolution) and docs/coref.md.
//
// Thread safety: a created EntityResolver is immutable; annotate() is const
// and may be called from any number of threads at once. Ownership: create()
// returns a shared_ptr the caller shares freely; user dictionaries passed in
// EntityOptions are shared, not copied.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/dict/actors.h"
#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

struct EntityOptions {
  // User dictionaries in PETRARCH/TABARI format, loaded by the caller with
  // eventwire::dict::load_actors / load_agents. They are consulted before the
  // built-in knowledge base (user entries win on equal length).
  std::vector<std::shared_ptr<const dict::ActorDictionary>> actors;
  std::vector<std::shared_ptr<const dict::AgentDictionary>> agents;
  bool no_builtin_actors = false;  // use only the user dictionaries
  // Extra knowledge-base files in our own format (docs/actors.md).
  std::vector<std::string> kb_files;
  bool coreference = true;    // merge mentions (off: resolution only)
  bool role_mentions = true;  // add non-NER noun phrases that resolve to a code
  bool pronouns = true;       // add and link pronoun mentions
};

// One line of the knowledge base, after parsing.
struct KbEntry {
  std::string kind;                                             // country, org, person, role
  std::string code;                                             // "USAGOV", "IRN", "MIL"
  std::vector<std::string> names;                               // as written
  std::vector<std::pair<std::string, std::string>> attributes;  // key=value, in order (not from/to)
  int32_t from = 0, to = 0;                                     // YYYYMMDD; 0 = open
  std::string source;                                           // "countries.kb:112"
  std::string attribute(std::string_view key) const;            // "" when absent
};

// Parses knowledge-base text (`name` is used in messages and `source`).
// Bad lines are reported as errors quoting file and line.
Result<std::vector<KbEntry>> parse_actor_kb(std::string_view text, const std::string& name);
// The built-in knowledge base files (name, text), compiled into the library.
std::vector<std::pair<std::string, std::string_view>> builtin_actor_kb();

class EntityResolver {
 public:
  static Result<std::shared_ptr<const EntityResolver>> create(const EntityOptions& options);

  // Runs on a document already segmented, parsed (Token::head/deprel/upos/
  // lemma; works with reduced accuracy without a parse) and tagged by
  // NerModel::annotate. Rewrites doc.entities: one Entity per referent with
  // all its mentions in text order, ids renumbered E1…, actor codes as of
  // doc.article.date (today's knowledge when empty), and appends this
  // resolver's dictionaries() to doc.dictionaries.
  void annotate(Document& doc) const;

  // {"actors", "eventwire-actors/1/<file>", <fingerprint>} for each KB file
  // and user dictionary in use.
  const std::vector<ComponentVersion>& dictionaries() const;

  // What the knowledge base knows about a name (eventwire actors lookup): one
  // KbReferent per referent having `name` among its names (compared token by
  // token, folded as in matching), with all its lines and the code it gets
  // on `date` (YYYY-MM-DD; empty = today's knowledge).
  struct KbReferent {
    std::vector<KbEntry> entries;
    int chosen = -1;    // index into entries of the line applying on the date
    bool past = false;  // only another period matched
    std::string code;   // the code given on the date (<country>ELI for a past person)
  };
  std::vector<KbReferent> lookup(std::string_view name, std::string_view date) const;

  // Counts per knowledge-base file and kind (eventwire actors stats).
  struct KbCount {
    std::string file, kind;
    int64_t entries = 0, referents = 0, names = 0, dated = 0;
  };
  std::vector<KbCount> counts() const;

  struct Impl;
  explicit EntityResolver(std::unique_ptr<Impl> impl);
  ~EntityResolver();
  EntityResolver(const EntityResolver&) = delete;
  EntityResolver& operator=(const EntityResolver&) = delete;

 private:
  std::unique_ptr<Impl> impl_;
};

// Coreference scores on documents with gold clusters (GUM Entity= annotations).
struct CorefScores {
  int64_t documents = 0, tokens = 0;
  int64_t gold_mentions = 0, predicted_mentions = 0, matched_mentions = 0;
  double muc_p = 0, muc_r = 0, muc_f = 0;
  double b3_p = 0, b3_r = 0, b3_f = 0;
  double link_p = 0, link_r = 0, link_f = 0;  // antecedent links between matched mentions
  double average_f() const { return (muc_f + b3_f) / 2; }
  double tokens_per_second = 0;  // NER + resolution + coreference, per CPU second
};

// Reads a GUM CoNLL-U file (gold tokens and parse), runs `ner` (may be null:
// then gold named mentions are not used either, only pronouns and role
// phrases) and `resolver` per document, and scores mentions matched by head
// token against the gold clusters (gold singletons excluded, as CoNLL-2012).
class NerModel;
// `doc_regex`, when not empty, keeps only documents whose `newdoc id` it
// matches (e.g. "GUM_(academic|bio|court|interview|news|voyage)_" for the open genres).
Result<CorefScores> evaluate_coref_gum(const std::string& conllu_path, const NerModel* ner,
                                       const EntityResolver& resolver,
                                       const std::string& doc_regex = "");

}  // namespace eventwire
