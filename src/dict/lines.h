// Internal: the line reader and small string helpers every loader shares.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/dict/common.h"

namespace eventwire::dict::internal {

struct SourceLine {
  uint32_t number = 0;        // 1-based
  std::string text;           // without comment, leading and trailing whitespace
  std::string comment;        // text after "#" or ";" (trimmed), empty when none
  bool indented = false;      // began with a space or tab
  bool comment_only = false;  // had a comment and nothing else (not a blank line)
};

// Splits dictionary text into lines: accepts LF, CRLF and CR; removes NUL,
// 0x1A and other control bytes with one warning per line (a 0x1A at the very
// end is the old DOS end-of-file mark and is dropped silently); removes
// "<!-- … -->" comments (also across lines), "#" and ";" comments outside
// [ ]; stops at a TABARI "~~FINISH" line. Blank lines are returned too (the
// verb format ends pattern lists with them).
class LineSource {
 public:
  struct Options {
    bool hash_comments = true;
    bool semicolon_comments = true;
  };
  LineSource(std::string_view text, std::string name, std::vector<Diagnostic>* warnings);
  LineSource(std::string_view text, std::string name, std::vector<Diagnostic>* warnings,
             Options options);
  bool next(SourceLine* line);
  void warn(uint32_t line, std::string message);
  const std::string& name() const { return name_; }

 private:
  std::string_view text_;
  std::string name_;
  std::vector<Diagnostic>* warnings_;
  Options options_;
  size_t pos_ = 0;
  uint32_t number_ = 0;
  bool in_xml_comment_ = false;
  bool finished_ = false;
};

std::string_view trim(std::string_view s);
std::string to_upper(std::string_view s);
std::string to_lower(std::string_view s);
std::vector<std::string_view> split_ws(std::string_view s);
// Splits on spaces and "_" into upper-case words (empty pieces dropped).
std::vector<std::string> split_name(std::string_view s);
std::string join(const std::vector<std::string>& words, std::string_view sep);
bool is_digits(std::string_view s);
// Quotes a piece of input for a message: "abc" (cut to 60 bytes).
std::string quote(std::string_view s);

}  // namespace eventwire::dict::internal
