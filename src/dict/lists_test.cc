#include <gtest/gtest.h>

#include <algorithm>

#include "eventwire/dict/actors.h"
#include "eventwire/dict/check.h"

namespace eventwire::dict {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Agents, CodesPluralsAndSubstitutions) {
  const char* text =
      "<!-- agents\n   for tests -->\n"
      "!PERSON! = MAN, MEN, WOMAN\n"
      "FOREIGN_MINISTER [~GOVFRM] # jap\n"
      "HUMAN_RIGHTS_BODY  [NGO~]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
      "POLICE {} [~COP]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "BAD!NOPE! [~X]\n"
      "NOCODE\n"
      "NOTILDE [GOV]\n"
      "DEPARTMENT [~ENV}\n";
  AgentDictionary d = load_agents_from_string(text, "inline.agents");
  ASSERT_EQ(d.entries.size(), 7u);
  EXPECT_EQ(d.find("foreign minister").front()->combine("IRN"), "IRNGOVFRM");
  EXPECT_EQ(d.find("HUMAN RIGHTS BODY").front()->combine("IRN"), "NGOIRN");
  const AgentEntry& ag = *d.find("ATTORNEY GENERAL").front();
  ASSERT_EQ(ag.plurals.size(), 1u);
  EXPECT_EQ(ag.plurals[0], (std::vector<std::string>{"ATTORNEYS", "GENERAL"}));
  EXPECT_TRUE(d.find("POLICE").front()->plurals_given);
  EXPECT_TRUE(d.find("POLICE").front()->plurals.empty());
  EXPECT_FALSE(d.find("CONGRESSWOMAN").empty());
  EXPECT_FALSE(d.find("CONGRESSMEN").empty());
  ASSERT_EQ(d.warnings.size(), 4u);
  EXPECT_EQ(d.warnings[0].line, 9u);
  EXPECT_NE(d.warnings[0].message.find("!NOPE!"), std::string::npos);
  EXPECT_EQ(d.warnings[3].line, 12u);
}

TEST(Discards, SentenceAndStoryLevel) {
  DiscardList d = load_discards_from_string(
      "# comment\n+World Golf Championships   # pas\nBASEBALL\nAFRICAN NATIONS CUP # ab "
      ";AB\nMONTHS_\n",
      "d");
  ASSERT_EQ(d.entries.size(), 4u);
  EXPECT_TRUE(d.entries[0].story_level);
  EXPECT_EQ(d.entries[0].phrase, "WORLD GOLF CHAMPIONSHIPS");
  EXPECT_FALSE(d.entries[1].story_level);
  EXPECT_EQ(d.entries[2].phrase, "AFRICAN NATIONS CUP");
  EXPECT_TRUE(d.entries[3].exact_end);
  EXPECT_EQ(d.entries[3].phrase, "MONTHS");
}

TEST(Issues, ExpansionsCategoriesAndIgnores) {
  const char* text =
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "n:teacher [TEACHERS]\n"
      "pre+n:school [EARLY]\n"
      "ethnic v:purge [ID_ATROCITY]\n"
      "~a head start\n"
      "eec\n"
      "</ISSUE>\n"
      "n:city [CITY]\n";
  IssueList d = load_issues_from_string(text, "issues");
  ASSERT_EQ(d.entries.size(), 5u);
  EXPECT_EQ(d.entries[0].category, "EDUCATION");
  EXPECT_EQ(d.entries[0].variants, (std::vector<std::string>{"teacher", "teachers"}));
  EXPECT_TRUE(contains(d.entries[1].variants, "pre-schools"));
  EXPECT_TRUE(contains(d.entries[1].variants, "pre school"));
  EXPECT_TRUE(contains(d.entries[2].variants, "ethnic purging"));
  EXPECT_TRUE(contains(d.entries[2].variants, "ethnic purged"));
  EXPECT_TRUE(d.entries[3].ignore);
  EXPECT_TRUE(d.entries[3].code.empty());
  EXPECT_TRUE(d.entries[4].category.empty());
  EXPECT_TRUE(contains(d.entries[4].variants, "cities"));
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_EQ(d.warnings[0].line, 6u);
}

TEST(Check, DetectsTypesAndReportsFindings) {
  EXPECT_EQ(detect_dict_type("x/Phoenix.agents.txt", ""), DictType::kAgents);
  EXPECT_EQ(detect_dict_type("CAMEO.091003.master.verbs", ""), DictType::kVerbPatterns);
  EXPECT_EQ(detect_dict_type("CAMEO.2.0.txt", "--- A [010] ---\nA\n- * (TO X) [010]\n"),
            DictType::kVerbs);
  EXPECT_EQ(detect_dict_type("events.lex", ""), DictType::kLexicon);
  EXPECT_EQ(detect_dict_type("mystery", "ABC [DEF]\n"), DictType::kActors);
  EXPECT_EQ(detect_dict_type("mystery", "nothing here\n"), DictType::kAuto);
  DictType t;
  EXPECT_TRUE(parse_dict_type("issues", &t));
  EXPECT_EQ(t, DictType::kIssues);
  EXPECT_FALSE(parse_dict_type("bogus", &t));

  CheckReport r = check_dictionary_text("A [USA]\nA [USA]\nB\n\t[USAGOV 20100101-20000101]\n",
                                        "x.actors", DictType::kAuto);
  EXPECT_EQ(r.type, DictType::kActors);
  EXPECT_EQ(r.entries, 3u);
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].line, 2u);  // duplicate name
  EXPECT_EQ(r.findings[1].line, 4u);  // reversed range
  CheckReport clean = check_dictionary_text("A [USA]\n", "x.actors", DictType::kActors);
  EXPECT_TRUE(clean.findings.empty());
  Result<CheckReport> missing = check_dictionary_file("/nonexistent/x.actors", DictType::kAuto);
  EXPECT_FALSE(missing.is_ok());
}

}  // namespace
}  // namespace eventwire::dict
