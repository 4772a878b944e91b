// A definite description as an event argument (docs/events.md, step 63):
// "the coalition struck Rohan" after "the Gondor-led coalition" is Gondor's
// act. The entities stage codes names and role words, not a group noun whose
// owner was said once and then left out, so the coder reads the description
// back to the nearest earlier mention of its head noun that said whose it is.
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

// Named, not anonymous: the stage compiles in unity batches.
namespace described_actor_words {

// How far back the earlier mention may be: a news story's paragraphs.
constexpr int kDescriptionWindow = 20;  // sentences

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

bool is_definite_word(std::string_view w) {
  for (std::string_view d : {"the", "this", "that", "these", "those"})
    if (same_ignoring_case(w, d)) return true;
  return false;
}

// A noun one of whose three commonest WordNet senses is a group or a person
// ("coalition", "alliance", "militia"), or whose commonest is a top of the
// hierarchy ("group" itself): only those can be a party.
bool names_a_party(const std::string& lemma) {
  std::vector<std::string> classes = SenseRestrictions::get().classes(lemma);
  if (!classes.empty() && classes.front() == "Tops") return true;
  for (size_t k = 0; k < classes.size() && k < 3; ++k)
    if (classes[k] == "group" || classes[k] == "person") return true;
  return false;
}

// Whether token `k` is one of the noun's own words: the noun, its compounds,
// adjectives, flat names and possessor, with everything below them ("the
// Gondor-led coalition", "Rohan's alliance"). Walks up from `k` (linear in
// the depth, no allocation).
bool own_word(const Sentence& sentence, int noun, int k) {
  const auto n = static_cast<int>(sentence.tokens.size());
  for (int depth = 0; k >= 0 && k < n && depth < n; ++depth) {
    const Token& t = sentence.tokens[static_cast<size_t>(k)];
    if (k == noun) return true;
    int up = t.head - 1;
    if (up == noun) {
      std::string_view rel = Tree::base(t.deprel);
      return rel == "compound" || rel == "amod" || rel == "flat" || t.deprel == "nmod:poss";
    }
    k = up;
  }
  return false;
}

// The coded actor (with a country or a name: not a bare role) named by the
// noun's own words in sentence `s`, or null: one pass over the entities.
const Entity* named_in_words(const Document& doc, const Sentence& sentence, int s, int noun) {
  for (const Entity& e : doc.entities) {
    if (e.actor_code.empty() || e.actor_code.starts_with("---")) continue;
    for (const Mention& m : e.mentions) {
      if (m.sentence != s) continue;
      for (int k = m.first_token; k < m.last_token; ++k)
        if (own_word(sentence, noun, k)) return &e;
    }
  }
  return nullptr;
}

}  // namespace described_actor_words

bool SentenceCoder::described_earlier(int head, int first, Actor& actor) const {
  if (described_.empty()) described_.resize(tree_.size());
  auto& known = described_[static_cast<size_t>(head)];
  if (!known || known->first != first) known = Described{first, find_described(head, first)};
  if (!known->actor) return false;
  const Mention mention = actor.mention;
  actor = *known->actor;
  actor.mention = mention;
  return true;
}

std::optional<Actor> SentenceCoder::find_described(int head, int first) const {
  namespace words = described_actor_words;
  const Token& noun = tree_.token(head);
  if (noun.upos != "NOUN" || head < first) return std::nullopt;
  bool definite = false;
  for (int child : tree_.children(head)) {
    const Token& t = tree_.token(child);
    if (t.deprel == "nmod:poss") return std::nullopt;  // "their coalition": the owner is said
    if (Tree::base(t.deprel) == "det" && words::is_definite_word(t.text)) definite = true;
  }
  if (!definite) return std::nullopt;
  const std::string lemma = lower_ascii(noun.lemma);
  if (!words::names_a_party(lemma)) return std::nullopt;
  for (int s = s_; s >= 0 && s >= s_ - words::kDescriptionWindow; --s) {
    const Sentence& sentence = s == s_ ? tree_.sentence() : doc_.sentences[static_cast<size_t>(s)];
    int end = s == s_ ? first : static_cast<int>(sentence.tokens.size());
    for (int i = end - 1; i >= 0; --i) {
      const Token& t = sentence.tokens[static_cast<size_t>(i)];
      if (t.upos != "NOUN" || !words::same_ignoring_case(t.lemma, lemma)) continue;
      const Entity* named = words::named_in_words(doc_, sentence, s, i);
      if (!named) continue;
      Actor found;
      found.code = named->actor_code;
      found.entity = named->id;
      found.how = "description: the " + lemma + " named in sentence " + std::to_string(s + 1);
      return found;
    }
  }
  return std::nullopt;
}

}  // namespace eventwire::events
