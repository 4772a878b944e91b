// Argument finding, actor resolution and the built-in lexicon over UD parses.
#include "events/sentence_coder.h"

#include <algorithm>
#include <cctype>

#include "events/actor_sectors.h"
#include "events/campaign_rally.h"
#include "events/contest_frame.h"
#include "events/expert_source.h"
#include "events/intent.h"
#include "events/mentions.h"
#include "events/modality.h"
#include "events/own_state_aid.h"
#include "events/register.h"
#include "events/sense.h"

namespace eventwire::events {
namespace {

int32_t date_number(const std::string& iso) {
  if (iso.size() != 10) return 0;
  return std::atoi(iso.substr(0, 4).c_str()) * 10000 + std::atoi(iso.substr(5, 2).c_str()) * 100 +
         std::atoi(iso.substr(8, 2).c_str());
}

// Paths in lexicon entries are written in the active voice; in a passive clause
// the object is the passive subject and the subject the "by" agent.
dict::DepPath to_passive(const dict::DepPath& path) {
  if (path.empty()) return path;
  dict::DepPath out = path;
  if (path[0].deprel == "nsubj" && path[0].sub.empty())
    out[0] = {"obl", "by"};
  else if (path[0].deprel == "obj")
    out[0] = {"nsubj", "pass"};
  return out;
}

// tree.follow with `path` in the clause's voice, copied only when passive.
std::vector<int> follow_in_voice(const Tree& tree, int from, const dict::DepPath& path,
                                 bool passive) {
  return passive ? tree.follow(from, to_passive(path)) : tree.follow(from, path);
}

// The lexicon file written by hand (data/lexicon/events.lex), whose entries
// are trusted without a frame.
constexpr std::string_view kHandWrittenLexicon = "events.lex";

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

std::string last_word(std::string_view text) {
  size_t space = text.find_last_of(' ');
  return lower_ascii(space == std::string_view::npos ? text : text.substr(space + 1));
}

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return out;
}

SentenceCoder::SentenceCoder(const EventCoder::Impl& impl, Document& doc, int sentence_index,
                             const SentenceIndex& index, const Candidacy& runs,
                             std::vector<std::string>* trace, const Sentence* parse)
    : impl_(impl),
      doc_(doc),
      s_(sentence_index),
      index_(index),
      runs_(runs),
      tree_(parse ? *parse : doc.sentences[static_cast<size_t>(sentence_index)]),
      trace_(trace),
      date_(date_number(doc.article.date)) {}

void SentenceCoder::run() {
  size_t first_event = doc_.events.size();
  for (int i = 0; i < static_cast<int>(tree_.size()); ++i) {
    const std::string& upos = tree_.token(i).upos;
    if (upos != "VERB" && upos != "NOUN" && upos != "AUX" && upos != "ADJ") continue;
    if (impl_.lexicon)
      code_with_lexicon(i);
    else
      code_with_verbs(i);
  }
  if (impl_.lexicon) code_evaluative_speech();
  if (impl_.lexicon) code_said_wrongdoing();
  if (impl_.lexicon) code_said_force();
  refine_reported_sources(first_event);
  drop_framing_statements(first_event);
  drop_incident_repeats(first_event);
  if (framed_out_) framed_out_->insert(framed_out_->end(), framed_.begin(), framed_.end());
}

// "Gondor said Rohan attacked Mordor": the saying frames the attack, whose
// reporter (reported_by) it is; a bare statement event with no target beside
// it adds nothing the reported event does not carry. A reported act that is
// not asserted ("said Rohan might attack", "said he would resign") is not
// told as done: then the saying is the one act the sentence reports.
void SentenceCoder::drop_framing_statements(size_t first_event) {
  auto inside = [this](int node, int ancestor) {
    for (int depth = 0; node >= 0 && depth < 32; ++depth, node = tree_.head(node))
      if (node == ancestor) return true;
    return false;
  };
  std::vector<bool> drop(doc_.events.size() - first_event, false);
  for (size_t k = first_event; k < doc_.events.size(); ++k) {
    const Event& e = doc_.events[k];
    int speech = predicates_[k - first_event];
    // A bare warning frames the threat it announces (step 59).
    const std::string& verb = tree_.lemma(speech);
    bool warns = verb == "warn" || verb == "threaten";
    bool frames =
        (e.root_code == "01" && (is_speech_verb(verb) || warns)) || (e.root_code == "13" && warns);
    bool by_clause = std::find(clause_targeted_.begin(), clause_targeted_.end(), speech) !=
                     clause_targeted_.end();
    if ((e.target && !by_clause) || !frames) continue;
    for (size_t j = first_event; j < doc_.events.size(); ++j) {
      int other = predicates_[j - first_event];
      if (doc_.events[j].modality != "asserted") continue;
      // A warning frames only the threat it announces, not a fact it tells.
      if (warns && !is_speech_verb(verb) && doc_.events[j].root_code != "13") continue;
      if (other == speech || !inside(other, speech)) continue;
      if (framed_out_) {  // decided once the reported events are scored
        framed_.push_back({k, j});
        continue;
      }
      drop[k - first_event] = true;
      if (trace_)
        trace_->push_back("  " + e.id + " (" + tree_.token(speech).text +
                          ") dropped: it frames the reported " + doc_.events[j].id);
      break;
    }
  }
  remove_events(first_event, drop);
}

// "Gondor shelled the town, killing six and wounding many": the participle
// clauses tell the consequences of one act. A force event (18–20) on a verb
// conjoined to or adverbial on another force event's verb, by the same
// source with the same root, is that incident again unless it names a new
// coded party: the victims ("six soldiers") stay an event of their own, an
// uncoded "many" or the same target is no second event. A consequence of
// another root (a mass killing, 202, after shelling, 194) stays: across roots
// the rule lost gold types on both halves.
void SentenceCoder::drop_incident_repeats(size_t first_event) {
  std::vector<bool> drop(doc_.events.size() - first_event, false);
  for (size_t k = first_event; k < doc_.events.size(); ++k) {
    const Event& e = doc_.events[k];
    int verb = predicates_[k - first_event];
    std::string_view rel = Tree::base(tree_.token(verb).deprel);
    if (!force_root(e.code) || !e.source || (rel != "advcl" && rel != "conj")) continue;
    for (size_t j = first_event; j < doc_.events.size(); ++j) {
      const Event& main = doc_.events[j];
      if (j == k || drop[j - first_event] || predicates_[j - first_event] != tree_.head(verb) ||
          main.root_code != e.root_code || !main.source ||
          main.source->actor_code != e.source->actor_code)
        continue;
      bool new_party = e.target && !e.target->actor_code.empty() &&
                       (!main.target || main.target->actor_code != e.target->actor_code);
      if (new_party) continue;
      drop[k - first_event] = true;
      if (trace_)
        trace_->push_back("  " + e.id + " (" + tree_.token(verb).text +
                          ") dropped: the same incident as " + main.id);
      break;
    }
  }
  remove_events(first_event, drop);
}

void SentenceCoder::remove_events(size_t first_event, const std::vector<bool>& drop) {
  constexpr size_t kGone = static_cast<size_t>(-1);
  std::vector<size_t> moved_to(drop.size(), kGone);
  size_t out = first_event;
  for (size_t k = first_event; k < doc_.events.size(); ++k) {
    if (drop[k - first_event]) continue;
    moved_to[k - first_event] = out;
    if (out != k) {
      doc_.events[out] = std::move(doc_.events[k]);
      predicates_[out - first_event] = predicates_[k - first_event];
    }
    ++out;
  }
  doc_.events.resize(out);
  predicates_.resize(out - first_event);
  std::erase_if(framed_, [&](FramedStatement& f) {
    f.statement = moved_to[f.statement - first_event];
    f.reported = moved_to[f.reported - first_event];
    return f.statement == kGone || f.reported == kGone;
  });
  renumber_events(doc_, first_event);
}

std::vector<int> SentenceCoder::follow_any(int predicate, const std::vector<dict::DepPath>& paths,
                                           bool passive) const {
  for (const dict::DepPath& path : paths) {
    std::vector<int> found;
    for (int node : follow_in_voice(tree_, predicate, path, passive))
      if (!is_temporal(node)) found.push_back(antecedent(node, predicate));
    if (!found.empty()) return found;
  }
  return {};
}

// A relative pronoun stands for the noun its clause modifies: "Hamas, which
// seeks …", "the man whom police arrested".
int SentenceCoder::antecedent(int node, int predicate) const {
  if (tree_.token(node).upos != "PRON") return node;
  const std::string& l = tree_.lemma(node);
  bool relative = tree_.token(node).feats.find("PronType=Rel") != std::string::npos ||
                  l == "which" || l == "who" || l == "whom" || l == "that";
  if (!relative) return node;
  for (int clause = predicate, depth = 0; clause >= 0 && depth < 4;
       clause = tree_.head(clause), ++depth) {
    std::string_view rel = tree_.token(clause).deprel;
    if (rel == "acl:relcl") return tree_.head(clause);
    std::string_view b = Tree::base(rel);
    if (b != "conj" && b != "xcomp") break;
  }
  return node;
}

// The subject a predicate without its own takes from the clause it hangs on:
// control ("pledged … to help"), shared subjects of conjoined verbs, the noun a
// relative clause or participle modifies.
// "The ministry during a briefing in the capital welcomed the offer": a past
// participle with an object of its own, hung on a noun inside the phrase of a
// sentence's root noun, is the clause's verb, done by that root noun; -1 when
// the parse is not so.
int SentenceCoder::misparsed_clause_subject(int predicate) const {
  int head = tree_.head(predicate);
  if (head < 0 || tree_.token(predicate).xpos != "VBN") return -1;
  bool object = false, agent = false;
  for (int child : tree_.children(predicate)) {
    object = object || Tree::base(tree_.token(child).deprel) == "obj";
    agent = agent || tree_.token(child).deprel == "obl:agent";
  }
  int top = head;
  while (tree_.head(top) >= 0 && Tree::base(tree_.token(top).deprel) == "nmod")
    top = tree_.head(top);
  if (!object || agent || top == head || tree_.head(top) >= 0) return -1;
  const std::string& upos = tree_.token(top).upos;
  return upos == "NOUN" || upos == "PROPN" ? top : -1;
}

std::vector<int> SentenceCoder::inherited_subject(int predicate, int depth) const {
  if (depth > 4) return {};
  int head = tree_.head(predicate);
  if (head < 0) return {};
  std::string_view rel = Tree::base(tree_.token(predicate).deprel);
  // "…, where fighting between rebels and troops has left …": a clause about
  // a place or a time has no subject of the clause it hangs on.
  if (rel == "advcl")
    for (int child : tree_.children(predicate))
      if (Tree::base(tree_.token(child).deprel) == "advmod" &&
          (tree_.lemma(child) == "where" || tree_.lemma(child) == "when"))
        return {};
  // The grammatical subject, passive too: "were detained for occupying the
  // roads" → those detained occupied them. Of two subjects the parser gave
  // one verb, a time word is not the one ("Days before the vote, police
  // continue to arrest …").
  auto own_subject = [&](int verb) -> int {
    int first = -1;
    for (int child : tree_.children(verb)) {
      if (tree_.token(child).deprel != "nsubj" && tree_.token(child).deprel != "nsubj:pass")
        continue;
      if (!is_temporal(child)) return antecedent(child, verb);
      if (first < 0) first = child;
    }
    return first < 0 ? -1 : antecedent(first, verb);
  };
  // "Gondor's refusal to …": who holds the intent (step 57).
  int holder = rel == "acl" || rel == "advcl" || rel == "xcomp" ? intent_holder(predicate) : -1;
  if (holder >= 0) return {holder};
  if (holder == kNoHolder) return {};
  if (holder == kHolderOfClause && rel != "acl")  // the clause hung on the noun's verb
    if (int subject = own_subject(head); subject >= 0) return {subject};
  // A participle or infinitive on an actor ("troops loyal to …", "the
  // militia firing on …") is done by it.
  if (rel == "acl" && !resolve(head, core(head).first, core(head).second).code.empty())
    return {head};
  if (rel == "xcomp") {
    // Object control: "urged the governments to work together" → the
    // governments work; commissives keep their subject ("promised Rohan to
    // help").
    if (governor_kind(tree_.lemma(head)) != Governor::kIntent)
      for (int child : tree_.children(head)) {
        std::string_view r = Tree::base(tree_.token(child).deprel);
        if (r == "obj" || r == "iobj") return {child};
      }
  }
  if (rel == "xcomp" || rel == "conj" || rel == "advcl") {
    // "went so far as to claim", "acted quickly enough to stop": a clause on
    // an adverb belongs to the verb the adverb modifies.
    for (int steps = 0; steps < 2 && tree_.token(head).upos == "ADV" &&
                        Tree::base(tree_.token(head).deprel) == "advmod" && tree_.head(head) >= 0;
         ++steps)
      head = tree_.head(head);
    // "The Gondor envoy | Hurin spoke up, saying …": the cut subject whole,
    // as the verb's own reading takes it (merged_subject; step 60).
    if (std::vector<int> pieces = split_subject(head); !pieces.empty()) return pieces;
    if (int subject = own_subject(head); subject >= 0) return {subject};
    return inherited_subject(head, depth + 1);
  }
  // A participle on a noun is done by that noun ("people seeking asylum"),
  // unless it is a complement of the noun ("praise for helping …", with a
  // mark) or hangs on an oblique of a verb ("has in turn sworn", a misparse):
  // then the subject of the nearest clause above that has one.
  if (rel == "acl")
    if (int top = misparsed_clause_subject(predicate); top >= 0) return {top};
  if (rel == "acl") {
    bool complement = false;
    for (int child : tree_.children(predicate))
      complement = complement || Tree::base(tree_.token(child).deprel) == "mark";
    bool on_oblique = Tree::base(tree_.token(head).deprel) == "obl";
    if (!complement && !on_oblique) return {head};
  }
  if (rel == "acl" || rel == "obl" || rel == "nmod" || rel == "obj") {
    for (int up = head, steps = 0; up >= 0 && steps < 4; up = tree_.head(up), ++steps) {
      const std::string& upos = tree_.token(up).upos;
      if (upos == "VERB" || upos == "AUX" || upos == "ADJ") {
        if (int subject = own_subject(up); subject >= 0) return {subject};
        return inherited_subject(up, depth + 1);
      }
    }
  }
  return {};
}

// A sentence the parser left without any subject: headlines and fragments.
bool SentenceCoder::fragmented() const {
  for (int i = 0; i < static_cast<int>(tree_.size()); ++i)
    if (Tree::base(tree_.token(i).deprel) == "nsubj") return false;
  return true;
}

// Verbs of beginning, continuing and ending an act: the one-word members of
// WordNet 3.0's causative aspect synsets that have the synset among their
// five first senses (begun or continued: start.v.02, initiate.v.01,
// resume.v.01, continue.v.01, prolong.v.01-02, keep.v.01, renew.v.01; ended:
// end.v.02, stop.v.02, halt.v.01, suspend.v.04-05); not *arrest*, whose
// first sense is an event of its own.
enum class Aspect { kNone, kGoesOn, kEnds };

static Aspect aspect_of(std::string_view lemma) {
  static const char* const kGoesOn[] = {
      "begin",   "start", "commence", "originate", "initiate", "resume",   "restart", "continue",
      "proceed", "keep",  "prolong",  "protract",  "sustain",  "maintain", "renew",   "regenerate"};
  static const char* const kEnds[] = {"end",  "terminate", "discontinue", "stop",  "cease",
                                      "quit", "halt",      "suspend",     "freeze"};
  auto in = [&](const auto& list) {
    return std::any_of(std::begin(list), std::end(list), [&](const char* w) { return lemma == w; });
  };
  if (in(kGoesOn)) return Aspect::kGoesOn;
  return in(kEnds) ? Aspect::kEnds : Aspect::kNone;
}

// A noun event whose doer is a named possessor (not a pronoun, which mostly
// stands for the verb's own subject) that its reading takes as source, with
// a target of its own or one the parse hung on the verb: "the militia's
// fight against the rebels".
bool SentenceCoder::names_own_dyad(int noun) const {
  const dict::LexiconEntry* entry = choose_entry(noun, false);
  if (!entry) return false;
  bool doer = false;
  for (int child : tree_.children(noun))
    doer = doer || (tree_.token(child).deprel == "nmod:poss" && tree_.token(child).upos != "PRON");
  auto present = [&](const std::vector<dict::DepPath>& paths, bool poss) {
    return std::any_of(paths.begin(), paths.end(), [&](const dict::DepPath& p) {
      std::vector<int> found = tree_.follow(noun, p);
      return std::any_of(found.begin(), found.end(), [&](int node) {
        return (tree_.token(node).deprel == "nmod:poss") == poss;
      });
    });
  };
  return doer && present(entry->source, true) &&
         (present(entry->target, false) || !aim_on_verb(noun).empty());
}

// "joined Rohan's fight against Mordor" with the against phrase hung on the
// verb (the parse's usual attachment): the aim of the verb's object event,
// when the verb has a reading of its own (a verb with none, "recounted
// Gondor's assault on …", keeps its phrase). An on phrase only when it names
// an actor ("on Tuesday" is a time).
std::vector<int> SentenceCoder::aim_on_verb(int noun) const {
  std::vector<int> out;
  if (tree_.token(noun).deprel != "obj" || !choose_entry(tree_.head(noun), false)) return out;
  for (int child : tree_.children(tree_.head(noun))) {
    if (Tree::base(tree_.token(child).deprel) != "obl") continue;
    for (int mark : tree_.children(child))
      if (tree_.token(mark).deprel == "case" &&
          (tree_.lemma(mark) == "against" ||
           (tree_.lemma(mark) == "on" && entity_at(doc_, s_, child))))
        out.push_back(child);
  }
  return out;
}

// The verb whose object this noun event is, when that verb has an entry of
// its own; -1 otherwise (then the verb is a support verb: "held talks").
int SentenceCoder::coded_verb_over_noun(int noun) const {
  if (tree_.token(noun).upos != "NOUN") return -1;
  std::string_view rel = tree_.token(noun).deprel;
  if (rel != "obj" && rel != "nsubj:pass") return -1;
  int verb = tree_.head(noun);
  if (verb < 0 || tree_.token(verb).upos != "VERB") return -1;
  // "announced a ceasefire": what is announced is the event.
  if (is_speech_verb(tree_.lemma(verb))) return -1;
  const dict::LexiconEntry* entry = choose_entry(verb, false);
  if (!entry) return -1;
  // "joined the militia's fight against the rebels", "condemned Gondor's
  // raids on the port": an act that names its own doer and whom it hits is
  // one of its own beside the verb's; not one the verb ends ("lifted Rohan's
  // ban on imports").
  if (names_own_dyad(noun) && !ended_act_entry(verb) &&
      aspect_of(lexicon_lemma(verb)) != Aspect::kEnds)
    return -1;
  // "committed systematic torture": a verb whose reading needs a prepositional
  // phrase that is not there ("commit to") gives no event, so the noun is
  // coded itself.
  if (prepositional_frame(*entry) &&
      std::none_of(entry->target.begin(), entry->target.end(),
                   [&](const dict::DepPath& p) { return !tree_.follow(verb, p).empty(); }))
    return -1;
  // "the coalition conducted ten airstrikes": a light verb read only by a
  // derived dictionary's bare default does not take over its noun; the noun
  // is coded too, done by the verb's subject (support_verb_subject). (Not
  // dropping the verb's own reading: that lost report type.)
  // So is one whose reading names no object ("stepped up its crackdown":
  // STEP UP's particle frame, step 51).
  if ((entry->specificity() == 0 || !frame_names_object(*entry)) &&
      entry->file != kHandWrittenLexicon && is_support_verb(lexicon_lemma(verb)))
    return -1;
  return verb;
}

// Light verbs whose object names the act ("held talks", "conducted
// airstrikes", "joined the fight"), and the verbs of beginning or continuing
// one ("renewed its ban").
bool is_support_verb(std::string_view lemma) {
  static const char* const kSupportVerbs[] = {
      "hold",     "have",      "launch",   "conduct", "carry",    "make",      "stage",  "mount",
      "wage",     "begin",     "start",    "resume",  "continue", "open",      "lead",   "organize",
      "organise", "give",      "issue",    "take",    "sign",     "reach",     "strike", "pursue",
      "step",     "intensify", "escalate", "join",    "perform",  "undertake", "commit", "unleash"};
  return aspect_of(lemma) == Aspect::kGoesOn ||
         std::any_of(std::begin(kSupportVerbs), std::end(kSupportVerbs),
                     [&](const char* w) { return lemma == w; });
}

// A noun event that is the object of a support (light) verb takes that
// verb's subject: "Gondor held talks with Rohan", "troops launched an assault
// on the town", and a speech verb's: "announced a ceasefire". Other verbs
// say someone else acts: "refused to allow protests". A verb of beginning or
// continuing is a support verb too: "the council renewed its ban".
std::vector<int> SentenceCoder::support_verb_subject(int noun) const {
  // "carried out a wave of raids": the quantity word stands in.
  if (int head = tree_.head(noun); head >= 0 && Tree::base(tree_.token(noun).deprel) == "nmod" &&
                                   tree_.through_quantity(head) == noun)
    noun = head;
  // "ended its mediation efforts": the noun event compounded on the object.
  if (int head = tree_.head(noun);
      head >= 0 && tree_.token(noun).deprel == "compound" && tree_.token(head).deprel == "obj")
    noun = head;
  std::string_view rel = tree_.token(noun).deprel;
  int verb = tree_.head(noun);
  if (Tree::base(rel) == "obl" && verb >= 0) return participant_subject(noun, verb);
  if (rel != "obj" || verb < 0 || tree_.token(verb).upos != "VERB") return {};
  const std::string& lemma = lexicon_lemma(verb);
  bool support = is_speech_verb(lemma) || is_support_verb(lemma);
  return support ? subject_of(verb) : std::vector<int>{};
}

// "Soldiers participate in relief operations", "soldiers were engaged
// in an exchange of fire", "X was responsible for the massacres", "thousands
// gathered in a protest": a noun event in an oblique of a predicate of
// taking part is done by that predicate's subject. Not "were killed in an
// attack" (a passive of another act) nor "detained them during a protest".
std::vector<int> SentenceCoder::participant_subject(int noun, int head) const {
  static const char* const kTakePart[] = {"participate", "engage",    "involve",     "join",
                                          "take",        "complicit", "responsible", "active",
                                          "involved",    "engaged",   "partake"};
  std::string prep;
  for (int child : tree_.children(noun))
    if (tree_.token(child).deprel == "case") prep = tree_.lemma(child);
  const std::string& lemma = lexicon_lemma(head);
  bool take_part = std::any_of(std::begin(kTakePart), std::end(kTakePart),
                               [&](const char* w) { return lemma == w; });
  const std::string& upos = tree_.token(head).upos;
  if (upos != "VERB" && upos != "ADJ") return {};
  if (prep == "for" && (lemma == "responsible" || lemma == "complicit")) return subject_of(head);
  if (openness_of(noun) == head) return subject_of(head);  // "open to talks" (step 58)
  if (prep != "in") return {};
  if (take_part) return subject_of(head);
  // A protest one gathers or marches in is the gatherers' own.
  if (upos == "VERB" && !passive_clause(head))
    if (const dict::LexiconEntry* own = choose_entry(noun, false);
        own && dict::cameo_root(own->code) == "14")
      return subject_of(head);
  return {};
}

// The entry's target paths name no actor: the first argument of the
// predicate that does, in the order object, indirect object, obliques, the
// object's modifiers ("urged Washington to …", "called Lavrov"). Not a
// complement's arguments: "A said B …" is about B, "helped them enter the
// US" is not done to the US. Sources and time words are skipped; empty when
// none names an actor.
std::vector<int> SentenceCoder::coded_target_elsewhere(int predicate, bool passive,
                                                       const std::vector<int>& sources,
                                                       bool statement) const {
  static const std::vector<dict::DepPath> kPaths = {
      {{"obj", ""}},
      {{"iobj", ""}},
      {{"obl", ""}},
      {{"obj", ""}, {"nmod", ""}},
      {{"obl", ""}, {"nmod", ""}},
      {{"obj", ""}, {"nmod", ""}, {"nmod", ""}},
      {{"obj", ""}, {"acl", ""}, {"obl", ""}}};  // "sanctions imposed on X"
  for (const dict::DepPath& path : kPaths) {
    // What a statement says ("said single parents would qualify": the parser
    // often hangs the clause's subject as the object) and what it is about
    // ("spoke of", "said of") are its topic; the addressee is whom it is made to.
    if (statement && path.size() == 1 && path[0].deprel == "obj") continue;
    for (int node : follow_in_voice(tree_, predicate, path, passive)) {
      if (statement && path[0].deprel == "obl" &&
          topical(path.size() == 1 ? node : tree_.head(node)))
        continue;
      node = antecedent(node, predicate);
      if (is_temporal(node) || std::find(sources.begin(), sources.end(), node) != sources.end())
        continue;
      if (tree_.token(node).deprel == "obl:agent" || locative(node) || on_behalf(node)) continue;
      if (int up = tree_.head(node); path.size() > 1 && up >= 0 && (locative(up) || on_behalf(up)))
        continue;  // "in the city of X", "on behalf of the people of X"
      if (names_actor(node)) return {node};
    }
  }
  return {};
}

// "Rebels ended their blockade of the city": a possessor that is the source
// itself is not whom the act is done to; the search goes on past it.
void SentenceCoder::drop_source_targets(const std::vector<int>& sources,
                                        std::vector<int>& targets) const {
  std::vector<Actor> source_actors;
  for (int s : sources) source_actors.push_back(resolve(s));
  std::erase_if(targets, [&](int t) {
    if (tree_.token(t).deprel != "nmod:poss") return false;
    Actor a = resolve(t);
    return !a.code.empty() &&
           std::any_of(source_actors.begin(), source_actors.end(),
                       [&](const Actor& s) { return s.code == a.code && s.entity == a.entity; });
  });
}

// Every nsubj: a parser may split "US President Donald Trump" into two.
std::vector<int> SentenceCoder::subject_of(int predicate) const {
  std::vector<int> out;
  for (int child : tree_.children(predicate))
    if (tree_.token(child).deprel == "nsubj") out.push_back(antecedent(child, predicate));
  return out.empty() ? inherited_subject(predicate) : out;
}

Actor SentenceCoder::resolve(int head) const {
  auto [first, last] = tree_.phrase(head);
  return resolve(head, first, without_trailing_time(head, first, last));
}

// "the council on Friday made …": the parse hangs the day on the subject, but
// the day dates the event (time_for_token) and is no part of the actor's text.
int SentenceCoder::without_trailing_time(int head, int first, int last) const {
  for (const TimeExpression& t : doc_.times) {
    if (t.sentence != s_ || t.first_token <= head || t.last_token != last + 1) continue;
    int cut = t.first_token - 1;
    const Sentence& sentence = tree_.sentence();
    while (cut > head && cut >= first &&
           (Tree::base(sentence.tokens[static_cast<size_t>(cut)].deprel) == "case" ||
            sentence.tokens[static_cast<size_t>(cut)].upos == "PUNCT"))
      --cut;
    return std::max(cut, head);
  }
  return last;
}

Actor SentenceCoder::resolve(int head, int first, int last) const {
  const Sentence& sentence = tree_.sentence();
  const Token& first_token = sentence.tokens[static_cast<size_t>(first)];
  const Token& last_token = sentence.tokens[static_cast<size_t>(last)];
  Actor actor;
  actor.mention.sentence = s_;
  actor.mention.first_token = first;
  actor.mention.last_token = last + 1;
  actor.mention.start = first_token.start;
  actor.mention.end = last_token.end;
  actor.mention.text = doc_.article.text.substr(first_token.byte_start,
                                                last_token.byte_end - first_token.byte_start);
  // 1. An entity mention at the head (or covering it) that has a code;
  // 2. else a coded entity inside the phrase ("the leadership of Hamas").
  for (int pass = 0; pass < 2; ++pass) {
    for (const CodedMention& c : index_.coded) {
      const Mention& m = *c.mention;
      bool hit = pass == 0 ? m.first_token <= head && head < m.last_token
                           : first <= m.first_token && m.last_token <= last + 1;
      if (!hit || (pass == 1 && !possessors_name_actors_ && in_possessor(head, m))) continue;
      actor.code = c.entity->actor_code;
      actor.entity = c.entity->id;
      actor.how = "entity " + c.entity->id + (pass == 0 ? "" : " in phrase");
      return actor;
    }
  }
  // 3. The actor and agent dictionaries.
  if (impl_.actors && !impl_.actors->empty()) {
    ActorMatch match =
        impl_.actors->match(ActorMatcher::phrase_words(sentence, first, last), date_);
    if (!match.code.empty()) {
      actor.code = match.code;
      actor.how = "dictionary: " + match.matched;
    }
  }
  // 3b. A role word modifying a noun ("police shootings", step 64); 3c. a
  // definite description said earlier with its owner ("the coalition", step 63).
  if (actor.code.empty() && first == last) {
    actor.code = role_modifier(head);
    if (!actor.code.empty()) {
      actor.how = "role word modifying \"" + tree_.token(tree_.head(head)).text + "\"";
      return actor;
    }
  }
  if (actor.code.empty() && described_earlier(head, first, actor)) return actor;
  // 4. A personal pronoun the entity stage left alone: the subject of a clause
  // above it ("Ethiopia indicated it would act …"), as TABARI did.
  // Not for a pronoun the coreference stage linked to someone uncoded
  // (linked_entity), and never the subject of an object pronoun's own verb
  // ("troops killed him" is not the troops).
  if (actor.code.empty() && first == last && tree_.token(head).upos == "PRON" &&
      !linked_entity(head)) {
    const std::string& l = tree_.lemma(head);
    std::string_view own = Tree::base(tree_.token(head).deprel);
    int bound = own == "obj" || own == "iobj" ? tree_.head(head) : -1;
    if (l == "it" || l == "they" || l == "he" || l == "she" || l == "them" || l == "him" ||
        l == "her") {
      for (int clause = tree_.head(head), depth = 0; clause >= 0 && depth < 6;
           clause = tree_.head(clause), ++depth) {
        if (clause == bound) continue;
        for (int child : tree_.children(clause)) {
          if (child == head || Tree::base(tree_.token(child).deprel) != "nsubj" || child > head)
            continue;
          if (tree_.token(child).upos == "PRON") continue;
          Actor antecedent = resolve(child);
          if (antecedent.code.empty()) continue;
          actor.code = antecedent.code;
          actor.entity = antecedent.entity;
          actor.how = "pronoun: " + antecedent.mention.text;
          return actor;
        }
      }
    }
  }
  return actor;
}

size_t SentenceCoder::emit(int predicate, const std::string& code,
                           const std::vector<int>& source_heads,
                           const std::vector<int>& target_heads, const EmitOptions& options) {
  // Who acts is the head's own actor, not an owner: "his decision allowing
  // imports", "Paris's father committed" name the owner, not the doer.
  possessors_name_actors_ = false;
  std::vector<Actor> sources = merged_subject(source_heads);
  if (sources.empty())
    for (int h : list_members(source_heads))
      for (Actor& a : actors_of(h)) sources.push_back(std::move(a));
  possessors_name_actors_ = true;
  std::vector<Actor> targets = merged_subject(target_heads);
  if (targets.empty())
    for (int h : target_heads)
      for (Actor& a : actors_of(h)) targets.push_back(std::move(a));
  // "the king expressed his condolences to the people of Rohan", "NATO agreed to
  // extend its mission": a target phrase whose only actor is the source's own
  // possessive is not whom the act is done to; the phrase is read again
  // without its possessor, and another actor it names is the target.
  auto is_source = [&](const Actor& t) {
    return std::any_of(sources.begin(), sources.end(), [&](const Actor& s) {
      return !t.code.empty() && s.code == t.code && s.entity == t.entity;
    });
  };
  auto own_possessive = [&](const Actor& t) {
    return is_source(t) && t.how.find(" in phrase") != std::string::npos;
  };
  if (!targets.empty() && !sources.empty() &&
      std::all_of(targets.begin(), targets.end(), own_possessive)) {
    possessors_name_actors_ = false;
    std::vector<Actor> again;
    for (int h : target_heads)
      for (Actor& a : actors_of(h))
        if (!is_source(a)) again.push_back(std::move(a));
    possessors_name_actors_ = true;
    // Nobody else named ("Gondor unsealed its frontier", "agreed to prolong
    // their patrols"): the phrase is kept as text, what was acted on, for
    // the sense restrictions and the scorer to judge. Acts that need a
    // partner (consult, cooperate, reject …) stay dropped as same-actor.
    if (!again.empty() || !dyadic_root(code)) targets = std::move(again);
  }
  // "These strikes hit three Mordor units, two trucks and a bridge": the
  // other objects of a struck list that names a coded party were struck too.
  if (impl_.lexicon && force_root(code)) add_struck_objects(target_heads, targets);
  // "Turkey said it had asked Tehran …": a pronoun standing for an entity
  // named earlier in the sentence is given as that name.
  for (Actor& a : sources) name_pronoun(a);
  for (Actor& a : targets) name_pronoun(a);
  // "condemned the test", "rejected the decision": the act's doer (act_doers.cc).
  std::string root = dict::cameo_root(code);
  if (impl_.lexicon && targets.empty() && !target_heads.empty() && (root == "11" || root == "12"))
    if (auto doer = doer_of_act(target_heads.front(), sources)) targets.push_back(std::move(*doer));
  // With the built-in lexicon one coded actor makes an event; the other side
  // is kept as the words of its phrase.
  if (impl_.lexicon) {
    if (sources.empty() && !source_heads.empty())
      if (auto a = uncoded(source_heads.front())) sources.push_back(std::move(*a));
    if (targets.empty() && !target_heads.empty()) {
      if (auto a = uncoded(target_heads.front()))
        targets.push_back(std::move(*a));
      else if (auto p = linked_pronoun(target_heads.front()))
        targets.push_back(std::move(*p));
    }
  }
  // With the built-in lexicon a coded source is enough: a target the entry's
  // paths do not find is unknown, not a reason to drop what happened
  // ("Tehran provides support"). User dictionaries code dyads, as their
  // engines do.
  bool need_target = impl_.lexicon ? dyadic_root(code) && !options.targetless
                                   : !target_heads.empty() || impl_.options.require_dyad;
  return emit_actors(predicate, code, std::move(sources), std::move(targets), need_target, options);
}

bool SentenceCoder::force_root(const std::string& code) {
  std::string root = dict::cameo_root(code);
  return root == "18" || root == "19" || root == "20";
}

// Each struck object of a list is a target of its own, kept as text, when
// another member names a coded party (re3d annotates one relation per
// object): the list says whose units, vehicles and buildings were hit.
void SentenceCoder::add_struck_objects(const std::vector<int>& target_heads,
                                       std::vector<Actor>& targets) const {
  if (std::none_of(targets.begin(), targets.end(), [](const Actor& t) { return !t.code.empty(); }))
    return;
  auto named = [&](int node) {
    return std::any_of(targets.begin(), targets.end(), [&](const Actor& t) {
      return t.mention.sentence == s_ && t.mention.first_token <= node &&
             node < t.mention.last_token;
    });
  };
  std::vector<Actor> more;
  for (int h : target_heads) {
    // Not the places an act was done in ("a shooting in Kelvale and another in
    // Brannock"), which step 24 may have made the target.
    if (locative(h)) continue;
    int head = anchor(h);
    std::vector<int> members = {head};
    for (int child : tree_.children(head))
      if (Tree::base(tree_.token(child).deprel) == "conj") members.push_back(child);
    if (members.size() < 2) continue;
    for (int m : members) {
      if (named(m)) continue;
      if (std::optional<Actor> object = uncoded(m)) {
        object->how = kStruckObject;
        more.push_back(std::move(*object));
      }
    }
  }
  for (Actor& a : more) targets.push_back(std::move(a));
}

// Consulting, cooperating, demanding, disapproving, rejecting and cutting
// ties are done with or to someone: without a target such an event says
// little ("discussing his concern"). Statements, appeals, aid, protests,
// force and the like stand on their own.
// "a magazine attacked defectors", "people were fighting for our land", "the
// girls enter the U.S.": civilians, media, parties, businesses and the like
// do not use military force (19x); such a reading is another sense of the verb.
bool SentenceCoder::unarmed(const std::string& actor_code) {
  static const char* const kUnarmed[] = {"CVL", "MED", "EDU", "BUS", "LAB", "NGO", "HLH", "PTY",
                                         "LEG", "JUD", "REF", "AGR", "ENV", "REL", "MNC", "NGM"};
  return all_sectors(actor_code, [](std::string_view sector) {
    return std::any_of(std::begin(kUnarmed), std::end(kUnarmed),
                       [&](const char* u) { return sector == u; });
  });
}

// A passive clause, or a past participle on a noun with a by-agent ("a blog
// written by Rathbun", "weapons supplied by Iran"): the noun is what was
// acted on, the agent the one who acted. (Without the agent a participle is
// too often a misparsed finite verb: "Thousands of protesters rallied".)
bool SentenceCoder::passive_clause(int predicate) const {
  if (tree_.is_passive(predicate)) return true;
  const Token& t = tree_.token(predicate);
  if (t.xpos != "VBN" || Tree::base(t.deprel) != "acl") return false;
  bool agent = false;
  for (int child : tree_.children(predicate)) {
    std::string_view rel = tree_.token(child).deprel;
    if (Tree::base(rel) == "obj") return false;
    agent = agent || rel == "obl:agent";
  }
  return agent;
}

bool SentenceCoder::dyadic_root(const std::string& code) {
  static const char* const kRoots[] = {"04", "05", "06", "10", "11", "12", "16"};
  std::string root = dict::cameo_root(code);
  for (const char* r : kRoots)
    if (root == r) return true;
  return false;
}

// The lemma the lexicon knows the predicate by: its own, or for a verb the
// lemmatizer got wrong ("expelled" → "expell") a regular stem of its form.
const std::string& SentenceCoder::lexicon_lemma(int predicate) const {
  if (lexicon_lemmas_.empty()) lexicon_lemmas_.resize(tree_.size());
  std::optional<std::string>& known = lexicon_lemmas_[static_cast<size_t>(predicate)];
  if (known) return *known;
  const std::string& lemma = tree_.lemma(predicate);
  if (tree_.token(predicate).upos != "VERB" || !impl_.lexicon->find(lemma).empty())
    return known.emplace(lemma);
  for (const std::string& stem : regular_stems(lower_ascii(tree_.token(predicate).text)))
    if (!impl_.lexicon->find(stem).empty()) return known.emplace(stem);
  return known.emplace(lemma);
}

// Acts two parties do with each other: agreements (intents and concluded
// ones, 057), consultations, material cooperation, fighting (praise and
// support are one-sided).
bool SentenceCoder::reciprocal_root(const std::string& code) {
  static const char* const kRoots[] = {"03", "04", "06", "19"};
  if (code.rfind("057", 0) == 0) return true;
  std::string root = dict::cameo_root(code);
  for (const char* r : kRoots)
    if (root == r) return true;
  return false;
}

bool SentenceCoder::prepositional_frame(const dict::LexiconEntry& entry) {
  return !entry.target.empty() &&
         std::all_of(entry.target.begin(), entry.target.end(), [](const dict::DepPath& p) {
           return !p.empty() && (p[0].deprel == "obl" || p[0].deprel == "nmod") &&
                  !p[0].sub.empty();
         });
}

// Does mention `m` lie inside a possessor of `head` ("his" in "his decision")?
bool SentenceCoder::in_possessor(int head, const Mention& m) const {
  for (int child : tree_.children(head)) {
    if (tree_.token(child).deprel != "nmod:poss") continue;
    auto [first, last] = tree_.phrase(child);
    if (first <= m.first_token && m.last_token <= last + 1) return true;
  }
  return false;
}

// "met in Amman", "fighting near the border": where, not with whom.
bool SentenceCoder::locative(int node) const {
  return tree_.has_case(node, {"in", "at", "near", "inside", "outside", "within", "across",
                               "around", "throughout", "along"});
}

// "on behalf of the people of …": whom the source speaks or acts for is its
// own side, not whom the act is done to.
bool SentenceCoder::on_behalf(int node) const {
  return tree_.lemma(node) == "behalf";
}

// "spoke of the war", "said of Rohan", "talked about the deal", "described
// Rohan as a threat": what is spoken about, not to whom.
bool SentenceCoder::topical(int node) const {
  return tree_.has_case(node, {"of", "about", "on", "over", "regarding", "concerning", "toward",
                               "towards", "as", "re"});
}

// A coded place in a locative phrase of the predicate ("in Colombia"), of its
// object or of its uncoded target ("the refineries in Iran"); -1 when none.
int SentenceCoder::place_acted_on(int predicate, const std::vector<int>& sources,
                                  const std::vector<int>& targets) const {
  std::vector<std::string> source_codes;
  for (int h : sources)
    for (const Actor& a : actors_of(h)) source_codes.push_back(a.code);
  std::vector<int> holders = {predicate};
  for (int t : targets) holders.push_back(t);
  for (int child : tree_.children(predicate))
    if (Tree::base(tree_.token(child).deprel) == "obj") holders.push_back(child);
  for (int holder : holders)
    for (int child : tree_.children(holder)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if ((rel != "obl" && rel != "nmod") || !locative(child) || is_temporal(child)) continue;
      if (std::find(sources.begin(), sources.end(), child) != sources.end()) continue;
      // A place (not "suspects in the attack on the minister's convoy"), and
      // not the source's own ("Syrian shelling … in northwest Syria").
      if (only_places(child, source_codes)) return child;
    }
  return -1;
}

int SentenceCoder::place_of_object(int predicate, const std::vector<int>& sources) const {
  std::vector<std::string> source_codes;
  for (int h : sources)
    for (const Actor& a : actors_of(h)) source_codes.push_back(a.code);
  for (int object : tree_.children(predicate)) {
    if (Tree::base(tree_.token(object).deprel) != "obj" || tree_.token(object).upos != "NOUN")
      continue;
    std::vector<std::string> classes = SenseRestrictions::get().classes(tree_.lemma(object));
    if (classes.empty() || (classes.front() != "artifact" && classes.front() != "location"))
      continue;
    for (int holder : {object, predicate})
      for (int child : tree_.children(holder)) {
        std::string_view rel = Tree::base(tree_.token(child).deprel);
        if ((rel == "nmod" || rel == "obl") && locative(child) && !is_temporal(child) &&
            only_places(child, source_codes))
          return child;
      }
  }
  return -1;
}

bool SentenceCoder::only_places(int head, const std::vector<std::string>& except_codes) const {
  std::vector<Actor> actors = actors_of(head);
  return !actors.empty() && std::all_of(actors.begin(), actors.end(), [&](const Actor& a) {
    const Entity* e = entity_by_id(a.entity);
    return e && (e->type == "GPE" || e->type == "LOC" || e->type == "FAC") &&
           std::find(except_codes.begin(), except_codes.end(), a.code) == except_codes.end();
  });
}

bool SentenceCoder::guessed_country(const Actor& a) const {
  const Entity* e = entity_by_id(a.entity);
  return e && e->resolved_by == "composition:article-country";
}

const Entity* SentenceCoder::entity_by_id(const std::string& id) const {
  return events::entity_by_id(doc_, id);
}

// Aid, cooperation, investigation, protest, coercion and force (06–09, 14–20)
// are done to a place as well as to a party.
bool SentenceCoder::material_root(const std::string& code) {
  int root = std::atoi(dict::cameo_root(code).c_str());
  return (root >= 6 && root <= 9) || root >= 14;
}

bool SentenceCoder::is_temporal(int node) const {
  for (const auto& [first, last] : index_.time_spans)
    if (first <= node && node < last) return true;
  static const char* const kCalendarWords[] = {
      "monday",    "tuesday",  "wednesday", "thursday", "friday",  "saturday", "sunday", "today",
      "yesterday", "tomorrow", "tonight",   "week",     "weekend", "month",    "year",   "day",
      "night",     "morning",  "afternoon", "evening",  "hour",    "decade",   "time"};
  const std::string& l = tree_.lemma(node);
  for (const char* w : kCalendarWords)
    if (l == w) return true;
  return false;
}

bool SentenceCoder::is_weapon_or_attack(int node) const {
  static const char* const kWeapons[] = {
      "bomb",      "explosive", "explosion", "blast",    "device",      "ied",     "grenade",
      "mine",      "landmine",  "missile",   "rocket",   "shell",       "mortar",  "artillery",
      "munition",  "bullet",    "gunfire",   "shot",     "projectile",  "drone",   "warplane",
      "jet",       "aircraft",  "airplane",  "plane",    "helicopter",  "gunship", "tank",
      "airstrike", "strike",    "raid",      "shelling", "bombardment", "attack",  "assault"};
  const Token& t = tree_.token(node);
  if (t.upos != "NOUN" && t.upos != "PROPN") return false;
  const std::string& l = tree_.lemma(node);
  if (std::any_of(std::begin(kWeapons), std::end(kWeapons), [&](const char* w) { return l == w; }))
    return true;
  // A noun the lexicon codes as an act of force ("the bombardment", "a
  // massacre"), unless a noun before it says what kind ("a trade war", "a
  // price war" are no force).
  for (int child : tree_.children(node))
    if (Tree::base(tree_.token(child).deprel) == "compound" && child < node &&
        tree_.token(child).upos == "NOUN")
      return false;
  for (const dict::LexiconEntry* e : impl_.lexicon->find(lexicon_lemma(node))) {
    if (e->pos != dict::LexiconEntry::Pos::kNoun) continue;
    if (force_root(e->code)) return true;
  }
  return false;
}

// Who is named as the doer inside an attack or weapon phrase: its possessor,
// by-phrase, adjective or compound ("Israel's airstrikes", "a Saudi air
// raid", "the missiles fired by the army"); empty when none is coded.
static std::vector<int> attack_doers(const Tree& tree, int node) {
  static const std::vector<dict::DepPath> kPaths = {{{"nmod", "poss"}},
                                                    {{"nmod", "by"}},
                                                    {{"amod", ""}},
                                                    {{"compound", ""}},
                                                    {{"acl", ""}, {"obl", "agent"}},
                                                    {{"acl", ""}, {"obl", "by"}}};
  std::vector<int> out;
  for (const dict::DepPath& path : kPaths)
    for (int n : tree.follow(node, path)) out.push_back(n);
  return out;
}

void SentenceCoder::attack_as_source(std::vector<int>& sources, EmitOptions& options) const {
  if (sources.size() != 1 || !is_weapon_or_attack(sources.front())) return;
  // The doer named inside the phrase (a possessor too: "Mordor's rockets").
  std::vector<int> doers = attack_doers(tree_, sources.front());
  std::erase_if(doers, [&](int n) { return !names_actor(n); });
  if (!doers.empty()) {
    sources = {doers.front()};
    return;
  }
  if (!has_actor(sources)) options.weapon_source = true;
}

// "Masked men stormed the bank", "assailants wounded two guards": people
// the sentence describes but the entities stage does not code (a noun whose
// usual WordNet sense is a person or a group) are a force's doer as text,
// as a weapon is, when the target is coded.
bool SentenceCoder::unnamed_people(const std::vector<int>& sources) const {
  if (sources.size() != 1 || has_actor(sources)) return false;
  const Token& head = tree_.token(sources.front());
  if (head.upos != "NOUN") return false;
  std::vector<std::string> classes = SenseRestrictions::get().classes(tree_.lemma(sources.front()));
  // Plural persons ("attackers", "supporters"), not one described person
  // ("the client fired a question", "a serial liar"), or a group ("a mob").
  if (classes.empty()) return false;
  return classes.front() == "group" || (classes.front() == "person" && head.xpos == "NNS");
}

bool SentenceCoder::named_uncoded(const std::vector<int>& sources) const {
  if (sources.size() != 1 || has_actor(sources)) return false;
  int head = sources.front();
  if (tree_.token(head).upos != "PROPN") return false;
  const Entity* entity = entity_at(doc_, s_, head);
  return entity && entity->actor_code.empty() && entity->type == "ORG";
}

std::vector<int> SentenceCoder::source_from_oblique_attack(int predicate) const {
  for (int child : tree_.children(predicate)) {
    if (Tree::base(tree_.token(child).deprel) != "obl" || !is_weapon_or_attack(child)) continue;
    if (!tree_.has_case(child, {"in", "during", "under", "amid"})) continue;
    std::vector<int> doers = attack_doers(tree_, child);
    std::erase_if(doers, [&](int n) { return !names_actor(n); });
    if (!doers.empty()) return {doers.front()};
    if (names_actor(child)) return {child};
    return {child};  // the attack itself, kept as text
  }
  return {};
}

int SentenceCoder::obliged_subject(int predicate) const {
  for (int clause : tree_.children(predicate)) {
    if (Tree::base(tree_.token(clause).deprel) != "ccomp") continue;
    // The bare subjunctive after a mandative verb ("insisted that Rohan withdraw").
    bool must = !mandate_of(tree_, predicate, clause).empty();
    if (!must && !is_speech_verb(tree_.lemma(predicate))) continue;
    int subject = -1;
    for (int c : tree_.children(clause)) {
      std::string_view rel = tree_.token(c).deprel;
      std::string form = lower_ascii(tree_.token(c).text);
      if (Tree::base(rel) == "aux" && (form == "must" || form == "should" || form == "ought"))
        must = true;
      if (rel == "nsubj") subject = c;  // not "X should be permitted"
    }
    if (must && subject >= 0 && tree_.token(subject).upos != "PRON" && names_actor(subject))
      return subject;
  }
  return -1;
}

void SentenceCoder::name_pronoun(Actor& actor) const {
  const Mention& m = actor.mention;
  if (actor.entity.empty() || m.sentence != s_ || m.last_token - m.first_token != 1 ||
      tree_.token(m.first_token).upos != "PRON")
    return;
  for (const Entity& e : doc_.entities) {
    if (e.id != actor.entity) continue;
    const Mention* best = nullptr;
    for (const Mention& named : e.mentions) {
      if (named.sentence != s_ || named.last_token > m.first_token) continue;
      bool pronoun = named.last_token - named.first_token == 1 &&
                     tree_.token(named.first_token).upos == "PRON";
      if (!pronoun && (!best || named.first_token > best->first_token)) best = &named;
    }
    if (best) {
      actor.how += " (named as \"" + best->text + "\")";
      actor.mention = *best;
    }
    return;
  }
}

bool SentenceCoder::protest_crowd(const Mention& m) const {
  static const char* const kCrowds[] = {"protester", "protestor", "demonstrator", "rioter",
                                        "mob",       "crowd",     "marcher"};
  if (m.sentence != s_) return false;
  for (int i = m.first_token; i < m.last_token && i < static_cast<int>(tree_.size()); ++i) {
    const std::string& l = tree_.lemma(i);
    if (std::any_of(std::begin(kCrowds), std::end(kCrowds), [&](const char* w) { return l == w; }))
      return true;
  }
  return false;
}

std::string SentenceCoder::weapon_code(int node) const {
  static const char* const kBombs[] = {"bomb",      "bomber", "bombing", "explosive",
                                       "explosion", "blast",  "device",  "ied",
                                       "grenade",   "mine",   "landmine"};
  static const char* const kArtillery[] = {"shell",   "shelling",  "mortar", "rocket",
                                           "missile", "artillery", "tank",   "bombardment"};
  static const char* const kAir[] = {"airstrike", "warplane", "jet",        "aircraft", "airplane",
                                     "plane",     "gunship",  "helicopter", "drone"};
  auto in = [](const std::string& w, const auto& list) {
    return std::any_of(std::begin(list), std::end(list), [&](const char* x) { return w == x; });
  };
  const std::string& l = tree_.lemma(node);
  // "an air raid", "an air strike", "a suicide bombing", "a car bomb"
  std::string modifier;
  for (int child : tree_.children(node)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if ((rel == "compound" || rel == "amod") && child < node) modifier = tree_.lemma(child);
  }
  if (in(l, kBombs)) return modifier == "suicide" ? "1831" : modifier == "car" ? "1832" : "183";
  if (in(l, kArtillery)) return "194";
  if (in(l, kAir) || ((l == "raid" || l == "strike") && modifier == "air")) return "195";
  return "";
}

std::optional<Actor> SentenceCoder::uncoded(int head) const {
  const Token& t = tree_.token(head);
  if ((t.upos != "NOUN" && t.upos != "PROPN") || is_temporal(head)) return std::nullopt;
  auto [first, last] = tree_.phrase(head);
  Actor actor = resolve(head, first, last);
  actor.code.clear();
  actor.entity.clear();
  actor.how = "uncoded phrase";
  return actor;
}

// "She was slain in an ambush laid by Mordor", in an article about a person
// no code names: a pronoun the coreference stage linked to someone the
// article names stands for that person (a target kept as text, with the
// entity), though no code says who.
const Entity* SentenceCoder::linked_entity(int head) const {
  if (tree_.token(head).upos != "PRON") return nullptr;
  auto pronoun = [&](const Mention& m) {
    if (m.sentence < 0 || m.sentence >= static_cast<int>(doc_.sentences.size())) return false;
    const auto& tokens = doc_.sentences[static_cast<size_t>(m.sentence)].tokens;
    return m.last_token - m.first_token == 1 && m.first_token < static_cast<int>(tokens.size()) &&
           tokens[static_cast<size_t>(m.first_token)].upos == "PRON";
  };
  for (const Entity& e : doc_.entities) {
    bool here = false, named = false;
    for (const Mention& m : e.mentions) {
      here = here || (m.sentence == s_ && m.first_token == head && m.last_token == head + 1);
      named = named || !pronoun(m);
    }
    if (here && named) return &e;
  }
  return nullptr;
}

std::optional<Actor> SentenceCoder::linked_pronoun(int head) const {
  const Entity* e = linked_entity(head);
  if (!e) return std::nullopt;
  Actor actor;
  const Token& t = tree_.token(head);
  actor.mention.sentence = s_;
  actor.mention.first_token = head;
  actor.mention.last_token = head + 1;
  actor.mention.start = t.start;
  actor.mention.end = t.end;
  actor.mention.text = t.text;
  actor.entity = e->id;
  actor.how = "pronoun of " + e->id + " (uncoded)";
  return actor;
}

namespace {

// A name the parse split in two ("Minas Gon - dor" read as two subjects)
// gives the same entity twice: one source, one event. (Targets may repeat an
// entity on purpose: each struck object of a list is its own event.)
void drop_repeated_entities(std::vector<Actor>& actors) {
  std::vector<Actor> kept;
  for (Actor& a : actors) {
    bool repeated = !a.entity.empty() && std::any_of(kept.begin(), kept.end(), [&](const Actor& k) {
      return k.entity == a.entity && k.code == a.code;
    });
    if (!repeated) kept.push_back(std::move(a));
  }
  actors = std::move(kept);
}

}  // namespace

size_t SentenceCoder::emit_actors(int predicate, const std::string& code,
                                  std::vector<Actor> sources, std::vector<Actor> targets,
                                  bool need_target, const EmitOptions& options) {
  if (trace_) {
    std::string line = "  matched " + options.pattern + " -> " + code + "; sources:";
    for (const Actor& a : sources)
      line += " [" + a.mention.text + " = " + (a.code.empty() ? "uncoded" : a.code) + " (" + a.how +
              ")]";
    line += " targets:";
    for (const Actor& a : targets)
      line += " [" + a.mention.text + " = " + (a.code.empty() ? "uncoded" : a.code) + " (" + a.how +
              ")]";
    trace_->push_back(line);
  }
  if (std::string missing = missing_actor(sources, targets, need_target, options);
      !missing.empty()) {
    if (trace_) trace_->push_back("  no event: " + missing);
    return 0;
  }
  drop_repeated_entities(sources);
  if (sources.empty()) sources.push_back(Actor());
  if (targets.empty()) targets.push_back(Actor());
  bool negated = !options.refused && (options.negated || tree_.is_negated(predicate));
  std::string modality =
      options.refused && options.modality_clause == predicate
          ? std::string("asserted")
          : event_modality(
                tree_, options.modality_clause >= 0 ? options.modality_clause : predicate, negated);
  size_t added = 0;
  for (const Actor& source : sources) {
    for (const Actor& target : targets) {
      if (source.code.empty() && target.code.empty() && target.how != kStruckObject) continue;
      std::string ev_code = pair_code(predicate, code, source, target, options.derived_reading);
      if (ev_code.empty()) continue;
      Event e = make_event(predicate, ev_code, source, target, need_target, options);
      e.negated = negated;
      e.modality = modality;
      // Starts at 0.9; an inherited subject, a source known only from a
      // dictionary, an uncoded side and a negation each make it less certain.
      e.confidence -= negated ? 0.3 : 0;
      doc_.events.push_back(std::move(e));
      predicates_.push_back(predicate);
      ++added;
    }
  }
  return added;
}

// Why a reading gives no event, or empty. A source must name a coded actor;
// a passive without its agent ("three protesters were killed") says what
// happened to whom but not who did it, and on real news such events were
// mostly accidents, crushes and clashes (see docs/events.md), so it gives no
// event. The target may be an uncoded phrase.
std::string SentenceCoder::missing_actor(const std::vector<Actor>& sources,
                                         const std::vector<Actor>& targets, bool need_target,
                                         const EmitOptions& options) const {
  auto coded = [](const std::vector<Actor>& v) {
    return std::any_of(v.begin(), v.end(), [](const Actor& a) { return !a.code.empty(); });
  };
  if (sources.empty() && options.occurred && coded(targets)) return {};  // doer unnamed
  if (sources.empty() && options.occurred)
    return "happened with no doer named, and no coded party or place";
  if (sources.empty()) return "no source phrase (no subject, inherited subject or agent)";
  if (!coded(sources) && !options.weapon_source)
    return "the source \"" + sources.front().mention.text + "\" names no coded actor";
  if (!coded(sources) && !coded(targets))
    return "an unattributed attack (\"" + sources.front().mention.text + "\") on no coded actor";
  if (need_target && targets.empty())
    return "no target phrase on the entry's T= paths or the object";
  if (!impl_.lexicon && need_target && !coded(targets))
    return "the target names no actor (user dictionaries need both)";
  if (options.needs_coded_target && !coded(targets))
    return "a derived verb matched by no frame needs a coded target, as in PETRARCH";
  return {};
}

// "A mob chased the villagers": two mentions of an entity named by no proper
// name and no country ("---CVL"), apart in the sentence and with different
// last words, are two groups the entities stage joined, not one actor acting
// on itself.
// A country the entities stage only guessed from the article ("soldiers" in
// a Somali story, `composition:article-country`) makes no name either, when
// the target phrase is that description itself, not a phrase holding its
// possessive ("rebels tightened their grip", step 15).
static bool distinct_descriptions(const Actor& a, const Actor& b, bool guessed_country) {
  bool generic = a.code.rfind("---", 0) == 0 ||
                 (guessed_country && b.how.find(" in phrase") == std::string::npos);
  if (!generic || a.mention.text == b.mention.text) return false;
  if (a.mention.start < b.mention.end && b.mention.start < a.mention.end) return false;
  auto singular_last_word = [](std::string_view text) {
    std::string word = last_word(text);
    if (word.size() > 3 && word.back() == 's') word.pop_back();
    return word;
  };
  return singular_last_word(a.mention.text) != singular_last_word(b.mention.text);
}

// Why the event's frame makes it no event of this kind, or null: a contest,
// a campaign's rally, a state paying its own bodies (issue 12; each in its
// own file).
const char* SentenceCoder::excluding_frame(int predicate, const Actor& source, const Actor& target,
                                           const std::string& code) const {
  if (contest_frame(tree_, predicate, runs_, source.mention, source.entity, source.code,
                    target.mention, target.entity, target.code, code))
    return "a contest (a game, a race, an election debate), not a fight or a meeting";
  if (campaign_rally(tree_, runs_, predicate, source.mention, source.entity, code))
    return "a rally of a campaign, not a protest";
  if (own_state_aid(tree_, source.code, target.mention, target.code, code))
    return "a state paying its own body, not aid";
  return nullptr;
}

// The code of one (source, target) pair of the entry `pattern`, or empty
// when the pair gives no event: the sense the arguments' classes give, a
// protesting crowd's force, an unarmed actor's force, the same actor on both
// sides.
std::string SentenceCoder::pair_code(int predicate, const std::string& code, const Actor& source,
                                     const Actor& target, bool derived_reading) const {
  // The classes of the arguments may say the verb is used in another
  // sense (sense.h): "attacked the policy" is criticism.
  std::string ev_code = code;
  if (impl_.lexicon &&
      !sense_allows(tree_, doc_, predicate, source, target, derived_reading, &ev_code, trace_))
    return {};
  if (impl_.lexicon && !register_allows(tree_, predicate, source, target, &ev_code, trace_))
    return {};  // political-news register (register.h)
  if (impl_.lexicon) {
    const Standing standing =
        source_standing(tree_, doc_, source.mention, source.entity, source.code);
    if (!standing_allows(standing, ev_code)) {
      if (trace_)
        trace_->push_back("  no event for " + ev_code + ": the source (" + source.mention.text +
                          ") is " + standing_name(standing));
      return {};  // commentary, sourcing or opinion, not a political act (expert_source.h)
    }
  }
  if (impl_.lexicon) {
    if (const char* frame = excluding_frame(predicate, source, target, ev_code)) {
      if (trace_) trace_->push_back(std::string("  no event for ") + ev_code + ": " + frame);
      return {};
    }
  }
  // "marchers clashed with riot police", "rioters torched cars": force used
  // by a protesting crowd is a violent protest (145).
  if ((dict::cameo_root(ev_code) == "19" || dict::cameo_root(ev_code) == "18") &&
      protest_crowd(source.mention)) {
    if (trace_)
      trace_->push_back("  " + ev_code + " by a protesting crowd (" + source.mention.text +
                        "): 145, a violent protest");
    ev_code = "145";
  } else if (dict::cameo_root(ev_code) == "19" && unarmed(source.code)) {
    if (trace_)
      trace_->push_back("  no event for " + source.code + ": " + code +
                        " is military force, and the source is not an armed actor");
    return {};
  }
  if (!target.code.empty() && source.code == target.code && source.entity == target.entity &&
      !distinct_descriptions(source, target, guessed_country(source))) {
    if (trace_)
      trace_->push_back("  no event for " + source.code +
                        ": source and target are the same "
                        "actor (" +
                        source.mention.text + " / " + target.mention.text + ")");
    return {};
  }
  return ev_code;
}

// One event of the sentence, its codes, date, evidence and starting
// confidence (emit_actors sets negation and modality).
Event SentenceCoder::make_event(int predicate, const std::string& ev_code, const Actor& source,
                                const Actor& target, bool need_target,
                                const EmitOptions& options) const {
  const Token& verb = tree_.token(predicate);
  Event e;
  e.id = std::to_string(doc_.events.size() + 1);
  e.id.insert(e.id.begin(), 'V');
  e.sentence = s_;
  e.start = verb.start;
  e.end = verb.end;
  if (source.mention.sentence >= 0)
    e.source = EventArgument{source.mention, source.code, source.entity};
  if (target.mention.sentence >= 0)
    e.target = EventArgument{target.mention, target.code, target.entity};
  const dict::CameoCode* ev_cameo = dict::CameoCodebook::get().find(ev_code);
  e.code = ev_code;
  e.root_code = dict::cameo_root(ev_code);
  if (ev_cameo) {
    e.quad_class = ev_cameo->quad_class;
    e.goldstein = ev_cameo->goldstein;
    e.plover = ev_cameo->plover_type;
  }
  e.date = doc_.article.date;
  e.date_source = "article";
  e.confidence = 0.9 - (options.inherited ? 0.15 : 0) -
                 (source.entity.empty() && !source.code.empty() ? 0.1 : 0) -
                 (source.code.empty() || (need_target && target.code.empty()) ? 0.2 : 0);
  e.evidence_verb = verb.text;
  e.evidence_pattern = options.pattern;
  e.evidence_dictionary = options.dictionary;
  return e;
}

void SentenceCoder::refine_reported_sources(size_t first_event) {
  for (size_t k = first_event; k < doc_.events.size(); ++k) {
    Event& e = doc_.events[k];
    if (!e.source || e.source->actor_code.size() != 3) continue;
    int clause = predicates_[k - first_event];
    for (int depth = 0; depth < 4 && Tree::base(tree_.token(clause).deprel) == "conj"; ++depth)
      clause = tree_.head(clause);
    int speech = reporting_verb(clause);
    if (speech < 0) speech = warning_of_own_act(clause, predicates_[k - first_event]);
    if (speech < 0) continue;
    std::vector<int> speakers;
    for (int h : subject_of(speech)) {
      speakers.push_back(h);
      // "US, President Donald Trump" parsed as an apposition.
      for (int child : tree_.children(h))
        if (tree_.token(child).deprel == "appos") speakers.push_back(child);
    }
    for (int h : speakers) {
      for (const Actor& speaker : actors_of(h)) {
        if (speaker.code.size() <= 3 || !starts_with(speaker.code, e.source->actor_code)) continue;
        if (trace_)
          trace_->push_back("  " + e.id + ": source " + e.source->actor_code + " -> " +
                            speaker.code + " (speaker \"" + speaker.mention.text + "\" of \"" +
                            tree_.token(speech).text + "\")");
        e.source = EventArgument{speaker.mention, speaker.code, speaker.entity};
        break;
      }
    }
  }
}

// The speech verb that announces this predicate as future ("said it will
// …", "said it would …"), seen through conjuncts; -1 when the predicate is
// not so.
int SentenceCoder::reported_future(int predicate) const {
  int clause = predicate;
  for (int depth = 0; depth < 4 && Tree::base(tree_.token(clause).deprel) == "conj"; ++depth)
    clause = tree_.head(clause);
  int speech = reporting_verb(clause);
  if (speech < 0) return warning_of_own_act(clause, predicate);  // step 59
  return event_modality(tree_, predicate, false, speech) == "future" ? speech : -1;
}

// The speech verb whose content `clause` is: its ccomp, or (a parser's
// misreading of "announced on December 6 that the US recognized …") a
// relative clause hanging on an oblique of it; -1 when none.
int SentenceCoder::reporting_verb(int clause) const {
  int up = tree_.head(clause);
  std::string_view rel = tree_.token(clause).deprel;
  if (Tree::base(rel) == "ccomp") {
    // "said Saturday that they will …" with the time word read as a subject.
    if (up >= 0 && tree_.token(up).upos != "VERB" && is_temporal(up)) up = tree_.head(up);
    return up >= 0 && tree_.token(up).upos == "VERB" && is_speech_verb(tree_.lemma(up)) ? up : -1;
  }
  // "said Saturday that they will …" hung on the time word as a clause of its own.
  if (Tree::base(rel) != "acl") return -1;
  for (int depth = 0; up >= 0 && depth < 3; ++depth, up = tree_.head(up)) {
    if (tree_.token(up).upos == "VERB" && is_speech_verb(tree_.lemma(up))) return up;
    std::string_view b = Tree::base(tree_.token(up).deprel);
    if (b != "obl" && b != "obj" && b != "nmod") return -1;
  }
  return -1;
}

bool SentenceCoder::names_actor(int head) const {
  std::vector<signed char>& known = names_actor_[possessors_name_actors_ ? 1 : 0];
  if (known.empty()) known.assign(tree_.size(), -1);
  signed char& k = known[static_cast<size_t>(head)];
  if (k < 0) k = actors_of(head).empty() ? 0 : 1;
  return k == 1;
}

bool SentenceCoder::has_actor(const std::vector<int>& heads) const {
  for (int h : heads)
    if (names_actor(h)) return true;
  return false;
}

// The closest coded noun phrase left of `predicate` that is not an object,
// oblique or modifier of something else and not one of `exclude`; -1 if none.
int SentenceCoder::nearest_actor_before(int predicate, const std::vector<int>& exclude) const {
  for (int i = predicate - 1; i >= 0; --i) {
    const std::string& upos = tree_.token(i).upos;
    if (upos != "PROPN" && upos != "NOUN") continue;
    std::string_view rel = Tree::base(tree_.token(i).deprel);
    if (rel == "obj" || rel == "iobj" || rel == "obl" || rel == "nmod" || rel == "compound" ||
        rel == "flat" || rel == "amod" || rel == "appos")
      continue;
    if (std::find(exclude.begin(), exclude.end(), i) != exclude.end()) continue;
    if (!resolve(i).code.empty()) return i;
  }
  return -1;
}

// A listed value matches the dependent's lemma or its lower-cased form.
bool SentenceCoder::in_values(int node, const std::vector<std::string>& values) const {
  if (values.empty()) return true;
  const std::string& lemma = tree_.lemma(node);
  if (std::find(values.begin(), values.end(), lemma) != values.end()) return true;
  if (money_sign(node, values)) return true;  // step 53
  // The lower-cased form, compared without a copy (a value equal to the
  // lemma was found above).
  std::string_view text = tree_.token(node).text;
  return std::any_of(values.begin(), values.end(), [&](const std::string& v) {
    return v.size() == text.size() &&
           std::equal(v.begin(), v.end(), text.begin(), [](char a, char b) {
             return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b);
           });
  });
}

