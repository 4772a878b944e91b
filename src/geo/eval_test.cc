// Tests on ../shared data with the full gazetteer; each skips with the reason
// when either is missing.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "geo/geo_test_util.h"

namespace eventwire {
namespace {

std::string shared_file(const std::string& relative) {
  return std::string(EVENTWIRE_SHARED_DIR) + "/" + relative;
}

TEST(GeoEval, GeoVirus) {
  std::string path = shared_file("data/geo/geovirus/GeoVirus.xml");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent (../shared not present)";
  std::string reason;
  auto gaz = geo_test::full_gazetteer(reason);
  if (!gaz) GTEST_SKIP() << reason;
  GeoResolverOptions options;
  options.demonyms = false;  // GeoVirus marks toponyms only
  GeoResolver resolver(gaz, options);
  auto result = evaluate_geovirus(path, resolver);
  ASSERT_TRUE(result.is_ok()) << result.status().to_string();
  const auto& r = *result;
  double accuracy = static_cast<double>(r.within_161km) / static_cast<double>(r.gold);
  double other = static_cast<double>(r.within_161km - r.country_within_161km) /
                 static_cast<double>(r.gold - r.country_spans);
  std::printf(
      "GeoVirus: %zu articles, %zu toponyms, acc@161km %.4f (countries %zu/%zu, other %.4f), "
      "mean %.1f km, median %.1f km, detection P %.4f R %.4f F1 %.4f, %.0f tokens/s\n",
      r.articles, r.gold, accuracy, r.country_within_161km, r.country_spans, other, r.mean_error_km,
      r.median_error_km, r.precision, r.recall, r.f1,
      r.seconds > 0 ? static_cast<double>(r.tokens) / r.seconds : 0.0);
  EXPECT_EQ(r.gold, 2167u);
  // Regression floors a little under the measured figures (docs/geo.md, 0.824
  // and 0.806): large countries whose GeoVirus points lie 170-560 km from every
  // registry point we have keep the 85% goal out of reach.
  EXPECT_GE(accuracy, 0.80);
  EXPECT_GE(other, 0.79);
  EXPECT_GE(r.f1, 0.84);
}

TEST(GeoEval, SeedArticlePlaces) {
  std::string path = shared_file("samples/seed-article.txt");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent (../shared not present)";
  std::string reason;
  auto gaz = geo_test::full_gazetteer(reason);
  if (!gaz) GTEST_SKIP() << reason;
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  Document doc = geo_test::make_document(text);
  GeoResolver(gaz).annotate(doc);
  std::map<std::string, const Place*> by_name;
  for (const Place& p : doc.places) {
    by_name.emplace(p.name, &p);
    std::printf("%s [%u,%u) %-12s -> %s (%s %s %s) %.2f,%.2f\n", p.id.c_str(), p.start, p.end,
                p.text.c_str(), p.name.c_str(), p.country.c_str(), p.admin1.c_str(),
                p.feature.c_str(), p.lat, p.lon);
  }
  struct Expected {
    const char* name;
    const char* country;
  };
  for (Expected e : {Expected{"Gaza Strip", "PS"},
                     {"Gaza", "PS"},
                     {"Jerusalem", "IL"},
                     {"Tehran", "IR"},
                     {"Tel Aviv", "IL"},
                     {"Israel", "IL"},
                     {"Iran", "IR"},
                     {"Lebanon", "LB"},
                     {"Palestine", "PS"}}) {
    auto it = by_name.find(e.name);
    ASSERT_NE(it, by_name.end()) << e.name << " not found";
    EXPECT_EQ(it->second->country, e.country) << e.name;
  }
  EXPECT_EQ(by_name.at("Lebanon")->text, "Lebanese");
  EXPECT_EQ(by_name.at("Lebanon")->feature, "DEM");
  for (const Place& p : doc.places) {
    EXPECT_NE(p.text, "Sinwar");
    EXPECT_NE(p.text, "Trump");
    EXPECT_NE(p.text, "Soleimani");
  }
}

}  // namespace
}  // namespace eventwire
