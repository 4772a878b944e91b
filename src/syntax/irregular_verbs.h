// Irregular English verb forms and their lemmas (irregular_verbs.cc).
#pragma once

#include <string>

namespace eventwire::syntax_internal {

// The lemma of an irregular verb form written in lower case ("fought" →
// "fight"), or null. Thread-safe; the table is built once.
const std::string* irregular_verb_lemma(const std::string& lower_form);

}  // namespace eventwire::syntax_internal
