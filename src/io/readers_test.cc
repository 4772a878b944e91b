#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>

#include "eventwire/io.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("eventwire_readers_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  struct Outcome {
    std::vector<Article> articles;
    std::vector<ReadError> errors;
  };
  Outcome read(const std::vector<std::string>& inputs, ReadOptions options = {}) {
    Outcome out;
    auto stream = ArticleStream::open(inputs, options);
    EXPECT_TRUE(stream) << stream.status().to_string();
    if (!stream) return out;
    Article article;
    ReadError error;
    while (true) {
      auto next = (*stream)->next(article, error);
      if (next == ArticleStream::Next::kEnd) break;
      if (next == ArticleStream::Next::kArticle)
        out.articles.push_back(article);
      else
        out.errors.push_back(error);
    }
    return out;
  }

  fs::path dir_;
};

std::string slice(const Article& a, Span s) {
  CodePointIndex index(a.text);
  return a.text.substr(index.to_byte(s.start), index.to_byte(s.end) - index.to_byte(s.start));
}

TEST_F(ReaderTest, NativeFormatLikeTheSeed) {
  // Leading space, no final newline, outlet on the last line, typographic quotes.
  std::string path =
      write("a.txt",
            " date 2017-12-25 Leader says ‘all is well,’ reports\n\nFirst paragraph here.\n\n"
            "Second one.\nWith a wrapped line.\n\nThe Daily Example");
  Outcome out = read({path});
  ASSERT_EQ(out.errors.size(), 0u);
  ASSERT_EQ(out.articles.size(), 1u);
  const Article& a = out.articles[0];
  EXPECT_EQ(a.id, "a.txt");
  EXPECT_EQ(a.date, "2017-12-25");
  EXPECT_EQ(a.title, "Leader says ‘all is well,’ reports");
  EXPECT_EQ(a.source, "The Daily Example");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(slice(a, a.title_span), a.title);
  EXPECT_EQ(slice(a, a.paragraphs[1]), "Second one.\nWith a wrapped line.");
  EXPECT_EQ(a.text.substr(0, a.title.size() + 2), a.title + "\n\n");
}

TEST_F(ReaderTest, SeedArticleFromShared) {
  std::string seed = std::string(EVENTWIRE_SHARED_DIR) + "/samples/seed-article.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "../shared is absent: " << seed;
  Outcome out = read({seed});
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].date, "2017-12-25");
  EXPECT_EQ(out.articles[0].source, "Times Of Israel");
  EXPECT_EQ(out.articles[0].paragraphs.size(), 11u);
  EXPECT_EQ(out.articles[0].title.substr(0, 7), "All of ");
}

TEST_F(ReaderTest, JsonLinesKeepsExtraFieldsAndReportsBadLines) {
  std::string path =
      write("b.jsonl",
            "{\"id\":\"x1\",\"date\":\"2020-01-02\",\"title\":\"T\",\"text\":\"Body one.\\n\\nBody "
            "two.\","
            "\"source\":\"S\",\"url\":\"http://u\",\"lang\":\"en\",\"tags\":[1,2]}\n"
            "\n"
            "{\"id\":\"x2\",\"date\":\"2020-02-30\",\"text\":\"Bad date.\"}\n"
            "{not json\n"
            "{\"id\":\"x4\",\"text\":\"No date.\"}\n"
            "[1,2]\n"
            "{\"id\":\"x6\",\"date\":\"2020-01-02\",\"text\":\"\"}\n"
            "{\"id\":7,\"date\":\"20200103\",\"text\":\"Numeric id, compact date.\"}");
  Outcome out = read({path});
  ASSERT_EQ(out.articles.size(), 2u);
  ASSERT_EQ(out.errors.size(), 5u);
  const Article& a = out.articles[0];
  EXPECT_EQ(a.id, "x1");
  EXPECT_EQ(a.text, "T\n\nBody one.\n\nBody two.");
  ASSERT_EQ(a.extra.size(), 2u);
  EXPECT_EQ(a.extra[0].first, "lang");
  EXPECT_EQ(a.extra[1].second, "[1,2]");
  EXPECT_EQ(out.articles[1].id, "7");
  EXPECT_EQ(out.articles[1].date, "2020-01-03");
  EXPECT_EQ(out.errors[0].line, 3u);
  EXPECT_EQ(out.errors[0].record, 2u);
  EXPECT_NE(out.errors[0].reason.find("2020-02-30"), std::string::npos) << out.errors[0].reason;
  EXPECT_NE(out.errors[1].reason.find("malformed JSON"), std::string::npos);
  EXPECT_NE(out.errors[2].reason.find("missing date"), std::string::npos);
  EXPECT_NE(out.errors[3].reason.find("must be a JSON object"), std::string::npos);
  EXPECT_NE(out.errors[4].reason.find("empty article"), std::string::npos);
  EXPECT_NE(out.errors[1].to_string().find("b.jsonl:4: record 3: "), std::string::npos)
      << out.errors[1].to_string();
}

