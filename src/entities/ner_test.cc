// Tests of the NER readers, scoring, model format and training.
#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "base/checked_files.h"
#include "base/mapped_model.h"
#include "entities/ner_features.h"
#include "entities/ner_model_format.h"
#include "eventwire/ner.h"

namespace eventwire {
namespace {

// Test files live in one folder per process, removed when the tests end.
std::filesystem::path temp_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path d = std::filesystem::temp_directory_path() /
                              ("eventwire_ner_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

class TempCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(temp_dir(), ignored);
  }
};
[[maybe_unused]] ::testing::Environment* const cleanup =
    ::testing::AddGlobalTestEnvironment(new TempCleanup);

std::string write_temp(const std::string& name, const std::string& content) {
  std::filesystem::path path = temp_dir() / name;
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

TEST(NerReader, ReadsUniversalNerIob2WithComments) {
  std::string path =
      write_temp("uner.iob2",
                 "# newdoc id = d1\n# sent_id = s1\n# text = I saw New York .\n"
                 "1\tI\tO\t-\t-\n2\tsaw\tO\t-\t-\n3\tNew\tB-LOC\t-\tx\n4\tYork\tI-LOC\t-\tx\n"
                 "5\t#\tO\t-\t-\n\n"
                 "# sent_id = s2\n1\tBob\tB-PER\n2\tAl\tB-PER\n\n");
  Result<std::vector<NerSentence>> r = read_ner_conll(path);
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].tokens, words("I saw New York #"));
  EXPECT_EQ((*r)[0].doc_id, "d1");
  ASSERT_EQ((*r)[0].spans.size(), 1u);
  EXPECT_EQ((*r)[0].spans[0], (NamedSpan{0, 2, 4, "LOC"}));
  // IOB2: adjacent B- tags are two names.
  EXPECT_EQ((*r)[1].spans.size(), 2u);
}

TEST(NerReader, ReadsIob1WithDocstartAndHashToken) {
  std::string path =
      write_temp("wiki.conll",
                 "-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nCapsule I-ORG\n# O\nJapanese I-MISC\n"
                 "Bo I-PER\nAl B-PER\nCy I-PER\n\n-DOCSTART- O\n\nParis I-LOC\n");
  Result<std::vector<NerSentence>> r = read_ner_conll(path);
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  ASSERT_EQ(r->size(), 2u);
  const NerSentence& s = (*r)[0];
  EXPECT_EQ(s.tokens.size(), 8u);
  std::vector<NamedSpan> expected = {
      {0, 0, 3, "ORG"}, {0, 4, 5, "MISC"}, {0, 5, 6, "PER"}, {0, 6, 8, "PER"}};
  EXPECT_EQ(s.spans, expected);
  EXPECT_NE((*r)[0].doc_id, (*r)[1].doc_id);
}

TEST(NerReader, MapsOtherCorporaTypeNames) {
  std::string path = write_temp("crossner.txt",
                                "Putin\tB-politician\nof\tO\nUnited\tB-politicalparty\n"
                                "Russia\tI-politicalparty\nin\tO\nFrance\tB-country\nand\tO\n"
                                "NATO\tB-Organisation\n2010\tB-election\n\n");
  Result<std::vector<NerSentence>> r = read_ner_conll(path);
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  ASSERT_EQ(r->size(), 1u);
  std::vector<NamedSpan> expected = {{0, 0, 1, "PER"},
                                     {0, 2, 4, "ORG"},
                                     {0, 5, 6, "LOC"},
                                     {0, 7, 8, "ORG"},
                                     {0, 8, 9, "election"}};
  EXPECT_EQ((*r)[0].spans, expected);
}

TEST(NerReader, BadTagNamesFileAndLine) {
  std::string path = write_temp("bad.conll", "Paris B-LOC\nis X-Y\n");
  Result<std::vector<NerSentence>> r = read_ner_conll(path);
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.status().message().find(":2:"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("\"X-Y\""), std::string::npos);
  EXPECT_EQ(read_ner_conll("/nonexistent/x.conll").status().code(), Status::Code::kNotFound);
}

TEST(NerReader, SelectsDocumentShares) {
  std::string content;
  for (int d = 0; d < 10; ++d) content += "-DOCSTART- O\n\nw" + std::to_string(d) + " O\n\n";
  std::string path = write_temp("docs.conll", content);
  Result<std::vector<NerSentence>> head = read_ner_spec(path + ":head=90", {});
  Result<std::vector<NerSentence>> tail = read_ner_spec(path + ":tail=10", {});
  ASSERT_TRUE(head.is_ok() && tail.is_ok());
  EXPECT_EQ(head->size(), 9u);
  ASSERT_EQ(tail->size(), 1u);
  EXPECT_EQ(tail->front().tokens[0], "w9");
  EXPECT_FALSE(read_ner_spec(path + ":head=x", {}).is_ok());
}

