#include "io/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace eventwire::io {
namespace {

struct FileCloser {
  bool is_stdin = false;
  void operator()(FILE* file) const {
    if (file && !is_stdin) std::fclose(file);
  }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

// Bytes already peeked from the file, then the rest of it (no file: memory only).
class RawFile {
 public:
  RawFile(FilePtr file, std::string name, std::string peeked)
      : file_(std::move(file)), name_(std::move(name)), peeked_(std::move(peeked)) {}
  Result<size_t> read(char* buffer, size_t size) {
    if (peeked_pos_ < peeked_.size()) {
      size_t n = std::min(size, peeked_.size() - peeked_pos_);
      std::memcpy(buffer, peeked_.data() + peeked_pos_, n);
      peeked_pos_ += n;
      return n;
    }
    if (!file_) return size_t{0};
    size_t n = std::fread(buffer, 1, size, file_.get());
    if (n == 0 && std::ferror(file_.get()))
      return Status::io_error("cannot read \"" + name_ + "\": " + std::strerror(errno));
    return n;
  }
  const std::string& name() const { return name_; }

 private:
  FilePtr file_;
  std::string name_, peeked_;
  size_t peeked_pos_ = 0;
};

class PlainSource : public ByteSource {
 public:
  explicit PlainSource(RawFile raw) : raw_(std::move(raw)) {}
  Result<size_t> read(char* buffer, size_t size) override { return raw_.read(buffer, size); }

