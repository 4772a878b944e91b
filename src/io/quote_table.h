// Quote listings for `eventwire code --output quotes --format csv`: one row per
// quote, CSV (RFC 4180). The human-readable table is src/cli/tables.h. Not
// thread-safe: one writer per output stream.
#pragma once

#include <ostream>
#include <string>

#include "eventwire/document.h"

namespace eventwire {

class QuoteTableWriter {
 public:
  explicit QuoteTableWriter(std::ostream& out) : out_(out) {}
  void write_header();
  void write(const Document& doc);

 private:
  void row(const std::string* cells, size_t count);
  std::ostream& out_;
};

}  // namespace eventwire
