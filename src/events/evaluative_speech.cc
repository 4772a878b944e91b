// Criticism and praise said rather than done (docs/events.md, "Fourteenth
// session (branch ev-quoted5)"): a coded speaker says that a coded actor, or
// that actor's plan, decision or words, *is* something the evaluative lexicon
// rates ("the governor said the mayor's plan was reckless", "'Rohan has been
// a loyal ally,' the envoy said"), names an act by such a word ("in what
// Gondor called a reckless provocation", "'this outrage …'"). The speaker
// disapproves of (111) or praises (051) that actor, or the act's doer.

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "events/actor_sectors.h"
#include "events/intent.h"
#include "events/modality.h"
#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

// Named, not anonymous: the stage compiles in unity batches.
namespace evaluative_speech {

struct PolarWords {
  std::unordered_set<std::string> negative, positive;
};

// The word lists of the naming verbs' frames in the built-in evaluative.lex
// (VADER's rated nouns and adjectives): one list per polarity, read off one
// naming verb.
const PolarWords& polar_words() {
  static const PolarWords words = [] {
    PolarWords w;
    for (const dict::LexiconEntry* e : dict::default_lexicon().find("describe")) {
      if (e->file != "evaluative.lex") continue;
      std::unordered_set<std::string>& set = e->code == "111" ? w.negative : w.positive;
      for (const dict::LexiconConstraint& c : e->constraints)
        if (!c.negated) set.insert(c.lemmas.begin(), c.lemmas.end());
    }
    return w;
  }();
  return words;
}

// Senses of a noun that a possessor's act, plan, words or temper can be
// evaluated in (WordNet lexicographer classes): "Gondor's decision", "its
// plan", "his remarks", "her temperament", not "Gondor's people" or "its
// capital".
bool evaluable_thing(std::string_view noun) {
  std::vector<std::string> classes = SenseRestrictions::get().classes(noun);
  if (classes.empty()) return false;
  const std::string& first = classes.front();
  return first == "act" || first == "cognition" || first == "communication" || first == "event" ||
         first == "motive" || first == "attribute";
}

// Who may blame or praise in the analyst's sense: states, officials,
// parties, armed groups and bodies, not private persons, the press or
// business (every sector of the code private); and whom: not a crowd of
// civilians or refugees ("the villagers were lost").
bool private_sector(std::string_view sector) {
  for (std::string_view p : {"CVL", "BUS", "MED", "EDU", "HLH", "AGR", "REF"})
    if (sector == p) return true;
  return false;
}
bool political(const std::string& code) {
  return !all_sectors(code, private_sector);
}
bool civilians(const std::string& code) {
  return all_sectors(code, [](std::string_view s) { return s == "CVL" || s == "REF"; });
}

// A noun for a person, a group, an act or words ("partner", "ally", "move",
// "statement").
bool agent_kind(std::string_view noun) {
  std::vector<std::string> classes = SenseRestrictions::get().classes(noun);
  if (classes.empty()) return false;
  const std::string& first = classes.front();
  return first == "person" || first == "group" || first == "act" || first == "communication";
}

// "I think the plan is reckless": the speaker's own opinion, said.
bool first_person(std::string_view word) {
  std::string w = lower_ascii(word);
  return w == "i" || w == "we";
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// The verbs that name their object by a word ("called it a provocation"):
// those with a frame in evaluative.lex.
bool naming_verb(const dict::Lexicon& lexicon, const std::string& lemma) {
  for (const dict::LexiconEntry* e : lexicon.find(lemma))
    if (e->file == "evaluative.lex" && e->pos == dict::LexiconEntry::Pos::kVerb) return true;
  return false;
}

// An act or a happening, the first WordNet sense ("the test", "this
// provocation"), which has a doer.
bool names_deed(std::string_view noun) {
  std::vector<std::string> classes = SenseRestrictions::get().classes(noun);
  return !classes.empty() && (classes.front() == "act" || classes.front() == "event");
}

// "as though Rohan were a giant", "as if", "like": a likeness,
// not a judgement of the party itself.
bool likeness_clause(const Tree& tree, int clause) {
  for (int child : tree.children(clause)) {
    if (Tree::base(tree.token(child).deprel) != "mark") continue;
    std::string lemma = tree.lemma(child);
    std::string next = child + 1 < static_cast<int>(tree.size())
                           ? lower_ascii(tree.token(child + 1).text)
                           : std::string();
    if (lemma == "like" || (lemma == "as" && (next == "though" || next == "if"))) return true;
  }
  return false;
}

// "a bigger threat than Mordor", "no worse than the last council": a
// comparison ranks two parties and judges neither outright.
bool comparative(const Tree& tree, int predicate) {
  for (int child : tree.children(predicate)) {
    if (Tree::base(tree.token(child).deprel) == "nsubj") continue;
    if (tree.lemma(child) == "than") return true;
    for (int grand : tree.children(child)) {
      if (tree.lemma(grand) == "than") return true;
      for (int great : tree.children(grand))
        if (tree.lemma(great) == "than") return true;
    }
  }
  return false;
}

// "ferries are useless", "all envoys are liars", "people are angry",
// "other nations like Rohan are …": a kind or anyone at all, not a party
// the speaker names. A bare plural has no determiner, possessor, number or
// of-phrase (adjectives and examples with "like" do not make it particular).
bool generic_subject(const Tree& tree, int subject) {
  std::string lemma = tree.lemma(subject);
  if (one_of(lemma, {"people", "everyone", "everybody", "anyone", "anybody", "someone", "somebody",
                     "nobody", "you", "one"}))
    return true;
  bool determined = false;
  for (int child : tree.children(subject)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "det" &&
        one_of(tree.lemma(child), {"all", "every", "any", "each", "most", "many", "some", "no"}))
      return true;
    if (rel == "det" || rel == "nummod" || rel == "appos" || rel == "flat" ||
        tree.token(child).deprel == "nmod:poss" ||
        (rel == "nmod" && !tree.has_case(child, {"like", "such"})))
      determined = true;
  }
  const Token& t = tree.token(subject);
  return t.upos == "NOUN" && t.xpos == "NNS" && !determined;
}

bool past_copula(const Tree& tree, int predicate) {
  for (int child : tree.children(predicate)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "cop" || rel == "aux") && tree.token(child).xpos == "VBD") return true;
  }
  return false;
}

