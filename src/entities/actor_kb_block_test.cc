// The compiled knowledge base (actor_internal.h): the block reads back every
// line and index of the builder, and the built-in base mapped from the cache
// answers as the one built in memory.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "base/checked_files.h"
#include "base/mapped_model.h"
#include "entities/actor_internal.h"
#include "eventwire/entities.h"

namespace eventwire {
namespace {
using namespace actors_internal;

constexpr std::string_view kInvented =
    "@format eventwire-actors 1\n"
    "country\tGDR\tGondor;Gondorian Realm\tdemonym=Gondorian;capital=Minas Tirith\n"
    "person\tGDRGOV\tAra Thornson\tfrom=2010-01-01;to=2015-01-01;alone=Thornson\n"
    "person\tGDRELI\tAra Thornson\tfrom=2015-01-01\n"
    "org\tGDRMIL\tGondor Guard;UN Gondor Mission\n"
    "role\tGOV\tsteward\n"
    "org\tGDRELI\tGondor Institute for Lore\n";

KbBuilder invented_builder() {
  KbBuilder b;
  auto parsed = parse_actor_kb(kInvented, "invented.kb");
  EXPECT_TRUE(parsed);
  for (const auto& e : *parsed) b.add_entry(e);
  b.finish();
  return b;
}

std::vector<uint32_t> list_of(const KbListIndex& index, uint32_t e) {
  const KbListItem* item = index.find(e);
  return item == index.end() ? std::vector<uint32_t>{}
                             : std::vector<uint32_t>(item->second.begin(), item->second.end());
}

TEST(ActorKbBlock, ReadsBackEveryLineAndIndex) {
  const KbBuilder b = invented_builder();
  Kb kb;
  kb.build(b);
  ASSERT_EQ(kb.entries.size(), b.entries.size());
  for (size_t i = 0; i < b.entries.size(); ++i) {
    const eventwire::KbEntry e = kb.entries[i].to_entry();
    EXPECT_EQ(e.kind, b.entries[i].kind);
    EXPECT_EQ(e.code, b.entries[i].code);
    EXPECT_EQ(e.names, b.entries[i].names);
    EXPECT_EQ(e.attributes, b.entries[i].attributes);
    EXPECT_EQ(e.from, b.entries[i].from);
    EXPECT_EQ(e.to, b.entries[i].to);
    EXPECT_EQ(e.source, b.entries[i].source);
    EXPECT_EQ(list_of(kb.siblings, static_cast<uint32_t>(i)),
              b.siblings.count(i) ? b.siblings.at(i) : std::vector<uint32_t>{});
    EXPECT_EQ(list_of(kb.lines_of, static_cast<uint32_t>(i)),
              b.lines_of.count(i) ? b.lines_of.at(i) : std::vector<uint32_t>{});
  }
  ASSERT_EQ(kb.names.size(), b.names.size());
  for (size_t i = 0; i < b.names.size(); ++i) {
    EXPECT_TRUE(kb.names[i].tokens == b.names[i].tokens);
    EXPECT_TRUE(kb.names[i].raw == b.names[i].raw);
    EXPECT_EQ(kb.names[i].upper, b.names[i].upper);
    EXPECT_EQ(kb.names[i].entry, b.names[i].entry);
    EXPECT_EQ(kb.names[i].use, b.names[i].use);
    EXPECT_EQ(kb.names[i].exact_case, b.names[i].exact_case);
    EXPECT_EQ(kb.names[i].alone, b.names[i].alone);
  }
  EXPECT_EQ(std::vector<uint32_t>(kb.identity.begin(), kb.identity.end()), b.identity);
  for (const auto& [key, list] : b.by_first) {
    const KbStrItem* item = kb.by_first.find(key);
    ASSERT_NE(item, kb.by_first.end()) << key;
    EXPECT_EQ(std::vector<uint32_t>(item->second.begin(), item->second.end()), list);
  }
  EXPECT_EQ(kb.by_first.find("mordor"), kb.by_first.end());
  EXPECT_EQ(kb.by_first.count("gondor"), 1u);
  EXPECT_TRUE(kb.is_country("GDR"));
  EXPECT_FALSE(kb.is_country("GDRMIL"));
  EXPECT_TRUE(kb.is_first_name("ara"));
  EXPECT_TRUE(kb.is_surname("thornson"));
  EXPECT_FALSE(kb.is_surname("ara"));
  EXPECT_EQ(kb.alone_marker, b.alone_marker);
  // The string view reads like the string it replaces.
  const KbRecord& guard = kb.entries[3];
  EXPECT_TRUE(guard.code == "GDRMIL" && "GDRMIL" == guard.code);
  EXPECT_EQ(guard.code.substr(0, 3) + "GOV", "GDRGOV");
  EXPECT_EQ(std::string(guard.code.c_str()), "GDRMIL");
  EXPECT_EQ(kb.entries[0].attribute("capital"), "Minas Tirith");
  EXPECT_EQ(kb.entries[5].code, "GDRNGO");  // think tanks are bodies (add_entry)
}

TEST(ActorKbBlock, EmptyBaseHasEmptyViews) {
  Kb kb;
  EXPECT_TRUE(kb.entries.empty());
  EXPECT_EQ(kb.by_first.find("gondor"), kb.by_first.end());
  EXPECT_EQ(kb.siblings.find(0), kb.siblings.end());
  EXPECT_FALSE(kb.is_country("GDR"));
}

std::vector<std::filesystem::path> cache_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> out;
  for (const auto& f : std::filesystem::directory_iterator(dir))
    if (f.path().extension() == ".ewkb") out.push_back(f.path());
  return out;
}

std::string summary(const EntityResolver& r) {
  std::string out;
  for (const auto& c : r.counts())
    out += c.file + c.kind + std::to_string(c.entries) + "/" + std::to_string(c.names) + ";";
  for (const auto& v : r.dictionaries()) out += v.version + "=" + v.fingerprint + ";";
  for (const auto& found : r.lookup("France", "2016-01-01")) out += found.code + ";";
  return out;
}

TEST(ActorKbBlock, BuiltinBaseMappedFromTheCacheAnswersAlike) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("ew-kb-cache-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  base::set_mapped_cache_dir("");
  auto in_memory = EntityResolver::create({});
  ASSERT_TRUE(in_memory);
  base::set_mapped_cache_dir(dir.string());
  auto built = EntityResolver::create({});  // builds and writes the file
  ASSERT_TRUE(built);
  ASSERT_EQ(cache_files(dir).size(), 1u);
  auto mapped = EntityResolver::create({});
  ASSERT_TRUE(mapped);
  const std::string expected = summary(**in_memory);
  EXPECT_NE(expected.find("FRA"), std::string::npos);
  EXPECT_EQ(summary(**built), expected);
  EXPECT_EQ(summary(**mapped), expected);
  // A damaged file is refused and replaced (by rename, as the writer does).
  const auto file = cache_files(dir).front();
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  bytes[bytes.size() / 2] ^= 0x5a;
  {
    std::ofstream out(file.string() + ".new", std::ios::binary);
    out << bytes;
  }
  std::filesystem::rename(file.string() + ".new", file);
  // Even with a verdict for the damaged file's identity: the knowledge base
  // follows its offsets unchecked, so it always runs the checksum.
  std::this_thread::sleep_for(std::chrono::nanoseconds(base::kQuietNs + 50'000'000));
  base::FileIdentity identity;
  ASSERT_TRUE(base::file_identity(file.string(), &identity));
  base::record_checked(file.string() + ".checked", identity);
  ASSERT_TRUE(base::checked_before(file.string() + ".checked", identity.key));
  auto rebuilt = EntityResolver::create({});
  ASSERT_TRUE(rebuilt);
  EXPECT_EQ(summary(**rebuilt), expected);
  {
    std::ifstream in(file, std::ios::binary);
    EXPECT_NE(std::string(std::istreambuf_iterator<char>(in), {}), bytes);  // refused, rewritten
  }
  EXPECT_EQ(summary(**EntityResolver::create({})), expected);
  base::set_mapped_cache_dir("");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace eventwire