// A noun modifier (compound, or amod by a tagger's slip) of `object` is listed.
bool SentenceCoder::object_modifier_in(int object, const std::vector<std::string>& values) const {
  for (int child : tree_.children(object)) {
    std::string_view rel = tree_.token(child).deprel;
    // A word, not a currency sign ("$3 million" stays a sum).
    const std::string& text = tree_.token(child).text;
    bool word = !text.empty() && std::isalpha(static_cast<unsigned char>(text[0]));
    if ((rel == "compound" || rel == "amod") && word && in_values(child, values)) return true;
  }
  return false;
}

bool SentenceCoder::constraints_hold(int predicate, const dict::LexiconEntry& entry, bool passive,
                                     std::string* failed) const {
  // "sanctions imposed by Gondor": a passive participle's object is the noun
  // it modifies (step 41). Not for statements and appeals: "a release issued
  // by X", "money raised by X" describe a text or a sum, not an act on anyone.
  std::string root = dict::cameo_root(entry.code);
  int modified = passive && !tree_.is_passive(predicate) && root != "01" && root != "02"
                     ? tree_.head(predicate)
                     : -1;
  for (const dict::LexiconConstraint& c : entry.constraints) {
    bool present = false;
    for (const dict::DepPath& path : c.paths) {
      for (int node : follow_in_voice(tree_, predicate, path, passive))
        present = present || in_values(node, c.lemmas);
      // A noun modifier the tagger read as an adjective or participle
      // ("aid" tagged VERB under "deliveries"): a listed compound noun
      // matches as amod too, by its form (step 71).
      if (!present && path.size() > 1 && path.back().deprel == "compound" &&
          path.back().sub.empty()) {
        dict::DepPath as_amod = path;
        as_amod.back().deprel = "amod";
        for (int node : follow_in_voice(tree_, predicate, as_amod, passive))
          present = present || in_values(node, c.lemmas);
      }
      // "eased curfew hours", "violated the ceasefire agreement": a listed
      // object noun used as the modifier of the object's head (step 72).
      if (!present && path.size() == 1 && path[0].deprel == "obj" && path[0].sub.empty() &&
          !c.lemmas.empty())
        for (int node : follow_in_voice(tree_, predicate, path, passive))
          present = present || object_modifier_in(node, c.lemmas);
      if (modified < 0 || path.empty() || path[0].deprel != "obj" || !path[0].sub.empty()) continue;
      dict::DepPath rest(path.begin() + 1, path.end());
      for (int node : rest.empty() ? std::vector<int>{modified} : tree_.follow(modified, rest))
        present = present || in_values(node, c.lemmas);
    }
    if (present != c.negated) continue;
    if (failed) {
      *failed = (c.negated ? "!" : "") + dict::dep_path_to_string(c.paths.front());
      for (size_t k = 0; k < c.lemmas.size() && k < 6; ++k)
        *failed += (k ? "|" : "=") + c.lemmas[k];
      if (c.lemmas.size() > 6) *failed += "|…";
      *failed += c.negated ? " is present" : " is not there";
    }
    return false;
  }
  return true;
}

