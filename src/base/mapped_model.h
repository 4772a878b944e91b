// Read-only memory-mapped model files: the one header our mapped binaries
// share, so a model is used where it lies in the page cache and every process
// that opens the same file shares its pages instead of holding a private copy.
//
// Layout (little-endian; docs/models.md "Mapped model files"):
//   magic (8 bytes, one per kind of file) | u32 format version | u32 sections
//   u64 key (what the file was built from; the reader names the one it wants)
//   u64 checksum of the section bytes (mapped_checksum, chained in order)
//   per section: u64 offset, u64 size
//   the sections, each starting at a multiple of kMappedSectionAlign.
// Files are written under a temporary name and renamed, so a reader never
// sees half a file and a mapped file is never changed under its readers.
//
// Thread safety: a MappedModel is immutable; share it freely.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/checked_files.h"

namespace eventwire::base {

inline constexpr size_t kMappedSectionAlign = 4096;

// A damage check (not an adversary's): eight lanes of 64-byte stripes, each
// word added to one lane and the product of its keyed halves to another,
// scrambled every KB (the XXH3 scheme), about 0.3 instructions a byte with
// AVX2 (was 0.75 with four serial multiply-xor lanes). `seed` chains several
// buffers. Every path gives the same value.
uint64_t mapped_checksum(const char* data, size_t size, uint64_t seed);

// The code paths of mapped_checksum (tests compare them); the best is the
// widest this CPU runs.
enum class ChecksumPath { kScalar, kSse2, kAvx2 };
ChecksumPath best_checksum_path();
uint64_t mapped_checksum(const char* data, size_t size, uint64_t seed, ChecksumPath path);

// A whole file mapped read-only at a 2 MB-aligned address and advised for
// transparent huge pages (the kernel can then map the page cache's large
// folios with 2 MB entries: random lookups stay as fast as in anonymous huge
// pages). Move-only through unique_ptr; unmapped on destruction.
class MappedFile {
 public:
  // nullptr when the file cannot be opened, is empty or is not a regular file.
  static std::unique_ptr<MappedFile> open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {data_, size_}; }
  // The identity of the file as it was opened (the fstat of its descriptor).
  const FileIdentity& identity() const { return identity_; }

 private:
  MappedFile(const char* data, size_t size, void* reservation, size_t reserved,
             const FileIdentity& identity)
      : data_(data),
        size_(size),
        reservation_(reservation),
        reserved_(reserved),
        identity_(identity) {}
  const char* data_;
  size_t size_;
  void* reservation_;  // the whole range reserved for the alignment
  size_t reserved_;
  FileIdentity identity_;
};

// An opened sectioned file: its sections as views into the mapping, which
// lives as long as any copy of `file`.
struct MappedModel {
  std::shared_ptr<const MappedFile> file;
  std::vector<std::string_view> sections;
};

// Maps `path` and checks magic, version, key, the section table and the
// checksum; an empty result (file == nullptr) on any mismatch, so the caller
// falls back to its source. `why`, when given, says what failed.
// `trust_verdict`: skip the checksum of a file whose identity passed it before
// ("PATH.checked", checked_files.h); only for a reader that checks every count
// and offset it follows itself, since a file damaged in place without a new
// identity then goes unnoticed.
MappedModel open_mapped_model(const std::string& path, std::string_view magic, uint32_t version,
                              uint64_t key, std::string* why = nullptr, bool trust_verdict = false);

// One section to write: its bytes, then `zeros` zero bytes (padding a reader
// relies on, without a copy of the bytes to append it).
struct MappedSection {
  std::string_view bytes;
  size_t zeros = 0;
};

// Writes a sectioned file (temporary name, then rename). False on any error,
// leaving no file behind.
bool write_mapped_model(const std::string& path, std::string_view magic, uint32_t version,
                        uint64_t key, const std::vector<MappedSection>& sections);

// The folder where compiled models are cached for mapping (the syntax index,
// the actor knowledge base); "" (the default): no cache. Process-wide, set by
// eventwire::set_model_index_cache. Thread-safe.
void set_mapped_cache_dir(const std::string& dir);
std::string mapped_cache_dir();

// The file holding this code (the program, or the shared library that links
// eventwire) in `path`, and its identity's key (file_identity: device, inode,
// size, modification and change time) in `key`: a cache of what the code derives is keyed on it, so
// a rebuilt binary never reads what another build wrote. False when the file is not found.
bool code_file_identity(std::string* path, uint64_t* key);

// The cache file ("DIR/STEM-HASH-vVERSION.EXT", HASH of this code's path) and
// its key (this code's identity and `version`) of data compiled from files
// embedded in the code: one file per program path, replaced when the program
// changes. {"", 0} without a cache folder or when the code file is not found.
std::pair<std::string, uint64_t> code_cache_file(std::string_view stem, std::string_view ext,
                                                 uint32_t version);

}  // namespace eventwire::base
