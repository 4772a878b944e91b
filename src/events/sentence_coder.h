// One sentence through the event coder: predicate matching (the built-in
// lexicon in sentence_coder.cc, PETRARCH / TABARI verb dictionaries in
// verb_coder.cc), argument finding and actor resolution over a UD parse.
// Internal to the events stage.
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/actor_matcher.h"
#include "events/contest_frame.h"  // Candidacy
#include "events/intent.h"
#include "events/tree.h"
#include "events/verb_patterns.h"
#include "eventwire/dict.h"
#include "eventwire/events.h"

namespace eventwire {

struct EventCoder::Impl {
  EventCoderOptions options;
  const dict::Lexicon* lexicon = nullptr;  // the built-in one, when no verb files
  std::vector<dict::VerbDictionary> verb_dictionaries;
  std::unique_ptr<events::ActorMatcher> actors;
  std::vector<dict::DiscardList> discards;
  std::vector<ComponentVersion> dictionaries;
  std::vector<std::string> warnings;
};

namespace events {

// An entity mention that carries an actor code, as the coder looks it up.
struct CodedMention {
  const Entity* entity;
  const Mention* mention;
};

// What the other stages found in one sentence, gathered once per document so
// that each sentence's lookups stay linear in the article.
struct SentenceIndex {
  std::vector<CodedMention> coded;              // in entity order
  std::vector<std::pair<int, int>> time_spans;  // tokens [first, last) of time expressions
};

struct Actor {
  Mention mention;
  std::string code, entity, how;
};

// Light verbs whose object names the act ("held talks", "conducted
// airstrikes"), and verbs of beginning or continuing one (sentence_coder.cc).
bool is_support_verb(std::string_view lemma);

// A bare statement and an event reported inside what it says ("Gondor said
// Rohan attacked Mordor"): indices into doc.events.
struct FramedStatement {
  size_t statement, reported;
};

// The saying frames the attack and adds nothing to it, so it goes once the
// attack is confident enough to be printed (`threshold`); when the reported
// reading is too weak to stand (most often a misreading of the quoted
// words), the saying is the one act the sentence reports and stays. Without
// scores (`scored` false) every framing statement goes. Renumbers event ids.
// The threshold is the scorer's default one (the tables' default): a user's
// higher --min-confidence may then print neither (docs/events.md).
void drop_framed_after_scoring(Document& doc, const std::vector<FramedStatement>& framed,
                               double threshold, bool scored, std::vector<std::string>* trace);
// Ids "V1", "V2", … from `first` on, in order.
void renumber_events(Document& doc, size_t first);

class SentenceCoder {
 public:
  // `runs` is the document's candidacy cache (not owned; outlives the coder).
  SentenceCoder(const EventCoder::Impl& impl, Document& doc, int sentence_index,
                const SentenceIndex& index, const Candidacy& runs, std::vector<std::string>* trace,
                const Sentence* parse = nullptr);  // a repaired parse to code instead (not owned)
  // Appends the sentence's events to doc.events.
  void run();
  // When set (not owned), a statement framing a reported event stays in
  // doc.events and is listed in `out`, for the caller to drop once the event
  // scorer has said whether the reported event is confident enough to stand
  // for it; unset, run() drops it at once.
  void defer_framing_statements(std::vector<FramedStatement>* out) { framed_out_ = out; }
  // The sentence's tree, for the event scorer once run() is done.
  Tree take_tree() && { return std::move(tree_); }