// The most specific lexicon entry whose constraints hold, or null.
const dict::LexiconEntry* SentenceCoder::choose_entry(int predicate, bool trace) const {
  const Token& token = tree_.token(predicate);
  std::vector<const dict::LexiconEntry*> entries = impl_.lexicon->find(lexicon_lemma(predicate));
  auto pos = token.upos == "NOUN"  ? dict::LexiconEntry::Pos::kNoun
             : token.upos == "ADJ" ? dict::LexiconEntry::Pos::kAdjective
                                   : dict::LexiconEntry::Pos::kVerb;
  // "ended the curfew": the concession that ends a noun event (step 54)
  // comes before a derived bare default or the backoff, after a frame.
  const dict::LexiconEntry* ended =
      pos == dict::LexiconEntry::Pos::kVerb ? ended_act_entry(predicate) : nullptr;
  if (entries.empty()) return ended;
  bool passive = pos == dict::LexiconEntry::Pos::kVerb && passive_clause(predicate);
  for (const dict::LexiconEntry* entry : entries) {
    if (entry->pos != pos) continue;
    if (entry->voice == dict::LexiconEntry::Voice::kPassive && !passive) continue;
    if (entry->voice == dict::LexiconEntry::Voice::kActive && passive) continue;
    std::string failed;
    if (constraints_hold(predicate, *entry, passive, trace && trace_ ? &failed : nullptr))
      return ended && entry->specificity() == 0 && entry->file != kHandWrittenLexicon ? ended
                                                                                      : entry;
    if (trace && trace_)
      trace_->push_back("  tried line " + std::to_string(entry->line) + " (-> " + entry->code +
                        "): " + failed);
  }
  if (ended) return ended;
  // No frame matched: a verb whose entries mostly share one root is read by
  // that root ("returned the paintings to Peru" → 080), with a coded target.
  if (pos == dict::LexiconEntry::Pos::kVerb) {
    auto it = impl_.lexicon->backoff.find(lexicon_lemma(predicate));
    if (it != impl_.lexicon->backoff.end()) {
      if (trace && trace_)
        trace_->push_back("  backoff -> " + it->second.code + " (" + it->second.comment + ")");
      return &it->second;
    }
  }
  return nullptr;
}

