#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eventwire/text.h"

namespace eventwire {
namespace {

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.push_back(t.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, ContractionsAndPossessivesSplitAsEwtDoes) {
  EXPECT_EQ(words("I don't know."), (V{"I", "do", "n't", "know", "."}));
  EXPECT_EQ(words("He can't, won't."), (V{"He", "ca", "n't", ",", "wo", "n't", "."}));
  EXPECT_EQ(words("Hamas’s leader"), (V{"Hamas", "’s", "leader"}));
  EXPECT_EQ(words("the Guards Corps’ elite"), (V{"the", "Guards", "Corps", "’", "elite"}));
  EXPECT_EQ(words("I'm sure they're here"), (V{"I", "'m", "sure", "they", "'re", "here"}));
  EXPECT_EQ(words("you cannot go"), (V{"you", "can", "not", "go"}));
  EXPECT_EQ(words("gonna"), (V{"gon", "na"}));
}

TEST(Tokenizer, MultiwordTokensKeepTheSurfaceForm) {
  std::vector<Sentence> sentences;
  Article article;
  article.text = "Iran’s army didn't move.";
  article.paragraphs.push_back({0, count_code_points(article.text)});
  sentences = segment_article(article, {}, nullptr);
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].multiword_tokens.size(), 2u);
  EXPECT_EQ(sentences[0].multiword_tokens[0].text, "Iran’s");
  EXPECT_EQ(sentences[0].multiword_tokens[0].first, 0);
  EXPECT_EQ(sentences[0].multiword_tokens[0].last, 1);
  EXPECT_EQ(sentences[0].multiword_tokens[1].text, "didn't");
}

TEST(Tokenizer, PunctuationQuotesAndBrackets) {
  EXPECT_EQ(words("“All our capabilities,” he said."),
            (V{"“", "All", "our", "capabilities", ",", "”", "he", "said", "."}));
  EXPECT_EQ(words("disposal,’ Gaza"), (V{"disposal", ",", "’", "Gaza"}));
  EXPECT_EQ(words("(AFP) - Hello!"), (V{"(", "AFP", ")", "-", "Hello", "!"}));
  EXPECT_EQ(words("Wait... what?!"), (V{"Wait", "...", "what", "?!"}));
  EXPECT_EQ(words("a -- b"), (V{"a", "--", "b"}));
}

TEST(Tokenizer, NumbersDatesMoney) {
  EXPECT_EQ(words("$5,000 or 3.5% on 12/25/2017 at 10:30"),
            (V{"$", "5,000", "or", "3.5", "%", "on", "12/25/2017", "at", "10:30"}));
  EXPECT_EQ(words("call 555-1234"), (V{"call", "555-1234"}));
}

TEST(Tokenizer, HyphensFollowEwt) {
  EXPECT_EQ(words("Gaza-based group"), (V{"Gaza", "-", "based", "group"}));
  EXPECT_EQ(words("e-mail and non-profit"), (V{"e-mail", "and", "non-profit"}));
  EXPECT_EQ(words("al-Mayadeen"), (V{"al", "-", "Mayadeen"}));
  EXPECT_EQ(words("a 15-year term"), (V{"a", "15", "-", "year", "term"}));
}

TEST(Tokenizer, UrlsEmailsAbbreviations) {
  EXPECT_EQ(
      words("See https://example.org/a?b=1, or mail jo.smith@example.com."),
      (V{"See", "https://example.org/a?b=1", ",", "or", "mail", "jo.smith@example.com", "."}));
  EXPECT_EQ(words("Dr. Smith of the U.S. and Acme Inc. arrived"),
            (V{"Dr.", "Smith", "of", "the", "U.S.", "and", "Acme", "Inc.", "arrived"}));
  EXPECT_EQ(words("and/or"), (V{"and", "/", "or"}));
  // An initialism before a hyphen keeps its period, as a word does.
  EXPECT_EQ(words("the U.S.-led alliance and U.N.-backed envoys"),
            (V{"the", "U.S.", "-", "led", "alliance", "and", "U.N.", "-", "backed", "envoys"}));
  EXPECT_EQ(words("Gondor-led"), (V{"Gondor", "-", "led"}));
}

TEST(Tokenizer, OffsetsAreCodePointsIntoTheText) {
  std::string text = "Zürich’s “mayor” said: no.";
  CodePointIndex index(text);
  for (const Token& t : tokenize(text)) {
    std::string_view slice(text);
    EXPECT_EQ(slice.substr(t.byte_start, t.byte_end - t.byte_start), t.text);
    EXPECT_EQ(index.to_code_point(t.byte_start), t.start);
    EXPECT_EQ(index.to_code_point(t.byte_end), t.end);
  }
}

TEST(Tokenizer, NonBreakingSpaceSeparates) {
  EXPECT_EQ(words("10\u00a0km away"), (V{"10", "km", "away"}));
}

}  // namespace
}  // namespace eventwire
