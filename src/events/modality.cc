#include "events/modality.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "events/frame_words.h"  // in_class
#include "events/habitual_frame.h"

namespace eventwire::events {
namespace {

constexpr std::array<std::string_view, 4> kFutureAux = {"will", "shall", "'ll", "wo"};
// "can" says what is possible, not what happened ("they can help"; "cannot"
// is a negation and read as one before this).
constexpr std::array<std::string_view, 9> kHypotheticalAux = {
    "would", "could", "might", "may", "should", "must", "ought", "can", "ca"};
// Adverbs that leave the act open ("perhaps they helped").
constexpr std::array<std::string_view, 6> kHedgeAdverbs = {
    "perhaps", "maybe", "possibly", "hopefully", "conceivably", "supposedly"};
// With a verb in the simple present these make it a habit or a trait, not
// one act: "she still says such things", "he always blames the press".
constexpr std::array<std::string_view, 14> kHabitAdverbs = {
    "always",    "usually",   "often",      "continuously", "constantly",
    "still",     "generally", "typically",  "routinely",    "frequently",
    "regularly", "sometimes", "habitually", "repeatedly"};
// Verbs whose clausal complement is a belief or a guess of the subject, not
// something the writer says happened ("he thinks they helped", "she hopes
// they won"). Claims and allegations are not here: news reports acts of
// violence through them ("the group claimed its members were kidnapped").
constexpr std::array<std::string_view, 20> kBeliefVerbs = {
    "think",     "believe", "suppose", "imagine", "assume",  "guess",      "suspect",
    "fear",      "doubt",   "hope",    "expect",  "predict", "pretend",    "suggest",
    "speculate", "worry",   "bet",     "reckon",  "presume", "hypothesize"};
// Verbs whose clausal complement is asked, not said ("asked whether …").
constexpr std::array<std::string_view, 5> kAskVerbs = {"ask", "wonder", "question", "inquire",
                                                       "query"};
// Raising verbs: "appears to be helping" is an impression, not a report.
constexpr std::array<std::string_view, 2> kSeemVerbs = {"seem", "appear"};
// Heads of free relatives ("everything she says", "what he claims"): the
// clause describes, it does not report one act.
constexpr std::array<std::string_view, 7> kFreeRelativeHeads = {
    "what", "whatever", "everything", "anything", "something", "thing", "all"};
// Verbs whose xcomp is an aim, not a fact ("plans to meet", "seeks to end").
constexpr std::array<std::string_view, 16> kIntentVerbs = {
    "plan",    "intend", "want", "seek", "aim",  "try",    "hope",     "prepare",
    "attempt", "expect", "wish", "mean", "need", "strive", "consider", "propose"};
// Verbs whose xcomp is asked of someone, not done: "urged the government to
// release …", "a petition asking the government to execute …".
constexpr std::array<std::string_view, 20> kRequestVerbs = {
    "ask",       "urge",   "call",    "demand",   "request",  "order",    "invite",
    "encourage", "press",  "appeal",  "beg",      "implore",  "petition", "instruct",
    "tell",      "advise", "require", "pressure", "persuade", "recommend"};
// Verbs whose "that" clause in the bare form is what they demand, not what
// happened ("requires that every firm report its holdings", "demanded that
// he resign"); "insisted that he was …" in the past tense is a claim.
constexpr std::array<std::string_view, 11> kMandativeVerbs = {
    "demand", "require", "request", "order",  "urge",     "recommend",
    "insist", "propose", "mandate", "direct", "stipulate"};
// Verbs whose complement is said not to have happened.
constexpr std::array<std::string_view, 4> kDenyVerbs = {"deny", "reject", "dismiss", "refute"};
constexpr std::array<std::string_view, 4> kConditionMarks = {"if", "unless", "whether", "lest"};

// Adverbs that put a past act before the news: "once described", "had
// formerly served".
constexpr std::array<std::string_view, 3> kFormerlyAdverbs = {"once", "formerly", "previously"};
// Units of "<n> years ago": two or more of them, or any number of the larger.
constexpr std::array<std::string_view, 3> kLongUnits = {"decade", "century", "generation"};
// Units of "<n> weeks earlier": a span that puts the act before the news
// told ("earlier today", "days earlier" may be the news itself).
constexpr std::array<std::string_view, 4> kEarlierUnits = {"week", "month", "year", "decade"};
// Verbs of saying: "he said then" is a statement of that earlier time.
constexpr std::array<std::string_view, 7> kThenSpeechVerbs = {"say",   "tell",   "write", "add",
                                                              "state", "insist", "put"};
// Verbs that refer to an act already known ("cited the raid", "the ad
// mentions Rohan's criticism of the plan", "used its invasion as a threat"):
// their object names the act, it does not report it.
constexpr std::array<std::string_view, 13> kReferVerbs = {
    "cite",     "mention", "reference", "recall",  "invoke",  "remember", "recount",
    "describe", "discuss", "use",       "utilize", "exploit", "highlight"};
// Cases of an oblique that gives the grounds or the topic of its governor's
// act ("attacked Mira for backing the war", "sanctioned Gondor over
// its annexation of the port", "spoke about the raid").
constexpr std::array<std::string_view, 3> kGroundsCases = {"for", "over", "about"};
// Marks of an -ing clause that gives the grounds of its governor's act
// ("accused of hurting civilians", "praised Rohan for sending aid").
constexpr std::array<std::string_view, 4> kGroundsMarks = {"for", "of", "over", "about"};
// Predicates whose "for" phrase is the subject's own act ("responsible for
// the massacres"): a deed, not grounds.
constexpr std::array<std::string_view, 3> kOwnActAdjectives = {"responsible", "complicit",
                                                               "accountable"};
// Subordinators of a clause that dates the act by a state of its subject
// then ("when she was governor", "while he served as envoy").
constexpr std::array<std::string_view, 3> kWhenMarks = {"when", "while", "as"};

enum class Reading {
  kNone,
  kFuture,
  kHypothetical,
  kIntended,
  kDenied,
  kQuestion,
  kGeneric,
  kHistorical
};

std::string lower(std::string form) {
  for (char& c : form) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return form;
}

bool punct_between(const Tree& tree, int a, int b, bool quotes_only = false) {
  for (int i = std::min(a, b) + 1; i < std::max(a, b); ++i) {
    const Token& t = tree.token(i);
    if (t.upos != "PUNCT") continue;
    if (!quotes_only || t.xpos == "``" || t.xpos == "''" || t.text == "\"" || t.text == "“" ||
        t.text == "”")
      return true;
  }
  return false;
}

// "the image of soldiers attacking villages", "a culture of officials
// taking bribes": a participle on a noun that itself names what another noun
// is of describes a kind of thing; it reports no act (a finite clause, an
// infinitive or a participle elsewhere may).
bool descriptive_participle(const Tree& tree, int clause) {
  if (tree.token(clause).xpos != "VBG" || tree.token(clause).deprel != "acl") return false;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "mark" || rel == "aux") return false;
  }
  // Only a participle with an object ("a fatal police shooting in Kelvale" is
  // a noun the tagger read as a participle).
  bool object = false;
  for (int child : tree.children(clause))
    object = object || Tree::base(tree.token(child).deprel) == "obj";
  if (!object) return false;
  int noun = tree.head(clause);
  if (noun < 0 || Tree::base(tree.token(noun).deprel) != "nmod") return false;
  // "hundreds of protesters demonstrating": the protesters are counted, and
  // they did demonstrate.
  if (tree.head(noun) >= 0 && tree.through_quantity(tree.head(noun)) == noun) return false;
  return tree.has_case(noun, {"of"});
}

