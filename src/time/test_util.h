// Test helper: a Document from plain text, one sentence per line, tokens
// split at spaces (punctuation glued to a word stays part of it).
#pragma once

#include <string>

#include "eventwire/document.h"

namespace eventwire::time_test {

inline Document make_document(const std::string& text, const std::string& date) {
  Document doc;
  doc.article.text = text;
  doc.article.date = date;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string::npos) line_end = text.size();
    Sentence s;
    s.id = static_cast<int>(doc.sentences.size());
    s.byte_start = s.start =
        static_cast<uint32_t>(line_start);  // tests use ASCII: bytes = code points
    s.byte_end = s.end = static_cast<uint32_t>(line_end);
    size_t i = line_start;
    while (i < line_end) {
      while (i < line_end && text[i] == ' ') ++i;
      size_t j = i;
      while (j < line_end && text[j] != ' ') ++j;
      if (j > i) {
        Token t;
        t.text = text.substr(i, j - i);
        t.byte_start = t.start = static_cast<uint32_t>(i);
        t.byte_end = t.end = static_cast<uint32_t>(j);
        s.tokens.push_back(t);
      }
      i = j;
    }
    if (!s.tokens.empty()) doc.sentences.push_back(std::move(s));
    line_start = line_end + 1;
  }
  return doc;
}

}  // namespace eventwire::time_test
