// Builds segmented Documents from a headline and paragraphs, for tests.
#pragma once

#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/text.h"

namespace eventwire::quotes_test {

inline Document make_doc(const std::string& title, const std::vector<std::string>& paragraphs) {
  Document doc;
  Article& a = doc.article;
  a.id = "test";
  a.title = title;
  std::string text;
  if (!title.empty()) {
    text = title;
    a.title_span = {0, count_code_points(title)};
  }
  for (const auto& p : paragraphs) {
    if (!text.empty()) text += "\n\n";
    uint32_t start = count_code_points(text);
    text += p;
    a.paragraphs.push_back({start, count_code_points(text)});
  }
  a.text = text;
  doc.sentences = segment_article(a, SegmentOptions{}, &doc.warnings);
  return doc;
}

}  // namespace eventwire::quotes_test
