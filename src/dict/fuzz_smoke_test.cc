// A deterministic smoke fuzz: random lines built from the characters that
// matter to the dictionary formats go through every loader and the linter.
// (The libFuzzer entries are the *_from_string loaders themselves.)
#include <gtest/gtest.h>

#include <random>

#include "eventwire/dict.h"

namespace eventwire::dict {
namespace {

std::string random_text(std::mt19937& rng, size_t lines) {
  static const char kChars[] =
      "AB_+-*$%^&~![]{}()|:;#<>= \t\r\n\x1A\0"
      "019";
  static const std::string kAlphabet(kChars, sizeof kChars - 1);  // keeps the NUL
  static const char* kPieces[] = {"---",
                                  "- * ",
                                  "[010]",
                                  "[042:043]",
                                  "&SYN",
                                  "+X_Y",
                                  "{A | B}",
                                  "(TO X)",
                                  "\t[USAGOV 20010120-20090120]",
                                  "[IRN >050803]",
                                  "<!--",
                                  "-->",
                                  "!P! = A, B",
                                  "n:city",
                                  "[~GOV]",
                                  "meet T=obl:with -> 042",
                                  "S=",
                                  "obj>amod=",
                                  "<ISSUE CATEGORY=\"X\">",
                                  "<TIME>",
                                  "~~FINISH"};
  std::string out;
  std::uniform_int_distribution<size_t> pick(0, kAlphabet.size() - 1);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> coin(0, 3);
  for (size_t l = 0; l < lines; ++l) {
    int parts = 1 + coin(rng);
    for (int p = 0; p < parts; ++p) {
      if (coin(rng) == 0) {
        out += kPieces[piece(rng)];
      } else {
        for (int k = coin(rng) * 3; k >= 0; --k) out += kAlphabet[pick(rng)];
      }
    }
    out += '\n';
  }
  return out;
}

TEST(FuzzSmoke, LoadersNeverCrash) {
  std::mt19937 rng(20171225);
  for (int round = 0; round < 400; ++round) {
    std::string text = random_text(rng, 1 + round % 40);
    for (VerbDialect dialect :
         {VerbDialect::kAuto, VerbDialect::kPetrarch2, VerbDialect::kTabari}) {
      VerbDictionary v = load_verbs_from_string(text, "fuzz", dialect);
      std::vector<Diagnostic> lint;
      lint_verbs(v, &lint);
    }
    ActorDictionary a = load_actors_from_string(text, "fuzz");
    for (const ActorEntry& e : a.entries) (void)e.code_on(20170101);
    std::vector<Diagnostic> lint;
    lint_actors(a, &lint);
    AgentDictionary g = load_agents_from_string(text, "fuzz");
    lint_agents(g, &lint);
    (void)load_discards_from_string(text, "fuzz");
    (void)load_issues_from_string(text, "fuzz");
    Lexicon x = load_lexicon_from_string(text, "fuzz");
    lint_lexicon(x, &lint);
    (void)CameoCodebook::parse(text);
    (void)check_dictionary_text(text, "fuzz", DictType::kAuto);
  }
}

}  // namespace
}  // namespace eventwire::dict
