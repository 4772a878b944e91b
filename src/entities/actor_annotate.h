// The resolution of one document's actors (EntityResolver::annotate, docs/
// actors.md "How a mention is resolved"): the class whose member functions,
// one per numbered step, are defined in the actor_*.cc files named beside
// each group below, and the word predicates they share (actor_words.cc).
// Internal to the entities stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dict/gender.h"
#include "entities/actor_internal.h"

namespace eventwire::actors_internal::resolve {

// Word lists and predicates (actor_words.cc).
bool starts_upper(std::string_view t);
// Modifiers that may open a role phrase to the left of its head ("senior").
const std::unordered_set<std::string>& stop_left();
bool is_past_marker(const std::string& f);
bool is_adviser_noun(const std::string& f);
bool is_tail_preposition(const std::string& f);
bool is_honorific(const std::string& f);
bool is_determiner(const std::string& f);
bool is_quote_mark(const std::string& f);
int nickname_close(const Sentence& s, const std::vector<std::string>& folded, int open, int end);
int surname_index(const std::vector<std::string>& folded, int first, int last);
bool is_pronoun_word(const std::string& f);
bool is_person_noun(const std::string& f);
bool is_function_word(const std::string& f);
bool is_generic_head(const std::string& f);
bool is_private_role(const std::string& f);  // actor_role_private.cc
bool is_adjectival_role(const std::string& f);
bool attached_to_word(const Sentence& s, int k);
bool has_parse(const Sentence& s);
bool noun_like(const Token& t);
// A verb of being or position ("remain", "lie"): its subject is a place,
// not a government (actor_role_phrases.cc).
bool stative_verb(const std::string& lemma);
// The subject of a verb of action ("the county closed two roads", not "the
// state voted Republican") (actor_role_phrases.cc).
bool subject_of_act(const Sentence& s, int k);
std::string composed_role(const std::string& role);
std::string phrase_role(const WorkMention& r);
int32_t date_number(const std::string& d);
// An acronym ending in "PD": a police department's (actor_acronyms.cc).
bool police_acronym(const std::string& text);

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

// The actors a role phrase names (actor_composition.cc).
struct PhraseActors {
  const KbEntry* org = nullptr;           // the last organization ("of … Quds Force")
  const KbEntry* country = nullptr;       // the first country or place
  const KbEntry* owner_person = nullptr;  // a known person owning the role ("Putin aide")
  bool owner_past = false;                // … out of office on the date
  bool based = false;                     // the country only places a body ("Yemen-based")
};

// The people a document names in full (actor_missed_names.cc, step 4b).
struct NamesInFull {
  std::unordered_set<std::string> surnames;
  // Family names written first, before a hyphenated given name ("Chan
  // Tai-ming", "Kim Jong-un"), and given names ("Hillary"): the name → the
  // person's identity, or "" when two people share it.
  std::unordered_map<std::string, std::string> family, given_names;
  std::unordered_map<std::string, std::pair<int, int>> introduced_at;  // identity → first full name
  // Known people named in full: surname → the mention (-1 when two people
  // share it), and their identities.
  std::unordered_map<std::string, int> known_by_surname;
  // surname → every full name of a known person ending in it (mentions, in order)
  std::unordered_map<std::string, std::vector<int>> full_by_surname;
  std::unordered_set<std::string> named_in_full;
  // surname → the given names of people named in full whom the base does not
  // know ("Dorran" of "Dorran Blair")
  std::unordered_map<std::string, std::vector<std::string>> unknown_given_by_surname;
};

// One document's resolution. Not thread-safe; one per annotate() call.
class DocumentResolver {
 public:
  DocumentResolver(const Kb& kb, const EntityOptions& options, const AloneContext* alone,
                   Document& doc)
      : kb_(kb),
        options_(options),
        alone_(alone),
        doc_(doc),
        date_(date_number(doc.article.date)) {}
  void run();

