// Role phrases whose country nobody names: PETRARCH's ---ROLE codes, and
// coreference still free to find who they are.
#include <gtest/gtest.h>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::entity_named;
using testing_util::entity_with_mention;
using testing_util::make_doc;

std::shared_ptr<const EntityResolver> role_resolver() {
  static auto r = EntityResolver::create(EntityOptions{});
  EXPECT_TRUE(r.is_ok()) << r.status().to_string();
  return *r;
}

TEST(RoleCountry, UnknownCountryGivesTheRoleAlone) {
  Document doc = make_doc("Twenty protesters were arrested by the police on Sunday.", "2023-09-02");
  role_resolver()->annotate(doc);
  const Entity* protesters = entity_with_mention(doc, "Twenty protesters");
  ASSERT_NE(protesters, nullptr);
  EXPECT_EQ(protesters->actor_code, "---CVL");
  EXPECT_EQ(protesters->resolved_by, "composition:no-country");
}

TEST(RoleCountry, ADescriptionStillJoinsItsAntecedent) {
  Document doc = make_doc("Hamas fired rockets at Israel. The terror group said more would come.",
                          "2015-01-01");
  role_resolver()->annotate(doc);
  const Entity* hamas = entity_named(doc, "Hamas");
  ASSERT_NE(hamas, nullptr);
  EXPECT_EQ(hamas->actor_code.rfind("PSE", 0), 0u) << hamas->actor_code;
  const Entity* group = entity_with_mention(doc, "The terror group");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group, hamas);
}

}  // namespace
}  // namespace eventwire
