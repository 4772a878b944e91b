// EntityResolver::annotate: the per-document resolution of docs/actors.md
// ("How a mention is resolved"), one member function per numbered step.
// Every lookup is indexed once per document (sentence → matches, mentions
// by sentence, parse children), so the cost is linear in the document.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "entities/actor_internal.h"

namespace eventwire::actors_internal {
namespace {

bool starts_upper(std::string_view t) {
  return !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
}

const std::unordered_set<std::string>& stop_left() {
  static const std::unordered_set<std::string> s = {
      "senior",   "top",     "former",   "elite",    "chief",     "deputy",   "acting",
      "local",    "new",     "key",      "leading",  "prominent", "powerful", "regional",
      "national", "foreign", "military", "armed",    "security",  "its",      "their",
      "his",      "her",     "our",      "-",        "two",       "three",    "several",
      "many",     "some",    "few",      "hundreds", "thousands"};
  return s;
}
bool is_honorific(const std::string& f) {
  static const std::unordered_set<std::string> words = {
      "mr",         "mr.",      "mrs",       "mrs.",     "ms",     "ms.",    "dr",        "dr.",
      "sir",        "dame",     "gen",       "gen.",     "col",    "col.",   "lt",        "lt.",
      "sgt",        "sgt.",     "maj",       "maj.",     "capt",   "capt.",  "adm",       "adm.",
      "prof",       "prof.",    "rev",       "rev.",     "sheikh", "sheik",  "ayatollah", "imam",
      "lord",       "lady",     "prince",    "princess", "emir",   "sultan", "king",      "queen",
      "crown",      "pope",     "president", "senator",  "sen.",   "rep.",   "gov.",      "premier",
      "chancellor", "minister", "secretary"};
  return words.count(f) > 0;
}
bool is_determiner(const std::string& f) {
  return f == "the" || f == "a" || f == "an" || f == "this" || f == "that" || f == "these" ||
         f == "those";
}
// A quotation mark as folded ("“" and "”" fold to '"'; the tagger's `` and '').
bool is_quote_mark(const std::string& f) {
  return f == "\"" || f == "``" || f == "''";
}
// A quoted nickname inside a person's name opening at token `open`: one or
// two capitalized words between quotation marks before `end` ("Robert C.
// "Bobby" Scott"). The closing mark's index, or -1.
int nickname_close(const Sentence& s, const std::vector<std::string>& folded, int open, int end) {
  if (open < 0 || open >= end || !is_quote_mark(folded[open])) return -1;
  for (int k = open + 1; k < end && k <= open + 3; ++k) {
    if (is_quote_mark(folded[k])) return k > open + 1 ? k : -1;
    if (!std::isupper(static_cast<unsigned char>(s.tokens[k].text[0]))) return -1;
  }
  return -1;
}
// The surname of a name in tokens [first, last): the last word, before a
// generational suffix ("William Pascrell Jr.", "John Doe, III").
int surname_index(const std::vector<std::string>& folded, int first, int last) {
  static const std::unordered_set<std::string> suffixes = {"jr.", "jr",  "sr.", "sr",
                                                           "ii",  "iii", "iv"};
  int k = last - 1;
  if (k - 1 > first && suffixes.count(folded[k])) {
    --k;
    if (k - 1 > first && folded[k] == ",") --k;
  }
  return k;
}
bool is_pronoun_word(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "he",   "him",  "his",   "himself",    "she", "her", "hers",  "herself",
      "they", "them", "their", "themselves", "it",  "its", "itself"};
  return s.count(f) > 0;
}
// Singular role nouns that name a person ("commander"), not a body ("ministry").
bool is_person_noun(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "leader",      "chief",         "head",      "minister",   "president",    "premier",
      "king",        "queen",         "emir",      "sultan",     "general",      "commander",
      "officer",     "colonel",       "major",     "lieutenant", "sergeant",     "admiral",
      "envoy",       "diplomat",      "official",  "spokesman",  "spokeswoman",  "spokesperson",
      "judge",       "mayor",         "governor",  "ambassador", "consul",       "senator",
      "congressman", "congresswoman", "mp",        "lawmaker",   "legislator",   "deputy",
      "prince",      "chancellor",    "monarch",   "soldier",    "figure",       "prosecutor",
      "journalist",  "reporter",      "editor",    "activist",   "dissident",    "civilian",
      "resident",    "student",       "teacher",   "doctor",     "nurse",        "refugee",
      "migrant",     "militant",      "insurgent", "rebel",      "fighter",      "gunman",
      "policeman",   "businessman",   "executive", "statesman",  "guerrilla",    "jihadist",
      "terrorist",   "separatist",    "professor", "spy",        "smuggler",     "criminal",
      "pirate",      "farmer",        "worker",    "protester",  "demonstrator", "extremist",
      "radical",     "villager",      "citizen",   "medic",      "pilgrim",      "worshipper"};
  return s.count(f) > 0;
}
// Function words are capitalized at the start of a sentence ("In Saudi
// Arabia") and some are also names' first words somewhere in the base.
bool is_function_word(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "in",      "on",    "at",        "to",      "of",        "for",     "from", "by",
      "with",    "as",    "and",       "but",     "or",        "nor",     "if",   "when",
      "while",   "after", "before",    "since",   "until",     "during",  "the",  "a",
      "an",      "this",  "that",      "these",   "those",     "his",     "her",  "their",
      "its",     "our",   "my",        "your",    "into",      "across",  "near", "inside",
      "outside", "about", "against",   "between", "under",     "over",    "than", "then",
      "so",      "yet",   "also",      "both",    "all",       "some",    "many", "most",
      "every",   "each",  "no",        "not",     "why",       "how",     "what", "where",
      "who",     "which", "meanwhile", "today",   "yesterday", "tomorrow"};
  return s.count(f) > 0;
}
// Role nouns that name a rank or function in any body: the body's role word
// before them says the sector ("intelligence officer", "police spokesman").
bool is_generic_head(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "official",     "officials", "officer",  "officers",   "spokesman",      "spokeswoman",
      "spokesperson", "spokesmen", "chief",    "head",       "representative", "representatives",
      "member",       "members",   "chairman", "chairwoman", "president",      "director"};
  return s.count(f) > 0;
}
// Role words that are mostly adjectives ("military resources").
bool is_adjectival_role(const std::string& f) {
  static const std::unordered_set<std::string> s = {
      "military", "security",      "intelligence", "rebel",    "opposition",     "government",
      "police",   "militant",      "media",        "civilian", "elite",          "public",
      "press",    "business",      "youth",        "party",    "army",           "union",
      "court",    "parliamentary", "industry",     "student",  "health ministry"};
  return s.count(f) > 0;
}
// A possessive apostrophe follows a word without a space ("Corps'").
bool attached_to_word(const Sentence& s, int k) {
  if (k <= 0 || s.tokens[k - 1].space_after) return false;
  const std::string& prev = s.tokens[k - 1].text;
  return !prev.empty() && std::isalpha(static_cast<unsigned char>(prev.back()));
}
bool has_parse(const Sentence& s) {
  return !s.tokens.empty() && s.tokens.front().head >= 0 && !s.tokens.front().deprel.empty();
}
bool noun_like(const Token& t) {
  return t.upos.empty() || t.upos == "NOUN" || t.upos == "PROPN";
}
// The role a role word composes with: the generic ELI ("leader") as GOV.
std::string composed_role(const std::string& role) {
  return role == "ELI" ? "GOV" : role;
}
// The role a role phrase gives a country: ELI for a past office ("former
// minister"), else composed_role.
std::string phrase_role(const WorkMention& r) {
  return r.former ? "ELI" : composed_role(r.role);
}
int32_t date_number(const std::string& d) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return 0;
  return std::atoi(d.substr(0, 4).c_str()) * 10000 + std::atoi(d.substr(5, 2).c_str()) * 100 +
         std::atoi(d.substr(8, 2).c_str());
}

// What one sentence offers, computed once: folded tokens, knowledge-base and
// role matches with token → match maps, and the parse's children.
struct SentenceInfo {
  std::vector<std::string> folded;
  std::vector<Hit> names, roles;
  std::vector<int> name_at, role_at;       // token → hit index or -1
  std::vector<std::vector<int>> children;  // token → dependents, in text order
  const Sentence* sentence = nullptr;
  bool parsed = false;
};

// One document's resolution. Not thread-safe; one per annotate() call.
class DocumentResolver {
 public:
  DocumentResolver(const Kb& kb, const EntityOptions& options, Document& doc)
      : kb_(kb), options_(options), doc_(doc), date_(date_number(doc.article.date)) {}
  void run();

 private:
  // Setup.
  void index_sentences();
  void mark_ner_persons();
  // Shared helpers.
  void set_from_entry(WorkMention& m, const std::vector<uint32_t>& entries, Use use) const;
  int head_of(const Sentence& s, int first, int last) const;
  bool place_like(const Hit& h) const;
  bool in_person_shape(const Sentence& s, const SentenceInfo& in, const Hit& h) const;
  bool has_case(const SentenceInfo& in, int k, std::string_view word) const;
  const KbEntry* place_entry(const Hit& h) const;  // a country or place valid on the date
  bool before_subdivision(const SentenceInfo& in, const Hit& h) const;
  // 1. NER mentions.
  void add_ner_mentions();
  void cut_person_title(const SentenceInfo& in, WorkMention& m) const;
  bool title_alone_before_name(const SentenceInfo& in, const WorkMention& m) const;
  bool extend_over_nickname(const SentenceInfo& in, WorkMention& m) const;
  std::vector<uint32_t> person_with_nickname(const SentenceInfo& in, const WorkMention& m) const;
  void match_ner_mention(const SentenceInfo& in, WorkMention& m) const;
  std::vector<uint32_t> person_without_initials(const SentenceInfo& in, const WorkMention& m) const;
  std::vector<uint32_t> people_named(const std::vector<std::string>& words) const;
  void compose_ner_mention(const SentenceInfo& in, WorkMention& m) const;
  // 2. Names NER missed.
  void add_missed_names();
  // 2b. Surnames NER missed.
  void add_missed_surnames();
  // 2c. Unknown places placed by a country after a comma ("Sydney, Australia").
  void places_in_countries();
  // 3. Role phrases.
  void add_role_phrases();
  // 3b. A candidate's campaign ("the Trump campaign").
  void add_campaigns();
  bool role_word_heads(size_t si, int head, bool before_person) const;
  void extend_parsed(const SentenceInfo& in, int head, int t, int& first, int& last) const;
  void extend_plain(size_t si, int& first, int& last) const;
  bool make_role_mention(size_t si, size_t ri, int first, int last, WorkMention& m) const;
  const KbEntry* located_in(size_t si, int head, int last) const;
  int role_head(size_t si, const Hit& rh) const;
  // 4. Titles and appositions.
  void link_titles_and_appositions();
  void link_name_to_role(size_t i, WorkMention& r);
  // 4b. A person's surname alone, whatever NER typed it.
  void surnames_as_people();
  // 5. Capitals as metonyms.
  void capital_metonyms();
  bool capital_acts(const WorkMention& m) const;
  // 5b. The article's country.
  void article_country();
  std::string dominant_country() const;
  void foreign_parties(const std::string& dominant);
  std::string nearest_country(const WorkMention& x,
                              const std::vector<std::vector<const WorkMention*>>& countries_in,
                              int* sentence) const;
  bool placed_elsewhere(const WorkMention& x) const;
  // 5c. People named with their organization.
  void affiliations();
  void names_without_country();
  // 6. Pronouns, then the mentions in text order to coreference.
  void add_pronouns();
  void finish();

  const Kb& kb_;
  const EntityOptions& options_;
  Document& doc_;
  const int32_t date_;
  std::vector<SentenceInfo> info_;
  std::vector<std::vector<char>> covered_;  // tokens inside a mention
  std::vector<std::vector<char>> per_at_;   // tokens of NER person names
  std::vector<std::vector<char>> org_at_;   // tokens of NER organization names
  std::vector<WorkMention> ms_;
  size_t name_count_ = 0;  // ms_[0, name_count_) are names, the rest role phrases and pronouns
};

