// The one byte writer and reader of our binary model files (little-endian;
// the host is, x86_64 and arm64). ByteReader never reads past its end: every
// getter reports failure instead, so a truncated or corrupt file yields an
// error rather than a crash.
//
// Thread safety: one object per thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace eventwire::base {

class ByteWriter {
 public:
  void u8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { raw(&v, 2); }
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f32(float v) { raw(&v, 4); }
  // LEB128: seven bits a byte, low first, the high bit set on all but the last.
  void varint(uint32_t v) {
    for (; v >= 0x80; v >>= 7) u8(static_cast<uint8_t>((v & 0x7F) | 0x80));
    u8(static_cast<uint8_t>(v));
  }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  void raw(const void* data, size_t size) { bytes_.append(static_cast<const char*>(data), size); }
  // Any trivially copyable value, as its bytes.
  template <typename T>
  void put(T v) {
    raw(&v, sizeof v);
  }
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;  // the host is little-endian (x86_64, arm64)
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
  bool u8(uint8_t& v) { return raw(&v, 1); }
  bool u16(uint16_t& v) { return raw(&v, 2); }
  bool u32(uint32_t& v) { return raw(&v, 4); }
  bool u64(uint64_t& v) { return raw(&v, 8); }
  bool f32(float& v) { return raw(&v, 4); }
  bool varint(uint32_t& v) {
    v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      uint8_t c = 0;
      if (!u8(c)) return false;
      v |= static_cast<uint32_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return true;
    }
    return false;
  }
  bool str(std::string& s) {
    uint32_t n = 0;
    if (!u32(n) || n > remaining()) return false;
    s.assign(bytes_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  template <typename T>
  bool get(T& v) {
    return raw(&v, sizeof v);
  }
  bool raw(void* out, size_t size) {
    if (size > remaining()) return false;
    std::memcpy(out, bytes_.data() + pos_, size);
    pos_ += size;
    return true;
  }
  // Reads `count` elements of trivially copyable T, refusing counts larger
  // than the remaining bytes could hold.
  template <typename T>
  bool array(std::vector<T>& out, uint64_t count) {
    if (count > remaining() / sizeof(T)) return false;
    out.resize(count);
    return raw(out.data(), count * sizeof(T));
  }
  // Points `out` at the next `size` bytes in place (no copy) and skips them.
  bool view(const char*& out, uint64_t size) {
    if (size > remaining()) return false;
    out = bytes_.data() + pos_;
    pos_ += size;
    return true;
  }
  // Whether `count` records of `each` bytes can still follow (guards counts read from a file).
  bool fits(uint64_t count, size_t each) const { return count <= remaining() / each; }
  size_t remaining() const { return bytes_.size() - pos_; }
  size_t position() const { return pos_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace eventwire::base
