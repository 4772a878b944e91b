// Quote listings for `eventwire code --output quotes`: one row per quote,
// as CSV (RFC 4180) or an aligned, human-readable table.
#pragma once

#include <ostream>
#include <string>

#include "eventwire/document.h"

namespace eventwire::cli {

class QuoteTableWriter {
 public:
  QuoteTableWriter(std::ostream& out, bool csv) : out_(out), csv_(csv) {}
  void write_header();
  void write(const Document& doc);

 private:
  void row(const std::string* cells, size_t count);
  std::ostream& out_;
  bool csv_;
};

}  // namespace eventwire::cli
