// Offices held "as" a role or given by a relative clause (actor_role_as.cc).
// Sentences and names written for these tests; the parses are written by hand.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "entities/actor_test_util.h"

namespace eventwire {
namespace {

using testing_util::add_ner;
using testing_util::builtin_resolver;
using testing_util::entity_with_mention;
using testing_util::make_doc;
using testing_util::set_parse;

// One sentence, its parse written "UPOS deprel head, …", its verb's tense and
// lemma (1-based token), and the name NER found: the name's code and how.
struct Case {
  std::string text, parse;
  int verb = 0;
  std::string tense, lemma;
  std::vector<std::string> name;
  std::string type = "PER";
};

std::string code_of(const Case& c) {
  Document doc = make_doc(c.text, "2016-09-20");
  std::vector<std::tuple<std::string, std::string, int>> rows;
  std::istringstream in(c.parse);
  std::string upos, rel;
  int head = 0;
  while (in >> upos >> rel >> head) {
    rows.emplace_back(upos, rel, head);
    in.ignore(1);  // the comma
  }
  set_parse(doc, 0, rows);
  Token& verb = doc.sentences[0].tokens[c.verb - 1];
  verb.feats = "Mood=Ind|Tense=" + c.tense + "|VerbForm=Fin";
  if (!c.lemma.empty()) verb.lemma = c.lemma;
  add_ner(doc, c.name, c.type);
  builtin_resolver()->annotate(doc);
  std::string text = c.name[0];
  for (size_t k = 1; k < c.name.size(); ++k) text += " " + c.name[k];
  const Entity* e = entity_with_mention(doc, text);
  return e == nullptr ? "(none)" : e->actor_code + " " + e->resolved_by;
}

const char* const kAmbassadorRelative =
    "PROPN nsubj 13, PROPN flat 1, PUNCT punct 5, PRON nsubj 5, VERB acl:relcl 1, ADP case 9, "
    "PROPN nmod:poss 9, PART case 7, NOUN obl 5, ADP case 11, PROPN nmod 9, PUNCT punct 1, "
    "VERB root 0, DET det 15, NOUN nsubj 16, VERB ccomp 13, PUNCT punct 13";

TEST(ActorRoleAs, ARelativeClauseInThePastGivesAPastOffice) {
  EXPECT_EQ(code_of({"Ada Moreno, who served as Peru's ambassador to Chile, said the talks failed.",
                     kAmbassadorRelative,
                     5,
                     "Past",
                     "serve",
                     {"Ada", "Moreno"}}),
            "PERELI relative-role");
  // "now" keeps the office.
  EXPECT_EQ(code_of({"Ada Moreno, who now serves as Peru's ambassador to Chile, said it failed.",
                     "PROPN nsubj 14, PROPN flat 1, PUNCT punct 6, PRON nsubj 6, ADV advmod 6, "
                     "VERB acl:relcl 1, ADP case 10, PROPN nmod:poss 10, PART case 8, NOUN obl 6, "
                     "ADP case 12, PROPN nmod 10, PUNCT punct 1, VERB root 0, PRON nsubj 16, "
                     "VERB ccomp 14, PUNCT punct 14",
                     6,
                     "Pres",
                     "serve",
                     {"Ada", "Moreno"}}),
            "PERGOV relative-role");
}

TEST(ActorRoleAs, ABodyInTheRolesTailAndACopularRelativeClause) {
  // A region is no office's country: the body in the tail gives it.
  EXPECT_EQ(code_of({"Lena Oster, who worked as Africa director at the Pentagon, disagreed.",
                     "PROPN nsubj 13, PROPN flat 1, PUNCT punct 5, PRON nsubj 5, VERB acl:relcl 1, "
                     "ADP case 8, PROPN compound 8, NOUN obl 5, ADP case 11, DET det 11, "
                     "PROPN nmod 8, PUNCT punct 1, VERB root 0, PUNCT punct 13",
                     5,
                     "Past",
                     "work",
                     {"Lena", "Oster"}}),
            "USAELI relative-role");
  EXPECT_EQ(code_of({"Ivo Brandt, who was Peru's interior minister, resigned.",
                     "PROPN nsubj 11, PROPN flat 1, PUNCT punct 9, PRON nsubj 9, AUX cop 9, "
                     "PROPN nmod:poss 9, PART case 6, ADJ amod 9, NOUN acl:relcl 1, "
                     "PUNCT punct 1, VERB root 0, PUNCT punct 11",
                     5,
                     "Past",
                     "be",
                     {"Ivo", "Brandt"}}),
            "PERELI relative-role");
}

const char* const kToured =
    "PROPN nsubj 3, PROPN flat 1, VERB root 0, DET det 5, NOUN obj 3, ADP case 10, "
    "PROPN nmod:poss 10, PART case 7, ADJ amod 10, NOUN obl 3, PUNCT punct 3";

TEST(ActorRoleAs, AMainClauseAsRoleIsTheOfficeAndFormerMakesItPast) {
  EXPECT_EQ(code_of({"Tomas Varga toured the port as Peru's interior minister.",
                     kToured,
                     3,
                     "Past",
                     "tour",
                     {"Tomas", "Varga"}}),
            "PERGOV as-role");
  EXPECT_EQ(code_of({"Tomas Varga toured the port as Peru's former minister.",
                     kToured,
                     3,
                     "Past",
                     "tour",
                     {"Tomas", "Varga"}}),
            "PERELI as-role");
  // "served as" in the past tells a past office in a main clause too.
  EXPECT_EQ(code_of({"Tomas Varga served the port as Peru's interior minister.",
                     kToured,
                     3,
                     "Past",
                     "serve",
                     {"Tomas", "Varga"}}),
            "PERELI as-role");
}

TEST(ActorRoleAs, AnAsRoleTheParseHangsOnTheDayIsTheVerbs) {
  // "as … minister" a modifier of "Monday", as parsers often read it.
  EXPECT_EQ(code_of({"Tomas Varga toured the port on Monday as Peru's interior minister.",
                     "PROPN nsubj 3, PROPN flat 1, VERB root 0, DET det 5, NOUN obj 3, "
                     "ADP case 7, PROPN obl 3, ADP case 12, PROPN nmod:poss 12, PART case 9, "
                     "ADJ amod 12, NOUN nmod 7, PUNCT punct 3",
                     3,
                     "Past",
                     "tour",
                     {"Tomas", "Varga"}}),
            "PERGOV as-role");
}

TEST(ActorRoleAs, NoOfficeFromAComparisonOrForABody) {
  // "as well as" misparsed with the role as the verb's oblique.
  EXPECT_EQ(code_of({"Ivo Brandt praised the deal as well as Peru's interior minister.",
                     "PROPN nsubj 3, PROPN flat 1, VERB root 0, DET det 5, NOUN obj 3, "
                     "ADV advmod 3, ADV fixed 6, ADP case 12, PROPN nmod:poss 12, PART case 9, "
                     "ADJ amod 12, NOUN obl 3, PUNCT punct 3",
                     3,
                     "Past",
                     "praise",
                     {"Ivo", "Brandt"}}),
            " ");
  const std::string body = code_of({"Harbor Trust acted as Peru's interior minister.",
                                    "PROPN compound 2, PROPN nsubj 3, VERB root 0, ADP case 8, "
                                    "PROPN nmod:poss 8, PART case 5, ADJ amod 8, NOUN obl 3, "
                                    "PUNCT punct 3",
                                    3,
                                    "Past",
                                    "act",
                                    {"Harbor", "Trust"},
                                    "ORG"});
  EXPECT_EQ(body.find("as-role"), std::string::npos) << body;
}

const char* const kLedRelative =
    "PROPN nsubj 9, PROPN flat 1, PUNCT punct 5, PRON nsubj 5, VERB acl:relcl 1, DET det 7, "
    "PROPN obj 5, PUNCT punct 1, VERB root 0, PUNCT punct 9";

TEST(ActorRoleAs, ARelativeClauseSayingThePersonLeadsABody) {
  EXPECT_EQ(code_of({"Lena Oster, who leads the Pentagon, disagreed.",
                     kLedRelative,
                     5,
                     "Pres",
                     "lead",
                     {"Lena", "Oster"}}),
            "USAMIL relative-lead");
  // In the past: a state body's past officer is an elite of its country.
  EXPECT_EQ(code_of({"Lena Oster, who helmed the Pentagon, disagreed.",
                     kLedRelative,
                     5,
                     "Past",
                     "helm",
                     {"Lena", "Oster"}}),
            "USAELI relative-lead");
  // Another verb gives nothing.
  EXPECT_EQ(code_of({"Lena Oster, who visited the Pentagon, disagreed.",
                     kLedRelative,
                     5,
                     "Past",
                     "visit",
                     {"Lena", "Oster"}}),
            " ");
}

TEST(ActorRoleAs, ALeadingClauseTheParseHangsOnTheMainVerb) {
  // "said Lena Oster, who helmed …": the clause a parataxis of "said".
  EXPECT_EQ(code_of({"The plan failed, said Lena Oster, who helmed the Pentagon.",
                     "DET det 2, NOUN nsubj 3, VERB ccomp 5, PUNCT punct 5, VERB root 0, "
                     "PROPN nsubj 5, PROPN flat 6, PUNCT punct 10, PRON nsubj 10, "
                     "VERB parataxis 5, DET det 12, PROPN obj 10, PUNCT punct 5",
                     10,
                     "Past",
                     "helm",
                     {"Lena", "Oster"}}),
            "USAELI relative-lead");
}

TEST(ActorRoleAs, APartysFormerOfficerKeepsTheParty) {
  Document doc = make_doc("A former Republican National Committee chairman spoke.", "2016-09-20");
  builtin_resolver()->annotate(doc);
  const Entity* e = entity_with_mention(doc, "A former Republican National Committee chairman");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->actor_code, "USAPTY");
}

}  // namespace
}  // namespace eventwire
