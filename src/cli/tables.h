// Human-readable tables for the terminal (`eventwire code --format table`):
// columns fitted to a total width, cells wrapped at word boundaries and, past
// a column's line limit, elided with "…" after the last whole word. Rows are
// written as they come (column widths depend on the width only, not on the
// data), so a table streams like the other formats.
//
// One writer per output stream; not thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/document.h"

namespace eventwire::cli {

struct TableColumn {
  std::string header;
  int width = 0;      // fixed width in characters (code points); 0: flexible
  int weight = 0;     // share of the width left after the fixed columns
  int min_width = 8;  // a flexible column never gets narrower than this
  int max_lines = 1;  // lines a cell may wrap onto before it is elided
};

// The width tables are fitted to: `requested` when > 0, else the terminal's
// width when `output` is "-" and stdout is a terminal, else 100.
int table_width(int requested, const std::string& output);

// Splits `text` at whitespace into lines of at most `width` code points.
// Explicit '\n' starts a new line. A word longer than `width` is elided
// ("…") — the only case a word is cut. Past `max_lines`, the last line ends
// with "…" after the last whole word that fits.
std::vector<std::string> wrap_words(std::string_view text, int width, int max_lines);

// Number of code points in UTF-8 `s`.
int display_width(std::string_view s);

class TextTable {
 public:
  TextTable(std::ostream& out, std::vector<TableColumn> columns, int total_width);
  void write_header();
  void write_row(const std::vector<std::string>& cells);
  // A full-width line of its own (elided to the width), e.g. an article heading.
  void write_caption(const std::string& text);
  const std::vector<int>& widths() const { return widths_; }

 private:
  std::ostream& out_;
  std::vector<TableColumn> columns_;
  std::vector<int> widths_;
  int total_width_;
  bool any_row_ = false;  // a row since the last header or caption
  size_t last_height_ = 0;
  bool any_caption_ = false;
};

// What `code --format table --output X` lists.
enum class TableKind { kEvents, kEntities, kPlaces, kTimes, kQuotes };

// Writes one table of `kind` for every document, each article under a caption
// line (id, date, title).
class DocumentTableWriter {
 public:
  // `all_modalities`: event rows also for future, hypothetical, intended,
  // denied and questioned events (marked); by default asserted ones only.
  DocumentTableWriter(std::ostream& out, TableKind kind, int total_width,
                      bool all_modalities = false);
  void write(const Document& doc);

 private:
  TableKind kind_;
  bool all_modalities_;
  TextTable table_;
  bool header_written_ = false;
};

// The text of sentence `index` of `doc` (empty if out of range).
std::string sentence_text(const Document& doc, int index);

}  // namespace eventwire::cli
