#include <gtest/gtest.h>

#include <sstream>

#include "eventwire/conllu.h"

namespace eventwire {
namespace {

const char* kSample =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = I don't.\n"
    "1\tI\tI\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t3:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t0\troot\t0:root\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_\n"
    "\n";

TEST(Conllu, ReadsWordsRangesAndComments) {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  ConlluSentence sentence;
  Status status;
  ASSERT_TRUE(reader.next(sentence, status));
  ASSERT_TRUE(status) << status.to_string();
  EXPECT_TRUE(sentence.newdoc);
  EXPECT_EQ(sentence.newdoc_id, "d1");
  EXPECT_EQ(sentence.text, "I don't.");
  ASSERT_EQ(sentence.words.size(), 4u);
  ASSERT_EQ(sentence.ranges.size(), 1u);
  EXPECT_FALSE(sentence.space_after(2));
  EXPECT_TRUE(sentence.space_after(0));
  auto surface = sentence.surface_tokens();
  ASSERT_EQ(surface.size(), 3u);
  EXPECT_EQ(surface[1].form, "don't");
  EXPECT_FALSE(reader.next(sentence, status));
}

TEST(Conllu, RoundTripsExactly) {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample");
  ConlluSentence sentence;
  Status status;
  ASSERT_TRUE(reader.next(sentence, status));
  std::ostringstream out;
  write_conllu(out, sentence);
  EXPECT_EQ(out.str(), kSample);
}

TEST(Conllu, MalformedLineIsAnErrorWithFileAndLine) {
  std::istringstream in("# text = x\n1\tx\tx\n\n1\ty\ty\tX\t_\t_\t0\troot\t_\t_\n\n");
  ConlluReader reader(in, "bad.conllu");
  ConlluSentence sentence;
  Status status;
  ASSERT_TRUE(reader.next(sentence, status));
  ASSERT_FALSE(status);
  EXPECT_NE(status.message().find("bad.conllu:2"), std::string::npos) << status.message();
  ASSERT_TRUE(reader.next(sentence, status));  // the next sentence still reads
  EXPECT_TRUE(status);
  EXPECT_EQ(sentence.words.size(), 1u);
}

}  // namespace
}  // namespace eventwire
