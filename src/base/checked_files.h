// Verdicts of whole-file checks kept per file identity, so a file that passed
// its checksum is not hashed again at every start while it stays the same
// file (docs/models.md "Mapped model files", the trade-off).
//
// A file's identity is its device, inode, size, modification time and change
// time. The change time moves on every write and cannot be set back by a
// user; a verdict is recorded only for a file whose change time is at least
// kQuietNs old, so a later write always gives another identity (file times
// tick with the kernel's coarse clock). Thread-safe.
#pragma once

#include <cstdint>
#include <string>

namespace eventwire::base {

inline constexpr int64_t kQuietNs = 200'000'000;  // 0.2 s

// The identity of the file at `path`; false when it cannot be read.
bool file_identity(const std::string& path, uint64_t* key);

// Whether `verdict` (a small file) records a passed check of a file with
// this identity.
bool checked_before(const std::string& verdict, uint64_t identity);

// Records a passed check of the file at `path` (whose identity was
// `identity` when it was read) in `verdict`, unless the file was written
// less than kQuietNs ago or has changed since. Best effort.
void record_checked(const std::string& verdict, const std::string& path, uint64_t identity);

}  // namespace eventwire::base
