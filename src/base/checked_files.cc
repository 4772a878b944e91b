// Verdicts of whole-file checks (checked_files.h).
#include "base/checked_files.h"

#include <cstring>
#include <ctime>
#include <fstream>
#include <string_view>

#include "base/hash.h"
#include "base/mapped_model.h"

namespace eventwire::base {

namespace {

// A verdict is a mapped-model header with no sections, keyed on the identity.
constexpr char kVerdictMagic[8] = {'E', 'W', 'C', 'H', 'E', 'C', 'K', 'D'};
constexpr uint32_t kVerdictVersion = 1;
// A file system that keeps whole seconds may show a write up to 1 s older
// than it was.
constexpr uint64_t kQuietWholeSecondsNs = 2'000'000'000;

uint64_t nanoseconds(const timespec& t) {
  return static_cast<uint64_t>(t.tv_sec) * uint64_t{1000000000} + static_cast<uint64_t>(t.tv_nsec);
}

}  // namespace

FileIdentity identity_of_stat(const struct stat& st) {
  FileIdentity id;
  timespec now{};
  if (clock_gettime(CLOCK_REALTIME, &now) == 0) id.seen = nanoseconds(now);
  uint64_t k = mix_bits(static_cast<uint64_t>(st.st_dev) + kGoldenGamma);
  for (uint64_t v : {static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_size),
                     nanoseconds(st.st_mtim), nanoseconds(st.st_ctim)})
    k = mix_bits(k ^ v);
  id.key = k;
  id.changed = nanoseconds(st.st_ctim);
  id.whole_seconds = st.st_ctim.tv_nsec == 0;
  return id;
}

bool file_identity(const std::string& path, FileIdentity* identity) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  *identity = identity_of_stat(st);
  return true;
}

bool checked_before(const std::string& verdict, uint64_t key) {
  // Read directly (not through open_mapped_model, which asks this). One byte
  // more than the 32-byte header, so a file with trailing bytes is refused.
  char header[33] = {};
  std::ifstream in(verdict, std::ios::binary);
  in.read(header, sizeof header);
  if (in.gcount() != 32) return false;
  uint32_t version = 0, sections = 0;
  uint64_t stored = 0, sum = 0;
  std::memcpy(&version, header + 8, 4);
  std::memcpy(&sections, header + 12, 4);
  std::memcpy(&stored, header + 16, 8);
  std::memcpy(&sum, header + 24, 8);
  return std::memcmp(header, kVerdictMagic, 8) == 0 && version == kVerdictVersion &&
         sections == 0 && stored == key && sum == key;
}

bool verdict_holds(const MappedFile& file, const std::string& verdict) {
  return !verdict.empty() && checked_before(verdict, file.identity().key);
}

void record_checked(const std::string& verdict, const FileIdentity& identity) {
  // Quiet at the look that took the identity: a write after it moves the
  // change time, so the verdict never vouches for bytes written later.
  const uint64_t quiet =
      identity.whole_seconds ? kQuietWholeSecondsNs : static_cast<uint64_t>(kQuietNs);
  if (verdict.empty() || identity.seen < identity.changed + quiet) return;
  write_mapped_model(verdict, std::string_view(kVerdictMagic, 8), kVerdictVersion, identity.key,
                     {});
}

}  // namespace eventwire::base
