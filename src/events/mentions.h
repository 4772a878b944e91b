// Which entity mention covers a token: shared by the sentence coder and the
// event scorer.
#pragma once

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

}  // namespace eventwire::events