// The verb whose xcomp (or purpose clause "to …") this predicate is, seen
// through conjuncts ("vowed to attack and destroy"); -1 when none.
int SentenceCoder::governor_of(int predicate) const {
  int clause = predicate;
  for (int depth = 0; depth < 4 && Tree::base(tree_.token(clause).deprel) == "conj"; ++depth)
    clause = tree_.head(clause);
  // "announced plans to …" (step 57), when the sentence says whose plans.
  if (int noun = governing_noun(clause); noun >= 0 && intent_holder(clause) != kNoHolder)
    return noun;
  if (int adjective = openness_of(clause); adjective >= 0) return adjective;  // step 58
  std::string_view rel = Tree::base(tree_.token(clause).deprel);
  if (rel == "xcomp") return tree_.head(clause);
  if (rel == "advcl")
    for (int child : tree_.children(clause))
      if (tree_.token(child).deprel == "mark" && tree_.lemma(child) == "to")
        return tree_.head(clause);
  return -1;
}

// Does an embedded clause of this governing verb code an event of its own?
bool SentenceCoder::has_governed_child(int predicate) const {
  Governor kind = embedding_kind(predicate, nullptr);
  if (kind == Governor::kNone) return false;
  for (int i = 0; i < static_cast<int>(tree_.size()); ++i) {
    if (i == predicate || governor_of(i) != predicate) continue;
    if (const dict::LexiconEntry* entry = choose_entry(i, false)) {
      bool negated = false;
      if (!governed_code(kind, entry->code, &negated).empty()) return true;
    }
  }
  return false;
}

