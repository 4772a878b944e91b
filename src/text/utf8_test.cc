#include <gtest/gtest.h>

#include "eventwire/text.h"

namespace eventwire {
namespace {

TEST(Utf8, ValidatesAndQuotesTheBadBytes) {
  EXPECT_TRUE(validate_utf8("plain ascii and ünïcödé ’"));
  Status bad = validate_utf8("abc\xC3\x28xyz");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.message().find("byte offset 3"), std::string::npos) << bad.message();
  EXPECT_NE(bad.message().find("0xC3"), std::string::npos) << bad.message();
  EXPECT_FALSE(validate_utf8(std::string("a\0b", 3)));
  EXPECT_FALSE(validate_utf8("\xED\xA0\x80"));  // a surrogate
  EXPECT_FALSE(validate_utf8("\xC0\xAF"));      // an overlong slash
}

TEST(Utf8, NormalizesToNfcWithAnOffsetMap) {
  // "é" as e + combining acute becomes one code point.
  auto normalized = normalize_text("cafe\xCC\x81 ok");
  ASSERT_TRUE(normalized);
  EXPECT_EQ(normalized->text, "caf\xC3\xA9 ok");
  ASSERT_EQ(normalized->original_byte.size(), normalized->text.size() + 1);
  EXPECT_EQ(normalized->original_byte[normalized->text.find(' ')], 6u);
  EXPECT_EQ(normalized->original_byte.back(), 9u);
}

TEST(Utf8, LineEndsAndControlCharacters) {
  auto normalized = normalize_text(
      "a\r\nb\x1A"
      "c\x0B"
      "d");
  ASSERT_TRUE(normalized);
  EXPECT_EQ(normalized->text, "a\nb c d");
  EXPECT_EQ(normalized->original_byte[2], 3u);  // "b" was at byte 3
}

TEST(Utf8, CodePointIndex) {
  std::string text = "a’b";
  CodePointIndex index(text);
  EXPECT_EQ(index.size(), 3u);
  EXPECT_EQ(index.to_code_point(4), 2u);
  EXPECT_EQ(index.to_byte(2), 4u);
  EXPECT_EQ(count_code_points(text), 3u);
}

TEST(Utf8, FoldsTypographicPunctuation) {
  EXPECT_EQ(fold_punctuation("’s"), "'s");
  EXPECT_EQ(fold_punctuation("“Hi”"), "\"Hi\"");
  EXPECT_EQ(fold_punctuation("—"), "--");
}

}  // namespace
}  // namespace eventwire
