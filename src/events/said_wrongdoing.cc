// Criticism and accusation said without a word of blame (docs/events.md,
// "Fifteenth session (branch ev-critic6)"): a coded speaker says that a coded
// party did wrong ("the senator said the agency cheated the growers", "'they
// have neglected the harbour towns,' the mayor said", "said the council's levy
// would damage the ferry trade", "said its figures were a fraud"). The
// content's verb or copular noun says which: a deceit, crime, violation or
// collusion is an accusation (112), a failure or a harm a disapproval (111);
// the words are WordNet's (data/lexicon/wrongdoing.tsv,
// scripts/derive-wrongdoing-words). An act of force said of a party that
// codes no event of its own is an accusation too (code_said_force,
// "Nineteenth session (branch ev-type10)").

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/embedded.h"
#include "events/intent.h"
#include "events/modality.h"
#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

namespace evaluative_speech {
bool names_deed(std::string_view noun);  // evaluative_speech.cc
}  // namespace evaluative_speech

// Named, not anonymous: the stage compiles in unity batches.
namespace said_wrongdoing {

struct WrongdoingWords {
  std::unordered_map<std::string, std::string> verbs, nouns;  // lemma -> CAMEO code
};

// The compiled-in wrongdoing.tsv.
const WrongdoingWords& wrongdoing_words() {
  static const WrongdoingWords words = [] {
    WrongdoingWords out;
    for (std::string_view line : split_fields(internal::embedded_wrongdoing(), '\n')) {
      if (line.front() == '#') continue;
      std::vector<std::string_view> f = split_fields(line, '\t');
      if (f.size() < 3) continue;
      (f[1] == "v" ? out.verbs : out.nouns).emplace(std::string(f[0]), std::string(f[2]));
    }
    return out;
  }();
  return words;
}

// The subordinators a content clause may carry ("if" and "whether" go to
// the frame checks).
bool content_mark(std::string_view lemma) {
  return lemma == "that" || lemma == "if" || lemma == "whether";
}

// A frame property of the 111 class: its senses are all transitive ("harmed
// the growers", "neglected the towns", "failed to act"); without an object
// or a clausal complement the verb is the other sense ("the talks failed",
// "the party is hurting": to suffer), no one's fault.
bool done_to_something(const Tree& tree, int verb) {
  for (int child : tree.children(verb)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "obj" || rel == "iobj" || rel == "ccomp" || rel == "xcomp") return true;
  }
  return false;
}

// "fired on the village", "struck at the base": an oblique an act of
// force is aimed at.
bool aimed_at(const Tree& tree, int verb) {
  for (int child : tree.children(verb)) {
    if (Tree::base(tree.token(child).deprel) != "obl") continue;
    for (int grand : tree.children(child)) {
      std::string lemma = tree.lemma(grand);
      if (tree.token(grand).deprel == "case" &&
          (lemma == "on" || lemma == "at" || lemma == "against" || lemma == "into"))
        return true;
    }
  }
  return false;
}

}  // namespace said_wrongdoing

// The CAMEO code the wrong a verb or a copular noun names calls for ("112"
// deceit, crime, violation: "lied", "is a fraud"; "111" failure, harm, done
// to someone), empty when it names none.
std::string SentenceCoder::wrongdoing_code(int node) const {
  const said_wrongdoing::WrongdoingWords& words = said_wrongdoing::wrongdoing_words();
  const std::unordered_map<std::string, std::string>* list = nullptr;
  if (tree_.token(node).upos == "VERB") list = &words.verbs;
  if (tree_.token(node).upos == "NOUN")
    for (int child : tree_.children(node))
      if (Tree::base(tree_.token(child).deprel) == "cop") list = &words.nouns;
  if (!list) return {};
  auto found = list->find(tree_.lemma(node));
  if (found == list->end()) return {};
  if (list == &words.verbs && found->second == "111" &&
      !said_wrongdoing::done_to_something(tree_, node))
    return {};
  return found->second;
}

// Whether the sentence already holds a criticism or accusation (roots 11, 12)
// between the two codes ("accused Rohan of lying": the verb of accusing
// carries it).
bool SentenceCoder::already_blamed(const std::string& source, const std::string& target) const {
  for (const Event& e : doc_.events) {
    if (e.sentence != s_ || !e.source || !e.target) continue;
    if ((e.root_code == "11" || e.root_code == "12") && e.source->actor_code == source &&
        e.target->actor_code == target)
      return true;
  }
  return false;
}

// "said that Rohan lied", not "said after Rohan failed to come" (a time
// clause the parse hung as the content): a content clause has no
// subordinator but "that" (a condition or a question is read by the frame
// checks).
bool SentenceCoder::content_clause(int clause) const {
  for (int child : tree_.children(clause))
    if (Tree::base(tree_.token(child).deprel) == "mark" &&
        !said_wrongdoing::content_mark(tree_.lemma(child)))
      return false;
  return true;
}

// The subjects of the wrong: the verb's own, or those of the verbs it
// completes or is joined to ("said Rohan tried to mislead", "lied and
// cheated"); none through a clause on a noun ("a scheme to swindle …",
// whose doer the parse cannot tell).
std::vector<int> SentenceCoder::wrongdoer_subjects(int verb) const {
  int node = verb;
  for (int depth = 0; depth < 4; ++depth) {
    for (int child : tree_.children(node))
      if (tree_.token(child).deprel == "nsubj") return subject_of(node);
    std::string_view rel = Tree::base(tree_.token(node).deprel);
    if ((rel != "xcomp" && rel != "conj") || tree_.head(node) < 0) return {};
    node = tree_.head(node);
  }
  return {};
}

