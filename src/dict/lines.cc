#include "dict/lines.h"
#include "base/fingerprint.h"
#include "base/strings.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace eventwire::dict {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": " + message;
  return out;
}

Result<std::string> read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open dictionary \"" + path + "\"");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::io_error("cannot read dictionary \"" + path + "\"");
  return buffer.str();
}

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string fingerprint(std::string_view bytes) {
  return base::fingerprint_hex(bytes);
}

namespace internal {

LineSource::LineSource(std::string_view text, std::string name, std::vector<Diagnostic>* warnings)
    : LineSource(text, std::move(name), warnings, Options{}) {}

LineSource::LineSource(std::string_view text, std::string name, std::vector<Diagnostic>* warnings,
                       Options options)
    : text_(text), name_(std::move(name)), warnings_(warnings), options_(options) {
  // A UTF-8 byte order mark is not part of the first entry.
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

namespace {

// Byte classes for LineSource::next's scans: one table lookup per byte.
enum : uint8_t { kLineEnd = 1, kControl = 2, kCommentSyntax = 4 };
struct ByteClasses {
  uint8_t of[256] = {};
  constexpr ByteClasses() {
    for (int c = 0; c < 0x20; ++c)
      if (c != '\t') of[c] |= kControl;
    of[0x7F] |= kControl;
    of[static_cast<uint8_t>('\n')] |= kLineEnd;
    of[static_cast<uint8_t>('\r')] |= kLineEnd;
    for (char c : {'[', ']', '#', ';'}) of[static_cast<uint8_t>(c)] |= kCommentSyntax;
  }
};
constexpr ByteClasses kBytes;

// The first byte of `s` from `from` on with any of `classes`, or s.size().
size_t find_class(std::string_view s, size_t from, uint8_t classes) {
  while (from < s.size() && (kBytes.of[static_cast<uint8_t>(s[from])] & classes) == 0) ++from;
  return from;
}

}  // namespace

void LineSource::warn(uint32_t line, std::string message) {
  if (warnings_) warnings_->push_back({name_, line, std::move(message)});
}

bool LineSource::next(SourceLine* line) {
  if (finished_ || pos_ >= text_.size()) return false;
  size_t end = find_class(text_, pos_, kLineEnd);
  std::string_view raw = text_.substr(pos_, end - pos_);
  if (end < text_.size() && text_[end] == '\r' && end + 1 < text_.size() &&
      text_[end + 1] == '\n') {
    pos_ = end + 2;
  } else {
    pos_ = end + 1;
  }
  ++number_;
  line->number = number_;
  line->text.clear();
  line->comment.clear();
  line->comment_only = false;

  // Control bytes: drop them, say so once per line. Most lines have none and
  // are used as they are (no copy).
  std::string clean_copy;
  std::string_view clean = raw;
  if (find_class(raw, 0, kControl) < raw.size()) {
    clean_copy.reserve(raw.size());
    int dropped = 0;
    unsigned char first_bad = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(raw[i]);
      if (c == '\t' || c >= 0x20) {
        clean_copy.push_back(c == 0x7F ? ' ' : static_cast<char>(c));
        continue;
      }
      bool trailing_eof =
          c == 0x1A && pos_ >= text_.size() &&
          trim(raw.substr(i + 1)).find_first_not_of('\x1A') == std::string_view::npos;
      if (trailing_eof) break;
      if (dropped++ == 0) first_bad = c;
    }
    if (dropped > 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", first_bad);
      warn(number_, "removed " + std::to_string(dropped) + " control byte(s) (first " + hex +
                        ") from " + quote(clean_copy));
    }
    clean = clean_copy;
  }

  // "<!-- ... -->" comments, possibly spanning lines.
  std::string no_xml_copy;
  std::string_view no_xml = clean;
  if (in_xml_comment_ || clean.find("<!--") != std::string_view::npos) {
    size_t i = 0;
    while (i < clean.size()) {
      if (in_xml_comment_) {
        size_t close = clean.find("-->", i);
        if (close == std::string_view::npos) {
          i = clean.size();
        } else {
          in_xml_comment_ = false;
          i = close + 3;
        }
      } else {
        size_t open = clean.find("<!--", i);
        if (open == std::string_view::npos) {
          no_xml_copy.append(clean.substr(i));
          i = clean.size();
        } else {
          no_xml_copy.append(clean.substr(i, open - i));
          in_xml_comment_ = true;
          i = open + 4;
        }
      }
    }
    no_xml = no_xml_copy;
  }

  // "#" and ";" comments, but not inside [ ] (TABARI's "[###]" code).
  int depth = 0;
  size_t cut = std::string::npos;
  for (size_t k = find_class(no_xml, 0, kCommentSyntax); k < no_xml.size();
       k = find_class(no_xml, k + 1, kCommentSyntax)) {
    char c = no_xml[k];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (depth == 0 &&
        ((c == '#' && options_.hash_comments) || (c == ';' && options_.semicolon_comments))) {
      cut = k;
      break;
    }
  }
  std::string_view body = no_xml;
  if (cut != std::string::npos) {
    line->comment = std::string(trim(body.substr(cut + 1)));
    body = body.substr(0, cut);
  }
  line->indented = !body.empty() && (body[0] == ' ' || body[0] == '\t');
  line->text = std::string(trim(body));
  line->comment_only = line->text.empty() && trim(clean).size() > 0;
  if (line->text.rfind("~~FINISH", 0) == 0) {
    finished_ = true;
    return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  return base::trim(s, " \t");
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string_view> split_ws(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> split_name(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '_')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '_') ++i;
    if (i > start) out.push_back(to_upper(s.substr(start, i - start)));
  }
  return out;
}

std::string join(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += sep;
    out += words[i];
  }
  return out;
}

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  out.append(s.size() > 60 ? s.substr(0, 57) : s);
  out += s.size() > 60 ? "...\"" : "\"";
  return out;
}

}  // namespace internal
}  // namespace eventwire::dict
