// Word lists and small predicates over tokens shared by the steps of one
// document's resolution (actor_annotate.h).
#include <cctype>
#include <cstdlib>
#include <unordered_set>

#include "entities/actor_annotate.h"

namespace eventwire::actors_internal::resolve {

bool starts_upper(std::string_view t) {
  return !t.empty() && std::isupper(static_cast<unsigned char>(t[0]));
}

const std::unordered_set<std::string>& stop_left() {
  static const std::unordered_set<std::string> s = {
      "senior",   "top",     "former",   "elite",    "chief",     "deputy",   "acting",
      "local",    "new",     "key",      "leading",  "prominent", "powerful", "regional",
      "national", "foreign", "military", "armed",    "security",  "its",      "their",
      "his",      "her",     "our",      "-",        "two",       "three",    "several",
      "many",     "some",    "few",      "hundreds", "thousands", "retired"};
  return s;
}

// Words that make an office a past one ("former minister", "a retired general").
bool is_past_marker(const std::string& f) {
  return f == "former" || f == "ex" || f == "retired" || (f.size() > 3 && f.starts_with("ex-"));
}

// People who advise someone: their "to" tail names whom ("an adviser to the Vale campaign").
bool is_adviser_noun(const std::string& f) {
  static const std::unordered_set<std::string> s = {"adviser",   "advisor",    "aide",
                                                    "counselor", "consultant", "strategist"};
  return s.count(f) > 0;
}

bool is_tail_preposition(const std::string& f) {
  return f == "to" || f == "of" || f == "for" || f == "with" || f == "at";
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

}  // namespace eventwire::actors_internal::resolve
