// Who a surname alone, a reflexive and a gendered pronoun name (actor_missed_names.cc,
// coref_resolver.cc). Sentences, names and the knowledge base written for these tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "entities/actor_test_util.h"
#include "eventwire/entities.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_with_mention;
using testing_util::make_doc;
using testing_util::set_parse;

// Invented office holders: two people who share a surname, and one named by
// the surname alone in the base.
std::shared_ptr<const EntityResolver> namesake_resolver() {
  static const auto resolver = testing_util::resolver_with_kb(
      "coref_namesakes_test.kb",
      "@format eventwire-actors 1\n"
      "person\tUSAELI\tWalter Quill; Quill\tfrom=2001-01-20\n"
      "person\tUSALEG\tRuth Quill\tfrom=2011-01-03; to=2019-01-03\n"
      "person\tUSAGOV\tEdward Danforth; Danforth\tfrom=2013-01-20; to=2017-01-20\n");
  return resolver;
}

// Tags every occurrence of `word` as a person (NER would).
void tag_every(Document& doc, const std::string& word) {
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& toks = doc.sentences[si].tokens;
    for (size_t k = 0; k < toks.size(); ++k) {
      if (toks[k].text != word ||
          (k > 0 && toks[k - 1].text[0] >= 'A' && toks[k - 1].text[0] <= 'Z'))
        continue;
      Entity e;
      e.id.push_back('E');  // (not "E" + …: GCC 12 -Wrestrict false positive when inlined)
      e.id += std::to_string(doc.entities.size() + 1);
      e.type = "PER";
      Mention m;
      m.sentence = static_cast<int>(si);
      m.first_token = static_cast<int>(k);
      m.last_token = static_cast<int>(k + 1);
      m.start = toks[k].start;
      m.end = toks[k].end;
      e.mentions.push_back(m);
      doc.entities.push_back(e);
    }
  }
}

// The full name of the entity holding the surname alone of sentence `si`.
std::string whose_surname(const std::string& text, size_t si) {
  Document doc = make_doc(text, "2016-09-12");
  add_ner(doc, {"Walter", "Quill"}, "PER");
  add_ner(doc, {"Ruth", "Quill"}, "PER");
  tag_every(doc, "Quill");
  auto resolver = namesake_resolver();
  if (!resolver) return "?";
  resolver->annotate(doc);
  for (const Entity& e : doc.entities)
    for (const Mention& m : e.mentions)
      if (m.text == "Quill" && m.sentence == static_cast<int>(si)) return e.name;
  return "(none)";
}

TEST(CorefNamesakes, ASharedSurnameIsThePersonNamedInFullMostOften) {
  EXPECT_EQ(whose_surname("Ruth Quill spoke on Monday. Ruth Quill spoke again. Walter Quill spoke "
                          "in 1998. The weather changed. Quill said the vote would pass.",
                          4),
            "Ruth Quill");
}

TEST(CorefNamesakes, ASharedSurnameRightAfterAFullNameIsThatPersons) {
  EXPECT_EQ(whose_surname("Ruth Quill spoke on Monday. Ruth Quill spoke again. Walter Quill spoke "
                          "in 1998. Quill said the vote would pass.",
                          3),
            "Walter Quill");
}

// Tags `word` as a person wherever `honorific` stands right before it.
void tag_after(Document& doc, const std::string& honorific, const std::string& word) {
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& toks = doc.sentences[si].tokens;
    for (size_t k = 1; k < toks.size(); ++k) {
      if (toks[k].text != word || toks[k - 1].text != honorific) continue;
      Entity e;
      e.id.push_back('E');
      e.id += std::to_string(doc.entities.size() + 1);
      e.type = "PER";
      Mention m;
      m.sentence = static_cast<int>(si);
      m.first_token = static_cast<int>(k);
      m.last_token = static_cast<int>(k + 1);
      m.start = toks[k].start;
      m.end = toks[k].end;
      e.mentions.push_back(m);
      doc.entities.push_back(e);
    }
  }
}

// The entity holding the surname after `honorific` in sentence `si`.
const Entity* after_honorific(const Document& doc, const std::string& word, size_t si) {
  for (const Entity& e : doc.entities)
    for (const Mention& m : e.mentions)
      if (m.text == word && m.sentence == static_cast<int>(si)) return &e;
  return nullptr;
}