TEST(NerReader, ReadsGumNamedEntities) {
  std::string path = write_temp(
      "gum.conllu",
      "# newdoc id = GUM_news_x\n# sent_id = x-1\n# text = The University of Portsmouth hired him\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-nnnnn-cf1-1-sgl-University_"
      "of_Portsmouth\n"
      "2\tUniversity\tUniversity\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tPortsmouth\tPortsmouth\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-nnnnn-cf2-1-sgl-"
      "Portsmouth)1)\n"
      "5\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\thim\the\tPRON\tPRP\t_\t5\tobj\t_\tEntity=(3-person-new-nnnnn-cf3-1-sgl-Jo_Smith)\n\n"
      "# newdoc id = GUM_fiction_y\n# sent_id = y-1\n# text = Kim left\n"
      "1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(4-person-new-nnnnn-cf1-1-sgl-Kim)\n"
      "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  Result<std::vector<NerSentence>> r = read_ner_gum(path, {"news"});
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  ASSERT_EQ(r->size(), 1u);  // the fiction document is not kept
  // The outer organization wins over the nested place; "him" is no name.
  EXPECT_EQ((*r)[0].spans, (std::vector<NamedSpan>{{0, 1, 4, "ORG"}}));
  EXPECT_EQ(read_ner_gum(path, {}).value().size(), 2u);
}

TEST(NerScore, CountsExactMatchesPerType) {
  NerScores scores;
  std::vector<NamedSpan> gold = {{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}, {1, 0, 1, "ORG"}};
  std::vector<NamedSpan> predicted = {{0, 0, 2, "PER"}, {0, 3, 5, "LOC"}, {1, 0, 1, "LOC"}};
  scores.add(gold, predicted);
  EXPECT_EQ(scores.overall.gold, 3);
  EXPECT_EQ(scores.overall.predicted, 3);
  EXPECT_EQ(scores.overall.correct, 1);
  EXPECT_NEAR(scores.overall.f1(), 100.0 / 3, 1e-9);
  ASSERT_EQ(scores.by_type.size(), 3u);
  EXPECT_EQ(scores.by_type[0].first, "LOC");
  EXPECT_EQ(scores.by_type[0].second.predicted, 2);
  EXPECT_EQ(scores.by_type[0].second.correct, 0);
  EXPECT_DOUBLE_EQ(scores.by_type[2].second.f1(), 100.0);  // PER
  EXPECT_EQ(collapse_ner_type("GPE"), "LOC");
  NerCounts empty;
  EXPECT_EQ(empty.f1(), 0.0);
}

TEST(NerLabels, BilouRoundTripAndConstraints) {
  ner::LabelSet set;
  set.types = {"PER", "ORG", "LOC"};
  std::vector<NamedSpan> spans = {{0, 0, 1, "PER"}, {0, 2, 5, "ORG"}, {0, 5, 7, "LOC"}};
  std::vector<int> labels = set.encode(8, spans);
  EXPECT_EQ(set.decode(labels), spans);
  EXPECT_FALSE(set.allowed(-1, 2));  // I-PER cannot start a sentence
  EXPECT_TRUE(set.allowed(1, 3));    // B-PER → L-PER
  EXPECT_FALSE(set.allowed(1, 7));   // B-PER → L-ORG
  EXPECT_FALSE(set.allowed_end(1));
}

std::vector<NerSentence> tiny_corpus() {
  std::vector<NerSentence> out;
  auto add = [&](const std::string& text, std::vector<NamedSpan> spans) {
    out.push_back({words(text), std::move(spans), ""});
  };
  for (int k = 0; k < 3; ++k) {
    add("John Smith visited Paris yesterday .", {{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}});
    add("Acme Corp hired Mary Jones in Berlin .",
        {{0, 0, 2, "ORG"}, {0, 3, 5, "PER"}, {0, 6, 7, "LOC"}});
    add("the weather was fine .", {});
    add("Mary Jones left Acme Corp .", {{0, 0, 2, "PER"}, {0, 3, 5, "ORG"}});
  }
  return out;
}

NerTrainOptions tiny_options() {
  NerTrainOptions o;
  o.epochs = 3;
  o.seed = 7;
  o.wordnet_dir.clear();  // keep the test fast and independent of installed data
  o.iso_codes_dir.clear();
  return o;
}

TEST(NerTrain, TinyRunIsDeterministicAndLearns) {
  std::vector<NerEpochReport> reports;
  Result<std::string> a = train_ner(tiny_corpus(), tiny_corpus(), tiny_options(),
                                    [&](const NerEpochReport& r) { reports.push_back(r); });
  Result<std::string> b = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(a.is_ok()) << a.status().to_string();
  ASSERT_TRUE(b.is_ok());
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_GT(reports.back().dev_f1, 99.0);
  Result<std::string> again = train_ner(tiny_corpus(), tiny_corpus(), tiny_options(), nullptr);
  EXPECT_EQ(*a, *again);  // byte-identical for the same seed and data

  Result<std::shared_ptr<const NerModel>> model = NerModel::from_bytes(*a, "tiny.ewm");
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  EXPECT_EQ((*model)->tag_tokens(words("John Smith visited Paris yesterday .")),
            (std::vector<NamedSpan>{{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}}));
  EXPECT_EQ((*model)->version().name, "ner");
  EXPECT_EQ((*model)->version().version, "ner/1/tiny.ewm");
  EXPECT_EQ((*model)->version().fingerprint.size(), 16u);
  EXPECT_TRUE((*model)->tag_tokens({}).empty());

  EXPECT_FALSE(train_ner({}, {}, tiny_options(), nullptr).is_ok());
}

TEST(NerTrain, DomainFeaturesKeepTheMainSourceConventions) {
  // A second source that marks every name ORG: with private feature copies its
  // convention stays in its copies, which are not saved.
  std::vector<NerSentence> corpus = tiny_corpus();
  std::vector<NerSentence> other = tiny_corpus();
  for (NerSentence& s : other) {
    s.domain = 1;
    for (NamedSpan& span : s.spans) span.type = "ORG";
  }
  corpus.insert(corpus.end(), other.begin(), other.end());
  NerTrainOptions options = tiny_options();
  options.domain_features = true;
  options.epochs = 8;
  Result<std::string> bytes = train_ner(corpus, {}, options, nullptr);
  ASSERT_TRUE(bytes.is_ok()) << bytes.status().to_string();
  EXPECT_EQ(*bytes, *train_ner(corpus, {}, options, nullptr));  // deterministic
  Result<std::shared_ptr<const NerModel>> model = NerModel::from_bytes(*bytes, "domain.ewm");
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  EXPECT_NE((*model)->description().find("domain features"), std::string::npos);
  EXPECT_EQ((*model)->tag_tokens(words("John Smith visited Paris yesterday .")),
            (std::vector<NamedSpan>{{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}}));
}

TEST(NerModelFile, LoadsAndRejectsCorruptFiles) {
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(bytes.is_ok());
  std::string path = write_temp("ok.ewm", *bytes);
  Result<std::shared_ptr<const NerModel>> loaded = NerModel::load(path);
  ASSERT_TRUE(loaded.is_ok()) << loaded.status().to_string();

  std::string flipped = *bytes;
  flipped[flipped.size() / 2] ^= 0x5a;
  Result<std::shared_ptr<const NerModel>> bad = NerModel::load(write_temp("flipped.ewm", flipped));
  ASSERT_FALSE(bad.is_ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(bad.status().message().find("flipped.ewm"), std::string::npos);

  EXPECT_EQ(NerModel::from_bytes(bytes->substr(0, bytes->size() / 3)).status().code(),
            Status::Code::kCorrupt);
  EXPECT_EQ(NerModel::from_bytes("not a model at all").status().code(), Status::Code::kCorrupt);
  EXPECT_EQ(NerModel::from_bytes("").status().code(), Status::Code::kCorrupt);
  std::string future = *bytes;
  future[8] = 99;  // format version
  EXPECT_NE(NerModel::from_bytes(future).status().message().find("format version 99"),
            std::string::npos);
  EXPECT_EQ(NerModel::load("/nonexistent/ner.ewm").status().code(), Status::Code::kNotFound);
}

// The process-wide model cache folder pointed at a fresh folder for one test;
// unset and removed on the way out, after a failed ASSERT too.
class CacheFolder {
 public:
  CacheFolder() : dir_(temp_dir() / "cache") { base::set_mapped_cache_dir(dir_.string()); }
  ~CacheFolder() {
    base::set_mapped_cache_dir("");
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  CacheFolder(const CacheFolder&) = delete;
  CacheFolder& operator=(const CacheFolder&) = delete;
  // The one file in it; "" when there is none or more.
  std::string only_file() const {
    std::error_code ec;
    std::vector<std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(dir_, ec)) files.push_back(f.path());
    return files.size() == 1 ? files[0] : "";
  }

 private:
  std::filesystem::path dir_;
};

// Rewrites the file at `path` in place (the same inode and size).
void rewrite_in_place(const std::string& path, const std::string& bytes) {
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void wait_quiet() {
  std::this_thread::sleep_for(std::chrono::nanoseconds(base::kQuietNs + 50'000'000));
}

TEST(NerModelFile, ChecksumVerdictIsKeptPerFileIdentity) {
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(bytes.is_ok());
  const std::string path = write_temp("verdict.ewm", *bytes);
  wait_quiet();  // a verdict is kept only for a file written base::kQuietNs ago or more
  CacheFolder cache;
  ASSERT_TRUE(NerModel::load(path).is_ok());  // checked in full, verdict written
  const std::string verdict = cache.only_file();
  base::FileIdentity identity;
  ASSERT_TRUE(base::file_identity(path, &identity));
  EXPECT_TRUE(base::checked_before(verdict, identity.key));
  Result<std::shared_ptr<const NerModel>> again = NerModel::load(path);  // the verdict read
  ASSERT_TRUE(again.is_ok());
  EXPECT_EQ((*again)->tag_tokens(words("John Smith visited Paris yesterday .")),
            (std::vector<NamedSpan>{{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}}));
  // Damaged in place (the same size): its change time moves, so the verdict
  // no longer applies and the checksum finds the damage.
  std::string flipped = *bytes;
  flipped[flipped.size() / 2] ^= 0x5a;
  rewrite_in_place(path, flipped);
  EXPECT_EQ(NerModel::load(path).status().code(), Status::Code::kCorrupt);
}

// The trade-off (docs/ner.md): a verdict for the identity a damaged file has
// skips the checksum; the reader's own checks still hold.
TEST(NerModelFile, AVerdictForTheDamagedFilesIdentitySkipsTheChecksum) {
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(bytes.is_ok());
  const std::string path = write_temp("trusted.ewm", *bytes);
  wait_quiet();
  CacheFolder cache;
  ASSERT_TRUE(NerModel::load(path).is_ok());  // names the verdict file
  const std::string verdict = cache.only_file();
  ASSERT_NE(verdict, "");
  std::string damaged = *bytes;
  damaged.back() ^= 0x5a;  // the stored checksum: every other check passes
  rewrite_in_place(path, damaged);
  wait_quiet();
  EXPECT_EQ(NerModel::load(path).status().code(), Status::Code::kCorrupt);
  base::FileIdentity identity;
  ASSERT_TRUE(base::file_identity(path, &identity));
  base::record_checked(verdict, identity);
  ASSERT_TRUE(base::checked_before(verdict, identity.key));
  Result<std::shared_ptr<const NerModel>> trusted = NerModel::load(path);
  ASSERT_TRUE(trusted.is_ok());
  EXPECT_EQ((*trusted)->tag_tokens(words("John Smith visited Paris yesterday .")),
            (std::vector<NamedSpan>{{0, 0, 2, "PER"}, {0, 3, 4, "LOC"}}));
}

TEST(NerModelFile, AnnotatesDocumentsAndIsThreadSafe) {
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(bytes.is_ok());
  std::shared_ptr<const NerModel> model = NerModel::from_bytes(*bytes).value();
  Document doc;
  doc.article.text = "Mary Jones left Acme Corp .";
  Sentence sentence;
  uint32_t pos = 0;
  for (const std::string& w : words(doc.article.text)) {
    Token t;
    t.text = w;
    t.start = t.byte_start = pos;
    t.end = t.byte_end = pos + static_cast<uint32_t>(w.size());
    pos = t.end + 1;
    sentence.tokens.push_back(t);
  }
  doc.sentences.push_back(sentence);
  model->annotate(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].id, "E1");
  EXPECT_EQ(doc.entities[0].type, "PER");
  EXPECT_EQ(doc.entities[0].mentions[0].text, "Mary Jones");
  EXPECT_EQ(doc.entities[1].mentions[0].start, 16u);
  EXPECT_EQ(doc.entities[1].mentions[0].end, 25u);
  ASSERT_EQ(doc.models.size(), 1u);
  EXPECT_EQ(doc.models[0].name, "ner");

  std::vector<NamedSpan> expected = model->tag(sentence, 0);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; k < 200; ++k) ok[t] += model->tag(sentence, 0) == expected ? 1 : 0;
    });
  for (std::thread& t : threads) t.join();
  for (int v : ok) EXPECT_EQ(v, 200);
}

