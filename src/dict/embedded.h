// Internal: the data files compiled into the library (see CMakeLists.txt).
#pragma once

#include <string_view>

namespace eventwire::dict::internal {

std::string_view embedded_cameo_codebook();      // data/cameo/cameo-codebook.tsv
std::string_view embedded_default_lexicon();     // data/lexicon/events.lex
std::string_view embedded_derived_lexicon();     // data/lexicon/cameo2-derived.lex
std::string_view embedded_evaluative_lexicon();  // data/lexicon/evaluative.lex
std::string_view embedded_noun_classes();        // data/lexicon/noun-classes.tsv (WordNet)
std::string_view embedded_given_names();         // data/lexicon/given-names.tsv

}  // namespace eventwire::dict::internal
