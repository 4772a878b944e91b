// The umbrella header compiles on its own and names the stable API.
#include "eventwire/eventwire.h"

#include <gtest/gtest.h>

#include <type_traits>

namespace eventwire {
namespace {

TEST(Umbrella, NamesTheStableApi) {
  EXPECT_TRUE((std::is_class_v<Pipeline>));
  EXPECT_TRUE((std::is_class_v<ArticleStream>));
  EXPECT_TRUE((std::is_class_v<EventTableWriter>));
  EXPECT_TRUE((std::is_class_v<Store>));
  Event e;
  EXPECT_EQ(e.modality, "asserted");
}

}  // namespace
}  // namespace eventwire