 private:
  // --- arguments (sentence_coder.cc)
  std::vector<int> follow_any(int predicate, const std::vector<dict::DepPath>& paths,
                              bool passive) const;
  int antecedent(int node, int predicate) const;
  std::vector<int> inherited_subject(int predicate, int depth = 0) const;
  int misparsed_clause_subject(int predicate) const;
  void drop_source_targets(const std::vector<int>& sources, std::vector<int>& targets) const;
  std::vector<int> subject_of(int predicate) const;
  std::vector<int> support_verb_subject(int noun) const;
  std::vector<int> participant_subject(int noun, int head) const;
  bool fragmented() const;
  int coded_verb_over_noun(int noun) const;
  bool names_own_dyad(int noun) const;
  std::vector<int> aim_on_verb(int noun) const;
  // `statement`: the reading is a plain statement (010; callers pass it for
  // that code alone, not for the other 01 codes), done to whom it is
  // addressed: its direct object itself (what it says) and a topical
  // oblique ("spoke of", "said of": what it is about) are skipped.
  std::vector<int> coded_target_elsewhere(int predicate, bool passive,
                                          const std::vector<int>& sources,
                                          bool statement = false) const;
  std::vector<Actor> actors_of(int head) const;
  // !actors_of(head).empty(), remembered per head and possessor setting (the
  // sentence's entities and dictionaries do not change while it is coded).
  bool names_actor(int head) const;
  Actor resolve(int head) const;
  Actor resolve(int head, int first, int last) const;  // on the tokens [first, last]
  int without_trailing_time(int head, int first, int last) const;
  // "the coalition" after "the Gondor-led coalition": gives `actor` the code
  // of the nearest earlier mention of a definite description's head noun
  // whose own words name a coded actor (described_actor.cc); false if none.
  bool described_earlier(int head, int first, Actor& actor) const;
  std::optional<Actor> find_described(int head, int first) const;  // uncached
  // "a rebel attack", "the army raid": the agent code ("---REB") of a role
  // word of people who act that modifies an event noun as its doer, which the
  // entities stage names no actor (role_modifier.cc); empty otherwise.
  std::string role_modifier(int head) const;
  bool doer_of_event_noun(int modifier, int governor) const;
  std::pair<int, int> core(int head) const;
  int anchor(int head) const;
  bool has_actor(const std::vector<int>& heads) const;
  int nearest_actor_before(int predicate, const std::vector<int>& exclude) const;
  bool object_modifier_in(int object, const std::vector<std::string>& values) const;
  bool in_values(int node, const std::vector<std::string>& values) const;
  struct EmitOptions {
    bool inherited = false, negated = false;
    int modality_clause = -1;         // where modality is read (the governor of an embedded event)
    bool targetless = false;          // the entry is written with T=-
    bool needs_coded_target = false;  // a derived verb read without a frame
    bool weapon_source = false;       // the source is an unattributed weapon or attack
    bool refused = false;             // "will not VERB": a refusal, asserted and not negated
    bool occurred = false;            // a noun event reported as happening, its doer unnamed
    std::string pattern, dictionary;
    bool derived_reading = false;  // a default of the derived lexicon or the backoff
  };
  // An argument phrase that names no coded actor, kept as text so that an
  // event with one coded actor still says who or what the other side was;
  // none for pronouns, time words and non-nominals.
  std::optional<Actor> uncoded(int head) const;
  // The entity the coreference stage linked a pronoun to, when it also has a
  // mention that is not a pronoun; nullptr when none.
  const Entity* linked_entity(int head) const;
  // That pronoun as a target kept as text, with the entity; none without one.
  std::optional<Actor> linked_pronoun(int head) const;
  // "Rohan condemned the test" after "Mordor's nuclear test": the coded doer
  // of the act a disapproval is aimed at (act_doers.cc); none when unnamed.
  std::optional<Actor> doer_of_act(int head, const std::vector<Actor>& sources) const;
  const Entity* doer_named_on(const Sentence& sentence, int sentence_index, int noun) const;
  bool is_temporal(int node) const;
  // "said Rohan must withdraw": the coded subject of a speech verb's
  // complement with must / should / ought; -1 when none.
  int obliged_subject(int predicate) const;
  // A weapon, an armed vehicle or an act of force ("a car bomb", "an
  // airstrike", "the shelling"): what did it when it is a force verb's subject.
  bool is_weapon_or_attack(int node) const;
  // The CAMEO code of force done with this weapon (183, 1831, 1832, 194,
  // 195); empty when the word names no kind of weapon.
  std::string weapon_code(int node) const;
  // Does the source's phrase name protesters, rioters or a mob?
  bool protest_crowd(const Mention& m) const;
  // A pronoun argument of an entity named earlier in the sentence takes that
  // name's mention (same actor, the span a reader looks for).
  void name_pronoun(Actor& actor) const;
  // "an airstrike killed …": the attack's own source, else the attack itself
  // kept as uncoded text (options.weapon_source); `sources` are left alone
  // when the subject is no weapon or attack.
  void attack_as_source(std::vector<int>& sources, EmitOptions& options) const;
  // "were killed in an Israeli airstrike": a passive without its agent is done
  // by the source of the act of force named in its oblique; empty when none.
  std::vector<int> source_from_oblique_attack(int predicate) const;
  // "were expelled from Gondor": the country that expelled them (removal.cc).
  std::vector<int> expelled_from(int predicate, const std::string& code) const;
  bool locative(int node) const;
  bool on_behalf(int node) const;
  bool topical(int node) const;
  const Entity* entity_by_id(const std::string& id) const;
  // The entity's country is the article's, guessed for a bare role phrase.
  bool guessed_country(const Actor& a) const;
  static bool material_root(const std::string& code);
  // Every actor of the phrase at head is a place (GPE, LOC, FAC), none coded
  // as one of except_codes; false when it has no actor.
  bool only_places(int head, const std::vector<std::string>& except_codes = {}) const;
  int place_acted_on(int predicate, const std::vector<int>& sources,
                     const std::vector<int>& targets) const;
  // A coded place the object, a thing (WordNet artifact or location), lies
  // in ("the mills in Gondor"); -1 when none (step 66).
  int place_of_object(int predicate, const std::vector<int>& sources) const;
  bool in_possessor(int head, const Mention& m) const;
  const std::string& lexicon_lemma(int predicate) const;  // remembered per token
  static bool unarmed(const std::string& actor_code);
  bool unnamed_people(const std::vector<int>& sources) const;
  // An organization the text names but the actor lists do not know ("the
  // Guild of Bree"): a doer as text when the target is coded. Not an unknown
  // person: on news such a person is most often a private one.
  bool named_uncoded(const std::vector<int>& sources) const;
  bool passive_clause(int predicate) const;
  void emit_reading(int predicate, const std::string& code, const std::vector<int>& sources,
                    const std::vector<int>& targets, const EmitOptions& options);
  static bool dyadic_root(const std::string& code);
  static bool force_root(const std::string& code);  // 18, 19, 20
  // The uncoded members of a list of struck objects that names a coded party.
  static constexpr const char* kStruckObject = "struck object in a list";
  void add_struck_objects(const std::vector<int>& target_heads, std::vector<Actor>& targets) const;
  static bool reciprocal_root(const std::string& code);
  static bool prepositional_frame(const dict::LexiconEntry& entry);
  // One event per (source actor, target actor); returns how many.
  size_t emit(int predicate, const std::string& code, const std::vector<int>& source_heads,
              const std::vector<int>& target_heads, const EmitOptions& options);
  size_t emit_actors(int predicate, const std::string& code, std::vector<Actor> sources,
                     std::vector<Actor> targets, bool need_target, const EmitOptions& options);
  std::string missing_actor(const std::vector<Actor>& sources, const std::vector<Actor>& targets,
                            bool need_target, const EmitOptions& options) const;
  std::string pair_code(int predicate, const std::string& code, const Actor& source,
                        const Actor& target, bool derived_reading) const;
  const char* excluding_frame(int predicate, const Actor& source, const Actor& target,
                              const std::string& code) const;
  Event make_event(int predicate, const std::string& ev_code, const Actor& source,
                   const Actor& target, bool need_target, const EmitOptions& options) const;
  // "Lawmakers and officials in Fornost and Gondor": every agent of every
  // place (FORLEG, GONLEG, FORGOV, GONGOV); empty when the phrase is not so.
  std::vector<Actor> distributed_agents(int head) const;
  // "Eriadori and Calenardhon leaders": one actor per conjoined modifier.
  std::vector<Actor> distributed_modifiers(int head) const;
  std::vector<Actor> modifier_entities(int head, const std::vector<int>& members) const;
  // A conjunct that names only a role takes the modifiers of the first:
  // "Danish media and government" → DNKGOV for "government".
  Actor conjunct_actor(int head, int conj) const;
  // Subjects of one verb that the parser broke out of a list ("Evil Mordor,
  // the awful Fornost, and good Gondor" as two subjects, Fornost an
  // apposition): the appositions are members too.
  std::vector<int> list_members(const std::vector<int>& heads) const;
  // A subject the parser cut in two ("Soldiers from | Gondor wire tapped"),
  // read as one phrase; empty when the heads are not so.
  std::vector<Actor> merged_subject(const std::vector<int>& heads) const;
  // The pieces of such a cut subject of `verb`, for a clause that inherits
  // it; empty when its subject is whole.
  std::vector<int> split_subject(int verb) const;
  // "Gondor and Osgiliath agree": the members of a joint subject act on each
  // other; returns how many events.
  size_t emit_joint(int predicate, const std::string& code, const std::vector<int>& subject_heads,
                    const EmitOptions& options);
  // "Trump announced that the US recognized …": a bare country source inside
  // what a speaker of that country said takes the speaker's fuller code.
  void refine_reported_sources(size_t first_event);
  void drop_framing_statements(size_t first_event);
  void drop_incident_repeats(size_t first_event);
  void remove_events(size_t first_event, const std::vector<bool>& drop);
  int reporting_verb(int clause) const;
  int reported_future(int predicate) const;

