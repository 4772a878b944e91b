#include "events/own_state_aid.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "events/actor_sectors.h"
#include "events/frame_words.h"
#include "events/mentions.h"  // mention_head

namespace eventwire::events {
namespace {

// Roles of a state's own bodies.
constexpr std::array<std::string_view, 7> kStateSectors = {"GOV", "MIL", "JUD", "LEG",
                                                           "COP", "SPY", "SEC"};
// Modifiers that make a body the state's ("its state railway").
constexpr std::array<std::string_view, 6> kStateOwned = {
    "state", "state-run", "state-owned", "government-run", "government-owned", "own"};

bool state_sector(std::string_view s) {
  return in_class(s, kStateSectors);
}

bool state_code(const std::string& code) {
  if (code.size() == 3) return code != "---";  // a country alone
  return all_sectors(code, state_sector);
}

// The state's media count as its bodies when a state role is named too.
bool state_body_code(const std::string& code) {
  const auto sectors = actor_sectors(code);
  return std::any_of(sectors.begin(), sectors.end(), state_sector) &&
         all_sectors(code, [](std::string_view s) { return state_sector(s) || s == "MED"; });
}

bool called_the_states(const Tree& tree, const Mention& target) {
  if (target.sentence != tree.sentence().id) return false;
  const int head = mention_head(tree.sentence(), target);
  if (head < 0) return false;
  const auto children = tree.children(head);
  return std::any_of(children.begin(), children.end(), [&](int child) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    return (rel == "amod" || rel == "compound") && in_class(tree.lemma(child), kStateOwned);
  });
}

}  // namespace

bool own_state_aid(const Tree& tree, const std::string& source_code, const Mention& target,
                   const std::string& target_code, const std::string& code) {
  if (code != "070" && code != "071" && code != "072") return false;
  if (source_code.size() < 3 || !state_code(source_code) || target.text.empty()) return false;
  if (target_code.empty()) return called_the_states(tree, target);
  return same_known_country(source_code, target_code) && state_body_code(target_code);
}

}  // namespace eventwire::events