// "believe in what she says", "whatever he claims": an embedded clause
// whose subject or object is "what" names a kind of thing said or done.
// "Everything Rohan says is false", parsed with "everything" as a second
// subject of "says": the relative's head before the clause's own subject.
bool free_relative(const Tree& tree, int clause) {
  std::vector<int> subjects;
  for (int child : tree.children(clause))
    if (Tree::base(tree.token(child).deprel) == "nsubj") subjects.push_back(child);
  if (subjects.size() >= 2 && in_class(tree.lemma(subjects.front()), kFreeRelativeHeads))
    return true;
  if (tree.head(clause) < 0) return false;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if ((rel == "obj" || rel == "nsubj") &&
        (tree.lemma(child) == "what" || tree.lemma(child) == "whatever"))
      return true;
  }
  return false;
}

// A verb in the simple present: no auxiliary, tagged VBZ / VBP.
bool simple_present(const Tree& tree, int clause) {
  const std::string& xpos = tree.token(clause).xpos;
  if (xpos != "VBZ" && xpos != "VBP") return false;
  for (int child : tree.children(clause))
    if (Tree::base(tree.token(child).deprel) == "aux") return false;
  return true;
}

// An -ing clause with no subject or auxiliary of its own ("by filing a
// suit", "for cooperating with the police"): it tells how or on what terms
// the governing act happens, so it is as real as that act. (A passive
// participle, "Backed by Gondor, Rohan would attack", states what holds
// already.)
bool bare_participle(const Tree& tree, int clause) {
  if (tree.token(clause).xpos != "VBG") return false;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "nsubj" || rel == "aux" || rel == "expl" || rel == "csubj") return false;
    // "as expected", "as planning goes": a comparison, with its own reading.
    if (rel == "mark" && tree.lemma(child) == "as") return false;
  }
  return true;
}

