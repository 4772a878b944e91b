// Bodies the base does not know, named by an acronym, a generic head, a party
// or a person's apposition (docs/actors.md steps 5b, 5c and 5e). Invented
// names and sentences only.
#include <gtest/gtest.h>

#include <string>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_named;
using testing_util::entity_with_mention;
using testing_util::make_doc;
using testing_util::set_parse;

constexpr const char* kKenya = "Kenya's parliament met in Nairobi. Kenya's president spoke. ";

TEST(ActorAcronyms, AnAcronymIsTheBodyTheArticleNamesInFull) {
  Document doc = make_doc(std::string(kKenya) +
                              "The Coastal Fisheries Commission met on Monday. Later the CFC "
                              "and the Department of Harbor Works agreed. The HW will pay.",
                          "2023-09-02");
  add_ner(doc, {"Coastal", "Fisheries", "Commission"}, "ORG");
  add_ner(doc, {"CFC"}, "ORG");
  add_ner(doc, {"Department", "of", "Harbor", "Works"}, "ORG");
  add_ner(doc, {"HW"}, "GPE");
  builtin_resolver()->annotate(doc);
  const Entity* commission = entity_named(doc, "Coastal Fisheries Commission");
  ASSERT_NE(commission, nullptr);
  EXPECT_EQ(commission->actor_code, "KENGOV");
  EXPECT_EQ(entity_with_mention(doc, "CFC"), commission);
  // The initials after "of" name a department too.
  const Entity* works = entity_with_mention(doc, "HW");
  ASSERT_NE(works, nullptr);
  EXPECT_EQ(works, entity_named(doc, "Department of Harbor Works"));
  EXPECT_EQ(works->actor_code, "KENGOV");
}

TEST(ActorAcronyms, AnAcronymNamedInFullNowhereStaysUncoded) {
  Document doc = make_doc(std::string(kKenya) + "The QRX said nothing.", "2023-09-02");
  add_ner(doc, {"QRX"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "QRX");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "");
}

TEST(ActorAcronyms, APoliceDepartmentsAcronymIsThePolice) {
  Document doc = make_doc(std::string(kKenya) + "The LKPD arrested two men.", "2023-09-02");
  add_ner(doc, {"LKPD"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "LKPD");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "KENCOP");
}

TEST(ActorAcronyms, AnInstituteOrSocietyIsANonGovernmentalBody) {
  Document doc = make_doc(std::string(kKenya) +
                              "The Lakeview Policy Institute and the Harbor Heritage Society "
                              "criticized the plan.",
                          "2023-09-02");
  add_ner(doc, {"Lakeview", "Policy", "Institute"}, "ORG");
  add_ner(doc, {"Harbor", "Heritage", "Society"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* institute = entity_named(doc, "Lakeview Policy Institute");
  ASSERT_NE(institute, nullptr);
  EXPECT_EQ(institute->actor_code, "KENNGO");
  const Entity* society = entity_named(doc, "Harbor Heritage Society");
  ASSERT_NE(society, nullptr);
  EXPECT_EQ(society->actor_code, "KENNGO");
}

TEST(ActorAcronyms, ACaucusNamedAfterAPartyIsTheParty) {
  Document doc = make_doc(
      "The United States Senate met in Washington. American voters waited. The Lakeshore "
      "Democratic Women Caucus endorsed the bill.",
      "2016-09-20");
  add_ner(doc, {"Lakeshore", "Democratic", "Women", "Caucus"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* caucus = entity_named(doc, "Lakeshore Democratic Women Caucus");
  ASSERT_NE(caucus, nullptr);
  EXPECT_EQ(caucus->actor_code, "USAPTY");
}

TEST(ActorAcronyms, AnAnalystAtABodyTakesItsCode) {
  Document doc = make_doc(
      std::string(kKenya) + "Amina Odhiambo, an analyst at the Lakeview Institute, disagreed.",
      "2023-09-02");
  ASSERT_EQ(doc.sentences.size(), 3u);
  set_parse(doc, 2,
            {{"PROPN", "nsubj", 11},
             {"PROPN", "flat", 1},
             {"PUNCT", "punct", 5},
             {"DET", "det", 5},
             {"NOUN", "appos", 1},
             {"ADP", "case", 9},
             {"DET", "det", 9},
             {"PROPN", "compound", 9},
             {"PROPN", "nmod", 5},
             {"PUNCT", "punct", 5},
             {"VERB", "root", 0},
             {"PUNCT", "punct", 11}});
  add_ner(doc, {"Amina", "Odhiambo"}, "PER");
  add_ner(doc, {"Lakeview", "Institute"}, "ORG");
  builtin_resolver()->annotate(doc);
  const Entity* person = entity_named(doc, "Amina Odhiambo");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->actor_code, "KENNGO");
  EXPECT_EQ(person->resolved_by, "affiliation");
}

}  // namespace
}  // namespace eventwire