// A lexicon reading of one predicate, in steps: the entry, where the reading
// sits (read_embedding), its sources (find_sources), its targets
// (find_targets, complete_targets), then emit_reading.
void SentenceCoder::code_with_lexicon(int predicate) {
  const Token& token = tree_.token(predicate);
  if (impl_.lexicon->find(lexicon_lemma(predicate)).empty() && !ended_act_entry(predicate)) return;
  Reading r;
  r.passive = token.upos != "NOUN" && token.upos != "ADJ" && passive_clause(predicate);
  if (trace_)
    trace_->push_back("predicate \"" + token.text + "\" (" + lexicon_lemma(predicate) + ", " +
                      token.upos + (r.passive ? ", passive" : "") + ")");
  if (int verb = coded_verb_over_noun(predicate); verb >= 0) {
    if (trace_)
      trace_->push_back("  left to \"" + tree_.token(verb).text +
                        "\": a noun event that is the object of a coded verb is what the verb "
                        "acts on (\"lifted the sanctions\")");
    return;
  }
  r.entry = choose_entry(predicate, true);
  if (!r.entry) return;
  const dict::LexiconEntry* entry = r.entry;
  r.pattern = entry->lemma;
  for (const auto& p : entry->source) r.pattern += " S=" + dict::dep_path_to_string(p);
  for (const auto& p : entry->target) r.pattern += " T=" + dict::dep_path_to_string(p);
  r.pattern += " (" + entry->file + " line " + std::to_string(entry->line) + ")";
  r.code = entry->code;
  r.modality_clause = predicate;
  aid_by_purpose(predicate, r);  // "sent troops to help X" (step 55)
  if (!read_embedding(predicate, r)) return;
  repression_by_force(predicate, r);  // step 62
  find_sources(predicate, r);
  find_targets(predicate, r);
  if (r.targets.empty() && names_own_dyad(predicate)) r.targets = aim_on_verb(predicate);
  purpose_target(r);
  arguments_through_head(predicate, r);  // step 50
  experiencer_passive(predicate, r);
  if (!complete_targets(predicate, r)) return;
  ended_by_own_doer(predicate, r);           // step 67
  forces_moved_by_their_side(predicate, r);  // step 68
  r.options.inherited = r.inherited;
  r.options.refused = r.refused;
  r.options.negated = r.negated;
  r.options.modality_clause = r.modality_clause;
  r.options.targetless = entry->target.empty();
  // A verb read only by its default code from a derived dictionary (no
  // frame matched) is coded as PETRARCH would: with a coded target.
  // Force on a concrete thing or people named as the object needs none
  // (step 52).
  r.options.needs_coded_target = entry->specificity() == 0 && entry->file != kHandWrittenLexicon &&
                                 !force_on_named_thing(predicate, r);
  r.options.pattern = r.pattern;
  r.options.dictionary = impl_.lexicon->name;
  r.options.derived_reading = entry->file == "cameo2-derived.lex" || entry->file == "backoff";
  emit_reading(predicate, r.code, r.sources, r.targets, r.options);
}

