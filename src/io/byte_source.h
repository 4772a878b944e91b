// Reading bytes from a file or stdin, transparently decompressing gzip and
// zstd (recognized by their magic bytes, whatever the file is called).
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "eventwire/status.h"

namespace eventwire::io {

class ByteSource {
 public:
  // `path` "-" means stdin.
  static Result<std::unique_ptr<ByteSource>> open(const std::string& path);
  // In-memory bytes (tests, fuzzing, the HTTP server), decompressed like a file.
  static std::unique_ptr<ByteSource> from_memory(std::string bytes);
  virtual ~ByteSource() = default;

  // Reads up to `size` bytes; 0 at end of input.
  virtual Result<size_t> read(char* buffer, size_t size) = 0;

  // Reads one line without its "\n" (a final "\r" is kept); false at end.
  Result<bool> read_line(std::string& line);
  // The same, but a line longer than `max_line` is skipped in bounded memory:
  // `line` gets its first `max_line` bytes and `*full_length` its length.
  Result<bool> read_line(std::string& line, uint64_t max_line, uint64_t* full_length);
  // The next `size` bytes (fewer at end of input) without consuming them.
  Result<std::string_view> peek(size_t size);
  // Reads everything that is left; fails past `max_bytes`.
  Result<std::string> read_all(uint64_t max_bytes);
  const char* compression() const { return compression_; }

 protected:
  const char* compression_ = "none";

 private:
  std::string buffer_;
  size_t buffer_pos_ = 0;
  bool eof_ = false;
  Status fill();
};

}  // namespace eventwire::io
