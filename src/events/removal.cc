// Removed from a country: an agentless passive of expulsion ("two envoys were
// expelled from Gondor") was done by the polity named in its from-phrase
// (docs/events.md, step 56).

#include <string>
#include <string_view>
#include <vector>

#include "events/sentence_coder.h"

namespace eventwire::events {

std::vector<int> SentenceCoder::expelled_from(int predicate, const std::string& code) const {
  // Expulsions and withdrawals (166x) and deportations (174).
  if (code.rfind("166", 0) != 0 && code.rfind("174", 0) != 0) return {};
  for (int child : tree_.children(predicate)) {
    if (Tree::base(tree_.token(child).deprel) != "obl" || !tree_.has_case(child, {"from"}))
      continue;
    if (is_temporal(child) || !only_places(child)) continue;
    // A country or a region, not a building ("expelled from the hall").
    const Entity* place = entity_by_id(resolve(child).entity);
    if (place && place->type == "GPE") return {child};
  }
  return {};
}

}  // namespace eventwire::events
