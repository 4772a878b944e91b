// The derived knowledge base (scripts/derive-actor-kb): dated former members of
// Congress, open terms of the sources, homonyms kept apart by Congress's ids,
// the bodies of the US states.
#include <gtest/gtest.h>

#include <string>

#include "entities/actor_test_util.h"
#include "eventwire/entities.h"

namespace eventwire {
namespace {
using testing_util::builtin_resolver;

std::string code_on(const std::string& name, const std::string& date) {
  auto found = builtin_resolver()->lookup(name, date);
  return found.empty() ? std::string("(none)") : found.front().code;
}

TEST(ActorKbDerived, FormerMembersOfCongressHaveDatedService) {
  // legislators-historical.csv has no dates: the end comes from the file's
  // order, the start from the GovTrack id. In office until 2018:
  EXPECT_EQ(code_on("John McCain", "2016-09-20"), "USALEG");
  EXPECT_EQ(code_on("John McCain", "2020-01-01"), "USAELI");
  // Senator from 2019 only; a former governor in 2016.
  EXPECT_EQ(code_on("Mitt Romney", "2016-09-20"), "USAELI");
  EXPECT_EQ(code_on("Mitt Romney", "2021-06-01"), "USALEG");
}

TEST(ActorKbDerived, HomonymsWithTwoCongressIdsStayTwoPeople) {
  // The senator (to 2024) and the representative of the same name (from
  // 2023): each period belongs to its own line.
  EXPECT_EQ(code_on("Robert Menendez", "2016-09-20"), "USALEG");
  EXPECT_EQ(code_on("Robert Menendez", "2026-01-01"), "USALEG");
}

TEST(ActorKbDerived, OpenTermsOutliveTheSourcesDate) {
  // CountryInfo (January 2012) says "in office since 2008": not former in
  // 2012-2016 because the source stops there.
  EXPECT_EQ(code_on("Hashim Thaci", "2013-06-01"), "KSVGOV");
}

TEST(ActorKbDerived, OpenTermsEndTwoYearsAfterTheSourcesDate) {
  // A cabinet member "in office since 2009" in CountryInfo: in office in
  // 2012, a former official (not the government) four years later.
  EXPECT_EQ(code_on("Janet Napolitano", "2012-06-01"), "USAGOV");
  EXPECT_EQ(code_on("Janet Napolitano", "2016-09-20"), "USAELI");
  // A head of state's open term lasts five years past the source's date.
  EXPECT_EQ(code_on("Yoweri Museveni", "2016-09-20"), "UGAGOV");
}

TEST(ActorKbDerived, HandWrittenPeopleKeepTheSourcesDatedOffices) {
  // people.kb dates only his later office; congress-legislators his seat.
  EXPECT_EQ(code_on("Marco Rubio", "2016-09-20"), "USALEG");
  EXPECT_EQ(code_on("Marco Rubio", "2025-06-01"), "USAGOV");
  // A seat the sources bound only ends where her hand-written office begins.
  EXPECT_EQ(code_on("Hillary Clinton", "2006-05-01"), "USALEG");
  EXPECT_EQ(code_on("Hillary Clinton", "2010-05-01"), "USAGOV");
  EXPECT_EQ(code_on("Hillary Clinton", "2016-09-20"), "USAELI");
}

TEST(ActorKbDerived, StateLegislaturesAreNotTheUnitedNations) {
  EXPECT_EQ(code_on("Kansas General Assembly", "2016-09-20"), "USALEG");
  EXPECT_EQ(code_on("Vermont House", "2016-09-20"), "USALEG");
  EXPECT_EQ(code_on("Idaho Republican Party", "2016-09-20"), "USAPTY");
  // A state senate is its own body, not the US Senate under another name.
  auto state = builtin_resolver()->lookup("Oregon State Senate", "2016-09-20");
  auto federal = builtin_resolver()->lookup("Senate", "2016-09-20");
  ASSERT_EQ(state.size(), 1u);
  ASSERT_FALSE(federal.empty());
  EXPECT_EQ(state.front().code, "USALEG");
  EXPECT_NE(state.front().entries.front().names.front(),
            federal.front().entries.front().names.front());
}

}  // namespace
}  // namespace eventwire
