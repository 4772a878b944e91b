// People coded through someone they belong to (actor_owners.cc): an
// official's family, a spokesperson whose title names no body; a title's
// country after the name (actor_titles.cc); bodies named "European …" and
// "the country's" in a role phrase (actor_composition.cc). Sentences and
// names written for these tests.
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
using testing_util::set_parse;

std::string code_of(const Document& doc, const std::string& mention) {
  const Entity* e = entity_with_mention(doc, mention);
  return e == nullptr ? "(none)" : e->actor_code + " " + e->resolved_by;
}

// The code and resolved_by of `mention` in `text`, with the names NER found.
using Names = std::vector<std::pair<std::vector<std::string>, std::string>>;
std::string coded(const std::string& text, const std::string& date, const Names& names,
                  const std::string& mention) {
  Document doc = make_doc(text, date);
  for (const auto& [words, type] : names) add_ner(doc, words, type);
  builtin_resolver()->annotate(doc);
  return code_of(doc, mention);
}

TEST(ActorOwners, AnOfficialsSpouseIsAnEliteOfTheOfficialsCountry) {
  // Barack Obama is USAGOV in the base on this date; the spouses and children are ours.
  const Names names = {{{"Barack", "Obama"}, "PER"}, {{"Marisol"}, "PER"}};
  EXPECT_EQ(coded("President Barack Obama and his spouse Marisol will tour Peru next week.",
                  "2015-05-04", names, "Marisol"),
            "USAELI kin");
  EXPECT_EQ(
      coded("Barack Obama thanked Marisol, his wife, in Lima.", "2015-05-04", names, "Marisol"),
      "USAELI kin");
  // No possessive: the child shares the official's surname.
  EXPECT_EQ(coded("Barack Obama flew to Lima with daughter Tessa Obama on Monday.", "2015-05-04",
                  {{{"Barack", "Obama"}, "PER"}, {{"Tessa", "Obama"}, "PER"}}, "Tessa Obama"),
            "USAELI kin");
}

TEST(ActorOwners, APrivatePersonsFamilyStaysUncoded) {
  EXPECT_EQ(coded("Tomas Ruiz and his wife, Marisol, left Lima on Monday.", "2015-05-04",
                  {{{"Tomas", "Ruiz"}, "PER"}, {{"Marisol"}, "PER"}}, "Marisol"),
            " ");
  // Without a possessive, a different surname names no family.
  EXPECT_EQ(coded("Barack Obama met daughter Tessa Ruiz of a local farmer.", "2015-05-04",
                  {{{"Barack", "Obama"}, "PER"}, {{"Tessa", "Ruiz"}, "PER"}}, "Tessa Ruiz"),
            " ");
}

TEST(ActorOwners, ASpokespersonWithoutABodySpeaksForTheBodyNamedBefore) {
  EXPECT_EQ(coded("The Harbor Party rejected the report on Monday. Spokeswoman Ada Moreno said "
                  "the party would answer every claim.",
                  "2016-09-20", {{{"Harbor", "Party"}, "ORG"}, {{"Ada", "Moreno"}, "PER"}},
                  "Spokeswoman Ada Moreno"),
            "---PTY spokesperson");
  // An outlet is where words are reported, not whom the spokesman speaks for.
  EXPECT_EQ(coded("The Lakeview Times asked the ministry about the plan. Spokesman Tomas Ruiz "
                  "said no decision had been made.",
                  "2016-09-20", {{{"Lakeview", "Times"}, "ORG"}, {{"Tomas", "Ruiz"}, "PER"}},
                  "Spokesman Tomas Ruiz")
                .find("MED"),
            std::string::npos);
}

TEST(ActorOwners, ACandidatesStaffSpeakForTheCandidatesPartySide) {
  // Ada Varga is no person the base knows; her title codes her a party's.
  const Names names = {{{"Ada", "Varga"}, "PER"}, {{"Lina", "Ortez"}, "PER"}};
  EXPECT_EQ(coded("Harbor Party presidential candidate Ada Varga left the hall on Monday. Varga "
                  "spokeswoman Lina Ortez said the candidate had complied.",
                  "2016-09-20", names, "Varga spokeswoman Lina Ortez"),
            "---PTY composition");
  // A staff title whose owner the text does not code as a party's keeps its code.
  EXPECT_NE(coded("Ada Varga left the hall on Monday. Varga spokeswoman Lina Ortez said she "
                  "had complied.",
                  "2016-09-20", names, "Varga spokeswoman Lina Ortez")
                .substr(0, 6),
            "---PTY");
}