TEST(NerDocument, PropagatesNamesAcrossSentences) {
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  std::shared_ptr<const NerModel> model = NerModel::from_bytes(*bytes).value();
  // Alone, "Kowalski" in such a sentence is no name to the tiny model; the
  // document names "Mary Kowalski" earlier, so in context it is a PER.
  for (const char* text : {"the weather was Kowalski .", "the weather was fine Kowalski",
                           "fine . Kowalski", "the Kowalski ."}) {
    std::vector<std::string> second = words(text);
    if (!model->tag_tokens(second).empty()) continue;
    int at = static_cast<int>(std::find(second.begin(), second.end(), "Kowalski") - second.begin());
    std::vector<NamedSpan> spans =
        model->tag_document({words("Mary Kowalski left Acme Corp ."), second});
    EXPECT_NE(std::find(spans.begin(), spans.end(), NamedSpan{1, at, at + 1, "PER"}), spans.end())
        << text;
    return;
  }
  FAIL() << "the tiny model tags every candidate sentence";
}

TEST(NerDocument, AcronymOfAnOrganizationNamedEarlier) {
  std::string path = std::string(EVENTWIRE_TEST_MODELS_DIR) + "/ner/ner.ewm";
  Result<std::shared_ptr<const NerModel>> model = NerModel::load(path);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  // The first name the model tags ORG whose acronym alone it leaves untagged or calls
  // PER ("CPA said"): in the document the acronym becomes ORG, and an unrelated
  // all-caps word does not change.
  for (const char* name : {"Coalition Provisional Authority", "Quarry Workers Federation",
                           "National Tin Council", "Bureau of Harbour Affairs"}) {
    std::vector<std::string> first = words(std::string("He worked for the ") + name + " .");
    std::string acronym;
    for (size_t i = 4; i + 1 < first.size(); ++i)
      if (first[i][0] >= 'A' && first[i][0] <= 'Z') acronym += first[i][0];
    std::vector<std::string> second = words("the XQZ was closed and " + acronym + " said so .");
    const int end = static_cast<int>(first.size()) - 1;
    std::vector<NamedSpan> named = (*model)->tag_tokens(first);
    if (std::find(named.begin(), named.end(), NamedSpan{0, 4, end, "ORG"}) == named.end()) continue;
    std::vector<NamedSpan> alone = (*model)->tag_tokens(second);
    if (std::find(alone.begin(), alone.end(), NamedSpan{0, 5, 6, "ORG"}) != alone.end()) continue;
    std::vector<NamedSpan> spans = (*model)->tag_document({first, second});
    EXPECT_NE(std::find(spans.begin(), spans.end(), NamedSpan{1, 5, 6, "ORG"}), spans.end())
        << name;
    auto xqz = [](const std::vector<NamedSpan>& v, int sentence) {
      return std::count_if(v.begin(), v.end(), [&](const NamedSpan& s) {
        return s.sentence == sentence && s.first_token == 1;
      });
    };
    EXPECT_EQ(xqz(spans, 1), xqz(alone, 0)) << name;
    return;
  }
  GTEST_SKIP() << "the committed model tags none of the test names as wanted";
}

