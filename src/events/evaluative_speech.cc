// Criticism and praise said rather than done (docs/events.md, "Thirteenth
// session (branch ev-quoted)"): a coded speaker says that a coded actor, or
// that actor's plan, decision or words, *is* something the evaluative lexicon
// rates ("the governor said the mayor's plan was reckless", "'Rohan has been
// a loyal ally,' the envoy said"). The speaker disapproves of (111) or
// praises (051) that actor.

#include <algorithm>
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

// The word lists of the naming verbs' frames in evaluative.lex (VADER's rated
// nouns and adjectives): one list per polarity, read off one naming verb.
const PolarWords& polar_words(const dict::Lexicon& lexicon) {
  static const PolarWords words = [&lexicon] {
    PolarWords w;
    for (const dict::LexiconEntry* e : lexicon.find("describe")) {
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

}  // namespace evaluative_speech

// +1 praise, -1 blame, 0 neither. A participle ("disappointed, worried")
// tells how the subject feels, not what it is; a word the lexicon codes as
// an act ("an attack", "a threat") is an event of its own.
int SentenceCoder::word_polarity(int node) const {
  const Token& t = tree_.token(node);
  if (t.upos != "ADJ" && t.upos != "NOUN") return 0;
  std::string word = lower_ascii(tree_.lemma(node));
  if (t.xpos == "VBN" || (t.upos == "ADJ" && word.ends_with("ed"))) return 0;
  for (const dict::LexiconEntry* e : impl_.lexicon->find(word))
    if (e->pos != dict::LexiconEntry::Pos::kVerb && e->file != "evaluative.lex") return 0;
  const evaluative_speech::PolarWords& words = evaluative_speech::polar_words(*impl_.lexicon);
  if (words.negative.contains(word)) return -1;
  if (words.positive.contains(word)) return 1;
  return 0;
}

// The polarity of a copular predicate: its own word ("is reckless", "a
// disgrace") or its adjective ("a reliable partner"); 0 when none.
int SentenceCoder::predicate_polarity(int predicate, std::string* word) const {
  bool copula = false;
  int modifier = 0;  // the polarity of an adjective on the predicate noun
  for (int child : tree_.children(predicate)) {
    std::string_view rel = Tree::base(tree_.token(child).deprel);
    if (rel == "cop") copula = true;
    // "is ready to send troops", "is glad that …": an attitude to an act;
    // "are in deep trouble": a plight, not a quality.
    if (rel == "xcomp" || rel == "ccomp" || rel == "csubj" || rel == "case") return 0;
    if (rel == "amod" && modifier == 0) {
      modifier = word_polarity(child);
      if (modifier != 0) *word = tree_.token(child).text + " ";
    }
  }
  if (!copula) return 0;
  int own = word_polarity(predicate);
  // "a great disaster", "a frightening outlook": words that disagree say
  // nothing sure.
  if (own != 0 && modifier != 0 && own != modifier) return 0;
  // "a reliable partner", "a reckless move": an adjective on what one is or
  // does; not on a condition ("a slow illness").
  if (own == 0 && (tree_.token(predicate).upos != "NOUN" ||
                   !evaluative_speech::agent_kind(lower_ascii(tree_.lemma(predicate)))))
    return 0;
  if (own == 0 && modifier == 0) return 0;
  if (modifier == 0) word->clear();
  *word += tree_.token(predicate).text;
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
// ("the mayor's plan", "the decision of Rohan").
std::vector<Actor> SentenceCoder::evaluated_actors(int subject) {
  possessors_name_actors_ = false;
  std::vector<Actor> own;
  if (!is_temporal(subject)) own = actors_of(subject);
  possessors_name_actors_ = true;
  if (!own.empty() || tree_.token(subject).upos != "NOUN" ||
      !evaluative_speech::evaluable_thing(lower_ascii(tree_.lemma(subject))))
    return own;
  for (int child : tree_.children(subject)) {
    std::string_view rel = tree_.token(child).deprel;
    if (rel == "nmod:poss" || (Tree::base(rel) == "nmod" && tree_.has_case(child, {"of", "by"})))
      return actors_of(child);
  }
  return {};
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
  return true;
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

void SentenceCoder::code_evaluative_speech() {
  for (int p = 0; p < static_cast<int>(tree_.size()); ++p) {
    std::string word;
    int polarity = predicate_polarity(p, &word);
    if (polarity == 0 || std::find(predicates_.begin(), predicates_.end(), p) != predicates_.end())
      continue;
    int subject = -1;
    for (int child : tree_.children(p))
      if (tree_.token(child).deprel == "nsubj") subject = child;
    if (subject < 0 || !particular(subject)) continue;
    int clause = opinion_over(p);
    int speech = speech_over(clause);
    std::vector<Actor> speakers = speakers_of(clause, speech);
    std::erase_if(speakers, [](const Actor& a) { return !evaluative_speech::political(a.code); });
    std::vector<Actor> targets =
        speakers.empty() ? std::vector<Actor>{} : evaluated_actors(subject);
    std::erase_if(targets, [](const Actor& a) { return evaluative_speech::civilians(a.code); });
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
}

void SentenceCoder::emit_evaluation(int predicate, const std::string& code,
                                    const std::vector<Actor>& speakers,
                                    const std::vector<Actor>& targets, const std::string& pattern) {
  EmitOptions options;
  options.pattern = pattern;
  options.dictionary = "evaluative.lex";
  for (const Actor& speaker : speakers)
    for (const Actor& target : targets) {
      if (!speaker.entity.empty() && speaker.entity == target.entity) continue;
      // "argued that they have been …": a pronoun of the speaker's own code
      // is the speaker's side.
      if (speaker.code == target.code &&
          target.mention.last_token - target.mention.first_token == 1 &&
          tree_.token(target.mention.first_token).upos == "PRON")
        continue;
      std::string ev_code = pair_code(predicate, code, speaker, target);
      if (ev_code.empty()) continue;
      Event e = make_event(predicate, ev_code, speaker, target, true, options);
      if (trace_)
        trace_->push_back("  " + e.id + ": " + speaker.code + " -> " + target.code + " " + ev_code);
      doc_.events.push_back(std::move(e));
      predicates_.push_back(predicate);
    }
}

}  // namespace eventwire::events