// "was a fine rival back then", "was a fine governor when she served",
// "used to be a loyal ally", "recalled that …": the speaker remembers,
// and judges no current party or act.
bool recollection(const Tree& tree, int predicate, int speech) {
  for (int up = predicate, depth = 0; up >= 0 && depth < 4; up = tree.head(up), ++depth)
    if (one_of(tree.lemma(up), {"recall", "remember", "reminisce", "recollect", "recount"}))
      return true;
  if (speech >= 0 &&
      one_of(tree.lemma(speech), {"recall", "remember", "reminisce", "recollect", "recount"}))
    return true;
  int up = tree.head(predicate);
  if (up >= 0 && tree.lemma(up) == "use" && Tree::base(tree.token(predicate).deprel) == "xcomp")
    return true;
  if (!past_copula(tree, predicate)) return false;
  for (int child : tree.children(predicate)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    std::string lemma = tree.lemma(child);
    if (rel == "advmod" && one_of(lemma, {"then", "once", "formerly", "previously", "ago"}))
      return true;
    if (rel == "obl" && (tree.token(child).upos == "NUM" ||
                         one_of(lemma, {"time", "day", "year", "era", "decade", "past"})))
      return true;
    if (rel != "advcl") continue;
    for (int mark : tree.children(child))
      if (Tree::base(tree.token(mark).deprel) == "mark" &&
          one_of(tree.lemma(mark), {"when", "while", "before", "after", "until"}))
        return true;
  }
  return false;
}

// "is a fine partner if it keeps its word", "'Is Rohan a reliable ally?'",
// "asked whether …": a condition or a question judges no one yet.
bool conditioned_or_asked(const Tree& tree, int clause) {
  if (one_of(tree.lemma(clause), {"ask", "wonder", "question"})) return true;
  for (int child : tree.children(clause)) {
    const Token& t = tree.token(child);
    if (Tree::base(t.deprel) == "punct" && t.text == "?") return true;
    if (Tree::base(t.deprel) == "mark" && one_of(tree.lemma(child), {"if", "unless", "whether"}))
      return true;
    if (Tree::base(t.deprel) != "advcl") continue;
    for (int mark : tree.children(child))
      if (Tree::base(tree.token(mark).deprel) == "mark" &&
          one_of(tree.lemma(mark), {"if", "unless", "whether"}))
        return true;
  }
  return false;
}