TEST(NerLexicon, KnowledgeBaseMatchesApartFromLexiconPhrases) {
  ner::Lexicon lex;
  lex.add_name("Tripoli", ner::kGazSubdivision);
  ASSERT_TRUE(lex.add_knowledge(true, {{"Tripoli", 0}, {"Middle East", 1}}).is_ok());
  std::vector<std::string> tokens = {"donald",  "trump", "met", "hamas",  "in",
                                     "tripoli", "and",   "the", "middle", "east"};
  std::vector<ner::Lexicon::Match> kb = lex.match(tokens, ner::kKbBits);
  EXPECT_TRUE(kb[0].mask & ner::kGazKbPerson);
  EXPECT_EQ(kb[0].position, 1);
  EXPECT_EQ(kb[1].position, 3);
  EXPECT_TRUE(kb[3].mask & ner::kGazKbOrg);
  EXPECT_EQ(kb[3].position, 4);
  EXPECT_TRUE(kb[5].mask & ner::kGazGeoCity);
  EXPECT_TRUE(kb[8].mask & ner::kGazGeoRegion);
  EXPECT_EQ(kb[8].position, 1);
  EXPECT_EQ(kb[2].mask, 0);
  // The lexicon's own match sees only its own categories.
  std::vector<ner::Lexicon::Match> plain = lex.match(tokens);
  EXPECT_EQ(plain[0].mask, 0);
  EXPECT_EQ(plain[5].mask, ner::kGazSubdivision);
}

