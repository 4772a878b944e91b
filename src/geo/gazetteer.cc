// Gazetteer: a memory-mapped, read-only view of the binary file. Every read is
// bounds-checked against the mapping, so a corrupt file yields empty strings or
// an error from open(), never a crash.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "eventwire/geo.h"
#include "geo/format.h"

namespace eventwire {

using geo_format::Entry;
using geo_format::Header;
using geo_format::NameRef;

Gazetteer::~Gazetteer() {
  if (data_ != nullptr) munmap(const_cast<unsigned char*>(data_), size_);
}

std::string Gazetteer::default_path(const std::string& source_dir) {
  if (!source_dir.empty()) return source_dir + "/.cache/gazetteer.ewg";
#ifdef EVENTWIRE_SOURCE_DIR
  return std::string(EVENTWIRE_SOURCE_DIR) + "/.cache/gazetteer.ewg";
#else
  return ".cache/gazetteer.ewg";
#endif
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::not_found("gazetteer \"" + path + "\" cannot be opened: " +
                             std::strerror(errno) + " (build it with scripts/build-gazetteer)");
  }
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Status::io_error("gazetteer \"" + path + "\" is not a regular file");
  }
  auto size = static_cast<size_t>(info.st_size);
  if (size < sizeof(Header)) {
    ::close(fd);
    return Status::corrupt("gazetteer \"" + path + "\" is too short (" + std::to_string(size) +
                           " bytes)");
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::io_error("gazetteer \"" + path + "\" cannot be mapped");
  std::shared_ptr<Gazetteer> gaz(new Gazetteer());
  gaz->data_ = static_cast<const unsigned char*>(map);
  gaz->size_ = size;
  gaz->path_ = path;

  Header header;
  std::memcpy(&header, map, sizeof header);
  if (std::memcmp(header.magic, geo_format::kMagic, sizeof header.magic) != 0) {
    return Status::corrupt("\"" + path + "\" is not an eventwire gazetteer (bad magic number)");
  }
  if (header.version != geo_format::kVersion) {
    return Status::corrupt("gazetteer \"" + path + "\" has format version " +
                           std::to_string(header.version) + ", expected " +
                           std::to_string(geo_format::kVersion) + " (rebuild it)");
  }
  auto section_ok = [&](uint64_t offset, uint64_t count, uint64_t item) {
    return offset >= sizeof(Header) && offset <= size && count <= (size - offset) / item;
  };
  if (!section_ok(header.entries_offset, header.entry_count, sizeof(Entry)) ||
      !section_ok(header.names_offset, header.name_count, sizeof(NameRef)) ||
      !section_ok(header.pool_offset, header.pool_size, 1) ||
      header.pool_offset + header.pool_size != size || header.pool_size == 0 ||
      gaz->data_[size - 1] != 0) {
    return Status::corrupt("gazetteer \"" + path +
                           "\" is truncated or its sections are inconsistent");
  }
  gaz->version_ = header.version;
  gaz->entry_count_ = header.entry_count;
  gaz->name_count_ = header.name_count;
  gaz->fingerprint_ = header.fingerprint;
  gaz->entries_offset_ = header.entries_offset;
  gaz->names_offset_ = header.names_offset;
  gaz->pool_offset_ = header.pool_offset;
  gaz->pool_size_ = header.pool_size;
  return std::shared_ptr<const Gazetteer>(std::move(gaz));
}

std::string_view Gazetteer::pool_string(uint32_t offset) const {
  if (offset >= pool_size_) return {};
  const char* start = reinterpret_cast<const char*>(data_ + pool_offset_ + offset);
  // The pool ends with a NUL (checked on open), so strlen stays inside it.
  return std::string_view(start, std::strlen(start));
}

GazetteerEntry Gazetteer::entry(uint32_t index) const {
  GazetteerEntry out;
  if (index >= entry_count_) return out;
  Entry raw;
  std::memcpy(&raw, data_ + entries_offset_ + uint64_t{index} * sizeof(Entry), sizeof raw);
  out.index = index;
  out.geonames_id = raw.geonames_id;
  out.population = raw.population;
  out.lat = raw.lat;
  out.lon = raw.lon;
  out.name = std::string(pool_string(raw.name));
  out.admin1 = std::string(pool_string(raw.admin1));
  if (raw.country[0] != '\0') out.country.assign(raw.country, raw.country[1] != '\0' ? 2 : 1);
  out.feature_class = raw.feature_class;
  out.feature_code.assign(raw.feature_code, strnlen(raw.feature_code, sizeof raw.feature_code));
  return out;
}

std::vector<GazetteerCandidate> Gazetteer::candidates(std::string_view name) const {
  return candidates_for_key(gazetteer_key(name));
}

namespace {

NameRef name_at(const unsigned char* names, uint32_t i) {
  NameRef ref;
  std::memcpy(&ref, names + uint64_t{i} * sizeof(NameRef), sizeof ref);
  return ref;
}

}  // namespace

uint32_t Gazetteer::lower_bound(std::string_view key) const {
  const unsigned char* names = data_ + names_offset_;
  uint32_t low = 0, high = name_count_;
  while (low < high) {
    uint32_t mid = low + (high - low) / 2;
    if (pool_string(name_at(names, mid).key) < key)
      low = mid + 1;
    else
      high = mid;
  }
  return low;
}

bool Gazetteer::has_key_prefix(std::string_view key_prefix) const {
  uint32_t at = lower_bound(key_prefix);
  return at < name_count_ &&
         pool_string(name_at(data_ + names_offset_, at).key).starts_with(key_prefix);
}

std::vector<GazetteerCandidate> Gazetteer::candidates_for_key(std::string_view key) const {
  std::vector<GazetteerCandidate> out;
  if (key.empty()) return out;
  const unsigned char* names = data_ + names_offset_;
  for (uint32_t i = lower_bound(key); i < name_count_ && out.size() < 4096; ++i) {
    NameRef ref = name_at(names, i);
    if (pool_string(ref.key) != key) break;
    if (ref.entry >= entry_count_ || ref.kind > static_cast<uint8_t>(NameKind::kDemonym)) continue;
    out.push_back({ref.entry, static_cast<NameKind>(ref.kind)});
  }
  return out;
}

}  // namespace eventwire