// "accused of hurting civilians", "praised Rohan for sending aid", "known
// for criticizing the press": an -ing clause given as the grounds of its
// governor's act names an act (alleged, or known already); it does not tell
// one.
bool grounds_clause(const Tree& tree, int clause) {
  if (tree.token(clause).xpos != "VBG") return false;
  bool grounds = false;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "nsubj" || rel == "csubj" || rel == "expl") return false;
    if ((rel == "mark" || rel == "case") && in_class(tree.lemma(child), kGroundsMarks))
      grounds = true;
  }
  return grounds;
}

bool has_copula(const Tree& tree, int head) {
  for (int child : tree.children(head))
    if (Tree::base(tree.token(child).deprel) == "cop") return true;
  return false;
}

// "offered no proof", "nobody attacked": the act is denied by its argument.
bool negative_argument(const Tree& tree, int clause) {
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel != "obj" && rel != "nsubj") continue;
    const std::string& lemma = tree.lemma(child);
    if (lemma == "nobody" || lemma == "nothing" || lemma == "none" || lemma == "no-one")
      return true;
    for (int grand : tree.children(child))
      if (tree.token(grand).deprel == "det" && tree.lemma(grand) == "no") return true;
  }
  return false;
}

// What the auxiliaries and marks of one clause head say.
Reading clause_reading(const Tree& tree, int clause) {
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    const std::string& lemma = tree.lemma(child);
    std::string form = lower(tree.token(child).text);
    if (rel == "aux") {
      if (in_class(form, kFutureAux) || in_class(lemma, kFutureAux)) return Reading::kFuture;
      if (in_class(form, kHypotheticalAux) || in_class(lemma, kHypotheticalAux))
        return Reading::kHypothetical;
    }
    if (rel == "mark" && in_class(lemma, kConditionMarks)) return Reading::kHypothetical;
    // A hedge set off by punctuation ("Perhaps, he said, it could …") belongs
    // to the quoted words, not to the verb of saying.
    if (rel == "advmod" && in_class(lemma, kHedgeAdverbs) && !punct_between(tree, child, clause))
      return Reading::kHypothetical;
    if (rel == "advmod" && in_class(lemma, kHabitAdverbs) && simple_present(tree, clause))
      return Reading::kGeneric;
    // "be going to attack", "is to meet": future by construction.
    if (rel == "aux" && lemma == "to" && tree.head(clause) >= 0 &&
        tree.lemma(tree.head(clause)) == "go")
      return Reading::kFuture;
  }
  if (habitual_frame(tree, clause)) return Reading::kGeneric;  // habitual_frame.h
  return Reading::kNone;
}

bool in_question(const Tree& tree, int predicate) {
  const auto& tokens = tree.sentence().tokens;
  if (tokens.empty() || tokens.back().text != "?") return false;
  // Only the main clause (and what it governs) is asked; a question quoted
  // inside a statement still ends the sentence, so require the root path.
  int root = predicate;
  for (int depth = 0; depth < 8 && tree.head(root) >= 0; ++depth) root = tree.head(root);
  return tree.token(root).upos == "VERB" || tree.token(root).upos == "AUX";
}

bool has_mark(const Tree& tree, int clause, std::initializer_list<std::string_view> marks) {
  for (int child : tree.children(clause))
    if (Tree::base(tree.token(child).deprel) == "mark" &&
        std::find(marks.begin(), marks.end(), tree.lemma(child)) != marks.end())
      return true;
  return false;
}

// The bare form of a demand's content ("that he resign"); a plural subject's
// present tense looks the same ("that companies report"), which only a verb
// that cannot state a fact ("require", not "insist") reads as one.
bool bare_form(const Tree& tree, int clause, bool plural_present) {
  const std::string& xpos = tree.token(clause).xpos;
  return xpos == "VB" || (plural_present && xpos == "VBP");
}

