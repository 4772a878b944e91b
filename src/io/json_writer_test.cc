// The streaming JSON writer gives the bytes a JSON tree's dump would.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eventwire/io.h"

namespace eventwire {
namespace {

std::string nlohmann_dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Document small_document() {
  Document doc;
  doc.article.id.push_back('a');
  doc.article.text.append("Hello.", 6);
  return doc;
}

TEST(JsonWriter, StringsEscapedAsADumpWould) {
  const std::string tricky[] = {
      "plain",
      "quote \" backslash \\ slash /",
      std::string("controls \x01\x1f\b\f\n\r\t \x7f", 20),
      "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80",
      "bad \xC3 byte",
      "overlong \xC0\xAF and surrogate \xED\xA0\x80",
      "cut at the end \xE2\x80",
      "\xFF\xFE",
      std::string("nul \0 inside", 12),
  };
  for (const std::string& s : tricky) {
    Document doc = small_document();
    doc.article.title = s;
    std::string json = document_to_json(doc, {});
    std::string expected = "\"title\":" + nlohmann_dump(s) + ",";
    EXPECT_NE(json.find(expected), std::string::npos) << expected << "\n" << json;
  }
}

TEST(JsonWriter, NumbersAndRepeatedKeysAsADumpWould) {
  Document doc = small_document();
  Place p;
  p.id = "P1";
  p.lat = 48.85341;
  p.lon = -0.1;
  p.geonames_id = 2988507;
  doc.places.push_back(p);
  Event e;
  e.id = "V1";
  e.goldstein = -10;
  e.confidence = 1.0 / 3;
  e.issues = {{"A", 1}, {"B", 2}, {"A", 3}};
  doc.events.push_back(e);
  doc.article.extra = {{"x", "[1, {\"k\": null}]"}, {"y", "\"s\""}, {"x", "2.50"}};
  JsonOptions options;
  options.analysis = true;
  std::string json = document_to_json(doc, options);
  EXPECT_NE(json.find("\"lat\":" + nlohmann_dump(p.lat) + ",\"lon\":" + nlohmann_dump(p.lon)),
            std::string::npos);
  EXPECT_NE(json.find("\"goldstein\":" + nlohmann_dump(e.goldstein)), std::string::npos);
  EXPECT_NE(json.find("\"confidence\":" + nlohmann_dump(e.confidence)), std::string::npos);
  EXPECT_NE(json.find("\"issues\":{\"A\":3,\"B\":2}"), std::string::npos) << json;
  EXPECT_NE(json.find("\"extra\":{\"x\":2.5,\"y\":\"s\"}"), std::string::npos) << json;
  // The whole line parses, and dumps back to the same bytes.
  auto parsed = nlohmann::ordered_json::parse(json, nullptr, false);
  ASSERT_FALSE(parsed.is_discarded());
  EXPECT_EQ(nlohmann_dump(parsed), json);
}

TEST(JsonWriter, AppendsAndQuotes) {
  Document doc = small_document();
  Quote q;
  q.id = "Q1";
  q.kind = "direct";
  q.speaker = Mention{0, 5, "Hello", 0, 0, 0};
  q.events = {"V1"};
  doc.quotes.push_back(q);
  std::string buffer = "x";
  append_quote_json(buffer, doc, q);
  EXPECT_EQ(buffer, "x" + quote_to_json(doc, q));
  auto parsed = nlohmann::ordered_json::parse(quote_to_json(doc, q));
  EXPECT_EQ(parsed["article"], "a");
  EXPECT_EQ(parsed["speaker"]["entity"], nullptr);
  EXPECT_EQ(parsed["addressee"], nullptr);
  EXPECT_EQ(parsed["events"][0], "V1");
  std::string doc_buffer = "y";
  append_document_json(doc_buffer, doc, {});
  EXPECT_EQ(doc_buffer, "y" + document_to_json(doc, {}));
}

}  // namespace
}  // namespace eventwire
