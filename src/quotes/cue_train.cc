// `train_quote_cue_model`: fits the learned cue model (cue_model.h) on our
// annotations of UD GUM train documents (data/training/quotes/), parsed by our
// own pipeline so that training sees the parses the extractor will see.
// docs/quotes.md, "Learned cues".
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <sstream>

#include "base/fingerprint.h"
#include "eventwire/quotes.h"
#include "eventwire/syntax.h"
#include "eventwire/text.h"
#include "quotes/cue_model.h"
#include "quotes/internal.h"

namespace eventwire {

using quotes_internal::CueLexicon;
using quotes_internal::CueModel;

namespace {

struct GoldSentence {
  int doc = -1;
  uint32_t start = 0, end = 0;                       // bytes of the document text
  std::vector<std::pair<uint32_t, uint32_t>> words;  // bytes, by UD word id - 1
  bool annotated = false;
  std::vector<std::pair<int, int>> cues;  // UD word ids, inclusive
};

struct GoldDoc {
  std::string id, text;
  std::vector<GoldSentence> sentences;
};

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open \"" + path + "\"");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string x;
  while (std::getline(ss, x, '\t')) out.push_back(x);
  return out;
}

std::pair<int, int> word_span(const std::string& s) {
  size_t dash = s.find('-');
  if (dash == std::string::npos) return {std::stoi(s), std::stoi(s)};
  return {std::stoi(s.substr(0, dash)), std::stoi(s.substr(dash + 1))};
}

// Annotated documents: doc id -> sentence ranges read; (doc, sent) -> cues.
struct Annotations {
  std::map<std::string, std::vector<std::pair<int, int>>> ranges;
  std::map<std::pair<std::string, int>, std::vector<std::pair<int, int>>> cues;
  size_t attributions = 0;
};

