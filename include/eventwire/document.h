// Document: an article plus everything the pipeline found in it.
//
// Plain data passed from stage to stage. Each stage fills its own members and
// reads those of earlier stages; none keeps pointers into another's data, so
// a Document can be copied, moved, serialized and re-loaded freely. Offsets
// (`start`, `end`) are code points into article.text; `byte_start`/`byte_end`
// are the same range in UTF-8 bytes, for slicing the std::string.
// Token and sentence indices are 0-based; `head` follows CoNLL-U (0 = root,
// otherwise the 1-based index of the head token within the sentence).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "eventwire/article.h"

namespace eventwire {

struct Token {
  std::string text;  // exactly article.text at [start, end)
  uint32_t start = 0, end = 0;
  uint32_t byte_start = 0, byte_end = 0;
  bool space_after = true;  // false when the next token follows without whitespace
  // Filled by the syntax stage.
  std::string upos, xpos, feats, lemma, deprel;
  int head = -1;  // -1 = not parsed
};

// A CoNLL-U multiword token: one surface string covering several syntactic
// words (e.g. "gonna" = "gon" + "na"). Tokens [first, last] (inclusive) are
// the words; their offsets all lie inside the surface range.
struct MultiwordToken {
  int first = 0, last = 0;
  std::string text;
  uint32_t start = 0, end = 0;
};

struct Sentence {
  int id = 0;  // index within the document
  uint32_t start = 0, end = 0;
  uint32_t byte_start = 0, byte_end = 0;
  int paragraph = -1;  // index into article.paragraphs; -1 for the title
  std::vector<Token> tokens;
  std::vector<MultiwordToken> multiword_tokens;
};

// A stretch of text inside one sentence, tokens [first_token, last_token).
struct Mention {
  uint32_t start = 0, end = 0;
  std::string text;
  int sentence = -1;
  int first_token = 0, last_token = 0;
};

struct Entity {
  std::string id;           // "E1", "E2", … unique within the document
  std::string type;         // PER, ORG, LOC, GPE, NORP, FAC, EVENT, MISC
  std::string name;         // canonical name (the longest proper mention)
  std::string actor_code;   // CAMEO-style actor code, empty when unresolved
  std::string resolved_by;  // how the code was found: "dictionary:<entry>", "composition", …
  std::vector<Mention> mentions;
};

struct EventArgument {
  Mention mention;
  std::string actor_code;
  std::string entity;  // Entity::id, empty when none
};

struct Event {
  std::string id;  // "V1", …
  int sentence = -1;
  uint32_t start = 0, end = 0;  // the verb phrase
  std::optional<EventArgument> source, target;
  std::string code, root_code, plover;  // CAMEO codes are strings: "0332"
  int quad_class = 0;
  double goldstein = 0;
  std::string date, date_source;         // ISO date; "article", "time:<expr id>", …
  std::string location;                  // Place id or empty
  std::vector<std::string> reported_by;  // entity ids, outermost reporter first
  bool negated = false;
  // asserted | future | hypothetical | intended | denied | question | generic:
  // whether the text says the event happened (tables show asserted events by
  // default); historical: background rather than news, a past act its clause
  // places long before the article ("once", "years ago", "when she was
  // envoy") or dated by an explicit year or decade more than a year before it
  // (mark_historical).
  std::string modality = "asserted";
  double confidence = 0;
  std::string evidence_verb, evidence_pattern, evidence_dictionary;
  // Issue codes found in the event's sentence (PETRARCH issues files) and how
  // often each occurs there, in order of first occurrence.
  std::vector<std::pair<std::string, int>> issues;
};

struct Quote {
  std::string id;    // "Q1", …
  std::string kind;  // direct | indirect | mixed
  Mention content, cue;
  std::optional<Mention> speaker, addressee;
  std::string speaker_entity, addressee_entity;
  std::vector<std::string> reported_by;
  std::string medium, date;
  std::string date_source;  // "article" or "time:<expr id>", as for events
  std::vector<std::string> events;
};

struct TimeExpression {
  std::string id;  // "T1", …
  uint32_t start = 0, end = 0;
  std::string text, type, value;  // TIMEX3 type and value
  int sentence = -1;
  int first_token = 0, last_token = 0;
};

struct Place {
  std::string id;  // "P1", …
  uint32_t start = 0, end = 0;
  std::string text, name;
  int64_t geonames_id = 0;
  std::string country, admin1, feature;
  double lat = 0, lon = 0;
  int sentence = -1;
  int first_token = 0, last_token = 0;
};

// Which model and dictionary versions produced a document: its provenance.
struct ComponentVersion {
  std::string name;         // "syntax", "ner", "actors", …
  std::string version;      // format version and file name
  std::string fingerprint;  // hash of training data and settings, or of the file
};

struct Document {
  Article article;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Quote> quotes;
  std::vector<TimeExpression> times;
  std::vector<Place> places;
  std::vector<ComponentVersion> models, dictionaries;
  std::vector<std::string> warnings;  // non-fatal problems met while processing
};

}  // namespace eventwire