// What the relation of `clause` to its governor `up` says; `climb` is set
// when, if it says nothing, the governor's own governors decide (a
// conjunct, an xcomp).
Reading step_up(const Tree& tree, int clause, int up, bool* climb) {
  *climb = false;
  std::string_view rel = Tree::base(tree.token(clause).deprel);
  const std::string& up_lemma = tree.lemma(up);
  const std::string& up_pos = tree.token(up).upos;
  if (rel == "xcomp" || (rel == "advcl" && up_pos == "ADJ")) {
    if (up_pos == "ADJ" || up_pos == "NOUN") return Reading::kHypothetical;  // "hard to beat"
    if (in_class(up_lemma, kIntentVerbs) || in_class(up_lemma, kRequestVerbs))
      return Reading::kIntended;
    if (in_class(up_lemma, kSeemVerbs)) return Reading::kHypothetical;  // "appears to be helping"
    *climb = true;
    return clause_reading(tree, up);
  }
  if (rel == "ccomp" || rel == "csubj") {
    if (in_class(up_lemma, kDenyVerbs) || tree.is_negated(up)) return Reading::kDenied;
    // A quotation mark between them: '"I think …," he said' is the
    // attribution the parser hung on the quoted verb, not its complement.
    bool quoted = punct_between(tree, up, clause, true);
    if (rel == "ccomp" && in_class(up_lemma, kBeliefVerbs) && !quoted)
      return Reading::kHypothetical;
    if (rel == "ccomp" && in_class(up_lemma, kAskVerbs) && !quoted) return Reading::kQuestion;
    if (rel == "ccomp" && in_class(up_lemma, kMandativeVerbs) && !quoted &&
        bare_form(tree, clause, up_lemma != "insist") &&
        clause_reading(tree, clause) == Reading::kNone)
      return Reading::kIntended;
    return Reading::kNone;  // a reported clause keeps its own tense ("said it will")
  }
  if (rel == "advcl") {
    // "went so far as to claim": a clause on a degree adverb says how far
    // the governing act went; it is as real as that act.
    if (up_pos == "ADV" && Tree::base(tree.token(up).deprel) == "advmod" && tree.head(up) >= 0)
      return clause_reading(tree, tree.head(up));
    // "… in order to defend X", "… to punish Y": a purpose, not a deed.
    if (clause_reading(tree, clause) == Reading::kHypothetical) return Reading::kHypothetical;
    if (has_mark(tree, clause, {"to", "so"})) return Reading::kIntended;
    if (grounds_clause(tree, clause)) return Reading::kGeneric;
    // "would win by attacking X": the manner of an open act is open too;
    // "the council has two ways to stop it: by filing a suit": the manner
    // of a state in the present is a way it can be done, not a deed.
    if (bare_participle(tree, clause)) {
      const Reading governor = clause_reading(tree, up);
      if (governor == Reading::kNone && simple_present(tree, up) &&
          (tree.lemma(up) == "have" || tree.lemma(up) == "be"))
        return Reading::kGeneric;
      *climb = true;
      return governor;
    }
    return Reading::kNone;
  }
  if (rel == "conj") {
    *climb = true;
    return clause_reading(tree, up);
  }
  if (tree.token(clause).deprel == "acl:relcl") {
    // "it is not something she says": a clause on a denied noun;
    // "everything he says": a clause that describes what he does.
    if (tree.is_negated(up)) return Reading::kDenied;
    if (in_class(up_lemma, kFreeRelativeHeads) && simple_present(tree, clause))
      return Reading::kGeneric;
    return Reading::kNone;
  }
  if (descriptive_participle(tree, clause)) return Reading::kGeneric;
  // "should not be a condition for cooperating": the participle on a noun
  // that is itself the predicate shares that predicate's reading.
  if (rel == "acl" && up_pos == "NOUN" && bare_participle(tree, clause) && has_copula(tree, up)) {
    *climb = true;
    return clause_reading(tree, up);
  }
  // "the decision to attack", "plans for talks": a noun's complement.
  if (rel == "acl" && up_pos == "NOUN" && has_mark(tree, clause, {"to"})) return Reading::kIntended;
  return Reading::kNone;
}

// Subordinators of a clause that a governing frame does not reach: its act is
// told as a fact whatever the frame ("may hold off while Rohan negotiates",
// "could not answer because Rohan had asked", "as the police said").
constexpr std::array<std::string_view, 13> kFactiveMarks = {
    "because", "since", "as",   "while", "although", "though", "after",
    "before",  "now",   "once", "until", "when",     "whereas"};
// Verbs whose complement is taken as true under any frame ("if he admits
// that they attacked" still says they attacked).
constexpr std::array<std::string_view, 8> kFactiveVerbs = {
    "admit", "acknowledge", "confirm", "reveal", "learn", "know", "realize", "regret"};