// Where the reading sits: the clause its modality is read in, a governing
// verb that reads it (pledge, threaten, refuse), a refusal or an intent
// announced in reported speech. False when the predicate gives no event here.
bool SentenceCoder::read_embedding(int predicate, Reading& r) const {
  const dict::LexiconEntry* entry = r.entry;
  // A noun event is as real as the clause it sits in: "to help … continue its
  // fight" is an aim, "has carried out attacks" a fact.
  // Unless it is named as known, not told ("attacked her for backing
  // the war": modality.h, referred_act).
  if (entry->pos == dict::LexiconEntry::Pos::kNoun && tree_.head(predicate) >= 0 &&
      tree_.token(tree_.head(predicate)).upos == "VERB" && !referred_act(tree_, predicate))
    r.modality_clause = tree_.head(predicate);
  // An embedded clause: its code is read through the governing verb, unless
  // that verb's own entry is specific and so already says what happened.
  if (int governor = governor_of(predicate); governor >= 0) {
    bool negation_read = false;
    Governor kind = embedding_kind(governor, &negation_read);
    if (kind != Governor::kNone) {
      const dict::LexiconEntry* own = choose_entry(governor, false);
      if (own && own->specificity() > 0) {
        if (trace_)
          trace_->push_back("  " + r.pattern + ": left to \"" + tree_.token(governor).text +
                            "\" (line " + std::to_string(own->line) + ")");
        return false;
      }
      r.code = governed_code(kind, r.code, &r.negated);  // r.code: entry's, or step 55's
      if (r.code.empty()) {
        if (trace_)
          trace_->push_back("  " + r.pattern + ": no reading under \"" +
                            tree_.token(governor).text + "\"");
        return false;
      }
      r.negated = r.negated || (tree_.is_negated(governor) && !negation_read);
      r.modality_clause = governor;  // the pledge or threat is what happened
      r.pattern += " under " + tree_.lemma(governor);
    }
  } else if (entry->specificity() == 0 && has_governed_child(predicate)) {
    if (trace_) trace_->push_back("  " + r.pattern + ": its embedded clause is coded instead");
    return false;
  } else if (int speech = reported_future(predicate);
             tree_.is_negated(predicate) &&
             (speech >= 0 || event_modality(tree_, predicate, false) == "future")) {
    // "Gondor says it will not ease its blockade", "Rohan won't accept the
    // envoys": a cooperative act announced as not going to happen is a
    // refusal (12x), and the refusal is what happened.
    bool conflict = false;
    if (std::string refusal = governed_code(Governor::kRefuse, r.code, &conflict);
        !refusal.empty() && !conflict) {
      r.code = refusal;
      r.refused = true;
      if (speech >= 0) r.modality_clause = speech;
      r.pattern += " announced as refused (will not)";
    }
  } else if (speech >= 0) {
    // "Rebels said they will release the hostages": what was said is an
    // intent (0353), "… will attack" a threat (138); the saying happened.
    bool unused = false;
    if (std::string intent = governed_code(Governor::kIntent, r.code, &unused); !intent.empty()) {
      r.code = intent;
      r.modality_clause = speech;
      r.pattern += " announced as future by " + tree_.lemma(speech);
    }
  }
  return true;
}

// "Two strikes destroyed a Mordor depot", "the trucks were destroyed in a
// coalition airstrike", "the strikes suppressed two units": property
// destroyed (1712) or repression (175) by a weapon or an attack is military
// force (190, refined by the weapon's kind below), not the coercion of
// razing a house or beating a crowd.
void SentenceCoder::destruction_by_weapon(int predicate, bool verb, Reading& r) const {
  // Destroying property (1712) and violent repression (175): not an arrest
  // "in clashes" (173) nor an interception by aircraft (1711).
  if (!verb || (r.code != "1712" && r.code.rfind("175", 0) != 0)) return;
  int weapon =
      r.sources.size() == 1 && is_weapon_or_attack(r.sources.front()) ? r.sources.front() : -1;
  if (weapon < 0 && r.sources.empty() && r.passive && r.code == "1712")
    for (int child : tree_.children(predicate))
      if (Tree::base(tree_.token(child).deprel) == "obl" && is_weapon_or_attack(child))
        weapon = child;
  // An explosion or a blast may be an accident ("a plant explosion
  // demolished a gym"); a strike, a shell or a bomb is used by someone.
  if (weapon < 0 || tree_.lemma(weapon) == "explosion" || tree_.lemma(weapon) == "blast") return;
  r.code = "190";
  r.pattern += " (destroyed by a weapon: " + tree_.token(weapon).text + ")";
}