void DocumentResolver::run() {
  index_sentences();
  mark_ner_persons();
  add_ner_mentions();
  add_missed_names();
  add_missed_surnames();
  places_in_countries();
  add_role_phrases();
  add_campaigns();
  link_titles_and_appositions();
  surnames_as_people();
  capital_metonyms();
  article_country();
  affiliations();
  names_without_country();
  add_pronouns();
  finish();
}

void DocumentResolver::index_sentences() {
  const size_t n = doc_.sentences.size();
  info_.resize(n);
  covered_.resize(n);
  per_at_.resize(n);
  org_at_.resize(n);
  for (size_t si = 0; si < n; ++si) {
    const Sentence& s = doc_.sentences[si];
    SentenceInfo& in = info_[si];
    in.sentence = &s;
    for (const Token& t : s.tokens) in.folded.push_back(fold_token(t.text));
    in.parsed = has_parse(s);
    in.names = match_sentence(kb_, s, in.folded, false);
    in.roles = match_sentence(kb_, s, in.folded, true);
    in.name_at.assign(s.tokens.size(), -1);
    in.role_at.assign(s.tokens.size(), -1);
    for (size_t h = 0; h < in.names.size(); ++h)
      for (int k = in.names[h].first; k < in.names[h].last; ++k)
        in.name_at[k] = static_cast<int>(h);
    for (size_t h = 0; h < in.roles.size(); ++h)
      for (int k = in.roles[h].first; k < in.roles[h].last; ++k)
        in.role_at[k] = static_cast<int>(h);
    in.children.resize(s.tokens.size());
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      const int h = s.tokens[k].head - 1;
      if (h >= 0 && h < static_cast<int>(s.tokens.size()))
        in.children[h].push_back(static_cast<int>(k));
    }
    covered_[si].assign(s.tokens.size(), 0);
    per_at_[si].assign(s.tokens.size(), 0);
    org_at_[si].assign(s.tokens.size(), 0);
  }
}

void DocumentResolver::mark_ner_persons() {
  for (const Entity& ent : doc_.entities) {
    if (ent.type != "PER" && ent.type != "ORG") continue;
    auto& at = ent.type == "PER" ? per_at_ : org_at_;
    for (const Mention& mm : ent.mentions)
      if (mm.sentence >= 0 && mm.sentence < static_cast<int>(doc_.sentences.size()))
        for (int k = std::max(0, mm.first_token);
             k < mm.last_token && k < static_cast<int>(at[mm.sentence].size()); ++k)
          at[mm.sentence][k] = 1;
  }
}

void DocumentResolver::set_from_entry(WorkMention& m, const std::vector<uint32_t>& entries,
                                      Use use) const {
  bool past = false;
  const int e = choose_entry(kb_, entries, date_, &past);
  if (e < 0) return;
  const KbEntry& k = kb_.entries[e];
  m.entry = e;
  m.code = k.code;
  // Out of every dated office a person is an elite of the office's country.
  if (past && k.kind == "person" && k.code.size() >= 3 && k.code.rfind("IGO", 0) != 0 &&
      k.code.rfind("IMG", 0) != 0)
    m.code = k.code.substr(0, 3) + "ELI";
  m.rank = past ? 2 : 5;
  m.how = std::string(past ? "dictionary-past:" : "dictionary:") + k.source;
  m.identity = "kb:" + std::to_string(kb_.identity[e]);
  m.person = k.kind == "person" || (m.person && k.kind != "org" && k.kind != "country");
  if (use == Use::kName)
    m.type = k.kind == "person"    ? "PER"
             : k.kind == "org"     ? "ORG"
             : k.kind == "country" ? "GPE"
                                   : m.type;
  if (use == Use::kDemonym) {
    m.kind = WorkMention::Kind::kDemonym;
    m.identity = "demonym:" + std::to_string(kb_.identity[e]);
    m.how = "dictionary-demonym:" + k.source;
  } else if (use == Use::kCapital) {
    m.identity = "capital:" + std::to_string(e);
    m.how = "capital:" + k.source;
    m.rank = 3;
  }
}

int DocumentResolver::head_of(const Sentence& s, int first, int last) const {
  if (!has_parse(s)) return last - 1;
  for (int k = last - 1; k >= first; --k) {
    const int h = s.tokens[k].head - 1;
    if (h < first || h >= last) return k;
  }
  return last - 1;
}

bool DocumentResolver::place_like(const Hit& h) const {
  if (h.use == Use::kCapital || h.use == Use::kDemonym) return true;
  const std::string& kind = kb_.entries[h.entries.front()].kind;
  return kind == "country" || kind == "place";
}

// A place name written as part of a person's name: after a capitalized
// known first name ("Lisa Monaco") or before a capitalized known surname
// ("Jordan Peterson"), neither of them part of another knowledge-base name.
bool DocumentResolver::in_person_shape(const Sentence& s, const SentenceInfo& in,
                                       const Hit& h) const {
  auto plain_name_token = [&](int k) {
    return k >= 0 && k < static_cast<int>(s.tokens.size()) && in.name_at[k] < 0 &&
           in.role_at[k] < 0 && starts_upper(s.tokens[k].text) && !is_honorific(in.folded[k]) &&
           std::isalpha(static_cast<unsigned char>(s.tokens[k].text[0])) &&
           !is_function_word(in.folded[k]) && in.folded[k].size() > 2;
  };
  return (plain_name_token(h.first - 1) && kb_.is_first_name(in.folded[h.first - 1])) ||
         (plain_name_token(h.last) && kb_.is_surname(in.folded[h.last]));
}

// Whether token k has a "case" dependent spelled `word` ("of").
bool DocumentResolver::has_case(const SentenceInfo& in, int k, std::string_view word) const {
  for (int c : in.children[k])
    if (in.sentence->tokens[c].deprel == "case" && in.folded[c] == word) return true;
  return false;
}

const KbEntry* DocumentResolver::place_entry(const Hit& h) const {
  bool past = false;
  const int e = choose_entry(kb_, h.entries, date_, &past);
  if (e < 0) return nullptr;
  const KbEntry& k = kb_.entries[e];
  return k.kind == "country" || k.kind == "place" ? &k : nullptr;
}

// A place name followed by a capitalized subdivision word names a county of
// that name, perhaps in another country ("Nassau County" is New York's, not
// the Bahamas'); its country counts only where it is the story's (step 5b).
bool DocumentResolver::before_subdivision(const SentenceInfo& in, const Hit& h) const {
  static const std::unordered_set<std::string> words = {"county", "parish", "township", "borough"};
  return h.last < static_cast<int>(in.folded.size()) && words.count(in.folded[h.last]) &&
         starts_upper(in.sentence->tokens[h.last].text);
}

// 1. NER mentions, with their knowledge-base codes.
void DocumentResolver::add_ner_mentions() {
  for (const Entity& ent : doc_.entities) {
    for (const Mention& mm : ent.mentions) {
      if (mm.sentence < 0 || mm.sentence >= static_cast<int>(doc_.sentences.size())) continue;
      const SentenceInfo& in = info_[mm.sentence];
      WorkMention m;
      m.sentence = mm.sentence;
      m.first = mm.first_token;
      m.last = mm.last_token;
      if (m.first < 0 || m.last > static_cast<int>(in.folded.size()) || m.first >= m.last) continue;
      // A role word NER took for a name of people ("an Ottawa MP" tagged
      // NORP): left to the role pass, which composes it with its phrase.
      // (Not PER: "Queen", "King", "Granger" are names as often as roles.)
      if (ent.type == "NORP" && in.role_at[m.first] >= 0 && in.name_at[m.first] < 0) {
        const Hit& rh = in.roles[in.role_at[m.first]];
        if (rh.first == m.first && rh.last == m.last) continue;
      }
      m.type = ent.type;
      m.person = ent.type == "PER";
      // A hyphenated given name NER cut at the hyphen: "Cheng Chung-tai". Not
      // a known name ("UK-based") nor a compound suffix ("Denver-based").
      static const std::unordered_set<std::string> suffixes = {
          "based",      "backed",       "led",     "linked",     "born",     "wide",
          "era",        "style",        "run",     "owned",      "held",     "made",
          "bound",      "speaking",     "allied",  "aligned",    "funded",   "sponsored",
          "controlled", "administered", "leaning", "affiliated", "friendly", "occupied",
          "ruled",      "type",         "like"};
      const auto& toks = doc_.sentences[m.sentence].tokens;
      bool known = false;
      for (int k = m.first; k < m.last; ++k) known = known || in.name_at[k] >= 0;
      while (!known && m.last + 1 < static_cast<int>(toks.size()) && toks[m.last].text == "-" &&
             !toks[m.last - 1].space_after && !toks[m.last].space_after &&
             std::islower(static_cast<unsigned char>(toks[m.last + 1].text[0])) &&
             !suffixes.count(in.folded[m.last + 1]) &&
             (ent.type == "PER" || ent.type == "LOC" || ent.type == "GPE") &&
             starts_upper(toks[m.last - 1].text))
        m.last += 2;
      // A possessive NER kept: "Alphabet Inc’s" is "Alphabet Inc".
      if (m.last - m.first > 1 && (in.folded[m.last - 1] == "'s" || in.folded[m.last - 1] == "'"))
        --m.last;
      // A title the tagger cut off as a person of its own ("Rep." before
      // "Robert C. "Bobby" Scott") is left to the role pass, which links it
      // to the name as its title.
      if (m.person && title_alone_before_name(in, m)) continue;
      // A name the tagger cut at a quoted nickname is the whole name; two
      // pieces of it are one mention.
      if (m.person && extend_over_nickname(in, m)) {
        for (int k = m.first; k < m.last; ++k) per_at_[m.sentence][k] = 1;
        bool seen = false;
        for (const WorkMention& x : ms_)
          seen = seen || (x.sentence == m.sentence && x.last == m.last &&
                          (x.first == m.first || x.name_first == m.first));
        if (seen) continue;
      }
      if (m.person) cut_person_title(in, m);
      match_ner_mention(in, m);
      compose_ner_mention(in, m);
      if (m.identity.empty()) {
        std::string key;
        for (int k = m.first; k < m.last; ++k) key += in.folded[k] + " ";
        m.identity = "text:" + key;
      }
      m.head = head_of(doc_.sentences[m.sentence], m.first, m.last);
      if (m.type == "NORP" && m.kind == WorkMention::Kind::kName)
        m.kind = WorkMention::Kind::kDemonym;
      for (int k = m.first; k < m.last; ++k) covered_[m.sentence][k] = 1;
      ms_.push_back(std::move(m));
    }
  }
}

// A word of a person's name around a quoted nickname: a capitalized word that
// is no title or function word, or an initial ("C.", or "C" before ".").
static bool name_word_at(const SentenceInfo& in, int k) {
  const Sentence& s = *in.sentence;
  if (k < 0 || k >= static_cast<int>(in.folded.size())) return false;
  const std::string& f = in.folded[k];
  if (f == ".") return k > 0 && in.folded[k - 1].size() == 1 && starts_upper(s.tokens[k - 1].text);
  return starts_upper(s.tokens[k].text) && in.role_at[k] < 0 && !is_honorific(f) &&
         !is_function_word(f);
}

bool DocumentResolver::title_alone_before_name(const SentenceInfo& in, const WorkMention& m) const {
  const int n = static_cast<int>(in.folded.size());
  for (int k = m.first; k < m.last; ++k)
    if (!is_honorific(in.folded[k]) && in.role_at[k] < 0) return false;
  // The words after it are a name the tagger found (in part).
  for (int k = m.last; k < n && k < m.last + 6; ++k) {
    if (!name_word_at(in, k) && !is_quote_mark(in.folded[k])) return false;
    if (per_at_[m.sentence][k]) return true;
  }
  return false;
}

