#include "base/mapped_model.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "base/checked_files.h"

namespace eventwire::base {
namespace {

constexpr std::string_view kMagic = "EWTESTMM";

std::string temp_file(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("eventwire_mapped_" + std::to_string(getpid()) + "_" + name))
      .string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(MappedModel, ChecksumPathsAgreeAndNoticeOneFlippedBit) {
  // Sizes around the stripe (64 bytes) and block (1 KB) edges, at odd addresses.
  std::string bytes(70000, '\0');
  uint64_t x = 12345;
  for (char& c : bytes) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    c = static_cast<char>(x >> 56);
  }
  const bool avx2 = best_checksum_path() == ChecksumPath::kAvx2;
  for (size_t size : {0, 1, 7, 63, 64, 65, 127, 1023, 1024, 1025, 2047, 4096, 5000, 69990}) {
    const char* data = bytes.data() + 3;
    const uint64_t scalar = mapped_checksum(data, size, 99, ChecksumPath::kScalar);
    EXPECT_EQ(mapped_checksum(data, size, 99), scalar) << size;
#if defined(__x86_64__)
    EXPECT_EQ(mapped_checksum(data, size, 99, ChecksumPath::kSse2), scalar) << size;
    if (avx2) {
      EXPECT_EQ(mapped_checksum(data, size, 99, ChecksumPath::kAvx2), scalar) << size;
    }
#endif
    EXPECT_NE(mapped_checksum(data, size, 98), scalar) << size;
    for (size_t at = 0; at < size; at += 997) {
      std::string damaged(data, size);
      damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
      EXPECT_NE(mapped_checksum(damaged.data(), size, 99), scalar) << size << " " << at;
    }
  }
  // Zeros of different lengths differ.
  const std::string zeros(3000, '\0');
  EXPECT_NE(mapped_checksum(zeros.data(), 2048, 1), mapped_checksum(zeros.data(), 2049, 1));
}

TEST(MappedModel, SectionsComeBackAlignedAndEqual) {
  const std::string path = temp_file("round_trip");
  const std::string big(3 << 20, 'x');  // past 2 MB: the huge-page path
  ASSERT_TRUE(write_mapped_model(path, kMagic, 7, 42, {{"first"}, {big, 3}, {"", 0}}));
  std::string why;
  MappedModel model = open_mapped_model(path, kMagic, 7, 42, &why);
  ASSERT_NE(model.file, nullptr) << why;
  ASSERT_EQ(model.sections.size(), 3u);
  EXPECT_EQ(model.sections[0], "first");
  EXPECT_EQ(model.sections[1], big + std::string(3, '\0'));
  EXPECT_TRUE(model.sections[2].empty());
  for (std::string_view s : model.sections)
    EXPECT_EQ((s.data() - model.file->bytes().data()) % kMappedSectionAlign, 0u);
  // The sections outlive the MappedModel through any copy of its file.
  std::shared_ptr<const MappedFile> keep = model.file;
  const std::string_view first = model.sections[0];
  model = {};
  EXPECT_EQ(first, "first");
  std::filesystem::remove(path);
}

TEST(MappedModel, MismatchOrDamageGivesNothing) {
  const std::string path = temp_file("damage");
  ASSERT_TRUE(write_mapped_model(path, kMagic, 1, 9, {{"alpha"}, {"beta"}}));
  const std::string bytes = slurp(path);
  EXPECT_EQ(open_mapped_model(path, "EWOTHER!", 1, 9).file, nullptr);  // magic
  EXPECT_EQ(open_mapped_model(path, kMagic, 2, 9).file, nullptr);      // version
  EXPECT_EQ(open_mapped_model(path, kMagic, 1, 10).file, nullptr);     // key
  EXPECT_EQ(open_mapped_model(temp_file("absent"), kMagic, 1, 9).file, nullptr);
  std::string flipped = bytes;
  flipped[kMappedSectionAlign + 2] ^= 1;  // inside the first section
  for (const std::string& damaged :
       {flipped, bytes.substr(0, bytes.size() - 1), bytes.substr(0, 20), std::string()}) {
    const std::string other = temp_file("damaged");
    std::ofstream(other, std::ios::binary) << damaged;
    std::string why;
    EXPECT_EQ(open_mapped_model(other, kMagic, 1, 9, &why).file, nullptr);
    EXPECT_FALSE(why.empty());
    std::filesystem::remove(other);
  }
  std::filesystem::remove(path);
}

TEST(MappedModel, CodeFileIdentityNamesThisProgram) {
  std::string path, again;
  uint64_t key = 0, same = 1;
  ASSERT_TRUE(code_file_identity(&path, &key));
  EXPECT_TRUE(std::filesystem::equivalent(path, "/proc/self/exe"));
  ASSERT_TRUE(code_file_identity(&again, &same));
  EXPECT_EQ(again, path);
  EXPECT_EQ(same, key);
}

TEST(MappedModel, CacheDirIsSetAndCleared) {
  set_mapped_cache_dir("/tmp/somewhere");
  EXPECT_EQ(mapped_cache_dir(), "/tmp/somewhere");
  set_mapped_cache_dir("");
  EXPECT_EQ(mapped_cache_dir(), "");
}

// Flips one byte of the first section in place (the same size and inode).
void damage_in_place(const std::string& path) {
  std::string bytes = slurp(path);
  bytes[kMappedSectionAlign + 1] ^= 1;
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST(MappedModel, ChecksumRunsOncePerFileIdentityWhereTheReaderTrustsIt) {
  const std::string path = temp_file("verdict");
  const std::string verdict = path + ".checked";
  ASSERT_TRUE(write_mapped_model(path, kMagic, 3, 42, {{"some bytes"}}));
  ASSERT_NE(open_mapped_model(path, kMagic, 3, 42, nullptr, true).file, nullptr);
  EXPECT_FALSE(std::filesystem::exists(verdict));  // too fresh to vouch for
  std::this_thread::sleep_for(std::chrono::nanoseconds(kQuietNs + 50'000'000));
  ASSERT_NE(open_mapped_model(path, kMagic, 3, 42).file, nullptr);
  EXPECT_FALSE(std::filesystem::exists(verdict));  // a reader that does not trust it
  ASSERT_NE(open_mapped_model(path, kMagic, 3, 42, nullptr, true).file, nullptr);
  FileIdentity identity;
  ASSERT_TRUE(file_identity(path, &identity));
  EXPECT_TRUE(checked_before(verdict, identity.key));
  // Damaged in place: another identity, so the checksum runs and refuses it.
  damage_in_place(path);
  std::string why;
  EXPECT_EQ(open_mapped_model(path, kMagic, 3, 42, &why, true).file, nullptr);
  EXPECT_EQ(why, "checksum mismatch");
  std::filesystem::remove(path);
  std::filesystem::remove(verdict);
}

// The trade-off (docs/models.md): a verdict for the identity a damaged file
// has is believed by a trusting reader and ignored by the others.
TEST(MappedModel, AVerdictSkipsTheChecksumOnlyForATrustingReader) {
  const std::string path = temp_file("damaged");
  const std::string verdict = path + ".checked";
  ASSERT_TRUE(write_mapped_model(path, kMagic, 3, 42, {{"some bytes"}}));
  damage_in_place(path);
  std::this_thread::sleep_for(std::chrono::nanoseconds(kQuietNs + 50'000'000));
  FileIdentity identity;
  ASSERT_TRUE(file_identity(path, &identity));
  record_checked(verdict, identity);
  ASSERT_TRUE(checked_before(verdict, identity.key));
  std::string why;
  EXPECT_EQ(open_mapped_model(path, kMagic, 3, 42, &why).file, nullptr);
  EXPECT_EQ(why, "checksum mismatch");
  MappedModel trusted = open_mapped_model(path, kMagic, 3, 42, nullptr, true);
  ASSERT_NE(trusted.file, nullptr);
  EXPECT_EQ(trusted.sections[0], "snme bytes");  // the damage, unnoticed
  std::filesystem::remove(path);
  std::filesystem::remove(verdict);
}

TEST(MappedModel, NoVerdictForAFileWrittenJustBeforeTheLook) {
  const std::string path = temp_file("fresh");
  ASSERT_TRUE(write_mapped_model(path, kMagic, 3, 42, {{"some bytes"}}));
  FileIdentity identity;
  ASSERT_TRUE(file_identity(path, &identity));
  std::this_thread::sleep_for(std::chrono::nanoseconds(kQuietNs + 50'000'000));
  record_checked(path + ".checked", identity);  // quiet now, not at the look
  EXPECT_FALSE(std::filesystem::exists(path + ".checked"));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace eventwire::base
