// The learned cue model of the quotes stage: a logistic regression that says
// whether a verb the cue lexicon does not list reports speech, thought or a
// stance in its sentence ("blasted the plan", "mocked Romney for …"), trained
// by `eventwire train quote-cues` on our own annotations of open news
// (data/training/quotes/). docs/quotes.md, "Learned cues".
//
// Thread safety: a CueModel is immutable after parse(); score() is const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire::quotes_internal {

struct CueLexicon;

std::string_view embedded_cue_model();

struct CueModel {
  // WordNet lexicographer files of a verb's first senses, most frequent first
  // ("communication", "cognition", …), for verbs with such a sense in their
  // first three; other verbs have none here.
  std::unordered_map<std::string, std::vector<std::string>> senses;
  std::unordered_map<std::string, double> weights;
  std::unordered_map<uint64_t, double> hashed;  // FNV-1a of each weight's feature (score's key)
  std::unordered_set<std::string> lemmas;       // lemmas with a weight of their own
  double bias = 0;
  double threshold = 0.5;
  std::string fingerprint;

  // data/quotes/cue-model.tsv: "threshold T", "bias B", "w FEATURE WEIGHT",
  // "senses LEMMA FILE,FILE,…" lines; '#' comments.
  static Result<CueModel> parse(std::string_view text, const std::string& name);
  std::string write() const;  // the file text, in parse()'s format
  // Whether the model may make this verb a cue at all: a verb with a
  // communication, cognition or emotion sense, or one the training data saw
  // (a cheap test that spares score() on most verbs).
  bool candidate(const Token& verb) const;
  // Probability that verb token i of the parsed sentence s is a cue.
  double score(const Sentence& s, int i, const CueLexicon& lex) const;
};

// The features of verb token i of a parsed sentence (shared by training and
// scoring): its lemma, WordNet sense files, lexicon entry, relation,
// dependents (clause, object, infinitive, prepositions), subject kind, voice,
// verb form and nearby quote marks.
std::vector<std::string> cue_features(const Sentence& s, int i, const CueLexicon& lex,
                                      const CueModel& senses);

}  // namespace eventwire::quotes_internal