bool DocumentResolver::extend_over_nickname(const SentenceInfo& in, WorkMention& m) const {
  const Sentence& s = *in.sentence;
  const int n = static_cast<int>(in.folded.size());
  bool extended = false;
  // The nickname alone between its marks ("Bobby" in "Robert C. "Bobby"
  // Scott"): the whole name.
  if (m.first > 0 && is_quote_mark(in.folded[m.first - 1]) &&
      nickname_close(s, in.folded, m.first - 1, n) == m.last && m.last + 1 < n &&
      name_word_at(in, m.last + 1) && in.folded[m.last + 1].size() > 2 &&
      name_word_at(in, m.first - 2)) {
    int q = m.first - 1;
    while (q > 0 && name_word_at(in, q - 1)) --q;
    m.first = q;
    m.last += 2;
    return true;
  }
  // Right: "Robert C." before ""Bobby" Scott".
  if (m.last < n && name_word_at(in, m.last - 1)) {
    const int close = nickname_close(s, in.folded, m.last, n);
    if (close > 0 && close + 1 < n && name_word_at(in, close + 1) &&
        in.folded[close + 1].size() > 2) {
      m.last = close + 2;
      extended = true;
    }
  }
  // Left: ""Bobby" Scott" or "Scott" after "Robert C.".
  int open = -1;
  if (nickname_close(s, in.folded, m.first, m.last) > m.first) {
    open = m.first;
  } else if (m.first > 0 && is_quote_mark(in.folded[m.first - 1])) {
    for (int q = m.first - 3; q <= m.first - 2 && open < 0; ++q)
      if (nickname_close(s, in.folded, q, m.first) == m.first - 1) open = q;
  }
  if (open >= 0) {
    int q = open;
    while (q > 0 && name_word_at(in, q - 1)) --q;
    if (q < open && q < m.first) {
      m.first = q;
      extended = true;
    }
  }
  return extended;
}

// A title NER took into a person's name ("FBI Director James Comey") is left
// to the role pass, which links it back as a title.
void DocumentResolver::cut_person_title(const SentenceInfo& in, WorkMention& m) const {
  int name_from = -1;
  for (int k = m.first; k < m.last - 1; ++k)
    if (in.role_at[k] >= 0 && in.roles[in.role_at[k]].last < m.last && in.name_at[k] < 0)
      name_from = in.roles[in.role_at[k]].last;
  // "Minister of Education Stefania Giannini": the name is the last two words.
  if (name_from > m.first && name_from < m.last &&
      (in.folded[name_from] == "of" || in.folded[name_from] == "for"))
    name_from = std::max(name_from + 2, m.last - 2);
  // "Dean Kamen", "Major Garrett": a role word that is also a first name,
  // before a single word, is the first name.
  if (name_from == m.first + 1 && m.last - name_from == 1 && kb_.is_first_name(in.folded[m.first]))
    return;
  if (name_from > m.first && name_from < m.last) {
    bool person_hit_covers = false;
    for (const Hit& h : in.names)
      if (h.first < name_from && h.last > name_from &&
          kb_.entries[h.entries.front()].kind == "person")
        person_hit_covers = true;
    if (!person_hit_covers) m.first = name_from;
  }
}

// The longest knowledge-base match ending at the mention's end, or covering it.
void DocumentResolver::match_ner_mention(const SentenceInfo& in, WorkMention& m) const {
  const Sentence& s = *in.sentence;
  const Hit* best = nullptr;
  for (const Hit& h : in.names) {
    bool inside = h.first >= m.first && h.last == m.last;
    const bool covers = h.first <= m.first && h.last >= m.last;
    // "Joseph Bennett" is not Naftali Bennett, nor "Port Blair" Tony Blair:
    // a known person's name ending a longer name counts only after titles,
    // roles and other known names ("US President Donald Trump").
    if (inside && h.first > m.first && kb_.entries[h.entries.front()].kind == "person")
      for (int k = m.first; k < h.first && inside; ++k)
        inside = in.role_at[k] >= 0 || in.name_at[k] >= 0 || is_honorific(in.folded[k]) ||
                 !starts_upper(s.tokens[k].text) || in.folded[k] == "'s";
    // A person's name is never a country, place or city because one of
    // its tokens is one ("Lisa Monaco", "Jordan Peterson").
    if (m.person && place_like(h)) continue;
    // NER may type "Lisa Monaco" as a place: a capitalized known first
    // name right before the place inside the mention makes it a person.
    if (place_like(h) && h.first > m.first && h.first - 1 >= m.first &&
        in.name_at[h.first - 1] < 0 && in.role_at[h.first - 1] < 0 &&
        in.folded[h.first - 1].size() > 2 && !is_honorific(in.folded[h.first - 1]) &&
        kb_.is_first_name(in.folded[h.first - 1]) && starts_upper(s.tokens[h.first - 1].text)) {
      m.person = true;
      m.type = "PER";
      continue;
    }
    if ((inside || covers) && (!best || h.last - h.first > best->last - best->first)) best = &h;
  }
  // A known body's branch: "American Civil Liberties Union of Nevada" is the
  // ACLU's, not Ohio (a known body starting the mention, before "of", longer
  // than the name ending it).
  if (!m.person)
    for (const Hit& h : in.names)
      if (h.first == m.first && h.last < m.last && in.folded[h.last] == "of" &&
          h.use == Use::kName && kb_.entries[h.entries.front()].kind == "org" &&
          (!best || h.last - h.first > best->last - best->first))
        best = &h;
  // A quoted nickname inside the name: "Robert C. "Bobby" Scott" is the base's
  // "Robert C. Bobby Scott", "Robert C. Scott", "Robert Scott" or "Bobby Scott".
  if (m.person && (!best || best->first > m.first)) {
    const std::vector<uint32_t> entries = person_with_nickname(in, m);
    if (!entries.empty()) {
      set_from_entry(m, entries, Use::kName);
      return;
    }
  }
  // A known person named with a middle initial or a generational suffix the
  // base does not list: "Joseph R. Biden Jr." is "Joseph Biden".
  if (m.person && (!best || best->last - best->first < 2)) {
    const std::vector<uint32_t> entries = person_without_initials(in, m);
    if (!entries.empty()) {
      set_from_entry(m, entries, Use::kName);
      return;
    }
  }
  if (best) {
    if (best->first > m.first) m.name_first = best->first;
    if (best->first < m.first) m.first = best->first;
    if (best->last > m.last) m.last = best->last;
    set_from_entry(m, best->entries, best->use);
  }
}

std::vector<uint32_t> DocumentResolver::person_with_nickname(const SentenceInfo& in,
                                                             const WorkMention& m) const {
  std::vector<uint32_t> entries;
  int open = -1, close = -1;
  for (int k = m.first + 1; k + 1 < m.last && open < 0; ++k) {
    const int c = nickname_close(*in.sentence, in.folded, k, m.last - 1);
    if (c > 0) open = k, close = c;
  }
  if (open < 0) return entries;
  int start = m.first;
  while (start < open && is_honorific(in.folded[start])) ++start;
  if (start == open) return entries;
  auto is_initial = [&](int k) {
    const std::string& f = in.folded[k];
    return (f.size() == 1 && std::isalpha(static_cast<unsigned char>(f[0]))) ||
           (f.size() == 2 && f[1] == '.' && std::isalpha(static_cast<unsigned char>(f[0]))) ||
           (f == "." && k > 0 && in.folded[k - 1].size() == 1);
  };
  // The forms tried, most specific first: with the nickname as a plain word,
  // without it, both without initials, the nickname as the given name.
  std::vector<std::vector<std::string>> forms(5);
  for (int k = start; k < m.last; ++k) {
    if (k == open || k == close) continue;
    const bool nick = k > open && k < close;
    const bool given_part = k < open;
    const std::string& f = in.folded[k];
    forms[0].push_back(f);
    if (!nick) forms[1].push_back(f);
    if (!(given_part && is_initial(k))) {
      forms[2].push_back(f);
      if (!nick) forms[3].push_back(f);
    }
    if (!given_part) forms[4].push_back(f);
  }
  for (const auto& words : forms) {
    if (words.size() < 2) continue;
    entries = people_named(words);
    if (!entries.empty()) return entries;
  }
  return entries;
}

// The KB people (with their siblings) one of whose names is exactly `words`.
std::vector<uint32_t> DocumentResolver::people_named(const std::vector<std::string>& words) const {
  std::vector<uint32_t> entries;
  auto it = kb_.by_first.find(words.front());
  if (it == kb_.by_first.end()) return entries;
  for (uint32_t ni : it->second) {
    const KbName& name = kb_.names[ni];
    if (name.use != Use::kName || name.tokens != words ||
        kb_.entries[name.entry].kind != "person" ||
        std::find(entries.begin(), entries.end(), name.entry) != entries.end())
      continue;
    entries.push_back(name.entry);
    if (auto sib = kb_.siblings.find(name.entry); sib != kb_.siblings.end())
      entries.insert(entries.end(), sib->second.begin(), sib->second.end());
  }
  return entries;
}

std::vector<uint32_t> DocumentResolver::person_without_initials(const SentenceInfo& in,
                                                                const WorkMention& m) const {
  static const std::unordered_set<std::string> suffixes = {"jr", "jr.", "sr", "sr.", "ii", "iii"};
  auto is_letter = [](const std::string& f) {
    return f.size() == 1 && std::isalpha(static_cast<unsigned char>(f[0]));
  };
  std::vector<std::string> words;
  bool dropped = false;
  for (int k = m.first; k < m.last; ++k) {
    const std::string& f = in.folded[k];
    const bool inner = k > m.first && k + 1 < m.last;
    const bool initial =
        inner && (is_letter(f) || (f.size() == 2 && f[1] == '.' && is_letter(f.substr(0, 1))));
    const bool dot = f == "." && k > m.first && is_letter(in.folded[k - 1]);
    const bool suffix = k > m.first + 1 && suffixes.count(f) > 0;
    const bool comma = f == "," && k + 1 < m.last && suffixes.count(in.folded[k + 1]) > 0;
    if (initial || dot || suffix || comma) {
      dropped = true;
      continue;
    }
    words.push_back(f);
  }
  if (!dropped || words.size() < 2) return {};
  return people_named(words);
}

// A name the base does not know (not a person's), made of a country and a
// role word: "Saudi Interior Ministry", "Indonesian Navy", "Italian Supreme
// Court", "Slovak Soldiers" → the country + the role. A country's possessive
// before the name counts too: "Chile's Ministry of Mines"; it also overrides
// the country of a generic name the base knows for another country ("Chile's
// Defense Department").
void DocumentResolver::compose_ner_mention(const SentenceInfo& in, WorkMention& m) const {
  std::string owner;
  if (m.first >= 2 && (in.folded[m.first - 1] == "'s" || in.folded[m.first - 1] == "'"))
    for (const Hit& h : in.names)
      if (h.last == m.first - 1 && h.use == Use::kName)
        if (const KbEntry* k = place_entry(h)) owner = k->code.substr(0, 3);
  if (!owner.empty() && m.entry >= 0 && kb_.entries[m.entry].kind == "org" && m.code.size() > 3 &&
      kb_.is_country(m.code.substr(0, 3)) && m.code.substr(0, 3) != owner) {
    m.code = owner + m.code.substr(3);
    m.rank = 3;
    m.how = "composition";
  }
  // A country name or demonym followed by a role word inside the mention
  // ("Slovak Soldiers"): the country + the role.
  if (m.code.size() == 3 && kb_.is_country(m.code) && m.type != "PER")
    for (const Hit& h : in.roles)
      if (h.first >= m.first && h.last == m.last && (m.name_first < 0 || h.first > m.first)) {
        const KbEntry& r = kb_.entries[h.entries.front()];
        if (r.code.empty() || r.code.back() == '~' || r.attribute("needs") == "actor") continue;
        bool after_country = false;
        for (const Hit& c : in.names)
          if (c.first >= m.first && c.last <= h.first) after_country = true;
        if (!after_country) continue;
        m.code += composed_role(r.code);
        m.rank = 3;
        m.how = "composition";
      }
  if (m.code.empty() && m.type != "PER") {
    std::string nation = owner, role, last_role;
    for (const Hit& h : in.names)
      if (h.first >= m.first && h.last <= m.last && nation.empty())
        if (const KbEntry* k = place_entry(h)) {
          nation = k->code.substr(0, 3);
          if (before_subdivision(in, h)) m.subdivision_of = nation;
        }
    for (const Hit& h : in.roles)
      if (h.first >= m.first && h.last <= m.last) {
        const KbEntry& r = kb_.entries[h.entries.front()];
        // The role heads the name, at its end or before its "of" tail
        // ("Department of Veterans Affairs"); not inside a tail ("Council for
        // the Welfare of Immigrants").
        bool heads = h.last == m.last || (h.last < m.last && in.folded[h.last] == "of");
        for (int k = m.first; k < h.first && heads; ++k)
          heads = in.folded[k] != "of" && in.folded[k] != "for" && in.folded[k] != "and";
        if (r.code.empty() || r.code.back() == '~') continue;
        // A weak role ("Department") yields to any other role in the name
        // ("New York Police Department" → COP).
        const bool weak = r.attribute("weak") == "yes";
        if (heads && r.attribute("needs") != "actor" && (!weak || last_role.empty()))
          last_role = composed_role(r.code);
        if (!weak || role.empty()) role = composed_role(r.code);
      }
    // A committee or caucus named after a chamber is part of it: "House
    // Intelligence Committee", "Senate Armed Services Committee" (LEG).
    static const std::unordered_set<std::string> parts = {"committee", "subcommittee", "caucus",
                                                          "delegation"};
    // (A place after the chamber is the committee's subject, not its
    // country: "House Benghazi Committee".)
    if (last_role.empty() && parts.count(in.folded[m.last - 1]))
      for (const Hit& h : in.roles)
        if (h.first >= m.first && h.last < m.last && kb_.entries[h.entries.front()].code == "LEG") {
          last_role = role = "LEG";
          nation = owner;
          for (const Hit& c : in.names)
            if (c.first >= m.first && c.last <= h.first && nation.empty())
              if (const KbEntry* k = place_entry(c)) nation = k->code.substr(0, 3);
          break;
        }
    if (!nation.empty() && !role.empty()) {
      m.code = nation + role;
      m.rank = 3;
      m.how = "composition";
    } else if (nation.empty() && !last_role.empty() && m.entry < 0 && last_role != "CVL" &&
               last_role != "REF") {
      // A body named with a role word and no country ("Civic Party",
      // "Supreme Court"): the article's country may give it one (step 5b).
      // Not a civilian role: bodies are not civilians ("… for Population").
      m.title_role = "N" + last_role;
    }
  }
}