// Determiners and pronouns of an open, unspecified noun: a relative clause on
// one ("a group that attacks", "anyone who attacked") is no particular act, so
// a frame over the noun reaches it; one on "the rival who attacked" is told.
constexpr std::array<std::string_view, 6> kOpenDeterminers = {"a",    "an",      "any",
                                                              "some", "another", "no"};
constexpr std::array<std::string_view, 6> kOpenPronouns = {"anyone",   "anybody", "someone",
                                                           "somebody", "whoever", "anything"};
// Verbs whose object is only pictured ("imagine a guild that attacked …").
constexpr std::array<std::string_view, 4> kPictureVerbs = {"imagine", "suppose", "picture",
                                                           "envision"};

bool open_noun(const Tree& tree, int noun) {
  if (in_class(tree.lemma(noun), kOpenPronouns)) return true;
  for (int child : tree.children(noun))
    if (tree.token(child).deprel == "det" && in_class(tree.lemma(child), kOpenDeterminers))
      return true;
  return false;
}

// "such as cracking down": an example of its governor, not a fact beside it.
bool such_as(const Tree& tree, int mark) {
  return mark > 0 && tree.lemma(mark) == "as" && tree.lemma(mark - 1) == "such";
}

// Whether a frame on `up` (a condition, a question, a denial, an aim) reaches
// its dependent `clause`: not a parenthetical or an attribution hung on it
// ("…, the aide said"), not a clause of a factive subordinator or verb, not a
// relative clause on a particular noun, not a conjunct with its own subject
// or tense.
bool frame_reaches(const Tree& tree, int clause, int up) {
  const std::string_view rel = Tree::base(tree.token(clause).deprel);
  if (rel == "parataxis" || rel == "appos" || rel == "list" || rel == "dep" || rel == "root")
    return false;
  // A quotation mark between them: the attribution of a quote, or a quoted
  // part, is not in the frame of the words around it.
  if (punct_between(tree, clause, up, true)) return false;
  for (int child : tree.children(clause)) {
    const std::string_view child_rel = Tree::base(tree.token(child).deprel);
    const bool subordinator =
        child_rel == "mark" || (child_rel == "advmod" && tree.token(child).xpos == "WRB");
    if (subordinator && in_class(tree.lemma(child), kFactiveMarks) && !such_as(tree, child))
      return false;
  }
  if (rel == "ccomp" && in_class(tree.lemma(up), kFactiveVerbs)) return false;
  // An adverbial clause with neither a mark nor the form of a manner or an
  // aim: mostly an attribution the parser hung on the quoted verb.
  if (rel == "advcl" && tree.token(clause).xpos != "VBG" && !tree.has_dependent(clause, {"mark"}))
    return false;
  if (tree.token(clause).deprel == "acl:relcl") return open_noun(tree, up);
  if (rel == "conj") {
    if (tree.has_dependent(clause, {"nsubj", "aux"}) ||
        tree.token(clause).xpos != tree.token(up).xpos)
      return false;
    for (int child : tree.children(clause))
      if (Tree::base(tree.token(child).deprel) == "cc" &&
          (tree.lemma(child) == "but" || tree.lemma(child) == "yet"))
        return false;
  }
  // A noun passes a frame on only when it is open ("had a group that …");
  // "could stop the bombing" does not make the bombing untold.
  if (rel == "obj" || rel == "obl" || rel == "nsubj" || rel == "iobj" || rel == "nmod")
    return open_noun(tree, clause);
  return true;
}

// The frame `up` sets over its dependent `clause` (which it reaches): a
// condition, a modal, a negation, a pictured object or an aim.
Reading frame_of(const Tree& tree, int clause, int up) {
  const std::string_view rel = Tree::base(tree.token(clause).deprel);
  if (has_mark(tree, up, {"if", "unless", "lest", "whether"})) return Reading::kHypothetical;
  if ((rel == "obj" || rel == "ccomp") && in_class(tree.lemma(up), kPictureVerbs))
    return Reading::kHypothetical;
  // A reported clause keeps its own tense ("could say that they attacked"
  // is read by the saying only when nothing else frames it).
  if (rel != "ccomp" && clause_reading(tree, up) == Reading::kHypothetical)
    return Reading::kHypothetical;
  // "is not in the habit of backing", "did not try to attack or expel":
  // a negation reaches what hangs on the negated verb or noun directly.
  const bool participle =
      tree.token(clause).xpos == "VBG" && tree.token(clause).deprel != "acl:relcl";
  const bool direct =
      rel == "xcomp" || rel == "conj" || ((rel == "acl" || rel == "advcl") && participle);
  if (direct && tree.is_negated(up)) return Reading::kDenied;
  // "proposed new limits, such as cracking down", "plans a ban on …".
  if ((rel == "obj" || rel == "advcl") && in_class(tree.lemma(up), kIntentVerbs))
    return Reading::kIntended;
  return Reading::kNone;
}

