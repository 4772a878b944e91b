// Verdicts of whole-file checks (checked_files.h).
#include "base/checked_files.h"

#include <sys/stat.h>

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

uint64_t nanoseconds(const timespec& t) {
  return static_cast<uint64_t>(t.tv_sec) * uint64_t{1000000000} + static_cast<uint64_t>(t.tv_nsec);
}

bool identity_of(const std::string& path, uint64_t* key, uint64_t* changed) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  uint64_t k = mix_bits(static_cast<uint64_t>(st.st_dev) + kGoldenGamma);
  for (uint64_t v : {static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_size),
                     nanoseconds(st.st_mtim), nanoseconds(st.st_ctim)})
    k = mix_bits(k ^ v);
  *key = k;
  if (changed != nullptr) *changed = nanoseconds(st.st_ctim);
  return true;
}

}  // namespace

bool file_identity(const std::string& path, uint64_t* key) {
  return identity_of(path, key, nullptr);
}

bool checked_before(const std::string& verdict, uint64_t identity) {
  // Read directly (not through open_mapped_model, which asks this).
  char header[33] = {};
  std::ifstream in(verdict, std::ios::binary);
  in.read(header, sizeof header);
  if (in.gcount() != 32) return false;
  uint32_t version = 0, sections = 0;
  uint64_t key = 0, sum = 0;
  std::memcpy(&version, header + 8, 4);
  std::memcpy(&sections, header + 12, 4);
  std::memcpy(&key, header + 16, 8);
  std::memcpy(&sum, header + 24, 8);
  return std::memcmp(header, kVerdictMagic, 8) == 0 && version == kVerdictVersion &&
         sections == 0 && key == identity && sum == identity;
}

void record_checked(const std::string& verdict, const std::string& path, uint64_t identity) {
  uint64_t now_key = 0, changed = 0;
  timespec now{};
  if (!identity_of(path, &now_key, &changed) || now_key != identity ||
      clock_gettime(CLOCK_REALTIME, &now) != 0 ||
      nanoseconds(now) < changed + static_cast<uint64_t>(kQuietNs))
    return;
  write_mapped_model(verdict, std::string_view(kVerdictMagic, 8), kVerdictVersion, identity, {});
}

}  // namespace eventwire::base
