// Event location on hand-built parses: the clause's place, never the actor's.
#include "pipeline/event_place.h"

#include <gtest/gtest.h>

namespace eventwire {
namespace {

struct Row {
  const char* text;
  const char* upos;
  int head;
  const char* deprel;
};

Document make_doc(const std::vector<Row>& rows) {
  Document doc;
  Sentence s;
  s.paragraph = 0;
  for (const Row& r : rows) {
    if (!doc.article.text.empty()) doc.article.text += ' ';
    Token t;
    t.text = r.text;
    t.start = static_cast<uint32_t>(doc.article.text.size());
    doc.article.text += r.text;
    t.end = static_cast<uint32_t>(doc.article.text.size());
    t.upos = r.upos;
    t.head = r.head;
    t.deprel = r.deprel;
    s.tokens.push_back(t);
  }
  doc.sentences.push_back(s);
  return doc;
}

void add_place(Document& doc, int token, std::string feature = std::string(1, 'P')) {
  Place p;
  p.id = std::to_string(doc.places.size() + 1);  // piecewise: GCC 12 warns falsely on "P" + …
  p.id.insert(p.id.begin(), 'P');
  const Token& t = doc.sentences[0].tokens[static_cast<size_t>(token)];
  p.start = t.start, p.end = t.end, p.text = t.text, p.name = t.text;
  p.sentence = 0, p.first_token = token, p.last_token = token + 1;
  p.feature = std::move(feature);
  doc.places.push_back(p);
}

Event event_on(const Document& doc, int verb, int source, int target) {
  Event e;
  e.sentence = 0;
  e.start = doc.sentences[0].tokens[static_cast<size_t>(verb)].start;
  auto arg = [&](int token) {
    EventArgument a;
    const Token& t = doc.sentences[0].tokens[static_cast<size_t>(token)];
    a.mention.sentence = 0, a.mention.start = t.start, a.mention.end = t.end;
    a.actor_code = "XXX";
    return a;
  };
  e.source = arg(source);
  if (target >= 0) e.target = arg(target);
  return e;
}

TEST(EventPlace, TheClausePlaceNotTheActingCountry) {
  // "Gondor shelled rebels in Osgiliath"
  Document doc = make_doc({{"Gondor", "PROPN", 2, "nsubj"},
                           {"shelled", "VERB", 0, "root"},
                           {"rebels", "NOUN", 2, "obj"},
                           {"in", "ADP", 5, "case"},
                           {"Osgiliath", "PROPN", 2, "obl"}});
  add_place(doc, 0);
  add_place(doc, 4);
  auto p = event_place(doc, event_on(doc, 1, 0, 2), 1);
  ASSERT_TRUE(p);
  EXPECT_EQ(doc.places[*p].text, "Osgiliath");
}

TEST(EventPlace, NoPlaceWhenOnlyTheActorIsOne) {
  // "Gondor attacked rebels"
  Document doc = make_doc({{"Gondor", "PROPN", 2, "nsubj"},
                           {"attacked", "VERB", 0, "root"},
                           {"rebels", "NOUN", 2, "obj"}});
  add_place(doc, 0);
  EXPECT_FALSE(event_place(doc, event_on(doc, 1, 0, 2), 1));
}

TEST(EventPlace, DatelineSetApart) {
  // "MINAS - Gondor attacked rebels"
  Document doc = make_doc({{"MINAS", "PROPN", 4, "dep"},
                           {"-", "PUNCT", 4, "punct"},
                           {"Gondor", "PROPN", 4, "nsubj"},
                           {"attacked", "VERB", 0, "root"},
                           {"rebels", "NOUN", 4, "obj"}});
  add_place(doc, 0);
  add_place(doc, 2);
  auto p = event_place(doc, event_on(doc, 3, 2, 4), 3);
  ASSERT_TRUE(p);
  EXPECT_EQ(doc.places[*p].text, "MINAS");
}

TEST(EventPlace, WhereBeforeWhence) {
  // "Gondor envoys arrived from Rohan at Bree"
  Document doc = make_doc({{"Gondor", "PROPN", 2, "compound"},
                           {"envoys", "NOUN", 3, "nsubj"},
                           {"arrived", "VERB", 0, "root"},
                           {"from", "ADP", 5, "case"},
                           {"Rohan", "PROPN", 3, "obl"},
                           {"at", "ADP", 7, "case"},
                           {"Bree", "PROPN", 3, "obl"}});
  add_place(doc, 0);
  add_place(doc, 4);
  add_place(doc, 6);
  auto p = event_place(doc, event_on(doc, 2, 1, -1), 2);
  ASSERT_TRUE(p);
  EXPECT_EQ(doc.places[*p].text, "Bree");
}

TEST(EventPlace, ObjectBeforeWhence) {
  // "From Ithilien , Gondor shelled Osgiliath"
  Document doc = make_doc({{"From", "ADP", 2, "case"},
                           {"Ithilien", "PROPN", 5, "obl"},
                           {",", "PUNCT", 2, "punct"},
                           {"Gondor", "PROPN", 5, "nsubj"},
                           {"shelled", "VERB", 0, "root"},
                           {"Osgiliath", "PROPN", 5, "obj"}});
  add_place(doc, 1);
  add_place(doc, 3);
  add_place(doc, 5);
  Event e = event_on(doc, 4, 3, 5);
  e.target->actor_code.clear();  // an uncoded place acted on is where
  auto p = event_place(doc, e, 4);
  ASSERT_TRUE(p);
  EXPECT_EQ(doc.places[*p].text, "Osgiliath");
}

TEST(EventPlace, WhenceWhenNothingElse) {
  // "Gondor withdrew from Rohan"
  Document doc = make_doc({{"Gondor", "PROPN", 2, "nsubj"},
                           {"withdrew", "VERB", 0, "root"},
                           {"from", "ADP", 4, "case"},
                           {"Rohan", "PROPN", 2, "obl"}});
  add_place(doc, 0);
  add_place(doc, 3);
  auto p = event_place(doc, event_on(doc, 1, 0, -1), 1);
  ASSERT_TRUE(p);
  EXPECT_EQ(doc.places[*p].text, "Rohan");
}

}  // namespace
}  // namespace eventwire
