// On-disk layout of the gazetteer (docs/geo.md). Little-endian, sections
// 8-byte aligned, every offset checked against the file size on open.
#pragma once

#include <cstdint>

namespace eventwire::geo_format {

inline constexpr char kMagic[8] = {'E', 'W', 'G', 'A', 'Z', '\r', '\n', '\x1a'};
inline constexpr uint32_t kVersion = 2;
// Names per key block: a lookup reads one block (about 1 KB) with one pread.
inline constexpr uint32_t kBlockNames = 64;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t entry_count;
  uint32_t name_count;
  uint32_t block_count;  // ceil(name_count / kBlockNames)
  uint64_t fingerprint;
  uint64_t entries_offset;  // entry_count × Entry
  uint64_t blocks_offset;   // (block_count + 1) × u32: byte offsets of the blocks in the keys
  uint64_t heads_offset;    // block_count NUL-terminated first keys, one per block
  uint64_t heads_size;
  uint64_t keys_offset;  // the key blocks (names sorted by key, then entry)
  uint64_t keys_size;
  uint64_t pool_offset;  // NUL-terminated UTF-8 strings (display names, admin1 codes)
  uint64_t pool_size;    // the file ends at pool_offset + pool_size
};
static_assert(sizeof(Header) == 96);

// A key block holds up to kBlockNames names, each as: u8 key length, the key's
// bytes, u32 entry, u8 kind (NameKind).
inline constexpr uint32_t kMaxKeyBytes = 120;

struct Entry {
  int64_t geonames_id;
  uint64_t population;
  float lat, lon;
  uint32_t name;    // pool offset of the display name
  uint32_t admin1;  // pool offset of the admin1 code
  char country[2];
  char feature_class;
  char feature_code[5];  // NUL-padded
};
static_assert(sizeof(Entry) == 40);

}  // namespace eventwire::geo_format
