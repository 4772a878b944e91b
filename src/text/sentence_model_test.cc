#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "eventwire/sentence_model.h"
#include "eventwire/text.h"
#include "eventwire/text_eval.h"
#include "text/sentence_model_data.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;
using V = std::vector<std::string>;

std::string committed_model_path() {
  return std::string(EVENTWIRE_TEST_MODELS_DIR) + "/segmenter/segmenter.ewm";
}

std::shared_ptr<const SentenceModel> committed_model() {
  static std::shared_ptr<const SentenceModel> model = [] {
    auto loaded = SentenceModel::load(committed_model_path());
    return loaded ? *loaded : nullptr;
  }();
  return model;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

fs::path temp_dir() {
  fs::path dir =
      fs::temp_directory_path() / ("eventwire_segmenter_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> split(const std::string& body,
                               std::shared_ptr<const SentenceModel> model) {
  Article article;
  article.text = body;
  article.paragraphs.push_back({0, count_code_points(body)});
  SegmentOptions options;
  options.sentence_model = std::move(model);
  std::vector<std::string> out;
  for (const Sentence& s : segment_article(article, options, nullptr))
    out.push_back(body.substr(s.byte_start, s.byte_end - s.byte_start));
  return out;
}

// A CoNLL-U file whose documents are lists of paragraphs of sentences; forms
// are the whitespace-separated pieces of each sentence (enough for the labels).
std::string tiny_conllu(const std::vector<std::vector<V>>& documents) {
  std::string out;
  int doc_id = 0;
  for (const auto& paragraphs : documents) {
    out += "# newdoc id = doc" + std::to_string(++doc_id) + "\n";
    for (const V& paragraph : paragraphs) {
      bool first = true;
      for (const std::string& sentence : paragraph) {
        if (first) out += "# newpar\n";
        first = false;
        out += "# text = " + sentence + "\n";
        std::istringstream words(sentence);
        int id = 0;
        for (std::string w; words >> w;)
          out += std::to_string(++id) + "\t" + w + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
        out += "\n";
      }
    }
  }
  return out;
}

TEST(SentenceModel, MissingAndCorruptFilesAreErrors) {
  fs::path dir = temp_dir();
  auto missing = SentenceModel::load((dir / "nope.ewm").string());
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find("nope.ewm"), std::string::npos);

  write_bytes((dir / "junk.ewm").string(), "this is not a model at all");
  auto junk = SentenceModel::load((dir / "junk.ewm").string());
  ASSERT_FALSE(junk);
  EXPECT_EQ(junk.status().code(), Status::Code::kCorrupt);

  segmenter::ModelData data;
  data.hash_bits = 10;
  data.weights.assign(1024, 0);
  data.weights[7] = -3;
  data.weights[900] = 12;
  data.lowercase_words = {1, 5, 9};
  data.fingerprint = "abc";
  std::string bytes = segmenter::serialize(data);
  auto round = segmenter::deserialize(bytes, "x");
  ASSERT_TRUE(round) << round.status().to_string();
  EXPECT_EQ(round->weights, data.weights);
  EXPECT_EQ(round->lowercase_words, data.lowercase_words);
  EXPECT_EQ(round->fingerprint, "abc");

  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x20;
  EXPECT_EQ(segmenter::deserialize(flipped, "x").status().code(), Status::Code::kCorrupt);
  EXPECT_EQ(segmenter::deserialize(bytes.substr(0, bytes.size() - 3), "x").status().code(),
            Status::Code::kCorrupt);
  fs::remove_all(dir);
}

// Damage that passes the checksum (recomputed) must still give an error or a
// sane model, never a crash.
TEST(SentenceModel, ParserSurvivesDamageBehindAValidChecksum) {
  segmenter::ModelData data;
  data.hash_bits = 10;
  data.weights.assign(1024, 0);
  for (size_t b = 0; b < 1024; b += 37) data.weights[b] = static_cast<int16_t>(b * 3 - 500);
  data.lowercase_words = {3, 30, 300};
  data.fingerprint = "0123456789abcdef";
  std::string bytes = segmenter::serialize(data);
  std::string body = bytes.substr(0, bytes.size() - 8);
  uint32_t state = 12345;
  for (int trial = 0; trial < 500; ++trial) {
    state = state * 1103515245u + 12345u;
    std::string damaged = body;
    size_t at = 8 + (state >> 8) % (damaged.size() - 8);
    damaged[at] = static_cast<char>(damaged[at] ^ (1 + (state & 0x7F)));
    if (trial % 5 == 0) damaged.resize(at);
    uint64_t sum = segmenter::hash_bytes(damaged);
    for (int i = 0; i < 8; ++i) damaged.push_back(static_cast<char>((sum >> (8 * i)) & 0xFF));
    auto model = segmenter::deserialize(damaged, "damaged");
    if (model) {
      EXPECT_EQ(model->weights.size(), size_t{1} << model->hash_bits);
    }
  }
}

TEST(SentenceModel, DefaultPathFollowsTheModelsFolder) {
  // A folder the caller names is used as it is, even when the file is not there.
  EXPECT_EQ(SentenceModel::default_path("/some/dir"), "/some/dir/segmenter/segmenter.ewm");
  EXPECT_TRUE(SentenceModel::default_path().ends_with("/segmenter/segmenter.ewm"));
}

TEST(SentenceModel, TinyTrainingIsDeterministicAndLearns) {
  fs::path dir = temp_dir();
  std::vector<std::vector<V>> docs;
  for (int d = 0; d < 6; ++d) {
    docs.push_back(
        {{"thanks for the help", "I will see you tomorrow", "The report is done.", "call me later"},
         {"We met Dr. Smith in the U.S. yesterday.", "He said hello.", "it was fine"}});
  }
  std::string train = (dir / "train.conllu").string();
  write_bytes(train, tiny_conllu(docs));
  SentenceModelTrainOptions options;
  options.train_files = {train};
  options.dev_file = train;
  options.epochs = 3;
  options.hash_bits = 12;
  options.out = (dir / "a.ewm").string();
  ASSERT_TRUE(train_sentence_model(options, nullptr));
  options.out = (dir / "b.ewm").string();
  ASSERT_TRUE(train_sentence_model(options, nullptr));
  EXPECT_EQ(read_bytes((dir / "a.ewm").string()), read_bytes((dir / "b.ewm").string()));

  auto model = SentenceModel::load((dir / "a.ewm").string());
  ASSERT_TRUE(model) << model.status().to_string();
  ComponentVersion version = (*model)->version();
  EXPECT_EQ(version.name, "segmenter");
  EXPECT_EQ(version.version, "1/a.ewm");
  EXPECT_EQ(version.fingerprint.size(), 16u);
  // A boundary without final punctuation, learned from the data.
  EXPECT_EQ(split("thanks for the help I will see you tomorrow", *model),
            (V{"thanks for the help", "I will see you tomorrow"}));

  options.exclude_docs = "(";
  EXPECT_EQ(train_sentence_model(options, nullptr).code(), Status::Code::kInvalidInput);
  fs::remove_all(dir);
}

TEST(SentenceModel, CommittedModelLoadsAndSplitsNewsAndWebText) {
  auto model = committed_model();
  ASSERT_TRUE(model) << "missing " << committed_model_path();
  EXPECT_EQ(model->version().name, "segmenter");
  EXPECT_EQ(split("U.S. President Donald Trump spoke on Monday. He left.", model),
            (V{"U.S. President Donald Trump spoke on Monday.", "He left."}));
  EXPECT_EQ(split("He moved to the U.S. The move was quick.", model),
            (V{"He moved to the U.S.", "The move was quick."}));
  EXPECT_EQ(split("Mr. Smith met Gen. J. Doe in Washington on Monday. They talked.", model),
            (V{"Mr. Smith met Gen. J. Doe in Washington on Monday.", "They talked."}));
  EXPECT_EQ(split("“We will fight,” he said. “We will win.” Then he left.", model),
            (V{"“We will fight,” he said.", "“We will win.”", "Then he left."}));
  EXPECT_EQ(split("“Why?” he asked.", model), (V{"“Why?” he asked."}));
  EXPECT_EQ(split("i got the tickets. see you there on friday.", model),
            (V{"i got the tickets.", "see you there on friday."}));
}

// A bracket opened mid-sentence ends no sentence before a lower-case word, whatever
// ends inside it ("Mo." is cut into "Mo" "."); a bracketed sentence of its own still can.
TEST(SentenceModel, MidSentenceBracketsDoNotEndTheSentence) {
  auto model = committed_model();
  ASSERT_TRUE(model) << "missing " << committed_model_path();
  for (const auto& m : {model, std::shared_ptr<const SentenceModel>()}) {
    EXPECT_EQ(split("The bill passed, Sen. Roy Blunt (R-Mo.) said on Tuesday. He left.", m),
              (V{"The bill passed, Sen. Roy Blunt (R-Mo.) said on Tuesday.", "He left."}));
    EXPECT_EQ(split("“We lost,” Rep. Ann Lee (D-N.J.) told reporters.", m),
              (V{"“We lost,” Rep. Ann Lee (D-N.J.) told reporters."}));
    EXPECT_EQ(split("It rose (see Fig. 2.) and [sic.] fell again.", m),
              (V{"It rose (see Fig. 2.) and [sic.] fell again."}));
    EXPECT_EQ(split("It rained. (Nobody came.) The game was off.", m),
              (V{"It rained.", "(Nobody came.)", "The game was off."}));
  }
  std::vector<tokenizer::SurfaceToken> tokens;
  std::string text = "a (b (c.) d) e";
  tokenizer::tokenize_surface(text, 0, text.size(), tokens);
  std::vector<segmenter::TokenInfo> info(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) segmenter::token_edges(text, tokens[i], info[i]);
  std::vector<uint8_t> gaps;
  segmenter::bracket_continuations(text, tokens, info, gaps);
  std::string marked;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (gaps[i])
      marked += text.substr(tokens[i].start, tokens[i].end - tokens[i].start) + "@" +
                std::to_string(i) + " ";
  EXPECT_EQ(marked, ")@6 )@8 ");
}

// Legislators' abbreviated titles ("Del." for a delegate, plurals "Sens.", "Reps.") keep
// their name in the sentence, with and without the model.
TEST(SentenceModel, AbbreviatedTitlesOfLegislatorsEndNoSentence) {
  auto model = committed_model();
  ASSERT_TRUE(model) << "missing " << committed_model_path();
  for (const auto& m : {model, std::shared_ptr<const SentenceModel>()}) {
    EXPECT_EQ(split("On Monday, Del. Mara Quill of Fairhaven voted against it. She left.", m),
              (V{"On Monday, Del. Mara Quill of Fairhaven voted against it.", "She left."}));
    EXPECT_EQ(
        split("Sens. Ivo Brandt and Lena Oster agreed, as did Reps. Tom Aske and Bo Lind.", m),
        (V{"Sens. Ivo Brandt and Lena Oster agreed, as did Reps. Tom Aske and Bo Lind."}));
  }
}

TEST(SentenceModel, OneModelServesManyThreads) {
  auto model = committed_model();
  ASSERT_TRUE(model);
  std::string body;
  for (int i = 0; i < 200; ++i)
    body += "The U.S. envoy met Mr. Lee on Jan. 5. thanks for the note see you soon ";
  V expected = split(body, model);
  std::vector<V> results(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&, t] { results[t] = split(body, model); });
  for (std::thread& thread : threads) thread.join();
  for (const V& result : results) EXPECT_EQ(result, expected);
}

