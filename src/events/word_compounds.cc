// Noun events that modify another noun ("peacekeeping operations", "a
// mediation effort"), force on things, sums as money: docs/events.md, steps
// 50-53.

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "events/mentions.h"
#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

// The noun a noun event is compounded on, when that noun is not itself coded
// by the hand-written lexicon ("peacekeeping operations", "a mediation
// effort"; not "cease-fire agreement", whose agreement is its own event); -1
// otherwise.
int SentenceCoder::compound_head(int predicate) const {
  const Token& token = tree_.token(predicate);
  if (token.upos != "NOUN" || token.deprel != "compound") return -1;
  int head = tree_.head(predicate);
  if (head < 0 || tree_.token(head).upos != "NOUN") return -1;
  if (const dict::LexiconEntry* own = choose_entry(head, false); own && own->file == "events.lex")
    return -1;
  return head;
}

// A noun event compounded on a plain noun has its arguments on that noun:
// "Gondor troops took part in peacekeeping operations in Rohan" (the doer of
// the operations and their place), "Arnor launched a mediation effort
// between Gondor and Rohan" (the effort's doer and parties). Only when the
// event's own paths name no doer and the head gives both sides: with one
// side alone the other is guessed among the doer's own conjuncts.
void SentenceCoder::arguments_through_head(int predicate, Reading& r) const {
  if (r.entry->pos != dict::LexiconEntry::Pos::kNoun || has_actor(r.sources)) return;
  int head = compound_head(predicate);
  // "peacekeeping forces", "emergency teams": a noun naming an actor is no act.
  if (head < 0 || entity_at(doc_, s_, head)) return;
  auto others = [&](std::vector<int> found) {
    std::erase_if(found, [&](int n) { return n == predicate; });
    return found;
  };
  std::vector<int> sources = others(follow_any(head, r.entry->source, false));
  if (!has_actor(sources)) sources = support_verb_subject(head);
  if (!has_actor(sources)) return;
  std::vector<int> targets = r.targets;
  if (!has_actor(targets)) targets = others(follow_any(head, r.entry->target, false));
  // "peacekeeping operations in Gondor": done in the place the head is in.
  if (!has_actor(targets))
    for (int child : tree_.children(head))
      if (Tree::base(tree_.token(child).deprel) == "nmod" && locative(child) &&
          only_places(child)) {
        targets = {child};
        break;
      }
  if (!has_actor(targets)) return;
  r.sources = std::move(sources);
  r.targets = std::move(targets);
  r.inherited = true;
  r.options.occurred = false;
  r.pattern += " (arguments: the noun it modifies)";
}

// "a car bomb destroyed the mast", "militants torched two shops": force on
// a thing or on people the phrase names, as its object, is force, and a
// derived verb's bare default for it needs no coded target (other bare
// defaults do: CAMEO.2.0's broad readings of *return*, *suggest*, *allow*
// need the actor to be sure). Not an abstract object: "unleashed a flurry of
// tweets", "slapped tariffs on imports". A noun event's on / against phrase
// counts as its object (step 61), and there a proper noun too.
bool SentenceCoder::force_on_named_thing(int predicate, const Reading& r) const {
  static const char* const kConcrete[] = {"artifact", "location", "object",    "animal", "body",
                                          "plant",    "food",     "substance", "person", "group"};
  std::string root = dict::cameo_root(r.code);
  if (root != "18" && root != "19" && root != "20") return false;
  return std::any_of(r.targets.begin(), r.targets.end(), [&](int n) {
    std::string_view rel = tree_.token(n).deprel;
    // The noun a participle modifies ("a bus targeted by …") is its object.
    bool phrase = tree_.token(predicate).upos == "NOUN" && victim_phrase(n);
    bool object = phrase || (tree_.head(n) >= 0 && (rel == "obj" || rel == "nsubj:pass")) ||
                  tree_.head(predicate) == n;
    // "raids on Kelvale": an uncoded proper noun in the phrase is most often
    // a place the gazetteer lacks.
    if (phrase && tree_.token(n).upos == "PROPN") return true;
    if (!object || tree_.token(n).upos != "NOUN") return false;
    std::vector<std::string> classes = SenseRestrictions::get().classes(tree_.lemma(n));
    return !classes.empty() && std::any_of(std::begin(kConcrete), std::end(kConcrete),
                                           [&](const char* c) { return classes.front() == c; });
  });
}

// "gave $2 million to Rohan": a sum written with a currency sign is money
// wherever a frame names money.
bool SentenceCoder::money_sign(int node, const std::vector<std::string>& values) const {
  static const char* const kSigns[] = {"$", "US$", "\u20ac", "\u00a3", "\u00a5"};
  const std::string& text = tree_.token(node).text;
  if (std::none_of(std::begin(kSigns), std::end(kSigns), [&](const char* c) { return text == c; }))
    return false;
  return std::find(values.begin(), values.end(), "money") != values.end();
}

bool SentenceCoder::frame_names_object(const dict::LexiconEntry& entry) {
  for (const dict::LexiconConstraint& c : entry.constraints)
    for (const dict::DepPath& path : c.paths)
      if (!path.empty() && Tree::base(path.front().deprel) == "obj") return true;
  return false;
}

}  // namespace eventwire::events
