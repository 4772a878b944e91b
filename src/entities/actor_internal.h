// Internals shared by actor_resolver.cc and coref_resolver.cc: the compiled
// knowledge base, matches in a sentence, and the working mentions of one
// document. Not part of the public API.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/mapped_model.h"
#include "eventwire/entities.h"

namespace eventwire::actors_internal {

enum class Use : uint8_t { kName, kDemonym, kCapital, kRole };

// The compiled knowledge base is one block of plain records (a mapped cache
// file, docs/models.md "Actor knowledge base cache", or a buffer built in
// memory): strings and arrays are found at an offset relative to the field
// itself, so the records read the same wherever the block lies and loading
// copies nothing.

// A string of the block (NUL-terminated there). Reads like the std::string it
// replaces: comparisons, substr (a std::string), find, conversions.
struct KbStr {
  int32_t rel = 0;  // bytes from this field to the first character
  uint32_t len = 0;
  std::string_view view() const { return {reinterpret_cast<const char*>(this) + rel, len}; }
  operator std::string_view() const { return view(); }
  operator std::string() const { return std::string(view()); }
  const char* data() const { return reinterpret_cast<const char*>(this) + rel; }
  const char* c_str() const { return data(); }
  size_t size() const { return len; }
  bool empty() const { return len == 0; }
  const char* begin() const { return data(); }
  const char* end() const { return data() + len; }
  char front() const { return data()[0]; }
  char back() const { return data()[len - 1]; }
  char operator[](size_t i) const { return data()[i]; }
  std::string substr(size_t pos, size_t n = std::string_view::npos) const {
    return std::string(view().substr(pos, n));
  }
  template <class... A>
  size_t find(A&&... a) const {
    return view().find(std::forward<A>(a)...);
  }
  template <class... A>
  size_t rfind(A&&... a) const {
    return view().rfind(std::forward<A>(a)...);
  }
  template <class... A>
  int compare(A&&... a) const {
    return view().compare(std::forward<A>(a)...);
  }
  bool starts_with(std::string_view p) const { return view().starts_with(p); }
  bool ends_with(std::string_view p) const { return view().ends_with(p); }
  friend bool operator==(const KbStr& a, const KbStr& b) { return a.view() == b.view(); }
  friend bool operator==(const KbStr& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const KbStr& a, const char* b) { return a.view() == b; }
  friend bool operator==(const KbStr& a, const std::string& b) { return a.view() == b; }
  friend bool operator<(const KbStr& a, const KbStr& b) { return a.view() < b.view(); }
  friend std::string operator+(const KbStr& a, const KbStr& b) {
    return std::string(a.view()) += b.view();
  }
  friend std::string operator+(const KbStr& a, std::string_view b) {
    return std::string(a.view()) += b;
  }
  friend std::string operator+(const KbStr& a, char b) { return std::string(a.view()) += b; }
  friend std::string operator+(std::string a, const KbStr& b) { return a += b.view(); }
};

// An array of the block.
template <class T>
struct KbArray {
  int32_t rel = 0;  // bytes from this field to the first element
  uint32_t count = 0;
  const T* begin() const {
    return reinterpret_cast<const T*>(reinterpret_cast<const char*>(this) + rel);
  }
  const T* end() const { return begin() + count; }
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const T& operator[](size_t i) const { return begin()[i]; }
  const T& front() const { return begin()[0]; }
  const T& back() const { return begin()[count - 1]; }
};

// Token by token, as the vectors the arrays replace compared.
inline bool operator==(const KbArray<KbStr>& a, const std::vector<std::string>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

struct KbAttr {
  KbStr first, second;  // key, value
};

// One line of the base as compiled: the fields of the public KbEntry
// (eventwire::KbEntry is the parsed form; inside actors_internal `KbEntry`
// names this record, so readers keep their code).
struct KbRecord {
  KbStr kind, code;
  KbArray<KbStr> names;
  KbArray<KbAttr> attributes;  // not from/to
  int32_t from = 0, to = 0;
  KbStr source;
  std::string attribute(std::string_view key) const;  // "" when absent
  eventwire::KbEntry to_entry() const;
};
using KbEntry = KbRecord;

// One name of an entry as matched.
struct KbName {
  KbArray<KbStr> tokens;  // folded (lower-case, ASCII punctuation)
  KbArray<KbStr> raw;     // as written, only for exact_case
  uint64_t upper = 0;     // bit k: written token k starts upper-case (first 64)
  uint32_t entry = 0;
  Use use = Use::kName;
  bool exact_case = false;  // short acronyms ("US", "WHO") match case exactly
  bool alone = false;  // a person's surname alone (`alone=`): names one office holder or nobody
};

// A list of indexes under a key: a string (KbStrIndex) or an entry (KbListIndex).
struct KbStrItem {
  KbStr first;
  KbArray<uint32_t> second;
};
struct KbListItem {
  uint32_t first = 0;
  KbArray<uint32_t> second;
};

// A hash table of the block: `slots` (a power of two) hold item index + 1.
struct KbStrTable {
  KbArray<uint32_t> slots;
  KbArray<KbStrItem> items;
};

// Reads a KbStrTable like the unordered_map it replaces: find() gives the
// item or end() (nullptr).
class KbStrIndex {
 public:
  KbStrIndex() = default;
  explicit KbStrIndex(const KbStrTable* table) : table_(table) {}
  const KbStrItem* find(std::string_view key) const;
  const KbStrItem* end() const { return nullptr; }
  size_t count(std::string_view key) const { return find(key) != nullptr; }

 private:
  const KbStrTable* table_ = nullptr;
};

// Lists per entry (dense: an empty list is an absent key).
class KbListIndex {
 public:
  KbListIndex() = default;
  explicit KbListIndex(const KbArray<KbListItem>* lists) : lists_(lists) {}
  const KbListItem* find(uint32_t entry) const {
    if (entry >= lists_->size() || (*lists_)[entry].second.empty()) return nullptr;
    return &(*lists_)[entry];
  }
  const KbListItem* end() const { return nullptr; }

 private:
  const KbArray<KbListItem>* lists_ = nullptr;
};

// The top of the block.
struct KbTop {
  KbArray<KbRecord> entries;
  KbArray<KbName> names;
  KbArray<uint32_t> identity;
  KbStrTable by_first, org_names_by_last, country_names_of, country_codes;
  KbArray<KbListItem> siblings, lines_of;
  KbArray<uint64_t> first_names, surnames;
  int64_t alone_marker = -1;
};

class KbBuilder;

// The knowledge base as read by the resolver: views into the compiled block.
struct Kb {
  std::span<const KbRecord> entries;
  std::span<const KbName> names;
  KbStrIndex by_first;                 // folded first token → names
  std::span<const uint32_t> identity;  // entry → first entry of the same kind and first name
  // Later lines of a referent with the very same names as an earlier line
  // share that line's names: entry → the entries sharing its names.
  KbListIndex siblings;
  // A person's identity → all their lines (offices of every period): a title
  // chooses among namesakes by them.
  KbListIndex lines_of;
  // For a body named after its country ("U.S. Secret Service"): the names of
  // organizations by their folded last token, and the names of countries by
  // their code, each in the order of `names`.
  KbStrIndex org_names_by_last, country_names_of;
  // Folded first and last tokens of multi-word person names: a place name
  // next to one of them is part of a person's name ("Lisa Monaco").
  // name_hash of folded words, sorted and unique.
  std::span<const uint64_t> first_names, surnames;
  // The last entry of a hit on a surname alone (`alone=`), after the people it
  // may name: choose_entry then takes the one person holding an office on the
  // date, or none. An entry of kind "alone" without names; -1 when unused.
  int64_t alone_marker = -1;

  Kb() { attach(); }
  Kb(const Kb&) = delete;
  Kb& operator=(const Kb&) = delete;
  // The block built in memory from `builder` (finished).
  void build(const KbBuilder& builder);
  // A block mapped from a cache file (sections[0]); false when it is not one.
  bool map(base::MappedModel model);
  // The block's bytes (what a cache file stores).
  std::string_view block() const { return block_; }

  bool is_first_name(std::string_view w) const;
  bool is_surname(std::string_view w) const;
  bool is_country(std::string_view code) const { return country_codes_.count(code) > 0; }
  static uint64_t name_hash(std::string_view a, std::string_view b = {});
  static uint64_t folded_hash(std::string_view word);  // name_hash(fold_token(word))

 private:
  void attach();              // points the views at block_
  KbStrIndex country_codes_;  // "IRN", … (kind country)
  std::string owned_;         // the block when built in memory
  base::MappedModel mapped_;  // the block when mapped
  std::string_view block_;
};

// The knowledge base while it is read from its sources, then compiled into a
// Kb's block (actor_kb.cc).
struct KbBuilder {
  struct Name {
    std::vector<std::string> tokens;  // folded (lower-case, ASCII punctuation)
    uint64_t upper = 0;               // bit k: written token k starts upper-case (first 64)
    bool exact_case = false;          // short acronyms ("US", "WHO") match case exactly
    std::vector<std::string> raw;     // as written, only for exact_case
    uint32_t entry = 0;
    Use use = Use::kName;
    bool alone = false;
  };
  std::vector<eventwire::KbEntry> entries;
  std::vector<Name> names;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first;
  std::vector<uint32_t> identity;
  // Hash of "kind, first name" → identity (verified against the entry on a hit).
  std::unordered_multimap<uint64_t, uint32_t> identity_of;
  std::unordered_map<uint32_t, std::vector<uint32_t>> siblings, lines_of;
  std::vector<std::string> country_codes;  // in first-seen order, unique
  std::unordered_set<std::string> country_code_set;
  std::unordered_map<std::string, std::vector<uint32_t>> org_names_by_last, country_names_of;
  std::vector<uint64_t> first_names, surnames;
  int64_t alone_marker = -1;
  void finish();  // sorts first_names and surnames; indexes; adds the alone marker
  void add_entry(eventwire::KbEntry e);
  // The compiled block (Kb::build, and the cache file's bytes).
  std::string compile() const;
};

// The compiled block of the built-in files (builtin_actor_kb()) from the
// cache folder (base::mapped_cache_dir()), keyed on their bytes: true when it
// was mapped into `kb`, with the files' dictionary versions in `versions`.
bool load_cached_kb(Kb& kb, std::vector<ComponentVersion>& versions);
// Writes `kb`'s block and `versions` into the cache folder (when one is set)
// and maps the file back, so the pages are shared from the first process on.
void save_cached_kb(Kb& kb, const std::vector<ComponentVersion>& versions);

// A knowledge-base match: tokens [first, last) of one sentence.
struct Hit {
  int first = 0, last = 0;
  Use use = Use::kName;
  std::vector<uint32_t> entries;
};

std::string fold_token(std::string_view text);
// A state office: the sector (the first three letters of `role`, or of a
// code's letters 4-6 the caller passes) of government, legislature, military,
// judiciary, police, intelligence or the elite ("former" makes it ELI).
bool is_state_office(std::string_view role);
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
  // The gender the given name of the base's person states ('f', 'm'; 0: none or
  // not a known person): "Obama" alone is a man for the pronouns after it.
  char base_gender = 0;
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
