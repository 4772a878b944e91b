// Gazetteer: a read-only view of the binary file, read with pread. Every read is
// bounds-checked against the file's sections, so a corrupt file yields empty
// strings or an error from open(), never a crash.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "eventwire/geo.h"
#include "geo/format.h"

namespace eventwire {

using geo_format::Entry;
using geo_format::Header;

namespace {

// Per-thread direct-mapped caches of key blocks and entries: common words look
// up the same few blocks again and again, and a pread costs a system call. A
// tag is the gazetteer's id (unique per open) and the block or entry number + 1.
std::atomic<uint32_t> next_gazetteer_id{1};

struct BlockSlot {
  uint64_t tag = 0;
  std::string bytes;
};
struct EntrySlot {
  uint64_t tag = 0;
  GazetteerEntry entry;
};
constexpr size_t kCachedBlocks = 512, kCachedEntries = 1024;

uint64_t cache_tag(uint32_t id, size_t item) {
  return (uint64_t{id} << 32) | (item + 1);
}

}  // namespace

Gazetteer::~Gazetteer() {
  if (fd_ >= 0) ::close(fd_);
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
  auto size = static_cast<uint64_t>(info.st_size);
  std::shared_ptr<Gazetteer> gaz(new Gazetteer());
  gaz->fd_ = fd;
  gaz->id_ = next_gazetteer_id.fetch_add(1);
  gaz->path_ = path;
  Header header{};
  if (size < sizeof(Header) || !gaz->read_at(0, &header, sizeof header)) {
    return Status::corrupt("gazetteer \"" + path + "\" is too short (" + std::to_string(size) +
                           " bytes)");
  }
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
      !section_ok(header.blocks_offset, uint64_t{header.block_count} + 1, sizeof(uint32_t)) ||
      !section_ok(header.heads_offset, header.heads_size, 1) ||
      !section_ok(header.keys_offset, header.keys_size, 1) ||
      !section_ok(header.pool_offset, header.pool_size, 1) ||
      header.pool_offset + header.pool_size != size || header.pool_size == 0 ||
      !gaz->load_index(header)) {
    return Status::corrupt("gazetteer \"" + path +
                           "\" is truncated or its sections are inconsistent");
  }
  gaz->version_ = header.version;
  gaz->entry_count_ = header.entry_count;
  gaz->name_count_ = header.name_count;
  gaz->fingerprint_ = header.fingerprint;
  gaz->entries_offset_ = header.entries_offset;
  gaz->keys_offset_ = header.keys_offset;
  gaz->pool_offset_ = header.pool_offset;
  gaz->pool_size_ = header.pool_size;
  return std::shared_ptr<const Gazetteer>(std::move(gaz));
}

