// The dictionary stage: loaders for PETRARCH-2 / TABARI verb dictionaries,
// actor, agent, discard and issue files, the embedded CAMEO codebook, and
// the eventwire event lexicon. See the headers under eventwire/dict/ and
// docs/dictionaries.md.
#pragma once

#include "eventwire/dict/actors.h"
#include "eventwire/dict/cameo.h"
#include "eventwire/dict/check.h"
#include "eventwire/dict/common.h"
#include "eventwire/dict/lexicon.h"
#include "eventwire/dict/verbs.h"
