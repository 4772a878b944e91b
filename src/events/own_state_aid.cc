#include "events/own_state_aid.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "events/actor_sectors.h"

namespace eventwire::events {
namespace {

// Roles of a state's own bodies.
constexpr std::array<std::string_view, 7> kStateSectors = {"GOV", "MIL", "JUD", "LEG",
                                                           "COP", "SPY", "SEC"};
// Modifiers that make a body the state's ("its state broadcaster").
constexpr std::array<std::string_view, 6> kStateOwned = {
    "state", "state-run", "state-owned", "government-run", "government-owned", "own"};

bool state_sector(std::string_view s) {
  return std::find(kStateSectors.begin(), kStateSectors.end(), s) != kStateSectors.end();
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

// The token heading the target's words in the tree, or -1.
int target_head(const Tree& tree, const Mention& target) {
  auto inside = [&](int i) {
    return i >= 0 && tree.token(i).start >= target.start && tree.token(i).end <= target.end;
  };
  for (int i = 0; i < static_cast<int>(tree.size()); ++i)
    if (inside(i) && !inside(tree.head(i))) return i;
  return -1;
}

bool called_the_states(const Tree& tree, const Mention& target) {
  if (target.sentence != tree.sentence().id) return false;
  const int head = target_head(tree, target);
  if (head < 0) return false;
  const auto children = tree.children(head);
  return std::any_of(children.begin(), children.end(), [&](int child) {
    std::string_view rel = Tree::base(tree.token(child).deprel);
    return (rel == "amod" || rel == "compound") &&
           std::find(kStateOwned.begin(), kStateOwned.end(), tree.lemma(child)) !=
               kStateOwned.end();
  });
}

}  // namespace

bool own_state_aid(const Tree& tree, const std::string& source_code, const Mention& target,
                   const std::string& target_code, const std::string& code) {
  if (code != "070" && code != "071" && code != "072") return false;
  if (source_code.size() < 3 || !state_code(source_code) || target.text.empty()) return false;
  if (target_code.empty()) return called_the_states(tree, target);
  return target_code.compare(0, 3, source_code, 0, 3) == 0 &&
         source_code.compare(0, 3, "---") != 0 && state_body_code(target_code);
}

}  // namespace eventwire::events
