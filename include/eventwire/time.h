// The time stage: finds time expressions in a Document's sentences and
// normalizes them to TIMEX3 types and values (docs/time.md).
//
// Rule-based, no model file. A TimeTagger holds only immutable tables after
// create(), so one shared instance may annotate many documents from many
// threads at once; annotate() writes only to the Document it is given.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

// What relative expressions ("Thursday", "in November", "the next day") are
// anchored on.
enum class Anchor {
  kNews,       // the article date, with the governing verb's tense choosing the direction
  kNarrative,  // the last explicit date met so far in the text (encyclopedic, historical)
};

struct TimeOptions {
  Anchor anchor = Anchor::kNews;
  // Overrides Article::date as the document date when non-empty (ISO YYYY-MM-DD).
  std::string reference_date;
};

class TimeTagger {
 public:
  static Result<std::shared_ptr<const TimeTagger>> create();

  // Replaces doc.times with the expressions found in doc.sentences (ids T1,
  // T2, … in text order). Uses Token::feats/xpos/head/deprel when the syntax
  // stage has filled them, nearby tense cues otherwise. Without a usable
  // article date, relative expressions get X-filled values (XXXX-XX-XX).
  // An unparsable date is reported once in doc.warnings.
  void annotate(Document& doc, const TimeOptions& options) const;

 private:
  TimeTagger() = default;
};

// The time expression attached to verb token `verb` (0-based) of sentence
// `sentence`: an expression in the verb's subtree through obl, obl:tmod,
// nmod:tmod or advmod when the sentence is parsed, otherwise the nearest one in
// the same clause. Returns an index into doc.times. Pure; thread-safe.
std::optional<size_t> time_for_token(const Document& doc, int sentence, int verb);

// ---- Evaluation -------------------------------------------------------------

struct GoldTimex {
  uint32_t start = 0, end = 0;  // code points into article.text
  std::string text, type, value;
};

struct TimeEvalDocument {
  Article article;  // text with the tags stripped; date = creation time
  std::vector<GoldTimex> gold;
  bool timex2 =
      false;  // TIMEX2 gold: a SET's value is scored in TIMEX2 form too ("daily" = XXXX-XX-XX)
};

// *.tml files: TIMEX3 in TEXT, the creation time from functionInDocument="CREATION_TIME".
Result<std::vector<TimeEvalDocument>> read_timeml_dir(const std::string& dir);
// WikiWars: DIR may be the corpus root, WikiWars_20120218_v104 or its keyinline
// folder (TIMEX2 inline, VAL attributes; nested TIMEX2 keep only the outermost).
Result<std::vector<TimeEvalDocument>> read_wikiwars_dir(const std::string& dir);

struct TimeScores {
  size_t documents = 0, tokens = 0, gold = 0, system = 0;
  size_t strict_match = 0, relaxed_match = 0;
  size_t gold_with_value = 0, value_correct = 0;  // value_correct among relaxed matches
  size_t matched_without_value = 0;  // matched gold that carries no value: left out of value scores
  double seconds = 0;                // tagging time only
  // "name value" pairs: strict/relaxed P/R/F1, value accuracy and F1, tokens/s.
  std::vector<std::pair<std::string, double>> lines() const;
};

// Segments each document (the text stage's segment_article once it is
// available, a simple internal splitter until then), tags and scores it.
TimeScores evaluate_time(const TimeTagger& tagger, const std::vector<TimeEvalDocument>& docs,
                         const TimeOptions& options);

// SemEval-2015 TimeLine (track A TimeML + TimeLines_Gold_Standard): for each
// gold-dated timeline event, does the date our tagger attaches to its verb
// (time_for_token, else the article date) agree with the gold date at the
// gold's granularity?
struct TimelineScores {
  size_t events = 0;             // dated gold events found in the text
  size_t reproduced = 0;         // our date agrees
  size_t article_date_only = 0;  // baseline: the article date agrees
  size_t anchored_by_us = 0;     // events whose date came from one of our expressions
  std::vector<std::pair<std::string, double>> lines() const;
};
Result<TimelineScores> evaluate_timeline(const TimeTagger& tagger, const std::string& dir);

}  // namespace eventwire