// Every check of a judgement's frame, from the predicate up to the verb of
// saying: not a likeness, a comparison, a condition, a question or a
// memory.
bool framed_off(const Tree& tree, int predicate, int speech) {
  if (comparative(tree, predicate) || recollection(tree, predicate, speech)) return true;
  int clause = predicate;
  for (int depth = 0; clause >= 0 && depth < 6; ++depth) {
    if (likeness_clause(tree, clause) || conditioned_or_asked(tree, clause)) return true;
    if (clause == speech) break;
    clause = tree.head(clause);
    if (speech < 0 && clause >= 0 && tree.token(clause).upos == "VERB" &&
        is_speech_verb(tree.lemma(clause)))
      break;
  }
  return speech >= 0 && conditioned_or_asked(tree, speech);
}

}  // namespace evaluative_speech

// +1 praise, -1 blame, 0 neither. A participle ("disappointed, worried")
// tells how the subject feels, not what it is; a word the lexicon codes as
// an act ("an attack", "a threat") is an event of its own.
int SentenceCoder::word_polarity(int node) const {
  const Token& t = tree_.token(node);
  if (t.upos != "ADJ" && t.upos != "NOUN") return 0;
  std::string word = tree_.lemma(node);
  if (t.xpos == "VBN" || (t.upos == "ADJ" && word.ends_with("ed"))) return 0;
  for (const dict::LexiconEntry* e : impl_.lexicon->find(word))
    if (e->pos != dict::LexiconEntry::Pos::kVerb && e->file != "evaluative.lex") return 0;
  const evaluative_speech::PolarWords& words = evaluative_speech::polar_words();
  if (words.negative.contains(word)) return -1;
  if (words.positive.contains(word)) return 1;
  return 0;
}

// The polarity of a copular predicate: its own word ("is reckless", "a
// disgrace") or its adjective ("a reliable partner"); 0 when none.
int SentenceCoder::predicate_polarity(int predicate, std::string* word) const {
  bool copula = false;
  for (int child : tree_.children(predicate)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if (rel == "cop") copula = true;
    // "is ready to send troops", "is glad that …": an attitude to an act;
    // "are in deep trouble": a plight, not a quality.
    if (rel == "xcomp" || rel == "ccomp" || rel == "csubj" || rel == "case") return 0;
  }
  return copula ? judged_polarity(predicate, word) : 0;
}

// The polarity of a word a party or an act is called: its own ("a
// disgrace") or its adjective's ("a reckless provocation"); 0 when none.
int SentenceCoder::judged_polarity(int head, std::string* word) const {
  int modifier = 0;  // the polarity of an adjective on the predicate noun
  for (int child : tree_.children(head))
    if (Tree::base(tree_.token(child).deprel) == "amod" && modifier == 0) {
      modifier = word_polarity(child);
      if (modifier != 0) *word = tree_.token(child).text + " ";
    }
  int own = word_polarity(head);
  // "a great disaster", "a frightening outlook": words that disagree say
  // nothing sure.
  if (own != 0 && modifier != 0 && own != modifier) return 0;
  // "a reliable partner", "a reckless move": an adjective on what one is or
  // does; not on a condition ("a slow illness").
  if (own == 0 &&
      (tree_.token(head).upos != "NOUN" || !evaluative_speech::agent_kind(tree_.lemma(head))))
    return 0;
  if (own == 0 && modifier == 0) return 0;
  if (modifier == 0) word->clear();
  *word += tree_.token(head).text;
  return own != 0 ? own : modifier;
}

