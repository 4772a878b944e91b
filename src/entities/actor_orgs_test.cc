// Organizations the base does not know (docs/actors.md, "Parties, think tanks,
// universities"): a committee named without its chamber. Sentences and names
// written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_with_mention;
using testing_util::make_doc;

using Names = std::vector<std::pair<std::vector<std::string>, std::string>>;

// The code of `mention` in `text`, with the names NER found.
std::string code_in(const std::string& text, const Names& names, const std::string& mention) {
  Document doc = make_doc(text, "2016-09-10");
  for (const auto& [words, type] : names) add_ner(doc, words, type);
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, mention);
  return e == nullptr ? "(none)" : e->actor_code;
}

TEST(ActorOrgs, ACommitteeInAStoryOfTheLegislatureIsTheLegislatures) {
  const std::string text =
      "The U.S. Senate voted on Monday. Members of the Tarrow Committee questioned the "
      "American envoy.";
  const Names names = {{{"Tarrow", "Committee"}, "ORG"}};
  EXPECT_EQ(code_in(text, names, "Tarrow Committee"), "USALEG");
}

TEST(ActorOrgs, ACommitteeWithNoLegislatureNamedKeepsItsHead) {
  const std::string text =
      "Members of the Tarrow Committee met in Ohio. American officials and U.S. diplomats "
      "watched.";
  const Names names = {{{"Tarrow", "Committee"}, "ORG"}};
  EXPECT_EQ(code_in(text, names, "Tarrow Committee"), "USAGOV");
}

TEST(ActorOrgs, AKnownBodysCommitteeIsNotTheLegislatures) {
  const std::string text =
      "The U.S. Senate voted on Monday. The Democratic National Committee Tarrow Committee "
      "met in Ohio.";
  const Names names = {{{"Tarrow", "Committee"}, "ORG"}};
  EXPECT_NE(code_in(text, names, "Tarrow Committee"), "USALEG");
}

// A role word NER tagged alone as a body right after a place it tagged is
// that place's body ("Marlow" + "University"), not the end of the role
// phrase before it.
TEST(ActorOrgs, ARoleWordTaggedAloneAfterAPlaceIsThePlacesBody) {
  const std::string text =
      "Voters in Ohio and Texas are divided. Dana Whitfield, director of the Center for "
      "Fiscal Fairness at New York University, said the rules were wrong.";
  const Names names = {{{"Dana", "Whitfield"}, "PER"},
                       {{"Center", "for", "Fiscal", "Fairness"}, "ORG"},
                       {{"New", "York"}, "GPE"},
                       {{"University", ","}, "ORG"}};
  Document doc = make_doc(text, "2016-09-10");
  for (const auto& [words, type] : names) add_ner(doc, words, type);
  doc.entities.back().mentions[0].last_token -= 1;  // "University" alone
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "New York University");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAEDU");
}

// A body's name NER missed runs across "and" between capitalized words and
// over a demonym NER tagged inside it.
TEST(ActorOrgs, AMissedBodysNameSpansAndAndADemonym) {
  const std::string text =
      "Voters in Ohio and Texas are divided, but the Northern and Central Polish Coalition "
      "backs the bill.";
  const Names names = {{{"Polish"}, "NORP"}};
  const std::string code = code_in(text, names, "Northern and Central Polish Coalition");
  EXPECT_TRUE(code.ends_with("NGO")) << code;
  EXPECT_EQ(code_in(text, {}, "Ohio"), "USA");  // a list of places is no body's name
}

// A body's name NER missed whose only country-like word is a world region's
// demonym takes the one country its clause names ("…, which speaks for …
// Americans,"); its head's "of"/"for" tail is part of the name.
TEST(ActorOrgs, ARegionNamedBodyTakesTheCountryItsClauseNames) {
  const std::string text =
      "Many Poles and Latvians watch the race, but the Upper and East European Alliance, "
      "which speaks for thousands of Americans, backs the bill. Members of the Coalition for "
      "Safer Harbors met in Ohio and Texas.";
  const Names names = {{{"European"}, "NORP"}};
  EXPECT_EQ(code_in(text, names, "Upper and East European Alliance"), "USANGO");
  EXPECT_TRUE(code_in(text, names, "Coalition for Safer Harbors").ends_with("NGO"));
}

// A clause that tells what the body did places it nowhere.
TEST(ActorOrgs, AClauseOfWhatTheBodyDidGivesItNoCountry) {
  const std::string text =
      "Voters in Ohio and Texas are divided. The East European Coalition, in a letter to "
      "Mexican officials, asked for talks.";
  const Names names = {{{"European"}, "NORP"}, {{"Mexican"}, "NORP"}};
  EXPECT_FALSE(code_in(text, names, "East European Coalition").starts_with("MEX"));
}

// A party in a case's title is no actor of the story, even when the
// splitter ends a sentence at "v.".
TEST(ActorOrgs, APartyInACasesTitleIsNoBody) {
  const std::string text =
      "Voters in Ohio and Texas are divided. The judge cited the ruling in Harlan v. Coalition "
      "for Safer Harbors in her opinion on the case. In Texas, the members of the Coalition for "
      "Safer Harbors met with the mayor on a cold morning.";
  Document doc = make_doc(text, "2016-09-10");
  builtin_resolver()->annotate(doc);
  int bodies = 0;
  for (const Entity& e : doc.entities)
    for (const Mention& m : e.mentions) bodies += m.text == "Coalition for Safer Harbors" ? 1 : 0;
  EXPECT_EQ(bodies, 1);
}

// A body's "for" tail may run to the end of the text, with no full stop.
TEST(ActorOrgs, AMissedBodysTailMayEndTheText) {
  const std::string text =
      "Voters in Ohio and Texas are divided. Donations went to the Tidewater Institute for Harbor "
      "and Canal Safety";
  const std::string body = "Tidewater Institute for Harbor and Canal Safety";
  EXPECT_EQ(code_in(text, {}, body), code_in(text + ".", {}, body));
}

// A unit NER named without the known body before it ("DNC Rules Committee" as
// "Rules Committee") is that body's, not a government's committee.
TEST(ActorOrgs, AUnitNamedRightAfterAKnownBodyIsThatBodys) {
  const std::string text =
      "Voters in Ohio and Texas are divided. The DNC Rules Committee met in Ohio on Friday.";
  const Names names = {{{"Rules", "Committee"}, "ORG"}};
  EXPECT_EQ(code_in(text, names, "Rules Committee"), "USAPTY");
}

// A body's role word before a weak head still wins ("Police Department").
TEST(ActorOrgs, ARoleWordBeforeAWeakHeadStillWins) {
  const std::string text =
      "Voters in Ohio and Texas are divided. The Lakeview Police Department arrested two men "
      "on Monday.";
  const Names names = {{{"Lakeview", "Police", "Department"}, "ORG"}};
  EXPECT_EQ(code_in(text, names, "Lakeview Police Department"), "USACOP");
}

}  // namespace
}  // namespace eventwire
