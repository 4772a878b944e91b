// Nouns of intent, threat and refusal over a to-clause (docs/events.md, step
// 57): "Gondor announced plans to expel the envoys", "renewed its threat to
// impose sanctions on Rohan", "Gondor's refusal to free the captives" read the
// embedded act through the noun as "planned / threatened / refused to" read it
// through the verb; "has no plans to lift the sanctions" is a refusal.

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "events/intent.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

Governor noun_governor_kind(std::string_view lemma) {
  // Not "decision": a decision to act is mostly told once the act is done
  // ("the decision to recognize X": the recognition, not an intent to it).
  static constexpr std::string_view kIntentNouns[] = {
      "plan",  "intention",  "intent",    "pledge",      "promise",      "vow",
      "offer", "commitment", "readiness", "willingness", "determination"};
  for (std::string_view noun : kIntentNouns)
    if (lemma == noun) return Governor::kIntent;
  if (lemma == "threat" || lemma == "ultimatum") return Governor::kThreaten;
  if (lemma == "refusal") return Governor::kRefuse;
  return Governor::kNone;
}

// The noun of intent whose to-complement `clause` is; -1 otherwise (a
// relative clause or a participle on the noun is not its content). The
// parser often hangs the complement on the noun's verb instead ("expressed
// its willingness | to resume talks" as an advcl or xcomp of "expressed").
int SentenceCoder::governing_noun(int clause) const {
  bool to = false;
  for (int child : tree_.children(clause))
    to = to || (Tree::base(tree_.token(child).deprel) == "mark" && tree_.lemma(child) == "to");
  int head = tree_.head(clause);
  if (!to || head < 0) return -1;
  auto intent_noun = [&](int n) {
    return tree_.token(n).upos == "NOUN" && noun_governor_kind(tree_.lemma(n)) != Governor::kNone;
  };
  std::string_view rel = tree_.token(clause).deprel;
  if (rel == "acl") return intent_noun(head) ? head : -1;
  if (rel != "advcl" && rel != "xcomp") return -1;
  for (int child : tree_.children(head))
    if (Tree::base(tree_.token(child).deprel) == "obj" && child < clause && intent_noun(child) &&
        tree_.phrase(child).second + 1 == tree_.phrase(clause).first)
      return child;
  return -1;
}

// A verb's governing kind by lemma; a noun's by the noun lists above and an
// adjective of openness's as an intent (openness.cc), where a negated intent
// ("has no plans to", "is not open to talks") is a refusal and
// `*negation_read` says the negation made it one.
Governor SentenceCoder::embedding_kind(int governor, bool* negation_read) const {
  if (negation_read) *negation_read = false;
  const Token& token = tree_.token(governor);
  const std::string& lemma = tree_.lemma(governor);  // (lower case, the text where none)
  bool open = token.upos == "ADJ" && is_openness_adjective(lemma);
  if (token.upos != "NOUN" && !open) return governor_kind(lemma);
  Governor kind = open ? Governor::kIntent : noun_governor_kind(lemma);
  int support = tree_.head(governor);
  bool negated =
      tree_.is_negated(governor) ||
      (support >= 0 && tree_.token(governor).deprel == "obj" && tree_.is_negated(support));
  if (kind == Governor::kIntent && negated) {
    if (negation_read) *negation_read = true;
    return Governor::kRefuse;
  }
  return kind;
}

// Who holds the intent a noun names: a coded modifier of the noun
// ("Gondor's refusal", "the Gondor offer", "an offer from Gondor"), else the
// subject of a verb that makes or states it ("Gondor announced plans to …",
// "said it had no plans to …": kHolderOfClause); kNoHolder when the noun is
// another's act's object ("Rohan rejected the offer to …"), -1 when `clause`
// is no such complement.
int SentenceCoder::intent_holder(int clause) const {
  static constexpr std::string_view kGivingUp[] = {"drop",   "abandon",  "shelve",   "scrap",
                                                   "cancel", "suspend",  "withdraw", "end",
                                                   "freeze", "postpone", "reverse",  "deny"};
  static constexpr std::string_view kStating[] = {
      "have",   "make",   "unveil", "outline", "express",  "repeat", "renew", "reaffirm",
      "voice",  "signal", "issue",  "extend",  "present",  "put",    "lay",   "set",
      "submit", "table",  "float",  "deliver", "disclose", "publish"};
  auto one_of = [](const std::string& lemma, auto& list) {
    return std::find(std::begin(list), std::end(list), lemma) != std::end(list);
  };
  int noun = governing_noun(clause);
  if (noun < 0) return -1;
  int verb = tree_.head(noun);
  bool object = verb >= 0 && Tree::base(tree_.token(noun).deprel) == "obj";
  // "dropped its plans to …": an intent given up is held by no one.
  if (object && one_of(tree_.lemma(verb), kGivingUp)) return kNoHolder;
  // (In this order; "from" / "by" are the case words of a plain nmod.)
  for (std::string_view rel : {"nmod:poss", "amod", "compound", "nmod"})
    for (int child : tree_.children(noun)) {
      const std::string& own = tree_.token(child).deprel;
      bool match =
          rel == "nmod" ? own == "nmod" && tree_.has_case(child, {"from", "by"}) : own == rel;
      if (match && has_actor({child})) return child;
    }
  if (object && (is_speech_verb(tree_.lemma(verb)) || one_of(tree_.lemma(verb), kStating)))
    return kHolderOfClause;
  return kNoHolder;
}

}  // namespace eventwire::events