// The verb of saying whose content the clause is: its ccomp ("said that the
// plan is reckless"), the attribution after a quote ("'…,' he said", a
// parataxis of the quoted clause) or before it ("He said: '…'"); -1 if none.
int SentenceCoder::speech_over(int clause) const {
  for (int depth = 0; depth < 4 && Tree::base(tree_.token(clause).deprel) == "conj"; ++depth)
    clause = tree_.head(clause);
  if (int speech = reporting_verb(clause); speech >= 0) return speech;
  auto speech_verb = [this](int node) {
    return node >= 0 && tree_.token(node).upos == "VERB" && is_speech_verb(tree_.lemma(node));
  };
  for (int child : tree_.children(clause))
    if (Tree::base(tree_.token(child).deprel) == "parataxis" && speech_verb(child)) return child;
  if (Tree::base(tree_.token(clause).deprel) == "parataxis" && speech_verb(tree_.head(clause)))
    return tree_.head(clause);
  return -1;
}

// Who says the clause: the coded subject of its verb of saying, else the
// coded speaker the quotes stage gave the quote it is in.
std::vector<Actor> SentenceCoder::speakers_of(int clause, int speech) const {
  std::vector<Actor> out;
  if (speech >= 0) {
    for (int h : subject_of(speech))
      for (Actor& a : actors_of(h)) out.push_back(std::move(a));
    return out;
  }
  uint32_t at = tree_.token(clause).start;
  for (const Quote& q : doc_.quotes) {
    if (at < q.content.start || at >= q.content.end) continue;
    const Entity* speaker = entity_by_id(q.speaker_entity);
    if (!speaker || speaker->actor_code.empty() || speaker->mentions.empty()) continue;
    Actor a;
    a.mention = q.speaker ? *q.speaker : speaker->mentions.front();
    a.code = speaker->actor_code;
    a.entity = speaker->id;
    a.how = "speaker of the quote";
    out.push_back(std::move(a));
    break;
  }
  return out;
}

// Whom the predication is about: the subject when it names an actor itself
// ("the mayor", "Rohan"), else the possessor of an act, plan or words
// ("the mayor's plan", "the decision of Rohan"), else the doer of an act
// named earlier ("the test is a violation" after "Mordor's test").
std::vector<Actor> SentenceCoder::evaluated_actors(int subject,
                                                   const std::vector<Actor>& speakers) {
  possessors_name_actors_ = false;
  std::vector<Actor> own;
  if (!is_temporal(subject)) own = actors_of(subject);
  possessors_name_actors_ = true;
  if (!own.empty() || tree_.token(subject).upos != "NOUN" ||
      !evaluative_speech::evaluable_thing(tree_.lemma(subject)))
    return own;
  if (int owner = owner_of(subject); owner >= 0) return actors_of(owner);
  if (auto doer = doer_of_act(subject, speakers)) return {std::move(*doer)};
  // "the shelling was a violation" after "Mordor shelled the town": a
  // definite deed points back at the last act of force told.
  if (evaluative_speech::names_deed(tree_.lemma(subject)) && definite(subject))
    if (auto doer = recent_doer(subject, speakers)) return {std::move(*doer)};
  return {};
}

// "the mayor's plan", "the decision of Rohan", "the remarks by the envoy":
// the node naming the thing's owner, -1 when none is named.
int SentenceCoder::owner_of(int noun) const {
  for (int child : tree_.children(noun)) {
    std::string_view rel = tree_.token(child).deprel;
    if (rel == "nmod:poss" || (Tree::base(rel) == "nmod" && tree_.has_case(child, {"of", "by"})))
      return child;
  }
  return -1;
}

bool SentenceCoder::definite(int noun) const {
  for (int child : tree_.children(noun))
    if (tree_.token(child).deprel == "det" &&
        evaluative_speech::one_of(tree_.lemma(child), {"the", "this", "that", "these", "those"}))
      return true;
  return false;
}

