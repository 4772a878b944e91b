// Tests of the quotes stage on our own sentences (surface patterns and
// hand-built parses) and, when ../shared is present, on the seed article.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "eventwire/quotes.h"
#include "eventwire/text.h"
#include "quotes/internal.h"
#include "quotes/test_util.h"

namespace eventwire {
namespace {

using quotes_test::make_doc;

std::shared_ptr<const QuoteExtractor> extractor() {
  static auto x = QuoteExtractor::create();
  EXPECT_TRUE(x.is_ok()) << x.status().to_string();
  return *x;
}

const Quote* find_quote(const Document& doc, const std::string& content_part) {
  for (const Quote& q : doc.quotes) {
    if (q.content.text.find(content_part) != std::string::npos) return &q;
  }
  return nullptr;
}

TEST(CueLexicon, BuiltinHasTheClassicVerbsAndDerivedOnes) {
  auto lex = quotes_internal::CueLexicon::parse(quotes_internal::embedded_cue_lexicon(), "builtin");
  ASSERT_TRUE(lex.is_ok()) << lex.status().to_string();
  for (const char* form :
       {"said", "says", "told", "added", "stressed", "asserted", "denied", "warned"}) {
    EXPECT_TRUE(lex->verb_forms.count(form)) << form;
  }
  EXPECT_GT(lex->verb_lemmas.size(), 100u);
  EXPECT_EQ(lex->verb_forms.at("told").lemma, "tell");
}

TEST(CueLexicon, ClauseFrameVerbsReportOnlyAClause) {
  // WordNet's "Somebody ----s that CLAUSE" frame brings in "reckon", "surmise",
  // "regret": listed for their clause alone, never for an object.
  auto lex = quotes_internal::CueLexicon::parse(quotes_internal::embedded_cue_lexicon(), "builtin");
  ASSERT_TRUE(lex.is_ok()) << lex.status().to_string();
  for (const char* lemma : {"reckon", "surmise", "speculate", "regret"}) {
    ASSERT_TRUE(lex->verb_lemmas.count(lemma)) << lemma;
    EXPECT_FALSE(lex->verb_lemmas.at(lemma).object) << lemma;
    EXPECT_FALSE(lex->verb_lemmas.at(lemma).hand) << lemma;
  }
  EXPECT_EQ(lex->verb_forms.at("reckoned").lemma, "reckon");
}

TEST(CueLexicon, BadFileIsAnErrorQuotingTheLine) {
  auto lex = quotes_internal::CueLexicon::parse("verb\tsay\n", "x.tsv");
  ASSERT_FALSE(lex.is_ok());
  EXPECT_NE(lex.status().message().find("x.tsv:1"), std::string::npos);
  QuoteOptions options;
  options.lexicon_path = "/nonexistent/cues.tsv";
  auto missing = QuoteExtractor::create(options);
  EXPECT_FALSE(missing.is_ok());
}

TEST(Marks, BalancedTypographicAndStraight) {
  Document doc =
      make_doc("", {"\u201CWe will win,\u201D the mayor said. He added: \"It is done.\""});
  auto qs = quotes_internal::find_marked_quotes(doc);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_TRUE(qs[0].opened && qs[0].closed);
  EXPECT_TRUE(qs[1].opened && qs[1].closed);
}

TEST(Marks, ApostrophesAreNotQuotes) {
  Document doc = make_doc(
      "", {"The party\u2019s leader visited the Guards\u2019 base and the workers' union."});
  EXPECT_TRUE(quotes_internal::find_marked_quotes(doc).empty());
}

TEST(Marks, HeadlineWithOnlyAClosingMark) {
  Document doc =
      make_doc("We are ready to talk,\u2019 minister says", {"The minister spoke on Monday."});
  auto qs = quotes_internal::find_marked_quotes(doc);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_FALSE(qs[0].opened);
  EXPECT_EQ(qs[0].start, 0u);
}

TEST(Marks, QuoteOverSeveralParagraphs) {
  Document doc = make_doc("", {"The governor said: \u201CFirst we rebuild the bridge.",
                               "\u201CThen we rebuild the school.\u201D", "Others disagreed."});
  auto qs = quotes_internal::find_marked_quotes(doc);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_TRUE(qs[0].closed);
  std::string text = doc.article.text;
  EXPECT_NE(text.substr(0, text.find("Others")).find("school"), std::string::npos);
  EXPECT_LT(qs[0].start, count_code_points(text.substr(0, text.find("First"))));
}

TEST(Marks, UnclosedQuoteEndsWithItsParagraph) {
  Document doc = make_doc("", {"She said \u201Cnothing will change.", "The vote is on Friday."});
  auto qs = quotes_internal::find_marked_quotes(doc);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_FALSE(qs[0].closed);
  EXPECT_EQ(qs[0].last_sentence, 0);
}

TEST(PolnearText, ParagraphsAsTheReaderSplitsThem) {
  // As io's split_paragraphs: blank lines, and a single break after a line
  // too long to be a hard wrap; shorter lines of a block stay together.
  const std::string long_line =
      "\"We won the vote on the harbour fees,\" she said, \"and the board will meet again in the "
      "spring, once the storms are over.\"";
  Article a;
  a.text = "Title line\n\n" + long_line + "\nThe note runs\non here.\nIt ends.";
  quotes_internal::set_text_paragraphs(a);
  ASSERT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.paragraphs[0].start, 0u);
  EXPECT_EQ(a.paragraphs[0].end, 10u);
  EXPECT_EQ(a.paragraphs[1].start, 12u);  // blank line
  EXPECT_EQ(a.paragraphs[1].end, 12u + long_line.size());
  EXPECT_EQ(a.paragraphs[2].start, 13u + long_line.size());  // after the long line
  EXPECT_EQ(a.paragraphs[2].end, a.text.size());
  // A text with no blank line breaks at every line that is no soft wrap.
  Article b;
  b.text = "We won.\nThe note runs\non here.";
  quotes_internal::set_text_paragraphs(b);
  ASSERT_EQ(b.paragraphs.size(), 2u);
  EXPECT_EQ(b.paragraphs[1].start, 8u);
}

TEST(Surface, DirectQuoteWithFrameAfter) {
  Document doc = make_doc(
      "", {"\u201CThe talks have failed,\u201D Foreign Minister Anna Berg said on Tuesday."});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  EXPECT_EQ(q.kind, "direct");
  ASSERT_TRUE(q.speaker);
  EXPECT_EQ(q.speaker->text, "Foreign Minister Anna Berg");
  EXPECT_EQ(q.cue.text, "said");
  EXPECT_EQ(q.content.text, "\u201CThe talks have failed,\u201D");
}

TEST(Surface, IndirectSpeechAndAccordingTo) {
  Document doc = make_doc("", {"The general told reporters that the army would withdraw.",
                               "According to the ministry, three soldiers were wounded."});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].kind, "indirect");
  EXPECT_EQ(doc.quotes[0].content.text, "that the army would withdraw");
  ASSERT_TRUE(doc.quotes[0].addressee);
  EXPECT_EQ(doc.quotes[0].addressee->text, "reporters");
  ASSERT_TRUE(doc.quotes[1].speaker);
  EXPECT_EQ(doc.quotes[1].speaker->text, "the ministry");
  EXPECT_EQ(doc.quotes[1].content.text, "three soldiers were wounded");
}

TEST(Surface, AsSomeonePutItReportsTheHostClause) {
  Document doc =
      make_doc("", {"As the harbor chief put it in a letter, the port has no money left.",
                    "The ferry is slow, as one sailor put it."});
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "the port has no money");
  ASSERT_TRUE(a && a->speaker);
  EXPECT_EQ(a->content.text, "the port has no money left");
  EXPECT_EQ(a->speaker->text, "the harbor chief");
  EXPECT_EQ(a->cue.text, "put it");
  const Quote* b = find_quote(doc, "The ferry is slow");
  ASSERT_TRUE(b && b->speaker);
  EXPECT_EQ(b->content.text, "The ferry is slow");
  EXPECT_EQ(b->speaker->text, "one sailor");
}

TEST(Surface, AsPutItTakesAnAppositiveAndAdverbsButNoOtherAs) {
  Document doc = make_doc("", {"As Ana Ruiz, a lawyer at the port, recently put it, the fees are "
                               "too high.",
                               "They moved the boat as soon as the crew put it on the dock."});
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "the fees are too high");
  ASSERT_TRUE(a && a->speaker);
  EXPECT_EQ(a->speaker->text, "Ana Ruiz, a lawyer at the port");
  EXPECT_EQ(a->cue.text, "recently put it");
  EXPECT_FALSE(find_quote(doc, "They moved the boat"));
}

TEST(Surface, AsPutItKeepsANameEndingInLy) {
  Document doc = make_doc("", {"As Lena Kelly put it, the fees are too high."});
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "the fees are too high");
  ASSERT_TRUE(a && a->speaker);
  EXPECT_EQ(a->speaker->text, "Lena Kelly");
  EXPECT_EQ(a->cue.text, "put it");
}

TEST(Surface, AccordingToSpeakersRunToTheirComma) {
  Document doc = make_doc(
      "", {"Officials have learned that according to a posting, the site is down.",
           "According to Major Ned Harlow \u2013 a spokesman \u2013 the unit found nothing.",
           "According to a March 3, 2011 report, the plant was aware.",
           "According to Dorran the money was returned by mail."});
  extractor()->annotate(doc);
  const Quote* posting = find_quote(doc, "the site is down");
  ASSERT_TRUE(posting && posting->speaker);
  EXPECT_EQ(posting->content.text, "the site is down");
  EXPECT_EQ(posting->speaker->text, "a posting");
  const Quote* keefe = find_quote(doc, "the unit found nothing");
  ASSERT_TRUE(keefe && keefe->speaker);
  EXPECT_EQ(keefe->content.text, "the unit found nothing");
  EXPECT_EQ(keefe->speaker->text, "Major Ned Harlow");
  const Quote* report = find_quote(doc, "the plant was aware");
  ASSERT_TRUE(report && report->speaker);
  EXPECT_EQ(report->speaker->text, "a March 3, 2011 report");
  const Quote* mail = find_quote(doc, "returned by mail");  // no comma after the source
  ASSERT_TRUE(mail && mail->speaker);
  EXPECT_EQ(mail->speaker->text, "Dorran");
  EXPECT_EQ(mail->content.text, "the money was returned by mail");
}

TEST(Surface, ReportBetweenCommasBeforeAConjunctionIsParenthetical) {
  Document doc = make_doc(
      "", {"About 40 people were held, news agency Tanjug reported, but no fights broke out."});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "were held");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->content.text, "About 40 people were held");
  EXPECT_EQ(q->speaker->text, "news agency Tanjug");
}

TEST(Surface, ParticipleAfterACommaContinuesTheSpeaker) {
  Document doc = make_doc("", {"Jones said he was cheated, saying, \"It was bad.\"", "\u201D"});
  extractor()->annotate(doc);
  const Quote* said = find_quote(doc, "he was cheated");
  ASSERT_TRUE(said);
  EXPECT_EQ(said->content.text, "he was cheated");
  const Quote* saying = find_quote(doc, "It was bad");
  ASSERT_TRUE(saying && saying->speaker);
  EXPECT_EQ(saying->speaker->text, "Jones");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.content.text, "\u201D");  // marks around no words
}

// Our own nested set: chains of depth 1 and 2, without and with entities.
TEST(Nested, SaidThatToldHim) {
  Document doc =
      make_doc("", {"\u201CWe stand with you,\u201D Karim said Omar told him by phone."});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "We stand with you");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Omar");
  ASSERT_TRUE(q->addressee);
  EXPECT_EQ(q->addressee->text, "him");
  ASSERT_EQ(q->reported_by.size(), 1u);
  EXPECT_EQ(q->reported_by[0], "text:Karim");
  EXPECT_EQ(q->cue.text, "told");
}