TEST_F(ReaderTest, JsonLinesSoftWrapKeepsInputOffsets) {
  // "é" is two bytes but one code point: offsets are counted in code points.
  std::string body =
      "Caf\xC3\xA9 owners rallied.\nThe trade minister of Orlavia  \r\nresigned on Friday.\n"
      "Officials said little.";
  std::string path =
      write("w.jsonl",
            "{\"id\":\"w\",\"date\":\"2020-01-02\",\"title\":\"Minister Quits\",\"text\":\""
            "Caf\xC3\xA9 owners rallied.\\nThe trade minister of Orlavia  \\r\\nresigned on "
            "Friday.\\nOfficials said little.\"}\n");
  Outcome out = read({path});
  ASSERT_EQ(out.articles.size(), 1u);
  const Article& a = out.articles[0];
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.text,
            "Minister Quits\n\nCaf\xC3\xA9 owners rallied.\n\nThe trade minister of Orlavia    "
            "resigned on Friday.\n\nOfficials said little.");
  ASSERT_EQ(a.paragraph_input_starts.size(), 3u);
  auto code_points = [](std::string_view s, size_t bytes) {
    uint32_t n = 0;
    for (size_t i = 0; i < bytes; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
  };
  for (std::string word : {"The", "Orlavia", "resigned", "Friday", "Officials"}) {
    uint32_t in_text = code_points(a.text, a.text.find(word));
    uint32_t in_input = code_points(body, body.find(word));
    EXPECT_EQ(a.input_offset(in_text), in_input) << word;
  }
}

TEST_F(ReaderTest, InvalidUtf8IsRejectedWithTheOffsetAndTheRestContinues) {
  std::string path = write("c.jsonl",
                           "{\"id\":\"a\",\"date\":\"2020-01-02\",\"text\":\"ok\"}\n"
                           "{\"id\":\"b\",\"date\":\"2020-01-02\",\"text\":\"bad \xFF byte\"}\n"
                           "{\"id\":\"c\",\"date\":\"2020-01-02\",\"text\":\"ok too\"}\n");
  Outcome out = read({path});
  EXPECT_EQ(out.articles.size(), 2u);
  ASSERT_EQ(out.errors.size(), 1u);
  EXPECT_NE(out.errors[0].reason.find("UTF-8"), std::string::npos) << out.errors[0].reason;
}

TEST_F(ReaderTest, NativeBadInputs) {
  write("d/empty.txt", "");
  write("d/nodate.txt", "Just some text\n\nwithout a date line\n");
  write("d/baddate.txt", "date 2017-13-45 Headline\n\nBody.\n");
  write("d/binary.txt", std::string("\x7F"
                                    "ELF\0\0\0\x01\x02",
                                    9));
  write("d/bad-utf8.txt", "date 2017-01-01 Head\n\nBody \xC3\x28 here.\n");
  write("d/good.txt", "date 2017-01-01 Head\n\nBody.\n");
  Outcome out = read({(dir_ / "d").string()}, {});
  // Only good.txt; nodate.txt is read as plain text, which needs --date.
  ASSERT_EQ(out.articles.size(), 1u);
  ASSERT_EQ(out.errors.size(), 5u);
  for (const ReadError& e : out.errors) EXPECT_FALSE(e.reason.empty());
  EXPECT_NE(out.errors[0].reason.find("UTF-8"), std::string::npos)
      << out.errors[0].to_string();  // bad-utf8
  EXPECT_NE(out.errors[1].reason.find("calendar"), std::string::npos)
      << out.errors[1].to_string();  // baddate
  EXPECT_NE(out.errors[2].reason.find("binary"), std::string::npos)
      << out.errors[2].to_string();  // binary
  EXPECT_NE(out.errors[3].reason.find("empty"), std::string::npos)
      << out.errors[3].to_string();  // empty
  EXPECT_NE(out.errors[4].reason.find("--date"), std::string::npos)
      << out.errors[4].to_string();  // nodate
}

