// UTF-8 validation, NFC normalization with an offset map, code point indexing.
#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "eventwire/text.h"
#include "text/utf8_util.h"

namespace eventwire {
namespace {

std::string hex_bytes(std::string_view bytes, size_t at, size_t count) {
  std::string out;
  for (size_t i = at; i < bytes.size() && i < at + count; ++i) {
    char buf[6];
    std::snprintf(buf, sizeof buf, "%s0x%02X", out.empty() ? "" : " ",
                  static_cast<unsigned char>(bytes[i]));
    out += buf;
  }
  return out;
}

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

}  // namespace

Status validate_utf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (c == 0)
        return Status::invalid_input("NUL byte at byte offset " + std::to_string(i) +
                                     " (binary data?)");
      ++i;
      continue;
    }
    char32_t cp = 0;
    int length = utf8::decode(bytes, i, cp);
    if (length <= 0)
      return Status::invalid_input("invalid UTF-8 at byte offset " + std::to_string(i) +
                                   ": bytes " + hex_bytes(bytes, i, 4));
    i += length;
  }
  return Status::ok();
}

namespace {

// Normalizes `bytes` into out.text; fills out.original_byte only when `with_map`.
Status normalize_into(std::string_view bytes, bool with_map, NormalizedText& out) {
  if (Status status = validate_utf8(bytes); !status) return status;
  // Fast path: printable ASCII with plain line ends is already normalized.
  bool simple = true;
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || c == '\r' || c == 0x7F || (c < 0x20 && c != '\n' && c != '\t')) {
      simple = false;
      break;
    }
  }
  if (simple) {
    out.text.assign(bytes);
    if (with_map) {
      out.original_byte.resize(bytes.size() + 1);
      for (size_t i = 0; i <= bytes.size(); ++i) out.original_byte[i] = static_cast<uint32_t>(i);
    }
    return Status::ok();
  }
  out.text.reserve(bytes.size());
  std::vector<uint32_t> ignored;
  std::vector<uint32_t>& map = with_map ? out.original_byte : ignored;
  map.reserve(bytes.size() + 1);
  size_t i = 0;
  // A byte-order mark at the very start is not text.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      // Runs of ASCII are already NFC unless a combining mark follows the last letter.
      if (c == '\r') {
        out.text.push_back('\n');
        map.push_back(static_cast<uint32_t>(i));
        i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      char copy = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F ? ' ' : static_cast<char>(c);
      out.text.push_back(copy);
      map.push_back(static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    // A non-ASCII run; include the preceding starter so combining marks compose with it.
    size_t run_start = i, run_end = i;
    while (run_end < bytes.size() && static_cast<unsigned char>(bytes[run_end]) >= 0x80) ++run_end;
    size_t piece_start = run_start;
    size_t out_piece_start = out.text.size();
    if (run_start > 0 && out_piece_start > 0 &&
        static_cast<unsigned char>(bytes[run_start - 1]) < 0x80 && bytes[run_start - 1] != '\n' &&
        bytes[run_start - 1] != '\r') {
      piece_start = run_start - 1;
      --out_piece_start;
    }
    std::string_view piece = bytes.substr(piece_start, run_end - piece_start);
    utf8proc_uint8_t* mapped = nullptr;
    utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(piece.data()),
                     static_cast<utf8proc_ssize_t>(piece.size()), &mapped,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(mapped);
    if (length < 0)
      return Status::invalid_input(std::string("cannot normalize text: ") +
                                   utf8proc_errmsg(length));
    std::string_view normalized(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
    out.text.resize(out_piece_start);
    map.resize(out_piece_start);
    if (normalized == piece) {
      for (size_t k = 0; k < piece.size(); ++k)
        map.push_back(static_cast<uint32_t>(piece_start + k));
    } else {
      // Changed by normalization: every byte maps to the start of the piece.
      for (size_t k = 0; k < normalized.size(); ++k)
        map.push_back(static_cast<uint32_t>(piece_start));
    }
    out.text.append(normalized);
    i = run_end;
  }
  map.push_back(static_cast<uint32_t>(bytes.size()));
  return Status::ok();
}

}  // namespace

Result<NormalizedText> normalize_text(std::string_view bytes) {
  NormalizedText out;
  if (Status s = normalize_into(bytes, true, out); !s) return s;
  return out;
}

Result<std::string> normalize_nfc(std::string_view bytes) {
  NormalizedText out;
  if (Status s = normalize_into(bytes, false, out); !s) return s;
  return std::move(out.text);
}

uint32_t count_code_points(std::string_view utf8) {
  uint32_t count = 0;
  for (char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

CodePointIndex::CodePointIndex(std::string_view utf8) {
  cp_at_byte_.resize(utf8.size() + 1);
  byte_at_cp_.reserve(utf8.size() + 1);
  uint32_t cp = 0;
  for (size_t b = 0; b < utf8.size(); ++b) {
    if ((static_cast<unsigned char>(utf8[b]) & 0xC0) != 0x80) {
      byte_at_cp_.push_back(static_cast<uint32_t>(b));
      cp_at_byte_[b] = cp++;
    } else {
      cp_at_byte_[b] = cp;  // continuation bytes map to the next code point boundary
    }
  }
  cp_at_byte_[utf8.size()] = cp;
  byte_at_cp_.push_back(static_cast<uint32_t>(utf8.size()));
}

std::string fold_punctuation(std::string_view token_text) {
  std::string out;
  out.reserve(token_text.size());
  size_t i = 0;
  while (i < token_text.size()) {
    unsigned char c = static_cast<unsigned char>(token_text[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp = 0;
    int length = utf8::decode(token_text, i, cp);
    if (length <= 0) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (const char* ascii = utf8::ascii_fold(cp))
      out += ascii;
    else
      out.append(token_text.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace eventwire