TEST(NerLexicon, NamePartRolesFromTheKnowledgeBase) {
  ner::Lexicon lex;
  ASSERT_TRUE(lex.add_knowledge(true, {}).is_ok());
  auto role = [&](const std::string& w) { return lex.role_mask(ner::hash_bytes(w)); };
  EXPECT_TRUE(role("ministry") & ner::kRoleOrgHead) << role("ministry");
  EXPECT_TRUE(role("party") & ner::kRoleOrgHeadMany) << role("party");
  EXPECT_TRUE(role("john") & ner::kRoleGivenMany) << role("john");
  EXPECT_TRUE(role("smith") & ner::kRoleSurname) << role("smith");
  EXPECT_FALSE(role("john") & ner::kRoleOrgHeadMany);
  EXPECT_EQ(role("the") & (ner::kRoleGiven | ner::kRoleSurname), 0);
  EXPECT_EQ(role("zzqx"), 0);
  // Role keys live apart from phrases: one-word phrase lookups do not see them.
  std::vector<std::string> tokens = {"ministry"};
  EXPECT_EQ(lex.match(tokens, 0xFFFF)[0].mask & ner::kGazKbOrg, 0);
}

TEST(NerCommittedModel, UniversalNerDevFloor) {
  std::string dev = std::string(EVENTWIRE_SHARED_DIR) + "/data/ner/uner_en_ewt/en_ewt-ud-dev.iob2";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << "shared data absent: " << dev;
  std::string path = std::string(EVENTWIRE_TEST_MODELS_DIR) + "/ner/ner.ewm";
  Result<std::shared_ptr<const NerModel>> model = NerModel::load(path);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  Result<std::vector<NerSentence>> gold = read_ner_conll(dev);
  ASSERT_TRUE(gold.is_ok()) << gold.status().to_string();
  NerScores scores = evaluate_ner(**model, *gold, {"PER", "ORG", "LOC"}, nullptr);
  EXPECT_GT(scores.overall.f1(), 68.0);
  EXPECT_TRUE(NerModel::default_path().ends_with("/ner/ner.ewm")) << NerModel::default_path();
}

}  // namespace
}  // namespace eventwire