TEST(Nested, DepthTwoWithEntities) {
  Document doc =
      make_doc("", {"Lena said Paul told her that Maria told him \u201Cthe deal is off.\u201D"});
  // Entities as the entities stage would give them.
  auto add_entity = [&](const std::string& id, int first) {
    Entity e;
    e.id = id;
    e.type = "PER";
    Mention m;
    m.sentence = 0;
    m.first_token = first;
    m.last_token = first + 1;
    e.mentions.push_back(m);
    doc.entities.push_back(e);
  };
  add_entity("E1", 0);  // Lena
  add_entity("E2", 2);  // Paul
  add_entity("E3", 6);  // Maria
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 3u);  // Lena's report, Paul's report, Maria's words
  const Quote* q = &doc.quotes[2];
  EXPECT_EQ(q->kind, "direct");
  EXPECT_EQ(doc.quotes[1].reported_by, (std::vector<std::string>{"E1"}));
  EXPECT_EQ(q->speaker_entity, "E3");
  EXPECT_EQ(q->reported_by, (std::vector<std::string>{"E1", "E2"}));
  EXPECT_EQ(q->addressee_entity, "E2");  // "him" has no entity here: the nearest reporter, Paul
  // The event coder's view of a verb inside the quote.
  int deal = 11;
  ASSERT_EQ(doc.sentences[0].tokens[deal].text, "deal");
  EXPECT_EQ(reported_by_for(doc, 0, deal), (std::vector<std::string>{"E1", "E2", "E3"}));
  EXPECT_EQ(reported_by_for(doc, 0, 6),
            (std::vector<std::string>{"E1", "E2"}));  // "Maria" in Paul's report
  EXPECT_TRUE(reported_by_for(doc, 0, 0).empty());
}

TEST(Discourse, QuoteWithoutCueTakesThePreviousSpeaker) {
  Document doc =
      make_doc("", {"\u201CWe are ready,\u201D the captain said. \u201CThe ship is fast.\u201D"});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "The ship is fast");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "the captain");
  EXPECT_EQ(q->cue.sentence, -1);
}

TEST(Discourse, QuotedHeadingParagraphIsNoQuote) {
  Document doc = make_doc(
      "", {"\u201CWe are ready,\u201D the captain said.", "\u2018The Harbor Comes Back.\u2019",
           "The ferry runs again. \u201CIt is fast.\u201D"});
  extractor()->annotate(doc);
  EXPECT_FALSE(find_quote(doc, "Harbor Comes Back"));
  EXPECT_TRUE(find_quote(doc, "We are ready"));
  EXPECT_TRUE(find_quote(doc, "It is fast"));
}

TEST(Discourse, VerbBesideAQuoteIsItsCue) {
  Document doc = make_doc("", {"\u201CWe are ready,\u201D the captain said.",
                               "\u201CThe ship is fast,\u201D the mate joked.",
                               "She continued, \u201CWe sail at dawn.\u201D"});
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "The ship is fast");
  ASSERT_TRUE(a && a->speaker);
  EXPECT_EQ(a->speaker->text, "the mate");
  EXPECT_EQ(a->cue.text, "joked");
  const Quote* b = find_quote(doc, "We sail at dawn");
  ASSERT_TRUE(b && b->speaker);
  EXPECT_EQ(b->speaker->text, "She");
  EXPECT_EQ(b->cue.text, "continued");
}

TEST(Discourse, AVerbThatSaysNothingBesideAQuoteIsNoCue) {
  Document doc = make_doc("", {"\u201CThe ferry is late,\u201D the sailors arrived."});
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "The ferry is late");
  EXPECT_TRUE(!a || !a->cue.text.ends_with("arrived"));
}

TEST(Discourse, DashBylineAttributesTheQuoteBeforeIt) {
  // Same sentence, and a byline the segmenter puts in a sentence of its own.
  Document doc = make_doc("", {"\u201CThe bridge is late again.\u201D \u2015 Ana Ruiz",
                               "\u201CNobody asked us. The plan is wrong.\u201D",
                               "\u2015 Paul Green. \u201CWe will vote.\u201D"});
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "The bridge is late");
  ASSERT_TRUE(a && a->speaker);
  EXPECT_EQ(a->speaker->text, "Ana Ruiz");
  EXPECT_EQ(a->cue.text, "\u2015");
  const Quote* b = find_quote(doc, "The plan is wrong");
  ASSERT_TRUE(b && b->speaker);
  EXPECT_EQ(b->speaker->text, "Paul Green");
  // A byline belongs to the quote before it, never to the one after (which
  // may still take its speaker as a discourse quote).
  const Quote* c = find_quote(doc, "We will vote");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->cue.sentence, -1);
}

TEST(Discourse, OpenFragmentTakesTheSpeakerOfItsContinuation) {
  Document doc = make_doc("", {"\u201CWe prefer the noise he calls \u201Cdisorder\u201D "
                               "to his quiet,\u201D said Maria Lopez."});
  extractor()->annotate(doc);
  for (const Quote& q : doc.quotes) {
    if (q.content.text.find("prefer the noise") == std::string::npos &&
        q.content.text.find("his quiet") == std::string::npos)
      continue;
    ASSERT_TRUE(q.speaker) << q.content.text;
    EXPECT_EQ(q.speaker->text, "Maria Lopez") << q.content.text;
  }
}

TEST(Discourse, TranscriptTurnsAreTheirSpeakersWords) {
  Document doc = make_doc(
      "HALVORSEN: We Will Not Close the Port",
      {"UPDATE: This interview was shortened.",
       "Harbour chief Dana Halvorsen spoke to the radio on Monday.",
       "\u201CMERCER: Will the port close? Some say it will.",
       "\u201CHALVORSEN: We will not close it. The ships keep coming.",
       "\u201CThe new cranes arrive in May.", "\u201C(LAUGHTER.)", "\u201CQ: And the workers?",
       "\u201CDANA HALVORSEN: They stay. Tom Reyes said the pay is fair.\u201D",
       "WASHINGTON \u2014 Nothing else was said."});
  Entity e;
  e.id = "E1";
  e.type = "PER";
  e.name = "Dana Halvorsen";
  doc.entities.push_back(e);
  extractor()->annotate(doc);
  const Quote* a = find_quote(doc, "We will not close it");
  ASSERT_TRUE(a && a->speaker);
  EXPECT_EQ(a->kind, "direct");
  // The paragraph after it reopens the marks: the same turn, up to the stage direction.
  EXPECT_EQ(a->content.text,
            "We will not close it. The ships keep coming.\n\n\u201CThe new cranes arrive in May.");
  EXPECT_EQ(a->speaker->text, "HALVORSEN");
  EXPECT_EQ(a->cue.text, ":");
  EXPECT_EQ(a->speaker_entity, "E1");
  const Quote* m = find_quote(doc, "Will the port close");
  ASSERT_TRUE(m && m->speaker);
  EXPECT_EQ(m->speaker->text, "MERCER");
  EXPECT_EQ(m->speaker_entity, "");  // nobody named Mercer: the text is the speaker
  const Quote* q = find_quote(doc, "And the workers");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "Q");
  const Quote* d = find_quote(doc, "They stay");
  ASSERT_TRUE(d && d->speaker);
  EXPECT_EQ(d->speaker->text, "DANA HALVORSEN");
  EXPECT_EQ(d->speaker_entity, "E1");
  EXPECT_EQ(d->content.text, "They stay. Tom Reyes said the pay is fair.");
  for (const Quote& x : doc.quotes) {
    // No quote runs across two turns; the editor's note and the dateline are nobody's.
    EXPECT_FALSE(x.content.text.find("coming") != std::string::npos &&
                 x.content.text.find("workers") != std::string::npos)
        << x.content.text;
    if (x.speaker) {
      EXPECT_NE(x.speaker->text, "UPDATE");
      EXPECT_NE(x.speaker->text, "WASHINGTON");
    }
  }
  // The headline is no turn.
  const Quote* h = find_quote(doc, "We Will Not Close the Port");
  EXPECT_TRUE(!h || h->content.sentence < 0 || doc.sentences[h->content.sentence].paragraph < 0);
}

TEST(Discourse, OneLabelledParagraphIsNoTranscript) {
  Document doc = make_doc(
      "", {"CLARIFICATION: The first figure was corrected.", "The council met on Friday."});
  extractor()->annotate(doc);
  for (const Quote& x : doc.quotes) EXPECT_NE(x.cue.text, ":") << x.content.text;
}

TEST(Parsed, UsesSubjectComplementAndObject) {
  // "Ali told reporters that prices rose ." parsed by hand.
  Document doc = make_doc("", {"Ali told reporters that prices rose."});
  auto& t = doc.sentences[0].tokens;
  ASSERT_EQ(t.size(), 7u);
  struct P {
    const char *upos, *lemma, *rel;
    int head;
  } parse[] = {{"PROPN", "Ali", "nsubj", 2},   {"VERB", "tell", "root", 0},
               {"NOUN", "reporter", "obj", 2}, {"SCONJ", "that", "mark", 6},
               {"NOUN", "price", "nsubj", 6},  {"VERB", "rise", "ccomp", 2},
               {"PUNCT", ".", "punct", 2}};
  for (size_t i = 0; i < t.size(); ++i) {
    t[i].upos = parse[i].upos;
    t[i].lemma = parse[i].lemma;
    t[i].deprel = parse[i].rel;
    t[i].head = parse[i].head;
  }
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "that prices rose");
  EXPECT_EQ(doc.quotes[0].speaker->text, "Ali");
  EXPECT_EQ(doc.quotes[0].addressee->text, "reporters");
}

struct HandParse {
  const char *upos, *lemma, *rel;
  int head;
};

struct TaggedParse {
  const char *upos, *xpos, *lemma, *rel;
  int head;
};

void apply_tagged_parse(Document& doc, const std::vector<TaggedParse>& parse) {
  auto& t = doc.sentences[0].tokens;
  ASSERT_EQ(t.size(), parse.size());
  for (size_t i = 0; i < t.size(); ++i) {
    t[i].upos = parse[i].upos;
    if (*parse[i].xpos) t[i].xpos = parse[i].xpos;
    t[i].lemma = parse[i].lemma;
    t[i].deprel = parse[i].rel;
    t[i].head = parse[i].head;
  }
}

void apply_parse(Document& doc, const std::vector<HandParse>& parse) {
  std::vector<TaggedParse> tagged;
  for (const HandParse& p : parse) tagged.push_back({p.upos, "", p.lemma, p.rel, p.head});
  apply_tagged_parse(doc, tagged);
}

