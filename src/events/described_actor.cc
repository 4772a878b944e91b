// A definite description as an event argument (docs/events.md, step 63):
// "the coalition struck Rohan" after "the Gondor-led coalition" is Gondor's
// act. The entities stage codes names and role words, not a group noun whose
// owner was said once and then left out, so the coder reads the description
// back to the nearest earlier mention of its head noun that said whose it is.
#include <string>
#include <vector>

#include "events/mentions.h"
#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

namespace {

// How far back the earlier mention may be: a news story's paragraphs.
constexpr int kDescriptionWindow = 20;  // sentences

bool is_definite_word(const std::string& w) {
  return w == "the" || w == "this" || w == "that" || w == "these" || w == "those";
}

// A noun one of whose three commonest WordNet senses is a group or a person
// ("coalition", "alliance", "militia"), or whose commonest is a top of the
// hierarchy ("group" itself): only those can be a party.
bool names_a_party(std::string_view lemma) {
  std::vector<std::string> classes = SenseRestrictions::get().classes(lemma);
  if (!classes.empty() && classes.front() == "Tops") return true;
  for (size_t k = 0; k < classes.size() && k < 3; ++k)
    if (classes[k] == "group" || classes[k] == "person") return true;
  return false;
}

// The noun and the words that say whose or which it is: its compounds,
// adjectives, flat names and possessor, with everything below them ("the
// Gondor-led coalition", "Rohan's alliance").
std::vector<int> own_words(const Sentence& sentence, int noun) {
  std::vector<int> out = {noun};
  const auto n = static_cast<int>(sentence.tokens.size());
  for (size_t k = 0; k < out.size(); ++k) {
    for (int child = 0; child < n; ++child) {
      const Token& t = sentence.tokens[static_cast<size_t>(child)];
      if (t.head != out[k] + 1) continue;
      std::string_view rel = Tree::base(t.deprel);
      bool modifier =
          rel == "compound" || rel == "amod" || rel == "flat" || t.deprel == "nmod:poss";
      // Below the noun itself only its modifiers; below a modifier anything
      // ("led" → "Gondor" in "Gondor-led").
      if (out[k] != noun || modifier) out.push_back(child);
    }
  }
  return out;
}

// The coded actor (with a country or a name: not a bare role) named by the
// noun's own words in sentence `s`, or null.
const Entity* named_in_words(const Document& doc, const Sentence& sentence, int s, int noun) {
  for (int k : own_words(sentence, noun)) {
    const Entity* e = entity_at(doc, s, k);
    if (e && !e->actor_code.empty() && !e->actor_code.starts_with("---")) return e;
  }
  return nullptr;
}

}  // namespace

bool SentenceCoder::described_earlier(int head, int first, Actor& actor) const {
  const Token& noun = tree_.token(head);
  if (noun.upos != "NOUN" || head < first) return false;
  bool definite = false;
  for (int child : tree_.children(head)) {
    const Token& t = tree_.token(child);
    if (t.deprel == "nmod:poss") return false;  // "their coalition": the owner is said
    if (Tree::base(t.deprel) == "det" && is_definite_word(lower_ascii(t.text))) definite = true;
  }
  const std::string lemma = lower_ascii(noun.lemma);
  if (!definite || !names_a_party(lemma)) return false;
  for (int s = s_; s >= 0 && s >= s_ - kDescriptionWindow; --s) {
    const Sentence& sentence = s == s_ ? tree_.sentence() : doc_.sentences[static_cast<size_t>(s)];
    int end = s == s_ ? first : static_cast<int>(sentence.tokens.size());
    for (int i = end - 1; i >= 0; --i) {
      const Token& t = sentence.tokens[static_cast<size_t>(i)];
      if (t.upos != "NOUN" || lower_ascii(t.lemma) != lemma) continue;
      const Entity* named = named_in_words(doc_, sentence, s, i);
      if (!named) continue;
      actor.code = named->actor_code;
      actor.entity = named->id;
      actor.how = "description: the " + lemma + " named in sentence " + std::to_string(s + 1);
      return true;
    }
  }
  return false;
}

}  // namespace eventwire::events
