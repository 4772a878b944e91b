#include <gtest/gtest.h>

#include <unistd.h>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <tuple>

#include "eventwire/conllu.h"
#include "eventwire/syntax.h"
#include "syntax/evaluation.h"
#include "syntax/model_data.h"
#include "syntax/test_corpus.h"

namespace eventwire {
namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string temp_path(const std::string& name) {
  // Per process: ctest may run these tests in parallel processes.
  return (std::filesystem::temp_directory_path() /
          ("eventwire_syntax_" + std::to_string(getpid()) + "_" + name))
      .string();
}

// Trains a tiny model once for all tests in this file.
const std::string& tiny_model_path() {
  static const std::string path = [] {
    SyntaxTrainOptions options;
    options.train_files = {syntax_test::write_tiny_corpus("model")};
    options.epochs = 3;
    options.out = temp_path("tiny.ewm");
    Status status = train_syntax_model(options);
    EXPECT_TRUE(status.is_ok()) << status.to_string();
    return options.out;
  }();
  return path;
}

Token token(const char* text) {
  Token t;
  t.text = text;
  return t;
}

void expect_tree(const Sentence& sentence) {
  int roots = 0;
  const int n = static_cast<int>(sentence.tokens.size());
  for (const Token& t : sentence.tokens) {
    EXPECT_GE(t.head, 0);
    EXPECT_LE(t.head, n);
    EXPECT_FALSE(t.upos.empty());
    EXPECT_FALSE(t.deprel.empty());
    EXPECT_FALSE(t.lemma.empty());
    roots += t.head == 0;
  }
  EXPECT_EQ(roots, 1);
  for (int i = 1; i <= n; ++i) {  // no cycles: every word reaches the root
    int k = i, steps = 0;
    while (k != 0 && steps++ <= n) k = sentence.tokens[k - 1].head;
    EXPECT_EQ(k, 0) << "word " << i << " is on a cycle";
  }
}

TEST(SyntaxModelTest, LoadsAndAnnotatesATree) {
  auto model = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  EXPECT_EQ((*model)->version().name, "syntax");
  EXPECT_EQ((*model)->version().fingerprint.size(), 16u);
  auto corpus = read_conllu_file(syntax_test::write_tiny_corpus("annotate"));
  ASSERT_TRUE(corpus.is_ok());
  for (const ConlluSentence& gold : *corpus) {
    Sentence sentence = syntax_internal::sentence_from_conllu(gold);
    ASSERT_TRUE((*model)->annotate(sentence).is_ok());
    expect_tree(sentence);
  }
  Sentence odd;  // unseen words, one-word and empty sentences must not trip anything
  for (const char* w : {"Zyxw", "qqq", "42", "\xE2\x80\x9C", "!"}) odd.tokens.push_back(token(w));
  ASSERT_TRUE((*model)->annotate(odd).is_ok());
  expect_tree(odd);
  Sentence one;
  one.tokens.push_back(token("Hello"));
  ASSERT_TRUE((*model)->annotate(one).is_ok());
  EXPECT_EQ(one.tokens[0].head, 0);
  Sentence empty;
  EXPECT_TRUE((*model)->annotate(empty).is_ok());
}

// A model read from a file caches per thread what depends on a word form
// alone (features, the tagger's word scores, lemmas); results must be those
// of the uncached path, cold or warm, also when forms of one sentence
// collide in the cache (a sentence with more distinct forms than entries).
TEST(SyntaxModelTest, WordCacheGivesTheUncachedResults) {
  auto data = syntax_internal::read_model_file(tiny_model_path());
  ASSERT_TRUE(data.is_ok()) << data.status().to_string();
  syntax_internal::ModelData& m = **data;
  ASSERT_NE(m.cache_id, 0u);
  auto corpus = read_conllu_file(syntax_test::write_tiny_corpus("cache"));
  ASSERT_TRUE(corpus.is_ok());
  std::vector<Sentence> sentences;
  for (const ConlluSentence& gold : *corpus)
    sentences.push_back(syntax_internal::sentence_from_conllu(gold));
  Sentence long_one;
  for (int i = 0; i < 6000; ++i) {
    const char* words[] = {"The", "army", "met", "leaders", "in", "Geneva", "."};
    long_one.tokens.push_back(
        token(i % 3 == 0 ? words[i % 7] : ("W" + std::to_string(i * 7919 % 5003)).c_str()));
  }
  sentences.push_back(long_one);
  auto annotate_all = [&](std::vector<Sentence> in) {
    for (Sentence& s : in) syntax_internal::annotate_sentence(m, s);
    return in;
  };
  const std::vector<Sentence> cold = annotate_all(sentences), warm = annotate_all(sentences);
  const uint64_t id = m.cache_id;
  m.cache_id = 0;
  const std::vector<Sentence> plain = annotate_all(sentences);
  m.cache_id = id;
  for (const auto* run : {&warm, &plain})
    for (size_t s = 0; s < cold.size(); ++s)
      for (size_t i = 0; i < cold[s].tokens.size(); ++i) {
        const Token &a = cold[s].tokens[i], &b = (*run)[s].tokens[i];
        ASSERT_EQ(std::tie(a.upos, a.xpos, a.feats, a.lemma, a.head, a.deprel),
                  std::tie(b.upos, b.xpos, b.feats, b.lemma, b.head, b.deprel))
            << "sentence " << s << " token " << i;
      }
}

// The index cache: the first load writes it, later loads map it and give
// the same annotations; a damaged or truncated cache file is never trusted
// (the model file is read again and the cache rewritten).
TEST(SyntaxModelTest, IndexCacheGivesTheSameModel) {
  const std::string dir = temp_path("index_cache");
  std::filesystem::remove_all(dir);
  set_model_index_cache(dir);
  auto annotate = [](const std::shared_ptr<const SyntaxModel>& model) {
    auto corpus = read_conllu_file(syntax_test::write_tiny_corpus("index_cache"));
    EXPECT_TRUE(corpus.is_ok());
    std::string out;
    for (const ConlluSentence& gold : *corpus) {
      Sentence s = syntax_internal::sentence_from_conllu(gold);
      EXPECT_TRUE(model->annotate(s).is_ok());
      for (const Token& t : s.tokens)
        out += t.upos + t.xpos + t.feats + t.lemma + std::to_string(t.head) + t.deprel + "\n";
    }
    return out;
  };
  auto first = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(first.is_ok()) << first.status().to_string();
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    files.push_back(entry.path().string());
  ASSERT_EQ(files.size(), 1u);
  const std::string cached = read_bytes(files[0]);
  const std::string expected = annotate(*first);
  auto second = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(second.is_ok());
  // The second model uses the cache file where it lies: mapped, not copied.
  EXPECT_NE(read_bytes("/proc/self/maps").find(files[0]), std::string::npos);
  EXPECT_EQ(annotate(*second), expected);
  EXPECT_EQ((*second)->version().fingerprint, (*first)->version().fingerprint);
  std::string flipped = cached;
  flipped[flipped.size() - 64] ^= 1;  // a weight or slot (the last bytes may be padding)
  for (const std::string& damaged :
       {cached.substr(0, cached.size() - 8), cached.substr(0, 40), flipped}) {
    std::ofstream(files[0], std::ios::binary | std::ios::trunc) << damaged;
    auto again = SyntaxModel::load(tiny_model_path());
    ASSERT_TRUE(again.is_ok());
    EXPECT_EQ(annotate(*again), expected);
    EXPECT_TRUE(read_bytes(files[0]) == cached);  // rewritten from the model file
  }
  set_model_index_cache("");
  std::filesystem::remove_all(dir);
}

// The cache's slot and row checks run once per cache file: a load that maps a
// file written some time before (its change time settled) leaves a verdict
// beside it, and later loads that find the verdict for the same file give the
// same annotations; a rewritten file has a new identity, so it is checked again.
TEST(SyntaxModelTest, IndexCacheSlotChecksRunOncePerFile) {
  const std::string dir = temp_path("slot_verdict");
  std::filesystem::remove_all(dir);
  set_model_index_cache(dir);
  auto annotate = [](const std::shared_ptr<const SyntaxModel>& model) {
    auto corpus = read_conllu_file(syntax_test::write_tiny_corpus("slot_verdict"));
    EXPECT_TRUE(corpus.is_ok());
    std::string out;
    for (const ConlluSentence& gold : *corpus) {
      Sentence s = syntax_internal::sentence_from_conllu(gold);
      EXPECT_TRUE(model->annotate(s).is_ok());
      for (const Token& t : s.tokens) out += t.lemma + std::to_string(t.head) + t.deprel + "\n";
    }
    return out;
  };
  auto first = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(first.is_ok());
  const std::string expected = annotate(*first);
  std::string cache_file;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    cache_file = entry.path().string();
  const std::string verdict = cache_file + ".slots-checked1";
  std::this_thread::sleep_for(
      std::chrono::milliseconds(2100));  // past any file system's quiet time
  auto second = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(second.is_ok());
  EXPECT_EQ(annotate(*second), expected);
  EXPECT_TRUE(std::filesystem::exists(verdict));
  const std::string recorded = read_bytes(verdict);
  auto third = SyntaxModel::load(tiny_model_path());  // with the verdict
  ASSERT_TRUE(third.is_ok());
  EXPECT_EQ(annotate(*third), expected);
  // A damaged file written in place has another identity: checked, refused, rebuilt.
  std::string damaged = read_bytes(cache_file);
  damaged[damaged.size() - 64] ^= 1;
  std::ofstream(cache_file, std::ios::binary | std::ios::trunc) << damaged;
  auto fourth = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(fourth.is_ok());
  EXPECT_EQ(annotate(*fourth), expected);
  EXPECT_EQ(read_bytes(verdict), recorded);  // no verdict for the damaged file
  set_model_index_cache("");
  std::filesystem::remove_all(dir);
}

// The accurate preset decodes with a beam (its settings carry the width and
// the temperature); beam decoding must give well-formed trees too, and the
// same ones on every call.
TEST(SyntaxModelTest, BeamDecodingGivesTrees) {
  SyntaxTrainOptions options;
  options.train_files = {syntax_test::write_tiny_corpus("beam")};
  options.dev_file = options.train_files[0];
  options.preset = "accurate";
  options.epochs = 2;
  options.out = temp_path("beam.ewm");
  ASSERT_TRUE(train_syntax_model(options).is_ok());
  auto model = SyntaxModel::load(options.out);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  std::string beam;
  for (const auto& [k, v] : (*model)->settings())
    if (k == "beam") beam = v;
  EXPECT_EQ(beam, "8");
  auto corpus = read_conllu_file(options.train_files[0]);
  ASSERT_TRUE(corpus.is_ok());
  for (const ConlluSentence& gold : *corpus) {
    Sentence first = syntax_internal::sentence_from_conllu(gold);
    Sentence second = first;
    ASSERT_TRUE((*model)->annotate(first).is_ok());
    ASSERT_TRUE((*model)->annotate(second).is_ok());
    expect_tree(first);
    for (size_t i = 0; i < first.tokens.size(); ++i) {
      EXPECT_EQ(first.tokens[i].head, second.tokens[i].head);
      EXPECT_EQ(first.tokens[i].deprel, second.tokens[i].deprel);
    }
  }
  Sentence one;
  one.tokens.push_back(token("Hello"));
  ASSERT_TRUE((*model)->annotate(one).is_ok());
  EXPECT_EQ(one.tokens[0].head, 0);
}

TEST(SyntaxModelTest, ThreadsShareOneModel) {
  auto model = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(model.is_ok());
  auto corpus = read_conllu_file(syntax_test::write_tiny_corpus("threads"));
  ASSERT_TRUE(corpus.is_ok());
  std::vector<Sentence> expected;
  for (const ConlluSentence& gold : *corpus) {
    expected.push_back(syntax_internal::sentence_from_conllu(gold));
    ASSERT_TRUE((*model)->annotate(expected.back()).is_ok());
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round)
        for (size_t s = 0; s < corpus->size(); ++s) {
          Sentence sentence = syntax_internal::sentence_from_conllu((*corpus)[s]);
          (void)(*model)->annotate(sentence);
          for (size_t i = 0; i < sentence.tokens.size(); ++i)
            mismatches[t] += sentence.tokens[i].head != expected[s].tokens[i].head ||
                             sentence.tokens[i].upos != expected[s].tokens[i].upos ||
                             sentence.tokens[i].lemma != expected[s].tokens[i].lemma;
        }
    });
  for (auto& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(SyntaxModelTest, MissingTruncatedAndCorruptFilesGiveErrors) {
  EXPECT_EQ(SyntaxModel::load(temp_path("does-not-exist.ewm")).status().code(),
            Status::Code::kNotFound);
  const std::string bytes = read_bytes(tiny_model_path());
  ASSERT_GT(bytes.size(), 100u);
  const std::string broken = temp_path("broken.ewm");
  for (size_t cut :
       {size_t{0}, size_t{5}, size_t{12}, size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
    std::ofstream(broken, std::ios::binary | std::ios::trunc) << bytes.substr(0, cut);
    auto model = SyntaxModel::load(broken);
    EXPECT_FALSE(model.is_ok()) << "cut at " << cut;
  }
  std::string flipped = bytes;
  flipped[bytes.size() - 10] ^= 0x5a;
  std::ofstream(broken, std::ios::binary | std::ios::trunc) << flipped;
  auto model = SyntaxModel::load(broken);
  ASSERT_FALSE(model.is_ok());
  EXPECT_EQ(model.status().code(), Status::Code::kCorrupt);
  std::string magic = bytes;
  magic[0] = 'X';
  std::ofstream(broken, std::ios::binary | std::ios::trunc) << magic;
  EXPECT_EQ(SyntaxModel::load(broken).status().code(), Status::Code::kCorrupt);
}

TEST(SyntaxModelTest, TrainingIsDeterministic) {
  SyntaxTrainOptions options;
  options.train_files = {syntax_test::write_tiny_corpus("determinism")};
  options.epochs = 2;
  options.seed = 7;
  options.out = temp_path("det1.ewm");
  ASSERT_TRUE(train_syntax_model(options).is_ok());
  options.out = temp_path("det2.ewm");
  ASSERT_TRUE(train_syntax_model(options).is_ok());
  EXPECT_EQ(read_bytes(temp_path("det1.ewm")), read_bytes(temp_path("det2.ewm")));
}

TEST(SyntaxModelTest, ExcludedDocumentsAreNotTrainedOn) {
  SyntaxTrainOptions options;
  options.train_files = {syntax_test::write_tiny_corpus("exclude")};
  options.exclude_docs = "_fiction_";
  options.epochs = 1;
  options.out = temp_path("exclude.ewm");
  ASSERT_TRUE(train_syntax_model(options).is_ok());
  auto model = SyntaxModel::load(options.out);
  ASSERT_TRUE(model.is_ok());
  for (const auto& [k, v] : (*model)->settings())
    if (k == "train_sentences") {
      EXPECT_EQ(v, "2");  // t1 + t2; t3 and t4 are in the fiction document
    }
  options.exclude_docs = "([";
  EXPECT_EQ(train_syntax_model(options).code(), Status::Code::kInvalidInput);
}

TEST(SyntaxModelTest, AnnotatedDocumentRoundTripsThroughConllu) {
  auto model = SyntaxModel::load(tiny_model_path());
  ASSERT_TRUE(model.is_ok());
  Document doc;
  doc.article.id = "a1";
  doc.article.text = "Leaders met in Geneva.";
  Sentence sentence;
  uint32_t offset = 0;
  for (const char* w : {"Leaders", "met", "in", "Geneva", "."}) {
    Token t;
    t.text = w;
    t.start = t.byte_start = offset;
    offset += static_cast<uint32_t>(t.text.size());
    t.end = t.byte_end = offset;
    t.space_after = std::string(w) != "Geneva";
    if (t.space_after) ++offset;
    sentence.tokens.push_back(t);
  }
  sentence.byte_end = sentence.end = offset;
  ASSERT_TRUE((*model)->annotate(sentence).is_ok());
  std::stringstream out;
  write_conllu(out, doc, sentence);
  ConlluReader reader(out, "round-trip");
  ConlluSentence back;
  Status status;
  ASSERT_TRUE(reader.next(back, status));
  ASSERT_TRUE(status.is_ok()) << status.to_string();
  ASSERT_EQ(back.words.size(), sentence.tokens.size());
  for (size_t i = 0; i < back.words.size(); ++i) {
    EXPECT_EQ(back.words[i].form, sentence.tokens[i].text);
    EXPECT_EQ(back.words[i].upos, sentence.tokens[i].upos);
    EXPECT_EQ(back.words[i].lemma, sentence.tokens[i].lemma);
    EXPECT_EQ(back.words[i].head, sentence.tokens[i].head);
    EXPECT_EQ(back.words[i].deprel, sentence.tokens[i].deprel);
  }
}

TEST(SyntaxModelTest, FindsModelsInTheNamedFolder) {
  const auto dir = std::filesystem::temp_directory_path() / "eventwire_syntax_models";
  std::filesystem::create_directories(dir / "syntax");
  std::filesystem::copy_file(tiny_model_path(), dir / "syntax" / "tiny.ewm",
                             std::filesystem::copy_options::overwrite_existing);
  auto found = find_syntax_model("tiny", dir.string());
  ASSERT_TRUE(found.is_ok()) << found.status().to_string();
  EXPECT_EQ(*found, (dir / "syntax" / "tiny.ewm").string());
  EXPECT_FALSE(find_syntax_model("no-such-model", dir.string()).is_ok());
  EXPECT_FALSE(find_syntax_model("/no/such/file.ewm").is_ok());
}

}  // namespace
}  // namespace eventwire
