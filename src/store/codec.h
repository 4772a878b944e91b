// The annotation blob: everything of a Document that is not an article
// column (sentences with tokens and parses, entities, events, quotes, times,
// places, provenance), varint-encoded and zstd-compressed. Format in
// docs/store.md; kBlobFormat changes whenever the layout does.
#pragma once

#include <string>
#include <string_view>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire::store {

inline constexpr int kBlobFormat = 4;  // 2: quotes date_source; 3: events issues; 4: modality

std::string encode_annotations(const Document& doc);
// Fills `doc` from the blob; doc.article.text (and the other article
// columns) must already be set, since token texts are slices of it.
Status decode_annotations(std::string_view blob, int format, Document& doc);

}  // namespace eventwire::store
