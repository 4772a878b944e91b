#include "syntax/evaluation.h"

#include <ctime>

namespace eventwire {
namespace syntax_internal {

Sentence sentence_from_conllu(const ConlluSentence& gold) {
  Sentence sentence;
  uint32_t offset = 0;
  for (const ConlluWord& word : gold.words) {
    Token token;
    token.text = word.form;
    token.start = token.byte_start = offset;
    offset += static_cast<uint32_t>(word.form.size());
    token.end = token.byte_end = offset;
    ++offset;
    sentence.tokens.push_back(std::move(token));
  }
  sentence.end = sentence.byte_end = offset;
  return sentence;
}

std::string feature_value(const std::string& feats, const std::string& name) {
  size_t pos = 0;
  while (pos < feats.size()) {
    size_t bar = feats.find('|', pos);
    if (bar == std::string::npos) bar = feats.size();
    const size_t eq = feats.find('=', pos);
    if (eq != std::string::npos && eq < bar && feats.compare(pos, eq - pos, name) == 0)
      return feats.substr(eq + 1, bar - eq - 1);
    pos = bar + 1;
  }
  return "";
}

namespace {
std::string normalize(const std::string& s) {
  return s == "_" ? "" : s;
}
std::string universal(const std::string& deprel) {
  return deprel.substr(0, deprel.find(':'));
}
}  // namespace

SyntaxScores score_gold_tokens(const std::vector<ConlluSentence>& gold,
                               const std::function<void(Sentence&)>& annotate) {
  const auto& features = scored_features();
  double words = 0, upos = 0, xpos = 0, ufeats = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  std::vector<double> feature_correct(features.size(), 0);
  double seconds = 0;
  for (const ConlluSentence& g : gold) {
    if (g.words.empty()) continue;
    Sentence sentence = sentence_from_conllu(g);
    // Thread CPU time: the machine is shared, wall time would measure the neighbours.
    timespec t0{}, t1{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    annotate(sentence);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    seconds += static_cast<double>(t1.tv_sec - t0.tv_sec) +
               1e-9 * static_cast<double>(t1.tv_nsec - t0.tv_nsec);
    for (size_t i = 0; i < g.words.size(); ++i) {
      const ConlluWord& gw = g.words[i];
      const Token& t = sentence.tokens[i];
      ++words;
      upos += t.upos == gw.upos;
      xpos += t.xpos == gw.xpos;
      const std::string gold_feats = normalize(gw.feats), system_feats = normalize(t.feats);
      ufeats += system_feats == gold_feats;
      for (size_t f = 0; f < features.size(); ++f)
        feature_correct[f] +=
            feature_value(system_feats, features[f]) == feature_value(gold_feats, features[f]);
      lemma += t.lemma == gw.lemma;
      if (t.head == gw.head) {
        ++uas;
        las += universal(t.deprel) == universal(gw.deprel);
        las_full += t.deprel == gw.deprel;
      }
    }
  }
  auto pct = [&](double x) { return words > 0 ? 100.0 * x / words : 0.0; };
  SyntaxScores scores = {{"UPOS", pct(upos)}, {"XPOS", pct(xpos)}, {"UFeats", pct(ufeats)}};
  for (size_t f = 0; f < features.size(); ++f)
    scores.emplace_back("Feat_" + features[f], pct(feature_correct[f]));
  scores.emplace_back("Lemma", pct(lemma));
  scores.emplace_back("UAS", pct(uas));
  scores.emplace_back("LAS", pct(las));
  scores.emplace_back("LAS_subtypes", pct(las_full));
  scores.emplace_back("words", words);
  scores.emplace_back("tokens_per_s", seconds > 0 ? words / seconds : 0.0);
  return scores;
}

}  // namespace syntax_internal

Result<SyntaxScores> evaluate_syntax(const SyntaxModel& model, const std::string& gold_path) {
  auto gold = read_conllu_file(gold_path);
  if (!gold) return gold.status();
  return syntax_internal::score_gold_tokens(*gold, [&](Sentence& s) { (void)model.annotate(s); });
}

}  // namespace eventwire