namespace eventwire {
namespace {

TEST(NerClusters, DeterministicAndDistributional) {
  // 260 "nouns" seen after "the" and 260 "verbs" seen after "to": each group
  // shares its contexts, so the coarse clusters must separate them.
  std::vector<std::vector<std::string>> text;
  auto word = [](char prefix, int k) {
    std::string w(1, prefix);
    w += std::to_string(k);
    return w;
  };
  for (int round = 0; round < 3; ++round)
    for (int k = 0; k < 260; ++k) {
      text.push_back({"the", word('n', k), "is", "here"});
      text.push_back({"we", "want", "to", word('v', k), "now"});
    }
  ner::Lexicon a, b;
  ner::build_clusters(text, a);
  ner::build_clusters(text, b);
  ASSERT_FALSE(a.clusters.empty());
  EXPECT_EQ(a.clusters, b.clusters);
  auto coarse = [&](const std::string& w) { return a.clusters.at(ner::hash_bytes(w)) & 1023; };
  EXPECT_EQ(coarse("n1"), coarse("n259"));
  EXPECT_EQ(coarse("v1"), coarse("v259"));
  EXPECT_NE(coarse("n1"), coarse("v1"));
}

}  // namespace
}  // namespace eventwire

namespace eventwire {
namespace {

TEST(NerModelFile, RejectsTruncationsWithValidChecksums) {
  // A damaged file whose checksum was recomputed must still fail cleanly: every
  // count is checked against the bytes left.
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(bytes.is_ok());
  const std::string body = bytes->substr(0, bytes->size() - 8);
  for (size_t cut = 12; cut < body.size(); cut += std::max<size_t>(1, body.size() / 97)) {
    std::string damaged = body.substr(0, cut);
    uint64_t sum = ner::hash_bytes(damaged);
    damaged.append(reinterpret_cast<const char*>(&sum), sizeof(sum));
    Result<std::shared_ptr<const NerModel>> r = NerModel::from_bytes(damaged);
    EXPECT_FALSE(r.is_ok()) << "cut at " << cut;
    if (!r.is_ok()) {
      EXPECT_EQ(r.status().code(), Status::Code::kCorrupt);
    }
  }
}

}  // namespace
}  // namespace eventwire

#include <limits>
#include <random>
#include <unordered_map>

