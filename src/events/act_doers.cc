// Disapproval aimed at an act is aimed at whoever did it (docs/events.md,
// "The doer of a criticized act"): "Rohan condemned the test" after
// "Mordor's nuclear test" is Rohan -> Mordor, as CAMEO codes it.

#include <string>
#include <vector>

#include "events/mentions.h"
#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// How far back an earlier mention of the act may be: a news story.
constexpr int kDoerWindow = 40;  // sentences

// A noun one of whose two commonest WordNet senses is a deed or a thing said
// or thought out (test, decision, request, plan), not a right or a tax.
bool names_an_act(std::string_view lemma) {
  std::vector<std::string> classes = SenseRestrictions::get().classes(lemma);
  for (size_t k = 0; k < classes.size() && k < 2; ++k)
    if (classes[k] == "act" || classes[k] == "event" || classes[k] == "communication" ||
        classes[k] == "cognition")
      return true;
  return false;
}

bool names_doer(const Sentence& sentence, int noun, int child) {
  const Token& t = sentence.tokens[static_cast<size_t>(child)];
  if (t.head != noun + 1) return false;
  if (t.deprel == "nmod:poss" || t.deprel == "amod" || t.deprel == "compound") return true;
  if (Tree::base(t.deprel) != "nmod") return false;
  for (size_t k = 0; k < sentence.tokens.size(); ++k)  // "the test by Mordor"
    if (sentence.tokens[k].head == child + 1 && sentence.tokens[k].deprel == "case" &&
        lower_ascii(sentence.tokens[k].text) == "by")
      return true;
  return false;
}

}  // namespace

// The coded possessor, national modifier or by-agent of one mention of a noun.
const Entity* SentenceCoder::doer_named_on(const Sentence& sentence, int sentence_index,
                                           int noun) const {
  for (int child = 0; child < static_cast<int>(sentence.tokens.size()); ++child) {
    if (!names_doer(sentence, noun, child)) continue;
    const Entity* doer = entity_at(doc_, sentence_index, child);
    if (doer && !doer->actor_code.empty() && !doer->actor_code.starts_with("---")) return doer;
  }
  return nullptr;
}

std::optional<Actor> SentenceCoder::doer_of_act(int head, const std::vector<Actor>& sources) const {
  const Token& act = tree_.token(head);
  if (act.upos != "NOUN") return std::nullopt;
  const std::string lemma = lower_ascii(act.lemma);
  if (!names_an_act(lemma)) return std::nullopt;
  for (int s = s_; s >= 0 && s >= s_ - kDoerWindow; --s) {
    const Sentence& sentence = s == s_ ? tree_.sentence() : doc_.sentences[static_cast<size_t>(s)];
    int end = s == s_ ? head : static_cast<int>(sentence.tokens.size());
    for (int i = end - 1; i >= 0; --i) {
      const Token& t = sentence.tokens[static_cast<size_t>(i)];
      if (t.upos != "NOUN" || lower_ascii(t.lemma) != lemma) continue;
      const Entity* doer = doer_named_on(sentence, s, i);
      if (!doer) continue;
      // One's own act ("defended its decision") makes no target.
      for (const Actor& source : sources)
        if (source.entity == doer->id || source.code == doer->actor_code) return std::nullopt;
      Actor actor = resolve(head);
      actor.code = doer->actor_code;
      actor.entity = doer->id;
      actor.how = "doer of the " + lemma + " named in sentence " + std::to_string(s + 1);
      return actor;
    }
  }
  return std::nullopt;
}

}  // namespace eventwire::events
