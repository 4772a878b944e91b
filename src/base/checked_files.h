// Verdicts of whole-file checks kept per file identity, so a file that passed
// its checksum is not hashed again at every start while it stays the same
// file (docs/models.md "Mapped model files", the trade-off).
//
// A file's identity is its device, inode, size, modification time and change
// time. The change time moves on every write and cannot be set back by a
// user; a verdict is recorded only for a file whose change time was old when
// its identity was taken (kQuietNs, or 2 s on file systems that keep whole
// seconds), so a write after that look always gives another identity (file
// times tick with the kernel's coarse clock). Thread-safe.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>

namespace eventwire::base {

class MappedFile;

inline constexpr int64_t kQuietNs = 200'000'000;  // 0.2 s

// What one look at a file saw.
struct FileIdentity {
  uint64_t key = 0;            // device, inode, size, mtime and ctime mixed
  uint64_t changed = 0;        // ctime, ns since the epoch
  uint64_t seen = 0;           // when the look was taken (CLOCK_REALTIME), ns
  bool whole_seconds = false;  // ctime has no sub-second part
};

// The identity in `st`, taken now.
FileIdentity identity_of_stat(const struct stat& st);

// The identity of the file at `path`; false when it cannot be read.
bool file_identity(const std::string& path, FileIdentity* identity);

// Whether `verdict` (a small file) records a passed check of a file with
// this identity key.
bool checked_before(const std::string& verdict, uint64_t key);

// Whether `verdict` records a passed check of `file` as it was opened
// (its identity from the fstat of the open file); false for "".
bool verdict_holds(const MappedFile& file, const std::string& verdict);

// Records a passed check of a file with `identity` in `verdict`, unless the
// file had been written less than its quiet time before that look. Best
// effort.
void record_checked(const std::string& verdict, const FileIdentity& identity);

}  // namespace eventwire::base
