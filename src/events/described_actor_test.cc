// A definite description read back to the earlier mention that said whose it
// is (step 63), on hand-built parses of our own sentences.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/test_util.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_sentence;
using events_test::Row;

// Gives tokens [first, last) of sentence `sentence` an entity with `code`.
void add_entity_in(Document& doc, int sentence, int first, int last, const std::string& code) {
  Entity e;
  e.id = std::to_string(doc.entities.size() + 1);
  e.id.insert(e.id.begin(), 'E');
  e.actor_code = code;
  e.mentions.push_back(events_test::mention_of(doc, first, last, sentence));
  doc.entities.push_back(e);
}

// "The Gondor-led coalition gathered." (or "The coalition gathered." when
// `owner` is false), then "<det> <noun> shelled Rohan."
Document two_sentences(bool owner, const char* det, const char* noun) {
  Document doc;
  doc.article.id.push_back('d');  // not = "d": GCC 12 -Wrestrict false positive
  doc.article.date = "2020-01-01";
  if (owner)
    add_sentence(doc, {{"The", "the", "DET", 4, "det"},
                       {"Gondor", "Gondor", "PROPN", 3, "obl"},
                       {"led", "lead", "VERB", 4, "amod"},
                       {"coalition", "coalition", "NOUN", 5, "nsubj"},
                       {"gathered", "gather", "VERB", 0, "root"}});
  else
    add_sentence(doc, {{"The", "the", "DET", 2, "det"},
                       {"coalition", "coalition", "NOUN", 3, "nsubj"},
                       {"gathered", "gather", "VERB", 0, "root"}});
  add_sentence(doc, {{det, "the", "DET", 2, "det"},
                     {noun, noun, "NOUN", 3, "nsubj"},
                     {"shelled", "shell", "VERB", 0, "root"},
                     {"Rohan", "Rohan", "PROPN", 3, "obj"}});
  if (owner) add_entity_in(doc, 0, 1, 2, "GON");
  add_entity_in(doc, 1, 3, 4, "ROH");
  events_test::code_builtin(doc);
  return doc;
}

TEST(DescribedActor, TheDescriptionIsTheEarlierMentionsOwner) {
  Document doc = two_sentences(true, "The", "coalition");
  EXPECT_NE(events_test::summary(doc).find("GON>ROH:19"), std::string::npos)
      << events_test::summary(doc);
}

TEST(DescribedActor, NoOwnerSaidNoActor) {
  Document doc = two_sentences(false, "The", "coalition");
  EXPECT_EQ(events_test::summary(doc).find("GON>"), std::string::npos) << events_test::summary(doc);
}

TEST(DescribedActor, AnIndefiniteNounIsANewParty) {
  Document doc = two_sentences(true, "A", "coalition");
  EXPECT_EQ(events_test::summary(doc).find("GON>"), std::string::npos) << events_test::summary(doc);
}

TEST(DescribedActor, AnotherNounIsAnotherParty) {
  Document doc = two_sentences(true, "The", "alliance");
  EXPECT_EQ(events_test::summary(doc).find("GON>"), std::string::npos) << events_test::summary(doc);
}

}  // namespace
}  // namespace eventwire