// An act inside a frame reached through any depth of embedding (a relative
// clause on an open noun, a complement, a conjunct, a participle): "if you
// had a guild that went around burning farms" (hypothetical), "asked
// whether the envoy who met them had lied" (question). Only the frames that
// leave an act untold are inherited (not future, generic or historical).
Reading inherited_frame(const Tree& tree, int predicate) {
  int clause = predicate;
  for (int depth = 0; depth < 10; ++depth) {
    const int up = tree.head(clause);
    if (up < 0 || !frame_reaches(tree, clause, up)) return Reading::kNone;
    bool climb = false;
    Reading found = step_up(tree, clause, up, &climb);
    if (found != Reading::kHypothetical && found != Reading::kIntended &&
        found != Reading::kDenied && found != Reading::kQuestion)
      found = frame_of(tree, clause, up);
    if (found != Reading::kNone) return found;
    clause = up;
  }
  return Reading::kNone;
}

// A past act: a verb in the simple past or the past perfect.
bool past_act(const Tree& tree, int clause) {
  if (tree.token(clause).xpos == "VBD") return true;
  for (int child : tree.children(clause))
    if (Tree::base(tree.token(child).deprel) == "aux" && tree.lemma(child) == "have" &&
        tree.token(child).xpos == "VBD")
      return true;
  return false;
}

// "two years ago", "decades ago", "years ago", "months ago", "several weeks
// ago": before the story's period (a year, a month or two weeks ago may still
// be news).
bool long_ago(const Tree& tree, int ago) {
  int unit = -1;
  for (int child : tree.children(ago))
    if (tree.token(child).upos == "NOUN") unit = child;
  if (unit < 0 && tree.head(ago) >= 0 && tree.token(tree.head(ago)).upos == "NOUN")
    unit = tree.head(ago);  // parsed the other way round: "years" governs "ago"
  if (unit < 0) return false;
  const std::string& lemma = tree.lemma(unit);
  if (in_class(lemma, kLongUnits)) return true;
  if (lemma == "month") return tree.token(unit).xpos == "NNS";  // "two months ago"
  if (lemma != "year" && lemma != "week") return false;
  // Weeks: more than two of them ("several weeks ago", "three weeks ago");
  // the story's period is about a week, and "two weeks ago" stays news.
  const bool weeks = lemma == "week";
  for (int child : tree.children(unit)) {
    if (Tree::base(tree.token(child).deprel) != "nummod") continue;
    const std::string word = lower(tree.token(child).text);
    if (word == "1" || word == "one" || word == "a") return false;
    // "a few weeks ago" is as near as two.
    return !weeks || (word != "2" && word != "two" && word != "few");
  }
  return tree.token(unit).xpos == "NNS";  // "years ago", "many years ago", "several weeks ago"
}

// "once again", "once more": a repetition now, not a time long past.
bool once_more(const Tree& tree, int adverb) {
  const auto& tokens = tree.sentence().tokens;
  const size_t next = static_cast<size_t>(adverb) + 1;
  if (next >= tokens.size()) return false;
  const std::string word = lower(tokens[next].text);
  return word == "again" || word == "more";
}

// "in the past" on its own (not "in the past two weeks"): before the news.
bool in_the_past(const Tree& tree, int noun) {
  if (tree.lemma(noun) != "past" || !tree.has_case(noun, {"in"})) return false;
  for (int child : tree.children(noun)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel != "case" && rel != "det") return false;
  }
  return true;
}

// "a few weeks earlier", "three months before": an act set by a span of
// weeks or more back from a time of the story. ("two years later" is left to
// the time stage, which dates it from the story's last year.)
bool span_earlier(const Tree& tree, int adverb) {
  const std::string word = lower(tree.token(adverb).text);  // "earlier" has the lemma "early"
  if (word != "earlier" && word != "before") return false;
  int unit = -1;
  for (int child : tree.children(adverb))
    if (tree.token(child).upos == "NOUN") unit = child;
  if (unit < 0 && tree.head(adverb) >= 0 && tree.token(tree.head(adverb)).upos == "NOUN")
    unit = tree.head(adverb);  // "weeks" governs "earlier"
  if (unit < 0) return false;
  return in_class(tree.lemma(unit), kEarlierUnits);
}