// "this is a grave provocation", "'this outrage …'": what a word of blame
// for a deed points back at is the last act of force, threat or protest told
// just before (this sentence or the two before it), by a coded party other
// than the speaker; none when there is no such act.
std::optional<Actor> SentenceCoder::recent_doer(int noun,
                                                const std::vector<Actor>& speakers) const {
  uint32_t at = tree_.token(noun).start;
  for (auto e = doc_.events.rbegin(); e != doc_.events.rend(); ++e) {
    if (e->sentence < s_ - 2) break;
    if ((e->sentence == s_ && e->start >= at) || !e->source) continue;
    const std::string& code = e->source->actor_code;
    int root = std::atoi(e->root_code.c_str());
    if (root < 13 || root > 20 || code.empty() || code.starts_with("---")) continue;
    for (const Actor& s : speakers)
      if (s.code == code || (!s.entity.empty() && s.entity == e->source->entity))
        return std::nullopt;  // the speaker's own act
    Actor actor = resolve(noun);
    actor.code = code;
    actor.entity = e->source->entity;
    actor.how = "doer of the act " + e->id + " (sentence " + std::to_string(e->sentence + 1) + ")";
    return actor;
  }
  return std::nullopt;
}

// "it is a frightening outlook", "this is a waste", "a stable Gondor is
// good for all": a neuter pronoun or an indefinite phrase is a situation or
// a kind, not a particular party or its act.
bool SentenceCoder::particular(int subject) const {
  std::string w = lower_ascii(tree_.token(subject).text);
  for (std::string_view neuter : {"it", "this", "that", "these", "those", "what", "which"})
    if (w == neuter) return false;
  for (int child : tree_.children(subject)) {
    std::string d = lower_ascii(tree_.token(child).text);
    if (tree_.token(child).deprel == "det" && (d == "a" || d == "an")) return false;
  }
  return !evaluative_speech::generic_subject(tree_, subject);
}

// "I think the plan is reckless": a first-person opinion verb over the
// clause is the speaker's judgement, said; the clause to read is the opinion.
int SentenceCoder::opinion_over(int clause) const {
  int up = tree_.head(clause);
  if (up < 0 || Tree::base(tree_.token(clause).deprel) != "ccomp") return clause;
  const std::string& lemma = tree_.lemma(up);
  if (lemma != "think" && lemma != "believe" && lemma != "consider" && lemma != "feel")
    return clause;
  for (int child : tree_.children(up))
    if (tree_.token(child).deprel == "nsubj" &&
        evaluative_speech::first_person(tree_.token(child).text))
      return up;
  return clause;
}

// Political speakers of the clause (a verb of saying over it or a coded
// quote around it); none when the frame makes it no judgement.
std::vector<Actor> SentenceCoder::judging_speakers(int predicate, int clause, int* speech) const {
  *speech = speech_over(clause);
  if (evaluative_speech::framed_off(tree_, predicate, *speech)) return {};
  std::vector<Actor> speakers = speakers_of(clause, *speech);
  std::erase_if(speakers, [](const Actor& a) { return !evaluative_speech::political(a.code); });
  return speakers;
}

// Whom a judgement is of: particular political parties, not civilians.
void SentenceCoder::keep_political(std::vector<Actor>& targets) {
  std::erase_if(targets, [](const Actor& a) {
    return evaluative_speech::civilians(a.code) || !evaluative_speech::political(a.code);
  });
}

void SentenceCoder::code_evaluative_speech() {
  for (int p = 0; p < static_cast<int>(tree_.size()); ++p) {
    std::string word;
    int polarity = predicate_polarity(p, &word);
    if (polarity == 0 || std::find(predicates_.begin(), predicates_.end(), p) != predicates_.end())
      continue;
    int subject = -1;
    for (int child : tree_.children(p))
      if (tree_.token(child).deprel == "nsubj") subject = child;
    if (subject < 0) continue;
    // "this is a grave provocation": a deed pointed back at.
    bool pointed =
        !particular(subject) && polarity < 0 &&
        evaluative_speech::one_of(lower_ascii(tree_.token(subject).text), {"this", "that", "it"}) &&
        evaluative_speech::names_deed(tree_.lemma(p));
    if (!pointed && !particular(subject)) continue;
    int clause = opinion_over(p);
    int speech = -1;
    std::vector<Actor> speakers = judging_speakers(p, clause, &speech);
    std::vector<Actor> targets;
    if (!speakers.empty() && pointed) {
      if (auto doer = recent_doer(p, speakers)) targets.push_back(std::move(*doer));
    } else if (!speakers.empty()) {
      targets = evaluated_actors(subject, speakers);
    }
    keep_political(targets);
    if (targets.empty()) {
      if (trace_)
        trace_->push_back("  evaluative \"" + word + "\": " +
                          (speakers.empty() ? "no political speaker" : "no actor evaluated"));
      continue;
    }
    // "is not a disgrace" blames no one; "has not been a reliable partner" does.
    bool negated = tree_.is_negated(p);
    if (negated && polarity < 0) continue;
    // The opinion verb's own modality, and the predication's ("will be fair"
    // is a forecast).
    std::string modality = event_modality(tree_, clause, false, speech);
    if (clause != p && modality == "asserted") modality = event_modality(tree_, p, false, -1);
    if (trace_)
      trace_->push_back("  evaluative speech: \"" + word + "\" (" + modality +
                        (negated ? ", negated" : "") + ")");
    if (modality != "asserted") continue;  // a question or a condition blames no one yet
    emit_evaluation(p, polarity > 0 && !negated ? "051" : "111", speakers, targets,
                    "evaluative speech: " + word + (negated ? " (negated)" : ""));
  }
  code_named_acts();
  code_condemned_acts();
}

