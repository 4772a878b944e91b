// Which entity mention covers a token, an entity by its id, the head of a
// mention's words: shared by the sentence coder, the event scorer and the
// event frames.
#pragma once

#include <string>

#include "eventwire/document.h"

namespace eventwire::events {

// The first entity with a mention in sentence `sentence` that covers token
// `token`, or null (the token names no entity the entities stage found).
inline const Entity* entity_at(const Document& doc, int sentence, int token) {
  for (const Entity& entity : doc.entities)
    for (const Mention& m : entity.mentions)
      if (m.sentence == sentence && m.first_token <= token && token < m.last_token) return &entity;
  return nullptr;
}

inline const Entity* entity_by_id(const Document& doc, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Entity& e : doc.entities)
    if (e.id == id) return &e;
  return nullptr;
}

// The token heading the mention's words in its sentence's parse, or -1.
inline int mention_head(const Sentence& sentence, const Mention& mention) {
  const auto& tokens = sentence.tokens;
  auto inside = [&](int i) {
    return i >= 0 && tokens[static_cast<size_t>(i)].start >= mention.start &&
           tokens[static_cast<size_t>(i)].end <= mention.end;
  };
  for (int i = 0; i < static_cast<int>(tokens.size()); ++i)
    if (inside(i) && !inside(tokens[static_cast<size_t>(i)].head - 1)) return i;
  return -1;
}

}  // namespace eventwire::events
