// The learned cue model: its file format, its features and how the extractor
// uses it. Tests never train: the models here are written by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "eventwire/quotes.h"
#include "quotes/cue_model.h"
#include "quotes/internal.h"
#include "quotes/test_util.h"

namespace eventwire {
namespace {

using quotes_internal::CueLexicon;
using quotes_internal::CueModel;

struct Word {
  const char* text;
  const char* lemma;
  const char* upos;
  int head;  // 1-based, 0 = root
  const char* rel;
};

// "The critics lambasted the new budget ." parsed by hand: "lambaste" is in
// no lexicon of ours, so only the model can make it a cue.
Sentence parsed(const std::vector<Word>& words) {
  Sentence s;
  uint32_t at = 0;
  for (const Word& w : words) {
    Token t;
    t.text = w.text;
    t.lemma = w.lemma;
    t.upos = w.upos;
    t.head = w.head;
    t.deprel = w.rel;
    t.start = t.byte_start = at;
    at += static_cast<uint32_t>(t.text.size());
    t.end = t.byte_end = at;
    ++at;
    s.tokens.push_back(t);
  }
  return s;
}

Sentence critics_sentence() {
  return parsed({{"The", "the", "DET", 2, "det"},
                 {"critics", "critic", "NOUN", 3, "nsubj"},
                 {"lambasted", "lambaste", "VERB", 0, "root"},
                 {"the", "the", "DET", 6, "det"},
                 {"new", "new", "ADJ", 6, "amod"},
                 {"budget", "budget", "NOUN", 3, "obj"},
                 {".", ".", "PUNCT", 3, "punct"}});
}

const char* kModel =
    "# a model written for this test\n"
    "format\t1\n"
    "threshold\t0.5\n"
    "bias\t-2\n"
    "w\tlemma=lambaste\t1.5\n"
    "w\tsubj=noun\t0.5\n"
    "w\twn1=communication&dep=obj\t1.0\n"
    "senses\tlambaste\tcommunication\n";

TEST(CueModel, ParsesAndWritesTheSameModel) {
  auto m = CueModel::parse(kModel, "test");
  ASSERT_TRUE(m) << m.status().to_string();
  EXPECT_DOUBLE_EQ(m->threshold, 0.5);
  EXPECT_DOUBLE_EQ(m->bias, -2);
  EXPECT_EQ(m->weights.size(), 3u);
  ASSERT_EQ(m->senses.count("lambaste"), 1u);
  auto again = CueModel::parse(m->write(), "again");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->weights, m->weights);
  EXPECT_EQ(again->senses, m->senses);
  EXPECT_FALSE(m->fingerprint.empty());
}

TEST(CueModel, BadFileIsAnErrorNamingTheLine) {
  auto m = CueModel::parse("format\t1\nw\tlemma=x\tnot-a-number\n", "bad.tsv");
  ASSERT_FALSE(m);
  EXPECT_NE(m.status().message().find("bad.tsv:2"), std::string::npos);
  EXPECT_FALSE(CueModel::parse("w\tlemma=x\t1\n", "noformat.tsv"));
  EXPECT_FALSE(CueModel::parse("format\t2\n", "future.tsv"));
}

TEST(CueModel, FeaturesDescribeTheVerbAndItsFrame) {
  auto lex = CueLexicon::parse(quotes_internal::embedded_cue_lexicon(), "builtin");
  ASSERT_TRUE(lex);
  auto m = CueModel::parse(kModel, "test");
  ASSERT_TRUE(m);
  Sentence s = critics_sentence();
  auto f = quotes_internal::cue_features(s, 2, *lex, *m);
  auto has = [&](const std::string& x) { return std::find(f.begin(), f.end(), x) != f.end(); };
  EXPECT_TRUE(has("lemma=lambaste"));
  EXPECT_TRUE(has("wn1=communication"));
  EXPECT_TRUE(has("lex=none"));
  EXPECT_TRUE(has("subj=noun"));
  EXPECT_TRUE(has("subj_lemma=critic"));
  EXPECT_TRUE(has("dep=obj"));
  EXPECT_TRUE(has("obj_lemma=budget"));
  EXPECT_TRUE(has("wn1=communication&dep=obj"));
  // score() (hashed features) agrees with the string features: -2 + 1.5 + 0.5 + 1.
  EXPECT_NEAR(m->score(s, 2, *lex), 1.0 / (1.0 + std::exp(-1.0)), 1e-9);
}

TEST(CueModel, AVerbOutsideTheLexiconBecomesACueOnlyWithTheModel) {
  auto lex = CueLexicon::parse(quotes_internal::embedded_cue_lexicon(), "builtin");
  ASSERT_TRUE(lex);
  Sentence s = critics_sentence();
  EXPECT_TRUE(quotes_internal::frames_from_parse(s, *lex, true).empty());
  auto m = CueModel::parse(kModel, "test");
  ASSERT_TRUE(m);
  lex->model = std::make_shared<const CueModel>(std::move(*m));
  auto frames = quotes_internal::frames_from_parse(s, *lex, true);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].cue.first, 2);
  EXPECT_EQ(frames[0].speaker.first, 0);
  EXPECT_EQ(frames[0].speaker.last, 2);
  EXPECT_EQ(frames[0].content.first, 3);
  EXPECT_EQ(frames[0].content.last, 6);
}

TEST(CueModel, BuiltInModelLoadsAndIsNamedInTheDocument) {
  auto x = QuoteExtractor::create();
  ASSERT_TRUE(x) << x.status().to_string();
  Document doc = quotes_test::make_doc("", {"Officials said the bridge would reopen."});
  (*x)->annotate(doc);
  bool named = false;
  for (const auto& d : doc.dictionaries) named |= d.name == "quote-cue-model";
  EXPECT_TRUE(named);
  QuoteOptions off;
  off.learned_cues = false;
  auto y = QuoteExtractor::create(off);
  ASSERT_TRUE(y);
  Document doc2 = quotes_test::make_doc("", {"Officials said the bridge would reopen."});
  (*y)->annotate(doc2);
  for (const auto& d : doc2.dictionaries) EXPECT_NE(d.name, "quote-cue-model");
}

}  // namespace
}  // namespace eventwire