// The parties a subject of wrong names: the owner of a thing with its owner
// named ("the mayor's levy", "the levy of the council"), else the party
// itself. Not the doer of an act told before ("the raids harmed the
// orchards" tells a harm done, not a party's fault said), nor a party named
// inside the subject ("the pressure on the ministry grew").
std::vector<Actor> SentenceCoder::wronging_parties(int subject,
                                                   const std::vector<Actor>& speakers) {
  if (!particular(subject)) return {};
  if (owner_of(subject) >= 0) return evaluated_actors(subject, speakers);
  if (tree_.token(subject).upos == "NOUN" && evaluative_speech::names_deed(tree_.lemma(subject)))
    return {};
  std::vector<Actor> out = evaluated_actors(subject, speakers);
  std::erase_if(out, [&](const Actor& a) {
    return subject < a.mention.first_token || subject >= a.mention.last_token;
  });
  return out;
}

// The coded political speakers of the content clause that act `v` stands in,
// and the coded parties they say did it (not ones they blamed already);
// false when either side is empty. `speech` is the saying's token: a denial,
// a doubt or a question over the content is read from it by event_modality
// and by the frame checks of judging_speakers.
bool SentenceCoder::said_by_and_of(int v, int* speech, std::vector<Actor>* speakers,
                                   std::vector<Actor>* targets) {
  int clause = v;  // "said Rohan tried to mislead": the clause said is the trying
  for (int depth = 0; depth < 3 && Tree::base(tree_.token(clause).deprel) == "xcomp"; ++depth)
    clause = tree_.head(clause);
  if (tree_.is_negated(clause) || !content_clause(clause)) return false;
  clause = opinion_over(clause);
  *speakers = judging_speakers(v, clause, speech);
  if (speakers->empty()) return false;
  for (int subject : wrongdoer_subjects(v))
    for (Actor& a : wronging_parties(subject, *speakers)) targets->push_back(std::move(a));
  keep_political(*targets);
  std::erase_if(*targets, [&](const Actor& t) {
    for (const Actor& s : *speakers)
      if (already_blamed(s.code, t.code)) return true;
    return false;
  });
  return !targets->empty();
}

// The wrong a coded party did, in what a coded political speaker says: the
// verb's subject (or the owner of its plan or words) is the target. A
// denied, asked or conditioned wrong is none; a forecast harm ("would hurt
// families") disapproves, a forecast crime accuses no one yet.
void SentenceCoder::code_said_wrongdoing() {
  for (int v = 0; v < static_cast<int>(tree_.size()); ++v) {
    std::string code = wrongdoing_code(v);
    // "said Rohan's troops damaged the bridge": the content's own event stands.
    if (code.empty() || passive_clause(v) || tree_.is_negated(v) ||
        std::find(predicates_.begin(), predicates_.end(), v) != predicates_.end())
      continue;
    int speech = -1;
    std::vector<Actor> speakers, targets;
    if (!said_by_and_of(v, &speech, &speakers, &targets)) continue;
    std::string modality = event_modality(tree_, v, false, speech);
    if (trace_)
      trace_->push_back("  said wrongdoing \"" + tree_.lemma(v) + "\" " + code + " (" + modality +
                        ")");
    bool said_as_done = modality == "asserted" || modality == "intended";
    if (!said_as_done && !(code == "111" && modality == "future")) continue;
    emit_evaluation(v, code, speakers, targets, "said wrongdoing: " + tree_.lemma(v),
                    "wrongdoing.tsv");
  }
}

// A verb whose usual reading (a lexicon entry that asks nothing of the
// clause) is an act of force, 18-20: "attack", "shell", "bomb".
bool SentenceCoder::force_verb(int verb) const {
  if (tree_.token(verb).upos != "VERB") return false;
  for (const dict::LexiconEntry* e : impl_.lexicon->find(lexicon_lemma(verb))) {
    if (e->pos != dict::LexiconEntry::Pos::kVerb || !e->constraints.empty() || e->code.size() < 2)
      continue;
    int root = std::atoi(e->code.substr(0, 2).c_str());
    return root >= 18 && root <= 20;
  }
  return false;
}

// Whether an event of this sentence stands on the token.
bool SentenceCoder::has_event_at(int node) const {
  for (const Event& e : doc_.events)
    if (e.sentence == s_ && e.start == tree_.token(node).start) return true;
  return false;
}

// An act of force a coded speaker says a coded party did, when the act
// itself makes no event (its target uncoded or itself: "the minister said
// Rohan had attacked its own villages"): the speaker accuses the doer
// (112). An act that codes stands alone, as in code_said_wrongdoing.
void SentenceCoder::code_said_force() {
  for (int v = 0; v < static_cast<int>(tree_.size()); ++v) {
    if (!force_verb(v) || passive_clause(v) || tree_.is_negated(v) || has_event_at(v)) continue;
    // Force is done to someone or something; without an object the verb is
    // its other sense ("he's hurting with young voters": he suffers).
    if (!said_wrongdoing::done_to_something(tree_, v) && !said_wrongdoing::aimed_at(tree_, v))
      continue;
    int speech = -1;
    std::vector<Actor> speakers, targets;
    if (!said_by_and_of(v, &speech, &speakers, &targets)) continue;
    std::string modality = event_modality(tree_, v, false, speech);
    if (trace_) trace_->push_back("  said force \"" + tree_.lemma(v) + "\" (" + modality + ")");
    if (modality != "asserted") continue;
    emit_evaluation(v, "112", speakers, targets, "said force: " + tree_.lemma(v), "built-in");
  }
}

}  // namespace eventwire::events
