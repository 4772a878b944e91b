// A role word modifying a noun as an actor (docs/events.md, step 64): "a
// rebel attack on the capital", "an army raid on the village", "police fire
// wounded two marchers". The entities stage names a role word's phrase (the
// subject "the rebels") but not a bare modifier of another noun, so the doer
// of such a noun event was missing. The words and their agent codes are the
// actors stage's role lists (data/actors/roles.kb, and derived-roles.kb from
// the Phoenix agents dictionary), read here as they are written.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/embedded.h"
#include "events/sense.h"
#include "events/sentence_coder.h"

namespace eventwire::events {

// Named, not anonymous: the stage compiles in unity batches.
namespace role_modifier_words {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// Whose modifier tells the doer: people who act with force or against the
// state (armed forces, police, rebels, opposition, criminals, spies). Not
// civilians, refugees or victims, whom a noun's modifier most often names as
// the ones it was done to ("civilian deaths", "refugee aid"), and not a body
// or institution, which before a noun most often says where or of what
// ("a court attack", "school shooting", "government buildings").
bool acting_role(std::string_view code) {
  for (std::string_view acting :
       {"MIL", "COP", "REB", "OPP", "INS", "UAF", "CRM", "SPY", "SEP", "RAD"})
    if (code == acting) return true;
  return false;
}

// One-word roles of a kb file's unconditional lines (a line with a condition,
// needs= or country=, codes only in a name or beside one), with the plurals
// the actors stage generates; a word already read keeps its first code.
void add_roles(std::string_view kb, std::unordered_map<std::string, std::string>& out) {
  for (std::string_view line : split_fields(kb, '\n')) {
    if (line.empty() || line.front() == '#' || line.front() == '@') continue;
    std::vector<std::string_view> f = split_fields(line, '\t');
    if (f.size() != 3 || f[0] != "role" || !acting_role(f[1])) continue;
    for (std::string_view name : split_fields(f[2], ';')) {
      name = trimmed(name);
      if (name.empty() || name.find(' ') != std::string_view::npos) continue;
      std::string word = lower_ascii(name);
      std::string code = "---" + std::string(f[1]);
      out.emplace(word, code);
      out.emplace(word + "s", code);
      if (word.ends_with('y')) out.emplace(word.substr(0, word.size() - 1) + "ies", code);
    }
  }
}

const std::unordered_map<std::string, std::string>& role_codes() {
  static const std::unordered_map<std::string, std::string> codes = [] {
    std::unordered_map<std::string, std::string> out;
    add_roles(internal::embedded_roles(), out);  // the hand-written lines win
    add_roles(internal::embedded_derived_roles(), out);
    return out;
  }();
  return codes;
}

}  // namespace role_modifier_words

// The noun `governor` is an event noun whose chosen entry names its doer by
// the modifier's relation (or by an adjective, which a parser often makes a
// compound: compound_doer): only then is the role word the doer.
bool SentenceCoder::doer_of_event_noun(int modifier, int governor) const {
  if (!impl_.lexicon) return false;  // coding with PETRARCH's verb patterns: no event nouns
  const dict::LexiconEntry* entry = choose_entry(governor, false);
  if (!entry || entry->pos != dict::LexiconEntry::Pos::kNoun) return false;
  std::string_view rel = Tree::base(tree_.token(modifier).deprel);
  for (const dict::DepPath& path : entry->source) {
    if (path.size() != 1) continue;
    if (path.front().deprel == rel || (rel == "compound" && path.front().deprel == "amod"))
      return true;
  }
  return false;
}

std::string SentenceCoder::role_modifier(int head) const {
  const Token& t = tree_.token(head);
  std::string_view rel = Tree::base(t.deprel);
  // A noun: the adjectives among the role words are mostly ranks and kinds
  // ("major", "general", "military targets").
  if ((rel != "amod" && rel != "compound") || t.upos != "NOUN") return {};
  int governor = tree_.head(head);
  if (governor < 0 || governor < head || tree_.token(governor).upos != "NOUN") return {};
  const auto& codes = role_modifier_words::role_codes();
  auto found = codes.find(lower_ascii(t.text));
  if (found == codes.end()) found = codes.find(lower_ascii(t.lemma));
  if (found == codes.end() || !doer_of_event_noun(head, governor)) return {};
  // People or a body in WordNet's commonest sense: the role lists also name
  // the arms of a force ("artillery shells", "tank fire": what, not who).
  std::vector<std::string> classes = SenseRestrictions::get().classes(lower_ascii(t.lemma));
  if (classes.empty() || (classes.front() != "person" && classes.front() != "group")) return {};
  return found->second;
}

void SentenceCoder::compound_doer(int predicate, Reading& r) const {
  bool by_adjective = false;
  for (const dict::DepPath& path : r.entry->source)
    by_adjective = by_adjective || (path.size() == 1 && path.front().deprel == "amod");
  if (!by_adjective) return;
  for (int child : tree_.children(predicate)) {
    if (child > predicate || Tree::base(tree_.token(child).deprel) != "compound") continue;
    // A role word only: a place's name there is most often where it was
    // done ("the Kelvale attack"), a weapon what it was done with.
    if (role_modifier(child).empty() || !names_actor(child)) continue;
    r.sources = {child};
    r.pattern += " (source: a compound for the adjective)";
    return;
  }
}

}  // namespace eventwire::events
