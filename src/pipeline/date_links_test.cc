// Date inheritance along clause links, on hand-built parses of our own
// sentences: an act told as part of a dated one takes its date.
#include "pipeline/date_links.h"

#include <gtest/gtest.h>

#include "eventwire/pipeline.h"

namespace eventwire {
namespace {

struct Row {
  const char* text;
  const char* xpos;
  int head;
  const char* deprel;
};

// One sentence; `time` is the token range [first, last) of a DATE `value`.
Document make_doc(const std::vector<Row>& rows, int first, int last, const char* value) {
  Document doc;
  doc.article.date = "2021-06-15";
  Sentence s;
  for (const Row& r : rows) {
    if (!doc.article.text.empty()) doc.article.text += ' ';
    Token t;
    t.text = r.text;
    t.start = t.byte_start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = t.byte_end = static_cast<uint32_t>(doc.article.text.size());
    t.xpos = r.xpos;
    t.upos = std::string(r.xpos).rfind("VB", 0) == 0 ? "VERB" : "NOUN";
    if (std::string(r.xpos) == "IN") t.upos = "ADP";
    t.head = r.head;
    t.deprel = r.deprel;
    s.tokens.push_back(t);
  }
  s.byte_end = s.end = static_cast<uint32_t>(doc.article.text.size());
  doc.sentences.push_back(s);
  TimeExpression t;
  t.id = "T1", t.type = "DATE", t.value = value, t.sentence = 0;
  t.first_token = first, t.last_token = last;
  t.text = s.tokens[static_cast<size_t>(first)].text;
  doc.times.push_back(t);
  return doc;
}

// The date link_events gives an event on token `verb`.
std::string date_of(Document doc, int verb) {
  Event e;
  e.id = "V1", e.sentence = 0, e.modality = "asserted";
  e.start = doc.sentences[0].tokens[static_cast<size_t>(verb)].start;
  e.end = doc.sentences[0].tokens[static_cast<size_t>(verb)].end;
  e.date = doc.article.date, e.date_source = "article";
  doc.events.push_back(e);
  link_events(doc);
  return doc.events[0].date + " " + doc.events[0].date_source;
}

// "In 2009 Gondor shelled the port , (killing | and sank | and now sinks) ships"
Document shelled(const char* second, const char* xpos, const char* rel) {
  return make_doc({{"In", "IN", 2, "case"},
                   {"2009", "CD", 4, "obl"},
                   {"Gondor", "NNP", 4, "nsubj"},
                   {"shelled", "VBD", 0, "root"},
                   {"the", "DT", 6, "det"},
                   {"port", "NN", 4, "obj"},
                   {",", ",", 8, "punct"},
                   {second, xpos, 4, rel},
                   {"ships", "NNS", 8, "obj"}},
                  1, 2, "2009");
}

TEST(DateLinks, ParticiplesAndConjunctsTakeTheDateOfTheActTheyHangOn) {
  EXPECT_EQ(date_of(shelled("killing", "VBG", "advcl"), 7), "2009 time:T1");
  EXPECT_EQ(date_of(shelled("sank", "VBD", "conj"), 7), "2009 time:T1");
  EXPECT_EQ(date_of(shelled("shelled", "VBD", "root"), 3), "2009 time:T1");  // its own
}

TEST(DateLinks, APresentConjunctKeepsTheArticleDate) {
  EXPECT_EQ(date_of(shelled("sinks", "VBZ", "conj"), 7), "2021-06-15 article");
}

// "(When | After) Rohan sued in 2012 , Gondor paid"
Document sued(const char* mark) {
  return make_doc({{mark, "IN", 3, "mark"},
                   {"Rohan", "NNP", 3, "nsubj"},
                   {"sued", "VBD", 8, "advcl"},
                   {"in", "IN", 5, "case"},
                   {"2012", "CD", 3, "obl"},
                   {",", ",", 3, "punct"},
                   {"Gondor", "NNP", 8, "nsubj"},
                   {"paid", "VBD", 0, "root"}},
                  4, 5, "2012");
}

TEST(DateLinks, AFrontedClauseOfTheSameTimeDatesTheMainClause) {
  EXPECT_EQ(date_of(sued("When"), 7), "2012 time:T1");
  EXPECT_EQ(date_of(sued("After"), 7), "2021-06-15 article");  // another time
}

TEST(DateLinks, AYearInsideTheObjectIsNotTheGovernorsTime) {
  // "Mira praised the 2011 raid and thanked the troops"
  Document doc = make_doc({{"Mira", "NNP", 2, "nsubj"},
                           {"praised", "VBD", 0, "root"},
                           {"the", "DT", 5, "det"},
                           {"2011", "CD", 5, "compound"},
                           {"raid", "NN", 2, "obj"},
                           {"and", "CC", 7, "cc"},
                           {"thanked", "VBD", 2, "conj"},
                           {"the", "DT", 9, "det"},
                           {"troops", "NNS", 7, "obj"}},
                          3, 4, "2011");
  EXPECT_EQ(date_of(doc, 6), "2021-06-15 article");
}

// `first` (with a time on tokens [from, to) of `value`) and then "Rohan
// protested" (or `verb`, `xpos`) in the same paragraph; the date the second
// sentence's event gets.
std::string carried(Document first, const char* verb, const char* xpos) {
  Document doc = std::move(first);
  doc.article.date = "2021-06-15";
  doc.sentences[0].paragraph = 0;
  Sentence next;
  next.paragraph = 0;
  next.id = 1;
  const std::vector<Row> rows = {{"Rohan", "NNP", 2, "nsubj"}, {verb, xpos, 0, "root"}};
  for (const Row& r : rows) {
    doc.article.text += ' ';
    Token t;
    t.text = r.text;
    t.start = t.byte_start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = t.byte_end = static_cast<uint32_t>(doc.article.text.size());
    t.xpos = r.xpos, t.head = r.head, t.deprel = r.deprel;
    next.tokens.push_back(t);
  }
  doc.sentences.push_back(next);
  Event e;
  e.id = "V1", e.sentence = 1, e.modality = "asserted";
  e.start = next.tokens[1].start, e.end = next.tokens[1].end;
  e.date = doc.article.date, e.date_source = "article";
  doc.events.push_back(e);
  link_events(doc);
  return doc.events[0].date + " " + doc.events[0].date_source;
}

TEST(DateLinks, ThePastToldOnInAParagraphKeepsItsDate) {
  // "In 2009 Gondor shelled the port , killing ships . Rohan protested ."
  EXPECT_EQ(carried(shelled("killing", "VBG", "advcl"), "protested", "VBD"), "2009 time:T1");
  // "… Rohan protests .": the story is back in the present.
  EXPECT_EQ(carried(shelled("killing", "VBG", "advcl"), "protests", "VBZ"), "2021-06-15 article");
  // A time within two months of the article sets no past frame.
  Document recent = shelled("killing", "VBG", "advcl");
  recent.times[0].value = "2021-05";
  EXPECT_EQ(carried(recent, "protested", "VBD"), "2021-06-15 article");
}

TEST(DateLinks, ATimeInsideWhatSomeoneSaysSetsNoFrame) {
  // "Mira noted that Gondor shelled the port in 2009 . Rohan protested ."
  Document noted = make_doc({{"Mira", "NNP", 2, "nsubj"},
                             {"noted", "VBD", 0, "root"},
                             {"that", "IN", 5, "mark"},
                             {"Gondor", "NNP", 5, "nsubj"},
                             {"shelled", "VBD", 2, "ccomp"},
                             {"the", "DT", 7, "det"},
                             {"port", "NN", 5, "obj"},
                             {"in", "IN", 9, "case"},
                             {"2009", "CD", 5, "obl"}},
                            8, 9, "2009");
  EXPECT_EQ(carried(noted, "protested", "VBD"), "2021-06-15 article");
}

TEST(DateLinks, AQuotedSentenceSetsNoFrame) {
  // "“Gondor shelled the port in 2009 .” Rohan protested .": the first
  // sentence is the content of a direct quote; the attribution after it
  // keeps the article's date.
  Document quoted = shelled("killing", "VBG", "advcl");
  Quote q;
  q.id = "Q1";
  q.content.start = 0;
  q.content.end = quoted.sentences[0].end;
  quoted.quotes.push_back(q);
  EXPECT_EQ(carried(quoted, "protested", "VBD"), "2021-06-15 article");
}

TEST(DateLinks, ATimeOfARelativeClauseSetsNoFrame) {
  // "Rebels , who seized the town in 2009 , attacked the base . Rohan protested ."
  Document rebels = make_doc({{"Rebels", "NNS", 10, "nsubj"},
                              {",", ",", 4, "punct"},
                              {"who", "WP", 4, "nsubj"},
                              {"seized", "VBD", 1, "acl:relcl"},
                              {"the", "DT", 6, "det"},
                              {"town", "NN", 4, "obj"},
                              {"in", "IN", 8, "case"},
                              {"2009", "CD", 4, "obl"},
                              {",", ",", 4, "punct"},
                              {"attacked", "VBD", 0, "root"},
                              {"the", "DT", 12, "det"},
                              {"base", "NN", 10, "obj"}},
                             7, 8, "2009");
  EXPECT_EQ(carried(rebels, "protested", "VBD"), "2021-06-15 article");
}

}  // namespace
}  // namespace eventwire
