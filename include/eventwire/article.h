// Article: one news story as read from any input format.
//
// Plain data, no behaviour. `text` is the one string every offset refers to:
// valid UTF-8 in Unicode NFC. For formats with a separate headline it is
// title + "\n\n" + body paragraphs joined by "\n\n". All offsets eventwire
// prints are Unicode code point offsets into `text` (see docs/formats.md for
// converting them to UTF-16 for JavaScript).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace eventwire {

// A half-open range [start, end) of code points in Article::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

struct Article {
  std::string id;      // unique within a run; generated when the input has none
  std::string date;    // ISO YYYY-MM-DD, or empty when the input gives none
  std::string title;   // headline, may be empty
  std::string source;  // outlet name
  std::string url;
  std::string text;              // title + "\n\n" + body (or just the body when there is no title)
  Span title_span;               // the headline inside `text` (empty when none)
  std::vector<Span> paragraphs;  // body paragraphs inside `text`, in order
  // Where each paragraph starts in the input's own body text (code points), for
  // formats whose text field is re-joined here (JSON Lines); empty when unknown.
  std::vector<uint32_t> paragraph_input_starts;
  // Input keys we do not interpret, kept verbatim: (key, JSON-encoded value).
  std::vector<std::pair<std::string, std::string>> extra;

  // Where the article came from, for error messages and provenance.
  std::string origin_file;     // path as given on the command line ("-" for stdin)
  uint64_t origin_record = 0;  // 1-based record number within that file
  uint64_t origin_line = 0;    // 1-based line where the record starts, 0 when unknown

  // The code point offset in the input's body text that `offset` into `text`
  // corresponds to; `offset` itself when that is unknown (no mapping, or the
  // headline).
  uint32_t input_offset(uint32_t offset) const {
    if (paragraph_input_starts.size() != paragraphs.size()) return offset;
    for (size_t p = paragraphs.size(); p-- > 0;)
      if (paragraphs[p].start <= offset)
        return paragraph_input_starts[p] + (offset - paragraphs[p].start);
    return offset;
  }
};

}  // namespace eventwire
