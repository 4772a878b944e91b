// Data files compiled into the events stage (src/events/CMakeLists.txt).
#pragma once

#include <string_view>

namespace eventwire::events::internal {

std::string_view embedded_sense_rules();         // data/lexicon/sense-restrictions.tsv
std::string_view embedded_event_scorer();        // data/lexicon/event-scorer.tsv
std::string_view embedded_object_preferences();  // data/lexicon/object-preferences.tsv
std::string_view embedded_wrongdoing();          // data/lexicon/wrongdoing.tsv
std::string_view embedded_roles();               // data/actors/roles.kb
std::string_view embedded_derived_roles();       // data/actors/derived-roles.kb

}  // namespace eventwire::events::internal