TEST(CorefNamesakes, AnHonorificChoosesTheNamesakeOfItsGender) {
  // Ruth Quill is named nearer, but "Mr. Quill" is Walter Quill.
  Document doc = make_doc(
      "Walter Quill spoke in 1998. Ruth Quill spoke on Monday. Mr. Quill said the vote would pass.",
      "2016-09-12");
  add_ner(doc, {"Walter", "Quill"}, "PER");
  add_ner(doc, {"Ruth", "Quill"}, "PER");
  tag_after(doc, "Mr.", "Quill");
  auto resolver = namesake_resolver();
  ASSERT_NE(resolver, nullptr);
  resolver->annotate(doc);
  const Entity* e = after_honorific(doc, "Quill", 2);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Walter Quill");
}

TEST(CorefNamesakes, MrAndMrsOfOneSurnameStayTwoPeople) {
  Document doc = make_doc(
      "Ruth Quill spoke on Monday. Mrs. Quill said the vote would pass. Mr. Quill said it would "
      "fail.",
      "2016-09-12");
  add_ner(doc, {"Ruth", "Quill"}, "PER");
  tag_after(doc, "Mrs.", "Quill");
  tag_after(doc, "Mr.", "Quill");
  auto resolver = namesake_resolver();
  ASSERT_NE(resolver, nullptr);
  resolver->annotate(doc);
  const Entity* mrs = after_honorific(doc, "Quill", 1);
  const Entity* mr = after_honorific(doc, "Quill", 2);
  ASSERT_NE(mrs, nullptr);
  ASSERT_NE(mr, nullptr);
  EXPECT_EQ(mrs->name, "Ruth Quill");
  EXPECT_NE(mr, mrs);
  EXPECT_NE(mr->actor_code, "USALEG");
}

TEST(CorefNamesakes, AKnownPersonsSurnameAloneHasTheBasesGender) {
  // "She" is not Danforth, a man by the base's full name, though he is the subject.
  Document doc =
      make_doc("Danforth met Ruth Danner on Monday. She said the talks went well.", "2016-09-12");
  add_ner(doc, {"Danforth"}, "PER");
  add_ner(doc, {"Ruth", "Danner"}, "PER");
  auto resolver = namesake_resolver();
  ASSERT_NE(resolver, nullptr);
  resolver->annotate(doc);
  const Entity* she = entity_with_mention(doc, "She");
  ASSERT_NE(she, nullptr);
  EXPECT_EQ(she->name, "Ruth Danner");
}

TEST(CorefNamesakes, AClusterOfShesTakesNoHe) {
  // Neither given name states a gender, but three pronouns already say Zorya Pell is a woman.
  Document doc = make_doc(
      "Zorya Pell met Dario Voss. She said she was pleased with her work. He said the talks "
      "failed.",
      "2016-09-12");
  add_ner(doc, {"Zorya", "Pell"}, "PER");
  add_ner(doc, {"Dario", "Voss"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* he = entity_with_mention(doc, "He");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->name, "Dario Voss");
}

TEST(CorefNamesakes, AReflexiveJoinsItsClausesSubject) {
  Document doc = make_doc("Lena Marsh defended herself.", "2016-09-12");
  set_parse(doc, 0,
            {{"PROPN", "nsubj", 3},
             {"PROPN", "flat", 1},
             {"VERB", "root", 0},
             {"PRON", "obj", 3},
             {"PUNCT", "punct", 3}});
  add_ner(doc, {"Lena", "Marsh"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "herself");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Lena Marsh");
}

TEST(CorefNamesakes, ASubjectThatIsNoMentionExcludesNoOne) {
  // "an illness forced her out": the subject is no one, so "her" may be Lena Marsh.
  Document doc = make_doc("Despite Lena Marsh's hopes, an illness forced her out.", "2016-09-12");
  set_parse(doc, 0,
            {{"ADP", "case", 5},
             {"PROPN", "nmod:poss", 5},
             {"PROPN", "flat", 2},
             {"PART", "case", 2},
             {"NOUN", "obl", 9},
             {"PUNCT", "punct", 5},
             {"DET", "det", 8},
             {"NOUN", "nsubj", 9},
             {"VERB", "root", 0},
             {"PRON", "obj", 9},
             {"ADP", "compound:prt", 9},
             {"PUNCT", "punct", 9}});
  add_ner(doc, {"Lena", "Marsh"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "her");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Lena Marsh");
}

}  // namespace
}  // namespace eventwire