// "The council is encouraged by the decision of X", "Gondor was dismayed by
// Rohan's vote": with a verb whose subject is the one moved (WordNet 3.0:
// a verb.emotion sense among its first two with the frame "Something ----s
// somebody"), the passive subject approves or disapproves (05, 11) of the
// agent, not the other way round.
void SentenceCoder::experiencer_passive(int predicate, Reading& r) const {
  static const char* const kMoved[] = {"cheer",  "disappoint", "dismay",  "encourage",
                                       "offend", "reassure",   "satisfy", "shock"};
  std::string root = dict::cameo_root(r.code);
  if (!r.passive || (root != "05" && root != "11") || r.sources.empty() || r.targets.empty())
    return;
  const std::string& lemma = lexicon_lemma(predicate);
  if (std::none_of(std::begin(kMoved), std::end(kMoved), [&](const char* w) { return lemma == w; }))
    return;
  std::swap(r.sources, r.targets);
  r.pattern += " (the passive subject is the one moved)";
}

bool SentenceCoder::conjoined_to_passive(int predicate) const {
  const Token& t = tree_.token(predicate);
  int first = tree_.head(predicate);
  if (t.xpos != "VBN" || Tree::base(t.deprel) != "conj" || first < 0 ||
      tree_.token(first).upos != "VERB" || !tree_.is_passive(first))
    return false;
  for (int child : tree_.children(predicate)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if (rel == "nsubj" || rel == "aux" || rel == "obj") return false;
  }
  return true;
}

// The entry's source paths, else the implicit subject; for force, the weapon
// or attack read for its doer (and its kind as the code); for a noun event,
// its support verb's subject.
void SentenceCoder::find_sources(int predicate, Reading& r) const {
  const dict::LexiconEntry* entry = r.entry;
  bool verb = entry->pos == dict::LexiconEntry::Pos::kVerb;
  r.sources = follow_any(predicate, entry->source, r.passive);
  // "The envoy was seized and killed in a raid conducted by X": a participle
  // conjoined to a passive verb, with no subject of its own, is read in the
  // passive voice (its agent, else the attack in its oblique; its target the
  // first verb's passive subject), not as done by the one it was done to.
  if (r.sources.empty() && verb && !r.passive && conjoined_to_passive(predicate)) {
    r.passive = true;
    r.conjoined_passive = true;
    r.sources = follow_any(predicate, entry->source, true);
  }
  // A passive without its agent takes no subject from the clause above
  // ("authorities refused … after people were injured").
  if (r.sources.empty() && verb && !r.passive) {
    r.sources = inherited_subject(predicate);
    r.inherited = !r.sources.empty();
  }
  destruction_by_weapon(predicate, verb, r);
  bool force = force_root(r.code);
  // "were killed in an Israeli airstrike": the act named in the oblique did
  // it; "… in a grenade explosion": an unattributed attack.
  if (force && r.sources.empty() && r.passive && verb) {
    r.sources = source_from_oblique_attack(predicate);
    if (!r.sources.empty()) r.pattern += " (source: the attack in its oblique)";
  }
  // "two envoys were expelled from Gondor" (step 56).
  if (r.sources.empty() && r.passive && verb) {
    r.sources = expelled_from(predicate, r.code);
    if (!r.sources.empty()) r.pattern += " (source: the country it was done from)";
  }
  // "a car bomb killed …", "missiles fired by the army struck …".
  int instrument = -1;  // the weapon or attack the act was done with, if named
  if (force && verb) {
    if (!r.sources.empty()) instrument = r.sources.front();
    attack_as_source(r.sources, r.options);
    if (unnamed_people(r.sources)) r.options.weapon_source = true;
    for (int child : tree_.children(predicate))  // "struck the base with rockets"
      if (instrument < 0 || !is_weapon_or_attack(instrument))
        if (Tree::base(tree_.token(child).deprel) == "obl" && is_weapon_or_attack(child))
          instrument = child;
  }
  // An unspecified act of force (180, 190) done with a named kind of weapon
  // is that kind's code: bombs and bombers 183 (suicide 1831, car 1832),
  // artillery, rockets and tanks 194, aircraft and airstrikes 195.
  // A killing read as 202 only for its victims (*killed civilians*: an entry
  // constrained by its object) is the weapon's act too: a bomb that killed
  // civilians is a bombing (twentieth session). A verb that is 202 by itself
  // (*massacred*) stays 202 whatever the weapon.
  const bool for_victims = r.code == "202" && verb && !entry->constraints.empty();
  bool unspecified = r.code == "190" || r.code == "180" || for_victims;
  if (unspecified && instrument >= 0) {
    if (std::string refined = weapon_code(instrument); !refined.empty()) {
      r.code = refined;
      r.pattern += " (weapon: " + tree_.token(instrument).text + ")";
    }
  }
  if (force) chemical_weapon_code(predicate, instrument, r);  // step 40
  if (force) crowd_control_code(predicate, instrument, r);
  if (entry->pos == dict::LexiconEntry::Pos::kNoun && !has_actor(r.sources))
    coded_source_path(predicate, r);  // "the cease-fire agreement between A and B"
  if (entry->pos == dict::LexiconEntry::Pos::kNoun && !has_actor(r.sources))
    compound_doer(predicate, r);  // "a rebel attack" parsed as a compound (step 64)
  if (entry->pos == dict::LexiconEntry::Pos::kNoun && !has_actor(r.sources)) {
    // "several attacks" has an adjective but no actor of its own.
    if (std::vector<int> subject = support_verb_subject(predicate); has_actor(subject)) {
      r.sources = std::move(subject);
      r.inherited = true;
    }
  }
  occurred_source(predicate, r);  // "clashes broke out", "there were protests"
  if (named_uncoded(r.sources)) r.options.weapon_source = true;
}

void SentenceCoder::ended_by_own_doer(int predicate, Reading& r) const {
  if (!r.sources.empty() || !r.passive || dict::cameo_root(r.code) != "08") return;
  // Not force ended (087, 0874): "the offensive was halted" is as often the
  // defenders' doing.
  if (r.code == "087" || r.code == "0874") return;
  for (int act : tree_.children(predicate)) {
    if (tree_.token(act).deprel != "nsubj:pass" || tree_.token(act).upos != "NOUN") continue;
    const dict::LexiconEntry* own = choose_entry(act, false);
    if (!own || own->pos != dict::LexiconEntry::Pos::kNoun) return;
    // Its by-phrase; its possessor or adjective only when the act names its
    // target too ("X's blockade of Y"): alone they as often name the one it
    // was done to ("Qatar's blockade was lifted"), as a compound does ("the
    // Gaza blockade").
    bool names_target = false;
    for (const char* path : {"nmod:of", "nmod:on", "nmod:against"}) {
      dict::DepPath p;
      if (dict::parse_dep_path(path, &p) && !tree_.follow(act, p).empty()) names_target = true;
    }
    const std::pair<const char*, bool> paths[] = {{"nmod:by", true},
                                                  {"acl>obl:agent", true},
                                                  {"acl>obl:by", true},
                                                  {"nmod:poss", false},
                                                  {"amod", false}};
    for (const auto& [path, by_phrase] : paths) {
      if (!by_phrase && !names_target) continue;
      dict::DepPath p;
      if (!dict::parse_dep_path(path, &p)) continue;
      for (int doer : tree_.follow(act, p)) {
        if (!names_actor(doer)) continue;
        r.sources = {doer};
        std::string entity = resolve(doer).entity;
        std::erase_if(r.targets, [&](int t) {
          return t == doer || (!entity.empty() && resolve(t).entity == entity);
        });
        r.pattern += " (source: the doer of the act it ends)";
        return;
      }
    }
    return;
  }
}

void SentenceCoder::forces_moved_by_their_side(int predicate, Reading& r) const {
  static const char* const kForces[] = {"troop",      "soldier",     "force",     "peacekeeper",
                                        "marine",     "paratrooper", "battalion", "brigade",
                                        "contingent", "unit",        "warship"};
  if (!r.sources.empty() || !r.passive || tree_.token(predicate).upos != "VERB") return;
  std::string root = dict::cameo_root(r.code);
  if (root != "07" && root != "15" && r.code != "0874") return;
  for (int moved : tree_.children(predicate)) {
    if (tree_.token(moved).deprel != "nsubj:pass") continue;
    const std::string& lemma = tree_.lemma(moved);
    bool forces = std::any_of(std::begin(kForces), std::end(kForces), [&](std::string_view w) {
      return lemma == w || (lemma.size() == w.size() + 1 && lemma.starts_with(w) &&
                            lemma.back() == 's');  // "troops" is its own lemma
    });
    Actor side = resolve(moved);
    if (!forces || side.code.empty()) return;
    r.sources = {moved};
    std::erase_if(r.targets, [&](int t) {
      return t == moved || (!side.entity.empty() && resolve(t).entity == side.entity);
    });
    r.pattern += " (source: the forces moved, for their side)";
    return;
  }
}

// An uncoded compound or adjective ("cease-fire", "peace", "mob") says what
// kind of act it was, not who did it: a later path that names a coded party
// (the between- or by-phrase) is the doer.
void SentenceCoder::coded_source_path(int predicate, Reading& r) const {
  if (r.sources.empty()) return;
  for (const dict::DepPath& path : r.entry->source) {
    std::vector<int> found = follow_any(predicate, {path}, r.passive);
    if (has_actor(found)) {
      r.sources = std::move(found);
      return;
    }
  }
}

// The entry's target paths; a demand or appeal on the subject of what must
// be done; the object shared with a first conjoined verb; a participle's
// noun; a noun event's doer from its own modifiers.
void SentenceCoder::find_targets(int predicate, Reading& r) const {
  const dict::LexiconEntry* entry = r.entry;
  r.targets = follow_targets(predicate, r);
  // "Gondor said Rohan must withdraw": a statement that someone must act is
  // a demand on them (100), that they should act an appeal (020).
  if (int obliged = obliged_subject(predicate); obliged >= 0 && dict::cameo_root(r.code) == "01" &&
                                                entry->pos == dict::LexiconEntry::Pos::kVerb) {
    // "must" demands (100), "should" and "ought to" appeal (020); so do
    // insist / demand and urge / propose with a bare subjunctive (mandate_of).
    bool should = mandate_of(tree_, predicate, tree_.head(obliged)) == "appeal";
    for (int c : tree_.children(tree_.head(obliged))) {
      std::string form = lower_ascii(tree_.token(c).text);
      should = should || (Tree::base(tree_.token(c).deprel) == "aux" &&
                          (form == "should" || form == "ought"));
    }
    r.code = should ? "020" : "100";
    r.targets = {obliged};
    r.pattern += " (demand: what the complement's subject must do)";
  }
  if (r.targets.empty() && r.conjoined_passive)
    for (int child : tree_.children(tree_.head(predicate)))
      if (tree_.token(child).deprel == "nsubj:pass") r.targets.push_back(child);
  if (r.targets.empty()) shared_object_target(predicate, r);
  // "troops attacked by Russia": a participle's noun is its object.
  if (r.targets.empty() && r.passive && !r.conjoined_passive && !tree_.is_passive(predicate) &&
      std::any_of(entry->target.begin(), entry->target.end(),
                  [](const dict::DepPath& p) { return p.size() == 1 && p[0].deprel == "obj"; }))
    r.targets = {tree_.head(predicate)};
  // "U.S. airstrikes", "the Gondor blockade": a noun event's doer named by
  // its own modifiers when the entry's source paths name none.
  // Not a possessor: "the envoy's kidnapping" names the victim, unless a
  // phrase names it ("Gondor's raids on Rohan", step 61). Only with a
  // target of its own ("U.S. airstrikes on X"): a bare "Mordor airstrike" in
  // "were killed in a Mordor airstrike" is the same incident as the killing.
  if (entry->pos == dict::LexiconEntry::Pos::kNoun && !has_actor(r.sources) &&
      has_actor(r.targets)) {
    std::vector<int> doers = attack_doers(tree_, predicate);
    bool victim_named =
        std::any_of(r.targets.begin(), r.targets.end(), [&](int n) { return victim_phrase(n); });
    std::erase_if(doers, [&](int n) {
      return !names_actor(n) || (tree_.token(n).deprel == "nmod:poss" && !victim_named);
    });
    if (!doers.empty()) r.sources = {doers.front()};
  }
}

// The entry's target paths in order, each also where the parser may have
// hung its prepositional phrase instead: "expressed concern on Friday over
// the plan" (obj>nmod:over found as the verb's obl:over), "handed a crate of
// old letters to their owners" (obl:to found inside the object's phrase).
std::vector<int> SentenceCoder::follow_targets(int predicate, const Reading& r) const {
  std::optional<int> host;  // looked up at the first path that needs it
  for (const dict::DepPath& path : r.entry->target) {
    if (std::vector<int> found = follow_any(predicate, {path}, r.passive); !found.empty())
      return found;
    if (!host) host = support_verb_host(predicate);
    std::vector<int> found = reattached(predicate, *host, path, r.passive);
    std::erase_if(found, [&](int n) { return n < predicate || is_temporal(n); });
    if (!found.empty()) return found;
  }
  return {};
}

std::vector<int> SentenceCoder::reattached(int predicate, int host, const dict::DepPath& path,
                                           bool passive) const {
  auto prepositional = [](const dict::DepStep& step, const char* rel) {
    // Not "of" (inside a noun phrase) nor "by" (a passive's agent).
    return step.deprel == rel && !step.sub.empty() && step.sub != "poss" && step.sub != "of" &&
           step.sub != "agent" && step.sub != "by";
  };
  if (path.size() == 2 && path[0].deprel == "obj" && path[0].sub.empty() &&
      prepositional(path[1], "nmod"))
    return follow_any(predicate, {dict::DepPath{{"obl", path[1].sub}}}, passive);
  // "opened their march on the harbour": a noun event's phrase on its light
  // verb (follow_targets drops what comes before the noun).
  if (path.size() == 1 && prepositional(path[0], "nmod"))
    return host < 0 ? std::vector<int>{}
                    : follow_any(host, {dict::DepPath{{"obl", path[0].sub}}}, false);
  if (path.size() != 1 || passive || !prepositional(path[0], "obl")) return {};
  dict::DepStep inner{"nmod", path[0].sub};
  std::vector<int> frontier = follow_any(predicate, {dict::DepPath{{"obj", ""}}}, false);
  for (int depth = 0; depth < 3 && !frontier.empty(); ++depth) {
    std::vector<int> next, found;
    for (int node : frontier)
      for (int child : tree_.children(node)) {
        std::string_view rel = Tree::base(tree_.token(child).deprel);
        if (rel != "nmod" && rel != "appos") continue;
        (tree_.step_matches(child, inner) ? found : next).push_back(child);
      }
    if (!found.empty()) return found;
    frontier.swap(next);
  }
  return {};
}