  // --- the built-in lexicon (sentence_coder.cc)
  // When it fails and `failed` is given, says which constraint did not hold.
  bool constraints_hold(int predicate, const dict::LexiconEntry& entry, bool passive,
                        std::string* failed = nullptr) const;
  const dict::LexiconEntry* choose_entry(int predicate, bool trace) const;
  int governor_of(int predicate) const;
  bool has_governed_child(int predicate) const;
  // --- nouns of intent, threat and refusal over a to-clause (intent_nouns.cc)
  int governing_noun(int clause) const;
  // The governing kind of a verb or noun; a negated noun of intent ("no
  // plans to") is a refusal, with *negation_read set.
  Governor embedding_kind(int governor, bool* negation_read) const;
  static constexpr int kHolderOfClause = -2, kNoHolder = -3;
  int intent_holder(int clause) const;
  // "open to talks", "ready for a dialogue": the adjective (openness.cc).
  int openness_of(int node) const;
  // "warned that it would impose sanctions": the warning verb (warned_acts.cc).
  int warning_of_own_act(int clause, int predicate) const;
  void code_with_lexicon(int predicate);
  // One lexicon reading as code_with_lexicon builds it up.
  struct Reading {
    const dict::LexiconEntry* entry = nullptr;
    bool passive = false;
    std::string code, pattern;
    bool negated = false, refused = false, inherited = false;
    bool conjoined_passive = false;  // read passive as the verb it is conjoined to
    int modality_clause = -1;
    int aid_purpose = -1;  // the purpose clause that makes a move of force aid
    std::vector<int> sources, targets;
    EmitOptions options;
  };
  bool read_embedding(int predicate, Reading& r) const;  // false: no event here
  // A noun event whose entry names its doer by an adjective ("Gondor's
  // attack", "a Gondor attack" as amod) but whose parse made that word a
  // compound: a role word there naming a coded actor is the doer.
  void compound_doer(int predicate, Reading& r) const;
  // "was shelled and wounded": a participle conjoined to a passive verb, with
  // no subject, auxiliary or object of its own.
  bool conjoined_to_passive(int predicate) const;
  void find_sources(int predicate, Reading& r) const;
  // A noun event's first source path that names a coded actor, when the
  // first one found names none ("the cease-fire agreement between A and B").
  void coded_source_path(int predicate, Reading& r) const;
  // Property destroyed (1712) or repression (175) by a weapon or an attack
  // is force (190).
  void destruction_by_weapon(int predicate, bool verb, Reading& r) const;
  void find_targets(int predicate, Reading& r) const;
  // "Israel's blockade of Gaza was eased": a concession in the passive with
  // no agent was made by the doer of the act it ends (step 67).
  void ended_by_own_doer(int predicate, Reading& r) const;
  // "French troops were deployed to X": forces moved in the passive with no
  // agent are named as their own side's move (step 68).
  void forces_moved_by_their_side(int predicate, Reading& r) const;
  // "is encouraged by X": the one moved approves of X (swaps the arguments).
  void experiencer_passive(int predicate, Reading& r) const;
  void shared_object_target(int predicate, Reading& r) const;
  std::vector<int> follow_targets(int predicate, const Reading& r) const;
  // `host`: support_verb_host(predicate), found once per predicate.
  std::vector<int> reattached(int predicate, int host, const dict::DepPath& path,
                              bool passive) const;
  // --- a noun event's arguments on the verb over it (noun_obliques.cc)
  // "dockers opened their march on the harbour": the light verb whose object
  // the noun event is (or the verb with no reading whose subject it is), on
  // which the parser hangs the noun's prepositional target (obl:PREP for
  // nmod:PREP); -1 when none.
  int support_verb_host(int noun) const;
  // Is the node a phrase on / against / upon / into ("raids on the depot", "a
  // campaign against Mordor")? Then a possessor is the doer.
  bool victim_phrase(int node) const;
  // --- repression done with the force named (repression.cc)
  // "lobbed grenades to disperse the dockers": a purpose clause of
  // repression (17x) under a verb whose object is a weapon is read in that
  // verb's clause, not as an aim.
  void repression_by_force(int predicate, Reading& r) const;
  bool complete_targets(int predicate, Reading& r) const;  // false: no event
  void target_of_targetless(int predicate, Reading& r) const;
  bool own_actor(int node, const std::vector<int>& sources) const;
  void complement_target(int predicate, Reading& r) const;
  bool take_target(std::vector<int> found, Reading& r, std::string_view how) const;
  bool speaker_pronoun(int subject, const std::vector<int>& sources) const;
  bool proper_name_under(int node) const;
  // Whom the clause's own entry names as its recipient (an indirect object,
  // a to / against / toward phrase), coded or not; empty when none (step 65).
  std::vector<int> recipient_of(int clause, const std::vector<int>& sources) const;
  void accused_target(int predicate, Reading& r) const;
  // --- noun events compounded on another noun (word_compounds.cc)
  int compound_head(int predicate) const;
  // "$5 million" for a frame's "money".
  bool money_sign(int node, const std::vector<std::string>& values) const;
  // Whether one of the entry's constraints is on the object ("obj=attacks").
  static bool frame_names_object(const dict::LexiconEntry& entry);
  // A derived default reading of force (18-20) with a target phrase found.
  bool force_on_named_thing(int predicate, const Reading& r) const;
  void arguments_through_head(int predicate, Reading& r) const;
  // --- noun events reported as happening (occurrence.cc)
  // The verb that says a noun event happened ("clashes broke out", "a blast
  // took place"), the noun itself for "there were protests"; -1 when none.
  int occurrence_of(int noun) const;
  // A protest or force noun with no doer that the sentence says happened:
  // kept with the source unknown (options.occurred); its target may be the
  // place it happened in.
  void occurred_source(int predicate, Reading& r) const;
  void occurred_target(int predicate, Reading& r) const;
  // Force done with a chemical or biological agent ("shelled the town with
  // shells filled with chlorine", "an attack with poison gas") is 2041
  // (weapons.cc).
  void chemical_weapon_code(int predicate, int instrument, Reading& r) const;
  // Force done with crowd-control weapons (tear gas, rubber bullets, water
  // cannon, pepper spray) as the weapon or the thing fired is violent
  // repression, 175 (weapons.cc, twentieth session).
  void crowd_control_code(int predicate, int instrument, Reading& r) const;
  // --- forces sent to help (purpose.cc)
  int purpose_clause(int predicate) const;
  // A move of force (15x) whose purpose clause helps someone is military aid
  // (074), its target whom the purpose helps.
  void aid_by_purpose(int predicate, Reading& r) const;
  void purpose_target(Reading& r) const;
  std::vector<int> purpose_clauses(int predicate, const std::string& code) const;
  void purpose_party_target(int predicate, Reading& r) const;
  // --- acts ended or eased (ended_acts.cc)
  // A verb of ending or easing over a noun event of protest, sanction,
  // restriction or force, read as the concession (08x) that ends it; null
  // when the verb ends no such act. Built once per token.
  const dict::LexiconEntry* ended_act_entry(int predicate) const;
  std::shared_ptr<const dict::LexiconEntry> make_ended_act_entry(int predicate) const;
  const dict::LexiconEntry* canonical_yield(int predicate, bool passive, bool own_act) const;

