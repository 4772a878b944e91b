// Coreference rules on our own sentences, and the seed article from /work/shared.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "entities/actor_test_util.h"
#include "eventwire/entities.h"
#include "eventwire/ner.h"

namespace eventwire {
namespace {
using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_named;
using testing_util::entity_with_mention;
using testing_util::make_doc;

std::vector<std::string> texts(const Entity* e) {
  std::vector<std::string> out;
  if (e)
    for (const auto& m : e->mentions) out.push_back(m.text);
  return out;
}

TEST(Coref, NameAliasJoinsTheFullName) {
  Document doc = make_doc("Lena Marsh won the vote. Marsh thanked her staff.", "2020-01-01");
  add_ner(doc, {"Lena", "Marsh"}, "PER");
  add_ner(doc, {"Marsh"}, "PER");
  doc.entities[1].mentions[0].sentence = 1;  // the second "Marsh"
  doc.entities[1].mentions[0].first_token = 0;
  doc.entities[1].mentions[0].last_token = 1;
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Lena Marsh");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(texts(e), (std::vector<std::string>{"Lena Marsh", "Marsh", "her"}));
}

TEST(Coref, NameVariantsOfCaseAndApostropheAreOneName) {
  // A particle capitalized at the start of a sentence and a typographic
  // apostrophe do not make another person.
  Document doc = make_doc(
      "Ana de Souza chaired the board. De Souza resigned. Paul O’Dowd objected. O'Dowd left.",
      "2020-01-01");
  add_ner(doc, {"Ana", "de", "Souza"}, "PER");
  add_ner(doc, {"De", "Souza"}, "PER");
  add_ner(doc, {"Paul", "O’Dowd"}, "PER");
  add_ner(doc, {"O'Dowd"}, "PER");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(texts(entity_named(doc, "Ana de Souza")),
            (std::vector<std::string>{"Ana de Souza", "De Souza"}));
  EXPECT_EQ(texts(entity_named(doc, "Paul O’Dowd")),
            (std::vector<std::string>{"Paul O’Dowd", "O'Dowd"}));
}

TEST(Coref, ARelativeIsNotJoinedThroughABareSurname) {
  // "Sinwar" first, then the full name, then a relative with another first
  // name: the relative is someone else.
  Document doc =
      make_doc("Sinwar spoke on Monday. Yahya Sinwar left Gaza. Mariam Sinwar stayed at home.",
               "2017-12-25");
  add_ner(doc, {"Mariam", "Sinwar"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* yahya = entity_named(doc, "Yahya Sinwar");
  ASSERT_NE(yahya, nullptr);
  const Entity* mariam = entity_with_mention(doc, "Mariam Sinwar");
  ASSERT_NE(mariam, nullptr);
  EXPECT_NE(mariam, yahya);
  EXPECT_EQ(mariam->actor_code, "");
}

TEST(Coref, KnowledgeBaseAliasesAreOneReferent) {
  Document doc = make_doc("Yahya Sinwar spoke. Later Sinwar left.", "2017-12-25");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Yahya Sinwar");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(e->actor_code, "PSEREBHMS");
}

TEST(Coref, PronounsAgreeAndRespectBinding) {
  Document doc = make_doc("Barack Obama said Hamas told him it would talk. He left.", "2015-01-01");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(texts(entity_named(doc, "Barack Obama")),
            (std::vector<std::string>{"Barack Obama", "him", "He"}));
  EXPECT_EQ(texts(entity_named(doc, "Hamas")), (std::vector<std::string>{"Hamas", "it"}));
}

TEST(Coref, APronounAgreesWithTheGenderOfAGivenName) {
  // The subject is the likelier antecedent, but "she" cannot be Jeff Hollis.
  Document doc = make_doc("Jeff Hollis met Elizabeth Quarry on Monday. She thanked the committee.",
                          "2020-01-01");
  add_ner(doc, {"Jeff", "Hollis"}, "PER");
  add_ner(doc, {"Elizabeth", "Quarry"}, "PER");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(texts(entity_named(doc, "Elizabeth Quarry")),
            (std::vector<std::string>{"Elizabeth Quarry", "She"}));
  EXPECT_EQ(texts(entity_named(doc, "Jeff Hollis")), (std::vector<std::string>{"Jeff Hollis"}));
}

TEST(Coref, AWomansNameDoesNotJoinAMansSurname) {
  Document doc = make_doc(
      "Mr. Hollis spoke on Monday. He thanked his staff. Elizabeth Hollis, his wife, waved.",
      "2020-01-01");
  add_ner(doc, {"Hollis"}, "PER");
  add_ner(doc, {"Elizabeth", "Hollis"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* wife = entity_with_mention(doc, "Elizabeth Hollis");
  const Entity* husband = entity_with_mention(doc, "Hollis");
  ASSERT_NE(wife, nullptr);
  ASSERT_NE(husband, nullptr);
  EXPECT_NE(wife, husband);
}

TEST(Coref, APronounDoesNotCrossAQuotationMark) {
  // The speaker of the quoted words is not the person they name.
  Document doc = make_doc("Paul Brennick spoke on Monday. \"Alice Harlow has no plan,\" he said.",
                          "2016-09-10");
  add_ner(doc, {"Paul", "Brennick"}, "PER");
  add_ner(doc, {"Alice", "Harlow"}, "PER");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(texts(entity_named(doc, "Paul Brennick")),
            (std::vector<std::string>{"Paul Brennick", "he"}));
  EXPECT_EQ(texts(entity_named(doc, "Alice Harlow")), (std::vector<std::string>{"Alice Harlow"}));
}

TEST(Coref, TheyTakesAGroup) {
  Document doc = make_doc("Israeli troops entered the town. They arrested two men.", "2015-01-01");
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(texts(entity_with_mention(doc, "Israeli troops")),
            (std::vector<std::string>{"Israeli troops", "They"}));
}

TEST(Coref, DefiniteDescriptions) {
  Document doc = make_doc(
      "Hamas fired rockets at Israel. The terror group said the Jewish state would pay. "
      "Iran praised it. The Islamic Republic is its sponsor.",
      "2015-01-01");
  builtin_resolver()->annotate(doc);
  const auto hamas = texts(entity_named(doc, "Hamas"));
  EXPECT_NE(std::find(hamas.begin(), hamas.end(), "The terror group"), hamas.end());
  const auto israel = texts(entity_named(doc, "Israel"));
  EXPECT_NE(std::find(israel.begin(), israel.end(), "the Jewish state"), israel.end());
  const auto iran = texts(entity_named(doc, "Iran"));
  EXPECT_NE(std::find(iran.begin(), iran.end(), "The Islamic Republic"), iran.end());
}

TEST(Coref, RoleDescriptionJoinsThePersonWithTheSameCode) {
  Document doc = make_doc(
      "General Qassem Soleimani called. Later the Iranian military commander met officials.",
      "2017-12-25");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_named(doc, "Qassem Soleimani");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "IRNMIL");
  const auto t = texts(e);
  EXPECT_NE(std::find(t.begin(), t.end(), "the Iranian military commander"), t.end());
}

TEST(Coref, ABareTitleIsNoPersonTitledByAnotherOffice) {
  // "The governor" is Ada Lin; "the president" is not, though she is the only person near.
  Document doc = make_doc(
      "Gov. Ada Lin spoke in Ohio on Monday. The governor said the economy was strong. "
      "The president said it was weak.",
      "2016-09-20");
  add_ner(doc, {"Ada", "Lin"}, "PER");
  builtin_resolver()->annotate(doc);
  const auto t = texts(entity_named(doc, "Ada Lin"));
  EXPECT_NE(std::find(t.begin(), t.end(), "The governor"), t.end());
  EXPECT_EQ(std::find(t.begin(), t.end(), "The president"), t.end());
}

TEST(Coref, OffKeepsOneEntityPerMention) {
  EntityOptions opts;
  opts.coreference = false;
  auto r = EntityResolver::create(opts);
  ASSERT_TRUE(r.is_ok());
  Document doc = make_doc("Iran spoke. Iran left.", "2015-01-01");
  (*r)->annotate(doc);
  EXPECT_EQ(doc.entities.size(), 2u);
}

// The seed article: NER (committed model) + resolution + coreference, no parse
// (the syntax stage is not linked into this test). Expected rows come from
// seed-article.facts.md "Entities".
TEST(CorefSeed, EntitiesOfTheSeedArticle) {
  const std::string dir = std::string(EVENTWIRE_SHARED_DIR) + "/samples";
  const std::string model = std::string(EVENTWIRE_TEST_MODELS_DIR) + "/ner/ner.ewm";
  if (!std::filesystem::exists(dir + "/seed-article.txt") || !std::filesystem::exists(model))
    GTEST_SKIP() << "seed article or NER model absent";
  std::ifstream in(dir + "/seed-article.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string raw = ss.str();
  // Native format: "date YYYY-MM-DD headline", blank line, paragraphs.
  // Native format: "date YYYY-MM-DD headline" (after optional spaces).
  const size_t d = raw.find("date ");
  ASSERT_NE(d, std::string::npos);
  const std::string date = raw.substr(d + 5, 10);
  raw = raw.substr(d + 16);
  Document doc;
  doc.article.id = "seed";
  doc.article.date = date;
  doc.article.text = raw;
  uint32_t cp = 0, para_start = 0;
  bool in_para = false;
  for (size_t i = 0; i <= raw.size(); ++i) {
    const bool end = i == raw.size() || raw[i] == '\n';
    if (end) {
      if (in_para) doc.article.paragraphs.push_back({para_start, cp});
      in_para = false;
    } else if (!in_para) {
      in_para = true;
      para_start = cp;
    }
    if (i < raw.size() && (static_cast<unsigned char>(raw[i]) & 0xC0) != 0x80) ++cp;
  }
  doc.sentences = segment_article(doc.article, SegmentOptions{}, &doc.warnings);
  auto ner = NerModel::load(model);
  ASSERT_TRUE(ner.is_ok()) << ner.status().to_string();
  (*ner)->annotate(doc);
  builtin_resolver()->annotate(doc);
  auto code_of = [&](const std::string& mention) {
    const Entity* e = entity_with_mention(doc, mention);
    return e ? e->actor_code : std::string("<none>");
  };
  EXPECT_EQ(code_of("Soleimani"), "IRNMIL");
  EXPECT_EQ(code_of("Iran"), "IRN");
  EXPECT_EQ(code_of("Israel"), "ISR");
  EXPECT_EQ(code_of("Trump"), "USAGOV");
  EXPECT_EQ(code_of("Sinwar"), "PSEREBHMS");
  EXPECT_EQ(code_of("Hamas"), "PSEREBHMS");
  const Entity* sinwar = entity_with_mention(doc, "Sinwar");
  ASSERT_NE(sinwar, nullptr);
  EXPECT_EQ(sinwar->name, "Yahya Sinwar");
  const auto s = texts(sinwar);
  EXPECT_NE(std::find(s.begin(), s.end(), "him"), s.end());
  const auto soleimani = texts(entity_with_mention(doc, "Soleimani"));
  EXPECT_NE(std::find(soleimani.begin(), soleimani.end(), "a senior Iranian military commander"),
            soleimani.end());
  EXPECT_NE(std::find(soleimani.begin(), soleimani.end(), "the Iranian military commander"),
            soleimani.end());
  const auto hamas = texts(entity_with_mention(doc, "Hamas"));
  EXPECT_NE(std::find(hamas.begin(), hamas.end(), "the Gaza-based terror group"), hamas.end());
  const auto israel = texts(entity_with_mention(doc, "Israel"));
  EXPECT_NE(std::find(israel.begin(), israel.end(), "the Jewish state"), israel.end());
  const auto iran = texts(entity_with_mention(doc, "Iran"));
  EXPECT_NE(std::find(iran.begin(), iran.end(), "Tehran"), iran.end());
  for (const char* name :
       {"Palestinian Islamic Jihad", "Fatah", "al-Mayadeen", "Saleh al-Arouri", "Ezzat al-Rishq"})
    EXPECT_NE(entity_named(doc, name), nullptr) << name;
  for (const auto& e : doc.entities) {
    std::string line =
        e.id + " " + e.type + " " + e.name + " " + e.actor_code + " " + e.resolved_by + " |";
    for (const auto& m : e.mentions) line += " " + m.text + " |";
    std::cout << line << "\n";
  }
}

}  // namespace
}  // namespace eventwire

namespace eventwire {
namespace {
// Scoring on a tiny GUM-style file we write: a perfect system scores 1.
TEST(CorefEval, GumScoringOnOwnFile) {
  const std::string path =
      ::testing::TempDir() + "/coref_eval_test_" + std::to_string(::getpid()) + ".conllu";
  {
    std::ofstream f(path);
    f << "# newdoc id = GUM_news_test\n# sent_id = 1\n# text = Iran spoke .\n"
         "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-place-new-x-x-1-coref)\n"
         "2\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n"
         "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
         "# sent_id = 2\n# text = Iran left .\n"
         "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-place-giv-x-x-1-coref)\n"
         "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
         "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  }
  auto r = EntityResolver::create(EntityOptions{});
  ASSERT_TRUE(r.is_ok());
  auto s = evaluate_coref_gum(path, nullptr, **r);
  ASSERT_TRUE(s.is_ok()) << s.status().to_string();
  EXPECT_EQ(s->documents, 1);
  EXPECT_DOUBLE_EQ(s->muc_f, 1.0);
  EXPECT_DOUBLE_EQ(s->b3_f, 1.0);
  EXPECT_DOUBLE_EQ(s->link_f, 1.0);
}
}  // namespace
}  // namespace eventwire
