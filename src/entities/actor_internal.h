// Internals shared by actor_resolver.cc and coref_resolver.cc: the compiled
// knowledge base, matches in a sentence, and the working mentions of one
// document. Not part of the public API.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eventwire/entities.h"

namespace eventwire::actors_internal {

enum class Use : uint8_t { kName, kDemonym, kCapital, kRole };

struct KbName {
  std::vector<std::string> tokens;  // folded (lower-case, ASCII punctuation)
  uint64_t upper = 0;               // bit k: written token k starts upper-case (first 64)
  bool exact_case = false;          // short acronyms ("US", "WHO") match case exactly
  std::vector<std::string> raw;     // as written, only for exact_case
  uint32_t entry = 0;
  Use use = Use::kName;
  bool alone = false;  // a person's surname alone (`alone=`): names one office holder or nobody
};

struct Kb {
  std::vector<KbEntry> entries;
  std::vector<KbName> names;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first;  // folded first token → names
  std::vector<uint32_t> identity;  // entry → first entry of the same kind and first name
  // Hash of "kind, first name" → identity (verified against the entry on a hit).
  std::unordered_multimap<uint64_t, uint32_t> identity_of;
  // Later lines of a referent with the very same names as an earlier line
  // share that line's names: entry → the entries sharing its names.
  std::unordered_map<uint32_t, std::vector<uint32_t>> siblings;
  // A person's identity → all their lines (offices of every period): a title
  // chooses among namesakes by them.
  std::unordered_map<uint32_t, std::vector<uint32_t>> lines_of;
  std::unordered_set<std::string> country_codes;  // "IRN", … (kind country)
  // For a body named after its country ("U.S. Secret Service"): the names of
  // organizations by their folded last token, and the names of countries by
  // their code, each in the order of `names`. Built by finish().
  std::unordered_map<std::string, std::vector<uint32_t>> org_names_by_last, country_names_of;
  // Folded first and last tokens of multi-word person names: a place name
  // next to one of them is part of a person's name ("Lisa Monaco").
  // name_hash of folded words, sorted and unique once loading is done.
  std::vector<uint64_t> first_names, surnames;
  // The last entry of a hit on a surname alone (`alone=`), after the people it
  // may name: choose_entry then takes the one person holding an office on the
  // date, or none. An entry of kind "alone" without names; -1 when unused.
  int64_t alone_marker = -1;
  void finish();  // sorts first_names and surnames; indexes; adds the alone marker
  bool is_first_name(std::string_view w) const;
  bool is_surname(std::string_view w) const;
  static uint64_t name_hash(std::string_view a, std::string_view b = {});
  static uint64_t folded_hash(std::string_view word);  // name_hash(fold_token(word))
  void add_entry(KbEntry e);
  bool is_country(const std::string& code) const { return country_codes.count(code) > 0; }
};

// A knowledge-base match: tokens [first, last) of one sentence.
struct Hit {
  int first = 0, last = 0;
  Use use = Use::kName;
  std::vector<uint32_t> entries;
};

std::string fold_token(std::string_view text);
// Longest matches, left to right; roles and non-roles are scanned separately.
std::vector<Hit> match_sentence(const Kb& kb, const Sentence& s,
                                const std::vector<std::string>& folded, bool roles);
// What the tagger read as people's names in the article being resolved: a
// surname alone names an office holder only where the article reads the word
// as a person's name and names nobody else in full with it.
struct AloneContext {
  std::unordered_set<std::string> person_words;  // folded words of PER mentions
  // folded surname → the article's full names ending in it (folded, without
  // initials and abbreviated titles)
  std::unordered_map<std::string, std::vector<std::string>> full_names;
};
AloneContext alone_context(const Document& doc);

// The entry that applies on `date` (YYYYMMDD, 0 = today's knowledge); *past
// is set when only an earlier or later period matched. -1 when none. For a
// surname alone (`entries` ending in the alone marker): the dated line of the
// one referent among them in office on the date, else -1; `alone` is the
// article's names (nullptr without an article: `actors lookup`).
int choose_entry(const Kb& kb, const std::vector<uint32_t>& entries, int32_t date,
                 const AloneContext* alone, bool* past);

// A working mention of one document.
struct WorkMention {
  int sentence = 0, first = 0, last = 0;  // tokens [first, last)
  int head = 0;
  int name_first = -1;  // first token of the proper name (a title may precede it)
  std::string type;     // PER, ORG, GPE, LOC, NORP
  enum class Kind : uint8_t { kName, kDemonym, kRole, kPronoun } kind = Kind::kName;
  std::string code, how, role;
  int rank = 0;          // strength of `code`: 5 dictionary, 4 apposition/title, 3 composition…
  std::string identity;  // KB identity or folded text
  bool person = false;   // a person name (NER PER or KB person)
  bool plural = false, definite = false, indefinite = false;
  bool dropped = false;
  int link = -1;             // apposition/title partner (mention index)
  int entry = -1;            // KB entry
  bool needs_actor = false;  // a role that codes only with a country or group ("director")
  bool former = false;       // "former"/"ex-" in a role phrase: the office is past (…ELI)
  bool unknown_owner =
      false;  // a role phrase of a named body the base does not know ("Scientology officials")
  std::string title_role;  // uncoded title ("T…") or apposition ("A…") + its role: "TGOV"
  // The country of a place the phrase names only as a county's name ("Nassau
  // County police"): kept only when it is the article's country.
  std::string subdivision_of;
  // The code a title right before the name gives ("USALEG" for "Senator",
  // "---GOV" when it names no country): a one-word name chooses the namesake
  // whose offices fit it.
  std::string title_fit;
};

// Coreference (coref_resolver.cc): links mentions into clusters and rewrites
// doc.entities from them. `mentions` are in text order.
void build_entities(Document& doc, std::vector<WorkMention>& mentions, bool coreference);

// EntityResolver::annotate's work (actor_annotate.cc): mentions, codes and
// coreference for one document, linear in its length. `alone`: the article's
// names for surnames alone (nullptr when the base has none).
void annotate_document(const Kb& kb, const EntityOptions& options, const AloneContext* alone,
                       Document& doc);

}  // namespace eventwire::actors_internal