bool Gazetteer::read_at(uint64_t offset, void* out, size_t size) const {
  auto* p = static_cast<char*>(out);
  while (size > 0) {
    ssize_t got = ::pread(fd_, p, size, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    p += got;
    size -= static_cast<size_t>(got);
    offset += static_cast<uint64_t>(got);
  }
  return true;
}

// Reads the block offsets and the first key of each block into memory (about
// 0.5 MB for the full gazetteer) and checks them: offsets ascending, blocks of at
// most kBlockNames names, one head per block, the pool ending with NUL.
bool Gazetteer::load_index(const Header& header) {
  const uint64_t max_block = uint64_t{geo_format::kBlockNames} * (geo_format::kMaxKeyBytes + 6);
  blocks_.resize(uint64_t{header.block_count} + 1);
  heads_.resize(header.heads_size);
  char last = 1;
  if (!read_at(header.blocks_offset, blocks_.data(), blocks_.size() * sizeof(uint32_t)) ||
      !read_at(header.heads_offset, heads_.data(), heads_.size()) ||
      !read_at(header.pool_offset + header.pool_size - 1, &last, 1) || last != 0 ||
      blocks_.front() != 0 || blocks_.back() != header.keys_size ||
      header.block_count !=
          (uint64_t{header.name_count} + geo_format::kBlockNames - 1) / geo_format::kBlockNames)
    return false;
  for (size_t b = 0; b + 1 < blocks_.size(); ++b) {
    if (blocks_[b + 1] < blocks_[b] || blocks_[b + 1] - blocks_[b] > max_block) return false;
  }
  head_views_.reserve(header.block_count);
  for (size_t at = 0; at < heads_.size();) {
    size_t end = heads_.find('\0', at);
    if (end == std::string::npos) return false;
    head_views_.emplace_back(heads_.data() + at, end - at);
    at = end + 1;
  }
  return head_views_.size() == header.block_count;
}

std::string Gazetteer::pool_string(uint32_t offset) const {
  std::string out;
  char chunk[64];
  for (uint64_t at = offset; at < pool_size_; at += sizeof chunk) {
    const size_t n = static_cast<size_t>(std::min<uint64_t>(sizeof chunk, pool_size_ - at));
    if (!read_at(pool_offset_ + at, chunk, n)) return {};
    const void* nul = std::memchr(chunk, 0, n);
    if (nul != nullptr) return out.append(chunk, static_cast<const char*>(nul) - chunk);
    out.append(chunk, n);
  }
  return {};
}

GazetteerEntry Gazetteer::entry(uint32_t index) const {
  if (index >= entry_count_) return {};
  thread_local std::vector<EntrySlot> cache(kCachedEntries);
  EntrySlot& slot = cache[index % kCachedEntries];
  const uint64_t tag = cache_tag(id_, index);
  if (slot.tag != tag) {
    slot.entry = read_entry(index);
    slot.tag = tag;
  }
  return slot.entry;
}

GazetteerEntry Gazetteer::read_entry(uint32_t index) const {
  GazetteerEntry out;
  Entry raw;
  if (!read_at(entries_offset_ + uint64_t{index} * sizeof(Entry), &raw, sizeof raw)) return out;
  out.index = index;
  out.geonames_id = raw.geonames_id;
  out.population = raw.population;
  out.lat = raw.lat;
  out.lon = raw.lon;
  out.name = pool_string(raw.name);
  out.admin1 = pool_string(raw.admin1);
  if (raw.country[0] != '\0') out.country.assign(raw.country, raw.country[1] != '\0' ? 2 : 1);
  out.feature_class = raw.feature_class;
  out.feature_code.assign(raw.feature_code, strnlen(raw.feature_code, sizeof raw.feature_code));
  return out;
}

std::vector<GazetteerCandidate> Gazetteer::candidates(std::string_view name) const {
  return candidates_for_key(gazetteer_key(name));
}

void Gazetteer::scan_from(
    std::string_view key,
    const std::function<bool(std::string_view, uint32_t, uint8_t)>& visit) const {
  // The block before the first whose head is not less than `key` may still hold
  // names equal to it; from there the names run on in key order.
  auto first = std::lower_bound(head_views_.begin(), head_views_.end(), key);
  size_t b = static_cast<size_t>(first - head_views_.begin());
  if (b > 0) --b;
  thread_local std::vector<BlockSlot> cache(kCachedBlocks);
  for (; b < head_views_.size(); ++b) {
    BlockSlot& slot = cache[b % kCachedBlocks];
    const uint64_t tag = cache_tag(id_, b);
    if (slot.tag != tag) {
      slot.tag = 0;
      slot.bytes.resize(blocks_[b + 1] - blocks_[b]);
      if (!read_at(keys_offset_ + blocks_[b], slot.bytes.data(), slot.bytes.size())) return;
      slot.tag = tag;
    }
    const std::string& block = slot.bytes;
    for (size_t at = 0; at < block.size();) {
      const size_t len = static_cast<unsigned char>(block[at]);
      if (len + 6 > block.size() - at) return;  // corrupt: the name runs past its block
      std::string_view name_key(block.data() + at + 1, len);
      const auto* tail = reinterpret_cast<const unsigned char*>(block.data() + at + 1 + len);
      at += len + 6;
      if (name_key < key) continue;
      const uint32_t entry = uint32_t{tail[0]} | uint32_t{tail[1]} << 8 | uint32_t{tail[2]} << 16 |
                             uint32_t{tail[3]} << 24;
      if (!visit(name_key, entry, tail[4])) return;
    }
  }
}

bool Gazetteer::has_key_prefix(std::string_view key_prefix) const {
  bool found = false;
  scan_from(key_prefix, [&](std::string_view name_key, uint32_t, uint8_t) {
    found = name_key.starts_with(key_prefix);
    return false;
  });
  return found;
}

std::vector<GazetteerCandidate> Gazetteer::candidates_for_key(std::string_view key) const {
  std::vector<GazetteerCandidate> out;
  if (key.empty()) return out;
  scan_from(key, [&](std::string_view name_key, uint32_t entry, uint8_t kind) {
    if (name_key != key || out.size() >= 4096) return false;
    if (entry < entry_count_ && kind <= static_cast<uint8_t>(NameKind::kDemonym))
      out.push_back({entry, static_cast<NameKind>(kind)});
    return true;
  });
  return out;
}

}  // namespace eventwire
