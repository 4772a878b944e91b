// How a person or body named again in an article is found: a name with a
// middle initial and without it, a body named by the last word of its name, a
// state's body named without the state,
// and a surname alone that names one office holder of the base on the
// article's date. Names and sentences written for these tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_with_mention;
using testing_util::make_doc;

TEST(ActorNames, AMiddleInitialJoinsTheNameWithoutIt) {
  Document doc = make_doc(
      "As a young lawyer, Marta J. Quillen argued her first case in Ohio. Years later, Marta "
      "Quillen said the case had changed her.",
      "2016-09-14");
  add_ner(doc, {"Marta", "J.", "Quillen"}, "PER");
  add_ner(doc, {"Marta", "Quillen", "said"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* full = entity_with_mention(doc, "Marta J. Quillen");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full, entity_with_mention(doc, "Marta Quillen"));
}

TEST(ActorNames, DifferentInitialsAreTwoPeople) {
  Document doc =
      make_doc("John A. Reddle sold the farm to John B. Reddle in Ohio last spring.", "2016-09-14");
  add_ner(doc, {"John", "A.", "Reddle"}, "PER");
  add_ner(doc, {"John", "B.", "Reddle"}, "PER");
  builtin_resolver()->annotate(doc);
  const Entity* a = entity_with_mention(doc, "John A. Reddle");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(a, entity_with_mention(doc, "John B. Reddle"));
}

TEST(ActorNames, ABodyNamedAgainByTheLastWordOfItsName) {
  Document doc =
      make_doc("The Tarnwick Harbor Council met in Ohio on Monday. The Council rejected the plan.",
               "2016-09-14");
  add_ner(doc, {"Tarnwick", "Harbor", "Council"}, "ORG");
  add_ner(doc, {"Council", "rejected"}, "ORG");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* full = entity_with_mention(doc, "Tarnwick Harbor Council");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full, entity_with_mention(doc, "Council"));
}

TEST(ActorNames, AStateBodyNamedAgainWithoutItsState) {
  Document doc = make_doc(
      "The Kansas General Assembly adjourned on Friday. Leaders of the General Assembly "
      "blamed the budget.",
      "2016-09-14");
  add_ner(doc, {"Kansas", "General", "Assembly"}, "ORG");
  add_ner(doc, {"General", "Assembly", "blamed"}, "ORG");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* state = entity_with_mention(doc, "Kansas General Assembly");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->actor_code, "USALEG");
  EXPECT_EQ(state, entity_with_mention(doc, "General Assembly"));
}

TEST(ActorNames, ABodyWhoseNameOpensWithNoPlaceKeepsTheShorterNamesBody) {
  // "National" is no place: the Security Council stays the UN's.
  Document doc = make_doc(
      "The National Security Council met on Monday. The Security Council voted on Tuesday.",
      "2016-09-14");
  add_ner(doc, {"National", "Security", "Council"}, "ORG");
  add_ner(doc, {"Security", "Council", "voted"}, "ORG");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* un = entity_with_mention(doc, "Security Council");
  ASSERT_NE(un, nullptr);
  EXPECT_EQ(un->actor_code, "IGOUNO");
}

// A knowledge base of invented office holders with `alone=` surnames.
std::shared_ptr<const EntityResolver> surname_resolver() {
  static const auto resolver = testing_util::resolver_with_kb(
      "actor_names_test.kb",
      "@format eventwire-actors 1\n"
      "person\tUSALEG\tOrla Brennick; Orla M. Brennick\tfrom=2011-01-03; to=2019-01-03; "
      "alone=Brennick\n"
      "person\tUSAGOV\tTobias Venmore\tfrom=2013-01-20; to=2017-01-20; alone=Venmore\n"
      "person\tUSALEG\tHal Venmore\tfrom=2015-01-03; to=2021-01-03; alone=Venmore\n");
  return resolver;
}

// The code of the surname alone tagged PER before `next` ("" uncoded, "(none)"
// without an entity), with `full` tagged PER as well when given.
std::string code_of_surname(const std::string& text, const std::string& date,
                            const std::string& surname, const std::string& next,
                            const std::vector<std::string>& full = {}) {
  Document doc = make_doc(text, date);
  if (!full.empty()) add_ner(doc, full, "PER");
  add_ner(doc, {surname, next}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  auto resolver = surname_resolver();
  if (!resolver) return "?";
  resolver->annotate(doc);
  const Entity* e = entity_with_mention(doc, surname);
  return e ? e->actor_code : "(none)";
}

TEST(ActorNames, ASurnameAloneNamesTheOneOfficeHolderOfTheDate) {
  const std::string text = "On Monday, Brennick told reporters that the bill would pass.";
  EXPECT_EQ(code_of_surname(text, "2016-05-02", "Brennick", "told"), "USALEG");
  // Not in office on the date: no one.
  EXPECT_EQ(code_of_surname(text, "2009-05-04", "Brennick", "told"), "");
  // Two office holders so named on the date: no one; one of them: that one.
  const std::string venmore = "On Monday, Venmore told reporters that the bill would pass.";
  EXPECT_EQ(code_of_surname(venmore, "2016-05-02", "Venmore", "told"), "");
  EXPECT_EQ(code_of_surname(venmore, "2014-05-05", "Venmore", "told"), "USAGOV");
}

TEST(ActorNames, ASurnameAloneIsTheArticlesOwnPersonNamedInFull) {
  const std::string text =
      "Dana Brennick, a baker in Ohio, opened a shop. On Monday, Brennick said the bread was "
      "fresh.";
  EXPECT_EQ(code_of_surname(text, "2016-05-02", "Brennick", "said", {"Dana", "Brennick"}), "");
}

TEST(ActorNames, ASurnameAloneAfterAnUnknownNamesakeIsNotTheBasesPerson) {
  // The built-in base knows a British prime minister by his surname; the
  // article names another Blair in full, whom it does not know.
  Document doc = make_doc(
      "Dorran Winslow Blair, a teacher, spoke on Monday. Later Blair said the plan was fair.",
      "2016-05-02");
  add_ner(doc, {"Dorran", "Winslow", "Blair"}, "PER");
  add_ner(doc, {"Blair", "said"}, "PER");
  doc.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Blair");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->actor_code.starts_with("GBR")) << e->actor_code;
  // A full name the base does not hold, with the base person's first name: him.
  Document same =
      make_doc("Tony Q. Blair spoke on Monday. Later Blair said the plan was fair.", "2005-05-02");
  add_ner(same, {"Tony", "Q.", "Blair"}, "PER");
  add_ner(same, {"Blair", "said"}, "PER");
  same.entities.back().mentions[0].last_token -= 1;
  builtin_resolver()->annotate(same);
  const Entity* him = entity_with_mention(same, "Blair");
  ASSERT_NE(him, nullptr);
  EXPECT_TRUE(him->actor_code.starts_with("GBR")) << him->actor_code;
}

TEST(ActorNames, ASurnameTheTaggerDoesNotReadAsANameIsNoOne) {
  Document doc = make_doc("Protesters gathered in Brennick on Monday.", "2016-05-02");
  auto resolver = surname_resolver();
  ASSERT_NE(resolver, nullptr);
  resolver->annotate(doc);
  const Entity* e = entity_with_mention(doc, "Brennick");
  EXPECT_TRUE(e == nullptr || e->actor_code.empty());
}

}  // namespace
}  // namespace eventwire
