// Tree navigation helpers on hand-built parses (our own sentences).
#include "events/tree.h"

#include <gtest/gtest.h>

#include "events/test_util.h"

namespace eventwire::events {
namespace {

using events_test::make_doc;

TEST(Tree, HasCaseFindsThePrepositionOfANoun) {
  // "Gondor struck the depot with rockets"
  Document doc = make_doc({{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                           {"struck", "strike", "VERB", 0, "root"},
                           {"the", "the", "DET", 4, "det"},
                           {"depot", "depot", "NOUN", 2, "obj"},
                           {"with", "with", "ADP", 6, "case"},
                           {"rockets", "rocket", "NOUN", 2, "obl"}});
  Tree tree(doc.sentences[0]);
  EXPECT_TRUE(tree.has_case(5, {"with"}));
  EXPECT_TRUE(tree.has_case(5, {"by", "with"}));
  EXPECT_FALSE(tree.has_case(5, {"by"}));
  EXPECT_FALSE(tree.has_case(3, {"with"}));  // the determiner is no case marker
}

}  // namespace
}  // namespace eventwire::events