// 2. Knowledge-base names NER missed; demonyms only when used as nouns ("Gazans").
void DocumentResolver::add_missed_names() {
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    for (const Hit& h : in.names) {
      bool overlap = false;
      for (int k = h.first; k < h.last; ++k) overlap = overlap || covered_[si][k];
      if (overlap) continue;
      if (place_like(h) && in_person_shape(s, in, h)) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = h.first;
      m.last = h.last;
      m.head = head_of(s, h.first, h.last);
      if (h.use == Use::kDemonym) {
        const Token& t = s.tokens[m.head];
        const bool nominal =
            in.parsed
                ? (t.upos == "NOUN" || t.upos == "PROPN") && t.deprel != "amod"
                : (in.folded[m.head].back() == 's' &&
                   (m.head + 1 >= static_cast<int>(s.tokens.size()) || in.role_at[m.head + 1] < 0));
        if (!nominal) continue;
        m.plural = true;
      }
      set_from_entry(m, h.entries, h.use);
      if (m.entry < 0) continue;
      const std::string& kind = kb_.entries[m.entry].kind;
      m.type = h.use == Use::kDemonym ? "NORP"
               : kind == "person"     ? "PER"
               : kind == "org"        ? "ORG"
               : kind == "country"    ? "GPE"
                                      : "LOC";
      for (int k = m.first; k < m.last; ++k) covered_[si][k] = 1;
      ms_.push_back(std::move(m));
    }
  }
}

// 2b. A person named in full is later named by the surname alone, which NER
//     may miss ("Ho declined to comment" after "Ho Ka-fai"): a capitalized
//     word, not in any mention or match, equal to the last word of a person's
//     name (or the first, before a hyphenated given name) becomes a mention.
void DocumentResolver::add_missed_surnames() {
  static const std::unordered_set<std::string> calendar = {
      "january",   "february",  "march",   "april",    "may",      "june",   "july",
      "august",    "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday"};
  std::unordered_set<std::string> names;
  for (const WorkMention& m : ms_) {
    if (m.kind != WorkMention::Kind::kName || m.last - m.first < 2) continue;
    const auto& toks = doc_.sentences[m.sentence].tokens;
    // (A hyphenated given name marks a person's name whatever NER typed it.)
    const bool family_first = m.last - m.first >= 4 && toks[m.last - 2].text == "-" &&
                              std::islower(static_cast<unsigned char>(toks[m.last - 1].text[0]));
    if (family_first && (m.person || m.entry < 0)) names.insert(toks[m.first].text);
    if (m.person) names.insert(toks[surname_index(info_[m.sentence].folded, m.first, m.last)].text);
  }
  if (names.empty()) return;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    for (int k = 0; k < static_cast<int>(s.tokens.size()); ++k) {
      const std::string& w = s.tokens[k].text;
      if (covered_[si][k] || in.name_at[k] >= 0 || in.role_at[k] >= 0 || !starts_upper(w) ||
          w.size() < 2 || !names.count(w) || is_function_word(in.folded[k]) ||
          calendar.count(in.folded[k]) || is_honorific(in.folded[k]))
        continue;
      if (in.parsed && s.tokens[k].upos != "PROPN") continue;
      // Not part of a longer capitalized name ("Chan Kin-man" is not "Chan").
      if ((k + 1 < static_cast<int>(s.tokens.size()) && starts_upper(s.tokens[k + 1].text) &&
           s.tokens[k].space_after) ||
          (k > 0 && starts_upper(s.tokens[k - 1].text) && in.folded[k - 1] != "." && k - 1 > 0))
        continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = k;
      m.last = k + 1;
      m.head = k;
      m.type = "PER";
      m.person = true;
      m.identity = "text:" + in.folded[k] + " ";
      covered_[si][k] = 1;
      ms_.push_back(std::move(m));
    }
  }
}

// 2c. A place the base does not know, written "City, Country" as news
//     datelines and introductions do ("from Sydney, Australia"), is in that
//     country: it places the story there (step 5b). Not inside a list of
//     places ("Ramallah, Jordan and Egypt").
void DocumentResolver::places_in_countries() {
  for (WorkMention& m : ms_) {
    if (m.kind != WorkMention::Kind::kName || !m.code.empty() || m.person || m.entry >= 0 ||
        (m.type != "GPE" && m.type != "LOC"))
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int n = static_cast<int>(in.folded.size());
    if (m.last + 1 >= n || in.folded[m.last] != "," || in.name_at[m.last + 1] < 0) continue;
    if (m.first > 0 && (in.folded[m.first - 1] == "," || in.folded[m.first - 1] == "and")) continue;
    const Hit& h = in.names[in.name_at[m.last + 1]];
    if (h.first != m.last + 1 || h.use != Use::kName) continue;
    if (h.last < n && (in.folded[h.last] == "and" || in.folded[h.last] == "or" ||
                       in.folded[h.last] == "'s" || in.folded[h.last] == "'"))
      continue;
    const KbEntry* k = place_entry(h);
    if (!k || k->kind != "country") continue;
    m.code = k->code.substr(0, 3);
    m.rank = 3;
    m.how = "composition:located";
  }
}

// 3. Role phrases ("a senior Iranian military commander", "Israeli troops").
void DocumentResolver::add_role_phrases() {
  name_count_ = ms_.size();
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    const int n = static_cast<int>(s.tokens.size());
    for (size_t ri = 0; ri < in.roles.size(); ++ri) {
      const Hit& rh = in.roles[ri];
      const int head = role_head(si, rh);
      if (covered_[si][head]) continue;
      // A role word right before a person's name is a title ("FBI Director
      // James Comey", "Sen. Patrick Leahy"), even where the parse makes it a
      // compound of the name.
      // (After the whole role name: "Secretary of State Jon Husted".)
      const int after = rh.last;
      const bool before_person =
          after < n &&
          (per_at_[si][after] ||
           (in.name_at[after] >= 0 &&
            kb_.entries[in.names[in.name_at[after]].entries.front()].kind == "person"));
      // A capitalized title's last word may be tagged an adjective ("Attorney
      // General Loretta Lynch", "Surgeon General …"): before a name it is a title.
      if (!noun_like(s.tokens[head]) && !(before_person && starts_upper(s.tokens[head].text)))
        continue;
      // A title only ("Justice Antonin Scalia"): no phrase without a name;
      // the end of a body's name only ("Yahoo News", "Alphabet Inc"): none.
      const std::string needs = kb_.entries[rh.entries.front()].attribute("needs");
      if ((!before_person && needs == "name") || needs == "body") continue;
      if (!role_word_heads(si, head, before_person)) continue;
      int first = rh.first, last = rh.last;
      if (in.parsed && !before_person)
        extend_parsed(in, head, head, first, last);
      else
        extend_plain(si, first, last);
      // Title case read as one name: the demonym or country the role word
      // hangs on starts the phrase ("Slovak Soldiers").
      if (in.parsed && !before_person) {
        const int gov = s.tokens[head].head - 1;
        const std::string& rel = s.tokens[head].deprel;
        if ((rel == "flat" || rel == "compound") && gov >= 0 && gov < head &&
            in.name_at[gov] >= 0 && in.names[in.name_at[gov]].last == head)
          first = std::min(first, in.names[in.name_at[gov]].first);
      }
      // Cut at a comma or a pronoun possessive that starts a new phrase.
      for (int k = head + 1; k < last; ++k)
        if (in.folded[k] == "," || in.folded[k] == ";") {
          last = k;
          break;
        }
      for (int k = head - 1; k >= first; --k)
        if (in.folded[k] == "," || in.folded[k] == ";") {
          first = k + 1;
          break;
        }
      WorkMention m;
      if (make_role_mention(si, ri, first, last, m)) ms_.push_back(std::move(m));
    }
  }
}

// 3b. "The Trump campaign", "Clinton's campaign": a known person's election
//     campaign acts as the party side of the person's country (as its staff
//     do, step 3), whatever office the person holds. Only the noun heading its
//     phrase ("Trump campaign spokesman" is a role phrase of step 3) and only
//     after a person's name ("a bombing campaign", "Israel's campaign" are no
//     actors).
void DocumentResolver::add_campaigns() {
  std::unordered_map<uint64_t, size_t> person_to;  // (sentence, last token) → name mention
  for (size_t i = 0; i < name_count_; ++i)
    if (ms_[i].person && !ms_[i].dropped && ms_[i].kind == WorkMention::Kind::kName)
      person_to.emplace(
          (static_cast<uint64_t>(ms_[i].sentence) << 32) | static_cast<uint32_t>(ms_[i].last), i);
  if (person_to.empty()) return;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    const SentenceInfo& in = info_[si];
    const int n = static_cast<int>(s.tokens.size());
    for (int k = 1; k < n; ++k) {
      if (in.folded[k] != "campaign" || starts_upper(s.tokens[k].text) || in.role_at[k] >= 0 ||
          covered_[si][k])
        continue;
      // The head of its phrase: not a modifier of a following noun.
      if (in.parsed ? (s.tokens[k].deprel == "compound" || s.tokens[k].deprel == "amod")
                    : (k + 1 < n && in.role_at[k + 1] >= 0))
        continue;
      const int owner_end = in.folded[k - 1] == "'s" || in.folded[k - 1] == "'" ? k - 1 : k;
      auto it =
          person_to.find((static_cast<uint64_t>(si) << 32) | static_cast<uint32_t>(owner_end));
      if (it == person_to.end()) continue;
      const WorkMention& owner = ms_[it->second];
      if (owner.code.size() < 3 || !kb_.is_country(owner.code.substr(0, 3))) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first =
          owner.first > 0 && in.folded[owner.first - 1] == "the" ? owner.first - 1 : owner.first;
      m.last = k + 1;
      m.head = k;
      m.kind = WorkMention::Kind::kRole;
      m.role = "PTY";
      m.code = owner.code.substr(0, 3) + "PTY";
      m.rank = 3;
      m.how = "composition";
      m.type = "ORG";
      m.identity = "campaign:" + owner.identity;
      ms_.push_back(std::move(m));
    }
  }
}

