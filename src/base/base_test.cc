#include <gtest/gtest.h>

#include "base/find_model.h"
#include "base/fingerprint.h"
#include "base/hash.h"
#include "base/strings.h"

namespace eventwire::base {

TEST(Fingerprint, Fnv1aKnownValues) {
  EXPECT_EQ(fnv1a(""), kFnv1aOffset);
  EXPECT_EQ(fnv1a("a"), 0xaf63dc4c8601ec8cULL);  // published FNV-1a 64 test vector
  EXPECT_EQ(fnv1a("bc", fnv1a("a")), fnv1a("abc"));
  EXPECT_EQ(hex64(0xabcULL), "0000000000000abc");
  // Data-file fingerprints use the short offset; their values are in files.
  EXPECT_EQ(fingerprint_hex(""), hex64(kFnv1aOffsetShort));
  EXPECT_TRUE(eval_half("x") == 0 || eval_half("x") == 1);
}

TEST(Hash, SplitmixKnownValues) {
  // The published first outputs of splitmix64 from state 0.
  uint64_t state = 0;
  EXPECT_EQ(splitmix64_next(state), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(splitmix64_next(state), 0x6e789e6aa1b965f4ULL);
  EXPECT_EQ(splitmix64(0), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(mix_bits(kGoldenGamma), 0xe220a8397b1dcdafULL);
  EXPECT_EQ(mix_bits(0), 0u);
}

TEST(Strings, Trim) {
  EXPECT_EQ(trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(trim(" \t "), "");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim("\ra\r", " \t"), "\ra\r");
}

TEST(Strings, CsvField) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
}

TEST(FindModel, NamedFolderIsUsedAlone) {
  EXPECT_EQ(model_search_dirs("/x"), std::vector<std::string>{"/x"});
  EXPECT_EQ(find_model("ner/ner.ewm", "/x"), "/x/ner/ner.ewm");
  std::vector<std::string> tried;
  EXPECT_EQ(find_model("no/such.ewm", "/x", tried), "");
  EXPECT_EQ(tried, std::vector<std::string>{"/x/no/such.ewm"});
  EXPECT_EQ(model_search_dirs().back(), "models");
}

}  // namespace eventwire::base
