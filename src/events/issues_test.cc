#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "eventwire/events.h"

namespace eventwire {
namespace {

std::string write_issue_file() {
  const std::string path =
      ::testing::TempDir() + "/eventwire_issues_test_" + std::to_string(::getpid()) + ".txt";
  std::ofstream out(path, std::ios::binary);
  out << "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
         "n:teacher [TEACHERS]\n"
         "head start [EARLY_EDUCATION]\n"
         "~a head start\n"
         "</ISSUE>\n"
         "<ISSUE CATEGORY=\"SECURITY\" TYPE=\"ALL\">\n"
         "n:ceasefire [CEASEFIRE]\n"
         "</ISSUE>\n";
  return path;
}

TEST(IssueCoder, CountsPhrasesAndHonoursCancellingLines) {
  auto coder = IssueCoder::create({write_issue_file()});
  ASSERT_TRUE(coder.is_ok()) << coder.status().to_string();
  auto issues = (*coder)->issues_in(
      "Teachers and a teacher backed the ceasefire; Head Start grew, a head start too.");
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0], (std::pair<std::string, int>{"TEACHERS", 2}));
  EXPECT_EQ(issues[1], (std::pair<std::string, int>{"CEASEFIRE", 1}));
  EXPECT_EQ(issues[2],
            (std::pair<std::string, int>{"EARLY_EDUCATION", 1}));   // "a head start" cancelled
  EXPECT_TRUE((*coder)->issues_in("Preacher teachings.").empty());  // whole words only
}

TEST(IssueCoder, MissingFileIsAnErrorNamingIt) {
  auto coder = IssueCoder::create({"/nonexistent/issues.txt"});
  ASSERT_FALSE(coder.is_ok());
  EXPECT_NE(coder.status().to_string().find("/nonexistent/issues.txt"), std::string::npos);
}

}  // namespace
}  // namespace eventwire
