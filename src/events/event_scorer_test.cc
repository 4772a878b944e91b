// The event scorer: its weights file, features on a hand-built parse, and the
// confidence the coder gives with the built-in lexicon (tests never train).
#include "events/event_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "events/test_util.h"
#include "eventwire/dict.h"
#include "eventwire/events.h"

namespace eventwire {
namespace {

using events_test::add_entity;
using events_test::make_doc;

bool has(const std::vector<events::ScorerFeature>& features, const std::string& name) {
  return std::any_of(features.begin(), features.end(),
                     [&](const events::ScorerFeature& f) { return f.first == name; });
}

// "Arnor met with Gondor", or with an adverb before the verb ("Arnor usually
// met with Gondor").
Document arnor_met_gondor(const char* adverb = nullptr) {
  const int a = adverb ? 1 : 0;  // the tokens after the adverb move by one
  std::vector<events_test::Row> rows = {{"Arnor", "Arnor", "PROPN", 2 + a, "nsubj"}};
  if (adverb) rows.push_back({adverb, adverb, "ADV", 3, "advmod"});
  rows.insert(rows.end(), {{"met", "meet", "VERB", 0, "root"},
                           {"with", "with", "ADP", 4 + a, "case"},
                           {"Gondor", "Gondor", "PROPN", 2 + a, "obl"}});
  Document doc = make_doc(rows, "2020-01-01", "VBD");
  add_entity(doc, 0, 1, "ARN");
  add_entity(doc, 3 + a, 4 + a, "GON");
  return doc;
}

// The same, coded with the built-in lexicon (one event).
Document coded_arnor_met_gondor(const char* adverb = nullptr) {
  Document doc = arnor_met_gondor(adverb);
  auto coder = EventCoder::create({});
  EXPECT_TRUE(static_cast<bool>(coder));
  if (coder) (*coder)->annotate(doc);
  EXPECT_EQ(doc.events.size(), 1u);
  return doc;
}

TEST(EventScorer, ParsesWeightsAndScores) {
  auto scorer = events::EventScorer::parse(
      "# comment\n@format\t1\n@version\t7\n@threshold\t0.25\nbias\t-1\nsrc.coded\t2\n");
  ASSERT_TRUE(static_cast<bool>(scorer)) << scorer.status().message();
  EXPECT_EQ(scorer->version(), "7");
  EXPECT_DOUBLE_EQ(scorer->threshold(), 0.25);
  EXPECT_EQ(scorer->size(), 2u);
  double p = scorer->probability({{"bias", 1.0f}, {"src.coded", 1.0f}, {"unknown", 1.0f}});
  EXPECT_NEAR(p, 1 / (1 + std::exp(-1.0)), 1e-9);
  EXPECT_FALSE(static_cast<bool>(events::EventScorer::parse("bias -1\n")));  // no tab
  EXPECT_FALSE(static_cast<bool>(events::EventScorer::parse("bias\tx\n")));
}

TEST(EventScorer, FeaturesOfAnEvent) {
  Document doc = coded_arnor_met_gondor();
  ASSERT_EQ(doc.events.size(), 1u);
  auto features = events::event_features(doc, 0, dict::default_lexicon());
  EXPECT_TRUE(has(features, "bias"));
  // The entry named by the evidence is found again ("meet T=obl:with", derived).
  EXPECT_TRUE(has(features, "dict=derived"));
  EXPECT_FALSE(has(features, "dict=other"));
  EXPECT_TRUE(has(features, "src.coded"));
  EXPECT_TRUE(has(features, "src.rel=nsubj"));
  EXPECT_TRUE(has(features, "tgt.rel=obl"));
  EXPECT_TRUE(has(features, "tgt.after"));
  EXPECT_TRUE(has(features, "pred.xpos=VBD"));
  EXPECT_TRUE(has(features, "mod=asserted"));
  EXPECT_TRUE(has(features, "w:lemma=meet"));
  EXPECT_FALSE(has(features, "negated"));
  EXPECT_FALSE(has(features, "old.inherited"));
}

// An uncoded argument is told apart by what it is (a named person or
// organization, a group noun, a pronoun), alone and with the root's class.
TEST(EventScorer, KindsOfUncodedArguments) {
  Document doc = coded_arnor_met_gondor();
  ASSERT_EQ(doc.events.size(), 1u);
  const dict::Lexicon& lexicon = dict::default_lexicon();
  auto features = events::event_features(doc, 0, lexicon);
  EXPECT_FALSE(has(features, "src.kind=named"));  // coded arguments have no kind
  Event& e = doc.events[0];
  ASSERT_TRUE(e.target.has_value());
  e.target->actor_code.clear();
  e.target->entity.clear();
  doc.entities[1].actor_code.clear();
  doc.entities[1].type = "PER";
  features = events::event_features(doc, 0, lexicon);
  EXPECT_TRUE(has(features, "tgt.uncoded"));
  EXPECT_TRUE(has(features, "tgt.kind=person"));
  EXPECT_TRUE(has(features, "tgt.kind*rc=person:coop"));  // 04 consult
  doc.entities[1].type = "ORG";
  EXPECT_TRUE(has(events::event_features(doc, 0, lexicon), "tgt.kind=org"));
  // "met with raiders": a plural person noun no entity names.
  doc.entities.pop_back();
  Token& t = doc.sentences[0].tokens[3];
  t.text = "raiders", t.lemma = "raider", t.upos = "NOUN", t.xpos = "NNS";
  EXPECT_TRUE(has(events::event_features(doc, 0, lexicon), "tgt.kind=group"));
  t.text = "them", t.lemma = "they", t.upos = "PRON", t.xpos = "PRP";
  EXPECT_TRUE(has(events::event_features(doc, 0, lexicon), "tgt.kind=pronoun"));
}

// An adverb of habit on the predicate ("usually met") marks a habit, which
// no analyst records as an event.
TEST(EventScorer, HabitualAdverb) {
  const dict::Lexicon& lexicon = dict::default_lexicon();
  EXPECT_FALSE(has(events::event_features(coded_arnor_met_gondor(), 0, lexicon), "habitual"));
  EXPECT_TRUE(
      has(events::event_features(coded_arnor_met_gondor("usually"), 0, lexicon), "habitual"));
  // Other adverbs are no habit.
  EXPECT_FALSE(
      has(events::event_features(coded_arnor_met_gondor("quickly"), 0, lexicon), "habitual"));
}

// Discourse (nineteenth session): where the event stands in the story and how
// its time is told. "Arnor met with Gondor" as the title, then as the fourth
// body sentence after a dated one, then as a pluperfect with a day on its own
// clause and a current "said" beside it, then inside a relative clause.
TEST(EventScorer, DiscourseFeatures) {
  const dict::Lexicon& lexicon = dict::default_lexicon();
  Document doc = coded_arnor_met_gondor();
  auto f = events::event_features(doc, 0, lexicon);
  EXPECT_TRUE(has(f, "disc.para=title"));
  EXPECT_TRUE(has(f, "disc.time=none"));
  EXPECT_FALSE(has(f, "disc.perfect=pastperf"));
  EXPECT_FALSE(has(f, "disc.attributed"));
  // Three body sentences before it, the last one dated ("Gondor trades on Monday").
  Document story;
  for (int k = 0; k < 3; ++k) {
    events_test::add_sentence(story,
                              {{"Gondor", "Gondor", "PROPN", 2, "nsubj"},
                               {"trades", "trade", "VERB", 0, "root"},
                               {"on", "on", "ADP", 4, "case"},
                               {"Monday", "Monday", "PROPN", 2, "obl"}},
                              "VBZ");
    story.sentences.back().paragraph = k;
  }
  TimeExpression day;
  day.sentence = 2, day.first_token = 3, day.last_token = 4, day.type = "DATE";
  story.times.push_back(day);
  Sentence event_sentence = doc.sentences[0];
  event_sentence.id = 3, event_sentence.paragraph = 3;
  story.sentences.push_back(event_sentence);
  story.entities = doc.entities;
  for (Entity& entity : story.entities)
    for (Mention& m : entity.mentions) m.sentence = 3;
  story.events = doc.events;
  story.events[0].sentence = 3;
  f = events::event_features(story, 0, lexicon);
  EXPECT_TRUE(has(f, "disc.para=3-7"));
  EXPECT_TRUE(has(f, "disc.time=before"));
  // "had met … on Monday, Rohan said": a pluperfect with a day on its own
  // clause and a current attribution.
  Sentence& s = doc.sentences[0];
  s.tokens[1].xpos = "VBN";
  events_test::append_tokens(doc, s,
                             {{"had", "have", "AUX", 2, "aux"},
                              {"on", "on", "ADP", 7, "case"},
                              {"Monday", "Monday", "PROPN", 2, "obl"},
                              {"Rohan", "Rohan", "PROPN", 9, "nsubj"},
                              {"said", "say", "VERB", 2, "parataxis"}},
                             "VBD");
  s.tokens[4].xpos = "VBD";
  TimeExpression own_day;
  own_day.sentence = 0, own_day.first_token = 6, own_day.last_token = 7, own_day.type = "DATE";
  doc.times.push_back(own_day);
  f = events::event_features(doc, 0, lexicon);
  EXPECT_TRUE(has(f, "disc.perfect=pastperf"));
  EXPECT_TRUE(has(f, "disc.time=own"));
  EXPECT_TRUE(has(f, "disc.attributed"));
  EXPECT_FALSE(has(f, "disc.clause=relcl"));
  // "… Rohan, which had met …": the predicate in a relative clause.
  s.tokens[1].head = 8, s.tokens[1].deprel = "acl:relcl";
  s.tokens[8].head = 0, s.tokens[8].deprel = "root";
  f = events::event_features(doc, 0, lexicon);
  EXPECT_TRUE(has(f, "disc.clause=relcl"));
}

TEST(EventScorer, ConfidenceIsTheScorersProbability) {
  Document doc = arnor_met_gondor();
  auto coder = EventCoder::create({});
  ASSERT_TRUE(static_cast<bool>(coder));
  (*coder)->annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const events::EventScorer& scorer = events::EventScorer::get();
  ASSERT_GT(scorer.size(), 0u) << "data/lexicon/event-scorer.tsv holds no weights";
  double p = scorer.probability(events::event_features(doc, 0, dict::default_lexicon()));
  EXPECT_NEAR(doc.events[0].confidence, p, 1e-3);
  // The hashed path scores the same names: the same sum, bit for bit.
  EXPECT_EQ(scorer.event_probability(doc, 0, dict::default_lexicon()), p);
  EXPECT_GT(doc.events[0].confidence, 0.0);
  EXPECT_LT(doc.events[0].confidence, 1.0);
  EXPECT_GT(scorer.threshold(), 0.0);
  EXPECT_LT(scorer.threshold(), 0.5);
  // The scorer is named in the provenance.
  bool named = std::any_of((*coder)->dictionaries().begin(), (*coder)->dictionaries().end(),
                           [](const ComponentVersion& v) { return v.name == "events:scorer"; });
  EXPECT_TRUE(named);
}

// The hashed weights find a name however it is split into parts, and only
// names in the file; the sum is added in feature order as probability() does.
TEST(EventScorer, HashedScoreEqualsNamedScore) {
  Document doc = arnor_met_gondor();
  doc.sentences[0].tokens[1].xpos = "VBZ";
  auto coder = EventCoder::create({});
  ASSERT_TRUE(static_cast<bool>(coder));
  (*coder)->annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  // A name longer than the scorer's fixed buffer (the source's entity type).
  for (Entity& entity : doc.entities) entity.type = std::string(150, 'X');
  auto features = events::event_features(doc, 0, dict::default_lexicon());
  ASSERT_TRUE(has(features, "src.entity=" + std::string(150, 'X')));
  // A file with a weight for every other feature and names that differ by a
  // byte or a split ("src.coded" vs "src.code"), weights with many digits.
  std::string file = "@version\t1\n";
  for (size_t k = 0; k < features.size(); k += 2)
    file += features[k].first + "\t" + std::to_string(0.1234567891 * (k + 1) - 1.3) + "\n";
  file += "src.code\t5\nsrc.codedd\t5\n";
  for (const auto& [name, value] : features)
    if (name.find("XXX") != std::string::npos) file += name + "\t0.731\n";
  auto scorer = events::EventScorer::parse(file);
  ASSERT_TRUE(static_cast<bool>(scorer)) << scorer.status().message();
  double named = scorer->probability(features);
  EXPECT_EQ(scorer->event_probability(doc, 0, dict::default_lexicon()), named);
  // An empty scorer gives 0.5 both ways.
  auto empty = events::EventScorer::parse("@version\t1\n");
  ASSERT_TRUE(static_cast<bool>(empty));
  EXPECT_EQ(empty->event_probability(doc, 0, dict::default_lexicon()), 0.5);
}

// The coder hands its trees to the scorer: the same confidences as trees
// built anew, and a tree over another copy of the sentence (a repaired
// parse) is not taken for it.
TEST(EventScorer, GivenTreesScoreAsOwnTrees) {
  Document doc = arnor_met_gondor();
  auto coder = EventCoder::create({});
  ASSERT_TRUE(static_cast<bool>(coder));
  (*coder)->annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  const events::EventScorer& scorer = events::EventScorer::get();
  const dict::Lexicon& lexicon = dict::default_lexicon();
  scorer.score(doc, 0, lexicon);
  double own = doc.events[0].confidence;
  std::vector<std::optional<events::Tree>> trees(1);
  trees[0].emplace(doc.sentences[0]);
  doc.events[0].confidence = -1;
  scorer.score(doc, 0, lexicon, trees);
  EXPECT_EQ(doc.events[0].confidence, own);
  // A copy whose verb has no subject: were its tree used, the source's
  // relation and so the confidence would differ.
  Sentence copy = doc.sentences[0];
  copy.tokens[0].head = 4;
  copy.tokens[0].deprel = "compound";
  Document misparsed = doc;
  misparsed.sentences[0] = copy;
  scorer.score(misparsed, 0, lexicon);
  ASSERT_NE(misparsed.events[0].confidence, own);
  trees[0].emplace(copy);
  doc.events[0].confidence = -1;
  scorer.score(doc, 0, lexicon, trees);
  EXPECT_EQ(doc.events[0].confidence, own);
}

}  // namespace
}  // namespace eventwire