namespace eventwire {
namespace {

TEST(NerFlatMap, BehavesLikeAnUnorderedMap) {
  ner::FlatMap<uint32_t> flat;
  std::unordered_map<uint64_t, uint32_t> reference;
  std::mt19937_64 random(7);
  for (int i = 0; i < 20000; ++i) {
    // Small keys collide in the table; key 0 has a slot of its own.
    const uint64_t key = i % 3 == 0 ? random() % 5000 : random();
    const uint32_t value = static_cast<uint32_t>(random());
    if (i % 2 == 0) {
      flat[key] |= value;
      reference[key] |= value;
    } else {
      EXPECT_EQ(flat.emplace(key, value).second, reference.emplace(key, value).second);
    }
  }
  flat.emplace(0, 42);
  reference.emplace(0, 42);
  ASSERT_EQ(flat.size(), reference.size());
  size_t seen = 0;
  for (const auto& [k, v] : flat) {
    ++seen;
    ASSERT_EQ(reference.count(k), 1u);
    EXPECT_EQ(reference.at(k), v);
  }
  EXPECT_EQ(seen, reference.size());
  for (const auto& [k, v] : reference) {
    ASSERT_NE(flat.get(k), nullptr);
    EXPECT_EQ(*flat.get(k), v);
    EXPECT_EQ(flat.find(k)->second, v);
    EXPECT_EQ(flat.at(k), v);
  }
  EXPECT_EQ(flat.get(0) != nullptr, true);
  for (int i = 0; i < 1000; ++i) {
    const uint64_t key = random() | (uint64_t{1} << 63);
    EXPECT_EQ(flat.count(key), reference.count(key));
    EXPECT_EQ(flat.find(key) == flat.end(), reference.count(key) == 0);
  }
  ner::FlatMap<uint32_t> copy;
  copy.reserve(flat.size());
  for (const auto& [k, v] : flat) copy.emplace(k, v);
  EXPECT_EQ(copy, flat);
  copy[12345678] += 1;
  EXPECT_NE(copy, flat);
  ner::FlatMap<uint32_t> empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.begin(), empty.end());
  EXPECT_EQ(empty.get(0), nullptr);
  EXPECT_EQ(empty.find(5), empty.end());
  EXPECT_THROW(empty.at(5), std::out_of_range);
}

// The decoder as it was written first (every predecessor tested with allowed()):
// the table-driven one must give the same labels.
std::vector<int> reference_viterbi(const ner::LabelSet& labels, int n, const float* emissions,
                                   const float* transitions, const float* end) {
  const int L = labels.size();
  std::vector<int> out(n, 0);
  if (n == 0) return out;
  constexpr float kNone = -std::numeric_limits<float>::infinity();
  std::vector<float> score(static_cast<size_t>(n) * L, kNone);
  std::vector<int> back(static_cast<size_t>(n) * L, 0);
  for (int c = 0; c < L; ++c)
    if (labels.allowed(-1, c)) score[c] = transitions[c] + emissions[c];
  for (int i = 1; i < n; ++i)
    for (int c = 0; c < L; ++c) {
      float best = kNone;
      int arg = 0;
      for (int p = 0; p < L; ++p) {
        float s = score[(i - 1) * L + p];
        if (s == kNone || !labels.allowed(p, c)) continue;
        s += transitions[(p + 1) * L + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      if (best != kNone) score[i * L + c] = best + emissions[i * L + c];
      back[i * L + c] = arg;
    }
  float best = kNone;
  int arg = 0;
  for (int c = 0; c < L; ++c) {
    float s = score[(n - 1) * L + c];
    if (s == kNone || !labels.allowed_end(c)) continue;
    if (s + end[c] > best) {
      best = s + end[c];
      arg = c;
    }
  }
  for (int i = n - 1; i >= 0; --i) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}

TEST(NerViterbi, SameLabelsAsTestingEveryTransition) {
  std::mt19937 random(3);
  std::uniform_real_distribution<float> weight(-3, 3);
  for (int types : {1, 3, 4}) {
    ner::LabelSet labels;
    for (int t = 0; t < types; ++t)
      labels.types.push_back(std::string(1, static_cast<char>('A' + t)));
    const int L = labels.size();
    for (int round = 0; round < 50; ++round) {
      const int n = round % 12;
      std::vector<float> emissions(static_cast<size_t>(n) * L), transitions((L + 1) * L), end(L);
      for (float& v : emissions) v = weight(random);
      for (float& v : transitions) v = round % 5 == 0 ? 0.0f : weight(random);  // ties too
      for (float& v : end) v = weight(random);
      EXPECT_EQ(ner::viterbi(labels, n, emissions.data(), transitions.data(), end.data()),
                reference_viterbi(labels, n, emissions.data(), transitions.data(), end.data()));
    }
  }
}

// The sums kept in SIMD registers across records (label counts 13 and 17; AVX2 and
// SSE2) equal the plain per-label float sums in record order, to the bit, with absent
// keys between.
TEST(NerModelFile, RegisterSumsEqualThePlainSumsForEveryLabelCount) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> weight(-32768, 32767);
  for (int labels : {5, 13, 17}) {
    const size_t count = 300, stride = 8 + 2 * static_cast<size_t>(labels);
    std::string records(count * stride, '\0');
    std::vector<int16_t> weights(count * labels);
    for (size_t r = 0; r < count; ++r) {
      const uint64_t key = (r + 1) * 0x9E3779B97F4A7C15ull;
      std::memcpy(&records[r * stride], &key, 8);
      for (int l = 0; l < labels; ++l) {
        weights[r * labels + l] = static_cast<int16_t>(weight(random));
        std::memcpy(&records[r * stride + 8 + 2 * l], &weights[r * labels + l], 2);
      }
    }
    const float scale = 0.000173f;
    ner::WeightTable table;
    table.build(records.data(), count, labels, scale);
    std::vector<uint64_t> keys;
    std::vector<float> expected(labels, 0.5f);
    for (size_t r = 0; r < count; r += 1 + r % 3) {
      keys.push_back((r + 1) * 0x9E3779B97F4A7C15ull);
      keys.push_back(keys.back() ^ 0x5555);  // absent
      for (int l = 0; l < labels; ++l)
        expected[l] += static_cast<float>(weights[r * labels + l]) * scale;
    }
    for (bool avx2 : {true, false}) {
      if (!avx2) table.without_avx2();  // the AVX2 path first where the CPU has it, then SSE2
      std::vector<float> got(labels, 0.5f);
      table.add_all(keys.data(), keys.size(), got.data());
      for (int l = 0; l < labels; ++l)
        EXPECT_EQ(std::memcmp(&got[l], &expected[l], sizeof(float)), 0) << labels << " " << l;
    }
  }
}

TEST(NerModelFile, WeightsUsedInPlaceEqualTheCopiedOnes) {
  Result<std::string> bytes = train_ner(tiny_corpus(), {}, tiny_options(), nullptr);
  ASSERT_TRUE(bytes.is_ok());
  Result<ner::ModelData> copied = ner::parse_model(*bytes, "tiny.ewm");
  ner::WeightTable table;
  Result<ner::ModelData> in_place = ner::parse_model(*bytes, "tiny.ewm", &table);
  ASSERT_TRUE(copied.is_ok() && in_place.is_ok());
  EXPECT_TRUE(in_place->feature_keys.empty() && in_place->weights.empty());
  ASSERT_FALSE(copied->feature_keys.empty());
  EXPECT_EQ(table.size(), copied->feature_keys.size());
  EXPECT_EQ(in_place->transitions, copied->transitions);
  EXPECT_EQ(in_place->lexicon.phrases, copied->lexicon.phrases);
  const size_t L = 1 + 4 * copied->types.size();
  std::vector<uint64_t> keys;
  for (size_t f = 0; f < copied->feature_keys.size(); ++f) {
    std::vector<float> one(L, 0.0f), all(L, 0.0f);
    table.add(copied->feature_keys[f], one.data());
    keys.push_back(copied->feature_keys[f]);
    keys.push_back(copied->feature_keys[f] ^ 0x5555);  // almost surely absent
    table.add_all(keys.data() + keys.size() - 2, 2, all.data());
    for (size_t l = 0; l < L; ++l) {
      EXPECT_EQ(one[l], copied->weights[f * L + l]);
      EXPECT_EQ(all[l], copied->weights[f * L + l]);
    }
  }
  // Every key at once, in order: the same sums as one by one.
  std::vector<float> together(L, 0.0f), alone(L, 0.0f);
  table.add_all(keys.data(), keys.size(), together.data());
  for (uint64_t key : keys) table.add(key, alone.data());
  EXPECT_EQ(together, alone);

  // A model loaded from its file (mapped) tags as the one built from its bytes.
  std::string path = write_temp("mapped.ewm", *bytes);
  std::shared_ptr<const NerModel> mapped = NerModel::load(path).value();
  std::shared_ptr<const NerModel> owned = NerModel::from_bytes(*bytes, path).value();
  for (const char* text : {"John Smith visited Paris yesterday .", "Mary Jones left Acme Corp ."})
    EXPECT_EQ(mapped->tag_tokens(words(text)), owned->tag_tokens(words(text)));
  EXPECT_EQ(mapped->version().version, owned->version().version);
}

}  // namespace
}  // namespace eventwire