// "Gondor shelled and seized the town": conjoined verbs share the object the
// parser hung on the first of them, when it follows both.
void SentenceCoder::shared_object_target(int predicate, Reading& r) const {
  const dict::LexiconEntry* entry = r.entry;
  if (entry->pos != dict::LexiconEntry::Pos::kVerb || r.passive ||
      Tree::base(tree_.token(predicate).deprel) != "conj")
    return;
  int first = tree_.head(predicate);
  bool own_object = false;
  for (int child : tree_.children(predicate))
    own_object = own_object || Tree::base(tree_.token(child).deprel) == "obj";
  if (own_object || first < 0 || tree_.token(first).upos != "VERB" || passive_clause(first)) return;
  std::vector<dict::DepPath> object_paths;
  for (const dict::DepPath& p : entry->target)
    if (!p.empty() && p[0].deprel == "obj") object_paths.push_back(p);
  // As for its own object: an entry looking inside the object takes the
  // object itself when it finds nothing there.
  if (!object_paths.empty()) object_paths.push_back(dict::DepPath{{"obj", ""}});
  for (int node : follow_any(first, object_paths, false))
    if (node > predicate) r.targets.push_back(node);
  if (!r.targets.empty())
    r.pattern += " (target: the object shared with \"" + tree_.token(first).text + "\")";
}

// Is the actor of `node` one of the sources ("conveyed its sympathy to the
// widows": "its" is no better target than the uncoded widows)?
bool SentenceCoder::own_actor(int node, const std::vector<int>& sources) const {
  Actor actor = resolve(node);
  return std::any_of(sources.begin(), sources.end(), [&](int s) {
    Actor source = resolve(s);
    return !actor.code.empty() && source.code == actor.code && source.entity == actor.entity;
  });
}

// "turned down an offer from the guild", "rejected claims by the council": an
// entry written without a target (T=-) still names whom the act touched
// when its arguments name a coded actor other than the source; the event
// never needs one.
void SentenceCoder::target_of_targetless(int predicate, Reading& r) const {
  std::vector<int> found = coded_target_elsewhere(predicate, r.passive, r.sources, r.code == "010");
  if (!found.empty()) take_target(std::move(found), r, "a coded actor among the arguments");
}

// Makes `found` the reading's target unless it is the source's own actor
// (never a same-actor drop); false then.
bool SentenceCoder::take_target(std::vector<int> found, Reading& r, std::string_view how) const {
  const std::string target = resolve(found.front()).code;
  for (int s : r.sources)
    if (resolve(s).code == target) return false;
  r.targets = std::move(found);
  r.pattern += " (target: " + std::string(how) + ")";
  return true;
}

// "Gondor is considering flying aid to Rohan": a statement (01) whose
// control complement (an xcomp without a subject of its own) acts on a coded
// actor is about that actor; with none coded and no target of its own, about
// the complement's recipient as text ("is considering paying grants to
// millers", step 65).
void SentenceCoder::complement_target(int predicate, Reading& r) const {
  for (int child : tree_.children(predicate)) {
    std::string_view rel = tree_.token(child).deprel;
    if ((rel != "xcomp" && rel != "ccomp") || tree_.token(child).upos != "VERB") continue;
    bool other_subject = false;
    for (int c : tree_.children(child))
      other_subject = other_subject || (Tree::base(tree_.token(c).deprel) == "nsubj" &&
                                        !(rel == "ccomp" && speaker_pronoun(c, r.sources)));
    // A that-clause counts only with the speaker as its subject.
    if (other_subject || (rel == "ccomp" && !tree_.has_dependent(child, {"nsubj"}))) continue;
    std::vector<int> found = coded_target_elsewhere(child, passive_clause(child), r.sources);
    if (found.empty() && r.targets.empty() && rel == "xcomp")
      found = recipient_of(child, r.sources);
    // From a that-clause only a named party ("he would meet Rohan's envoy"),
    // not a class of people or an office ("farmers", "the post of mayor").
    if (found.empty() || (rel == "ccomp" && !proper_name_under(found.front()))) continue;
    // Still a frame when the clause is an asserted act of its own.
    if (take_target(std::move(found), r, "what its complement acts on") && rel == "ccomp")
      clause_targeted_.push_back(predicate);
    return;
  }
}

// "Gondor says it will seek aid from Rohan": a that-clause whose subject is
// a personal pronoun for the speaker (coded as the speaker or not coded at
// all) is the speaker's own plan, as a control complement is.
bool SentenceCoder::speaker_pronoun(int subject, const std::vector<int>& sources) const {
  const Token& t = tree_.token(subject);
  if (t.upos != "PRON" || t.feats.find("PronType=Prs") == std::string::npos || sources.empty())
    return false;
  std::string code = resolve(subject).code;
  // Not "it": a that-clause's "it" is mostly a thing or an institution the
  // speaker talks about ("said it would reopen in May"), not the speaker.
  if (code.empty()) return tree_.lemma(subject) != "it";
  return std::any_of(sources.begin(), sources.end(),
                     [&](int s) { return resolve(s).code == code; });
}

// A proper name in the noun phrase of `node` ("the backing of Governor
// Vale"), not one in a clause inside it ("a voter whose father came from
// Rohan"): the way up meets no verb.
bool SentenceCoder::proper_name_under(int node) const {
  for (int t = 0; t < static_cast<int>(tree_.size()); ++t) {
    if (tree_.token(t).upos != "PROPN") continue;
    for (int up = t, depth = 0; up >= 0 && depth < 4; up = tree_.head(up), ++depth) {
      if (up == node) return true;
      if (tree_.token(up).upos == "VERB" || tree_.token(up).upos == "AUX") break;
    }
  }
  return false;
}

// Whom the clause's own entry says its act is done to or aimed at, named
// or not: its indirect object or a to / against / toward phrase; not its
// object, which is what is given or done.
std::vector<int> SentenceCoder::recipient_of(int clause, const std::vector<int>& sources) const {
  const dict::LexiconEntry* own = choose_entry(clause, false);
  if (!own) return {};
  for (const dict::DepPath& path : own->target) {
    if (path.size() != 1) continue;
    const dict::DepStep& step = path.front();
    bool recipient = step.deprel == "iobj" ||
                     (step.deprel == "obl" && (step.sub == "to" || step.sub == "against" ||
                                               step.sub == "toward" || step.sub == "towards"));
    if (!recipient) continue;
    for (int node : follow_any(clause, {path}, passive_clause(clause)))
      if (std::find(sources.begin(), sources.end(), node) == sources.end() && uncoded(node))
        return {node};
  }
  return {};
}

// "Gondor alleged that Rohan had armed the rebels": an accusation (11) is
// done to the coded subject of what it says.
void SentenceCoder::accused_target(int predicate, Reading& r) const {
  for (int clause : tree_.children(predicate)) {
    if (Tree::base(tree_.token(clause).deprel) != "ccomp") continue;
    for (int child : tree_.children(clause)) {
      std::string_view rel = tree_.token(child).deprel;
      if (rel != "nsubj" && rel != "nsubj:pass") continue;
      int subject = antecedent(child, clause);
      if (!names_actor(subject)) return;
      Actor accused = resolve(subject);
      for (int s : r.sources)
        if (resolve(s).code == accused.code) return;
      r.targets = {subject};
      r.pattern += " (target: the subject of what it alleges)";
      return;
    }
  }
}

// What is left once the paths are followed: no target that is the source; a
// hand-written frame that needs its phrase; the object, another coded
// argument or the place acted on as the target; a fragment's nearest actor as
// the source. False when the reading gives no event.
bool SentenceCoder::complete_targets(int predicate, Reading& r) const {
  const dict::LexiconEntry* entry = r.entry;
  drop_source_targets(r.sources, r.targets);
  // "commit T=obl:to" means committing to someone: a hand-written verb entry
  // with no other constraint, whose every target path is a prepositional
  // phrase, needs that phrase ("committed suicide" is no pledge, "deals
  // yielding benefits" no concession); a noun event ("the attack") does not. Statements,
  // appeals and protests ("thousands marched in the capital") may still name no one. (The derived
  // lexicon's target lists are search orders, not frames.)
  std::string root = dict::cameo_root(r.code);
  if (r.targets.empty() && entry->pos == dict::LexiconEntry::Pos::kVerb &&
      entry->specificity() == 0 && entry->file == kHandWrittenLexicon &&
      prepositional_frame(*entry) && root != "01" && root != "02" && root != "14") {
    if (trace_)
      trace_->push_back("  " + r.pattern + ": no event: its frame needs the " +
                        dict::dep_path_to_string(entry->target.front()) + " phrase");
    return false;
  }
  // The entry looks for its target inside the object ("seized the town of
  // X", "the ministry of X") and found nothing there: the object itself is
  // the target, coded or not. Entries whose target is a recipient
  // ("provided aid to X") keep the object as what was given, not whom.
  bool target_in_object =
      std::any_of(entry->target.begin(), entry->target.end(), [](const dict::DepPath& p) {
        return !p.empty() && p[0].deprel == "obj" && p[0].sub.empty();
      });
  if (r.targets.empty() && target_in_object)
    r.targets = follow_any(predicate, {dict::DepPath{{"obj", ""}}}, r.passive);
  if (!entry->target.empty() && !has_actor(r.targets)) {
    if (std::vector<int> found =
            coded_target_elsewhere(predicate, r.passive, r.sources, r.code == "010");
        !found.empty() && !(own_actor(found.front(), r.sources) && !r.targets.empty())) {
      r.targets = std::move(found);
      r.pattern += " (target: first coded actor among the other arguments)";
    }
  } else if (entry->target.empty() && r.targets.empty()) {
    target_of_targetless(predicate, r);
  }
  if (!has_actor(r.targets) && dict::cameo_root(r.code) == "01" &&
      entry->pos == dict::LexiconEntry::Pos::kVerb)
    complement_target(predicate, r);
  // Not a statement (complement_target) nor a commitment (05), whose
  // to-clause is what is pledged ("remains committed to attacking X").
  if (entry->pos == dict::LexiconEntry::Pos::kVerb && dict::cameo_root(r.code) != "01" &&
      dict::cameo_root(r.code) != "05")
    purpose_party_target(predicate, r);
  if (!has_actor(r.targets) && dict::cameo_root(r.code) == "11" &&
      entry->pos == dict::LexiconEntry::Pos::kVerb &&
      (entry->specificity() > 0 || entry->file == kHandWrittenLexicon))
    accused_target(predicate, r);
  // "inspect the depots in Gondor", "killings in the Darfur region",
  // "struck a bus in Kabul": with no actor among the arguments, the place the
  // act was done in is whom it touched, as PETRARCH reads the first coded
  // phrase after the verb. Only for material acts (aid, investigation,
  // protest, coercion, force): "met in Berlin" is not with Berlin. Not for a
  // derived verb's bare default either: that needs a coded party, and a
  // place let through "students swept in the floods in Indore" 090 and "the
  // website increased to number 3 in … UK's category" 060.
  if (!has_actor(r.targets) && material_root(r.code) &&
      (entry->specificity() > 0 || entry->file == kHandWrittenLexicon))
    if (int place = place_acted_on(predicate, r.sources, r.targets); place >= 0) {
      r.targets = {place};
      r.pattern += " (target: the place it was done in)";
    }
  // "re-inspect the mills in Gondor": a derived verb's bare default that acts
  // on a thing lying in a coded place touched that place (with no such
  // object, not the verb's own obliques: "swept away in the floods in X" is
  // no act on X).
  if (!has_actor(r.targets) && material_root(r.code) && entry->specificity() == 0 &&
      entry->file != kHandWrittenLexicon)
    if (int place = place_of_object(predicate, r.sources); place >= 0) {
      r.targets = {place};
      r.pattern += " (target: the place the thing it acts on lies in)";
    }
  occurred_target(predicate, r);
  if (entry->pos == dict::LexiconEntry::Pos::kVerb && !r.passive && r.sources.empty() &&
      !impl_.lexicon->name.empty() && fragmented()) {
    // A parse with no clause structure at all (no subject anywhere): TABARI's
    // reading, the nearest actor before the verb, with less confidence.
    if (int h = nearest_actor_before(predicate, r.targets); h >= 0) {
      r.sources = {h};
      r.inherited = true;
      r.pattern += " (source: nearest actor before the verb)";
    }
  }
  return true;
}

// The last step of a lexicon reading: joint parties of a reciprocal act, or
// the sources and targets found.
void SentenceCoder::emit_reading(int predicate, const std::string& code,
                                 const std::vector<int>& sources, const std::vector<int>& targets,
                                 const EmitOptions& options) {
  // "fighting between rebels and government troops": with no subject, the
  // parties of a between-phrase act on each other.
  if (!has_actor(sources) && reciprocal_root(code))
    for (const char* path : {"obl:between", "nmod:between"}) {
      dict::DepPath p;
      if (!dict::parse_dep_path(path, &p)) continue;
      std::vector<int> parties = tree_.follow(predicate, p);
      if (!parties.empty() && emit_joint(predicate, code, parties, options) > 0) return;
    }
  // "Gondor and Rohan agreed to a truce", "… clashed": with no
  // target of its own, a joint subject of a reciprocal act acts on itself.
  if (!has_actor(targets) && reciprocal_root(code) &&
      emit_joint(predicate, code, sources, options) > 0)
    return;
  emit(predicate, code, sources, targets, options);
}

}  // namespace eventwire::events