 private:
  // Setup, shared helpers, 6. pronouns and the hand-over to coreference
  // (actor_annotate.cc).
  void index_sentences();
  void mark_ner_persons();
  void set_from_entry(WorkMention& m, const std::vector<uint32_t>& entries, Use use) const;
  int head_of(const Sentence& s, int first, int last) const;
  bool place_like(const Hit& h) const;
  bool plain_name_word(const SentenceInfo& in, int k) const;
  bool in_person_shape(const SentenceInfo& in, const Hit& h, bool* surname_after) const;
  bool after_person_title(const SentenceInfo& in, const Hit& h) const;
  bool inside_person_name(const SentenceInfo& in, const Hit& h) const;
  std::unordered_set<std::string> full_name_surnames() const;
  void drop_person_named_places();
  bool has_case(const SentenceInfo& in, int k, std::string_view word) const;
  const KbEntry* place_entry(const Hit& h) const;  // a country or place valid on the date
  bool before_subdivision(const SentenceInfo& in, const Hit& h) const;
  void add_pronouns();
  void finish();
  void genders_from_base();
  // The gender the given name of a known person's full name states.
  dict::Gender base_given_gender(int entry, std::string_view written) const;

  // 1. NER mentions (actor_ner_mentions.cc).
  void add_ner_mentions();
  bool names_person_place(const SentenceInfo& in, WorkMention& m) const;
  bool widen_hyphenated(const SentenceInfo& in, const std::string& type, WorkMention& m);
  void widen_to_masthead(const SentenceInfo& in, WorkMention& m) const;
  void cut_person_title(const SentenceInfo& in, WorkMention& m) const;
  void widen_over_place(const SentenceInfo& in, WorkMention& m) const;
  bool title_alone_before_name(const SentenceInfo& in, const WorkMention& m) const;
  bool extend_over_nickname(const SentenceInfo& in, WorkMention& m) const;
  std::vector<uint32_t> person_with_nickname(const SentenceInfo& in, const WorkMention& m) const;
  void match_ner_mention(const SentenceInfo& in, WorkMention& m) const;
  std::vector<uint32_t> person_without_initials(const SentenceInfo& in, const WorkMention& m) const;
  std::vector<uint32_t> people_named(const std::vector<std::string>& words) const;

  // 2. Names NER missed, 2b. surnames NER missed, 2c. unknown places placed
  // by a country after a comma ("Sydney, Australia"), 2e. a place's body
  // named again without the place, 4b. a person's surname
  // or given name alone, whatever NER typed it (actor_missed_names.cc).
  void add_missed_names();
  void add_missed_surnames();
  void add_missed_bodies();
  bool title_case(const Sentence& s) const;
  bool shortened_body(WorkMention& m) const;
  int missed_body_start(size_t si, int k, int* demonym) const;
  bool free_name_word(size_t si, int t) const;
  int demonym_ending_at(size_t si, int end) const;
  int missed_body_tail_end(size_t si, int k) const;
  bool in_case_title(size_t si, int a) const;
  void places_in_countries();
  // 2e. A place's body named again without the place.
  void bodies_named_without_their_place();
  int place_prefix_end(const WorkMention& m) const;
  void surnames_as_people();
  NamesInFull names_in_full() const;
  void known_surnames_alone(const NamesInFull& names);
  bool unknown_namesake(const NamesInFull& names, const std::string& surname,
                        const KbEntry& person) const;
  int namesake_named_here(const std::vector<int>& full, const WorkMention& m) const;
  dict::Gender honorific_gender_of(const WorkMention& m) const;
  dict::Gender full_name_gender(const WorkMention& y) const;

  // 3. Role phrases and 3b. a candidate's campaign ("the Trump campaign"):
  // where they are and how far they reach (actor_role_phrases.cc).
  void add_role_phrases();
  void add_campaigns();
  void candidates_staff();
  void officers_of_the_police();
  void add_local_governments();
  bool in_role_phrase(size_t si, int k) const;
  bool local_body(size_t si, int k, int& first) const;
  bool local_government_acts(size_t si, int k, int& first, int& last,
                             const WorkMention*& place) const;
  bool role_word_heads(size_t si, int head, bool before_person) const;
  void extend_parsed(const SentenceInfo& in, int head, int t, int& first, int& last) const;
  void extend_plain(size_t si, int& first, int& last) const;
  void extend_name_words(const SentenceInfo& in, const Hit& rh, int top, int& first,
                         int& last) const;
  bool noun_chunk_word(const SentenceInfo& in, int k) const;
  const KbEntry* located_in(size_t si, int head, int last) const;
  int role_head(size_t si, const Hit& rh) const;
  int role_office(size_t si, int top, int last) const;
  int group_described(size_t si, int top, const Hit& rh) const;
  void settle_phrase(size_t si, int head, int top, bool before_person, int& first, int& last) const;