TEST_F(ReaderTest, PlainTextNeedsADate) {
  std::string path = write("p.text", "Para one.\n\nPara two.");
  Outcome without = read({path});
  ASSERT_EQ(without.errors.size(), 1u);
  EXPECT_NE(without.errors[0].reason.find("--date"), std::string::npos);
  ReadOptions options;
  options.date = "2019-05-06";
  Outcome with = read({path}, options);
  ASSERT_EQ(with.articles.size(), 1u);
  EXPECT_EQ(with.articles[0].paragraphs.size(), 2u);
  EXPECT_EQ(with.articles[0].date, "2019-05-06");
}

TEST_F(ReaderTest, PetrarchXmlGroupsSentencesIntoStories) {
  std::string path =
      write("e.xml",
            "<Sentences>\n"
            "<Sentence date = \"20080804\" id =\"AFP1_1\" source = \"AFP\" sentence = \"True\">\n"
            "<Text>\nFirst sentence of\nstory one.\n</Text>\n<Parse>(ROOT)</Parse>\n</Sentence>\n"
            "<Sentence date=\"20080804\" id=\"AFP1_2\" source=\"AFP\"><Text>Second "
            "one.</Text></Sentence>\n"
            "<Sentence date=\"20080805\" id=\"AFP2-1\" source=\"AFP\"><Text>Story "
            "two.</Text></Sentence>\n"
            "<Sentence date=\"2008\" id=\"AFP3-1\"><Text>Bad date.</Text></Sentence>\n"
            "<Sentence date=\"20080805\" id=\"AFP4-1\"><Text>Broken</Txet></Sentence>\n"
            "</Sentences>\n");
  Outcome out = read({path});
  ASSERT_EQ(out.articles.size(), 2u);
  EXPECT_EQ(out.articles[0].id, "AFP1");
  EXPECT_EQ(out.articles[0].paragraphs.size(), 2u);
  EXPECT_EQ(out.articles[0].date, "2008-08-04");
  EXPECT_EQ(out.articles[0].source, "AFP");
  EXPECT_EQ(out.articles[1].id, "AFP2");
  EXPECT_EQ(out.errors.size(), 2u);
}

TEST_F(ReaderTest, ConlluBecomesArticles) {
  std::string path = write("f.conllu",
                           "# newdoc id = doc-a\n# newpar\n# sent_id = 1\n# text = Hello there.\n"
                           "1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_"
                           "\n2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No\n"
                           "3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n");
  Outcome out = read({path});
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].id, "doc-a");
  EXPECT_EQ(out.articles[0].text, "Hello there.");
}

TEST_F(ReaderTest, CompressedFilesAndDirectories) {
  std::string jsonl = "{\"id\":\"z\",\"date\":\"2021-03-04\",\"text\":\"Zipped.\"}\n";
  // gzip
  {
    gzFile gz = gzopen((dir_ / "g/a.jsonl.gz").string().c_str(), "wb");
    if (!gz) {
      fs::create_directories(dir_ / "g");
      gz = gzopen((dir_ / "g/a.jsonl.gz").string().c_str(), "wb");
    }
    gzwrite(gz, jsonl.data(), static_cast<unsigned>(jsonl.size()));
    gzclose(gz);
  }
  // zstd
  {
    std::string compressed(ZSTD_compressBound(jsonl.size()), '\0');
    size_t n = ZSTD_compress(compressed.data(), compressed.size(), jsonl.data(), jsonl.size(), 3);
    compressed.resize(n);
    write("g/sub/b.jsonl.zst", compressed);
  }
  write("g/.hidden.jsonl", "not read");
  Outcome out = read({(dir_ / "g").string()});
  ASSERT_EQ(out.errors.size(), 0u) << out.errors[0].to_string();
  ASSERT_EQ(out.articles.size(), 2u);
  EXPECT_EQ(out.articles[0].text, "Zipped.");
  EXPECT_EQ(out.articles[1].origin_file.substr(out.articles[1].origin_file.size() - 15),
            "sub/b.jsonl.zst");
}

TEST_F(ReaderTest, GeneratedIdsAreStableRelativePaths) {
  write("h/x/one.jsonl",
        "{\"date\":\"2021-03-04\",\"text\":\"A.\"}\n{\"date\":\"2021-03-04\",\"text\":\"B.\"}\n");
  Outcome out = read({(dir_ / "h").string()});
  ASSERT_EQ(out.articles.size(), 2u);
  EXPECT_EQ(out.articles[0].id, "x/one.jsonl#1");
  EXPECT_EQ(out.articles[1].id, "x/one.jsonl#2");
}

TEST_F(ReaderTest, MissingInputIsAnError) {
  auto stream = ArticleStream::open({(dir_ / "nope").string()}, {});
  EXPECT_FALSE(stream);
}