// Whether the role word at `head` heads its phrase: not when the next token
// is a role or name noun it modifies, nor when it is used as an adjective.
bool DocumentResolver::role_word_heads(size_t si, int head, bool before_person) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(s.tokens.size());
  if (in.parsed) {
    if (before_person) return true;
    const std::string& rel = s.tokens[head].deprel;
    // Title case read as one name ("Slovak Soldiers", "Russian Troops" in a
    // headline): a role word after a demonym or country it hangs on heads.
    const int gov = s.tokens[head].head - 1;
    if ((rel == "flat" || rel == "compound") && gov >= 0 && gov < head && in.name_at[gov] >= 0 &&
        in.names[in.name_at[gov]].last == head && starts_upper(s.tokens[head].text) &&
        (head + 1 >= n || !starts_upper(s.tokens[head + 1].text))) {
      const Hit& g = in.names[in.name_at[gov]];
      if (g.use == Use::kDemonym || place_entry(g)) return true;
    }
    return !(rel == "compound" || rel == "amod" || rel == "flat");
  }
  // The word after the role name ("Secretary of State" is headed by
  // "Secretary" but ends after "State").
  int after = head + 1;
  while (after < n && in.role_at[after] >= 0 && in.role_at[after] == in.role_at[head]) ++after;
  if (after >= n) return true;
  const std::string& next = s.tokens[after].text;
  if (in.role_at[after] >= 0) return false;
  if (in.name_at[after] >= 0 || (covered_[si][after] && !per_at_[si][after])) {
    const Hit& nh = in.names[in.name_at[after] >= 0 ? in.name_at[after] : 0];
    const bool person_next =
        per_at_[si][after] ||
        (in.name_at[after] >= 0 && kb_.entries[nh.entries.front()].kind == "person");
    if (!person_next) return false;
  }
  // (Not before a function word: "police in Hong Kong", "police and troops".)
  return !(is_adjectival_role(in.folded[head]) && !next.empty() &&
           std::islower(static_cast<unsigned char>(next[0])) &&
           std::isalpha(static_cast<unsigned char>(next[0])) &&
           !is_function_word(in.folded[after]));
}

// The phrase of a role word in a parse: left dependents' subtrees and right
// "of"/possessive nmods.
void DocumentResolver::extend_parsed(const SentenceInfo& in, int head, int t, int& first,
                                     int& last) const {
  const Sentence& s = *in.sentence;
  for (int k : in.children[t]) {
    const std::string& rel = s.tokens[k].deprel;
    if (rel == "punct" || rel == "appos" || rel == "acl:relcl" || rel == "acl" || rel == "conj" ||
        rel == "cc" || rel.rfind("nsubj", 0) == 0 || rel == "cop" || rel == "parataxis" ||
        rel == "advcl")
      continue;
    // The phrase's own preposition and right-hand modifiers other than
    // "of"/possessives belong to the clause: "(with) the commander (in Tehran)".
    if (t == head && (rel == "case" || rel == "mark")) continue;
    if (t == head && k > head && (rel == "nmod" || rel.rfind("nmod:", 0) == 0) &&
        rel != "nmod:poss" && rel != "nmod:of" && !has_case(in, k, "of") &&
        !(is_person_noun(in.folded[head]) && has_case(in, k, "for")))
      continue;
    if (k < first) first = k;
    if (k >= last) last = k + 1;
    extend_parsed(in, head, k, first, last);
  }
}

// The phrase of a role word without a parse (or before a name): the words to
// its left up to a determiner, and an "of …" or short prepositional tail.
void DocumentResolver::extend_plain(size_t si, int& first, int& last) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(s.tokens.size());
  int k = first - 1;
  while (k >= 0 && first - k <= 6) {
    const std::string& f = in.folded[k];
    if (is_determiner(f)) {
      first = k;
      break;
    }
    const bool part =
        in.name_at[k] >= 0 || in.role_at[k] >= 0 || stop_left().count(f) || f == "'s" ||
        (f == "'" && attached_to_word(s, k)) || starts_upper(s.tokens[k].text) ||
        (f.size() > 6 && (f.ends_with("-based") || f.ends_with("-backed") || f.ends_with("-led") ||
                          f.ends_with("-linked"))) ||
        ((f == "based" || f == "backed" || f == "led" || f == "linked") && k > 0 &&
         in.folded[k - 1] == "-") ||
        (f == "-" && k > 0 && !s.tokens[k - 1].space_after) ||
        // A common noun after a name: "Trump campaign spokesman".
        (k > 0 && std::islower(static_cast<unsigned char>(s.tokens[k].text[0])) &&
         s.tokens[k].upos == "NOUN" && !is_function_word(f) && starts_upper(s.tokens[k - 1].text) &&
         (in.name_at[k - 1] >= 0 || per_at_[si][k - 1] || org_at_[si][k - 1]));
    if (!part) {
      // "France's interior and overseas minister": lower-case modifiers and
      // "and" back to a name's possessive, within the window.
      int j = k;
      while (j > 0 && first - j <= 6 &&
             (in.folded[j] == "and" || in.folded[j] == "," ||
              std::islower(static_cast<unsigned char>(s.tokens[j].text[0]))))
        --j;
      if (j > 0 && first - j <= 6 && in.folded[j] == "'s" && in.name_at[j - 1] >= 0)
        first = in.names[in.name_at[j - 1]].first;
      break;
    }
    first = k--;
  }
  // "… of Iran's Islamic Revolutionary Guards Corps' elite Quds Force"
  if (last + 1 < n && in.folded[last] == "of") {
    int j = last + 1, end = last;
    while (j < n && (in.name_at[j] >= 0 || is_determiner(in.folded[j]) || in.folded[j] == "'s" ||
                     in.folded[j] == "'" || stop_left().count(in.folded[j]) ||
                     starts_upper(s.tokens[j].text))) {
      if (in.name_at[j] >= 0 || starts_upper(s.tokens[j].text)) end = j + 1;
      ++j;
    }
    if (end > last) last = end;
  }
  // "leader in the Gaza Strip, …": a short prepositional phrase up to a comma.
  if (last < n &&
      (in.folded[last] == "in" || in.folded[last] == "of" || in.folded[last] == "for" ||
       in.folded[last] == "at" || in.folded[last] == "from" || in.folded[last] == "on")) {
    for (int j = last + 1; j < n && j <= last + 6; ++j)
      if (in.folded[j] == ",") {
        if (j + 1 < n && starts_upper(s.tokens[j + 1].text)) last = j;
        break;
      }
  }
}

// The head word of a role match: its last word, or the word before an "of"
// or "for" inside it ("minister of agriculture"). (Not the parse's head: it
// makes "City" the head of "New York City Mayor".)
int DocumentResolver::role_head(size_t si, const Hit& rh) const {
  const SentenceInfo& in = info_[si];
  for (int k = rh.first + 1; k < rh.last - 1; ++k)
    if (in.folded[k] == "of" || in.folded[k] == "for") return k - 1;
  return rh.last - 1;
}

// The country or place a role phrase is in: "in"/"from" + a country, place or
// capital right after the phrase (without a parse) or as a modifier of its head.
const KbEntry* DocumentResolver::located_in(size_t si, int head, int last) const {
  const SentenceInfo& in = info_[si];
  const int n = static_cast<int>(in.folded.size());
  auto place_at = [&](int k) -> const KbEntry* {
    if (k < 0 || k >= n || in.name_at[k] < 0) return nullptr;
    const Hit& h = in.names[in.name_at[k]];
    return h.use == Use::kDemonym ? nullptr : place_entry(h);
  };
  if (in.parsed) {
    for (int k : in.children[head]) {
      const std::string& rel = in.sentence->tokens[k].deprel;
      if (k > head && (rel == "nmod" || rel == "obl") &&
          (has_case(in, k, "in") || has_case(in, k, "from")))
        if (const KbEntry* e = place_at(k)) return e;
    }
  }
  // Right after the phrase, whatever the parse attached it to ("Police in
  // Hong Kong arrested …" often hangs "in Hong Kong" on the verb).
  if (last >= n || (in.folded[last] != "in" && in.folded[last] != "from")) return nullptr;
  int j = last + 1;
  if (j < n && is_determiner(in.folded[j])) ++j;
  return j < n && in.name_at[j] >= 0 && in.names[in.name_at[j]].first == j ? place_at(j) : nullptr;
}