TEST(Parsed, ObjectContentWithItsCompletion) {
  // "Ali called on Trump to apologize ." : the prepositional object and the
  // infinitive that completes it are what was said.
  Document doc = make_doc("", {"Ali called on Trump to apologize."});
  apply_parse(doc, {{"PROPN", "Ali", "nsubj", 2},
                    {"VERB", "call", "root", 0},
                    {"ADP", "on", "case", 4},
                    {"PROPN", "Trump", "obl", 2},
                    {"PART", "to", "mark", 6},
                    {"VERB", "apologize", "xcomp", 2},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "Trump to apologize");
  EXPECT_EQ(doc.quotes[0].speaker->text, "Ali");
}

TEST(Parsed, IntentionReportsOnlyItsInfinitive) {
  // "Ali plans to run ." reports the plan; "Ali plans a party ." does not.
  Document doc = make_doc("", {"Ali plans to run."});
  apply_parse(doc, {{"PROPN", "Ali", "nsubj", 2},
                    {"VERB", "plan", "root", 0},
                    {"PART", "to", "mark", 4},
                    {"VERB", "run", "xcomp", 2},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "to run");
  Document party = make_doc("", {"Ali plans a party."});
  apply_parse(party, {{"PROPN", "Ali", "nsubj", 2},
                      {"VERB", "plan", "root", 0},
                      {"DET", "a", "det", 4},
                      {"NOUN", "party", "obj", 2},
                      {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(party);
  EXPECT_TRUE(party.quotes.empty());
}

TEST(Parsed, SecondCueEndsTheFirstContent) {
  // "Ali said prices rose and warned that wages fell ." with "warned" (parse
  // slip) conjoined inside the first clause: two reports, not one nested.
  Document doc = make_doc("", {"Ali said prices rose and warned that wages fell."});
  apply_parse(doc, {{"PROPN", "Ali", "nsubj", 2},
                    {"VERB", "say", "root", 0},
                    {"NOUN", "price", "nsubj", 4},
                    {"VERB", "rise", "ccomp", 2},
                    {"CCONJ", "and", "cc", 6},
                    {"VERB", "warn", "conj", 4},
                    {"SCONJ", "that", "mark", 9},
                    {"NOUN", "wage", "nsubj", 9},
                    {"VERB", "fall", "ccomp", 6},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* first = find_quote(doc, "prices rose");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->content.text, "prices rose");
  const Quote* second = find_quote(doc, "wages fell");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->cue.text, "warned");
}

TEST(Parsed, NounAdjectiveAndPassiveCues) {
  // A statement noun with a named holder and a topic; an attitude adjective;
  // a passive with its agent.
  Document doc = make_doc("", {"Ali made his claim about the deal."});
  apply_parse(doc, {{"PROPN", "Ali", "nsubj", 2},
                    {"VERB", "make", "root", 0},
                    {"PRON", "he", "nmod:poss", 4},
                    {"NOUN", "claim", "obj", 2},
                    {"ADP", "about", "case", 7},
                    {"DET", "the", "det", 7},
                    {"NOUN", "deal", "nmod", 4},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "the deal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue.text, "claim");
  EXPECT_EQ(q->speaker->text, "his");

  Document adj = make_doc("", {"Ali was sure that prices rose."});
  apply_parse(adj, {{"PROPN", "Ali", "nsubj", 3},
                    {"AUX", "be", "cop", 3},
                    {"ADJ", "sure", "root", 0},
                    {"SCONJ", "that", "mark", 6},
                    {"NOUN", "price", "nsubj", 6},
                    {"VERB", "rise", "ccomp", 3},
                    {"PUNCT", ".", "punct", 3}});
  extractor()->annotate(adj);
  ASSERT_EQ(adj.quotes.size(), 1u);
  EXPECT_EQ(adj.quotes[0].cue.text, "was sure");
  EXPECT_EQ(adj.quotes[0].speaker->text, "Ali");

  Document pass = make_doc("", {"The plan was criticized by Ali."});
  apply_parse(pass, {{"DET", "the", "det", 2},
                     {"NOUN", "plan", "nsubj:pass", 4},
                     {"AUX", "be", "aux:pass", 4},
                     {"VERB", "criticize", "root", 0},
                     {"ADP", "by", "case", 6},
                     {"PROPN", "Ali", "obl:agent", 4},
                     {"PUNCT", ".", "punct", 4}});
  extractor()->annotate(pass);
  ASSERT_EQ(pass.quotes.size(), 1u);
  EXPECT_EQ(pass.quotes[0].content.text, "The plan");
  EXPECT_EQ(pass.quotes[0].speaker->text, "Ali");

  // "It was mentioned by Ali": a lone pronoun is no content.
  Document it = make_doc("", {"It was mentioned by Ali."});
  apply_parse(it, {{"PRON", "it", "nsubj:pass", 3},
                   {"AUX", "be", "aux:pass", 3},
                   {"VERB", "mention", "root", 0},
                   {"ADP", "by", "case", 5},
                   {"PROPN", "Ali", "obl:agent", 3},
                   {"PUNCT", ".", "punct", 3}});
  extractor()->annotate(it);
  EXPECT_TRUE(it.quotes.empty());
}

namespace eventwire {
namespace {

// Bad or odd input never crashes and every offset stays inside the text:
// random marks, cue words and (partly broken) parses.
TEST(Robustness, RandomDocumentsKeepOffsetsInRange) {
  const char* words[] = {"\u201C", "\u201D", "\"",   "'",         "\u2018", "\u2019", "said",
                         "told",   "him",    "that", "according", "to",     ",",      ".",
                         ":",      "Ann",    "who",  "added",     "the",    "plan"};
  uint64_t seed = 12345;
  auto next = [&] {
    return seed = seed * 6364136223846793005ULL + 1442695040888963407ULL, seed >> 33;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> paras;
    int np = 1 + next() % 3;
    for (int p = 0; p < np; ++p) {
      std::string text;
      int nw = 1 + next() % 25;
      for (int w = 0; w < nw; ++w)
        text += std::string(words[next() % 20]) + (next() % 3 ? " " : "");
      paras.push_back(text);
    }
    Document doc = make_doc(round % 2 ? "Headline,\u2019 Ann says" : "", paras);
    if (round % 3 == 0) {  // a parse, sometimes nonsense
      for (auto& s : doc.sentences) {
        int n = static_cast<int>(s.tokens.size());
        for (auto& t : s.tokens) {
          t.head = static_cast<int>(next() % (n + 1));
          t.deprel = std::vector<std::string>{"nsubj", "ccomp",     "obj", "parataxis",
                                              "conj",  "acl:relcl", "root"}[next() % 7];
          t.upos = next() % 2 ? "VERB" : "NOUN";
          t.lemma = quotes_internal::lower(t.text) == "said" ? "say" : t.text;
        }
      }
    }
    extractor()->annotate(doc);
    uint32_t size = count_code_points(doc.article.text);
    for (const Quote& q : doc.quotes) {
      ASSERT_LT(q.content.start, q.content.end);
      ASSERT_LE(q.content.end, size);
      if (q.speaker) {
        ASSERT_LE(q.speaker->end, size);
      }
      for (int s = 0; s < static_cast<int>(doc.sentences.size()); ++s)
        (void)reported_by_for(doc, s, 0);
    }
  }
}

TEST(Parsed, SubjectlessRelativeClauseOfTheObjectIsTheReportedClause) {
  // "Ali felt the council was slow ." parsed with "the council" as the object
  // and "was slow" as its relative clause: the clause is what Ali felt.
  Document doc = make_doc("", {"Ali felt the council was slow."});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ali", "nsubj", 2},
                           {"VERB", "VBD", "feel", "root", 0},
                           {"DET", "DT", "the", "det", 4},
                           {"NOUN", "NN", "council", "obj", 2},
                           {"AUX", "VBD", "be", "cop", 6},
                           {"ADJ", "JJ", "slow", "acl:relcl", 4},
                           {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "the council was slow");
  EXPECT_EQ(doc.quotes[0].speaker->text, "Ali");
  // A relative clause with a subject of its own is one: "the rumor he heard"
  // is no belief of Ali's.
  Document rumor = make_doc("", {"Ali believes the rumor he heard."});
  apply_tagged_parse(rumor, {{"PROPN", "NNP", "Ali", "nsubj", 2},
                             {"VERB", "VBZ", "believe", "root", 0},
                             {"DET", "DT", "the", "det", 4},
                             {"NOUN", "NN", "rumor", "obj", 2},
                             {"PRON", "PRP", "he", "nsubj", 6},
                             {"VERB", "VBD", "hear", "acl:relcl", 4},
                             {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(rumor);
  EXPECT_TRUE(rumor.quotes.empty());
}

TEST(Parsed, CueFormTaggedAsPluralNounBeforeAClause) {
  // "Ali asserts that the plan works ." with "asserts" tagged a plural noun
  // and "that" read as a relative pronoun: the -s form is the verb.
  Document doc = make_doc("", {"Ali asserts that the plan works."});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ali", "compound", 2},
                           {"NOUN", "NNS", "assert", "root", 0},
                           {"PRON", "WDT", "that", "obj", 6},
                           {"DET", "DT", "the", "det", 5},
                           {"NOUN", "NN", "plan", "nsubj", 6},
                           {"VERB", "VBZ", "work", "acl:relcl", 2},
                           {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "the plan works");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue.text, "asserts");
  EXPECT_EQ(q->speaker->text, "Ali");
  // "The farm claims that were paid ." keeps its noun: a verb follows "that".
  Document noun = make_doc("", {"The farm claims that were paid."});
  apply_tagged_parse(noun, {{"DET", "DT", "the", "det", 3},
                            {"NOUN", "NN", "farm", "compound", 3},
                            {"NOUN", "NNS", "claim", "root", 0},
                            {"PRON", "WDT", "that", "nsubj:pass", 6},
                            {"AUX", "VBD", "be", "aux:pass", 6},
                            {"VERB", "VBN", "pay", "acl:relcl", 3},
                            {"PUNCT", ".", ".", "punct", 3}});
  extractor()->annotate(noun);
  for (const Quote& q2 : noun.quotes) EXPECT_NE(q2.cue.text, "claims");
}

TEST(Parsed, NameWithAppositiveBeforeAMisparsedCue) {
  // "Ana Ruiz, the mayor's rival, called for a recount, saying …" with
  // "called" parsed as a participle modifying the name: the name and its
  // appositive are the subject of both reports.
  Document doc = make_doc(
      "", {"Ana Ruiz, the mayor's rival, called for a recount, saying that votes vanished."});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ana", "root", 0},
                           {"PROPN", "NNP", "Ruiz", "flat", 1},
                           {"PUNCT", ",", ",", "punct", 7},
                           {"DET", "DT", "the", "det", 5},
                           {"NOUN", "NN", "mayor", "nmod:poss", 7},
                           {"PART", "POS", "'s", "case", 5},
                           {"NOUN", "NN", "rival", "appos", 1},
                           {"PUNCT", ",", ",", "punct", 9},
                           {"VERB", "VBN", "call", "acl", 1},
                           {"ADP", "IN", "for", "case", 12},
                           {"DET", "DT", "a", "det", 12},
                           {"NOUN", "NN", "recount", "obl", 9},
                           {"PUNCT", ",", ",", "punct", 14},
                           {"VERB", "VBG", "say", "advcl", 1},
                           {"SCONJ", "IN", "that", "mark", 17},
                           {"NOUN", "NNS", "vote", "nsubj", 17},
                           {"VERB", "VBD", "vanish", "ccomp", 14},
                           {"PUNCT", ".", ".", "punct", 1}});
  for (auto& t : doc.sentences[0].tokens) {
    if (t.xpos == "VBN") t.feats = "Tense=Past|VerbForm=Part|Voice=Pass";
    if (t.xpos == "VBG") t.feats = "VerbForm=Ger";
  }
  extractor()->annotate(doc);
  const Quote* call = find_quote(doc, "a recount");
  ASSERT_NE(call, nullptr);
  ASSERT_TRUE(call->speaker.has_value());
  EXPECT_EQ(call->speaker->text, "Ana Ruiz, the mayor's rival");
  const Quote* say = find_quote(doc, "votes vanished");
  ASSERT_NE(say, nullptr);
  ASSERT_TRUE(say->speaker.has_value());
  EXPECT_EQ(say->speaker->text, "Ana Ruiz, the mayor's rival");
}

TEST(Parsed, InvertedSpeakerRunsToThePunctuation) {
  // "“We will win,” said Gondor radio host Ana Ruiz." parsed with "Gondor" as
  // the subject and the rest as an object: the whole name is the speaker.
  Document doc = make_doc("", {"\u201CWe will win,\u201D said Gondor radio host Ana Ruiz."});
  apply_tagged_parse(doc, {{"PUNCT", "``", "\u201C", "punct", 4},
                           {"PRON", "PRP", "we", "nsubj", 4},
                           {"AUX", "MD", "will", "aux", 4},
                           {"VERB", "VB", "win", "ccomp", 7},
                           {"PUNCT", ",", ",", "punct", 4},
                           {"PUNCT", "''", "\u201D", "punct", 4},
                           {"VERB", "VBD", "say", "root", 0},
                           {"PROPN", "NNP", "Gondor", "nsubj", 7},
                           {"NOUN", "NN", "radio", "compound", 10},
                           {"NOUN", "NN", "host", "obj", 7},
                           {"PROPN", "NNP", "Ana", "appos", 10},
                           {"PROPN", "NNP", "Ruiz", "flat", 11},
                           {"PUNCT", ".", ".", "punct", 7}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_TRUE(doc.quotes[0].speaker.has_value());
  EXPECT_EQ(doc.quotes[0].speaker->text, "Gondor radio host Ana Ruiz");
}

TEST(Parsed, TimeSpanIsNoReportedObject) {
  // "Trump spoke for about 15 minutes ." : how long, not what was said;
  // "Trump spoke about taxes ." reports its topic.
  Document doc = make_doc("", {"Trump spoke for about 15 minutes."});
  apply_parse(doc, {{"PROPN", "Trump", "nsubj", 2},
                    {"VERB", "speak", "root", 0},
                    {"ADP", "for", "case", 6},
                    {"ADV", "about", "advmod", 5},
                    {"NUM", "15", "nummod", 6},
                    {"NOUN", "minute", "obl", 2},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(q.content.text, "about 15 minutes");
  Document topic = make_doc("", {"Trump spoke about taxes."});
  apply_parse(topic, {{"PROPN", "Trump", "nsubj", 2},
                      {"VERB", "speak", "root", 0},
                      {"ADP", "about", "case", 4},
                      {"NOUN", "tax", "obl", 2},
                      {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(topic);
  ASSERT_EQ(topic.quotes.size(), 1u);
  EXPECT_EQ(topic.quotes[0].content.text, "taxes");
}

TEST(Parsed, ObjectKeepsItsComplement) {
  Document doc = make_doc("", {"Obama accused the GOP of the leaks on Tuesday."});
  apply_parse(doc, {{"PROPN", "Obama", "nsubj", 2},
                    {"VERB", "accuse", "root", 0},
                    {"DET", "the", "det", 4},
                    {"PROPN", "GOP", "obj", 2},
                    {"ADP", "of", "case", 7},
                    {"DET", "the", "det", 7},
                    {"NOUN", "leak", "obl", 2},
                    {"ADP", "on", "case", 9},
                    {"PROPN", "Tuesday", "obl", 2},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "the GOP");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->content.text, "the GOP of the leaks");  // not "on Tuesday"
}

TEST(Parsed, AClauseFrameVerbReportsItsClause) {
  // "Ruiz surmised that the port would close ." : a cue from WordNet's clause
  // frame, with its clause as content.
  Document doc = make_doc("", {"Ruiz surmised that the port would close."});
  apply_parse(doc, {{"PROPN", "Ruiz", "nsubj", 2},
                    {"VERB", "surmise", "root", 0},
                    {"SCONJ", "that", "mark", 7},
                    {"DET", "the", "det", 5},
                    {"NOUN", "port", "nsubj", 7},
                    {"AUX", "would", "aux", 7},
                    {"VERB", "close", "ccomp", 2},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "that the port would close");
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.quotes[0].speaker->text, "Ruiz");
}

TEST(Parsed, AClauseFrameVerbWithoutAClauseIsLeftToTheModel) {
  // "Ruiz read the report ." : "read" is listed for "read that …" only; with an
  // object and no clause it reports nothing unless the learned model says so,
  // and with the model off nothing at all.
  QuoteOptions options;
  options.learned_cues = false;
  auto x = QuoteExtractor::create(options);
  ASSERT_TRUE(x.is_ok()) << x.status().to_string();
  Document doc = make_doc("", {"Ruiz read the report."});
  apply_parse(doc, {{"PROPN", "Ruiz", "nsubj", 2},
                    {"VERB", "read", "root", 0},
                    {"DET", "the", "det", 4},
                    {"NOUN", "report", "obj", 2},
                    {"PUNCT", ".", "punct", 2}});
  (*x)->annotate(doc);
  EXPECT_TRUE(doc.quotes.empty());
  Document clause = make_doc("", {"Ruiz read that the port would close."});
  apply_parse(clause, {{"PROPN", "Ruiz", "nsubj", 2},
                       {"VERB", "read", "root", 0},
                       {"SCONJ", "that", "mark", 7},
                       {"DET", "the", "det", 5},
                       {"NOUN", "port", "nsubj", 7},
                       {"AUX", "would", "aux", 7},
                       {"VERB", "close", "ccomp", 2},
                       {"PUNCT", ".", "punct", 2}});
  (*x)->annotate(clause);
  ASSERT_EQ(clause.quotes.size(), 1u);
  EXPECT_EQ(clause.quotes[0].content.text, "that the port would close");
}

TEST(Parsed, AnAddresseeVerbsThingObjectIsTheMessage) {
  // "Ruiz urged sanctions on Gondor ." : sanctions are what she urged, not
  // whom; "Ruiz urged the council to act ." keeps the council as hearer.
  Document doc = make_doc("", {"Ruiz urged sanctions on Gondor."});
  apply_parse(doc, {{"PROPN", "Ruiz", "nsubj", 2},
                    {"VERB", "urge", "root", 0},
                    {"NOUN", "sanction", "obj", 2},
                    {"ADP", "on", "case", 5},
                    {"PROPN", "Gondor", "obl", 2},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "sanctions on Gondor");
  EXPECT_FALSE(doc.quotes[0].addressee);
  Document hearer = make_doc("", {"Ruiz urged the council to act."});
  apply_parse(hearer, {{"PROPN", "Ruiz", "nsubj", 2},
                       {"VERB", "urge", "root", 0},
                       {"DET", "the", "det", 4},
                       {"NOUN", "council", "obj", 2},
                       {"PART", "to", "mark", 6},
                       {"VERB", "act", "xcomp", 2},
                       {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(hearer);
  ASSERT_EQ(hearer.quotes.size(), 1u);
  EXPECT_EQ(hearer.quotes[0].content.text, "to act");
  ASSERT_TRUE(hearer.quotes[0].addressee);
  EXPECT_EQ(hearer.quotes[0].addressee->text, "the council");
}

TEST(Parsed, ARelativeWhoIsTheSpeakerSpanWhenItsAntecedentIsAnEntity) {
  // "The mayor met Ruiz , who said the port would close ." : with Ruiz an entity
  // the speaker's span is "who" (as it would be "she") and the entity is Ruiz's;
  // without one, "who" alone would name nobody, so the span stays "Ruiz".
  auto annotate = [](bool ruiz_is_entity) {
    Document doc = make_doc("", {"The mayor met Ruiz, who said the port would close."});
    apply_parse(doc, {{"DET", "the", "det", 2},
                      {"NOUN", "mayor", "nsubj", 3},
                      {"VERB", "meet", "root", 0},
                      {"PROPN", "Ruiz", "obj", 3},
                      {"PUNCT", ",", "punct", 7},
                      {"PRON", "who", "nsubj", 7},
                      {"VERB", "say", "acl:relcl", 4},
                      {"DET", "the", "det", 9},
                      {"NOUN", "port", "nsubj", 11},
                      {"AUX", "would", "aux", 11},
                      {"VERB", "close", "ccomp", 7},
                      {"PUNCT", ".", "punct", 3}});
    if (ruiz_is_entity) {
      Entity e;
      e.id = "E1";
      e.type = "PER";
      Mention m;
      m.sentence = 0;
      m.first_token = 3;
      m.last_token = 4;
      e.mentions.push_back(m);
      doc.entities.push_back(e);
    }
    extractor()->annotate(doc);
    return doc;
  };
  const Document with_entity = annotate(true);
  const Quote* q = find_quote(with_entity, "the port would close");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "who");
  EXPECT_EQ(q->speaker_entity, "E1");
  EXPECT_EQ(q->cue.text, "said");
  const Document without = annotate(false);
  q = find_quote(without, "the port would close");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "Ruiz");
}

TEST(Parsed, ATitleParsedAsAnObjectBeforeTheNameIsPartOfTheSpeaker) {
  // "Republican candidate Ana Ruiz said the bridge was late ." with
  // "candidate" hung on "said" as its object: the title belongs to the name.
  Document doc = make_doc("", {"Republican candidate Ana Ruiz said the bridge was late."});
  apply_parse(doc, {{"ADJ", "republican", "amod", 2},
                    {"NOUN", "candidate", "obj", 5},
                    {"PROPN", "Ana", "nsubj", 5},
                    {"PROPN", "Ruiz", "flat", 3},
                    {"VERB", "say", "root", 0},
                    {"DET", "the", "det", 7},
                    {"NOUN", "bridge", "nsubj", 9},
                    {"AUX", "be", "cop", 9},
                    {"ADJ", "late", "ccomp", 5},
                    {"PUNCT", ".", "punct", 5}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.quotes[0].speaker->text, "Republican candidate Ana Ruiz");
  EXPECT_EQ(doc.quotes[0].content.text, "the bridge was late");
}

TEST(Parsed, AnInvertedSpeakerEndsWhereASlippedClauseBegins) {
  // "“We need ferries,” said Ana Ruiz, a fellow whose pay rose." with the
  // name parsed as a subject of "rose": the speaker read to the sentence end
  // holds a clause; it ends before that clause's nearest subject.
  Document doc =
      make_doc("", {"\u201CWe need ferries,\u201D said Ana Ruiz, a fellow whose pay rose."});
  apply_parse(doc, {{"PUNCT", "\u201C", "punct", 3},
                    {"PRON", "we", "nsubj", 3},
                    {"VERB", "need", "ccomp", 7},
                    {"NOUN", "ferry", "obj", 3},
                    {"PUNCT", ",", "punct", 3},
                    {"PUNCT", "\u201D", "punct", 3},
                    {"VERB", "say", "root", 0},
                    {"PROPN", "Ana", "nsubj", 15},
                    {"PROPN", "Ruiz", "flat", 8},
                    {"PUNCT", ",", "punct", 12},
                    {"DET", "a", "det", 12},
                    {"NOUN", "fellow", "appos", 8},
                    {"PRON", "whose", "nmod:poss", 14},
                    {"NOUN", "pay", "nsubj", 15},
                    {"VERB", "rise", "ccomp", 7},
                    {"PUNCT", ".", "punct", 7}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "We need ferries");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "Ana Ruiz, a fellow");
}

TEST(Speakers, SubjectlessCuesFindTheirSpeaker) {
  // A participle the parser hung under a noun continues the outer speaker.
  Document doc = make_doc("", {"Perdue said he doubted the claims, arguing that costs fell."});
  apply_parse(doc, {{"PROPN", "Perdue", "nsubj", 2},
                    {"VERB", "say", "root", 0},
                    {"PRON", "he", "nsubj", 4},
                    {"VERB", "doubt", "ccomp", 2},
                    {"DET", "the", "det", 6},
                    {"NOUN", "claim", "obj", 4},
                    {"PUNCT", ",", "punct", 8},
                    {"VERB", "argue", "acl", 6},
                    {"SCONJ", "that", "mark", 11},
                    {"NOUN", "cost", "nsubj", 11},
                    {"VERB", "fall", "ccomp", 8},
                    {"PUNCT", ".", "punct", 2}});
  doc.sentences[0].tokens[7].feats = "VerbForm=Ger";
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "costs fell");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Perdue");

  // A finite cue whose subject the parser attached elsewhere: the noun
  // phrase right before it.
  Document d2 = make_doc("", {"\u201CPrices rose,\u201D Ann Lee (D-Ohio) said."});
  apply_parse(d2, {{"PUNCT", "\u201C", "punct", 3},
                   {"NOUN", "price", "nsubj", 3},
                   {"VERB", "rise", "ccomp", 13},
                   {"PUNCT", ",", "punct", 3},
                   {"PUNCT", "\u201D", "punct", 3},
                   {"PROPN", "Ann", "list", 3},
                   {"PROPN", "Lee", "flat", 6},
                   {"PUNCT", "(", "punct", 9},
                   {"PROPN", "D", "appos", 6},
                   {"PUNCT", "-", "punct", 10},
                   {"PROPN", "Ohio", "flat", 9},
                   {"PUNCT", ")", "punct", 9},
                   {"VERB", "say", "root", 0},
                   {"PUNCT", ".", "punct", 13}});
  extractor()->annotate(d2);
  const Quote* q2 = find_quote(d2, "Prices rose");
  ASSERT_TRUE(q2);
  ASSERT_TRUE(q2->speaker);
  EXPECT_EQ(q2->speaker->text, "Ann Lee (D-Ohio)");
  EXPECT_EQ(q2->content.text, "\u201CPrices rose,\u201D");
}

TEST(Speakers, LeadingAdverbsAndPrepositionsAreNoPartOfTheSpeaker) {
  // The parser hung "Soon after" on the subject.
  Document doc = make_doc("", {"Soon after the minister said prices rose."});
  apply_parse(doc, {{"ADV", "soon", "advmod", 4},
                    {"ADP", "after", "case", 4},
                    {"DET", "the", "det", 4},
                    {"NOUN", "minister", "nsubj", 5},
                    {"VERB", "say", "root", 0},
                    {"NOUN", "price", "nsubj", 7},
                    {"VERB", "rise", "ccomp", 5},
                    {"PUNCT", ".", "punct", 5}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "prices rose");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "the minister");
}

TEST(Parsed, PraiseIsACueThoughTheTreebanksNeverShowIt) {
  Document doc = make_doc("", {"Lee praised the protests for being peaceful."});
  apply_parse(doc, {{"PROPN", "Lee", "nsubj", 2},
                    {"VERB", "praise", "root", 0},
                    {"DET", "the", "det", 4},
                    {"NOUN", "protest", "obj", 2},
                    {"SCONJ", "for", "mark", 6},
                    {"AUX", "be", "advcl", 2},
                    {"ADJ", "peaceful", "xcomp", 6},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "the protests");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Lee");
}

TEST(Parsed, AccordingToEndsTheContentAroundIt) {
  // "Ali said prices rose , according to Reuters ." : the content stops at the comma.
  Document doc = make_doc("", {"Ali said prices rose, according to Reuters."});
  apply_parse(doc, {{"PROPN", "Ali", "nsubj", 2},
                    {"VERB", "say", "root", 0},
                    {"NOUN", "price", "nsubj", 4},
                    {"VERB", "rise", "ccomp", 2},
                    {"PUNCT", ",", "punct", 8},
                    {"VERB", "accord", "case", 8},
                    {"ADP", "to", "fixed", 6},
                    {"PROPN", "Reuters", "obl", 4},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* said = nullptr;
  for (const Quote& q : doc.quotes) {
    if (q.cue.text == "said") said = &q;
  }
  ASSERT_TRUE(said);
  EXPECT_EQ(said->content.text, "prices rose");
}

TEST(Surface, InTheWordsOfNamesTheSpeakerOfTheQuoteAfterIt) {
  Document doc = make_doc("", {"The child suffered, and in the words of the prosecutor, Ann Lee, "
                               "\u201Cshe cried every day.\u201D"});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "she cried every day");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "the prosecutor");
  EXPECT_EQ(q->cue.text, "in the words of");
}

TEST(Speakers, APossessorIsNotTheSpeaker) {
  // "Tom 's sister said that rain fell ." parsed by hand: the sister speaks, not Tom.
  Document doc = make_doc("", {"Tom's sister said that rain fell."});
  apply_parse(doc, {{"PROPN", "Tom", "nmod:poss", 3},
                    {"PART", "'s", "case", 1},
                    {"NOUN", "sister", "nsubj", 4},
                    {"VERB", "say", "root", 0},
                    {"SCONJ", "that", "mark", 7},
                    {"NOUN", "rain", "nsubj", 7},
                    {"VERB", "fall", "ccomp", 4},
                    {"PUNCT", ".", "punct", 4}});
  Entity tom;
  tom.id = "E1";
  tom.type = "PER";
  Mention m;
  m.sentence = 0;
  m.first_token = 0;
  m.last_token = 1;
  tom.mentions.push_back(m);
  doc.entities.push_back(tom);
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker->text, "Tom's sister");
  EXPECT_EQ(doc.quotes[0].speaker_entity, "");
}

// Tags (no parse) for the tokens of sentence s from `first` on.
void tag_words(Document& doc, int s, int first,
               const std::vector<std::pair<const char*, const char*>>& tags) {
  auto& t = doc.sentences[static_cast<size_t>(s)].tokens;
  for (size_t k = 0; k < tags.size(); ++k) {
    Token& tok = t[static_cast<size_t>(first) + k];
    tok.upos = tags[k].first;
    tok.xpos = tags[k].second;
    tok.lemma = tok.text;
  }
}

Mention mention_of(const Document& doc, int sentence, int first, int last) {
  Mention m;
  m.sentence = sentence;
  m.first_token = first;
  m.last_token = last;
  const auto& t = doc.sentences[static_cast<size_t>(sentence)].tokens;
  m.start = t[static_cast<size_t>(first)].start;
  m.end = t[static_cast<size_t>(last - 1)].end;
  m.text = doc.article.text.substr(
      t[static_cast<size_t>(first)].byte_start,
      t[static_cast<size_t>(last - 1)].byte_end - t[static_cast<size_t>(first)].byte_start);
  return m;
}

int token_index(const Document& doc, int s, const std::string& text) {
  const auto& t = doc.sentences[static_cast<size_t>(s)].tokens;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].text == text) return static_cast<int>(k);
  }
  return -1;
}

TEST(Speakers, PronounSpeakerIsNotThePersonQuoted) {
  // The coreference links "he" to Assad, named in the quote; the scorer
  // picks Kerry, named before it and outside the quoted words.
  Document doc = make_doc("", {"Kerry met reporters on Monday.",
                               "\u201CAssad is secondary to the fight,\u201D he said."});
  auto mention = [&](int sentence, int first, int last) {
    return mention_of(doc, sentence, first, last);
  };
  ASSERT_EQ(doc.sentences.size(), 2u);
  const auto& s1 = doc.sentences[1].tokens;
  int assad = 1, he = -1;
  for (int i = 0; i < static_cast<int>(s1.size()); ++i) {
    if (s1[i].text == "he") he = i;
  }
  ASSERT_EQ(s1[assad].text, "Assad");
  ASSERT_GE(he, 0);
  Entity kerry{"E1", "PER", "Kerry", "", "", {mention(0, 0, 1)}};
  Entity assad_e{"E2", "PER", "Assad",
                 "",   "",    {mention(1, assad, assad + 1), mention(1, he, he + 1)}};
  doc.entities = {kerry, assad_e};
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "Assad is secondary");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "he");
  EXPECT_EQ(q->speaker_entity, "E1");
}

TEST(Speakers, ARoleNounIsThePersonWhoSpokeJustBefore) {
  // "the engineer" names no one; it is Ruiz, who spoke just before, not Tom
  // Lee, named since.
  Document doc =
      make_doc("", {"\u201CThe cranes stay,\u201D Ana Ruiz said.", "She met Tom Lee at the port.",
                    "\u201CWe hire in May,\u201D the engineer said."});
  ASSERT_EQ(doc.sentences.size(), 3u);
  const int the = token_index(doc, 2, "the");
  ASSERT_GE(the, 0);
  tag_words(doc, 2, the, {{"DET", "DT"}, {"NOUN", "NN"}});
  Entity ruiz{"E1", "PER", "Ana Ruiz", "", "", {mention_of(doc, 0, 6, 8)}};
  Entity lee{"E2", "PER", "Tom Lee", "", "", {mention_of(doc, 1, 2, 4)}};
  ASSERT_EQ(ruiz.mentions[0].text, "Ana Ruiz");
  ASSERT_EQ(lee.mentions[0].text, "Tom Lee");
  doc.entities = {ruiz, lee};
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "We hire in May");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "the engineer");
  EXPECT_EQ(q->speaker_entity, "E1");
}

TEST(Speakers, TheyIsThePluralSpeakerBeforeItNotAGroupSpokenOf) {
  // The coreference links "they" to the Gondor Party, named in the experts'
  // words; the experts, who have no entity, spoke just before.
  Document doc =
      make_doc("", {"\u201CThe map of the Gondor Party is old,\u201D harbor pilots said.",
                    "\u201CIt shows no shoals,\u201D they said."});
  ASSERT_EQ(doc.sentences.size(), 2u);
  const int labor = token_index(doc, 0, "harbor");
  const int gondor = token_index(doc, 0, "Gondor");
  const int they = token_index(doc, 1, "they");
  ASSERT_GE(labor, 0);
  ASSERT_GE(gondor, 0);
  ASSERT_GE(they, 0);
  tag_words(doc, 0, labor, {{"NOUN", "NN"}, {"NOUN", "NNS"}});
  tag_words(doc, 1, they, {{"PRON", "PRP"}});
  Entity party{
      "E1", "ORG", "Gondor Party",
      "",   "",    {mention_of(doc, 0, gondor, gondor + 2), mention_of(doc, 1, they, they + 1)}};
  doc.entities = {party};
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "It shows no shoals");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "they");
  EXPECT_EQ(q->speaker_entity, "");
}

}  // namespace
}  // namespace eventwire

TEST(Parsed, AVerbsOwnClauseIsNotBorrowedAndAGerundCompletesTheObject) {
  Document doc = make_doc("", {"Reid mocked Romney for hiding taxes, claiming that he lied."});
  apply_parse(doc, {{"PROPN", "Reid", "nsubj", 2},
                    {"VERB", "mock", "root", 0},
                    {"PROPN", "Romney", "obj", 2},
                    {"SCONJ", "for", "mark", 5},
                    {"VERB", "hide", "advcl", 2},
                    {"NOUN", "tax", "obj", 5},
                    {"PUNCT", ",", "punct", 8},
                    {"VERB", "claim", "advcl", 2},
                    {"SCONJ", "that", "mark", 11},
                    {"PRON", "he", "nsubj", 11},
                    {"VERB", "lie", "ccomp", 8},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  const Quote* mocked = find_quote(doc, "Romney");
  ASSERT_TRUE(mocked);
  EXPECT_EQ(mocked->content.text, "Romney for hiding taxes");
  EXPECT_EQ(mocked->cue.text, "mocked");
  for (const Quote& q : doc.quotes) {
    if (q.cue.text == "mocked") {
      EXPECT_NE(q.content.text, "that he lied");
    }
  }
}

TEST(Parsed, NominalXcompIsTheObject) {
  Document doc = make_doc("", {"Ortiz called the border treaty a fraud."});
  apply_parse(doc, {{"PROPN", "Ortiz", "nsubj", 2},
                    {"VERB", "call", "root", 0},
                    {"DET", "the", "det", 5},
                    {"NOUN", "border", "compound", 5},
                    {"NOUN", "treaty", "xcomp", 2},
                    {"DET", "a", "det", 7},
                    {"NOUN", "fraud", "obj", 5},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "the border treaty a fraud");
}

TEST(Parsed, InvertedCueAfterACommaReportsTheClauseBefore) {
  // "said" hung as a conjunct of the host clause's verb.
  Document doc = make_doc("", {"Costs rose sharply, said Mr. Dorran, the lawyer."});
  apply_parse(doc, {{"NOUN", "cost", "nsubj", 2},
                    {"VERB", "rise", "root", 0},
                    {"ADV", "sharply", "advmod", 2},
                    {"PUNCT", ",", "punct", 5},
                    {"VERB", "say", "conj", 2},
                    {"PROPN", "Mr.", "nmod:desc", 7},
                    {"PROPN", "Dorran", "nsubj", 5},
                    {"PUNCT", ",", "punct", 10},
                    {"DET", "the", "det", 10},
                    {"NOUN", "lawyer", "appos", 7},
                    {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "Costs rose sharply");
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_NE(doc.quotes[0].speaker->text.find("Dorran"), std::string::npos);
}

TEST(Parsed, InvertedNameParsedAsTheCuesObjectIsTheSpeaker) {
  // "noted" with no subject and the name after it parsed as its object.
  Document doc = make_doc("", {"The vote will not change the race, noted analyst Ana Ruiz."});
  apply_tagged_parse(doc, {{"DET", "DT", "the", "det", 2},
                           {"NOUN", "NN", "vote", "nsubj", 5},
                           {"AUX", "MD", "will", "aux", 5},
                           {"PART", "RB", "not", "advmod", 5},
                           {"VERB", "VB", "change", "root", 0},
                           {"DET", "DT", "the", "det", 7},
                           {"NOUN", "NN", "race", "obj", 5},
                           {"PUNCT", ",", ",", "punct", 9},
                           {"VERB", "VBD", "note", "conj", 5},
                           {"NOUN", "NN", "analyst", "obj", 9},
                           {"PROPN", "NNP", "Ana", "appos", 10},
                           {"PROPN", "NNP", "Ruiz", "flat", 11},
                           {"PUNCT", ".", ".", "punct", 5}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "The vote will not change the race");
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.quotes[0].speaker->text, "analyst Ana Ruiz");

  // "This" parsed as the subject of the cue rather than of the quoted clause.
  Document marked =
      make_doc("", {"This is \u201cabout the same lead,\u201d reported the Courier."});
  apply_tagged_parse(marked, {{"PRON", "DT", "this", "nsubj", 10},
                              {"AUX", "VBZ", "be", "cop", 7},
                              {"PUNCT", "``", "\u201c", "punct", 7},
                              {"ADV", "RB", "about", "advmod", 7},
                              {"DET", "DT", "the", "det", 7},
                              {"ADJ", "JJ", "same", "amod", 7},
                              {"NOUN", "NN", "lead", "ccomp", 10},
                              {"PUNCT", ",", ",", "punct", 7},
                              {"PUNCT", "''", "\u201d", "punct", 7},
                              {"VERB", "VBD", "report", "root", 0},
                              {"DET", "DT", "the", "det", 12},
                              {"PROPN", "NNP", "Courier", "obj", 10},
                              {"PUNCT", ".", ".", "punct", 10}});
  extractor()->annotate(marked);
  ASSERT_EQ(marked.quotes.size(), 1u);
  ASSERT_TRUE(marked.quotes[0].speaker);
  EXPECT_EQ(marked.quotes[0].speaker->text, "the Courier");

  // An object holding a clause about a name is what was cited, not who cited it.
  Document cited =
      make_doc("", {"She has been angry since Ali, at the debate, cited remarks Ruiz had made."});
  apply_tagged_parse(cited, {{"PRON", "PRP", "she", "nsubj", 4},
                             {"AUX", "VBZ", "have", "aux", 4},
                             {"AUX", "VBN", "be", "cop", 4},
                             {"ADJ", "JJ", "angry", "root", 0},
                             {"ADP", "IN", "since", "case", 6},
                             {"PROPN", "NNP", "Ali", "obl", 4},
                             {"PUNCT", ",", ",", "punct", 12},
                             {"ADP", "IN", "at", "case", 10},
                             {"DET", "DT", "the", "det", 10},
                             {"NOUN", "NN", "debate", "obl", 12},
                             {"PUNCT", ",", ",", "punct", 12},
                             {"VERB", "VBD", "cite", "conj", 4},
                             {"NOUN", "NNS", "remark", "obj", 12},
                             {"PROPN", "NNP", "Ruiz", "nsubj", 16},
                             {"AUX", "VBD", "have", "aux", 16},
                             {"VERB", "VBN", "make", "acl:relcl", 13},
                             {"PUNCT", ".", ".", "punct", 4}});
  extractor()->annotate(cited);
  for (const auto& q : cited.quotes) {
    if (q.speaker) {
      EXPECT_EQ(q.speaker->text.find("remarks"), std::string::npos);
    }
  }
}

TEST(Parsed, SubjectBeforeAParentheticalCueIsAFragment) {
  Document doc = make_doc("", {"The launch, Gondor said, was its longest."});
  apply_parse(doc, {{"DET", "the", "det", 2},
                    {"NOUN", "launch", "nsubj", 5},
                    {"PUNCT", ",", "punct", 2},
                    {"PROPN", "Gondor", "nsubj", 5},
                    {"VERB", "say", "root", 0},
                    {"PUNCT", ",", "punct", 9},
                    {"AUX", "be", "cop", 9},
                    {"PRON", "its", "nmod:poss", 9},
                    {"ADJ", "long", "ccomp", 5},
                    {"PUNCT", ".", "punct", 5}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(doc.quotes[0].content.text, "The launch");
  EXPECT_EQ(doc.quotes[1].content.text, "was its longest");
  EXPECT_EQ(doc.quotes[0].cue.start, doc.quotes[1].cue.start);
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.quotes[0].speaker->text, "Gondor");
}

TEST(Speakers, TwoAdjacentSubjectsAreOneName) {
  Document doc = make_doc("", {"President Kim Soo-jin said the test failed."});
  apply_parse(doc, {{"PROPN", "President", "nmod:desc", 2},
                    {"PROPN", "Kim", "nsubj", 6},
                    {"PROPN", "Soo", "flat", 2},
                    {"PUNCT", "-", "punct", 3},
                    {"NOUN", "jin", "nsubj", 6},
                    {"VERB", "say", "root", 0},
                    {"DET", "the", "det", 8},
                    {"NOUN", "test", "nsubj", 9},
                    {"VERB", "fail", "ccomp", 6},
                    {"PUNCT", ".", "punct", 6}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.quotes[0].speaker->text, "President Kim Soo-jin");
}

TEST(Parsed, AToPhraseIsTheMessageOnlyForVerbsThatPointAtThings) {
  Document doc = make_doc("", {"The fund pointed to the vote as an example."});
  apply_parse(doc, {{"DET", "the", "det", 2},
                    {"NOUN", "fund", "nsubj", 3},
                    {"VERB", "point", "root", 0},
                    {"ADP", "to", "case", 6},
                    {"DET", "the", "det", 6},
                    {"NOUN", "vote", "obl", 3},
                    {"ADP", "as", "case", 9},
                    {"DET", "an", "det", 9},
                    {"NOUN", "example", "obl", 3},
                    {"PUNCT", ".", "punct", 3}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "the vote as an example");
  // "spoke to reporters": the "to" phrase is the hearer, not the message.
  Document spoke = make_doc("", {"Trump spoke to reporters."});
  apply_parse(spoke, {{"PROPN", "Trump", "nsubj", 2},
                      {"VERB", "speak", "root", 0},
                      {"ADP", "to", "case", 4},
                      {"NOUN", "reporter", "obl", 2},
                      {"PUNCT", ".", "punct", 2}});
  extractor()->annotate(spoke);
  for (const Quote& q : spoke.quotes) EXPECT_NE(q.content.text, "reporters");
}

TEST(Parsed, AnObjectRightBeforeTheClauseIsItsSubject) {
  Document doc = make_doc("", {"Sanders said the breaks “do nothing.”"});
  apply_parse(doc, {{"PROPN", "Sanders", "nsubj", 2},
                    {"VERB", "say", "root", 0},
                    {"DET", "the", "det", 4},
                    {"NOUN", "break", "obj", 2},
                    {"PUNCT", "\"", "punct", 6},
                    {"AUX", "do", "ccomp", 2},
                    {"PRON", "nothing", "obj", 6},
                    {"PUNCT", ".", "punct", 6},
                    {"PUNCT", "\"", "punct", 6}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, "mixed");
  EXPECT_EQ(doc.quotes[0].content.text, "the breaks “do nothing.”");
}

TEST(Parsed, AQuestionToTheReaderReportsNobody) {
  Document doc = make_doc("", {"Can you imagine that he won?"});
  apply_parse(doc, {{"AUX", "can", "aux", 3},
                    {"PRON", "you", "nsubj", 3},
                    {"VERB", "imagine", "root", 0},
                    {"SCONJ", "that", "mark", 6},
                    {"PRON", "he", "nsubj", 6},
                    {"VERB", "win", "ccomp", 3},
                    {"PUNCT", "?", "punct", 3}});
  extractor()->annotate(doc);
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(Speakers, ASpeakerEndsBeforeACueInsideIt) {
  Document doc = make_doc("", {"Dorran, speaking of the poll, said it was close."});
  apply_parse(doc, {{"PROPN", "Dorran", "nsubj", 8},
                    {"PUNCT", ",", "punct", 3},
                    {"VERB", "speak", "acl", 1},
                    {"ADP", "of", "case", 6},
                    {"DET", "the", "det", 6},
                    {"NOUN", "poll", "obl", 3},
                    {"PUNCT", ",", "punct", 3},
                    {"VERB", "say", "root", 0},
                    {"PRON", "it", "nsubj", 11},
                    {"AUX", "be", "cop", 11},
                    {"ADJ", "close", "ccomp", 8},
                    {"PUNCT", ".", "punct", 8}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "it was close");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Dorran");
}

// A mention of tokens [first, last) of a sentence, with its offsets and text.
Mention test_mention(const Document& doc, int sentence, int first, int last) {
  Mention m;
  m.sentence = sentence;
  m.first_token = first;
  m.last_token = last;
  const auto& t = doc.sentences[sentence].tokens;
  m.start = t[first].start;
  m.end = t[last - 1].end;
  m.text = doc.article.text.substr(t[first].byte_start, t[last - 1].byte_end - t[first].byte_start);
  return m;
}

TEST(Speakers, AClauseIsNoSpeaker) {
  // "Ana Ruiz thinks the plan works but aides said that it fails ." with the
  // parse hanging "thinks" on "said" as its subject: a speaker holding a
  // finite clause of its own is a slip, not who spoke.
  Document doc = make_doc("", {"Ana Ruiz thinks the plan works but aides said that it fails."});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ana", "nsubj", 3},
                           {"PROPN", "NNP", "Ruiz", "flat", 1},
                           {"VERB", "VBZ", "think", "nsubj", 9},
                           {"DET", "DT", "the", "det", 5},
                           {"NOUN", "NN", "plan", "nsubj", 6},
                           {"VERB", "VBZ", "work", "ccomp", 3},
                           {"CCONJ", "CC", "but", "cc", 8},
                           {"NOUN", "NNS", "aide", "conj", 6},
                           {"VERB", "VBD", "say", "root", 0},
                           {"SCONJ", "IN", "that", "mark", 12},
                           {"PRON", "PRP", "it", "nsubj", 12},
                           {"VERB", "VBZ", "fail", "ccomp", 9},
                           {"PUNCT", ".", ".", "punct", 9}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "it fails");
  ASSERT_TRUE(q);
  EXPECT_TRUE(!q->speaker || q->speaker->text.find("thinks") == std::string::npos)
      << q->speaker->text;
}

TEST(Parsed, AnAgentlessPassiveReportsNobody) {
  // "Lee was told to leave ." names no one who told; with "by Kim" it does.
  Document doc = make_doc("", {"Lee was told to leave."});
  apply_parse(doc, {{"PROPN", "Lee", "nsubj:pass", 3},
                    {"AUX", "be", "aux:pass", 3},
                    {"VERB", "tell", "root", 0},
                    {"PART", "to", "mark", 5},
                    {"VERB", "leave", "xcomp", 3},
                    {"PUNCT", ".", "punct", 3}});
  extractor()->annotate(doc);
  EXPECT_TRUE(doc.quotes.empty());
  Document by = make_doc("", {"Lee was told by Kim to leave."});
  apply_parse(by, {{"PROPN", "Lee", "nsubj:pass", 3},
                   {"AUX", "be", "aux:pass", 3},
                   {"VERB", "tell", "root", 0},
                   {"ADP", "by", "case", 5},
                   {"PROPN", "Kim", "obl:agent", 3},
                   {"PART", "to", "mark", 7},
                   {"VERB", "leave", "xcomp", 3},
                   {"PUNCT", ".", "punct", 3}});
  extractor()->annotate(by);
  ASSERT_EQ(by.quotes.size(), 1u);
  EXPECT_EQ(by.quotes[0].speaker->text, "Kim");
}

TEST(Parsed, AnObjectReportNeedsTheCueModelsAssent) {
  // "Ruiz denied the charges ." reports a denial; "The host will moderate
  // the debate ." (a communication verb by WordNet's first sense) reports nothing.
  Document denied = make_doc("", {"Ruiz denied the charges."});
  apply_tagged_parse(denied, {{"PROPN", "NNP", "Ruiz", "nsubj", 2},
                              {"VERB", "VBD", "deny", "root", 0},
                              {"DET", "DT", "the", "det", 4},
                              {"NOUN", "NNS", "charge", "obj", 2},
                              {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(denied);
  ASSERT_EQ(denied.quotes.size(), 1u);
  EXPECT_EQ(denied.quotes[0].content.text, "the charges");
  Document moderate = make_doc("", {"The host will moderate the debate."});
  apply_tagged_parse(moderate, {{"DET", "DT", "the", "det", 2},
                                {"NOUN", "NN", "host", "nsubj", 4},
                                {"AUX", "MD", "will", "aux", 4},
                                {"VERB", "VB", "moderate", "root", 0},
                                {"DET", "DT", "the", "det", 6},
                                {"NOUN", "NN", "debate", "obj", 4},
                                {"PUNCT", ".", ".", "punct", 4}});
  moderate.sentences[0].tokens[3].feats = "VerbForm=Inf";  // the model reads the verb form
  extractor()->annotate(moderate);
  EXPECT_TRUE(moderate.quotes.empty());
  // Without the veto the object report stays.
  QuoteOptions all;
  all.object_cue_threshold = 0;
  auto keep = QuoteExtractor::create(all);
  ASSERT_TRUE(keep.is_ok());
  (*keep)->annotate(moderate);
  EXPECT_EQ(moderate.quotes.size(), 1u);
}

TEST(Surface, TellNamesItsHearerNotItsSpeaker) {
  // Unparsed: the name after "told" is the hearer, never an inverted speaker.
  Document doc = make_doc(
      "", {"The port will reopen in May, Sen. Ana Ruiz (D-Ore.) told The Harbor Courier."});
  extractor()->annotate(doc);
  for (const Quote& q : doc.quotes) {
    if (q.cue.text == "told" && q.speaker) {
      EXPECT_EQ(q.speaker->text.find("Courier"), std::string::npos) << q.speaker->text;
    }
  }
}

TEST(Speakers, APossessivePronounOrANameModifyingTheHeadIsNotTheSpeaker) {
  // "His lawyer said …" is not his; "The Ruiz team said …" is not Ruiz.
  for (const char* text :
       {"His lawyer said that rain fell.", "The Ruiz team said that rain fell."}) {
    Document doc = make_doc("", {text});
    bool his = std::string(text).starts_with("His");
    if (his) {
      apply_tagged_parse(doc, {{"PRON", "PRP$", "he", "nmod:poss", 2},
                               {"NOUN", "NN", "lawyer", "nsubj", 3},
                               {"VERB", "VBD", "say", "root", 0},
                               {"SCONJ", "IN", "that", "mark", 6},
                               {"NOUN", "NN", "rain", "nsubj", 6},
                               {"VERB", "VBD", "fall", "ccomp", 3},
                               {"PUNCT", ".", ".", "punct", 3}});
    } else {
      apply_tagged_parse(doc, {{"DET", "DT", "the", "det", 3},
                               {"PROPN", "NNP", "Ruiz", "compound", 3},
                               {"NOUN", "NN", "team", "nsubj", 4},
                               {"VERB", "VBD", "say", "root", 0},
                               {"SCONJ", "IN", "that", "mark", 7},
                               {"NOUN", "NN", "rain", "nsubj", 7},
                               {"VERB", "VBD", "fall", "ccomp", 4},
                               {"PUNCT", ".", ".", "punct", 4}});
    }
    doc.entities = {
        Entity{"E1", "PER", "Ruiz", "", "", {test_mention(doc, 0, his ? 0 : 1, his ? 1 : 2)}}};
    extractor()->annotate(doc);
    ASSERT_EQ(doc.quotes.size(), 1u) << text;
    EXPECT_EQ(doc.quotes[0].speaker_entity, "") << text;
  }
}

TEST(Speakers, TheNounPhraseRightBeforeASubjectlessFiniteCueIsItsSubject) {
  // "The senator called on aides to drop Lee after the shipping magnate claimed
  // that the audit was flawed ." parsed with "magnate" an oblique of "drop" and
  // "claimed" a subjectless adverbial clause of "called": the magnate claimed
  // it, not the senator.
  Document doc = make_doc("", {"The senator called on aides to drop Lee after the shipping "
                               "magnate claimed that the audit was flawed."});
  apply_tagged_parse(doc, {{"DET", "DT", "the", "det", 2},
                           {"NOUN", "NN", "senator", "nsubj", 3},
                           {"VERB", "VBD", "call", "root", 0},
                           {"ADP", "IN", "on", "case", 5},
                           {"NOUN", "NNS", "aide", "obl", 3},
                           {"PART", "TO", "to", "mark", 7},
                           {"VERB", "VB", "drop", "advcl", 3},
                           {"PROPN", "NNP", "Lee", "obj", 7},
                           {"ADP", "IN", "after", "case", 12},
                           {"DET", "DT", "the", "det", 12},
                           {"NOUN", "NN", "shipping", "compound", 12},
                           {"NOUN", "NN", "magnate", "obl", 7},
                           {"VERB", "VBD", "claim", "advcl", 3},
                           {"SCONJ", "IN", "that", "mark", 18},
                           {"DET", "DT", "the", "det", 16},
                           {"NOUN", "NN", "audit", "nsubj", 18},
                           {"AUX", "VBD", "be", "cop", 18},
                           {"ADJ", "JJ", "flawed", "ccomp", 13},
                           {"PUNCT", ".", ".", "punct", 3}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "the audit was flawed");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "the shipping magnate");
}

TEST(Speakers, ASubjectlessParticipleAfterACommaIsSaidByTheClausesSubject) {
  // "saying" hung on the object noun, with no earlier report to continue: the
  // unions said it, the subject of the clause the participle hangs on.
  Document doc = make_doc("", {"The unions granted the firm a delay, saying its cash was short."});
  apply_tagged_parse(doc, {{"DET", "DT", "the", "det", 2},
                           {"NOUN", "NNS", "union", "nsubj", 3},
                           {"VERB", "VBD", "grant", "root", 0},
                           {"DET", "DT", "the", "det", 5},
                           {"NOUN", "NN", "firm", "iobj", 3},
                           {"DET", "DT", "a", "det", 7},
                           {"NOUN", "NN", "delay", "obj", 3},
                           {"PUNCT", ",", ",", "punct", 9},
                           {"VERB", "VBG", "say", "acl", 7},
                           {"PRON", "PRP$", "its", "nmod:poss", 11},
                           {"NOUN", "NN", "cash", "nsubj", 13},
                           {"AUX", "VBD", "be", "cop", 13},
                           {"ADJ", "JJ", "short", "ccomp", 9},
                           {"PUNCT", ".", ".", "punct", 3}});
  doc.sentences[0].tokens[8].feats = "VerbForm=Ger";
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "its cash was short");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "The unions");
}

TEST(Speakers, AParticipleUnderARelativeClauseTakesNoWho) {
  // "saying" hung on the object of a relative clause: the relative's "who" is
  // no speaker of the participle.
  Document doc = make_doc("", {"They hired an aide who joined the board, saying the pay was low."});
  apply_tagged_parse(doc, {{"PRON", "PRP", "they", "nsubj", 2},
                           {"VERB", "VBD", "hire", "root", 0},
                           {"DET", "DT", "a", "det", 4},
                           {"NOUN", "NN", "aide", "obj", 2},
                           {"PRON", "WP", "who", "nsubj", 6},
                           {"VERB", "VBD", "join", "acl:relcl", 4},
                           {"DET", "DT", "the", "det", 8},
                           {"NOUN", "NN", "board", "obj", 6},
                           {"PUNCT", ",", ",", "punct", 10},
                           {"VERB", "VBG", "say", "acl", 8},
                           {"DET", "DT", "the", "det", 12},
                           {"NOUN", "NN", "pay", "nsubj", 14},
                           {"AUX", "VBD", "be", "cop", 14},
                           {"ADJ", "JJ", "low", "ccomp", 10},
                           {"PUNCT", ".", ".", "punct", 2}});
  doc.sentences[0].tokens[9].feats = "VerbForm=Ger";
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "the pay was low");
  ASSERT_TRUE(q);
  EXPECT_TRUE(!q->speaker || q->speaker->text != "who");
}

TEST(Discourse, AQuoteAfterAColonLeadInTakesItsFrame) {
  // The lead-in closes its paragraph; the quoted words open the next one.
  Document doc = make_doc("", {"The ferry board met on Monday. Its chair, Ana Ruiz, said:",
                               "\u201CWe will run the night boats again from March.\u201D"});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "night boats");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->speaker);
  EXPECT_NE(q->speaker->text.find("Ana Ruiz"), std::string::npos);
  EXPECT_EQ(q->cue.text, "said");
}

TEST(Parsed, ACueFormAfterADeterminerIsANoun) {
  // "Her claims the vote failed ." : the tagger made "claims" a verb with a
  // clause; after a possessive it is the noun, and no report.
  Document doc = make_doc("", {"Her claims the vote failed."});
  apply_tagged_parse(doc, {{"PRON", "PRP$", "she", "nmod:poss", 2},
                           {"VERB", "VBZ", "claim", "root", 0},
                           {"DET", "DT", "the", "det", 4},
                           {"NOUN", "NN", "vote", "nsubj", 5},
                           {"VERB", "VBD", "fail", "ccomp", 2},
                           {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(doc);
  for (const Quote& q : doc.quotes) EXPECT_NE(q.cue.text, "claims") << q.content.text;
}

TEST(Parsed, AThingAsObjectNeedsTheThingThreshold) {
  // "Ruiz called a board meeting ." names an act, not words; "Ruiz
  // denied the charges ." reports a denial. With a thing threshold only the
  // denial stays.
  Document meeting = make_doc("", {"Ruiz called a board meeting."});
  apply_tagged_parse(meeting, {{"PROPN", "NNP", "Ruiz", "nsubj", 2},
                               {"VERB", "VBD", "call", "root", 0},
                               {"DET", "DT", "a", "det", 5},
                               {"NOUN", "NN", "board", "compound", 5},
                               {"NOUN", "NN", "meeting", "obj", 2},
                               {"PUNCT", ".", ".", "punct", 2}});
  Document denied = make_doc("", {"Ruiz denied the charges."});
  apply_tagged_parse(denied, {{"PROPN", "NNP", "Ruiz", "nsubj", 2},
                              {"VERB", "VBD", "deny", "root", 0},
                              {"DET", "DT", "the", "det", 4},
                              {"NOUN", "NNS", "charge", "obj", 2},
                              {"PUNCT", ".", ".", "punct", 2}});
  // (By default the board meeting is read as a report: the threshold is what drops it.)
  Document meeting_default = meeting;
  extractor()->annotate(meeting_default);
  EXPECT_EQ(meeting_default.quotes.size(), 1u);
  QuoteOptions strict;
  strict.thing_object_threshold = 0.95;
  auto x = QuoteExtractor::create(strict);
  ASSERT_TRUE(x.is_ok());
  (*x)->annotate(meeting);
  EXPECT_TRUE(meeting.quotes.empty());
  (*x)->annotate(denied);
  ASSERT_EQ(denied.quotes.size(), 1u);
  EXPECT_EQ(denied.quotes[0].content.text, "the charges");
}

TEST(Parsed, ABeliefInsideAnothersContentIsNoSecondQuote) {
  // "Ruiz said she believes the port will close ." : one report, Ruiz's.
  Document doc = make_doc("", {"Ruiz said she believes the port will close."});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ruiz", "nsubj", 2},
                           {"VERB", "VBD", "say", "root", 0},
                           {"PRON", "PRP", "she", "nsubj", 4},
                           {"VERB", "VBZ", "believe", "ccomp", 2},
                           {"DET", "DT", "the", "det", 6},
                           {"NOUN", "NN", "port", "nsubj", 8},
                           {"AUX", "MD", "will", "aux", 8},
                           {"VERB", "VB", "close", "ccomp", 4},
                           {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].cue.text, "said");
  EXPECT_EQ(doc.quotes[0].content.text, "she believes the port will close");
}
TEST(Parsed, AnIntentionInsideAnothersContentIsNoSecondQuote) {
  // "Ruiz said she wants to visit the port ." : one report, Ruiz's; her wish
  // is part of what she said.
  Document doc = make_doc("", {"Ruiz said she wants to visit the port."});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ruiz", "nsubj", 2},
                           {"VERB", "VBD", "say", "root", 0},
                           {"PRON", "PRP", "she", "nsubj", 4},
                           {"VERB", "VBZ", "want", "ccomp", 2},
                           {"PART", "TO", "to", "mark", 6},
                           {"VERB", "VB", "visit", "xcomp", 4},
                           {"DET", "DT", "the", "det", 8},
                           {"NOUN", "NN", "port", "obj", 6},
                           {"PUNCT", ".", ".", "punct", 2}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].cue.text, "said");
  EXPECT_EQ(doc.quotes[0].content.text, "she wants to visit the port");
}

TEST(Parsed, AQuoteInsideANestedIntentionIsTheOuterReports) {
  // "Ruiz said she wanted to visit “the old port .”" : the quoted words meet
  // both contents; they are Ruiz's report (mixed), not "she wanted"'s quote.
  Document doc = make_doc("", {"Ruiz said she wanted to visit “the old port.”"});
  apply_tagged_parse(doc, {{"PROPN", "NNP", "Ruiz", "nsubj", 2},
                           {"VERB", "VBD", "say", "root", 0},
                           {"PRON", "PRP", "she", "nsubj", 4},
                           {"VERB", "VBD", "want", "ccomp", 2},
                           {"PART", "TO", "to", "mark", 6},
                           {"VERB", "VB", "visit", "xcomp", 4},
                           {"PUNCT", "``", "\"", "punct", 10},
                           {"DET", "DT", "the", "det", 10},
                           {"ADJ", "JJ", "old", "amod", 10},
                           {"NOUN", "NN", "port", "obj", 6},
                           {"PUNCT", ".", ".", "punct", 10},
                           {"PUNCT", "''", "\"", "punct", 10}});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, "mixed");
  EXPECT_EQ(doc.quotes[0].cue.text, "said");
  ASSERT_TRUE(doc.quotes[0].speaker);
  EXPECT_EQ(doc.quotes[0].speaker->text, "Ruiz");
}

TEST(Marks, AQuotedTitleCaseNameIsNoQuote) {
  // A programme's name in marks inside the sentence is nobody's words; the
  // quote after it is still the mayor's.
  Document doc = make_doc("", {"On “Harbor Talk,” the mayor said the bridge was late.",
                               "“We will open it in May,” the mayor said."});
  extractor()->annotate(doc);
  for (const Quote& q : doc.quotes)
    EXPECT_EQ(q.content.text.find("Harbor Talk"), std::string::npos) << q.content.text;
  const Quote* q = find_quote(doc, "We will open it");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "the mayor");
}

TEST(Discourse, TheHeadlineReportsNobody) {
  Document doc = make_doc("Mayor Says Bridge Will Open in May",
                          {"The mayor said the bridge will open in May."});
  extractor()->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "the bridge will open in May");
  // A headline whose frame a direct quote took keeps its other reports (a
  // title-case headline is read by the surface patterns: "‘…,’ Mayor Says Ruiz
  // Told" gives Ruiz's "Told" the words before it).
  Document quoted = make_doc("‘No Tolls,’ Mayor Says Ruiz Told Him",
                             {"The mayor said the bridge will open in May."});
  extractor()->annotate(quoted);
  ASSERT_EQ(quoted.quotes.size(), 3u);
  const Quote& direct = quoted.quotes[0];
  EXPECT_EQ(direct.kind, "direct");
  EXPECT_EQ(direct.cue.text, "Says");
  const Quote& kept = quoted.quotes[1];
  ASSERT_TRUE(kept.speaker);
  EXPECT_EQ(kept.kind, "indirect");
  EXPECT_EQ(kept.content.sentence, 0);
  EXPECT_EQ(kept.cue.text, "Told");
  EXPECT_EQ(kept.speaker->text, "Ruiz");
}

TEST(Discourse, AQuestionTakesTheCueOfTheSentenceAfterIt) {
  // The segmenter ends a sentence after "?”": "Ana Ruiz said." alone is the
  // question's cue, not the mayor before it.
  Document doc = make_doc("", {"“We will open it in May,” the mayor said. “Who will pay the "
                               "tolls?” Ana Ruiz said. “Not the city.”"});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "Who will pay");
  ASSERT_TRUE(q && q->speaker);
  EXPECT_EQ(q->speaker->text, "Ana Ruiz");
  EXPECT_EQ(q->cue.text, "said");
}

TEST(Parsed, AParticipleWithAnObjectIsThePastVerbOfTheNounBeforeIt) {
  // The parse reads "chanted" as a participle modifying "road"; a noun's
  // participle takes no object, so "Farmers" is who chanted.
  Document doc = make_doc("", {"Farmers walking along the road chanted \"No tolls!\" and left."});
  apply_tagged_parse(doc, {{"NOUN", "NNS", "farmer", "nsubj", 13},
                           {"VERB", "VBG", "walk", "acl", 1},
                           {"ADP", "IN", "along", "case", 5},
                           {"DET", "DT", "the", "det", 5},
                           {"NOUN", "NN", "road", "obl", 2},
                           {"VERB", "VBN", "chant", "acl", 5},
                           {"PUNCT", "``", "\"", "punct", 9},
                           {"DET", "DT", "no", "det", 9},
                           {"NOUN", "NNS", "toll", "obj", 6},
                           {"PUNCT", ".", "!", "punct", 9},
                           {"PUNCT", "''", "\"", "punct", 9},
                           {"CCONJ", "CC", "and", "cc", 13},
                           {"VERB", "VBD", "leave", "root", 0},
                           {"PUNCT", ".", ".", "punct", 13}});
  extractor()->annotate(doc);
  const Quote* q = find_quote(doc, "No tolls");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->cue.text, "chanted");
  ASSERT_TRUE(q->speaker);
  EXPECT_EQ(q->speaker->text, "Farmers");
}

// A model for the learned-cue tests: "lambaste" is always a cue.
std::shared_ptr<const QuoteExtractor> lambaste_extractor() {
  const auto path = std::filesystem::temp_directory_path() / "eventwire-lambaste-model.tsv";
  {
    std::ofstream out(path);
    out << "format\t1\nthreshold\t0.5\nbias\t5\nw\tlemma=lambaste\t1\n"
           "senses\tlambaste\tcommunication\n";
  }
  QuoteOptions options;
  options.cue_model_path = path.string();
  auto x = QuoteExtractor::create(options);
  EXPECT_TRUE(x.is_ok()) << x.status().to_string();
  return x.is_ok() ? *x : nullptr;
}

TEST(Parsed, ALearnedCuesContentEndsBeforeItsTail) {
  // "Ruiz lambasted the plan as a grab during the hearing , with jabs ." : the
  // object and its "as" phrase, not the time nor the comma's tail.
  auto x = lambaste_extractor();
  ASSERT_TRUE(x);
  Document doc = make_doc("", {"Ruiz lambasted the plan as a grab during the hearing, with jabs."});
  apply_parse(doc, {{"PROPN", "Ruiz", "nsubj", 2},
                    {"VERB", "lambaste", "root", 0},
                    {"DET", "the", "det", 4},
                    {"NOUN", "plan", "obj", 2},
                    {"ADP", "as", "case", 7},
                    {"DET", "a", "det", 7},
                    {"NOUN", "grab", "obl", 2},
                    {"ADP", "during", "case", 10},
                    {"DET", "the", "det", 10},
                    {"NOUN", "hearing", "nmod", 7},
                    {"PUNCT", ",", "punct", 13},
                    {"ADP", "with", "case", 13},
                    {"NOUN", "jab", "obl", 2},
                    {"PUNCT", ".", "punct", 2}});
  x->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "the plan as a grab");
}

TEST(Parsed, ALearnedCueInsideAReportWithoutItsOwnSpeakerIsPartOfIt) {
  // "Ruiz said the port would close and lambasted the plan ." parsed with
  // "lambasted" inside the clause: one report, Ruiz's.
  auto x = lambaste_extractor();
  ASSERT_TRUE(x);
  Document doc = make_doc("", {"Ruiz said the port would close and lambasted the plan."});
  apply_parse(doc, {{"PROPN", "Ruiz", "nsubj", 2},
                    {"VERB", "say", "root", 0},
                    {"DET", "the", "det", 4},
                    {"NOUN", "port", "nsubj", 6},
                    {"AUX", "would", "aux", 6},
                    {"VERB", "close", "ccomp", 2},
                    {"CCONJ", "and", "cc", 8},
                    {"VERB", "lambaste", "conj", 6},
                    {"DET", "the", "det", 10},
                    {"NOUN", "plan", "obj", 8},
                    {"PUNCT", ".", "punct", 2}});
  x->annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].content.text, "the port would close and lambasted the plan");
}

}  // namespace
}  // namespace eventwire