Result<Annotations> read_annotations(const std::string& path) {
  auto text = slurp(path);
  if (!text) return text.status();
  Annotations a;
  std::stringstream ss(*text);
  std::string line;
  int no = 0;
  while (std::getline(ss, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    auto c = tabs(line);
    try {
      if (c.size() == 3 && c[0] == "doc") {
        a.ranges[c[1]].push_back(word_span(c[2]));
      } else if (c.size() == 5) {
        a.cues[{c[0], std::stoi(c[1])}].push_back(word_span(c[2]));
        ++a.attributions;
      } else {
        return Status::invalid_input(path + ":" + std::to_string(no) + ": expected 3 or 5 columns");
      }
    } catch (const std::exception&) {
      return Status::invalid_input(path + ":" + std::to_string(no) + ": bad number");
    }
  }
  return a;
}

// Where each UD word of a sentence lies in its text ("# text"); words of a
// multiword token share its span.
void place_words(const std::string& text, const std::vector<std::string>& lines, uint32_t base,
                 GoldSentence& g) {
  size_t p = 0;
  int mwt_last = 0;
  std::pair<uint32_t, uint32_t> mwt{0, 0};
  for (const auto& l : lines) {
    auto c = tabs(l);
    if (c.size() < 2 || c[0].find('.') != std::string::npos) continue;
    auto locate = [&](const std::string& form) {
      size_t at = text.find(form, p);
      if (at == std::string::npos || at > p + 8)
        at = p;  // a form the text spells otherwise
      else
        p = at + form.size();
      return std::pair<uint32_t, uint32_t>{base + static_cast<uint32_t>(at),
                                           base + static_cast<uint32_t>(p)};
    };
    if (c[0].find('-') != std::string::npos) {
      mwt = locate(c[1]);
      mwt_last = word_span(c[0]).second;
      continue;
    }
    int id = std::stoi(c[0]);
    g.words.push_back(id <= mwt_last ? mwt : locate(c[1]));
  }
}

Status read_conllu(const std::string& path, const Annotations& ann, std::vector<GoldDoc>& docs) {
  auto text = slurp(path);
  if (!text) return text.status();
  std::stringstream ss(*text);
  std::string line, doc_id, sent_text;
  std::vector<std::string> words;
  bool newpar = false, keep = false;
  int sent_no = 0;
  auto flush = [&] {
    if (!keep || words.empty()) return;
    GoldDoc& d = docs.back();
    if (!d.text.empty()) d.text += newpar ? "\n\n" : " ";
    GoldSentence g;
    g.doc = static_cast<int>(docs.size()) - 1;
    g.start = static_cast<uint32_t>(d.text.size());
    d.text += sent_text;
    g.end = static_cast<uint32_t>(d.text.size());
    place_words(sent_text, words, g.start, g);
    for (const auto& [a, b] : ann.ranges.at(d.id)) g.annotated |= sent_no >= a && sent_no <= b;
    auto it = ann.cues.find({d.id, sent_no});
    if (it != ann.cues.end()) g.cues = it->second;
    d.sentences.push_back(std::move(g));
  };
  while (std::getline(ss, line)) {
    if (line.rfind("# newdoc id = ", 0) == 0) {
      doc_id = line.substr(14);
      keep = ann.ranges.count(doc_id) > 0;
      if (keep) docs.push_back({doc_id, "", {}});
    } else if (line.rfind("# newpar", 0) == 0) {
      newpar = true;
    } else if (line.rfind("# sent_id = ", 0) == 0) {
      sent_no = std::stoi(line.substr(line.rfind('-') + 1));
    } else if (line.rfind("# text = ", 0) == 0) {
      sent_text = line.substr(9);
    } else if (line.empty()) {
      flush();
      words.clear();
      newpar = false;
    } else if (line[0] != '#') {
      words.push_back(line);
    }
  }
  flush();
  return Status::ok();
}

// WordNet's lexicographer files of each verb's first three senses, for verbs
// with a communication, cognition or emotion sense among them.
Result<std::unordered_map<std::string, std::vector<std::string>>> wordnet_senses(
    const std::string& dir) {
  static const char* kFiles[] = {"body",        "change",      "cognition",  "communication",
                                 "competition", "consumption", "contact",    "creation",
                                 "emotion",     "motion",      "perception", "possession",
                                 "social",      "stative",     "weather"};
  auto data = slurp(dir + "/data.verb");
  if (!data) return data.status();
  std::unordered_map<std::string, int> lexfile;  // synset offset -> lexfile number
  std::stringstream ds(*data);
  std::string line;
  while (std::getline(ds, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::stringstream ls(line);
    std::string offset;
    int file = 0;
    ls >> offset >> file;
    lexfile[offset] = file;
  }
  auto index = slurp(dir + "/index.verb");
  if (!index) return index.status();
  std::unordered_map<std::string, std::vector<std::string>> out;
  std::stringstream is(*index);
  while (std::getline(is, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::stringstream ls(line);
    std::string lemma, pos, x;
    int synsets = 0, pointers = 0;
    ls >> lemma >> pos >> synsets >> pointers;
    if (lemma.find('_') != std::string::npos) continue;
    for (int k = 0; k < pointers; ++k) ls >> x;
    ls >> x >> x;  // sense_cnt, tagsense_cnt
    std::vector<std::string> files;
    bool wanted = false;
    for (int k = 0; k < synsets && k < 3 && (ls >> x); ++k) {
      int f = lexfile.count(x) ? lexfile[x] - 29 : -1;
      if (f < 0 || f >= 15) continue;
      files.push_back(kFiles[f]);
      wanted |= f == 2 || f == 3 || f == 8;
    }
    if (wanted) out[lemma] = files;
  }
  if (out.empty()) return Status::invalid_input(dir + ": no WordNet verbs read");
  return out;
}

struct Sample {
  int doc = 0;
  std::vector<int> features;
  double y = 0, p = 0;
  bool in_lexicon = false;
};

void fit(std::vector<Sample*> train, size_t n_features, double l2, int epochs,
         std::vector<double>& w, double& bias) {
  w.assign(n_features, 0.0);
  bias = 0;
  std::vector<double> g2(n_features, 1e-8);
  double gb2 = 1e-8;
  const double rate = 0.3, n = static_cast<double>(train.size());
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::vector<double> grad(n_features, 0.0);
    double gb = 0;
    for (const Sample* s : train) {
      double z = bias;
      for (int f : s->features) z += w[f];
      double err = 1.0 / (1.0 + std::exp(-z)) - s->y;
      gb += err;
      for (int f : s->features) grad[f] += err;
    }
    for (size_t f = 0; f < n_features; ++f) {
      double g = grad[f] / n + l2 * w[f] / n;
      g2[f] += g * g;
      w[f] -= rate * g / std::sqrt(g2[f]);
    }
    gb /= n;
    gb2 += gb * gb;
    bias -= rate * gb / std::sqrt(gb2);
  }
}

double predict(const Sample& s, const std::vector<double>& w, double bias) {
  double z = bias;
  for (int f : s.features) z += w[f];
  return 1.0 / (1.0 + std::exp(-z));
}

struct Prf {
  double p = 0, r = 0, f = 0;
};
Prf prf_at(const std::vector<Sample>& ss, double t, bool outside_lexicon) {
  double tp = 0, fp = 0, fn = 0;
  for (const auto& s : ss) {
    if (outside_lexicon && s.in_lexicon) continue;
    bool yes = s.p >= t;
    tp += yes && s.y > 0.5;
    fp += yes && s.y < 0.5;
    fn += !yes && s.y > 0.5;
  }
  Prf r;
  r.p = tp + fp > 0 ? 100 * tp / (tp + fp) : 0;
  r.r = tp + fn > 0 ? 100 * tp / (tp + fn) : 0;
  r.f = r.p + r.r > 0 ? 2 * r.p * r.r / (r.p + r.r) : 0;
  return r;
}

}  // namespace

namespace {

// The verbs of one annotated document, parsed by our pipeline, each labelled
// (cue of an annotated attribution or not) with its features.
Status add_samples(const GoldDoc& g, int d, const SyntaxModel& syntax, const CueLexicon& lex,
                   const CueModel& model, std::map<std::string, int>& index,
                   std::vector<Sample>& samples) {
  Document doc;
  doc.article.id = g.id;
  doc.article.text = g.text;
  quotes_internal::set_text_paragraphs(doc.article);
  doc.sentences = segment_article(doc.article, SegmentOptions{}, &doc.warnings);
  for (auto& s : doc.sentences) {
    if (auto st = syntax.annotate(s); !st) return st;
  }
  auto quoted = quotes_internal::quoted_token_flags(doc);
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    for (int i = 0; i < static_cast<int>(s.tokens.size()); ++i) {
      const Token& t = s.tokens[i];
      if (t.upos != "VERB" || quoted[si][i]) continue;
      const GoldSentence* gs = nullptr;
      for (const auto& x : g.sentences)
        if (t.byte_start >= x.start && t.byte_start < x.end) gs = &x;
      if (!gs || !gs->annotated) continue;
      Sample smp;
      smp.doc = d;
      smp.in_lexicon = lex.verb(t) != nullptr;
      for (const auto& [a, b] : gs->cues) {
        for (int w = a; w <= b && w <= static_cast<int>(gs->words.size()); ++w) {
          auto [ws, we] = gs->words[w - 1];
          if (t.byte_start < we && ws < t.byte_end) smp.y = 1;
        }
      }
      for (const auto& f : quotes_internal::cue_features(s, i, lex, model)) {
        auto [it, fresh] = index.emplace(f, static_cast<int>(index.size()));
        smp.features.push_back(it->second);
      }
      samples.push_back(std::move(smp));
    }
  }
  return Status::ok();
}

struct Settings {
  double l2 = 1, threshold = 0.5, f1 = -1;
};

// Five folds by document: the L2 strength and the threshold with the best F1
// on verbs outside the lexicon (the ones the model decides at run time).
Settings cross_validate(std::vector<Sample>& samples, size_t n_features,
                        const QuoteCueTrainOptions& o, std::ostream& out) {
  Settings best;
  best.l2 = o.l2s.front();
  for (double l2 : o.l2s) {
    for (int fold = 0; fold < 5; ++fold) {
      std::vector<Sample*> train;
      for (auto& s : samples)
        if (s.doc % 5 != fold) train.push_back(&s);
      std::vector<double> w;
      double bias = 0;
      fit(train, n_features, l2, o.epochs, w, bias);
      for (auto& s : samples)
        if (s.doc % 5 == fold) s.p = predict(s, w, bias);
    }
    for (double t = 0.2; t < 0.91; t += 0.05) {
      Prf all = prf_at(samples, t, false), rest = prf_at(samples, t, true);
      out << "l2 " << l2 << " threshold " << t << ": all verbs P/R/F " << all.p << " / " << all.r
          << " / " << all.f << "; outside the lexicon " << rest.p << " / " << rest.r << " / "
          << rest.f << "\n";
      if (rest.f > best.f1) best = {l2, t, rest.f};
    }
  }
  out << "chosen: l2 " << best.l2 << ", threshold " << best.threshold
      << " (cross-validated F1 outside the lexicon " << best.f1 << ")\n";
  return best;
}

}  // namespace

