// Shared by the event coder tests: documents from hand-built parses, a compact
// summary of the events, and a folder of dictionary files per test process.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/events.h"

namespace eventwire::events_test {

struct Row {
  const char* text;
  const char* lemma;
  const char* upos;
  int head;
  const char* deprel;
};

// Appends the tokens of `rows` to `s` and to the article's text, separated by
// single spaces; verbs get `verb_xpos`.
inline void append_tokens(Document& doc, Sentence& s, const std::vector<Row>& rows,
                          const char* verb_xpos) {
  for (const Row& r : rows) {
    if (!doc.article.text.empty()) doc.article.text += ' ';
    Token t;
    t.text = r.text;
    t.start = t.byte_start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = t.byte_end = static_cast<uint32_t>(doc.article.text.size());
    t.lemma = r.lemma;
    t.upos = r.upos;
    t.xpos = std::string(r.upos) == "VERB" ? verb_xpos : "NN";
    t.head = r.head;
    t.deprel = r.deprel;
    s.tokens.push_back(t);
  }
  s.byte_end = s.end = static_cast<uint32_t>(doc.article.text.size());
}

// One sentence, tokens separated by single spaces; verbs get `verb_xpos`.
inline Document make_doc(const std::vector<Row>& rows, const std::string& date = "2020-01-01",
                         const char* verb_xpos = "VB") {
  Document doc;
  doc.article.id.push_back('t');  // not = "t": GCC 12 -Wrestrict false positive when inlined
  doc.article.date = date;
  Sentence s;
  append_tokens(doc, s, rows, verb_xpos);
  doc.sentences.push_back(s);
  return doc;
}

// Appends a sentence of `rows` (heads 1-based within it) after the others.
inline void add_sentence(Document& doc, const std::vector<Row>& rows,
                         const char* verb_xpos = "VBD") {
  Sentence s;
  s.id = static_cast<int>(doc.sentences.size());
  append_tokens(doc, s, rows, verb_xpos);
  if (!s.tokens.empty()) s.start = s.byte_start = s.tokens.front().start;
  doc.sentences.push_back(s);
}

// Gives the tokens [first, last) of sentence 0 an entity with `code`.
inline void add_entity(Document& doc, int first, int last, const std::string& code) {
  Entity e;
  e.id = std::to_string(doc.entities.size() + 1);  // piecewise: GCC 12 warns falsely on "E" + …
  e.id.insert(e.id.begin(), 'E');
  e.actor_code = code;
  Mention m;
  m.sentence = 0;
  m.first_token = first;
  m.last_token = last;
  e.mentions.push_back(m);
  doc.entities.push_back(e);
}

// The tokens [first, last) of sentence `sentence` as a mention.
inline Mention mention_of(const Document& doc, int first, int last, int sentence = 0) {
  const auto& tokens = doc.sentences[static_cast<size_t>(sentence)].tokens;
  Mention m;
  m.sentence = sentence;
  m.first_token = first;
  m.last_token = last;
  m.start = tokens[static_cast<size_t>(first)].start;
  m.end = tokens[static_cast<size_t>(last - 1)].end;
  m.text = doc.article.text.substr(m.start, m.end - m.start);
  return m;
}

// A person known by these mention texts (no offsets: descriptions only), a
// political elite of Gondor unless told.
inline Entity described_person(const std::string& id, std::vector<std::string> descriptions,
                               const std::string& code = "GLDELI") {
  Entity e;
  e.id = id, e.type = "PER", e.actor_code = code;
  for (std::string& text : descriptions) {
    Mention m;
    m.text = std::move(text);
    m.sentence = 0;
    e.mentions.push_back(m);
  }
  return e;
}

// "SRC>TGT:CODE " for each event, in order ("!" after the code of a negated one).
inline std::string summary(const Document& doc) {
  std::string out;
  for (const Event& e : doc.events)
    out += (e.source ? e.source->actor_code : "-") + ">" + (e.target ? e.target->actor_code : "-") +
           ":" + e.code + (e.negated ? "!" : "") + " ";
  return out;
}

// A fresh folder for this test process: ctest runs tests of one fixture in
// parallel, and a shared folder let one test read another's half-written files.
inline std::string test_folder(const std::string& prefix) {
  std::string dir = ::testing::TempDir();  // appended piecewise: GCC 12 warns falsely on "a" + b
  dir += '/';
  dir += prefix;
  dir += '_';
  dir += ::testing::UnitTest::GetInstance()->current_test_info()->name();
  dir += '_';
  dir += std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  return dir;
}

inline void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

// Codes `doc` with the built-in lexicon and actors (a failed load fails the test).
inline void code_builtin(Document& doc) {
  auto coder = EventCoder::create({});
  ASSERT_TRUE(static_cast<bool>(coder)) << coder.status().message();
  (*coder)->annotate(doc);
}

// Whether the summary of `doc` holds `event` ("GON>ROH:111 ").
inline bool has_event(const Document& doc, const std::string& event) {
  return summary(doc).find(event) != std::string::npos;
}

}  // namespace eventwire::events_test