// The mention of role phrase [first, last) headed by role match `ri`, coded
// by composition. False when the phrase is left out (an uncoded "its …").
bool DocumentResolver::make_role_mention(size_t si, size_t ri, int first, int last,
                                         WorkMention& m) const {
  const Sentence& s = doc_.sentences[si];
  const SentenceInfo& in = info_[si];
  const Hit& rh = in.roles[ri];
  const int head = role_head(si, rh);
  m.sentence = static_cast<int>(si);
  m.first = first;
  m.last = last;
  m.head = head;
  m.kind = WorkMention::Kind::kRole;
  const KbEntry& role = kb_.entries[rh.entries.front()];
  m.role = role.code;
  m.needs_actor = role.attribute("needs") == "actor";
  // A more specific modifier role beats a generic head ("military leader",
  // "intelligence officer", "army spokesman").
  // (Not "chief", "public": "Chief Police Officers", "public officials".)
  const bool eli_head = m.role == "ELI" || m.role.empty();
  const bool generic_head = eli_head || is_generic_head(in.folded[head]);
  for (int k = first; k < head; ++k) {
    const int r = in.role_at[k];
    if (r < 0 || r == static_cast<int>(ri) || !generic_head) continue;
    const std::string& code = kb_.entries[in.roles[r].entries.front()].code;
    // (Nor "executive": "executive vice president", "executive director".)
    if (eli_head || (code != "ELI" && in.folded[k] != "public" && in.folded[k] != "executive"))
      m.role = code;
  }
  // Else the body in its "of"/"for" tail: "spokesman for the Indonesian
  // military" → MIL, "chief of police" → COP.
  bool modified = false;
  for (int k = first; k < head && !modified; ++k)
    modified = in.role_at[k] >= 0 && in.role_at[k] != static_cast<int>(ri);
  if (generic_head && !modified && head + 1 < last &&
      (in.folded[head + 1] == "of" || in.folded[head + 1] == "for"))
    for (int k = head + 2; k < last; ++k) {
      const int r = in.role_at[k];
      if (r < 0 || r == static_cast<int>(ri)) continue;
      const std::string& code = kb_.entries[in.roles[r].entries.front()].code;
      if (code != "ELI" && code.back() != '~' && in.folded[k] != "public") m.role = code;
      break;
    }
  // "former minister", "ex-president": a past office, an elite (CAMEO ELI).
  // Only offices: a former employee or student is no elite.
  static const std::unordered_set<std::string> offices = {"GOV", "MIL", "LEG", "JUD",
                                                          "COP", "SPY", "ELI"};
  for (int k = first; k <= head && !m.former && offices.count(m.role); ++k)
    m.former = in.folded[k] == "former" || in.folded[k] == "ex" || in.folded[k].starts_with("ex-");
  if (m.former) m.role = "ELI";
  // An election campaign's people speak for a party, not a government:
  // "Trump campaign chairman", "a Clinton campaign adviser" (the noun
  // "campaign" modifying a people's role; not "campaign finance laws").
  static const std::unordered_set<std::string> staff = {"adviser",  "advisor", "advisers",
                                                        "advisors", "aide",    "aides",
                                                        "chair",    "staffer", "staffers"};
  const std::string& head_folded = in.folded[head];
  const bool staff_head =
      staff.count(head_folded) || is_generic_head(head_folded) || is_person_noun(head_folded) ||
      (head_folded.ends_with("s") && is_person_noun(head_folded.substr(0, head_folded.size() - 1)));
  bool campaign = false;
  for (int k = first; k < head && !campaign; ++k)
    campaign = in.folded[k] == "campaign" && !starts_upper(s.tokens[k].text) &&
               (staff_head || k == head - 1 ||           // "a campaign operative"
                in.role_at[k] == static_cast<int>(ri));  // "campaign manager"
  if (campaign && !m.former) m.role = "PTY";
  // A shadow minister speaks for the opposition ("Shadow Home Secretary").
  for (int k = first; k <= head && !m.former; ++k)
    if (in.folded[k] == "shadow" && starts_upper(s.tokens[k].text) && offices.count(m.role)) {
      m.role = "OPP";
      break;
    }
  const std::string& hf = in.folded[head];
  m.plural = s.tokens[head].feats.find("Number=Plur") != std::string::npos ||
             (s.tokens[head].feats.empty() && hf.size() > 3 && hf.back() == 's' &&
              hf[hf.size() - 2] != 's' && hf != "corps" && hf != "press" && hf != "news");
  bool possessed = first < head && (in.folded[head - 1] == "'s" || in.folded[head - 1] == "'");
  for (int k = first; k < head && !possessed; ++k)
    possessed = in.folded[k] == "'s" || (in.folded[k] == "'" && attached_to_word(s, k));
  m.definite = in.folded[first] == "the" || in.folded[first] == "this" ||
               in.folded[first] == "that" || possessed;
  m.indefinite = in.folded[first] == "a" || in.folded[first] == "an";
  const bool pronoun_owner = in.folded[first] == "its" || in.folded[first] == "their" ||
                             in.folded[first] == "his" || in.folded[first] == "her";
  // The actor: an organization in the phrase (the last one: "of … Quds Force"), else a country.
  const KbEntry* org = nullptr;
  const KbEntry* country = nullptr;
  const KbEntry* owner_person = nullptr;
  bool owner_past = false, based = false;
  for (const Hit& h : in.names) {
    if (h.first < first || h.last > last) continue;
    bool past = false;
    const int e = choose_entry(kb_, h.entries, date_, &past);
    if (e < 0) continue;
    const KbEntry& k = kb_.entries[e];
    if (k.kind == "org" && h.use == Use::kName)
      org = &k;
    else if ((k.kind == "country" || k.kind == "place") && !country) {
      country = &k;
      if (before_subdivision(in, h)) m.subdivision_of = k.code.substr(0, 3);
      // "a leader of a Yemen-based militia": the country only places a
      // body; it is not the state's office.
      const int n = static_cast<int>(in.folded.size());
      based = (h.last < n && in.folded[h.last].ends_with("-based")) ||
              (h.last + 1 < n && in.folded[h.last] == "-" && in.folded[h.last + 1] == "based");
    } else if (k.kind == "person" && h.use == Use::kName && !owner_person &&
               (h.last <= head || (h.first > head + 1 && head + 1 < last &&
                                   (in.folded[head + 1] == "for" || in.folded[head + 1] == "to" ||
                                    in.folded[head + 1] == "of"))))
      // (Before the head, or in its "for"/"to"/"of" tail: "a spokeswoman for
      // Hillary Clinton", "an aide to Putin".)
      owner_person = &k, owner_past = past;
  }
  // A known person's staff ("Obama spokesman", "Putin aide"): the person's
  // code while in office; a former official's or a candidate's staff ("Clinton
  // spokesman" in 2016) are no government's.
  if (!org && !country && owner_person && campaign) {
    // A candidate's campaign staff: the party side of the candidate's country.
    if (owner_person->code.size() >= 3 && kb_.is_country(owner_person->code.substr(0, 3))) {
      m.code = owner_person->code.substr(0, 3) + "PTY";
      m.rank = 3;
      m.how = "composition";
    }
    m.unknown_owner = m.code.empty();
  } else if (!org && !country && owner_person && m.role != "MIL") {
    if (!owner_past && !owner_person->code.ends_with("ELI") && owner_person->code.size() > 3 &&
        !m.former)
      org = owner_person;
    else
      m.unknown_owner = true;
  }
  // A named body the base does not know owns the role ("Scientology
  // officials", "Breitbart reporters"): neither the article's country nor a
  // bare role describes it. A proper noun NER tagged as a body (not a place:
  // "Charlotte officials"), modifying the phrase, with no role word in its
  // capitalized run (not "Border Force officials").
  // Only people's roles: in "Cosmopolitan magazine" the name is the body's own.
  const std::string& head_word = in.folded[head];
  const bool people_head =
      is_person_noun(head_word) || (head_word.size() > 3 && head_word.back() == 's' &&
                                    is_person_noun(head_word.substr(0, head_word.size() - 1)));
  if (!org && !country && in.parsed && people_head)
    for (int k = first; k < head && !m.unknown_owner; ++k) {
      const Token& t = s.tokens[k];
      const std::string& rel = t.deprel;
      if (t.upos != "PROPN" || !starts_upper(t.text) || in.name_at[k] >= 0 || in.role_at[k] >= 0 ||
          !org_at_[si][k] || is_honorific(in.folded[k]) ||
          !(rel == "compound" || rel == "nmod:poss" || rel == "flat"))
        continue;
      bool role_in_run = false;
      for (int j = k - 1; j >= first && starts_upper(s.tokens[j].text) && !role_in_run; --j)
        role_in_run = in.role_at[j] >= 0;
      for (int j = k + 1; j < head && starts_upper(s.tokens[j].text) && !role_in_run; ++j)
        role_in_run = in.role_at[j] >= 0;
      m.unknown_owner = !role_in_run;
    }
  // No country of its own: one the phrase is placed in ("trade unions in
  // Denmark", "protesters from Hong Kong"); not for armed actors, which are
  // often foreign where they are ("troops in Iraq").
  if (!org && !country && m.role != "MIL" && m.role != "REB" && m.role != "UAF")
    country = located_in(si, head, last);
  if (!org && !country && !role.attribute("country").empty()) {
    // A title of one country's institutions ("Sen.", "Rep."): its country.
    m.code = role.attribute("country") + (m.former ? "ELI" : role.code);
  } else if (org) {
    m.code = org->code;
    // Members of an international body's legislature or court: the body +
    // the sector, as the European Parliament is IGOEURLEG.
    if (m.code.size() == 6 && m.code.starts_with("IGO") && (m.role == "LEG" || m.role == "JUD"))
      m.code += m.role;
  } else if (country && based && (m.role == "GOV" || m.role == "ELI")) {
    m.unknown_owner = true;  // a body's leader, not the state's
  } else if (country) {
    const std::string nation = country->code.substr(0, 3);
    if (!m.role.empty() && m.role.back() == '~')
      m.code = m.role.substr(0, m.role.size() - 1) + nation;
    else
      m.code = nation + phrase_role(m);
  }
  if (!m.code.empty()) {
    m.rank = 3;
    m.how = "composition";
  }
  m.type = m.plural ? "NORP" : is_person_noun(hf) ? "PER" : "ORG";
  if (pronoun_owner && m.code.empty()) return false;
  m.identity = "role:" + std::to_string(si) + ":" + std::to_string(head);
  return true;
}

// 4. Titles and appositions tie a role phrase to a name; the name takes its
//    code when the knowledge base has none for the date. Role phrases are
//    looked up by sentence.
void DocumentResolver::link_titles_and_appositions() {
  std::vector<std::vector<size_t>> roles_in(doc_.sentences.size());
  for (size_t j = name_count_; j < ms_.size(); ++j) roles_in[ms_[j].sentence].push_back(j);
  for (size_t i = 0; i < name_count_; ++i) {
    if (ms_[i].kind != WorkMention::Kind::kName) continue;
    for (size_t j : roles_in[ms_[i].sentence]) {
      WorkMention& r = ms_[j];
      if (r.dropped || r.plural) continue;
      link_name_to_role(i, r);
    }
  }
}

void DocumentResolver::link_name_to_role(size_t i, WorkMention& r) {
  WorkMention& m = ms_[i];
  const Sentence& s = doc_.sentences[m.sentence];
  const SentenceInfo& in = info_[m.sentence];
  // A title may carry a short prepositional tail naming a place or body
  // before the name: "Afghan Ambassador to the United States Hamdullah
  // Mohib" (the title keeps its own country: the first in the phrase).
  // ("Governor of Oregon Ann Lindqvist": an "of" tail's place gives a
  // title without a country of its own its country.)
  const KbEntry* tail_place = nullptr;
  auto tail_to_name = [&] {
    if (r.last >= m.first || m.first - r.last > 6) return false;
    const std::string& p = in.folded[r.last];
    if (p != "to" && p != "at" && p != "in" && p != "for" && p != "of") return false;
    bool named = false;
    for (int k = r.last + 1; k < m.first; ++k) {
      if (in.name_at[k] >= 0) {
        named = true;
        const Hit& h = in.names[in.name_at[k]];
        if (p == "of" && !tail_place && h.use != Use::kDemonym) tail_place = place_entry(h);
      } else if (!is_determiner(in.folded[k])) {
        return false;
      }
    }
    return named;
  };
  // A possessive title is a title ("Labour's Shadow Home Secretary Yvette
  // Cooper"); a phrase with an article is not ("the minister Ahmed").
  // "that" opening a relative clause is no article ("the blast that Mayor
  // Tomas Varga described"): only a determiner is.
  const std::string& opener = in.folded[r.first];
  const bool determiner = !in.parsed || s.tokens[r.first].upos == "DET";
  const bool article = opener == "the" || ((opener == "this" || opener == "that") && determiner);
  const bool title =
      (r.last == m.first || tail_to_name()) && (!r.definite || !article) && !r.indefinite;
  bool appos = false;
  if (in.parsed) {
    appos = (s.tokens[r.head].deprel == "appos" && s.tokens[r.head].head - 1 == m.head) ||
            (s.tokens[m.head].deprel == "appos" && s.tokens[m.head].head - 1 == r.head);
  }
  const int n = static_cast<int>(in.folded.size());
  // A role phrase that possesses the apposition's head is not the apposition:
  // "Mara Quist, the senator's eldest daughter".
  const bool possessor = r.last < n && (in.folded[r.last] == "'s" || in.folded[r.last] == "'");
  appos =
      appos || (r.first == m.last + 1 && in.folded[m.last] == "," && !possessor) ||
      (m.first == r.last + 1 && in.folded[r.last] == "," &&
       (r.last + 1 >= n || m.last >= n || in.folded[m.last] == "," || in.folded[m.last] == "."));
  // A description fronted before the name it describes, opening the
  // sentence: "Now the highest-ranking prosecutor in the United States,
  // Lynch rose …" (the phrase may keep a short tail before the comma).
  if (!title && !appos && m.person && r.type == "PER" && r.last <= m.first - 1 &&
      in.folded[m.first - 1] == "," && m.first - r.last <= 8 &&
      (r.first == 0 || (r.first == 1 &&  // after one opening word: "Now", "But"
                        std::isalpha(static_cast<unsigned char>(s.tokens[0].text[0])) &&
                        in.name_at[0] < 0 && !per_at_[m.sentence][0]))) {
    bool tail = true;
    for (int k = r.last; k < m.first - 1 && tail; ++k)
      tail = in.folded[k] != "," && in.folded[k] != ";" && !per_at_[m.sentence][k];
    // A comparison or a negation does not say what someone is: "More
    // scholar than senator, Ortiz …", "Not a diplomat, Ortiz …".
    for (int k = 0; k < m.first - 1 && tail; ++k)
      tail = in.folded[k] != "than" && in.folded[k] != "not" && in.folded[k] != "never";
    appos = tail;
  }
  if (!title && !appos) return;
  if (m.name_first < 0) m.name_first = m.first;
  // "Officer" alone as a title is police usage ("Officer Betty Shelby");
  // soldiers are titled by rank.
  if (title && r.role == "MIL" && in.folded[r.head] == "officer" &&
      starts_upper(s.tokens[r.head].text)) {
    bool other_role = false;
    for (int k = r.first; k < r.last && !other_role; ++k)
      other_role = k != r.head && in.role_at[k] >= 0;
    if (!other_role) {
      r.role = "COP";
      if (r.code.ends_with("MIL")) r.code = r.code.substr(0, r.code.size() - 3) + "COP";
    }
  }
  if (title && tail_place && r.code.empty() && !r.role.empty() && r.role.back() != '~' &&
      !r.unknown_owner) {
    r.code = tail_place->code.substr(0, 3) + phrase_role(r);
    r.rank = 3;
    r.how = "composition";
  }
  if (m.rank < 4 && !r.code.empty()) {
    m.code = r.code;
    m.rank = 4;
    m.how = title ? "title" : "apposition";
  } else if (r.code.empty() && m.rank == 2 && m.code.size() >= 3 && !r.role.empty() &&
             r.role.back() != '~' && !r.needs_actor && !r.unknown_owner &&
             kb_.is_country(m.code.substr(0, 3))) {
    // A known person out of every dated office, described with a new
    // office: their country + that role ("Roberto Maroni, the president
    // of the Lombardy region" → ITAGOV).
    m.code = m.code.substr(0, 3) + phrase_role(r);
    m.rank = 3;
    m.how = title ? "title+dictionary-past" : "apposition+dictionary-past";
  } else if (r.code.empty() && m.code.empty() && !r.role.empty() && r.role.back() != '~' &&
             !r.needs_actor && !r.unknown_owner && m.person) {
    m.title_role = std::string(title ? "T" : "A") + phrase_role(r);
  }
  if (title) {
    // "Gaza leader Sinwar" is one mention; a relative "that" is not part of it.
    m.first = r.first + ((opener == "that" || opener == "this") && !determiner ? 1 : 0);
    // A person's title makes the name a person's, whatever NER typed it.
    if (r.type == "PER" && m.type != "PER" && m.kind == WorkMention::Kind::kName &&
        (m.entry < 0 || kb_.entries[m.entry].kind == "person")) {
      m.type = "PER";
      m.person = true;
    }
    r.dropped = true;
  } else {
    r.link = static_cast<int>(i);
    r.definite = true;
  }
}

