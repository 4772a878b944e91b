#include "pipeline/sentence_words.h"

#include <gtest/gtest.h>

namespace eventwire {
namespace {

TEST(SentenceWords, TokenAtFindsTheTokenStartingThere) {
  Sentence s;
  for (uint32_t start : {0u, 5u, 9u}) {
    Token t;
    t.start = start;
    s.tokens.push_back(t);
  }
  EXPECT_EQ(token_at(s, 5), 1);
  EXPECT_EQ(token_at(s, 6), -1);  // inside a token, not at its start
}

TEST(SentenceWords, SpeechVerbsIncludeTestimonyNotRecallOrActs) {
  for (const char* verb : {"say", "warn", "testify", "deny", "tweet"})
    EXPECT_TRUE(speech_verb(verb)) << verb;
  for (const char* verb : {"recall", "attack", "meet"}) EXPECT_FALSE(speech_verb(verb)) << verb;
}

}  // namespace
}  // namespace eventwire
