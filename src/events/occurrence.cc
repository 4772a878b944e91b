// Noun events the sentence reports as happening with no doer named ("clashes
// broke out in the capital", "an explosion took place near the base", "there
// were protests in Gondor"): docs/events.md, step 39.

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// Verbs of happening: the members of WordNet 3.0's happen.v.01 (happen,
// occur, take place, go on, come about), erupt.v.01-02 (erupt, break out,
// flare up, burst out), explode.v.02 (explode, burst, go off) and the
// intransitive uses of the verbs of beginning and continuing (start.v.02,
// resume.v.01, continue.v.01: "protests resumed"). A particle or an object
// completes the phrasal ones.
struct HappenVerb {
  const char* lemma;
  const char* particle;  // compound:prt or obj lemma; empty when none
};

constexpr HappenVerb kHappenVerbs[] = {
    {"happen", ""},   {"occur", ""},    {"take", "place"}, {"go", "on"},     {"come", "about"},
    {"erupt", ""},    {"break", "out"}, {"flare", ""},     {"burst", "out"}, {"explode", ""},
    {"go", "off"},    {"detonate", ""}, {"begin", ""},     {"start", ""},    {"resume", ""},
    {"continue", ""}, {"recur", ""},    {"unfold", ""}};

}  // namespace

int SentenceCoder::occurrence_of(int noun) const {
  // "There were clashes": the noun is the clause with an expletive.
  for (int child : tree_.children(noun))
    if (tree_.token(child).deprel == "expl" && tree_.lemma(child) == "there") return noun;
  int verb = -1;
  std::string_view rel = tree_.token(noun).deprel;
  // "were killed during protests", "detained students amid clashes": what
  // another act was done during took place; the place may be the clause's.
  if ((Tree::base(rel) == "obl" || Tree::base(rel) == "nmod") && tree_.head(noun) >= 0)
    if (tree_.has_case(noun, {"during", "amid", "amidst"})) return tree_.head(noun);
  if (Tree::base(rel) == "nsubj" && rel != "nsubj:pass") {
    verb = tree_.head(noun);
  } else {
    // "clashes that broke out": a relative clause whose subject is the
    // relative pronoun.
    for (int child : tree_.children(noun)) {
      if (tree_.token(child).deprel != "acl:relcl") continue;
      for (int c : tree_.children(child))
        if (Tree::base(tree_.token(c).deprel) == "nsubj" && tree_.token(c).upos == "PRON")
          verb = child;
    }
  }
  if (verb < 0 || tree_.token(verb).upos != "VERB") return -1;
  const std::string& lemma = tree_.lemma(verb);
  for (const HappenVerb& h : kHappenVerbs) {
    if (lemma != h.lemma) continue;
    std::string_view particle = h.particle;
    bool has_object = false, completed = particle.empty();
    for (int c : tree_.children(verb)) {
      std::string_view crel = tree_.token(c).deprel;
      has_object = has_object || Tree::base(crel) == "obj";
      completed = completed || ((crel == "compound:prt" || Tree::base(crel) == "obj") &&
                                tree_.lemma(c) == particle);
    }
    // "took place" has its object; "the army started a war" is no happening.
    if (completed && (!has_object || !particle.empty())) return verb;
  }
  return -1;
}

// Protests and force (14, 15, 17–20) only: a reported happening of talks or
// aid without a party is rarely an event an analyst would code.
void SentenceCoder::occurred_source(int predicate, Reading& r) const {
  if (r.entry->pos != dict::LexiconEntry::Pos::kNoun || has_actor(r.sources)) return;
  int root = std::atoi(dict::cameo_root(r.code).c_str());
  if (root < 14 || root == 16) return;
  if (occurrence_of(predicate) < 0) return;
  r.sources.clear();
  r.options.occurred = true;
  r.pattern += " (happened: doer unnamed)";
}

// With no coded party of its own, the event happened to the place named in a
// locative phrase of the noun or of the verb that says it happened ("in
// Gondor", "on the streets of Gondor's capital").
void SentenceCoder::occurred_target(int predicate, Reading& r) const {
  if (!r.options.occurred || has_actor(r.targets)) return;
  for (int holder : {predicate, occurrence_of(predicate)}) {
    if (holder < 0) continue;
    for (int child : tree_.children(holder)) {
      std::string_view rel = Tree::base(tree_.token(child).deprel);
      if ((rel != "obl" && rel != "nmod") || is_temporal(child)) continue;
      if (!tree_.has_case(child, {"on"}) && !locative(child)) continue;
      if (!only_places(child)) continue;
      r.targets = {child};
      r.pattern += " (target: the place it happened in)";
      return;
    }
  }
}

}  // namespace eventwire::events