TEST(Dates, NormalizesCommonFormsAndRejectsImpossibleOnes) {
  EXPECT_EQ(*normalize_date("2017-12-25"), "2017-12-25");
  EXPECT_EQ(*normalize_date("20171225"), "2017-12-25");
  EXPECT_EQ(*normalize_date("2017-12-25T10:00:00Z"), "2017-12-25");
  EXPECT_EQ(*normalize_date("2016-02-29"), "2016-02-29");
  EXPECT_FALSE(normalize_date("2017-02-29"));
  EXPECT_FALSE(normalize_date("2017-13-01"));
  EXPECT_FALSE(normalize_date("yesterday"));
  EXPECT_FALSE(normalize_date(""));
  EXPECT_NE(normalize_date("2017-13-01").status().message().find("\"2017-13-01\""),
            std::string::npos);
}

TEST(Paragraphs, BlankLinesOrSingleBreaks) {
  EXPECT_EQ(split_paragraphs("a\nb\n\nc"), (std::vector<std::string>{"a\nb", "c"}));
  EXPECT_EQ(split_paragraphs("A\nB\nC"), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(split_paragraphs("\n\n  \n"), std::vector<std::string>{});
}

TEST(Paragraphs, LongLinesBetweenBlankLinesAreParagraphs) {
  using Lines = std::vector<std::string>;
  std::string long_line =
      "The harbour board voted on Tuesday to close the eastern docks for a month, citing the "
      "storm damage to the piers.";
  EXPECT_EQ(split_paragraphs(long_line + "\nThe unions objected at once.\n\nTalks resume today."),
            (Lines{long_line, "The unions objected at once.", "Talks resume today."}));
  // Lines of a hard-wrapped text stay one paragraph.
  EXPECT_EQ(split_paragraphs("The harbour board voted on Tuesday.\nThe unions objected.\n\nEnd."),
            (Lines{"The harbour board voted on Tuesday.\nThe unions objected.", "End."}));
}

TEST(Paragraphs, SoftWrapInsideAClauseIsJoinedBySpaces) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(split_paragraphs("Rebels shelled the depot near\nthe river on Monday.\nNo one spoke."),
            (Lines{"Rebels shelled the depot near the river on Monday.", "No one spoke."}));
  EXPECT_EQ(split_paragraphs("The ministry counted\n12 injured farmers."),
            Lines{"The ministry counted 12 injured farmers."});
  // A break of "\r\n" becomes two spaces: the length is kept for the offsets.
  EXPECT_EQ(split_paragraphs("The mayor met\r\nthe dock workers."),
            Lines{"The mayor met  the dock workers."});
  EXPECT_EQ(split_paragraphs("Talks ended without a deal;\nthe envoy flew home."),
            (Lines{"Talks ended without a deal;", "the envoy flew home."}));
}

TEST(Paragraphs, HeadingsListsAndTurnsStayParagraphs) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(split_paragraphs("Harbour Strike Enters Week Two\nunions vowed to go on."),
            (Lines{"Harbour Strike Enters Week Two", "unions vowed to go on."}));
  EXPECT_EQ(split_paragraphs("By Ann Moreau\nthe port stayed shut."),
            (Lines{"By Ann Moreau", "the port stayed shut."}));
  EXPECT_EQ(split_paragraphs("PORT VALLIS\nfishermen blocked the quay."),
            (Lines{"PORT VALLIS", "fishermen blocked the quay."}));
  EXPECT_EQ(split_paragraphs("Their demands were\n1. higher pay\n2) shorter shifts"),
            (Lines{"Their demands were", "1. higher pay", "2) shorter shifts"}));
  EXPECT_EQ(split_paragraphs("Q: will you sign it?\nMINISTER: not today"),
            (Lines{"Q: will you sign it?", "MINISTER: not today"}));
  // Blank-line bodies keep their single breaks inside the paragraph, as before.
  EXPECT_EQ(split_paragraphs("One line\nwraps here.\n\nNext."),
            (Lines{"One line\nwraps here.", "Next."}));
}

TEST(Json, DocumentCarriesOffsetsAndMeta) {
  Article article;
  article.id = "a";
  article.date = "2020-01-01";
  article.title = "T";
  ASSERT_TRUE(assemble_article(article, {"Hello world."}));
  Document doc;
  doc.article = article;
  doc.sentences = segment_article(doc.article, {}, nullptr);
  std::string json = document_to_json(doc, {});
  EXPECT_NE(json.find("\"schema_version\":1"), std::string::npos);
  EXPECT_NE(json.find("\"text\":\"T\\n\\nHello world.\""), std::string::npos);
  EXPECT_NE(json.find("\"start\":3"), std::string::npos);
  EXPECT_EQ(json.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace eventwire