// The relative word of a naming verb's clause ("in what Gondor called …",
// "the test, which Gondor called …"): its head "what", or its own object
// "which" / "that"; -1 when the clause is no relative one.
int SentenceCoder::relative_of(int verb) const {
  int head = tree_.head(verb);
  if (head < 0 || Tree::base(tree_.token(verb).deprel) != "acl") return -1;
  if (tree_.lemma(head) == "what") return head;
  for (int child : tree_.children(verb))
    if (Tree::base(tree_.token(child).deprel) == "obj" &&
        evaluative_speech::one_of(tree_.lemma(child), {"which", "that"}))
      return child;
  return -1;
}

// Who did the act a relative naming clause names: a doer on the naming word
// itself ("a reckless act by Mordor"), else the subject of the verb "what"
// is governed by ("Mordor carried out what …", "Mordor tested a missile, in
// what …"), else the noun "which" stands for ("the test, which …").
std::vector<Actor> SentenceCoder::named_act_doers(int verb, int relative, int name,
                                                  const std::vector<Actor>& speakers) {
  for (int child : tree_.children(name)) {
    std::string_view rel = tree_.token(child).deprel;
    if (rel == "nmod:poss" || (Tree::base(rel) == "nmod" && tree_.has_case(child, {"by"})))
      return actors_of(child);
  }
  int head = tree_.head(verb);
  if (relative != head) return evaluated_actors(head, speakers);
  int act = tree_.head(head);
  if (act < 0 || tree_.token(act).upos != "VERB" || passive_clause(act) ||
      is_speech_verb(tree_.lemma(act)) || event_modality(tree_, act, false) != "asserted")
    return {};
  std::vector<Actor> doers;
  for (int h : subject_of(act))
    for (Actor& a : actors_of(h)) doers.push_back(std::move(a));
  for (const Actor& d : doers)  // "Gondor condemned what it called …": its own words
    for (const Actor& s : speakers)
      if (d.code == s.code || (!d.entity.empty() && d.entity == s.entity)) return {};
  return doers;
}

// "in what Gondor called a reckless provocation", "carried out what Gondor
// described as a grave violation", "the test, which Gondor branded an
// outrage": a naming verb in a relative clause names an act; its subject
// blames (or praises) whoever did it.
void SentenceCoder::code_named_acts() {
  for (int v = 0; v < static_cast<int>(tree_.size()); ++v) {
    if (tree_.token(v).upos != "VERB" ||
        std::find(predicates_.begin(), predicates_.end(), v) != predicates_.end() ||
        !evaluative_speech::naming_verb(*impl_.lexicon, tree_.lemma(v)))
      continue;
    int relative = relative_of(v);
    if (relative < 0 || passive_clause(v)) continue;
    int name = -1;  // the word the act is called
    for (int child : tree_.children(v)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if ((rel == "xcomp" || rel == "obj" || (rel == "obl" && tree_.has_case(child, {"as"}))) &&
          child != relative)
        name = child;
    }
    std::string word;
    int polarity = name < 0 ? 0 : judged_polarity(name, &word);
    if (polarity == 0) continue;
    std::vector<Actor> speakers;
    for (int h : subject_of(v))
      for (Actor& a : actors_of(h))
        if (evaluative_speech::political(a.code)) speakers.push_back(std::move(a));
    std::vector<Actor> targets =
        speakers.empty() ? std::vector<Actor>{} : named_act_doers(v, relative, name, speakers);
    keep_political(targets);
    if (trace_)
      trace_->push_back("  named act \"" + word + "\": " + std::to_string(speakers.size()) +
                        " speakers, " + std::to_string(targets.size()) + " doers");
    if (targets.empty() || evaluative_speech::framed_off(tree_, name, -1)) continue;
    emit_evaluation(v, polarity > 0 ? "051" : "111", speakers, targets, "named act: " + word);
  }
}