  // --- criticism and praise said of a coded actor (evaluative_speech.cc)
  void code_evaluative_speech();
  int word_polarity(int node) const;  // +1 praise, -1 blame, 0 neither
  int predicate_polarity(int predicate, std::string* word) const;
  int judged_polarity(int head, std::string* word) const;
  int speech_over(int clause) const;
  std::vector<Actor> speakers_of(int clause, int speech) const;
  std::vector<Actor> judging_speakers(int predicate, int clause, int* speech) const;
  std::vector<Actor> evaluated_actors(int subject, const std::vector<Actor>& speakers);
  std::optional<Actor> recent_doer(int noun, const std::vector<Actor>& speakers) const;
  int owner_of(int noun) const;
  bool definite(int noun) const;
  static void keep_political(std::vector<Actor>& targets);
  int opinion_over(int clause) const;
  bool particular(int subject) const;
  int relative_of(int verb) const;
  std::vector<Actor> named_act_doers(int verb, int relative, int name,
                                     const std::vector<Actor>& speakers);
  void code_named_acts();
  void code_condemned_acts();
  bool clause_head(int node) const;
  void emit_evaluation(int predicate, const std::string& code, const std::vector<Actor>& speakers,
                       const std::vector<Actor>& targets, const std::string& pattern,
                       const std::string& dictionary = "evaluative.lex");
  // --- wrongdoing said of a coded actor (said_wrongdoing.cc)
  void code_said_wrongdoing();
  std::string wrongdoing_code(int verb) const;
  bool already_blamed(const std::string& source, const std::string& target) const;
  bool content_clause(int clause) const;
  std::vector<int> wrongdoer_subjects(int verb) const;
  std::vector<Actor> wronging_parties(int subject, const std::vector<Actor>& speakers);
  // --- an act of force said of a coded actor (said_wrongdoing.cc)
  void code_said_force();
  bool said_by_and_of(int v, int* speech, std::vector<Actor>* speakers,
                      std::vector<Actor>* targets);
  bool force_verb(int verb) const;
  bool has_event_at(int node) const;