  // Composition: the codes of role phrases (3) and of bodies' names NER
  // found (1) from their parts (actor_composition.cc).
  bool make_role_mention(size_t si, size_t ri, int first, int last, WorkMention& m) const;
  void choose_phrase_role(size_t si, size_t ri, WorkMention& m) const;
  bool phrase_office(size_t si, size_t ri, WorkMention& m) const;
  bool campaign_tail(const SentenceInfo& in, const WorkMention& m) const;
  bool phrase_form(size_t si, WorkMention& m) const;
  PhraseActors phrase_actors(size_t si, WorkMention& m) const;
  const KbEntry* country_referred_to(size_t si, int first, int last) const;
  void owned_by_person(bool campaign, PhraseActors& a, WorkMention& m) const;
  bool unknown_body_owns(size_t si, const WorkMention& m) const;
  // Private professions and bodies' own people (actor_role_private.cc).
  void settle_private_role(size_t si, size_t ri, const PhraseActors& a, WorkMention& m) const;
  bool unknown_body_in_tail(size_t si, const WorkMention& m) const;
  // Past offices by "then-" and shared "former" (actor_role_former.cc).
  void past_offices_shared();
  void make_past_office(WorkMention& m) const;
  void code_phrase(const KbEntry& role, const PhraseActors& a, WorkMention& m) const;
  void compose_ner_mention(const SentenceInfo& in, WorkMention& m) const;
  void add_name_role(const SentenceInfo& in, WorkMention& m) const;
  void compose_unknown_body(const SentenceInfo& in, const std::string& owner, WorkMention& m) const;
  bool unit_of_body(const SentenceInfo& in, WorkMention& m) const;
  bool unit_words(const SentenceInfo& in, int first, int last) const;
  bool european_body(const SentenceInfo& in, const WorkMention& m, const std::string& nation) const;
  std::string body_country_inside(const SentenceInfo& in, const WorkMention& m) const;
  bool party_caucus(const SentenceInfo& in, const WorkMention& m) const;
  bool head_in_place(const SentenceInfo& in, const KbEntry& r, const Hit& h, const WorkMention& m,
                     bool& heads) const;
  int chamber_run_start(const SentenceInfo& in, int first) const;
  void chamber_part(const SentenceInfo& in, const std::string& owner, const WorkMention& m,
                    std::string& nation, std::string& role, std::string& last_role) const;

  // 4. Titles and appositions, 5c. people named with their organization
  // (actor_titles.cc).
  void link_titles_and_appositions();
  void link_name_to_role(size_t i, WorkMention& r);
  bool title_tail(const SentenceInfo& in, const WorkMention& r, const WorkMention& m,
                  const KbEntry** place) const;
  bool is_apposition(const SentenceInfo& in, const WorkMention& m, const WorkMention& r) const;
  bool fronted_description(const SentenceInfo& in, const WorkMention& m,
                           const WorkMention& r) const;
  void officer_as_police(const SentenceInfo& in, WorkMention& r) const;
  bool fits_title(int entry, const std::string& title) const;
  bool held_title_long_apart(int entry, const std::string& title) const;
  void choose_titled_namesake(const SentenceInfo& in, const WorkMention& r, WorkMention& m) const;
  void take_role_code(const WorkMention& r, bool title, WorkMention& m) const;
  bool left_named_body(const WorkMention& r, const std::string& code) const;
  size_t conjoined_name(size_t i) const;
  bool person_at(size_t si, int k) const;
  bool tail_name(size_t si, int k) const;
  bool names_party(size_t si, int first, int after) const;
  bool plural_title(const WorkMention& r, size_t i) const;
  void title_conjoined_names(size_t i, const WorkMention& r);
  int apposition_body(const SentenceInfo& in, int head) const;
  void affiliations();
  void titles_placed_after_name();

