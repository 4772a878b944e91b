#include <gtest/gtest.h>

#include "eventwire/dict/actors.h"
#include "eventwire/dict/check.h"

namespace eventwire::dict {
namespace {

bool has_warning(const std::vector<Diagnostic>& warnings, uint32_t line, const std::string& part) {
  for (const Diagnostic& d : warnings) {
    if (d.line == line && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(ActorDates, ParsesBothFormsWithTheTabariCentury) {
  int32_t d = 0;
  EXPECT_TRUE(parse_dictionary_date("991201", &d));
  EXPECT_EQ(d, 19991201);
  EXPECT_TRUE(parse_dictionary_date("300101", &d));
  EXPECT_EQ(d, 20300101);
  EXPECT_TRUE(parse_dictionary_date("20120229", &d));
  EXPECT_FALSE(parse_dictionary_date("20100229", &d));
  EXPECT_FALSE(parse_dictionary_date("2004017", &d));
  EXPECT_FALSE(parse_dictionary_date("20101301", &d));
  EXPECT_FALSE(parse_dictionary_date("", &d));
}

const char* kActors =
    "# Countries\n"
    "AFGHANISTAN_  [AFG]\n"  // 2
    "+AFGHAN_ \n"
    "+KABUL_ # capital\n"
    "\n"
    "MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n"  // 6
    "\t[AFGELI 320101-331108]\n"
    "\t[AFGGOV 331108-730717]\n"
    "\t[AFGELI 730717-070723]\n"
    "THE_UNITED_NATIONS_\n"  // 10
    "UN_\n"
    "\t[IGOUNO]\n"
    "BAN_KI-MOON\n"  // 13
    "\t[IGOUNO >20070101]\n"
    "\t[KORGOVBUS 2004017-20061201]\n"  // 15 bad date
    "\t[KORGOV 20061201-20040101]\n"    // 16 reversed
    "\t[KORGOV 20040101]\n"             // 17 no < > or range
    "GOLLUM  ; pas\n"                   // 18
    "\t[HOB < 950601]\n"
    "\t[HOBGOV 950601 - 990815]\n"
    "\t[HOBREB > 990816]\n"
    "ALBRIGHT  [USAGOV 991201-010114] [---] ;ems\n"  // 22
    "[s]\n";                                         // 23
TEST(ActorDictionary, ReadsNamesCodesAndDates) {
  ActorDictionary d = load_actors_from_string(kActors, "inline.actors");
  ASSERT_EQ(d.entries.size(), 6u);
  const ActorEntry& afg = d.entries[0];
  EXPECT_EQ(afg.names.size(), 3u);
  EXPECT_TRUE(afg.names[1].synonym);
  EXPECT_TRUE(afg.names[1].exact_end);
  EXPECT_EQ(afg.code_on(20170101), "AFG");
  EXPECT_EQ(d.find("kabul").front(), &afg);
  EXPECT_EQ(d.find("Mohammad Zahir Shah").front()->code_on(19500101), "AFGGOV");
  EXPECT_EQ(d.find("MOHAMMAD_ZAHIR_SHAH").front()->code_on(19320101), "AFGELI");
  EXPECT_EQ(d.find("UN").front(), d.find("THE UNITED NATIONS").front());  // shared codes
  EXPECT_EQ(d.find("UN").front()->code_on(0), "IGOUNO");
  const ActorEntry& ban = *d.find("BAN KI-MOON").front();
  EXPECT_EQ(ban.code_on(20100101), "IGOUNO");
  EXPECT_EQ(ban.code_on(20000101), "");
  EXPECT_TRUE(has_warning(d.warnings, 15, "2004017"));
  EXPECT_TRUE(has_warning(d.warnings, 16, "reversed date range"));
  EXPECT_TRUE(has_warning(d.warnings, 17, "needs '<', '>'"));
  const ActorEntry& gollum = *d.find("GOLLUM").front();
  EXPECT_EQ(gollum.code_on(19900101), "HOB");
  EXPECT_EQ(gollum.code_on(19970101), "HOBGOV");
  EXPECT_EQ(gollum.code_on(20200101), "HOBREB");
  const ActorEntry& albright = *d.find("ALBRIGHT").front();
  EXPECT_EQ(albright.code_on(20000101), "USAGOV");
  EXPECT_EQ(albright.code_on(20050101), "---");

  std::vector<Diagnostic> lint;
  lint_actors(d, &lint);
  EXPECT_TRUE(has_warning(lint, 23, "not upper-case"));
}

TEST(ActorDictionary, ControlBytesCrlfAndTabariSections) {
  std::string with_nul =
      "<NOUN>\r\nBEES ;pas\r\n</NOUN>\r\nLIAMINE_Z\x1AROUAL_  # x\r\n\t[DZAGOV]\r\nNU";
  with_nul += '\0';
  with_nul += "LL [NUL]\r\n\x1A";
  ActorDictionary d = load_actors_from_string(with_nul, "ctl.actors");
  EXPECT_EQ(d.nouns, std::vector<std::string>{"BEES"});
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].names[0].words, (std::vector<std::string>{"LIAMINE", "ZROUAL"}));
  EXPECT_EQ(d.entries[1].code_on(0), "NUL");
  EXPECT_TRUE(has_warning(d.warnings, 4, "0x1A"));
  EXPECT_TRUE(has_warning(d.warnings, 6, "0x00"));
  EXPECT_EQ(d.warnings.size(), 2u);
}

TEST(ActorDictionary, OrphanLinesWarn) {
  ActorDictionary d = load_actors_from_string("\t[ABC]\n+LONELY\n[\nX [Y\n", "orphans");
  EXPECT_TRUE(has_warning(d.warnings, 1, "no actor name"));
  EXPECT_TRUE(has_warning(d.warnings, 2, "no primary name"));
  EXPECT_TRUE(has_warning(d.warnings, 4, "unclosed '['"));
}

}  // namespace
}  // namespace eventwire::dict
