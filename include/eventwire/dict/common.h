// Shared pieces of the dictionary layer: diagnostics and reading a file.
//
// Every dictionary loader reads a file exactly as its users wrote it and never
// fails on a malformed line: it skips or repairs the line and records one
// Diagnostic (file:line: reason). Loaders fail (Result error) only when the
// file cannot be read at all. All types are plain values; a loaded
// dictionary is immutable and safe to share read-only across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/status.h"

namespace eventwire::dict {

struct Diagnostic {
  std::string file;   // name given to the loader (a path, or a label for in-memory text)
  uint32_t line = 0;  // 1-based; 0 when the finding concerns the whole file
  std::string message;
  // "file:line: message"
  std::string to_string() const;
};

// Reads a whole file into memory (binary, no translation).
Result<std::string> read_file_bytes(const std::string& path);

// The final path component, used to name dictionaries in provenance.
std::string base_name(const std::string& path);

// A 64-bit FNV-1a fingerprint of the bytes, as 16 hex digits, for provenance
// (document.h ComponentVersion::fingerprint).
std::string fingerprint(std::string_view bytes);

}  // namespace eventwire::dict
