#include "events/modality.h"

#include <array>
#include <string_view>

namespace eventwire::events {
namespace {

template <size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words)
    if (w == word) return true;
  return false;
}

constexpr std::array<std::string_view, 4> kFutureAux = {"will", "shall", "'ll", "wo"};
constexpr std::array<std::string_view, 7> kHypotheticalAux = {"would",  "could", "might", "may",
                                                              "should", "must",  "ought"};
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
// Verbs whose complement is said not to have happened.
constexpr std::array<std::string_view, 4> kDenyVerbs = {"deny", "reject", "dismiss", "refute"};
constexpr std::array<std::string_view, 4> kConditionMarks = {"if", "unless", "whether", "lest"};

enum class Reading { kNone, kFuture, kHypothetical, kIntended, kDenied, kQuestion };

// What the auxiliaries and marks of one clause head say.
Reading clause_reading(const Tree& tree, int clause) {
  for (int child : tree.children(clause)) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    const std::string& lemma = tree.lemma(child);
    std::string form = tree.token(child).text;
    for (char& c : form) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (rel == "aux") {
      if (one_of(form, kFutureAux) || one_of(lemma, kFutureAux)) return Reading::kFuture;
      if (one_of(form, kHypotheticalAux) || one_of(lemma, kHypotheticalAux))
        return Reading::kHypothetical;
    }
    if (rel == "mark" && one_of(lemma, kConditionMarks)) return Reading::kHypothetical;
    // "be going to attack", "is to meet": future by construction.
    if (rel == "aux" && lemma == "to" && tree.head(clause) >= 0 &&
        tree.lemma(tree.head(clause)) == "go")
      return Reading::kFuture;
  }
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

}  // namespace

std::string event_modality(const Tree& tree, int predicate, bool negated) {
  if (negated) return "denied";
  Reading found = clause_reading(tree, predicate);
  // Climb through the clauses that govern this one.
  int clause = predicate;
  for (int depth = 0; found == Reading::kNone && depth < 6; ++depth) {
    int up = tree.head(clause);
    if (up < 0) break;
    std::string_view rel = Tree::base(tree.token(clause).deprel);
    const std::string& up_lemma = tree.lemma(up);
    const std::string& up_pos = tree.token(up).upos;
    if (rel == "xcomp" || (rel == "advcl" && up_pos == "ADJ")) {
      if (up_pos == "ADJ" || up_pos == "NOUN")
        found = Reading::kHypothetical;  // "hard to beat"
      else if (one_of(up_lemma, kIntentVerbs) || one_of(up_lemma, kRequestVerbs))
        found = Reading::kIntended;
      else if (Reading r = clause_reading(tree, up); r != Reading::kNone)
        found = r;
    } else if (rel == "ccomp" || rel == "csubj") {
      if (one_of(up_lemma, kDenyVerbs))
        found = Reading::kDenied;
      else if (tree.is_negated(up))
        found = Reading::kDenied;
      break;  // a reported clause keeps its own tense ("said it will") as read above
    } else if (rel == "advcl") {
      // "went so far as to say": a clause on a degree adverb says how far
      // the governing act went; it is as real as that act.
      if (up_pos == "ADV" && Tree::base(tree.token(up).deprel) == "advmod" && tree.head(up) >= 0) {
        found = clause_reading(tree, tree.head(up));
        break;
      }
      // "… in order to defend X", "… to punish Y": a purpose, not a deed.
      for (int child : tree.children(clause))
        if (Tree::base(tree.token(child).deprel) == "mark" &&
            (tree.lemma(child) == "to" || tree.lemma(child) == "so"))
          found = Reading::kIntended;
      if (clause_reading(tree, clause) == Reading::kHypothetical) found = Reading::kHypothetical;
      break;
    } else if (rel == "conj") {
      found = clause_reading(tree, up);
    } else if (rel == "acl" || rel == "nmod" || rel == "obl") {
      // "the decision to attack", "plans for talks": a noun's complement.
      if ((rel == "acl" && tree.token(up).upos == "NOUN")) {
        for (int child : tree.children(clause))
          if (Tree::base(tree.token(child).deprel) == "mark" && tree.lemma(child) == "to")
            found = Reading::kIntended;
      }
      break;
    } else {
      break;
    }
    clause = up;
  }
  if (found == Reading::kNone && in_question(tree, predicate)) found = Reading::kQuestion;
  switch (found) {
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
    case Reading::kNone:
      break;
  }
  return "asserted";
}

}  // namespace eventwire::events
