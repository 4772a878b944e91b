// Private professions and bodies' own people (actor_role_private.cc), and
// past offices marked by "then-" or a shared "former" (actor_role_former.cc).
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/actor_annotate.h"
#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_with_mention;
using testing_util::make_doc;

// The code of the person NER found in `text` (a story set in the United
// States by its first sentence), "(none)" when the person is not found.
std::string person_code(const std::string& text, const std::vector<std::string>& name) {
  const std::string story =
      "The United States and American voters face a long autumn in the United States. " + text;
  Document doc = make_doc(story, "2016-09-20");
  add_ner(doc, name, "PER");
  builtin_resolver()->annotate(doc);
  std::string joined = name[0];
  for (size_t k = 1; k < name.size(); ++k) joined += " " + name[k];
  const Entity* e = entity_with_mention(doc, joined);
  return e == nullptr ? "(none)" : e->actor_code;
}

TEST(ActorRolePrivate, TheListIsTheDerivedOne) {
  EXPECT_TRUE(actors_internal::resolve::is_private_role("lawyer"));
  EXPECT_TRUE(actors_internal::resolve::is_private_role("advisers"));
  EXPECT_TRUE(actors_internal::resolve::is_private_role("trial lawyer"));
  EXPECT_FALSE(
      actors_internal::resolve::is_private_role("city attorney"));  // a prosecutor's office
  EXPECT_FALSE(actors_internal::resolve::is_private_role("official"));
}

TEST(ActorRolePrivate, AnAdviserToAFamilyIsNoGovernment) {
  EXPECT_EQ(
      person_code("Tom Garner, a longtime adviser to the Vale family, said the ads would run.",
                  {"Tom", "Garner"}),
      "");
}

TEST(ActorRolePrivate, ALawyerACityLocatesIsAPrivatePerson) {
  EXPECT_EQ(person_code("Marta Quist, a Chicago lawyer, said the fund had done nothing wrong.",
                        {"Marta", "Quist"}),
            "USACVL");
  // A country modifying the role keeps the agents' convention.
  EXPECT_EQ(person_code("Marta Quist, a Peruvian lawyer, said the fund had done nothing wrong.",
                        {"Marta", "Quist"}),
            "PERJUD");
}

TEST(ActorRolePrivate, AFormerAideIsNoElite) {
  EXPECT_EQ(
      person_code("Lina Okoro, a former aide, said the plan would cost more.", {"Lina", "Okoro"}),
      "");
  // A former office still is one.
  EXPECT_EQ(person_code("Lina Okoro, a former senator, said the plan would cost more.",
                        {"Lina", "Okoro"}),
            "USAELI");
  // A former aide of a known body keeps that tie.
  EXPECT_EQ(person_code("Lina Okoro, a former White House aide, said the plan would cost more.",
                        {"Lina", "Okoro"}),
            "USAELI");
}

TEST(ActorRolePrivate, TheHeadOfAnUnknownCenterIsTheCenters) {
  EXPECT_EQ(person_code("Ivo Brandt, head of the Harbor Policy Center, said the plan was vague.",
                        {"Ivo", "Brandt"}),
            "USANGO");
}

TEST(ActorRolePrivate, AnAdviserToAnOfficeServesIt) {
  Document doc = make_doc(
      "The United States and American voters face a long autumn in the United States. Two "
      "advisers to the attorney general met the panel.",
      "2016-09-20");
  builtin_resolver()->annotate(doc);
  std::string code = "(none)";
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.text.starts_with("Two advisers")) code = e.actor_code;
  EXPECT_EQ(code, "USAGOV");
}

// Past offices beyond "former" before the head (actor_role_former.cc).
TEST(ActorRoleFormer, AConjoinedRoleSharesFormer) {
  Document doc = make_doc(
      "The United States and American voters face a long autumn in the United States. The "
      "former governor and U.S. senator said the bill was flawed.",
      "2016-09-20");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "U.S. senator");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAELI");
  // With a determiner of its own the second role is a person of its own.
  Document two = make_doc(
      "The United States and American voters face a long autumn in the United States. The "
      "former governor and the U.S. senator said the bill was flawed.",
      "2016-09-20");
  builtin_resolver()->annotate(two);
  const Entity* senator = entity_with_mention(two, "the U.S. senator");
  ASSERT_NE(senator, nullptr);
  EXPECT_EQ(senator->actor_code, "USALEG");
}

TEST(ActorRoleFormer, ThenHyphenMarksAPastOffice) {
  Document doc = make_doc("He worked for then-Senator Tom Garner for a decade.", "2016-09-20");
  builtin_resolver()->annotate(doc);
  bool past = false;
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.text.find("Senator") != std::string::npos) past = past || e.actor_code.ends_with("ELI");
  EXPECT_TRUE(past);
  // A dash after "since then" is no hyphen.
  Document dash = make_doc("Since then - Senator Tom Garner has criticized Mexico.", "2016-09-20");
  builtin_resolver()->annotate(dash);
  bool dash_past = false;
  for (const auto& e : dash.entities)
    for (const auto& m : e.mentions)
      if (m.text.find("Senator") != std::string::npos)
        dash_past = dash_past || e.actor_code.ends_with("ELI");
  EXPECT_FALSE(dash_past);
}

TEST(ActorRoleFormer, AFormerTitleNamingTheBodyOverrulesALateLine) {
  // The base dates David Petraeus at the CIA until 2017.
  Document doc =
      make_doc("Former CIA director David Petraeus gave a talk on Monday. Petraeus said little.",
               "2016-09-20");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Petraeus");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAELI");  // title:former while the base's line runs late
}

}  // namespace
}  // namespace eventwire