 private:
  RawFile raw_;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(RawFile raw) : raw_(std::move(raw)), input_(1 << 16) {
    compression_ = "gzip";
    std::memset(&stream_, 0, sizeof stream_);
    ok_ = inflateInit2(&stream_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipSource() override {
    if (ok_) inflateEnd(&stream_);
  }
  Result<size_t> read(char* buffer, size_t size) override {
    if (!ok_) return Status::internal("zlib initialization failed");
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(size);
    while (stream_.avail_out == size && !done_) {
      if (stream_.avail_in == 0) {
        auto n = raw_.read(input_.data(), input_.size());
        if (!n) return n.status();
        if (*n == 0) {
          if (!finished_member_)
            return Status::invalid_input("\"" + raw_.name() + "\" is a truncated gzip file");
          done_ = true;
          break;
        }
        stream_.next_in = reinterpret_cast<Bytef*>(input_.data());
        stream_.avail_in = static_cast<uInt>(*n);
      }
      finished_member_ = false;
      int rc = inflate(&stream_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        finished_member_ = true;
        inflateReset(&stream_);  // concatenated gzip members
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Status::invalid_input("\"" + raw_.name() + "\" is not valid gzip data (" +
                                     (stream_.msg ? stream_.msg : "inflate error") + ")");
      }
    }
    return size - stream_.avail_out;
  }

 private:
  RawFile raw_;
  std::vector<char> input_;
  z_stream stream_;
  bool ok_ = false, done_ = false, finished_member_ = false;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(RawFile raw)
      : raw_(std::move(raw)), input_(ZSTD_DStreamInSize()), stream_(ZSTD_createDStream()) {
    compression_ = "zstd";
    ZSTD_initDStream(stream_);
  }
  ~ZstdSource() override { ZSTD_freeDStream(stream_); }
  Result<size_t> read(char* buffer, size_t size) override {
    ZSTD_outBuffer out{buffer, size, 0};
    while (out.pos == 0 && !done_) {
      if (in_.pos == in_.size) {
        auto n = raw_.read(input_.data(), input_.size());
        if (!n) return n.status();
        if (*n == 0) {
          if (last_hint_ != 0)
            return Status::invalid_input("\"" + raw_.name() + "\" is a truncated zstd file");
          done_ = true;
          break;
        }
        in_ = {input_.data(), *n, 0};
      }
      size_t hint = ZSTD_decompressStream(stream_, &out, &in_);
      if (ZSTD_isError(hint))
        return Status::invalid_input("\"" + raw_.name() + "\" is not valid zstd data (" +
                                     ZSTD_getErrorName(hint) + ")");
      last_hint_ = hint;
    }
    return out.pos;
  }

 private:
  RawFile raw_;
  std::vector<char> input_;
  ZSTD_DStream* stream_;
  ZSTD_inBuffer in_{nullptr, 0, 0};
  size_t last_hint_ = 0;
  bool done_ = false;
};

}  // namespace

namespace {
std::unique_ptr<ByteSource> make_source(RawFile raw_file, std::string_view magic) {
  auto byte = [&](size_t i) { return i < magic.size() ? static_cast<unsigned char>(magic[i]) : 0; };
  if (byte(0) == 0x1F && byte(1) == 0x8B) return std::make_unique<GzipSource>(std::move(raw_file));
  if (byte(0) == 0x28 && byte(1) == 0xB5 && byte(2) == 0x2F && byte(3) == 0xFD)
    return std::make_unique<ZstdSource>(std::move(raw_file));
  return std::make_unique<PlainSource>(std::move(raw_file));
}
}  // namespace

std::unique_ptr<ByteSource> ByteSource::from_memory(std::string bytes) {
  std::string magic = bytes.substr(0, 4);
  return make_source(RawFile(FilePtr(nullptr, FileCloser{}), "memory", std::move(bytes)), magic);
}

Result<std::unique_ptr<ByteSource>> ByteSource::open(const std::string& path) {
  bool is_stdin = path == "-";
  FILE* raw = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!raw) return Status::not_found("cannot open \"" + path + "\": " + std::strerror(errno));
  FilePtr file(raw, FileCloser{is_stdin});
  std::string magic(4, '\0');
  magic.resize(std::fread(magic.data(), 1, 4, file.get()));
  std::string peeked = magic;
  return make_source(RawFile(std::move(file), path, std::move(peeked)), magic);
}

Status ByteSource::fill() {
  if (eof_) return Status::ok();
  if (buffer_pos_ > 0) {
    buffer_.erase(0, buffer_pos_);
    buffer_pos_ = 0;
  }
  size_t old = buffer_.size();
  buffer_.resize(old + (1 << 16));
  auto n = read(buffer_.data() + old, 1 << 16);
  if (!n) {
    buffer_.resize(old);
    return n.status();
  }
  buffer_.resize(old + *n);
  if (*n == 0) eof_ = true;
  return Status::ok();
}

Result<bool> ByteSource::read_line(std::string& line) {
  size_t scanned = buffer_pos_;
  while (true) {
    size_t newline = buffer_.find('\n', scanned);
    if (newline != std::string::npos) {
      line.assign(buffer_, buffer_pos_, newline - buffer_pos_);
      buffer_pos_ = newline + 1;
      return true;
    }
    if (eof_) {
      if (buffer_pos_ >= buffer_.size()) return false;
      line.assign(buffer_, buffer_pos_, std::string::npos);
      buffer_pos_ = buffer_.size();
      return true;
    }
    scanned = buffer_.size() - buffer_pos_;
    if (Status s = fill(); !s) return s;
    scanned = buffer_pos_ + scanned;
  }
}

Result<bool> ByteSource::read_line(std::string& line, uint64_t max_line, uint64_t* full_length) {
  size_t scanned = buffer_pos_;
  uint64_t dropped = 0;  // bytes of an overlong line already discarded
  while (true) {
    size_t newline = buffer_.find('\n', scanned);
    if (newline != std::string::npos || eof_) {
      size_t end = newline != std::string::npos ? newline : buffer_.size();
      if (newline == std::string::npos && dropped == 0 && buffer_pos_ >= buffer_.size())
        return false;
      uint64_t length = dropped + (end - buffer_pos_);
      if (dropped == 0)
        line.assign(buffer_, buffer_pos_, std::min<uint64_t>(end - buffer_pos_, max_line));
      buffer_pos_ = newline != std::string::npos ? newline + 1 : buffer_.size();
      if (full_length) *full_length = length;
      return true;
    }
    if (buffer_.size() - buffer_pos_ > max_line) {
      // Keep the head for the error message and drop the rest as it comes.
      if (dropped == 0) line.assign(buffer_, buffer_pos_, max_line);
      dropped += buffer_.size() - buffer_pos_;
      buffer_pos_ = buffer_.size();
      scanned = buffer_pos_;
    } else {
      scanned = buffer_.size();
    }
    size_t offset = scanned - buffer_pos_;
    if (Status s = fill(); !s) return s;
    scanned = buffer_pos_ + offset;
  }
}

Result<std::string_view> ByteSource::peek(size_t size) {
  while (buffer_.size() - buffer_pos_ < size && !eof_)
    if (Status s = fill(); !s) return s;
  return std::string_view(buffer_).substr(buffer_pos_, size);
}

Result<std::string> ByteSource::read_all(uint64_t max_bytes) {
  std::string out = buffer_.substr(buffer_pos_);
  buffer_.clear();
  buffer_pos_ = 0;
  std::vector<char> chunk(1 << 16);
  while (!eof_) {
    auto n = read(chunk.data(), chunk.size());
    if (!n) return n.status();
    if (*n == 0) break;
    out.append(chunk.data(), *n);
    if (out.size() > max_bytes)
      return Status::invalid_input("file is larger than " + std::to_string(max_bytes) + " bytes");
  }
  eof_ = true;
  return out;
}

}  // namespace eventwire::io