  // 4c. Offices held "as" a role or in a relative clause (actor_role_as.cc).
  void offices_held_as();
  bool as_oblique(const SentenceInfo& in, int h) const;
  bool past_clause(const SentenceInfo& in, int v, bool* modal) const;
  int role_clause(const SentenceInfo& in, const WorkMention& m, int h, bool* relative) const;
  int as_phrase_verb(const SentenceInfo& in, int h) const;
  bool held_now(const SentenceInfo& in, const WorkMention& r, int v) const;
  bool then_held(const SentenceInfo& in, const WorkMention& r) const;
  std::string tail_body_code(const SentenceInfo& in, const WorkMention& r) const;
  std::string office_code(const SentenceInfo& in, const WorkMention& r) const;
  std::string past_office(const std::string& code) const;
  std::string body_code_at(size_t si, int k) const;
  void bodies_led();

  // 4d. An official's family, 5f. spokespeople of the body named before
  // them (actor_owners.cc).
  void officials_families();
  std::string official_country(const WorkMention& o) const;
  int kin_owner(size_t si, int k, int poss, const std::string& surname) const;
  int kin_noun_of(const SentenceInfo& in, const WorkMention& m, int* poss, int* owner_at) const;
  void spokespeople_of_bodies();
  void staff_of_party_people();
  void roles_of_bodies_coded_late();
  int untitled_role_start(const SentenceInfo& in, int first) const;
  void committees_of_legislators();
  const WorkMention* body_before(const WorkMention& m) const;
  bool names_someone(const WorkMention& o) const;

  // 5. Capitals as metonyms, 5b. the article's country, 5d. the role alone
  // (actor_country.cc).
  void capital_metonyms();
  bool capital_acts(const WorkMention& m) const;
  bool local_place_acts(const WorkMention& m) const;
  template <typename Words>
  bool is_country_name(const std::string& code, Words words, size_t count) const;
  void article_country();
  void bodies_placed_by_their_clause();
  std::string clause_country(const WorkMention& m) const;
  bool is_region(const std::string& code) const;
  void drop_foreign_counties(const std::string& dominant);
  void code_by_article_country(const std::string& dominant);
  bool national_body(WorkMention& m, const std::string& nation) const;
  std::string dominant_country() const;
  void foreign_parties(const std::string& dominant);
  std::string nearest_country(const WorkMention& x,
                              const std::vector<std::vector<const WorkMention*>>& countries_in,
                              int* sentence) const;
  bool placed_elsewhere(const WorkMention& x) const;
  bool immigrants_origin(const WorkMention& x) const;
  bool displaced(const WorkMention& x) const;  // "internally displaced people"
  void names_without_country();

  // 5e. A body's acronym where the article names it in full (actor_acronyms.cc).
  std::string short_form(const WorkMention& b) const;
  std::vector<std::string> name_acronyms(const WorkMention& b) const;
  void acronyms_of_bodies();

  const Kb& kb_;
  const EntityOptions& options_;
  const AloneContext* alone_;  // the article's names for surnames alone (choose_entry)
  Document& doc_;
  const int32_t date_;
  std::vector<SentenceInfo> info_;
  std::vector<std::vector<char>> covered_;  // tokens inside a mention
  std::vector<std::vector<char>> per_at_;   // tokens of NER person names
  std::vector<std::vector<char>> org_at_;   // tokens of NER organization names
  // Tokens of a place name the article writes as a person's name ("Rep. Jordan").
  std::vector<std::vector<char>> person_place_at_;
  std::vector<WorkMention> ms_;
  size_t name_count_ = 0;  // ms_[0, name_count_) are names, the rest role phrases and pronouns
  // is_region's answers: it scans the base once per code, not per mention.
  mutable std::unordered_map<std::string, bool> region_codes_;
};

}  // namespace eventwire::actors_internal::resolve