// A verb or a copular predicate: where a clause is read.
bool SentenceCoder::clause_head(int node) const {
  if (tree_.token(node).upos == "VERB") return true;
  for (int child : tree_.children(node))
    if (Tree::base(tree_.token(child).deprel) == "cop") return true;
  return false;
}

// "'This outrage will not stand,' the minister said": a deed named by a
// word of blame and pointed back at (this, that, such) in what a coded
// party says blames whoever did it (act_doers.cc, else the last act of
// force told just before).
void SentenceCoder::code_condemned_acts() {
  for (int n = 0; n < static_cast<int>(tree_.size()); ++n) {
    if (tree_.token(n).upos != "NOUN" ||
        std::find(predicates_.begin(), predicates_.end(), n) != predicates_.end() ||
        !evaluative_speech::names_deed(tree_.lemma(n)))
      continue;
    bool pointed = false, copular = false;
    for (int child : tree_.children(n)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      copular = copular || rel == "cop";
      pointed = pointed || (rel == "det" &&
                            evaluative_speech::one_of(tree_.lemma(child),
                                                      {"this", "that", "these", "those", "such"}));
    }
    std::string word;
    if (!pointed || copular || judged_polarity(n, &word) >= 0) continue;
    int clause = n;  // the clause the noun is said in
    for (int depth = 0; depth < 4 && tree_.head(clause) >= 0 && !clause_head(clause); ++depth)
      clause = tree_.head(clause);
    int speech = -1;
    std::vector<Actor> speakers = judging_speakers(clause, clause, &speech);
    if (speakers.empty()) continue;
    std::vector<Actor> targets;
    if (auto doer = doer_of_act(n, speakers))
      targets.push_back(std::move(*doer));
    else if (auto recent = recent_doer(n, speakers))
      targets.push_back(std::move(*recent));
    keep_political(targets);
    if (trace_)
      trace_->push_back("  condemned act \"" + word + "\": " + std::to_string(targets.size()) +
                        " doers");
    emit_evaluation(n, "111", speakers, targets, "condemned act: " + word);
  }
}

void SentenceCoder::emit_evaluation(int predicate, const std::string& code,
                                    const std::vector<Actor>& speakers,
                                    const std::vector<Actor>& targets, const std::string& pattern,
                                    const std::string& dictionary) {
  EmitOptions options;
  options.pattern = pattern;
  options.dictionary = dictionary;
  for (const Actor& speaker : speakers)
    for (const Actor& target : targets) {
      if (!speaker.entity.empty() && speaker.entity == target.entity) continue;
      // "argued that they have been …": a plural or unlinked pronoun of the
      // speaker's own code is the speaker's side; "his temperament" linked
      // to a rival of the same code is not.
      if (speaker.code == target.code &&
          target.mention.last_token - target.mention.first_token == 1 &&
          tree_.token(target.mention.first_token).upos == "PRON" &&
          (target.entity.empty() ||
           !evaluative_speech::one_of(lower_ascii(tree_.token(target.mention.first_token).text),
                                      {"he", "him", "his", "she", "her"})))
        continue;
      std::string ev_code = pair_code(predicate, code, speaker, target, false);
      if (ev_code.empty()) continue;
      Event e = make_event(predicate, ev_code, speaker, target, true, options);
      if (trace_)
        trace_->push_back("  " + e.id + ": " + speaker.code + " -> " + target.code + " " + ev_code);
      doc_.events.push_back(std::move(e));
      predicates_.push_back(predicate);
    }
}

}  // namespace eventwire::events
