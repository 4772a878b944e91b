#include "syntax/augment.h"

#include <gtest/gtest.h>

#include <sstream>

namespace eventwire::syntax_internal {
namespace {

// An invented sentence: "The council approved the plan ."
ConlluSentence council_sentence() {
  const char* text =
      "# sent_id = t1\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tcouncil\tcouncil\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\tapproved\tapprove\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tplan\tplan\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  std::istringstream in(text);
  ConlluReader reader(in, "test");
  ConlluSentence s;
  Status status;
  EXPECT_TRUE(reader.next(s, status));
  return s;
}

bool is_time_word(const std::string& form) {
  for (const char* w : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday", "week", "month", "year", "yesterday", "Yesterday"})
    if (form == w) return true;
  return false;
}

TEST(AugmentTest, TimePhraseHangsOnTheVerbAndTheTreeStaysWhole) {
  const std::vector<ConlluSentence> one(200, council_sentence());
  const std::vector<TreeCopy> copies = time_phrase_copies(one, 1.0, 7);
  ASSERT_EQ(copies.size(), one.size());
  for (size_t k = 0; k < copies.size(); ++k) {
    const ConlluSentence& c = copies[k].sentence;
    EXPECT_EQ(copies[k].original, k);
    ASSERT_GT(c.words.size(), 6u);
    int verb = 0, roots = 0, time_words = 0;
    for (size_t i = 0; i < c.words.size(); ++i) {
      if (c.words[i].form == "approved") verb = static_cast<int>(i) + 1;
      roots += c.words[i].head == 0;
      EXPECT_GE(c.words[i].head, 0);
      EXPECT_LE(c.words[i].head, static_cast<int>(c.words.size()));
    }
    EXPECT_EQ(roots, 1);
    for (const ConlluWord& w : c.words) {
      if (!is_time_word(w.form)) continue;
      ++time_words;
      EXPECT_EQ(w.head, verb) << c.text;
      EXPECT_TRUE(w.deprel == "obl" || w.deprel == "obl:unmarked") << c.text;
    }
    EXPECT_EQ(time_words, 1) << c.text;
    // The original words keep their relations to each other.
    for (const ConlluWord& w : c.words) {
      if (w.form == "council") {
        EXPECT_EQ(w.deprel, "nsubj");
      }
    }
  }
}

TEST(AugmentTest, DeterministicAndRateBounded) {
  const std::vector<ConlluSentence> many(1000, council_sentence());
  const auto a = time_phrase_copies(many, 0.25, 3);
  const auto b = time_phrase_copies(many, 0.25, 3);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].sentence.text, b[i].sentence.text);
  EXPECT_GT(a.size(), 180u);
  EXPECT_LT(a.size(), 320u);
  EXPECT_TRUE(time_phrase_copies(many, 0, 3).empty());
}

TEST(AugmentTest, SentenceInitialPhraseLowerCasesTheOldFirstWord) {
  const std::vector<ConlluSentence> one(300, council_sentence());
  bool seen = false;
  for (const TreeCopy& copy : time_phrase_copies(one, 1.0, 11)) {
    const ConlluSentence& c = copy.sentence;
    if (c.words.back().form != "." || c.words[0].form == "The") continue;
    for (const ConlluWord& w : c.words)
      if (w.form == "The") {
        ADD_FAILURE() << c.text;
      }
    if (c.words[0].form == "On" || c.words[0].form == "Last" || c.words[0].form == "This" ||
        c.words[0].form == "Yesterday")
      seen = true;
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace eventwire::syntax_internal