  // --- PETRARCH-2 / TABARI verb dictionaries (verb_coder.cc)
  void code_with_verbs(int predicate);
  void fill_words();
  std::vector<int> subtree(int node) const;
  bool has_words(const std::vector<std::string>& wanted, const std::vector<int>& span) const;
  int nominal_head(int i) const;
  int actor_from(int from) const;
  int nearest_actor_loose(int predicate) const;
  // The first actor among `post` (the words after the verb) that is not one of
  // `sources` nor has their code; -1 when none.
  int actor_after_verb(const std::vector<int>& sources, const std::vector<int>& post,
                       bool verb_less) const;
  std::vector<int> by_agent(int predicate) const;

  const EventCoder::Impl& impl_;
  Document& doc_;
  int s_;
  const SentenceIndex& index_;
  const Candidacy& runs_;
  bool possessors_name_actors_ = true;  // false while a source's actor is looked for
  Tree tree_;
  std::vector<std::string>* trace_;
  int32_t date_;
  PatternWords words_;           // filled on the first dictionary verb
  std::vector<int> predicates_;  // the predicate token of each event this sentence added
  mutable std::vector<int> clause_targeted_;  // statements whose target a that-clause named
  std::vector<FramedStatement>* framed_out_ = nullptr;
  std::vector<FramedStatement> framed_;  // this sentence's, kept in step by remove_events
  // names_actor per possessors_name_actors_ and token: -1 not yet known, 0, 1.
  // Mutable cache: a SentenceCoder is used by one thread.
  mutable std::vector<signed char> names_actor_[2];
  mutable std::vector<std::optional<std::string>> lexicon_lemmas_;  // lexicon_lemma per token
  mutable std::vector<std::optional<std::shared_ptr<const dict::LexiconEntry>>> ended_acts_;
  // described_earlier per token: the phrase start it was asked with and its answer.
  struct Described {
    int first = -1;
    std::optional<Actor> actor;
  };
  mutable std::vector<std::optional<Described>> described_;
};

std::string lower_ascii(std::string_view text);
std::string upper_ascii(std::string_view text);
// The last space-separated word of a phrase, lower-cased.
std::string last_word(std::string_view text);

}  // namespace events
}  // namespace eventwire
