// Standing positions told in the present (standing_present.h), on hand-built
// sentences of our own.
#include "pipeline/standing_present.h"

#include <gtest/gtest.h>

namespace eventwire {
namespace {

struct Row {
  const char* text;
  const char* lemma;
  const char* xpos;
  int head;
  const char* deprel;
};

// Appends a sentence of the body (paragraph 0), or the headline with
// `paragraph` -1.
void add_sentence(Document& doc, const std::vector<Row>& rows, int paragraph = 0) {
  Sentence s;
  s.id = static_cast<int>(doc.sentences.size());
  s.paragraph = paragraph;
  for (const Row& r : rows) {
    if (!doc.article.text.empty()) doc.article.text += ' ';
    Token t;
    t.text = r.text;
    t.lemma = r.lemma;
    t.start = t.byte_start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = t.byte_end = static_cast<uint32_t>(doc.article.text.size());
    t.xpos = r.xpos;
    t.upos = std::string(r.xpos).rfind("VB", 0) == 0 ? "VERB" : "NOUN";
    t.head = r.head;
    t.deprel = r.deprel;
    s.tokens.push_back(t);
  }
  doc.sentences.push_back(s);
}

// An asserted event dated by the article on token `verb` of sentence `sentence`.
void add_event(Document& doc, int sentence, int verb, const char* date_source = "article") {
  Event e;
  e.id = std::to_string(doc.events.size() + 1);  // piecewise: GCC 12 warns falsely on "V" + …
  e.id.insert(e.id.begin(), 'V');
  e.sentence = sentence;
  e.start = doc.sentences[static_cast<size_t>(sentence)].tokens[static_cast<size_t>(verb)].start;
  e.date = "2021-06-15", e.date_source = date_source;
  doc.events.push_back(e);
}

// "Mira said the talks failed." twice, then "Rohan <verb> the treaty."
Document story(const char* said, const char* said_xpos, const char* verb, const char* lemma,
               const char* xpos) {
  Document doc;
  doc.article.date = "2021-06-15";
  for (int i = 0; i < 2; ++i)
    add_sentence(doc, {{"Mira", "Mira", "NNP", 2, "nsubj"},
                       {said, "say", said_xpos, 0, "root"},
                       {"talks", "talk", "NNS", 4, "nsubj"},
                       {"failed", "fail", "VBD", 2, "ccomp"}});
  add_sentence(doc, {{"Rohan", "Rohan", "NNP", 2, "nsubj"},
                     {verb, lemma, xpos, 0, "root"},
                     {"treaty", "treaty", "NN", 2, "obj"}});
  add_event(doc, 2, 1);
  return doc;
}

TEST(StandingPresent, APresentActInAStoryToldInThePastIsAStance) {
  Document doc = story("said", "VBD", "opposes", "oppose", "VBZ");
  EXPECT_TRUE(reported_in_past(doc));
  mark_standing_present(doc);
  EXPECT_EQ(doc.events[0].modality, "generic");
  // The same act in the past is news.
  Document past = story("said", "VBD", "rejected", "reject", "VBD");
  mark_standing_present(past);
  EXPECT_EQ(past.events[0].modality, "asserted");
  // A past the tagger took for a present ("shot" as VBP) stays news.
  Document mistagged = story("said", "VBD", "shot", "shoot", "VBP");
  mark_standing_present(mistagged);
  EXPECT_EQ(mistagged.events[0].modality, "asserted");
}

TEST(StandingPresent, AStoryToldInThePresentReportsItsNewsInThePresent) {
  Document doc = story("says", "VBZ", "opposes", "oppose", "VBZ");
  EXPECT_FALSE(reported_in_past(doc));
  mark_standing_present(doc);
  EXPECT_EQ(doc.events[0].modality, "asserted");
  // A single "said" tells no reporting tense.
  Document once = story("said", "VBD", "opposes", "oppose", "VBZ");
  once.sentences.erase(once.sentences.begin());
  once.events[0].sentence = 1;
  EXPECT_FALSE(reported_in_past(once));
}

TEST(StandingPresent, StatementsHeadlinesAndDatedActsStay) {
  // "Rohan urges the treaty": a statement, reported in the present.
  Document urges = story("said", "VBD", "urges", "urge", "VBZ");
  mark_standing_present(urges);
  EXPECT_EQ(urges.events[0].modality, "asserted");
  // The headline is in the present by custom.
  Document headline = story("said", "VBD", "opposes", "oppose", "VBZ");
  headline.sentences[2].paragraph = -1;
  mark_standing_present(headline);
  EXPECT_EQ(headline.events[0].modality, "asserted");
  // An act with a time of its own ("on Monday") is dated news.
  Document dated = story("said", "VBD", "opposes", "oppose", "VBZ");
  dated.events[0].date_source = "time:T1";
  mark_standing_present(dated);
  EXPECT_EQ(dated.events[0].modality, "asserted");
}

TEST(StandingPresent, AnOpeningHeadlineAndWhatASayingReportsStay) {
  // A body that opens with one short paragraph: its headline or deck.
  Document opening = story("said", "VBD", "opposes", "oppose", "VBZ");
  opening.sentences[0].paragraph = 1;
  opening.sentences[1].paragraph = 1;
  opening.sentences[2].paragraph = 0;
  mark_standing_present(opening);
  EXPECT_EQ(opening.events[0].modality, "asserted");
  // "Mira said Rohan opposes the treaty": the speaker's present.
  Document reported = story("said", "VBD", "rejected", "reject", "VBD");
  add_sentence(reported, {{"Mira", "Mira", "NNP", 2, "nsubj"},
                          {"said", "say", "VBD", 0, "root"},
                          {"Rohan", "Rohan", "NNP", 4, "nsubj"},
                          {"opposes", "oppose", "VBZ", 2, "ccomp"},
                          {"treaty", "treaty", "NN", 4, "obj"}});
  reported.events.clear();
  add_event(reported, 3, 3);
  mark_standing_present(reported);
  EXPECT_EQ(reported.events[0].modality, "asserted");
}

// "Rohan has imposed sanctions <extra…>." in body paragraph `paragraph`,
// after a short lead (a deck: the perfect counts as recalled from paragraph
// 3 on); `aux` is "has", "had" or "will".
Document perfect_story(int paragraph, const char* aux = "has", std::vector<Row> extra = {}) {
  Document doc;
  doc.article.date = "2021-06-15";
  for (int i = 0; i < 2; ++i)
    add_sentence(doc,
                 {{"Mira", "Mira", "NNP", 2, "nsubj"},
                  {"said", "say", "VBD", 0, "root"},
                  {"talks", "talk", "NNS", 4, "nsubj"},
                  {"failed", "fail", "VBD", 2, "ccomp"}},
                 i);
  const bool modal = std::string_view(aux) == "will";
  const char* aux_tag = modal ? "MD" : (std::string_view(aux) == "had" ? "VBD" : "VBZ");
  std::vector<Row> rows = {{"Rohan", "Rohan", "NNP", 3, "nsubj"},
                           {aux, modal ? "will" : "have", aux_tag, 3, "aux"},
                           {"imposed", "impose", "VBN", 0, "root"},
                           {"sanctions", "sanction", "NNS", 3, "obj"}};
  rows.insert(rows.end(), extra.begin(), extra.end());
  add_sentence(doc, rows, paragraph);
  add_event(doc, 2, 2);
  return doc;
}

std::string perfect_reading(Document doc) {
  mark_standing_perfect(doc);
  return doc.events[0].modality;
}

TEST(StandingPerfect, APerfectPastTheLeadWithNoTimeIsARecord) {
  EXPECT_EQ(perfect_reading(perfect_story(3)), "generic");
  // The lead tells its news in the perfect ("A judge has rejected …").
  EXPECT_EQ(perfect_reading(perfect_story(0)), "asserted");
  // "had imposed" and "will have imposed" are no present perfect.
  EXPECT_EQ(perfect_reading(perfect_story(3, "had")), "asserted");
  EXPECT_EQ(perfect_reading(perfect_story(3, "will")), "asserted");
  // A time of its own, or a word of the story's week, makes it news.
  Document dated = perfect_story(3);
  dated.events[0].date_source = "time:T1";
  EXPECT_EQ(perfect_reading(dated), "asserted");
  EXPECT_EQ(perfect_reading(perfect_story(3, "has", {{"today", "today", "NN", 3, "obl:tmod"}})),
            "asserted");
  // "… since seizing power": a span that lasts into the story.
  EXPECT_EQ(perfect_reading(perfect_story(
                3, "has",
                {{"since", "since", "IN", 6, "mark"}, {"seizing", "seize", "VBG", 3, "advcl"}})),
            "asserted");
}

TEST(StandingPerfect, ClausesAndStatementsOfTheNewsStay) {
  // "protesters, who have imposed …": a relative clause describes its noun.
  Document relative = perfect_story(3);
  relative.sentences[2].tokens[2].deprel = "acl:relcl";
  relative.sentences[2].tokens[2].head = 1;
  EXPECT_EQ(perfect_reading(relative), "asserted");
  // "Mira said Rohan has imposed sanctions": what a saying reports is news.
  Document reported = perfect_story(3);
  reported.sentences[2].tokens[2].deprel = "ccomp";
  reported.sentences[2].tokens[2].head = 5;
  Token said = reported.sentences[2].tokens[0];
  said.text = "said", said.lemma = "say", said.xpos = "VBD", said.deprel = "root", said.head = 0;
  reported.sentences[2].tokens.push_back(said);  // token 5
  EXPECT_EQ(perfect_reading(reported), "asserted");
  // "Rohan has said talks failed" reports a statement; "Rohan has
  // acknowledged the problem" states a stance.
  Document says = perfect_story(3, "has", {{"failed", "fail", "VBD", 3, "ccomp"}});
  says.sentences[2].tokens[2].lemma = "say";
  EXPECT_EQ(perfect_reading(says), "asserted");
  Document stance = perfect_story(3);
  stance.sentences[2].tokens[2].lemma = "acknowledge";
  EXPECT_EQ(perfect_reading(stance), "generic");
}

TEST(StandingPerfect, AnAdverbOfHabitOrASpanMakesARecordAnywhere) {
  EXPECT_EQ(
      perfect_reading(perfect_story(0, "has", {{"repeatedly", "repeatedly", "RB", 3, "advmod"}})),
      "generic");
  // "… for years": a span.
  EXPECT_EQ(perfect_reading(perfect_story(
                0, "has", {{"for", "for", "IN", 6, "case"}, {"years", "year", "NNS", 3, "obl"}})),
            "generic");
  // "Rohan imposed sanctions over and over": a habit of those years.
  Document over = perfect_story(0, "has",
                                {{"over", "over", "RB", 3, "advmod"},
                                 {"and", "and", "CC", 7, "cc"},
                                 {"over", "over", "RB", 5, "conj"}});
  over.sentences[2].tokens.erase(over.sentences[2].tokens.begin() + 1);
  for (Token& t : over.sentences[2].tokens)
    if (t.head > 1) --t.head;
  over.sentences[2].tokens[1].xpos = "VBD";
  over.events[0].start = over.sentences[2].tokens[1].start;
  EXPECT_EQ(perfect_reading(over), "generic");
  // "Rohan repeatedly imposed sanctions": past acts of the news.
  Document repeatedly = perfect_story(0, "has", {{"repeatedly", "repeatedly", "RB", 3, "advmod"}});
  repeatedly.sentences[2].tokens.erase(repeatedly.sentences[2].tokens.begin() + 1);
  for (Token& t : repeatedly.sentences[2].tokens)
    if (t.head > 1) --t.head;
  repeatedly.sentences[2].tokens[1].xpos = "VBD";
  repeatedly.events[0].start = repeatedly.sentences[2].tokens[1].start;
  EXPECT_EQ(perfect_reading(repeatedly), "asserted");
}

}  // namespace
}  // namespace eventwire
