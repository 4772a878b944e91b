// Exact-match span scoring (CoNLL-style: boundaries and type must both match).
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "eventwire/ner.h"

namespace eventwire {

double NerCounts::precision() const {
  return predicted ? 100.0 * correct / predicted : 0.0;
}
double NerCounts::recall() const {
  return gold ? 100.0 * correct / gold : 0.0;
}
double NerCounts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string collapse_ner_type(const std::string& type) {
  return type == "GPE" ? "LOC" : type;
}

void NerScores::add(const std::vector<NamedSpan>& gold, const std::vector<NamedSpan>& predicted) {
  using Key = std::tuple<int, int, int, std::string>;
  std::set<Key> gold_set;
  std::map<std::string, NerCounts> counts;
  for (const auto& [type, c] : by_type) counts[type] = c;
  for (const NamedSpan& g : gold) {
    if (gold_set.insert({g.sentence, g.first_token, g.last_token, g.type}).second) {
      ++overall.gold;
      ++counts[g.type].gold;
    }
  }
  std::set<Key> seen;
  for (const NamedSpan& p : predicted) {
    Key key{p.sentence, p.first_token, p.last_token, p.type};
    if (!seen.insert(key).second) continue;
    ++overall.predicted;
    ++counts[p.type].predicted;
    if (gold_set.count(key)) {
      ++overall.correct;
      ++counts[p.type].correct;
    }
  }
  by_type.assign(counts.begin(), counts.end());
}

}  // namespace eventwire

#include <ctime>

namespace eventwire {

NerScores evaluate_ner(const NerModel& model, const std::vector<NerSentence>& gold,
                       const std::vector<std::string>& types, double* tokens_per_second,
                       bool documents) {
  auto wanted = [&](const std::string& t) {
    return std::find(types.begin(), types.end(), t) != types.end();
  };
  std::vector<std::vector<NamedSpan>> predicted(gold.size());
  size_t tokens = 0;
  // CPU time of this thread: a per-core figure that other jobs on a shared
  // machine do not distort.
  timespec t0{}, t1{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
  for (size_t s = 0; s < gold.size();) {
    size_t end = s + 1;
    if (documents && !gold[s].doc_id.empty())
      while (end < gold.size() && gold[end].doc_id == gold[s].doc_id) ++end;
    std::vector<std::vector<std::string>> texts;
    for (size_t k = s; k < end; ++k) {
      texts.push_back(gold[k].tokens);
      tokens += gold[k].tokens.size();
    }
    for (const NamedSpan& span : model.tag_document(texts))
      predicted[s + span.sentence].push_back(span);
    s = end;
  }
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
  double seconds = static_cast<double>(t1.tv_sec - t0.tv_sec) +
                   1e-9 * static_cast<double>(t1.tv_nsec - t0.tv_nsec);
  if (tokens_per_second) *tokens_per_second = seconds > 0 ? tokens / seconds : 0;
  NerScores scores;
  for (size_t s = 0; s < gold.size(); ++s) {
    std::vector<NamedSpan> g, p;
    for (NamedSpan span : gold[s].spans)
      if (wanted(span.type)) g.push_back(span);
    for (NamedSpan span : predicted[s]) {
      span.type = collapse_ner_type(span.type);
      span.sentence = 0;
      if (wanted(span.type)) p.push_back(span);
    }
    scores.add(g, p);
  }
  return scores;
}

}  // namespace eventwire
