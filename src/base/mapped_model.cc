#include "base/mapped_model.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "base/bytes.h"
#include "base/checked_files.h"
#include "base/fingerprint.h"
#include "base/hash.h"

namespace eventwire::base {

namespace {

constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kFixedHeader = 8 + 4 + 4 + 8 + 8;
constexpr uint32_t kMaxSections = 4096;

size_t align_up(size_t n, size_t to) {
  return (n + to - 1) / to * to;
}

bool fail(std::string* why, const char* what) {
  if (why != nullptr) *why = what;
  return false;
}

struct Table {
  uint32_t version = 0, count = 0;
  uint64_t key = 0, checksum = 0;
  std::vector<std::pair<uint64_t, uint64_t>> sections;  // offset, size
};

bool read_table(std::string_view bytes, std::string_view magic, Table& table, std::string* why) {
  ByteReader in(bytes);
  char found[8];
  if (!in.raw(found, 8) || std::string_view(found, 8) != magic) return fail(why, "bad magic");
  if (!in.u32(table.version) || !in.u32(table.count) || !in.u64(table.key) ||
      !in.u64(table.checksum) || table.count > kMaxSections)
    return fail(why, "truncated header");
  table.sections.resize(table.count);
  for (auto& [offset, size] : table.sections)
    if (!in.u64(offset) || !in.u64(size)) return fail(why, "truncated section table");
  size_t end = bytes.size() - in.remaining();
  for (const auto& [offset, size] : table.sections) {
    if (offset % kMappedSectionAlign != 0 || offset < end || offset > bytes.size() ||
        size > bytes.size() - offset)
      return fail(why, "section outside the file");
    end = offset + size;
  }
  return true;
}

// The page cache keeps a written file in the small folios of its writes;
// once they are on disk and dropped, the first reader's faults read the file
// back in 2 MB folios (readahead of a huge-page mapping), which its mappings
// can then use as huge pages. Costs one flush per written file.
void drop_written_pages(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  if (fdatasync(fd) == 0) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  ::close(fd);
}

}  // namespace

uint64_t mapped_checksum(const char* data, size_t size, uint64_t seed) {
  uint64_t lane[4] = {seed, seed ^ kGoldenGamma, seed + 1, seed ^ 0xbf58476d1ce4e5b9ULL};
  size_t i = 0;
  for (; i + 32 <= size; i += 32)
    for (int k = 0; k < 4; ++k) {
      uint64_t w;
      std::memcpy(&w, data + i + 8 * k, 8);
      lane[k] = (lane[k] ^ w) * 0x100000001b3ULL + (lane[k] >> 29);
    }
  for (; i < size; ++i)
    lane[0] = (lane[0] ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  return mix_bits(lane[0] ^ mix_bits(lane[1] ^ mix_bits(lane[2] ^ mix_bits(lane[3] ^ size))));
}

std::unique_ptr<MappedFile> MappedFile::open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size <= 0) {
    ::close(fd);
    return nullptr;
  }
  const auto size = static_cast<size_t>(info.st_size);
  // Reserve an aligned range first: the file's 2 MB-aligned offsets then fall
  // on 2 MB-aligned addresses, which a huge-page mapping needs.
  const size_t reserved = size >= kHugePage ? align_up(size, kHugePage) + kHugePage : size;
  void* reservation = mmap(nullptr, reserved, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (reservation == MAP_FAILED) {
    ::close(fd);
    return nullptr;
  }
  const auto base = reinterpret_cast<uintptr_t>(reservation);
  void* at = size >= kHugePage ? reinterpret_cast<void*>(align_up(base, kHugePage)) : reservation;
  void* map = mmap(at, size, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) {
    munmap(reservation, reserved);
    return nullptr;
  }
#ifdef MADV_HUGEPAGE
  if (size >= kHugePage) madvise(map, align_up(size, kHugePage), MADV_HUGEPAGE);
#endif
  return std::unique_ptr<MappedFile>(new MappedFile(static_cast<const char*>(map), size,
                                                    reservation, reserved, identity_of_stat(info)));
}

MappedFile::~MappedFile() {
  munmap(reservation_, reserved_);  // the file's mapping lies inside the reservation
}

MappedModel open_mapped_model(const std::string& path, std::string_view magic, uint32_t version,
                              uint64_t key, std::string* why, bool trust_verdict) {
  std::shared_ptr<const MappedFile> file = MappedFile::open(path);
  if (file == nullptr) {
    fail(why, "cannot open or map the file");
    return {};
  }
  const std::string_view bytes = file->bytes();
  Table table;
  if (!read_table(bytes, magic, table, why)) return {};
  if (table.version != version) {
    fail(why, "other format version");
    return {};
  }
  if (table.key != key) {
    fail(why, "built from other sources");
    return {};
  }
  MappedModel model;
  for (const auto& [offset, size] : table.sections)
    model.sections.push_back(bytes.substr(offset, size));
  // The checksum (0.75 instructions a byte) once per file identity where the
  // reader guards itself.
  const std::string verdict = trust_verdict ? path + ".checked" : "";
  if (!verdict_holds(*file, verdict)) {
    uint64_t sum = key;
    for (std::string_view section : model.sections)
      sum = mapped_checksum(section.data(), section.size(), sum);
    if (sum != table.checksum) {
      fail(why, "checksum mismatch");
      return {};
    }
    record_checked(verdict, file->identity());
  }
  model.file = std::move(file);
  return model;
}

bool write_mapped_model(const std::string& path, std::string_view magic, uint32_t version,
                        uint64_t key, const std::vector<MappedSection>& sections) {
  if (magic.size() != 8 || sections.size() > kMaxSections) return false;
  std::vector<std::pair<uint64_t, uint64_t>> table;
  size_t offset = align_up(kFixedHeader + 16 * sections.size(), kMappedSectionAlign);
  const std::string zeros(kMappedSectionAlign, '\0');
  for (const MappedSection& s : sections) {
    table.emplace_back(offset, s.bytes.size() + s.zeros);
    offset = align_up(offset + s.bytes.size() + s.zeros, kMappedSectionAlign);
  }
  // The checksum runs over each section's bytes and zeros as one buffer (a
  // copy for a zero-tailed section: files are written once per model).
  uint64_t sum = key;
  for (const MappedSection& s : sections) {
    if (s.zeros == 0) {
      sum = mapped_checksum(s.bytes.data(), s.bytes.size(), sum);
      continue;
    }
    std::string whole(s.bytes);
    whole.append(s.zeros, '\0');
    sum = mapped_checksum(whole.data(), whole.size(), sum);
  }
  ByteWriter header;
  header.raw(magic.data(), 8);
  header.u32(version);
  header.u32(static_cast<uint32_t>(sections.size()));
  header.u64(key);
  header.u64(sum);
  for (const auto& [at, size] : table) {
    header.u64(at);
    header.u64(size);
  }
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  static std::atomic<unsigned> writes{0};
  const std::string temp =
      path + ".tmp" + std::to_string(getpid()) + "-" + std::to_string(++writes);
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  auto put = [&](const char* data, size_t n) { out.write(data, static_cast<std::streamsize>(n)); };
  auto pad_to = [&](size_t at, size_t& written) {
    for (; written < at; written += std::min(at - written, zeros.size()))
      put(zeros.data(), std::min(at - written, zeros.size()));
  };
  size_t written = header.bytes().size();
  put(header.bytes().data(), written);
  for (size_t i = 0; i < sections.size(); ++i) {
    pad_to(table[i].first, written);
    put(sections[i].bytes.data(), sections[i].bytes.size());
    written += sections[i].bytes.size();
    pad_to(written + sections[i].zeros, written);
  }
  out.close();
  if (!out || std::rename(temp.c_str(), path.c_str()) != 0) {
    std::filesystem::remove(temp, ec);
    return false;
  }
  drop_written_pages(path);
  return true;
}

namespace {
struct CacheDir {
  std::mutex mutex;
  std::string dir;
};
CacheDir& cache_dir_setting() {
  static CacheDir setting;
  return setting;
}
}  // namespace

void set_mapped_cache_dir(const std::string& dir) {
  CacheDir& setting = cache_dir_setting();
  std::lock_guard<std::mutex> lock(setting.mutex);
  setting.dir = dir;
}

std::string mapped_cache_dir() {
  CacheDir& setting = cache_dir_setting();
  std::lock_guard<std::mutex> lock(setting.mutex);
  return setting.dir;
}

bool code_file_identity(std::string* path, uint64_t* key) {
  static const char marker = 0;  // an address inside this code's file
  Dl_info info{};
  std::string file;
  if (dladdr(&marker, &info) != 0 && info.dli_fname != nullptr && info.dli_fname[0] == '/') {
    file = info.dli_fname;
  } else {  // the program itself (dladdr may give its name as it was run)
    std::error_code ec;
    file = std::filesystem::read_symlink("/proc/self/exe", ec).string();
    if (ec) return false;
  }
  FileIdentity identity;
  if (!file_identity(file, &identity)) return false;
  *path = file;
  *key = identity.key;
  return true;
}

std::pair<std::string, uint64_t> code_cache_file(std::string_view stem, std::string_view ext,
                                                 uint32_t version) {
  const std::string dir = mapped_cache_dir();
  std::string binary;
  uint64_t identity = 0;
  if (dir.empty() || !code_file_identity(&binary, &identity)) return {"", 0};
  char hash[40];
  std::snprintf(hash, sizeof hash, "-%016llx-v%u.",
                static_cast<unsigned long long>(fnv1a(binary, kFnv1aOffsetShort)), version);
  return {dir + "/" + std::string(stem) + hash + std::string(ext), mix_bits(identity ^ version)};
}

}  // namespace eventwire::base
