// Private professions and bodies' own people (actor_role_private.cc).
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

TEST(ActorRolePrivate, ALawyerACityLocatesIsNoCourt) {
  EXPECT_EQ(person_code("Marta Quist, a Denver lawyer, said the fund had done nothing wrong.",
                        {"Marta", "Quist"}),
            "");
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
}

TEST(ActorRolePrivate, TheHeadOfAnUnknownCenterIsTheCenters) {
  EXPECT_EQ(person_code("Ivo Brandt, head of the Harbor Policy Center, said the plan was vague.",
                        {"Ivo", "Brandt"}),
            "USANGO");
}

}  // namespace
}  // namespace eventwire
