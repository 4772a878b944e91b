// Navigation over one parsed Sentence: children lists, dependency paths of
// the event lexicon, subtrees and phrase spans.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/dict/lexicon.h"
#include "eventwire/document.h"

namespace eventwire::events {

class Tree {
 public:
  explicit Tree(const Sentence& sentence);

  const Sentence& sentence() const { return sentence_; }
  size_t size() const { return sentence_.tokens.size(); }
  const Token& token(int i) const { return sentence_.tokens[static_cast<size_t>(i)]; }
  // 0-based head index, -1 for the root.
  int head(int i) const { return token(i).head - 1; }
  // The dependents of i in sentence order.
  std::span<const int> children(int i) const {
    size_t k = static_cast<size_t>(i);
    return {child_list_.data() + child_start_[k], child_list_.data() + child_start_[k + 1]};
  }
  // "obl:with" → "obl"
  static std::string_view base(std::string_view deprel) {
    size_t n = 0;  // a plain loop: deprels are short, and it inlines
    while (n < deprel.size() && deprel[n] != ':') ++n;
    return {deprel.data(), n};
  }
  // Lower-case lemma (the lower-cased form when none), computed once per tree.
  const std::string& lemma(int i) const { return lemmas_[static_cast<size_t>(i)]; }

  // Does `child` of some node satisfy one lexicon step? Either the deprel
  // subtype equals the step's sub ("nsubj:pass"), or the child has a case or
  // mark dependent with that lemma ("obl:with").
  bool step_matches(int child, const dict::DepStep& step) const;
  // "all of the resources" → "resources": a quantity word heading an nmod:of
  // stands aside for it (as object or subject), otherwise `node` itself.
  int through_quantity(int node) const;
  // All nodes reached from `from` by following `path`; objects and subjects
  // are looked through quantity words (through_quantity).
  std::vector<int> follow(int from, const dict::DepPath& path) const;
  // Whether `node` has a case dependent ("with" in "with rockets") whose
  // lemma is one of `lemmas`.
  bool has_case(int node, std::initializer_list<std::string_view> lemmas) const;
  // Whether `node` has a dependent whose base relation is one of `rels`
  // ("nsubj": a clause with a subject of its own).
  bool has_dependent(int node, std::initializer_list<std::string_view> rels) const;
  bool is_passive(int predicate) const;
  bool is_negated(int predicate) const;

  // The tokens of a noun phrase headed by `head`: its subtree without clauses
  // (relative clauses, acl, advcl), conjuncts and appositions, trimmed of
  // punctuation and case markers ("with", "of") at the edges.
  std::pair<int, int> phrase(int head) const;  // [first, last] inclusive

 private:
  void collect(int node, int head_of_phrase, std::vector<int>& out) const;
  const Sentence& sentence_;
  std::vector<size_t>
      child_start_;  // children of i: child_list_[child_start_[i], child_start_[i + 1])
  std::vector<int> child_list_;
  std::vector<std::string> lemmas_;
};

// Regular base forms a written verb form may have, for forms the lemmatizer
// got wrong: "boycotted" → boycott, "carried" → carry, "expelled" → expel.
std::vector<std::string> regular_stems(const std::string& form);

// "Gondor presented evidence against Mordor", "the UNSC imposed sanctions on
// X": in a sentence with no subject anywhere (a headline, a misparse), a past
// form the tagger read as a modifier of the noun after it (amod), with a noun
// before it in that noun's phrase, is the verb: returned is a copy of the
// parse with that word as the clause's head, the noun before it its subject
// and the noun after it its object. `is_verb` says whether a lemma or stem
// has verb entries. nullopt when the sentence is not so. One word per
// sentence, the first that fits.
std::optional<Sentence> repair_modifier_verb(
    const Sentence& sentence, const std::function<bool(const std::string&)>& is_verb);

// "Gondor's raids killed 20 fighters and destroyed two depots, an envoy told
// reporters": a report closing the sentence took the main verb's object as a
// second subject, and the verbs conjoined to it. A verb of speech (`is_speech`)
// under the main verb, with two subjects of which the first stands between
// the main verb and it, gives that one back as the main verb's object and its
// conjoined verbs as the main verb's conjuncts: returned is the repaired
// copy, or nullopt when the sentence is not so.
std::optional<Sentence> repair_report_subject(
    const Sentence& sentence, const std::function<bool(const std::string&)>& is_speech);

// "Gondor envoy expelled from Rohan by police": a title's passive without its
// "was". A title whose root is a past form with a subject before it, no
// auxiliary and no object, and a "by" phrase after it in its clause (the
// parser may hang it on another noun: "from the site by police"), is read as
// the passive it is: returned is a copy with the subject as the passive
// subject and the "by" phrase as the verb's agent, or nullopt.
std::optional<Sentence> repair_title_passive(const Sentence& sentence);

}  // namespace eventwire::events