TEST(SentenceModel, RunOnParagraphIsStillCutIntoBoundedPieces) {
  auto model = committed_model();
  ASSERT_TRUE(model);
  std::string body;
  for (int i = 0; i < 20000; ++i) body += i % 7 ? "word " : "Word ";
  Article article;
  article.text = body;
  article.paragraphs.push_back({0, count_code_points(body)});
  SegmentOptions options;
  options.sentence_model = model;
  options.max_sentence_tokens = 300;
  std::vector<std::string> warnings;
  size_t tokens = 0;
  for (const Sentence& s : segment_article(article, options, &warnings)) {
    EXPECT_LE(s.tokens.size(), 300u);
    tokens += s.tokens.size();
  }
  EXPECT_EQ(tokens, 20000u);
}

TEST(SentenceModel, CommittedModelReachesItsFloorOnEwtTest) {
  std::string path = std::string(EVENTWIRE_SHARED_DIR) + "/data/ud/en_ewt/en_ewt-ud-test.conllu";
  if (!fs::exists(path)) GTEST_SKIP() << "needs ../shared (" << path << ")";
  auto model = committed_model();
  ASSERT_TRUE(model);
  auto gold = read_conllu_file(path);
  ASSERT_TRUE(gold) << gold.status().to_string();
  SegmentOptions options;
  options.sentence_model = model;
  SegmentationScores scores = evaluate_segmentation(*gold, options);
  EXPECT_GE(scores.sentences.f1(), 88.0);
  EXPECT_GE(scores.tokens.f1(), 99.1);
}

}  // namespace
}  // namespace eventwire
