// Helpers for the actor and coreference tests: documents from our own sentences.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/entities.h"
#include "eventwire/text.h"

namespace eventwire::testing_util {

inline Document make_doc(const std::string& text, const std::string& date) {
  Document doc;
  doc.article.id.push_back('t');  // not = "t": GCC 12 -Wrestrict false positive when inlined
  doc.article.date = date;
  doc.article.text = text;
  doc.article.paragraphs.push_back({0, count_code_points(text)});
  doc.sentences = segment_article(doc.article, SegmentOptions{}, &doc.warnings);
  return doc;
}

// Adds an NER-style entity over the first occurrence of `words` (token texts).
inline void add_ner(Document& doc, const std::vector<std::string>& words, const std::string& type) {
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& toks = doc.sentences[si].tokens;
    for (size_t i = 0; i + words.size() <= toks.size(); ++i) {
      bool ok = true;
      for (size_t k = 0; k < words.size() && ok; ++k) ok = toks[i + k].text == words[k];
      if (!ok) continue;
      Entity e;
      // (Appended, not "E" + …: GCC 12 -Wrestrict false positive when inlined.)
      e.id.push_back('E');
      e.id += std::to_string(doc.entities.size() + 1);
      e.type = type;
      Mention m;
      m.sentence = static_cast<int>(si);
      m.first_token = static_cast<int>(i);
      m.last_token = static_cast<int>(i + words.size());
      m.start = toks[i].start;
      m.end = toks[i + words.size() - 1].end;
      e.mentions.push_back(m);
      doc.entities.push_back(e);
      return;
    }
  }
}

inline const Entity* entity_named(const Document& doc, const std::string& name) {
  for (const auto& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}

inline const Entity* entity_with_mention(const Document& doc, const std::string& text) {
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.text == text) return &e;
  return nullptr;
}

// A hand-written parse for one sentence: (upos, deprel, 1-based head) per token.
inline void set_parse(Document& doc, size_t si,
                      const std::vector<std::tuple<std::string, std::string, int>>& rows) {
  auto& toks = doc.sentences[si].tokens;
  ASSERT_EQ(toks.size(), rows.size());
  for (size_t k = 0; k < rows.size(); ++k) {
    toks[k].upos = std::get<0>(rows[k]);
    toks[k].deprel = std::get<1>(rows[k]);
    toks[k].head = std::get<2>(rows[k]);
  }
}

// The resolver with the built-in knowledge base, loaded once for every test.
inline std::shared_ptr<const EntityResolver> builtin_resolver() {
  static auto r = EntityResolver::create(EntityOptions{});
  EXPECT_TRUE(r.is_ok()) << r.status().to_string();
  return *r;
}

// A resolver over only the knowledge base `kb_text` (our format), written
// once to `file_name` in the test's temporary folder; null when it fails.
inline std::shared_ptr<const EntityResolver> resolver_with_kb(const std::string& file_name,
                                                              const std::string& kb_text) {
  const std::string path = ::testing::TempDir() + "/" + file_name;
  std::ofstream(path) << kb_text;
  EntityOptions options;
  options.no_builtin_actors = true;
  options.kb_files = {path};
  auto r = EntityResolver::create(options);
  EXPECT_TRUE(r.is_ok()) << r.status().to_string();
  return r.is_ok() ? *r : nullptr;
}

}  // namespace eventwire::testing_util
