#include "dict/gender.h"

#include <gtest/gtest.h>

namespace eventwire::dict {
namespace {

TEST(Gender, GivenNamesOfOneGenderOnly) {
  EXPECT_EQ(given_name_gender("Elizabeth"), Gender::kFemale);
  EXPECT_EQ(given_name_gender("Jeff"), Gender::kMale);
  EXPECT_EQ(given_name_gender("Lynn"), Gender::kUnknown);  // borne by women and men
  EXPECT_EQ(given_name_gender("Zzyzx"), Gender::kUnknown);
  EXPECT_EQ(given_name_gender("elizabeth"), Gender::kUnknown);  // as written in text
}

TEST(Gender, NamesHonorificsNounsAndPronouns) {
  EXPECT_EQ(name_gender("Sen. Jeff Oakes"), Gender::kMale);
  EXPECT_EQ(name_gender("Mrs. Oakes"), Gender::kFemale);
  EXPECT_EQ(name_gender("Elizabeth Oakes"), Gender::kFemale);
  EXPECT_EQ(name_gender("Oakes"), Gender::kUnknown);      // a surname alone
  EXPECT_EQ(name_gender("Elizabeth"), Gender::kUnknown);  // the last word is a surname
  EXPECT_EQ(person_noun_gender("spokeswoman"), Gender::kFemale);
  EXPECT_EQ(person_noun_gender("spokesperson"), Gender::kUnknown);
  EXPECT_EQ(pronoun_gender("him"), Gender::kMale);
  EXPECT_EQ(pronoun_gender("they"), Gender::kUnknown);
}

}  // namespace
}  // namespace eventwire::dict
