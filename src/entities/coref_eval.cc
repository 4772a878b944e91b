// Coreference scoring on GUM (CoNLL-U with Entity= annotations in MISC):
// MUC, B-cubed and mention links, mentions matched by their head token under
// the gold parse (docs/coref.md).
#include <algorithm>
#include <cctype>
#include <ctime>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "eventwire/conllu.h"
#include "eventwire/entities.h"
#include "eventwire/ner.h"
#include "eventwire/text.h"

namespace eventwire {
namespace {

using Key = std::pair<int, int>;  // (sentence, head token)

struct GoldMention {
  int sentence, first, last;
  std::string cluster;
};

// "Entity=(12-person-new-…)(3-place…" / "12)" → opened and closed mentions.
void parse_entity_field(const std::string& misc, int sentence, int word,
                        std::vector<std::pair<std::string, int>>& open,
                        std::vector<GoldMention>& out) {
  size_t p = misc.find("Entity=");
  if (p == std::string::npos) return;
  std::string v = misc.substr(p + 7);
  if (size_t bar = v.find('|'); bar != std::string::npos) v = v.substr(0, bar);
  for (size_t i = 0; i < v.size();) {
    if (v[i] == '(') {
      size_t j = i + 1;
      while (j < v.size() && v[j] != '(' && v[j] != ')') ++j;
      const std::string content = v.substr(i + 1, j - i - 1);
      const std::string id = content.substr(0, content.find('-'));
      if (j < v.size() && v[j] == ')') {
        out.push_back({sentence, word, word + 1, id});
        i = j + 1;
      } else {
        open.emplace_back(id, word);
        i = j;
      }
    } else if (std::isdigit(static_cast<unsigned char>(v[i]))) {
      size_t j = i;
      while (j < v.size() && v[j] != ')') ++j;
      const std::string id = v.substr(i, j - i);
      for (size_t k = open.size(); k-- > 0;)
        if (open[k].first == id) {
          out.push_back({sentence, open[k].second, word + 1, id});
          open.erase(open.begin() + static_cast<long>(k));
          break;
        }
      i = j + 1;
    } else {
      ++i;
    }
  }
}

int head_in(const Sentence& s, int first, int last) {
  for (int k = last - 1; k >= first; --k) {
    const int h = s.tokens[k].head - 1;
    if (h < first || h >= last) return k;
  }
  return last - 1;
}

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

struct Tally {
  double muc_rn = 0, muc_rd = 0, muc_pn = 0, muc_pd = 0;
  double b3_r = 0, b3_rn = 0, b3_p = 0, b3_pn = 0;
  double link_pc = 0, link_pn = 0, link_rc = 0, link_rn = 0;
};

// Scores one document's clusters (lists of keys, singletons already removed).
void score(const std::vector<std::vector<Key>>& gold, const std::vector<std::vector<Key>>& pred,
           Tally& t) {
  std::map<Key, int> gi, pi;
  for (size_t c = 0; c < gold.size(); ++c)
    for (const Key& k : gold[c]) gi[k] = static_cast<int>(c);
  for (size_t c = 0; c < pred.size(); ++c)
    for (const Key& k : pred[c]) pi[k] = static_cast<int>(c);
  auto muc = [](const std::vector<std::vector<Key>>& a, const std::map<Key, int>& other,
                double& num, double& den) {
    for (const auto& c : a) {
      std::set<int> parts;
      int alone = 0;
      for (const Key& k : c) {
        auto it = other.find(k);
        if (it == other.end())
          ++alone;
        else
          parts.insert(it->second);
      }
      num += static_cast<double>(c.size()) - (parts.size() + alone);
      den += static_cast<double>(c.size()) - 1;
    }
  };
  muc(gold, pi, t.muc_rn, t.muc_rd);
  muc(pred, gi, t.muc_pn, t.muc_pd);
  auto b3 = [](const std::vector<std::vector<Key>>& a, const std::vector<std::vector<Key>>& b,
               const std::map<Key, int>& bi, double& sum, double& n) {
    for (const auto& c : a)
      for (const Key& k : c) {
        double overlap = 1;
        auto it = bi.find(k);
        if (it != bi.end()) {
          overlap = 0;
          for (const Key& x : b[it->second]) overlap += std::find(c.begin(), c.end(), x) != c.end();
        }
        sum += overlap / static_cast<double>(c.size());
        n += 1;
      }
  };
  b3(gold, pred, pi, t.b3_r, t.b3_rn);
  b3(pred, gold, gi, t.b3_p, t.b3_pn);
  auto links = [](const std::vector<std::vector<Key>>& a, const std::map<Key, int>& other,
                  double& correct, double& n) {
    for (const auto& c : a)
      for (size_t i = 1; i < c.size(); ++i) {
        n += 1;
        auto x = other.find(c[i]), y = other.find(c[i - 1]);
        correct += x != other.end() && y != other.end() && x->second == y->second;
      }
  };
  links(pred, gi, t.link_pc, t.link_pn);
  links(gold, pi, t.link_rc, t.link_rn);
}

double f1(double p, double r) {
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace

Result<CorefScores> evaluate_coref_gum(const std::string& conllu_path, const NerModel* ner,
                                       const EntityResolver& resolver,
                                       const std::string& doc_regex) {
  std::optional<std::regex> keep;
  try {
    if (!doc_regex.empty()) keep.emplace(doc_regex);
  } catch (const std::regex_error& e) {
    return Status::invalid_input("document filter \"" + doc_regex + "\": " + e.what());
  }
  auto sentences = read_conllu_file(conllu_path);
  if (!sentences) return sentences.status();
  CorefScores out;
  Tally t;
  double seconds = 0;
  size_t i = 0;
  const auto& all = *sentences;
  while (i < all.size()) {
    Document doc;
    doc.article.id = all[i].newdoc_id.empty() ? conllu_path : all[i].newdoc_id;
    std::vector<GoldMention> gold_mentions;
    std::vector<std::pair<std::string, int>> open;
    size_t j = i;
    for (; j < all.size() && (j == i || !all[j].newdoc); ++j) {
      Sentence s;
      s.id = static_cast<int>(doc.sentences.size());
      s.start = count_code_points(doc.article.text);
      s.byte_start = static_cast<uint32_t>(doc.article.text.size());
      open.clear();
      for (size_t w = 0; w < all[j].words.size(); ++w) {
        const ConlluWord& cw = all[j].words[w];
        if (!doc.article.text.empty()) doc.article.text += ' ';
        Token tok;
        tok.text = cw.form;
        tok.byte_start = static_cast<uint32_t>(doc.article.text.size());
        tok.start = count_code_points(doc.article.text);
        doc.article.text += cw.form;
        tok.byte_end = static_cast<uint32_t>(doc.article.text.size());
        tok.end = tok.start + count_code_points(cw.form);
        tok.upos = cw.upos;
        tok.xpos = cw.xpos;
        tok.lemma = cw.lemma;
        tok.feats = cw.feats == "_" ? "" : cw.feats;
        tok.deprel = cw.deprel;
        tok.head = cw.head;
        s.tokens.push_back(std::move(tok));
        parse_entity_field(cw.misc, s.id, static_cast<int>(w), open, gold_mentions);
      }
      s.end = count_code_points(doc.article.text);
      s.byte_end = static_cast<uint32_t>(doc.article.text.size());
      out.tokens += static_cast<int64_t>(s.tokens.size());
      doc.sentences.push_back(std::move(s));
    }
    i = j;
    if (keep && !std::regex_search(doc.article.id, *keep)) {
      for (const Sentence& skipped : doc.sentences)
        out.tokens -= static_cast<int64_t>(skipped.tokens.size());
      continue;
    }
    const double t0 = thread_seconds();
    if (ner) ner->annotate(doc);
    resolver.annotate(doc);
    seconds += thread_seconds() - t0;
    // Gold clusters by head key, singletons removed.
    std::map<std::string, std::vector<Key>> gold_by_id;
    std::set<Key> seen;
    for (const auto& g : gold_mentions) {
      const Key k{g.sentence, head_in(doc.sentences[g.sentence], g.first, g.last)};
      if (seen.insert(k).second) gold_by_id[g.cluster].push_back(k);
    }
    std::vector<std::vector<Key>> gold, pred;
    for (auto& [id, keys] : gold_by_id) {
      out.gold_mentions += static_cast<int64_t>(keys.size());
      if (keys.size() > 1) gold.push_back(std::move(keys));
    }
    std::set<Key> pseen;
    for (const auto& e : doc.entities) {
      std::vector<Key> keys;
      for (const auto& m : e.mentions) {
        if (m.sentence < 0) continue;
        const Key k{m.sentence, head_in(doc.sentences[m.sentence], m.first_token, m.last_token)};
        if (pseen.insert(k).second) keys.push_back(k);
        out.matched_mentions += seen.count(k) ? 1 : 0;
      }
      out.predicted_mentions += static_cast<int64_t>(keys.size());
      if (keys.size() > 1) pred.push_back(std::move(keys));
    }
    score(gold, pred, t);
    ++out.documents;
  }
  auto div = [](double a, double b) { return b > 0 ? a / b : 0.0; };
  out.muc_r = div(t.muc_rn, t.muc_rd);
  out.muc_p = div(t.muc_pn, t.muc_pd);
  out.muc_f = f1(out.muc_p, out.muc_r);
  out.b3_r = div(t.b3_r, t.b3_rn);
  out.b3_p = div(t.b3_p, t.b3_pn);
  out.b3_f = f1(out.b3_p, out.b3_r);
  out.link_p = div(t.link_pc, t.link_pn);
  out.link_r = div(t.link_rc, t.link_rn);
  out.link_f = f1(out.link_p, out.link_r);
  out.tokens_per_second = seconds > 0 ? static_cast<double>(out.tokens) / seconds : 0;
  return out;
}

}  // namespace eventwire
