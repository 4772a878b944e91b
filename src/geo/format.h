// On-disk layout of the gazetteer (docs/geo.md). Little-endian, sections
// 8-byte aligned, every offset checked against the file size on open.
#pragma once

#include <cstdint>

namespace eventwire::geo_format {

inline constexpr char kMagic[8] = {'E', 'W', 'G', 'A', 'Z', '\r', '\n', '\x1a'};
inline constexpr uint32_t kVersion = 1;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t entry_count;
  uint32_t name_count;
  uint32_t reserved;
  uint64_t fingerprint;
  uint64_t entries_offset;  // entry_count × Entry
  uint64_t names_offset;    // name_count × NameRef, sorted by key then entry
  uint64_t pool_offset;     // NUL-terminated UTF-8 strings
  uint64_t pool_size;       // the file ends at pool_offset + pool_size
};
static_assert(sizeof(Header) == 64);

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

struct NameRef {
  uint32_t key;  // pool offset of the normalized key
  uint32_t entry;
  uint8_t kind;  // NameKind
  uint8_t pad[3];
};
static_assert(sizeof(NameRef) == 12);

}  // namespace eventwire::geo_format
