// Writes the binary gazetteer: entries, key blocks of the sorted names with their
// first keys, and a string pool.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include "base/fingerprint.h"
#include "eventwire/geo.h"
#include "geo/format.h"

namespace eventwire {
namespace {

class Pool {
 public:
  Pool() { bytes_.push_back('\0'); }  // offset 0 is the empty string
  uint32_t add(const std::string& s) {
    if (s.empty()) return 0;
    auto [it, inserted] = offsets_.try_emplace(s, static_cast<uint32_t>(bytes_.size()));
    if (inserted) {
      bytes_.insert(bytes_.end(), s.begin(), s.end());
      bytes_.push_back('\0');
    }
    return it->second;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

uint64_t align8(uint64_t n) {
  return (n + 7) & ~uint64_t{7};
}

struct Keyed {
  std::string key;
  uint32_t entry;
  uint8_t kind;
};

struct KeyBlocks {
  std::string keys, heads;
  std::vector<uint32_t> blocks;  // offsets in `keys`, and its end
  uint32_t name_count = 0;
};

// Key blocks: kBlockNames names each, keys inline, so a lookup reads one block.
// `keyed` is sorted; of duplicates (same key and entry) the first stays.
KeyBlocks key_blocks(const std::vector<Keyed>& keyed) {
  KeyBlocks kb;
  for (size_t i = 0; i < keyed.size(); ++i) {
    if (i > 0 && keyed[i].entry == keyed[i - 1].entry && keyed[i].key == keyed[i - 1].key) continue;
    if (kb.name_count % geo_format::kBlockNames == 0) {
      kb.blocks.push_back(static_cast<uint32_t>(kb.keys.size()));
      kb.heads += keyed[i].key;
      kb.heads.push_back('\0');
    }
    kb.keys.push_back(static_cast<char>(keyed[i].key.size()));
    kb.keys += keyed[i].key;
    const uint32_t entry = keyed[i].entry;
    for (int b = 0; b < 4; ++b) kb.keys.push_back(static_cast<char>((entry >> (8 * b)) & 0xff));
    kb.keys.push_back(static_cast<char>(keyed[i].kind));
    ++kb.name_count;
  }
  kb.blocks.push_back(static_cast<uint32_t>(kb.keys.size()));
  return kb;
}

}  // namespace

uint64_t gazetteer_fingerprint(const GazetteerSources& sources) {
  uint64_t hash = base::kFnv1aOffsetShort;
  auto mix = [&](std::string_view s) {
    // 0xff after each part, so ("ab","c") differs from ("a","bc")
    hash = base::fnv1a_step(base::fnv1a(s, hash), 0xff);
  };
  mix("eventwire-gazetteer-" + std::to_string(geo_format::kVersion));
  mix(sources.cities_tsv);
  mix(sources.iso_3166_1_json);
  mix(sources.iso_3166_2_json);
  mix(sources.countries_json);
  mix(sources.regions_tsv);
  mix(sources.subdivision_cities_json);
  mix(sources.subdivision_names_json);
  if (!sources.subdivision_points_json.empty()) mix(sources.subdivision_points_json);
  if (!sources.country_points_tsv.empty()) mix(sources.country_points_tsv);
  if (!sources.admin2_names_json.empty()) mix(sources.admin2_names_json);
  if (!sources.cities1000_json.empty()) mix(sources.cities1000_json);
  return hash;
}

Status write_gazetteer(const std::vector<GazetteerRecord>& records, uint64_t fingerprint,
                       const std::string& path) {
  if (records.size() >= (1u << 31)) return Status::invalid_input("too many gazetteer records");
  Pool pool;
  std::vector<geo_format::Entry> entries;
  entries.reserve(records.size());
  std::vector<Keyed> keyed;
  for (size_t i = 0; i < records.size(); ++i) {
    const GazetteerRecord& r = records[i];
    geo_format::Entry e{};
    e.geonames_id = r.geonames_id;
    e.population = r.population;
    e.lat = static_cast<float>(r.lat);
    e.lon = static_cast<float>(r.lon);
    e.name = pool.add(r.name);
    e.admin1 = pool.add(r.admin1);
    for (size_t k = 0; k < 2 && k < r.country.size(); ++k) e.country[k] = r.country[k];
    e.feature_class = r.feature_class;
    std::memcpy(e.feature_code, r.feature_code.data(),
                std::min(r.feature_code.size(), sizeof e.feature_code));
    entries.push_back(e);
    for (const auto& [name, kind] : r.names) {
      std::string key = gazetteer_key(name);
      if (key.empty() || key.size() > geo_format::kMaxKeyBytes) continue;
      keyed.push_back({std::move(key), static_cast<uint32_t>(i), static_cast<uint8_t>(kind)});
    }
  }
  // Sorted by (key, entry, kind); of duplicates the first, lowest kind stays.
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (int c = a.key.compare(b.key); c != 0) return c < 0;
    return a.entry != b.entry ? a.entry < b.entry : a.kind < b.kind;
  });
  const KeyBlocks kb = key_blocks(keyed);
  if (pool.bytes().size() >= (uint64_t{1} << 32) || kb.keys.size() >= (uint64_t{1} << 32))
    return Status::invalid_input("gazetteer string pool or keys exceed 4 GiB");

  geo_format::Header header{};
  std::memcpy(header.magic, geo_format::kMagic, sizeof header.magic);
  header.version = geo_format::kVersion;
  header.entry_count = static_cast<uint32_t>(entries.size());
  header.name_count = kb.name_count;
  header.block_count = static_cast<uint32_t>(kb.blocks.size() - 1);
  header.fingerprint = fingerprint;
  header.entries_offset = sizeof(header);
  header.blocks_offset = align8(header.entries_offset + entries.size() * sizeof(geo_format::Entry));
  header.heads_offset = align8(header.blocks_offset + kb.blocks.size() * sizeof(uint32_t));
  header.heads_size = kb.heads.size();
  header.keys_offset = align8(header.heads_offset + kb.heads.size());
  header.keys_size = kb.keys.size();
  header.pool_offset = align8(header.keys_offset + kb.keys.size());
  header.pool_size = pool.bytes().size();

  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::io_error("cannot write gazetteer \"" + tmp + "\"");
    auto pad_to = [&](uint64_t offset) {
      static const char zeros[8] = {};
      auto here = static_cast<uint64_t>(out.tellp());
      if (offset > here) out.write(zeros, static_cast<std::streamsize>(offset - here));
    };
    out.write(reinterpret_cast<const char*>(&header), sizeof header);
    out.write(reinterpret_cast<const char*>(entries.data()),
              static_cast<std::streamsize>(entries.size() * sizeof(geo_format::Entry)));
    pad_to(header.blocks_offset);
    out.write(reinterpret_cast<const char*>(kb.blocks.data()),
              static_cast<std::streamsize>(kb.blocks.size() * sizeof(uint32_t)));
    pad_to(header.heads_offset);
    out.write(kb.heads.data(), static_cast<std::streamsize>(kb.heads.size()));
    pad_to(header.keys_offset);
    out.write(kb.keys.data(), static_cast<std::streamsize>(kb.keys.size()));
    pad_to(header.pool_offset);
    out.write(pool.bytes().data(), static_cast<std::streamsize>(pool.bytes().size()));
    if (!out.flush()) return Status::io_error("cannot write gazetteer \"" + tmp + "\"");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::io_error("cannot rename \"" + tmp + "\" to \"" + path + "\"");
  }
  return Status::ok();
}

}  // namespace eventwire
