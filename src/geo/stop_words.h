// Capitalized words that are not places when they stand alone (sentence
// starts, titles, institutions, calendar words), and titles before person names.
#pragma once

#include <string>
#include <unordered_set>

namespace eventwire {

// Keys (gazetteer_key form) of single words never taken as toponyms.
const std::unordered_set<std::string>& geo_stop_words();
// Keys of titles: a capitalized word after one is a person's name ("President Trump").
const std::unordered_set<std::string>& geo_title_words();

}  // namespace eventwire
