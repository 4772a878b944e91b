// Background told by the story itself (dated_background.h), on hand-built
// sentences of our own.
#include "pipeline/dated_background.h"

#include <gtest/gtest.h>

namespace eventwire {
namespace {

struct Row {
  const char* text;
  const char* lemma;
  int head;
  const char* deprel;
};

void add_sentence(Document& doc, const std::vector<Row>& rows) {
  Sentence s;
  s.id = static_cast<int>(doc.sentences.size());
  s.paragraph = 0;
  for (const Row& r : rows) {
    if (!doc.article.text.empty()) doc.article.text += ' ';
    Token t;
    t.text = r.text;
    t.lemma = r.lemma;
    t.start = t.byte_start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = t.byte_end = static_cast<uint32_t>(doc.article.text.size());
    t.head = r.head;
    t.deprel = r.deprel;
    s.tokens.push_back(t);
  }
  doc.sentences.push_back(s);
}

// An asserted event on token `word` of the last sentence, dated `date` by a
// time expression of the sentence.
void add_event(Document& doc, int word, const char* date, const char* source = "time:T1") {
  const Sentence& s = doc.sentences.back();
  Event e;
  e.id = "V1";
  e.sentence = s.id;
  e.start = s.tokens[static_cast<size_t>(word)].start;
  e.date = date, e.date_source = source;
  e.modality = "asserted";
  doc.events.push_back(e);
}

// "In July Mira dismissed the pact."
Document main_clause(const char* date, const char* source = "time:T1") {
  Document doc;
  doc.article.date = "2021-09-20";
  add_sentence(doc, {{"In", "in", 2, "case"},
                     {"July", "July", 4, "obl"},
                     {"Mira", "Mira", 4, "nsubj"},
                     {"dismissed", "dismiss", 0, "root"},
                     {"the", "the", 6, "det"},
                     {"pact", "pact", 4, "obj"}});
  add_event(doc, 3, date, source);
  return doc;
}

TEST(DatedBackground, MainClauseMonthsBeforeIsHistorical) {
  Document doc = main_clause("2021-07");
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "historical");
  doc = main_clause("2009");
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "historical");
}

TEST(DatedBackground, PreviousMonthAndTheWeekStayNews) {
  for (const char* date : {"2021-08", "2021-08-25", "2021-09-14", "2021-W37", "2021"}) {
    Document doc = main_clause(date);
    mark_dated_background(doc);
    EXPECT_EQ(doc.events[0].modality, "asserted") << date;
  }
}

TEST(DatedBackground, OnlyDatesOfATimeExpression) {
  for (const char* source : {"article", "quote:Q1"}) {
    Document doc = main_clause("2021-05", source);
    mark_dated_background(doc);
    EXPECT_EQ(doc.events[0].modality, "asserted") << source;
  }
}

// "Vale said Mira met Rohan in 2012." and "Rohan has fought since seizing
// the port in 2012." stay: what a speaker says, a clause that times another.
TEST(DatedBackground, ReportedOrAdverbialClausesStay) {
  Document doc;
  doc.article.date = "2021-09-20";
  add_sentence(doc, {{"Vale", "Vale", 2, "nsubj"},
                     {"said", "say", 0, "root"},
                     {"Mira", "Mira", 4, "nsubj"},
                     {"met", "meet", 2, "ccomp"},
                     {"Rohan", "Rohan", 4, "obj"}});
  add_event(doc, 3, "2012");
  add_sentence(doc, {{"Rohan", "Rohan", 3, "nsubj"},
                     {"has", "have", 3, "aux"},
                     {"fought", "fight", 0, "root"},
                     {"since", "since", 5, "mark"},
                     {"seizing", "seize", 3, "advcl"},
                     {"the", "the", 7, "det"},
                     {"port", "port", 5, "obj"}});
  add_event(doc, 4, "2012");
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "asserted");
  EXPECT_EQ(doc.events[1].modality, "asserted");
}

// "Vale testified Mira met Rohan in 2012.": any verb but one of recall
// reports testimony, which may be the news.
TEST(DatedBackground, TestimonyOfAnyReportingVerbStays) {
  for (const char* verb : {"testify", "confirm", "warn"}) {
    Document doc;
    doc.article.date = "2021-09-20";
    add_sentence(doc, {{"Vale", "Vale", 2, "nsubj"},
                       {"reported", verb, 0, "root"},
                       {"Mira", "Mira", 4, "nsubj"},
                       {"met", "meet", 2, "ccomp"},
                       {"Rohan", "Rohan", 4, "obj"}});
    add_event(doc, 3, "2012");
    mark_dated_background(doc);
    EXPECT_EQ(doc.events[0].modality, "asserted") << verb;
  }
}

// "Vale noted Mira met Rohan in 2012.": a verb that recalls a known fact
// reports background, not testimony.
TEST(DatedBackground, WhatANoteRecallsIsBackground) {
  Document doc;
  doc.article.date = "2021-09-20";
  add_sentence(doc, {{"Vale", "Vale", 2, "nsubj"},
                     {"noted", "note", 0, "root"},
                     {"Mira", "Mira", 4, "nsubj"},
                     {"met", "meet", 2, "ccomp"},
                     {"Rohan", "Rohan", 4, "obj"}});
  add_event(doc, 3, "2012");
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "historical");
}

// "Vale leads because Mira resigned in May.": a clause that gives a reason
// tells its own past act.
TEST(DatedBackground, AReasonClauseTellsItsOwnAct) {
  Document doc;
  doc.article.date = "2021-09-20";
  add_sentence(doc, {{"Vale", "Vale", 2, "nsubj"},
                     {"leads", "lead", 0, "root"},
                     {"because", "because", 5, "mark"},
                     {"Mira", "Mira", 5, "nsubj"},
                     {"resigned", "resign", 2, "advcl"}});
  add_event(doc, 4, "2021-05");
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "historical");
}

TEST(DatedBackground, OtherModalitiesAndUndatedArticlesUntouched) {
  Document doc = main_clause("2009");
  doc.events[0].modality = "denied";
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "denied");
  doc = main_clause("2009");
  doc.article.date = "";
  mark_dated_background(doc);
  EXPECT_EQ(doc.events[0].modality, "asserted");
}

}  // namespace
}  // namespace eventwire
