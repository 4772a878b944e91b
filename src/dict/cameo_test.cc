#include <gtest/gtest.h>

#include "eventwire/dict/cameo.h"

namespace eventwire::dict {
namespace {

TEST(Cameo, LooksUpCodesWithLeadingZeros) {
  const CameoCodebook& book = CameoCodebook::get();
  EXPECT_TRUE(book.warnings().empty());
  const CameoCode* c = book.find("0332");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Express intent to provide military aid");
  EXPECT_DOUBLE_EQ(c->goldstein, 5.2);
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(c->root, "03");
  EXPECT_EQ(c->plover_type, "AGREE");
  EXPECT_EQ(c->plover_context, "military");
  EXPECT_EQ(book.find("332"), nullptr);
}

}  // namespace
}  // namespace eventwire::dict

namespace eventwire::dict {
namespace {

TEST(Cameo, AcceptanceCodes) {
  const CameoCodebook& book = CameoCodebook::get();
  const CameoCode* recognize = book.find("054");
  ASSERT_NE(recognize, nullptr);
  EXPECT_EQ(recognize->name, "Grant diplomatic recognition");
  EXPECT_DOUBLE_EQ(recognize->goldstein, 6.0);
  EXPECT_EQ(recognize->plover_type, "SUPPORT");
  const CameoCode* fight = book.find("190");
  ASSERT_NE(fight, nullptr);
  EXPECT_DOUBLE_EQ(fight->goldstein, -10.0);
  EXPECT_EQ(fight->quad_class, 4);
  EXPECT_EQ(fight->plover_type, "ASSAULT");
  EXPECT_EQ(book.find("01")->plover_type, "");    // no PLOVER for statements
  EXPECT_EQ(book.find("0214")->plover_type, "");  // nor for appeals
  EXPECT_EQ(book.find("042")->plover_mode, "visit");
  EXPECT_EQ(book.find("141")->quad_class, 3);  // GDELT: 10-14 are verbal conflict
  EXPECT_EQ(book.find("190")->quad_class, 4);
  EXPECT_EQ(book.find("090")->quad_class, 2);  // GDELT puts investigate under material cooperation
}

TEST(Cameo, EveryRootAndCodeIsConsistent) {
  const CameoCodebook& book = CameoCodebook::get();
  EXPECT_GT(book.codes().size(), 300u);
  for (int r = 1; r <= 20; ++r) {
    std::string root = std::to_string(r);
    if (r < 10) root.insert(root.begin(), '0');
    EXPECT_NE(book.find(root), nullptr) << root;
  }
  for (const CameoCode& c : book.codes()) {
    EXPECT_TRUE(is_well_formed_cameo(c.code));
    EXPECT_EQ(c.root, cameo_root(c.code));
    EXPECT_NE(book.find(c.root), nullptr) << c.code;
    EXPECT_FALSE(c.name.empty());
    EXPECT_EQ(c.quad_class, book.find(c.root)->quad_class) << c.code;
  }
}

TEST(Cameo, Validity) {
  EXPECT_TRUE(is_well_formed_cameo("0332"));
  EXPECT_FALSE(is_well_formed_cameo("332"));  // root 33
  EXPECT_FALSE(is_well_formed_cameo("00"));
  EXPECT_FALSE(is_well_formed_cameo("21"));
  EXPECT_FALSE(is_well_formed_cameo("03321"));
  EXPECT_FALSE(is_well_formed_cameo("03a"));
  EXPECT_TRUE(is_null_code("---"));
  EXPECT_TRUE(is_null_code("###"));
  EXPECT_FALSE(CameoCodebook::get().is_valid("0999"));
  EXPECT_EQ(cameo_root("1823"), "18");
}

TEST(Cameo, BrokenCodebookTextWarns) {
  CameoCodebook book = CameoCodebook::parse(
      "# c\n@format x\n01\t1\t0.0\t-\t-\t-\tStatement\n"
      "0x\t1\t0\t-\t-\t-\tBad\n01\t9\t0\t-\t-\t-\tBad quad\n02\t1\t99\t-\t-\t-\tBad "
      "goldstein\n02\t1\n"
      "01\t1\t0.0\t-\t-\t-\tAgain\n");
  EXPECT_EQ(book.codes().size(), 2u);
  EXPECT_EQ(book.warnings().size(), 5u);
}

}  // namespace
}  // namespace eventwire::dict
