// Statements made from the quote extractor's quotes (quote_statements.h), on
// hand-built sentences of our own.
#include "pipeline/quote_statements.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "eventwire/events.h"

namespace eventwire {
namespace {

struct Row {
  const char* text;
  const char* lemma;
  const char* xpos;
  int head;  // from 1; 0 the root
  const char* deprel;
};

Mention span(const Document& doc, int first, int last) {
  const Sentence& s = doc.sentences[0];
  Mention m;
  m.sentence = 0;
  m.first_token = first, m.last_token = last;
  m.start = s.tokens[static_cast<size_t>(first)].start;
  m.end = s.tokens[static_cast<size_t>(last)].end;
  m.text = doc.article.text.substr(m.start, m.end - m.start);
  return m;
}

// "<speaker> <aux…> <verb> the levy stands ." with the quote of the extractor
// on it: speaker tokens [0, 1], the cue at `cue`, the content after it.
Document story(const std::vector<Row>& rows, int cue, const char* actor_code,
               const char* resolved_by = "dictionary:people.kb:1") {
  Document doc;
  doc.article.date = "2022-03-04";
  Sentence s;
  for (const Row& r : rows) {
    if (!doc.article.text.empty()) doc.article.text += ' ';
    Token t;
    t.text = r.text, t.lemma = r.lemma, t.xpos = r.xpos, t.deprel = r.deprel, t.head = r.head;
    t.upos = std::string(r.xpos).rfind("VB", 0) == 0 ? "VERB" : (r.xpos[0] == 'N' ? "PROPN" : "X");
    t.start = t.byte_start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = t.byte_end = static_cast<uint32_t>(doc.article.text.size());
    s.tokens.push_back(t);
  }
  s.end = static_cast<uint32_t>(doc.article.text.size());
  doc.sentences.push_back(s);
  Entity e;
  e.id = "E1", e.type = "PER", e.name = "Ilse Vane", e.actor_code = actor_code;
  e.resolved_by = resolved_by;
  e.mentions.push_back(span(doc, 0, 1));
  doc.entities.push_back(e);
  Quote q;
  q.id = "Q1", q.kind = "indirect";
  q.speaker = span(doc, 0, 1);
  q.speaker_entity = "E1";
  q.cue = span(doc, cue, cue);
  const int last = static_cast<int>(rows.size()) - 2;
  q.content = span(doc, cue + 1, last);
  doc.quotes.push_back(q);
  return doc;
}

std::vector<Row> said_rows(const char* verb, const char* lemma) {
  return {{"Ilse", "Ilse", "NNP", 2, "compound"},
          {"Vane", "Vane", "NNP", 3, "nsubj"},
          {verb, lemma, "VBD", 0, "root"},
          {"the", "the", "DT", 5, "det"},
          {"levy", "levy", "NN", 6, "nsubj"},
          {"stands", "stand", "VBZ", 3, "ccomp"},
          {".", ".", ".", 3, "punct"}};
}

TEST(QuoteStatements, PoliticalSpeakerSayingIsAStatement) {
  Document doc = story(said_rows("said", "say"), 2, "GONLEG");
  add_quote_statements(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.code, "010");
  EXPECT_EQ(e.evidence_verb, "said");
  ASSERT_TRUE(e.source);
  EXPECT_EQ(e.source->entity, "E1");
  EXPECT_EQ(e.source->actor_code, "GONLEG");
  EXPECT_FALSE(e.target);
  EXPECT_GE(e.confidence, default_min_confidence());
}

TEST(QuoteStatements, VerbsThatSayMoreAreLeftToTheCoder) {
  Document doc = story(said_rows("warned", "warn"), 2, "GONLEG");
  add_quote_statements(doc);
  EXPECT_TRUE(doc.events.empty());
}

TEST(QuoteStatements, PrivatePersonsMakeNoStatement) {
  Document doc = story(said_rows("said", "say"), 2, "GON", "");
  add_quote_statements(doc);
  EXPECT_TRUE(doc.events.empty());
}

TEST(QuoteStatements, AReportedEventReplacesTheStatement) {
  Document doc = story(said_rows("said", "say"), 2, "GONLEG");
  Event inner;
  inner.id = "V1", inner.sentence = 0, inner.code = "051", inner.root_code = "05";
  inner.start = doc.sentences[0].tokens[5].start, inner.end = doc.sentences[0].tokens[5].end;
  inner.confidence = 1.0;
  doc.events.push_back(inner);
  add_quote_statements(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST(QuoteStatements, TheCodersOwnStatementIsNotCountedTwice) {
  Document doc = story(said_rows("said", "say"), 2, "GONLEG");
  Event own;
  own.id = "V1", own.sentence = 0, own.code = "010", own.root_code = "01";
  own.start = doc.sentences[0].tokens[2].start, own.end = doc.sentences[0].tokens[2].end;
  doc.events.push_back(own);
  add_quote_statements(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST(QuoteStatements, NegatedOrHabitualSayingIsNoStatement) {
  std::vector<Row> rows = {
      {"Ilse", "Ilse", "NNP", 2, "compound"}, {"Vane", "Vane", "NNP", 4, "nsubj"},
      {"long", "long", "RB", 4, "advmod"},    {"argued", "argue", "VBD", 0, "root"},
      {"the", "the", "DT", 6, "det"},         {"levy", "levy", "NN", 7, "nsubj"},
      {"stands", "stand", "VBZ", 4, "ccomp"}, {".", ".", ".", 4, "punct"}};
  Document doc = story(rows, 3, "GONLEG");
  add_quote_statements(doc);
  EXPECT_TRUE(doc.events.empty());
}

TEST(QuoteStatements, ASayingMonthsBeforeTheStoryIsBackground) {
  Document doc = story(said_rows("said", "say"), 2, "GONLEG");
  doc.quotes[0].date = "2021-11", doc.quotes[0].date_source = "time:T1";
  add_quote_statements(doc);
  EXPECT_TRUE(doc.events.empty());
  doc.quotes[0].date = "2022-03-01";  // three days before: the story's week
  add_quote_statements(doc);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST(QuoteStatements, NonPoliticalRolesMakeNoStatement) {
  Document doc = story(said_rows("said", "say"), 2, "GONEDU");
  add_quote_statements(doc);
  EXPECT_TRUE(doc.events.empty());
}

TEST(QuoteStatements, AGerundUnderAPrepositionIsNoSaying) {
  std::vector<Row> rows = {
      {"Ilse", "Ilse", "NNP", 2, "compound"}, {"Vane", "Vane", "NNP", 0, "root"},
      {"by", "by", "IN", 4, "mark"},          {"adding", "add", "VBG", 2, "acl"},
      {"the", "the", "DT", 6, "det"},         {"levy", "levy", "NN", 7, "nsubj"},
      {"stands", "stand", "VBZ", 4, "ccomp"}, {".", ".", ".", 2, "punct"}};
  Document doc = story(rows, 3, "GONLEG");
  add_quote_statements(doc);
  EXPECT_TRUE(doc.events.empty());
}

}  // namespace
}  // namespace eventwire
