#include <gtest/gtest.h>

#include "eventwire/dict/check.h"
#include "eventwire/dict/verbs.h"

namespace eventwire::dict {
namespace {

bool has_warning(const std::vector<Diagnostic>& warnings, uint32_t line, const std::string& part) {
  for (const Diagnostic& d : warnings) {
    if (d.line == line && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

const char* kPetrarch2 =
    "# a comment\n"
    "&CURRENCY\n"
    "# a comment inside a synset does not end it\n"
    "+DOLLAR\n"
    "+EURO_\n"
    "\n"
    "&TIES_\n"
    "+DIPLOMATIC_TIES\n"
    "\n"
    "--- ASK [020] ---\n"
    "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\n"
    "ASK\n"
    "QUERY {QUERYING QUERIES QUERIED }\n"
    "+ANGERED_BY {}\n"
    "- * (FOR {FINANCIAL AID})      [0231]  # ASK\n"
    "- * &CURRENCY                  [0231]\n"
    "- &MILITARY * EXERCISES        [062:062]\n"
    "- * (BEFORE COURT)             [:173]  ; legacy comment\n"
    "- * POLICE (TO BORDER) (ON ALERT) [153]\n"
    "\n"
    "~ a (a b ATTACK) SAY = a b 015\n";

TEST(VerbDictionary, ReadsPetrarch2Structure) {
  VerbDictionary d = load_verbs_from_string(kPetrarch2, "inline.verbs.txt");
  EXPECT_EQ(d.dialect, VerbDialect::kPetrarch2);
  EXPECT_TRUE(d.warnings.empty()) << d.warnings.front().to_string();
  ASSERT_EQ(d.synsets.size(), 2u);
  EXPECT_EQ(d.synsets[0].phrases.size(), 2u);
  EXPECT_TRUE(d.synsets[0].phrases[1].no_plural);
  EXPECT_TRUE(d.synsets[1].no_plurals);
  EXPECT_EQ(d.synsets[1].name, "TIES");
  ASSERT_EQ(d.blocks.size(), 1u);
  const VerbBlock& b = d.blocks[0];
  EXPECT_EQ(b.name, "ASK");
  EXPECT_EQ(b.code.active, "020");
  ASSERT_EQ(b.verbs.size(), 4u);
  EXPECT_EQ(b.verbs[0].word, "ASK");
  EXPECT_EQ(b.verbs[0].post_words, std::vector<std::string>{"FOR"});
  EXPECT_EQ(b.verbs[0].forms, (std::vector<std::string>{"ASKED", "ASKING", "ASKS"}));
  EXPECT_EQ(b.verbs[2].forms.size(), 3u);
  EXPECT_TRUE(b.verbs[3].forms_suppressed);
  EXPECT_EQ(b.verbs[3].lemma, "angered");
  EXPECT_EQ(d.find_lemma("ask").size(), 2u);
  EXPECT_EQ(d.verb_code({0, 1}).active, "020");

  ASSERT_EQ(b.patterns.size(), 5u);
  const VerbPattern& p0 = b.patterns[0];
  ASSERT_EQ(p0.preps.size(), 1u);
  EXPECT_EQ(p0.preps[0].preposition, "FOR");
  ASSERT_EQ(p0.preps[0].object.size(), 1u);
  EXPECT_EQ(p0.preps[0].object[0].kind, PatternToken::Kind::kPhrase);
  EXPECT_EQ(p0.preps[0].object[0].words, (std::vector<std::string>{"FINANCIAL", "AID"}));
  EXPECT_EQ(p0.comment, "ASK");
  EXPECT_EQ(b.patterns[1].post[0].kind, PatternToken::Kind::kSynset);
  EXPECT_EQ(b.patterns[1].post[0].text, "CURRENCY");
  EXPECT_EQ(b.patterns[2].pre[0].text, "MILITARY");
  EXPECT_EQ(b.patterns[2].post[0].lemma, "exercise");
  EXPECT_EQ(p0.preps[0].object[0].lemma, "aid");
  EXPECT_EQ(d.by_form.at("queried").size(), 1u);
  EXPECT_EQ(b.patterns[2].code.active, "062");
  EXPECT_EQ(b.patterns[2].code.passive, "062");
  EXPECT_TRUE(b.patterns[3].code.active.empty());
  EXPECT_EQ(b.patterns[3].code.passive, "173");
  EXPECT_EQ(b.patterns[3].comment, "legacy comment");
  EXPECT_EQ(b.patterns[4].post[0].text, "POLICE");
  EXPECT_EQ(b.patterns[4].preps.size(), 2u);
  ASSERT_EQ(d.transformations.size(), 1u);
  EXPECT_EQ(d.transformations[0].lhs.size(), 7u);
  EXPECT_EQ(d.transformations[0].rhs.back(), "015");
}

TEST(VerbDictionary, CrlfNulAndEofByteAreHandled) {
  std::string text = kPetrarch2;
  std::string crlf;
  for (char c : text) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  crlf.insert(crlf.begin() + static_cast<std::ptrdiff_t>(crlf.find("QUERY") + 2), '\0');
  crlf += "\x1A";
  VerbDictionary d = load_verbs_from_string(crlf, "crlf.txt", VerbDialect::kPetrarch2);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].patterns.size(), 5u);
  EXPECT_EQ(d.blocks[0].verbs[2].word, "QUERY");
  ASSERT_EQ(d.warnings.size(), 1u);  // the NUL; the final 0x1A is the DOS end mark
  EXPECT_EQ(d.warnings[0].line, 13u);
  EXPECT_NE(d.warnings[0].message.find("0x00"), std::string::npos);
}

TEST(VerbDictionary, MalformedLinesWarnWithLineNumbers) {
  const char* text =
      "- * ORPHAN [010]\n"      // 1: before any block
      "--- SAY [010] ---\n"     // 2
      "SAY {SAID\n"             // 3: unclosed {
      "- * (TO BORDER [153]\n"  // 4: unclosed (
      "- * * TWICE [010]\n"     // 5: two stars
      "- * NO CODE\n"           // 6
      "- * ) [010]\n"           // 7
      "- * {A | } [010]\n"      // 8
      "- * &UNDEFINED [010]\n"  // 9: loads, lint finds it
      "- * TALKS [046]\n"       // 10
      "- * TALKS [046]\n"       // 11: duplicate
      "- * TALKS [036]\n"       // 12: conflict
      "- * LETTER [0999]\n"     // 13: unknown code
      "- * LETTER2 [ABC]\n"     // 14: invalid code
      "<BOGUS>\n";              // 15
  VerbDictionary d = load_verbs_from_string(text, "bad.txt", VerbDialect::kPetrarch2);
  EXPECT_TRUE(has_warning(d.warnings, 1, "before any verb block"));
  EXPECT_TRUE(has_warning(d.warnings, 3, "unclosed '{'"));
  EXPECT_TRUE(has_warning(d.warnings, 4, "unclosed '('"));
  EXPECT_TRUE(has_warning(d.warnings, 5, "two '*'"));
  EXPECT_TRUE(has_warning(d.warnings, 6, "no [code]"));
  EXPECT_TRUE(has_warning(d.warnings, 7, "')' without '('"));
  EXPECT_TRUE(has_warning(d.warnings, 8, "empty choice"));
  EXPECT_TRUE(has_warning(d.warnings, 15, "unknown section tag"));
  EXPECT_EQ(d.warnings[0].to_string().rfind("bad.txt:1: ", 0), 0u);

  std::vector<Diagnostic> lint;
  lint_verbs(d, &lint);
  EXPECT_TRUE(has_warning(lint, 9, "undefined synset &UNDEFINED"));
  EXPECT_TRUE(has_warning(lint, 11, "duplicate pattern"));
  EXPECT_TRUE(has_warning(lint, 12, "conflicts with line 10"));
  EXPECT_TRUE(has_warning(lint, 13, "unknown CAMEO code \"0999\""));
  EXPECT_TRUE(has_warning(lint, 14, "invalid CAMEO code \"ABC\""));
}

TEST(VerbDictionary, ReadsTabariFormat) {
  const char* text =
      "<SYNSETS>\n"
      "&TIETYPES\n"
      "+MILITARY\n"
      "</SYNSETS>\n"
      "<TIME>\n"
      "YESTERDAY [-1]\n"
      "</TIME>\n"
      "ABUS  [---] ;SLS 09 Oct 2007\r\n"
      "- + HOSTAGE * IN_ $ FREED  [0841] ;sls\r\n"
      "- + IN_ $ { WAS | WERE } *  [181]\r\n"
      "ACT_ [100]\n"
      "{ ACTING_ ACTED_ }\n"
      "- SAID WOULD *_NOW  [101]\n"
      "BURN DOWN  [222]\n"
      "ENT  [### <890101] \n"
      "~~FINISH 16:47\n"
      "NEVER_READ [010]\n";
  VerbDictionary d = load_verbs_from_string(text, "demo.verbs");
  EXPECT_EQ(d.dialect, VerbDialect::kTabari);
  EXPECT_EQ(d.synsets.size(), 1u);
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[0].name, "ABUS");
  EXPECT_FALSE(d.blocks[0].verbs[0].exact);  // a stem
  const VerbPattern& p = d.blocks[0].patterns[0];
  ASSERT_EQ(p.pre.size(), 2u);
  EXPECT_EQ(p.pre[0].kind, PatternToken::Kind::kTarget);
  EXPECT_FALSE(p.pre[1].exact);
  ASSERT_EQ(p.post.size(), 3u);
  EXPECT_TRUE(p.post[0].exact);  // IN_
  EXPECT_EQ(p.post[1].kind, PatternToken::Kind::kSource);
  const VerbPattern& q = d.blocks[0].patterns[1];
  ASSERT_EQ(q.pre.size(), 4u);
  EXPECT_EQ(q.pre[3].kind, PatternToken::Kind::kAlternatives);
  EXPECT_EQ(q.pre[3].words, (std::vector<std::string>{"WAS", "WERE"}));
  EXPECT_TRUE(d.blocks[1].verbs[0].exact);
  EXPECT_EQ(d.blocks[1].verbs[0].forms, (std::vector<std::string>{"ACTING", "ACTED"}));
  EXPECT_TRUE(d.blocks[1].patterns[0].verb_joined_next);
  EXPECT_EQ(d.blocks[2].verbs[0].post_words, std::vector<std::string>{"DOWN"});
  EXPECT_EQ(d.blocks[3].code.active, "### <890101");
  EXPECT_TRUE(d.find_lemma("never_read").empty());
}

TEST(VerbDictionary, NeverCrashesOnJunk) {
  const char* junk[] = {"",    "-",        "---",        "&",          "+",           "[",
                        "]",   "- [",      "- []",       "- * (",      "{",           "~",
                        "~ =", "--- [",    "- &_ [010]", "- {} [010]", "- ( ) [010]", "X {",
                        "X [", "\x1A\x1A", "\0"};
  for (const char* j : junk) {
    VerbDictionary d = load_verbs_from_string(std::string(j), "junk");
    (void)d;
  }
  std::string all_bytes;
  for (int i = 0; i < 256; ++i) all_bytes += static_cast<char>(i);
  for (VerbDialect dialect :
       {VerbDialect::kPetrarch2, VerbDialect::kPetrarch1, VerbDialect::kTabari}) {
    VerbDictionary d = load_verbs_from_string(all_bytes + "\n- " + all_bytes, "bytes", dialect);
    EXPECT_FALSE(d.warnings.empty());
  }
}

}  // namespace
}  // namespace eventwire::dict
