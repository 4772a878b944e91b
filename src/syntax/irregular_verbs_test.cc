#include "syntax/irregular_verbs.h"

#include <gtest/gtest.h>

namespace eventwire::syntax_internal {
namespace {

TEST(IrregularVerbs, PastAndParticipleFormsGiveTheBase) {
  ASSERT_NE(irregular_verb_lemma("fought"), nullptr);
  EXPECT_EQ(*irregular_verb_lemma("fought"), "fight");
  EXPECT_EQ(*irregular_verb_lemma("sworn"), "swear");
  EXPECT_EQ(*irregular_verb_lemma("swore"), "swear");
}

TEST(IrregularVerbs, RegularAndUnknownFormsAreNotListed) {
  EXPECT_EQ(irregular_verb_lemma("seized"), nullptr);
  EXPECT_EQ(irregular_verb_lemma("lay"), nullptr);  // lie or lay: left to the model
  EXPECT_EQ(irregular_verb_lemma(""), nullptr);
}

}  // namespace
}  // namespace eventwire::syntax_internal