TEST(ActorOwners, ATitlesCountryNamedAfterTheName) {
  EXPECT_EQ(coded("President Arne Kolberg of Norway met French officials in Paris on Friday.",
                  "2016-09-20", {{{"Arne", "Kolberg"}, "PER"}, {{"Norway"}, "GPE"}},
                  "President Arne Kolberg"),
            "NORGOV title:of-place");
}

TEST(ActorOwners, ABodyNamedEuropeanIsTheEuropeanUnions) {
  EXPECT_EQ(coded("The European Medicines Agency approved the vaccine on Monday.", "2016-09-20",
                  {{{"European", "Medicines", "Agency"}, "ORG"}}, "European Medicines Agency")
                .substr(0, 6),
            "IGOEUR");
  // A role phrase of the region stays the region's.
  EXPECT_EQ(coded("European leaders met in Rome on Monday.", "2016-09-20", {}, "European leaders")
                .substr(0, 6),
            "EURGOV");
}

TEST(ActorOwners, TheCountryInARolePhraseIsTheCountryNamedBefore) {
  Document doc =
      make_doc("Chile said on Sunday that a Peruvian trawler was seized by the country's navy.",
               "2020-01-12");
  set_parse(doc, 0,
            {{"PROPN", "nsubj", 2},
             {"VERB", "root", 0},
             {"ADP", "case", 4},
             {"PROPN", "obl", 2},
             {"SCONJ", "mark", 10},
             {"DET", "det", 8},
             {"ADJ", "amod", 8},
             {"NOUN", "nsubj:pass", 10},
             {"AUX", "aux:pass", 10},
             {"VERB", "ccomp", 2},
             {"ADP", "case", 15},
             {"DET", "det", 13},
             {"NOUN", "nmod:poss", 15},
             {"PART", "case", 13},
             {"NOUN", "obl", 10},
             {"PUNCT", "punct", 2}});
  builtin_resolver()->annotate(doc);
  EXPECT_EQ(code_of(doc, "the country's navy"), "CHLMIL composition");
}

TEST(ActorOwners, ABodyCodedOnlyByTheArticlesCountryGivesItsHeadItsCode) {
  const std::string code = coded(
      "The LKPD commissioner, Ada Moreno, said officers in Ohio and Texas would patrol the "
      "parade in Ohio.",
      "2016-09-20", {{{"LKPD"}, "ORG"}, {{"Ada", "Moreno"}, "PER"}}, "Ada Moreno");
  EXPECT_EQ(code.substr(0, 6), "USACOP") << code;
}

// A known body's name, then a title the role files do not know, then the name:
// the person takes the body's code; a verb between them ties nothing.
std::string titled_by_body(const std::string& between, const std::string& upos) {
  Document doc =
      make_doc("Senators met Justice Department " + between + " Tom Marsh.", "2016-09-20");
  add_ner(doc, {"Tom", "Marsh"}, "PER");
  set_parse(doc, 0,
            {{"NOUN", "nsubj", 2},
             {"VERB", "root", 0},
             {"PROPN", "obj", 2},
             {"PROPN", "flat", 3},
             {"ADJ", "amod", 6},
             {upos, "nmod", 7},
             {"PROPN", "appos", 3},
             {"PROPN", "flat", 7},
             {"PUNCT", "punct", 2}});
  builtin_resolver()->annotate(doc);
  return code_of(doc, "Tom Marsh");
}

TEST(ActorOwners, AnUnknownTitleAfterAKnownBodyGivesThePersonItsCode) {
  EXPECT_EQ(titled_by_body("congressional liaison", "NOUN").substr(0, 6), "USAJUD");
  EXPECT_NE(titled_by_body("congressional warned", "VERB").substr(0, 6), "USAJUD");
  // An outsider named after the body is not its staff.
  EXPECT_NE(titled_by_body("outside contractor", "NOUN").substr(0, 6), "USAJUD");
}

}  // namespace
}  // namespace eventwire