Status train_quote_cue_model(const QuoteCueTrainOptions& o) {
  auto ann = read_annotations(o.annotations);
  if (!ann) return ann.status();
  auto docs = std::make_unique<std::vector<GoldDoc>>();
  for (const auto& path : o.conllu) {
    if (auto st = read_conllu(path, *ann, *docs); !st) return st;
  }
  auto senses = wordnet_senses(o.wordnet_dir);
  if (!senses) return senses.status();
  auto syntax = SyntaxModel::load(o.syntax_model);
  if (!syntax) return syntax.status();
  auto lex = CueLexicon::parse(quotes_internal::embedded_cue_lexicon(), "builtin:cues.tsv");
  if (!lex) return lex.status();
  CueModel model;
  model.senses = *senses;
  std::vector<Sample> samples;
  std::map<std::string, int> index;
  size_t n_sentences = 0;
  for (size_t d = 0; d < docs->size(); ++d) {
    for (const auto& s : (*docs)[d].sentences) n_sentences += s.annotated;
    auto st = add_samples((*docs)[d], static_cast<int>(d), **syntax, *lex, model, index, samples);
    if (!st) return st;
  }
  std::ostream& out = *o.report;
  size_t positives = 0, outside = 0, outside_pos = 0;
  for (const auto& s : samples) {
    positives += s.y > 0.5;
    outside += !s.in_lexicon;
    outside_pos += !s.in_lexicon && s.y > 0.5;
  }
  out << "documents " << docs->size() << ", annotated sentences " << n_sentences
      << ", attributions " << ann->attributions << "\n"
      << "verbs " << samples.size() << " (cues " << positives << "), outside the lexicon "
      << outside << " (cues " << outside_pos << "), features " << index.size() << "\n";
  Settings best = cross_validate(samples, index.size(), o, out);
  std::vector<Sample*> all;
  for (auto& s : samples) all.push_back(&s);
  std::vector<double> w;
  fit(all, index.size(), best.l2, o.epochs, w, model.bias);
  for (const auto& [name, k] : index)
    if (std::abs(w[k]) >= 1e-4) model.weights[name] = w[k];
  model.threshold = o.threshold > 0 ? o.threshold : best.threshold;
  std::ofstream file(o.model_out, std::ios::binary);
  if (!file) return Status::not_found("cannot write \"" + o.model_out + "\"");
  auto annotations = slurp(o.annotations);
  file << "# eventwire learned quote cues: logistic regression (docs/quotes.md, \"Learned cues\")\n"
       << "# trained by `eventwire train quote-cues` on " << o.annotations << " (fingerprint "
       << base::fingerprint_hex(*annotations) << "), " << samples.size() << " verbs, l2 " << best.l2
       << ", " << o.epochs << " epochs\n"
       << "# senses: WordNet 3.0 lexicographer files of the first three senses\n"
       << model.write();
  return Status::ok();
}

}  // namespace eventwire
