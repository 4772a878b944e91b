// Internals of the quotes stage shared by its source files and tests.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire::quotes_internal {

std::string_view embedded_cue_lexicon();

// Whether a noun's most frequent WordNet sense names a person ("spokeswoman",
// "mother"; not "campaign" or "footage"); lower-case lemma.
bool person_noun(std::string_view lemma);
// The WordNet lexicographer classes of a noun's senses, most frequent first,
// one letter each (data/lexicon/noun-classes.tsv: "C" communication, "G"
// cognition, "P" person, …); empty when WordNet lacks the lower-case lemma.
std::string_view noun_classes(std::string_view lemma);

struct CueModel;

struct CueEntry {
  std::string lemma, cls;  // cls: speech | cognition | according | medium
  bool hand = false;       // on our hand-written list (trusted without a parse)
  bool object =
      false;  // may report an object or infinitive ("denied the charges", "vowed to fight")
  bool infinitive = false;  // may report an intention's infinitive ("plans to run")
  bool to_object = false;   // a "to" phrase is what it reports ("pointed to the vote")
};

// data/quotes/cues.tsv: "kind lemma class sources forms [frames]" per line;
// kind is verb, phrase, noun or adjective; frames lists "clause", "object",
// "infinitive", "to" (verbs only).

struct CueLexicon {
  std::unordered_map<std::string, CueEntry> verb_forms;  // lower-cased form -> entry
  std::unordered_map<std::string, CueEntry> verb_lemmas;
  std::vector<std::pair<std::vector<std::string>, std::string>> phrases;  // words, class
  // Indices into `phrases` of the `according` and `medium` ones, in file order.
  std::vector<size_t> according_phrases, medium_phrases;
  std::vector<std::string> medium_first_words;  // distinct first words of the medium phrases
  std::unordered_set<std::string> nouns;
  std::unordered_set<std::string> adjectives;  // attitude: "sure that", "critical of"
  std::string fingerprint;
  size_t entries = 0;
  // The learned cue model for verbs the lexicon does not list (cue_model.h);
  // null when learned cues are off.
  std::shared_ptr<const CueModel> model;
  // A lexicon verb reporting only its object ("denied the charges") is a cue
  // when the model scores it at least this ("will moderate the debate" is no
  // report); 0 accepts every one.
  double object_threshold = 0;
  // The same for an object that names a person, place, act or thing, not
  // words ("greeted the mayor", "called a board meeting"); 0: as any object.
  double thing_object_threshold = 0;

  static Result<CueLexicon> parse(std::string_view text, const std::string& name);
  // The entry for a verb token: by lemma when parsed, else by form.
  const CueEntry* verb(const Token& token) const;
};

// Half-open token range within one sentence; first < 0 means none.
struct TokRange {
  int first = -1, last = -1;
  bool empty() const { return first < 0 || last <= first; }
  bool contains(int t) const { return !empty() && t >= first && t < last; }
};

// One reporting frame found in a sentence: cue, who, to whom, what.
struct Frame {
  TokRange cue, speaker, addressee, content, medium;
  TokRange lead;  // "The latest test, X said, was its biggest": the subject before the cue
  std::string lemma, cls;
  int speaker_head = -1;       // the speaker's head token (for entity matching)
  int head = -1;               // the cue's head token (parse only)
  int parent = -1;             // frame (same sentence) whose content holds this cue
  bool parenthetical = false;  // "…, X said." content is the host clause
  bool relative = false;       // the cue heads a relative clause ("X, who said …")
  // Its "who" or "which": the quote's speaker span (as "he" is for a pronoun
  // speaker), while `speaker` holds the antecedent the entity comes from.
  int relative_word = -1;
  bool inherited_speaker = false;  // subject taken from a governing verb (parse only)
  bool object = false;             // content is an object or infinitive, not a clause (parse only)
  bool thing_object = false;  // that object names a person, place, act or thing ("greeted Lee")
  // A pronoun's belief or intention inside another frame's content ("X said she
  // wants to go"): part of that report, not one of its own (set once per sentence).
  bool nested = false;
  // The cue is the learned model's, not the lexicon's: its content is its
  // object, clause or "as" phrase alone, and inside another frame's content
  // it reports only with a speaker of its own.
  bool learned = false;
  bool vetoed = false;  // the cue reports nothing here; dropped once surface frames are merged
};

// A run of quoted text between marks; marks are included in [start, end).
struct MarkedQuote {
  uint32_t start = 0, end = 0;              // code points
  int first_sentence = 0, first_token = 0;  // first token inside the span
  int last_sentence = 0, last_token = 0;    // exclusive end token in last_sentence
  int paragraph = -1;
  bool opened = true, closed = true;  // false for an unbalanced side
};

bool is_quote_mark(std::string_view text);
// Direct quotes of a document from its quote-mark tokens (apostrophes inside
// multiword tokens are never marks).
std::vector<MarkedQuote> find_marked_quotes(const Document& doc);

// Frames of one sentence from its UD parse, or (when unparsed) from surface
// patterns. `quoted[t]` tells whether token t is inside a direct quote.
std::vector<Frame> frames_from_parse(const Sentence& s, const CueLexicon& lex, bool cognition);
// `low` holds the sentence's tokens lower-cased (lower_words), made once for
// the surface patterns and the media.
std::vector<Frame> frames_from_surface(const Sentence& s, const std::vector<std::string>& low,
                                       const CueLexicon& lex, const std::vector<bool>& quoted);
// Whether a frame reports an infinitive ("vowed to fight", "wants to visit").
bool infinitive_content(const Sentence& s, const Frame& f);
// Whether every word of tokens [a, b) longer than three letters is capitalised
// (a headline, a name); short words may stay lower case ("of", "the", "our").
bool title_case(const Sentence& s, int a, int b);
// Links each frame to the innermost other frame whose content holds its cue.
void link_parents(std::vector<Frame>& frames);
// Speakers for frames the parse left without one: a subjectless participle or
// conjunct continues the nearest earlier speaker; a finite cue takes the noun
// phrase right before it.
void fill_missing_speakers(const Sentence& s, const std::vector<bool>& quoted,
                           std::vector<Frame>& frames);
// Finds medium phrases ("in a statement", "on Fox News") for frames.
void find_media(const Sentence& s, const std::vector<std::string>& low, const CueLexicon& lex,
                std::vector<Frame>& frames);

// Which tokens of each sentence lie inside direct quotes (marks included).
std::vector<std::vector<bool>> quoted_token_flags(const Document& doc);
// Paragraphs of a plain text: blank lines and single line breaks separate them,
// except a break before a line going on in lower case (a soft wrap).
void set_text_paragraphs(Article& a);

// Labels of editors, not speakers ("update", "note", "clarification"), lower case.
bool editorial_label(const std::string& lower_word);
// Transcript turns ("BRENNICK: We will …" paragraphs, at least two in the
// document) as direct quotes of the labelled speaker (transcript.cc).
std::vector<Quote> transcript_turns(const Document& doc);
// Adds the turns to doc.quotes, dropping quotes that run across a turn's
// edge or repeat its words under the colon cue; renumbers the quotes.
void add_transcript_turns(Document& doc);

bool is_pronoun(std::string_view lower);
bool is_punct(const Token& t);
TokRange trim(const Sentence& s, TokRange r);
std::string lower(std::string_view s);
// Whether lower(word) == lower_word, without building the copy.
bool lower_is(std::string_view word, std::string_view lower_word);
// The tokens of s lower-cased.
std::vector<std::string> lower_words(const Sentence& s);

}  // namespace eventwire::quotes_internal