// 4b. A person named in full is later named by surname alone ("Saakashvili",
//     "Paterson"), which NER may type as a place or body: a one-word name the
//     knowledge base does not know, equal to the last word of a person's name
//     in the document, is that person's (coreference then joins them).
void DocumentResolver::surnames_as_people() {
  std::unordered_set<std::string> surnames;
  // Family names written first, before a hyphenated given name ("Chan
  // Tai-ming", "Kim Jong-un"): family name → the person's identity, or "" when
  // two people share it.
  std::unordered_map<std::string, std::string> family, given_names;
  std::unordered_map<std::string, std::pair<int, int>> introduced_at;  // identity → first full name
  // Known people named in full: surname → the mention (-1 when two people
  // share it), and their identities.
  std::unordered_map<std::string, int> known_by_surname;
  std::unordered_set<std::string> named_in_full;
  for (size_t i = 0; i < name_count_; ++i) {
    const WorkMention& m = ms_[i];
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    if (m.dropped || m.kind != WorkMention::Kind::kName || m.last - start < 2) continue;
    const auto& toks = doc_.sentences[m.sentence].tokens;
    const int last = surname_index(info_[m.sentence].folded, start, m.last);
    if (m.person) surnames.insert(toks[last].text);
    if (m.person) named_in_full.insert(m.identity);
    if (m.person && m.entry >= 0 && kb_.entries[m.entry].kind == "person") {
      auto [it, fresh] = known_by_surname.emplace(toks[last].text, static_cast<int>(i));
      if (!fresh && it->second >= 0 && ms_[it->second].identity != m.identity) it->second = -1;
    }
    // Given names of people named in full: "Hillary" after "Hillary
    // Clinton" (not an initial, a title or a name two people share).
    const std::string& given = toks[start].text;
    if (m.person && given.size() > 2 && starts_upper(given) && given.back() != '.' &&
        !is_honorific(info_[m.sentence].folded[start])) {
      auto [it, fresh] = given_names.emplace(given, m.identity);
      if (!fresh && it->second != m.identity) it->second.clear();
      const std::pair<int, int> at{m.sentence, m.first};
      auto [w, added] = introduced_at.emplace(m.identity, at);
      if (!added && at < w->second) w->second = at;
    }
    if ((m.person || m.entry < 0) && m.last - start >= 4 && toks[m.last - 2].text == "-" &&
        std::islower(static_cast<unsigned char>(toks[m.last - 1].text[0]))) {
      auto [it, fresh] = family.emplace(toks[start].text, m.identity);
      if (!fresh && it->second != m.identity) it->second.clear();
    }
  }
  // A surname alone the base gives to another known person than the one the
  // article names in full is the one named ("Clinton" after "Hillary
  // Clinton", when "Bill Clinton" is not named).
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    if (m.dropped || m.entry < 0 || !m.person || m.kind != WorkMention::Kind::kName ||
        m.last - m.first != 1 || named_in_full.count(m.identity))
      continue;
    auto it = known_by_surname.find(doc_.sentences[m.sentence].tokens[m.first].text);
    if (it == known_by_surname.end() || it->second < 0) continue;
    const WorkMention& y = ms_[it->second];
    if (y.identity == m.identity) continue;
    m.identity = y.identity;
    m.entry = y.entry;
    m.code = y.code;
    m.how = y.how;
    m.rank = y.rank;
  }
  if (surnames.empty() && family.empty()) return;
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    if (m.dropped || m.entry >= 0 || m.kind != WorkMention::Kind::kName || m.last - m.first != 1)
      continue;
    const std::string& word = doc_.sentences[m.sentence].tokens[m.first].text;
    if (!starts_upper(word)) continue;
    if (auto f = family.find(word); f != family.end() && !f->second.empty()) {
      m.identity = f->second;  // coreference joins the same identity
      m.person = true;
      m.type = "PER";
      continue;
    }
    // A given name alone NER read as a person's is the one person of the
    // article with that given name, unless it is also someone's surname.
    // (Only after the full name: coreference finds a full name's other
    // names when it meets it first.)
    if (auto g = given_names.find(word);
        m.person && g != given_names.end() && !g->second.empty() && !surnames.count(word) &&
        introduced_at[g->second] < std::make_pair(m.sentence, m.first)) {
      m.identity = g->second;
      continue;
    }
    if (m.person || !surnames.count(word)) continue;
    m.person = true;
    m.type = "PER";
  }
}

// 5. Capitals act for their government as subjects ("Tehran provides support").
void DocumentResolver::capital_metonyms() {
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    if (m.identity.rfind("capital:", 0) != 0 || m.entry < 0) continue;
    const KbEntry& k = kb_.entries[m.entry];
    if (capital_acts(m)) {
      m.code = k.code.substr(0, 3) + "GOV";
      m.how = "metonymy:capital:" + k.source;
      m.rank = 4;
      m.identity = "kb:" + std::to_string(kb_.identity[m.entry]);
    } else {
      m.code = k.code;
    }
  }
}

bool DocumentResolver::capital_acts(const WorkMention& m) const {
  const Sentence& s = doc_.sentences[m.sentence];
  const SentenceInfo& in = info_[m.sentence];
  if (in.parsed) {
    const std::string& rel = s.tokens[m.head].deprel;
    bool acts = rel.rfind("nsubj", 0) == 0 || (rel == "nmod:poss" && s.tokens[m.head].head > 0 &&
                                               noun_like(s.tokens[s.tokens[m.head].head - 1]));
    // A city that is, remains or lies somewhere is the city, not its government.
    if (acts && rel.rfind("nsubj", 0) == 0 && s.tokens[m.head].head > 0) {
      static const std::unordered_set<std::string> stative = {"be",   "remain", "endure", "become",
                                                              "stay", "lie",    "sit",    "host",
                                                              "fall", "belong", "look",   "seem"};
      const Token& verb = s.tokens[s.tokens[m.head].head - 1];
      if (stative.count(verb.lemma) || verb.upos == "ADJ" || verb.upos == "NOUN" ||
          verb.upos == "PROPN")
        acts = false;
    }
    return acts;
  }
  const bool after_prep =
      m.first > 0 && (in.folded[m.first - 1] == "in" || in.folded[m.first - 1] == "to" ||
                      in.folded[m.first - 1] == "from" || in.folded[m.first - 1] == "at" ||
                      in.folded[m.first - 1] == "of" || in.folded[m.first - 1] == "near");
  // The next word looks like a finite verb: "provides", "warned", "has".
  const std::string next =
      m.last < static_cast<int>(in.folded.size()) ? in.folded[m.last] : std::string();
  const bool lower =
      !next.empty() && std::islower(static_cast<unsigned char>(s.tokens[m.last].text[0]));
  const bool next_verbish =
      lower && next != "and" && next != "or" && next != "is" && next != "was" &&
      ((next.size() > 3 && (next.ends_with("s") || next.ends_with("ed"))) || next == "has" ||
       next == "have" || next == "had" || next == "said" || next == "says" || next == "sent");
  return !after_prep && next_verbish;
}

// 5b. Role phrases with no country of their own ("protesters", "the
//     police") belong to the article's country when one dominates: at least
//     two country-coded mentions and more than half of them. Not when another
//     country is named nearer in the same sentence or paragraph (the closer
//     country may be the one meant: "the crown prince" in a Saudi paragraph
//     of an American story), nor for a phrase with a modifier placing it
//     elsewhere ("Western diplomats", "foreign troops").
void DocumentResolver::article_country() {
  const std::string dominant = dominant_country();
  // "Nassau County police" in a Long Island story: the county is the
  // story's, not the Bahamas'.
  for (WorkMention& m : ms_) {
    if (!m.subdivision_of.empty() && m.subdivision_of != dominant && m.rank <= 3 &&
        m.how == "composition") {
      m.code.clear();
      m.how.clear();
      m.rank = 0;
      if (m.kind == WorkMention::Kind::kName && m.title_role.empty()) {
        // A body named after the county: its own role word, as for any
        // unknown body ("Nassau County Police Department").
        std::string role;
        for (const Hit& h : info_[m.sentence].roles)
          if (h.first >= m.first && h.last <= m.last) {
            const KbEntry& r = kb_.entries[h.entries.front()];
            if (!r.code.empty() && r.code.back() != '~' && r.attribute("needs") != "actor" &&
                (r.attribute("weak") != "yes" || role.empty()))
              role = composed_role(r.code);
          }
        if (!role.empty()) m.title_role = "N" + role;
      }
    }
  }
  if (!dominant.empty()) foreign_parties(dominant);
  if (!dominant.empty()) {
    // Country-coded mentions by sentence, so the search looks only at the
    // sentences around a mention (linear in the article, even in one paragraph).
    std::vector<std::vector<const WorkMention*>> countries_in(doc_.sentences.size()),
        places_in(doc_.sentences.size());
    for (const WorkMention& o : ms_)
      if (!o.dropped && o.code.size() >= 3 && o.kind != WorkMention::Kind::kPronoun &&
          kb_.is_country(o.code.substr(0, 3))) {
        countries_in[o.sentence].push_back(&o);
        // Places, not actors: an outlet or a person of another country
        // ("The Associated Press quoted …") does not place a title.
        if (o.how.rfind("composition", 0) == 0 || o.how.rfind("capital", 0) == 0 ||
            o.kind == WorkMention::Kind::kDemonym ||
            (o.entry >= 0 &&
             (kb_.entries[o.entry].kind == "country" || kb_.entries[o.entry].kind == "place")))
          places_in[o.sentence].push_back(&o);
      }
    for (WorkMention& m : ms_) {
      if (m.dropped || !m.code.empty()) continue;
      const bool bare_role = m.kind == WorkMention::Kind::kRole && !m.role.empty() &&
                             m.role.back() != '~' && m.link < 0 && !m.needs_actor &&
                             !m.unknown_owner;
      const bool titled_name = m.kind == WorkMention::Kind::kName && !m.title_role.empty();
      if (!bare_role && !titled_name) continue;
      if (placed_elsewhere(m)) continue;
      // Another country named nearer in the sentence or paragraph may be the
      // one meant: no code from the article's. A person's title takes it
      // when it is named in the same sentence as a place ("Foreign Ministry
      // spokeswoman Maria Zakharova told reporters in Moscow" in an American
      // story; not an outlet's country: "The Associated Press quoted …");
      // appositions ("X, a former leader, was killed by Israel") and bare
      // roles ("Lawmaker urges sanctions on Gondor") do not.
      int near_sentence = -1;
      const std::string near = nearest_country(m, countries_in, &near_sentence);
      std::string nation = dominant;
      if (!near.empty() && near != dominant) {
        int place_sentence = -1;
        const std::string place = nearest_country(m, places_in, &place_sentence);
        if (!titled_name || m.title_role[0] != 'T' || place_sentence != m.sentence ||
            place.empty() || place == dominant)
          continue;
        nation = place;
      }
      const bool other = nation != dominant;
      m.code = nation + (bare_role ? m.role : m.title_role.substr(1));
      m.rank = 1;
      const std::string where = other ? "nearest-country" : "article-country";
      m.how = (bare_role                ? "composition:"
               : m.title_role[0] == 'N' ? "name:"
               : m.title_role[0] == 'T' ? "title:"
                                        : "apposition:") +
              where;
    }
  }
  // Otherwise the role alone, as PETRARCH writes an agent of unknown
  // country: "police" → ---COP, "the government" → ---GOV. Plain "people"
  // names no one in particular (Phoenix gives it no civilian code either).
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.code.empty() || m.kind != WorkMention::Kind::kRole || m.role.empty() ||
        m.role.back() == '~' || m.link >= 0 || m.needs_actor || m.unknown_owner)
      continue;
    const std::string& head_word = info_[m.sentence].folded[m.head];
    if (head_word == "people" || head_word == "person" || head_word == "persons") continue;
    m.code = "---" + m.role;
    m.rank = 1;
    m.how = "composition:no-country";
  }
}