// "at the time" on its own (not "at the time of writing"): the time of an
// earlier act the story has told.
bool at_the_time(const Tree& tree, int noun) {
  if (tree.lemma(noun) != "time" || !tree.has_case(noun, {"at"})) return false;
  bool the = false;
  for (int child : tree.children(noun)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "det")
      the = tree.lemma(child) == "the";
    else if (rel != "case")
      return false;
  }
  return the;
}

// "he said then", "she told reporters then.": "then" right after a verb of
// saying or closing its clause dates the statement back; it is often hung on
// the complement ("said then that …"), and "then" before a verb is a next step.
bool said_then(const Tree& tree, int clause) {
  if (!in_class(tree.lemma(clause), kThenSpeechVerbs)) return false;
  const auto& tokens = tree.sentence().tokens;
  for (size_t i = static_cast<size_t>(clause) + 1; i + 1 < tokens.size(); ++i) {
    if (lower(tokens[i].text) != "then" || tokens[i].deprel != "advmod") continue;
    const Token& next = tokens[i + 1];
    const bool closes = next.upos == "PUNCT" || lower(next.text) == "that";
    const bool right_after = i == static_cast<size_t>(clause) + 1;
    return closes && (right_after || tree.head(static_cast<int>(i)) == clause);
  }
  return false;
}

// "she has long said", "he has long opposed": a stance held over years,
// not an act of the news.
bool has_long(const Tree& tree, int clause) {
  if (tree.token(clause).xpos != "VBN") return false;
  bool perfect = false, long_ = false;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    const std::string form = lower(tree.token(child).text);
    if (rel == "aux" && (form == "has" || form == "have" || form == "'s" || form == "'ve"))
      perfect = true;
    if (rel == "advmod" && form == "long" && child < clause) long_ = true;
  }
  return perfect && long_;
}

// "when she was foreign minister", "while he served as governor": a state
// of the subject then, in the past, that no longer holds for the news.
bool former_state_clause(const Tree& tree, int clause) {
  if (Tree::base(tree.token(clause).deprel) != "advcl") return false;
  bool mark = false;
  for (int child : tree.children(clause))
    mark = mark || (Tree::base(tree.token(child).deprel) == "mark" &&
                    in_class(tree.lemma(child), kWhenMarks));
  if (!mark) return false;
  const Token& head = tree.token(clause);
  if (head.upos == "NOUN" || head.upos == "PROPN") {
    for (int child : tree.children(clause))
      if (Tree::base(tree.token(child).deprel) == "cop" && tree.token(child).xpos == "VBD")
        return true;
    return false;
  }
  return tree.lemma(clause) == "serve" && head.xpos == "VBD";
}

// Background history told in passing: a past act that its own clause places
// well before the news ("once described", "three years ago", "in the past",
// "when she was governor"). The dates the time stage resolves are checked
// after dating (pipeline/historical.cc).
bool historical_clause(const Tree& tree, int clause) {
  if (has_long(tree, clause)) return true;
  if (!past_act(tree, clause)) return false;
  if (said_then(tree, clause)) return true;
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    const std::string& lemma = tree.lemma(child);
    if (rel == "advmod" && span_earlier(tree, child)) return true;
    if (rel == "obl" && at_the_time(tree, child)) return true;
    // "three weeks earlier" parsed with the unit on the verb.
    if ((rel == "obl" || rel == "nmod") && tree.token(child).upos == "NOUN")
      for (int grand : tree.children(child))
        if (Tree::base(tree.token(grand).deprel) == "advmod" && span_earlier(tree, grand))
          return true;
    if (rel == "advmod" && in_class(lemma, kFormerlyAdverbs) && child < clause &&
        !once_more(tree, child))
      return true;
    if (lemma == "ago" && long_ago(tree, child)) return true;
    if ((rel == "obl" || rel == "nmod") && in_the_past(tree, child)) return true;
    if (rel == "obl" || rel == "nmod")
      for (int grand : tree.children(child))
        if (tree.lemma(grand) == "ago" && long_ago(tree, grand)) return true;
    if (former_state_clause(tree, child)) return true;
  }
  return false;
}

// "Gondor said it would open the border": after a past-tense verb of saying,
// "would" is the reported "will" (the sequence of tenses), not a condition,
// when no other modal, adverb or condition makes it hypothetical.
bool backshifted_would(const Tree& tree, int predicate, int speech) {
  if (speech < 0 || tree.token(speech).xpos != "VBD" || tree.is_negated(predicate)) return false;
  bool would = false;
  for (int child : tree.children(predicate)) {
    const Token& c = tree.token(child);
    const std::string form = lower(c.text);
    if (Tree::base(c.deprel) == "aux" && c.xpos == "MD") {
      if (form != "would" && form != "'d") return false;
      would = true;
    }
    if (c.deprel == "advmod" && c.upos == "ADV" && form != "not" && form != "also") return false;
    if (Tree::base(c.deprel) == "advcl")
      for (int mark : tree.children(child))
        if (Tree::base(tree.token(mark).deprel) == "mark" &&
            in_class(tree.lemma(mark), kConditionMarks))
          return false;
  }
  return would;
}

