#include "base/mapped_model.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

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

namespace {

// The checksum's stripes: 64 bytes as eight u64 words, word k added to lane
// k ^ 1 and the product of its halves (after a xor with a lane constant) to
// lane k; every 16 stripes the lanes are scrambled (xor-shift, xor, multiply
// by a 32-bit prime). The same sums in scalar, SSE2 and AVX2 code: a lane's
// operations have no carry across 64 bits, so the vector paths are exact.
constexpr uint64_t kLaneKey[8] = {
    0xbe4ba423396cfeb8ULL, 0x1cad21f72c81017cULL, 0xdb979083e96dd4deULL, 0x1f67b3b7a4a44072ULL,
    0x78e5c0cc4ee679cbULL, 0x2172ffcc7dd05a82ULL, 0x8e2443f7744608b8ULL, 0x4c263a81e69035e0ULL};
constexpr uint64_t kScramblePrime = 0x9e3779b1ULL;
constexpr size_t kStripe = 64;
constexpr size_t kStripesPerBlock = 16;

inline uint64_t load_u64(const char* at) {
  uint64_t w;
  std::memcpy(&w, at, 8);
  return w;
}

void stripes_scalar(uint64_t* acc, const char* data, size_t stripes, bool scramble) {
  for (size_t s = 0; s < stripes; ++s)
    for (size_t k = 0; k < 8; ++k) {
      const uint64_t w = load_u64(data + s * kStripe + 8 * k);
      const uint64_t keyed = w ^ kLaneKey[k];
      acc[k ^ 1] += w;
      acc[k] += (keyed & 0xffffffffULL) * (keyed >> 32);
    }
  if (scramble)
    for (size_t k = 0; k < 8; ++k)
      acc[k] = ((acc[k] ^ (acc[k] >> 47)) ^ kLaneKey[k]) * kScramblePrime;
}

#if defined(__x86_64__)
void stripes_sse2(uint64_t* acc, const char* data, size_t stripes, bool scramble) {
  __m128i a[4], key[4];
  for (int j = 0; j < 4; ++j) {
    a[j] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(acc + 2 * j));
    key[j] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLaneKey + 2 * j));
  }
  for (size_t s = 0; s < stripes; ++s)
    for (int j = 0; j < 4; ++j) {
      const __m128i w =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + s * kStripe + 16 * j));
      const __m128i keyed = _mm_xor_si128(w, key[j]);
      const __m128i product = _mm_mul_epu32(keyed, _mm_srli_epi64(keyed, 32));
      a[j] = _mm_add_epi64(a[j], _mm_shuffle_epi32(w, _MM_SHUFFLE(1, 0, 3, 2)));
      a[j] = _mm_add_epi64(a[j], product);
    }
  if (scramble) {
    const __m128i prime = _mm_set1_epi64x(static_cast<int64_t>(kScramblePrime));
    for (int j = 0; j < 4; ++j) {
      const __m128i x = _mm_xor_si128(_mm_xor_si128(a[j], _mm_srli_epi64(a[j], 47)), key[j]);
      const __m128i low = _mm_mul_epu32(x, prime);
      const __m128i high = _mm_slli_epi64(_mm_mul_epu32(_mm_srli_epi64(x, 32), prime), 32);
      a[j] = _mm_add_epi64(low, high);
    }
  }
  for (int j = 0; j < 4; ++j) _mm_storeu_si128(reinterpret_cast<__m128i*>(acc + 2 * j), a[j]);
}

[[gnu::target("avx2")]] void stripes_avx2(uint64_t* acc, const char* data, size_t stripes,
                                          bool scramble) {
  __m256i a[2], key[2];
  for (int j = 0; j < 2; ++j) {
    a[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(acc + 4 * j));
    key[j] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(kLaneKey + 4 * j));
  }
  for (size_t s = 0; s < stripes; ++s)
    for (int j = 0; j < 2; ++j) {
      const __m256i w =
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + s * kStripe + 32 * j));
      const __m256i keyed = _mm256_xor_si256(w, key[j]);
      const __m256i product = _mm256_mul_epu32(keyed, _mm256_srli_epi64(keyed, 32));
      a[j] = _mm256_add_epi64(a[j], _mm256_shuffle_epi32(w, _MM_SHUFFLE(1, 0, 3, 2)));
      a[j] = _mm256_add_epi64(a[j], product);
    }
  if (scramble) {
    const __m256i prime = _mm256_set1_epi64x(static_cast<int64_t>(kScramblePrime));
    for (int j = 0; j < 2; ++j) {
      const __m256i x =
          _mm256_xor_si256(_mm256_xor_si256(a[j], _mm256_srli_epi64(a[j], 47)), key[j]);
      const __m256i low = _mm256_mul_epu32(x, prime);
      const __m256i high = _mm256_slli_epi64(_mm256_mul_epu32(_mm256_srli_epi64(x, 32), prime), 32);
      a[j] = _mm256_add_epi64(low, high);
    }
  }
  for (int j = 0; j < 2; ++j) _mm256_storeu_si256(reinterpret_cast<__m256i*>(acc + 4 * j), a[j]);
}
#endif

using StripesFn = void (*)(uint64_t*, const char*, size_t, bool);

StripesFn stripes_for(ChecksumPath path) {
#if defined(__x86_64__)
  if (path == ChecksumPath::kAvx2) return stripes_avx2;
  if (path == ChecksumPath::kSse2) return stripes_sse2;
#endif
  (void)path;
  return stripes_scalar;
}

uint64_t checksum_with(StripesFn stripes, const char* data, size_t size, uint64_t seed) {
  uint64_t acc[8];
  for (size_t k = 0; k < 8; ++k) acc[k] = mix_bits(seed + kGoldenGamma * (k + 1));
  const size_t block = kStripe * kStripesPerBlock;
  size_t i = 0;
  for (; i + block <= size; i += block) stripes(acc, data + i, kStripesPerBlock, true);
  const size_t tail_stripes = (size - i) / kStripe;
  stripes(acc, data + i, tail_stripes, false);
  i += tail_stripes * kStripe;
  // The last bytes (fewer than a stripe) one at a time into lanes in turn.
  for (size_t k = 0; i < size; ++i, ++k)
    acc[k & 7] = (acc[k & 7] ^ static_cast<unsigned char>(data[i])) * 0x100000001b3ULL;
  uint64_t sum = mix_bits(seed ^ size);
  for (uint64_t lane : acc) sum = mix_bits(sum ^ lane);
  return sum;
}

}  // namespace

ChecksumPath best_checksum_path() {
#if defined(__x86_64__)
  static const ChecksumPath best =
      __builtin_cpu_supports("avx2") ? ChecksumPath::kAvx2 : ChecksumPath::kSse2;
  return best;
#else
  return ChecksumPath::kScalar;
#endif
}

uint64_t mapped_checksum(const char* data, size_t size, uint64_t seed, ChecksumPath path) {
  return checksum_with(stripes_for(path), data, size, seed);
}

uint64_t mapped_checksum(const char* data, size_t size, uint64_t seed) {
  return mapped_checksum(data, size, seed, best_checksum_path());
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
  // The checksum (0.2 instructions a byte with AVX2) once per file identity where the
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