// 5d. A name whose title, apposition or own role word names no country, and
//     no organization either, is coded with the role alone ("Minister Juan
//     Perez" → ---GOV, "the Zetas Cartel" → ---CRM).
void DocumentResolver::names_without_country() {
  for (WorkMention& m : ms_) {
    if (m.dropped || !m.code.empty() || m.kind != WorkMention::Kind::kName ||
        m.title_role.size() < 2)
      continue;
    m.code = "---" + m.title_role.substr(1);
    m.rank = 1;
    m.how = m.title_role[0] == 'N'   ? "name:no-country"
            : m.title_role[0] == 'T' ? "title:no-country"
                                     : "apposition:no-country";
  }
}

// A party the knowledge base knows for another country by a name many
// countries' parties share ("Labour Party", "Democrats"), in an article where
// nothing else names that country, is the article country's party of that name.
void DocumentResolver::foreign_parties(const std::string& dominant) {
  std::unordered_map<std::string, std::unordered_set<std::string>>
      referents;  // nation → identities
  for (const WorkMention& o : ms_)
    if (!o.dropped && o.code.size() >= 3 && o.kind != WorkMention::Kind::kPronoun &&
        kb_.is_country(o.code.substr(0, 3)))
      referents[o.code.substr(0, 3)].insert(o.identity);
  for (WorkMention& m : ms_) {
    if (m.dropped || m.kind != WorkMention::Kind::kName || m.entry < 0 ||
        kb_.entries[m.entry].kind != "org" || m.code.size() != 6 || !m.code.ends_with("PTY"))
      continue;
    const std::string nation = m.code.substr(0, 3);
    if (nation == dominant || !kb_.is_country(nation) || referents[nation].size() > 1) continue;
    m.code = dominant + "PTY";
    m.rank = 3;
    m.how = "name:article-country";
  }
}

// The country of most country-coded mentions (at least two and more than
// half of them); else the same over the mentions that place the story (country
// and place names, capitals, demonyms, compositions) rather than actors
// (dictionary people and organizations, whose codes may be foreign).
std::string DocumentResolver::dominant_country() const {
  for (bool places_only : {false, true}) {
    std::unordered_map<std::string, int> votes;
    int total = 0;
    for (const WorkMention& m : ms_) {
      if (m.dropped || m.code.size() < 3 || m.kind == WorkMention::Kind::kPronoun ||
          !m.subdivision_of.empty())
        continue;
      const std::string nation = m.code.substr(0, 3);
      if (!kb_.is_country(nation)) continue;
      if (places_only && m.how.rfind("composition", 0) != 0 &&
          !(m.entry >= 0 &&
            (kb_.entries[m.entry].kind == "country" || kb_.entries[m.entry].kind == "place")))
        continue;
      // A place written "City, Country" says where the story is: it counts
      // twice among the places ("from Sydney, Australia").
      const int weight = places_only && m.how == "composition:located" ? 2 : 1;
      votes[nation] += weight;
      total += weight;
    }
    for (const auto& [nation, count] : votes)
      if (count >= 2 && 2 * count > total) return nation;
  }
  return {};
}

// The country of the country-coded mention nearest to x in its sentence (by
// tokens), else in its paragraph (by sentences, earlier ones first on a
// tie); empty when there is none.
std::string DocumentResolver::nearest_country(
    const WorkMention& x, const std::vector<std::vector<const WorkMention*>>& countries_in,
    int* sentence) const {
  const int para = doc_.sentences[x.sentence].paragraph;
  const int n = static_cast<int>(doc_.sentences.size());
  const WorkMention* nearest = nullptr;
  long best = 0;
  // Sentences ever farther away, up to 20: the first distance with a
  // country gives the nearest one.
  for (int step = 0; step <= 20 && !nearest; ++step) {
    for (int s : {x.sentence - step, x.sentence + step}) {
      if (s < 0 || s >= n || (step > 0 && (para < 0 || doc_.sentences[s].paragraph != para)))
        continue;
      for (const WorkMention* o : countries_in[s]) {
        if (o == &x) continue;
        long d;
        if (o->sentence == x.sentence)
          d = o->last <= x.first ? x.first - o->last : o->first >= x.last ? o->first - x.last : 0;
        else
          d = 1000L * std::abs(o->sentence - x.sentence) + (o->sentence > x.sentence ? 500 : 0);
        if (!nearest || d < best) nearest = o, best = d;
      }
      if (step == 0) break;
    }
  }
  if (!nearest) return {};
  *sentence = nearest->sentence;
  return nearest->code.substr(0, 3);
}

bool DocumentResolver::placed_elsewhere(const WorkMention& x) const {
  const Sentence& s = doc_.sentences[x.sentence];
  const SentenceInfo& in = info_[x.sentence];
  const int end = x.name_first >= 0 ? x.name_first : x.last;
  for (int k = x.first; k < end && k < static_cast<int>(s.tokens.size()); ++k) {
    const std::string& f = in.folded[k];
    if (f == "foreign" && !starts_upper(s.tokens[k].text)) return true;
    if (f == "international" || f == "overseas" || f == "western" || f == "eastern" ||
        f == "regional" || f == "global")
      if (!(k + 1 < end && starts_upper(s.tokens[k].text) && starts_upper(s.tokens[k + 1].text)))
        return true;
    // A name the base does not know after the head: "the governments of
    // South East Asia".
    if (x.kind == WorkMention::Kind::kRole && k > x.head && covered_[x.sentence][k] &&
        !per_at_[x.sentence][k] && in.name_at[k] < 0 && starts_upper(s.tokens[k].text))
      return true;
    // A proper adjective that is no known demonym: "Arab", "Sunni" (not a
    // word of the title itself: "Attorney General").
    if (s.tokens[k].upos == "ADJ" && starts_upper(s.tokens[k].text) && in.name_at[k] < 0 &&
        in.role_at[k] < 0 && k > 0 && !(k + 1 < end && starts_upper(s.tokens[k + 1].text)))
      return true;
  }
  return false;
}

// 5c. A person the knowledge base does not know, named with a coded
//     organization ("DAB's Ben Chan", "Cheng Chung-tai of Civic Passion",
//     "Alvin Yeung from the Civic Party"), takes the organization's code.
//     Organizations are looked up by sentence and token.
void DocumentResolver::affiliations() {
  std::unordered_map<uint64_t, size_t> org_from, org_to;  // (sentence, token) → mention
  auto key = [](int sentence, int token) {
    return (static_cast<uint64_t>(sentence) << 32) | static_cast<uint32_t>(token);
  };
  for (size_t i = 0; i < name_count_; ++i) {
    const WorkMention& o = ms_[i];
    if (o.dropped || o.code.empty() || o.type != "ORG" || o.kind != WorkMention::Kind::kName)
      continue;
    org_from.emplace(key(o.sentence, o.first), i);
    org_to.emplace(key(o.sentence, o.last), i);
  }
  for (size_t i = 0; i < name_count_; ++i) {
    WorkMention& m = ms_[i];
    // (An organization named with the person beats the article's country.)
    // (NER may type a person's name as a place: "Ho Ka-fai of the Democratic
    // Party"; a name the base does not know, before a party, is a person's.)
    const bool unknown_place =
        !m.person && m.entry < 0 && m.code.empty() && (m.type == "LOC" || m.type == "GPE");
    if (m.dropped || !(m.code.empty() || m.rank <= 1) || !(m.person || unknown_place) ||
        m.kind != WorkMention::Kind::kName)
      continue;
    const SentenceInfo& in = info_[m.sentence];
    const int n = static_cast<int>(in.folded.size());
    const WorkMention* org = nullptr;
    const int start = m.name_first >= 0 ? m.name_first : m.first;
    if (start >= 2 && (in.folded[start - 1] == "'s" || in.folded[start - 1] == "'"))
      if (auto it = org_to.find(key(m.sentence, start - 1)); it != org_to.end())
        org = &ms_[it->second];
    if (!org && m.last + 1 < n && (in.folded[m.last] == "of" || in.folded[m.last] == "from")) {
      const int j = m.last + 1 + (in.folded[m.last + 1] == "the" ? 1 : 0);
      if (auto it = org_from.find(key(m.sentence, j)); it != org_from.end()) org = &ms_[it->second];
    }
    if (!org || (unknown_place && !org->code.ends_with("PTY"))) continue;
    if (unknown_place) m.person = true, m.type = "PER";
    m.code = org->code;
    m.rank = 3;
    m.how = "affiliation";
  }
}

// 6. Pronouns (linked or dropped by coreference).
void DocumentResolver::add_pronouns() {
  if (!options_.pronouns) return;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const SentenceInfo& in = info_[si];
    for (int k = 0; k < static_cast<int>(in.folded.size()); ++k) {
      if (covered_[si][k] || !is_pronoun_word(in.folded[k])) continue;
      WorkMention m;
      m.sentence = static_cast<int>(si);
      m.first = k;
      m.last = k + 1;
      m.head = k;
      m.kind = WorkMention::Kind::kPronoun;
      m.role = in.folded[k];
      ms_.push_back(std::move(m));
    }
  }
}

void DocumentResolver::finish() {
  // A demonym inside a coded role phrase is part of it, not a mention of its
  // own (demonyms looked up by sentence).
  std::vector<std::vector<size_t>> demonyms_in(doc_.sentences.size());
  for (size_t i = 0; i < ms_.size(); ++i)
    if (ms_[i].kind == WorkMention::Kind::kDemonym) demonyms_in[ms_[i].sentence].push_back(i);
  for (const auto& r : ms_) {
    if (r.kind != WorkMention::Kind::kRole || r.dropped || r.code.empty()) continue;
    for (size_t i : demonyms_in[r.sentence]) {
      WorkMention& m = ms_[i];
      if (m.first >= r.first && m.last <= r.last) m.dropped = true;
    }
  }
  if (!options_.role_mentions)
    for (auto& m : ms_)
      if (m.kind == WorkMention::Kind::kRole) m.dropped = true;

  // Text order; links are remapped after sorting.
  std::vector<size_t> order(ms_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (ms_[a].sentence != ms_[b].sentence) return ms_[a].sentence < ms_[b].sentence;
    if (ms_[a].first != ms_[b].first) return ms_[a].first < ms_[b].first;
    return ms_[a].last > ms_[b].last;
  });
  std::vector<int> where(ms_.size());
  std::vector<WorkMention> sorted;
  sorted.reserve(ms_.size());
  for (size_t i = 0; i < order.size(); ++i) {
    where[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(ms_[order[i]]));
  }
  for (auto& m : sorted)
    if (m.link >= 0) m.link = where[m.link];
  build_entities(doc_, sorted, options_.coreference);
}

}  // namespace

void annotate_document(const Kb& kb, const EntityOptions& options, Document& doc) {
  DocumentResolver(kb, options, doc).run();
}

}  // namespace eventwire::actors_internal