const char* name(Reading reading) {
  switch (reading) {
    case Reading::kFuture:
      return "future";
    case Reading::kHypothetical:
      return "hypothetical";
    case Reading::kIntended:
      return "intended";
    case Reading::kDenied:
      return "denied";
    case Reading::kQuestion:
      return "question";
    case Reading::kGeneric:
      return "generic";
    case Reading::kHistorical:
      return "historical";
    case Reading::kNone:
      break;
  }
  return "asserted";
}

// The verb or adjective that gives the noun event `noun` as the grounds or
// the topic of its own act, or refers to it as known; -1 when there is none.
int referring_predicate(const Tree& tree, int noun) {
  if (tree.token(noun).upos != "NOUN") return -1;
  // "her support of the war and her vote for it": the first conjunct decides.
  if (tree.token(noun).deprel == "conj" && tree.head(noun) >= 0 &&
      tree.token(tree.head(noun)).upos == "NOUN")
    noun = tree.head(noun);
  const int up = tree.head(noun);
  if (up < 0) return -1;
  const std::string& up_pos = tree.token(up).upos;
  if (up_pos != "VERB" && up_pos != "ADJ") return -1;
  const std::string_view rel = Tree::base(tree.token(noun).deprel);
  if (rel != "obj" && rel != "obl") return -1;
  if (in_class(tree.lemma(up), kReferVerbs)) return up;
  if (rel != "obl" || in_class(tree.lemma(up), kOwnActAdjectives)) return -1;
  for (int child : tree.children(noun))
    if (Tree::base(tree.token(child).deprel) == "case" &&
        in_class(tree.lemma(child), kGroundsCases))
      return up;
  return -1;
}

}  // namespace

// A noun event given as the grounds or the topic of another act, or
// referred to by it, names an act the story takes as known; it does not tell
// one.
bool referred_act(const Tree& tree, int noun) {
  return referring_predicate(tree, noun) >= 0;
}

std::string event_modality(const Tree& tree, int predicate, bool negated, int speech) {
  if (negated || negative_argument(tree, predicate)) return "denied";
  Reading found = clause_reading(tree, predicate);
  if (found == Reading::kNone && free_relative(tree, predicate)) found = Reading::kGeneric;
  // A named act under an act still open keeps that act's reading ("will cite
  // its support for …" is future); one denied is still named ("did not blame
  // her for the raid").
  if (int up = found == Reading::kNone ? referring_predicate(tree, predicate) : -1; up >= 0) {
    std::string governor = event_modality(tree, up, false, speech);
    return governor == "future" || governor == "hypothetical" || governor == "intended" ||
                   governor == "question"
               ? governor
               : "generic";
  }
  // Climb through the clauses that govern this one.
  int clause = predicate;
  for (int depth = 0; found == Reading::kNone && depth < 6; ++depth) {
    int up = tree.head(clause);
    if (up < 0) break;
    bool climb = false;
    found = step_up(tree, clause, up, &climb);
    if (!climb) break;
    clause = up;
  }
  if (found == Reading::kNone) found = inherited_frame(tree, predicate);
  if (found == Reading::kNone && in_question(tree, predicate)) found = Reading::kQuestion;
  if (found == Reading::kNone && historical_clause(tree, predicate)) found = Reading::kHistorical;
  if (found == Reading::kHypothetical && backshifted_would(tree, predicate, speech))
    found = Reading::kFuture;
  return name(found);
}

std::string_view mandate_of(const Tree& tree, int verb, int clause) {
  const std::string& lemma = tree.lemma(verb);
  if (tree.head(clause) != verb || Tree::base(tree.token(clause).deprel) != "ccomp" ||
      !in_class(lemma, kMandativeVerbs) || !bare_form(tree, clause, lemma != "insist"))
    return "";
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    if (rel == "aux" || rel == "cop") return "";  // "must withdraw" is read by its modal
  }
  const bool appeal =
      lemma == "request" || lemma == "urge" || lemma == "recommend" || lemma == "propose";
  return appeal ? "appeal" : "demand";
}

}  // namespace eventwire::events
