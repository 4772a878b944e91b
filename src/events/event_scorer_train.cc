// Training the event scorer: labels, join, regression, cross-validation,
// threshold, report and weights file (event_scorer_train.h).
#include "events/event_scorer_train.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/fingerprint.h"

namespace eventwire::events {
namespace {

std::vector<std::string> split_label_fields(std::string_view line) {
  std::vector<std::string> out;
  while (true) {
    size_t tab = line.find('\t');
    out.emplace_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line = line.substr(tab + 1);
  }
  return out;
}

bool valid_reason(const std::string& verdict, const std::string& reason) {
  static const char* const kPartly[] = {"actor", "modality", "subcode"};
  static const char* const kWrong[] = {"sense", "nonevent", "arguments", "root", "modality"};
  if (verdict == "right") return reason == "-" || reason.empty();
  if (verdict == "partly")
    return std::find(std::begin(kPartly), std::end(kPartly), reason) != std::end(kPartly);
  return std::find(std::begin(kWrong), std::end(kWrong), reason) != std::end(kWrong);
}

// The training target of a verdict: right 1, wrong 0, partly right (a real
// event of the right root with one argument or the modality wrong) in between.
double label_of(const std::string& verdict, double partly) {
  return verdict == "right" ? 1.0 : verdict == "partly" ? partly : 0.0;
}

double log_loss(const std::vector<ScorerRecord*>& rs, double ScorerRecord::*prob) {
  double sum = 0;
  for (const ScorerRecord* r : rs) {
    double p = std::clamp(r->*prob, 1e-6, 1 - 1e-6);
    sum -= r->label * std::log(p) + (1 - r->label) * std::log(1 - p);
  }
  return rs.empty() ? 0 : sum / static_cast<double>(rs.size());
}

struct Kept {
  size_t all = 0, right = 0, partly = 0;
};
Kept kept_at(const std::vector<ScorerRecord*>& rs, double threshold,
             double ScorerRecord::*prob = &ScorerRecord::p) {
  Kept k;
  for (const ScorerRecord* r : rs)
    if (r->*prob >= threshold) {
      ++k.all;
      k.right += r->verdict == "right";
      k.partly += r->verdict == "partly";
    }
  return k;
}

size_t right_count(const std::vector<ScorerRecord*>& rs) {
  return static_cast<size_t>(std::count_if(
      rs.begin(), rs.end(), [](const ScorerRecord* r) { return r->verdict == "right"; }));
}

void print_kept(std::ostream& out, const char* name, const Kept& k, size_t right_total) {
  char line[200];
  std::snprintf(
      line, sizeof line,
      "%-24s kept %4zu  right %4zu (%5.1f%%)  right+partly %5.1f%%  right lost %zu of %zu\n", name,
      k.all, k.right, k.all ? 100.0 * k.right / k.all : 0.0,
      k.all ? 100.0 * (k.right + k.partly) / k.all : 0.0, right_total - k.right, right_total);
  out << line;
}

void train_into(const std::vector<ScorerRecord*>& train, const std::vector<ScorerRecord*>& apply,
                const ScorerTrainOptions& to) {
  std::vector<ScorerExample> data;
  for (const ScorerRecord* r : train) data.push_back({r->features, r->label});
  auto weights = train_event_scorer(data, to);
  for (ScorerRecord* r : apply) r->p = scorer_probability(weights, r->features);
}

// Out-of-fold probabilities on `train` (5 folds by document); their log loss.
double cross_validate(const std::vector<ScorerRecord*>& train, const ScorerTrainOptions& to) {
  auto fold_of = [](const ScorerRecord* r) { return base::fnv1a(r->doc + "#cv") % 5; };
  for (uint64_t fold = 0; fold < 5; ++fold) {
    std::vector<ScorerRecord*> fit, held;
    for (ScorerRecord* r : train) (fold_of(r) == fold ? held : fit).push_back(r);
    train_into(fit, held, to);
  }
  return log_loss(train, &ScorerRecord::p);
}

// The L2 strengths with the lowest out-of-fold log loss; a strength the
// settings fix is not searched.
ScorerTrainOptions choose_l2(const std::vector<ScorerRecord*>& train,
                             const ScorerTrainSettings& settings, std::ostream& report) {
  ScorerTrainOptions best;
  best.iterations = settings.iterations;
  double best_loss = 1e9;
  auto grid = [](double fixed, std::vector<double> values) {
    return fixed >= 0 ? std::vector<double>{fixed} : values;
  };
  for (double l2 : grid(settings.l2, {3.0, 10.0, 30.0, 100.0}))
    for (double l2s : grid(settings.l2_sparse, {3.0, 10.0, 30.0})) {
      ScorerTrainOptions to;
      to.l2 = l2, to.l2_sparse = l2s, to.iterations = settings.iterations;
      double loss = cross_validate(train, to);
      char line[96];
      std::snprintf(line, sizeof line, "cv l2 %.1f sparse %.1f: log loss %.4f\n", l2, l2s, loss);
      report << line;
      if (loss < best_loss) best_loss = loss, best = to;
    }
  return best;
}

// The threshold out of fold: the highest that loses at most max_right_loss of
// the right events of the train part, capped by max_threshold.
double choose_threshold(const std::vector<ScorerRecord*>& train,
                        const ScorerTrainSettings& settings, std::ostream& report) {
  const size_t right = right_count(train);
  double threshold = 0, best_f = -1, best_f_threshold = 0;
  for (int t = 0; t <= 80; t += t < 20 ? 1 : 5) {
    Kept k = kept_at(train, t / 100.0);
    double precision = k.all ? static_cast<double>(k.right) / k.all : 0;
    double recall = right ? static_cast<double>(k.right) / right : 0;
    double b2 = settings.beta * settings.beta;
    double f =
        precision + recall > 0 ? (1 + b2) * precision * recall / (b2 * precision + recall) : 0;
    char name[32];
    std::snprintf(name, sizeof name, "  >= %.2f F %.3f", t / 100.0, f);
    print_kept(report, name, k, right);
    if (f > best_f + 1e-9) best_f = f, best_f_threshold = t / 100.0;
    if (static_cast<double>(right - k.right) <= settings.max_right_loss * right)
      threshold = t / 100.0;
  }
  char line[160];
  std::snprintf(line, sizeof line,
                "best F%.1f out of fold at %.2f; at most %.1f%% of right events lost: %.2f\n",
                settings.beta, best_f_threshold, 100 * settings.max_right_loss, threshold);
  report << line;
  if (settings.threshold >= 0) {
    std::snprintf(line, sizeof line, "fixed by --threshold: %.2f\n", settings.threshold);
    report << line;
    return settings.threshold;
  }
  if (settings.max_threshold >= 0 && threshold > settings.max_threshold) {
    threshold = settings.max_threshold;
    std::snprintf(line, sizeof line, "capped by --max-threshold: %.2f\n", threshold);
    report << line;
  }
  return threshold;
}

void report_held_apart(const std::vector<ScorerRecord*>& test, double threshold,
                       std::ostream& report) {
  const size_t right = right_count(test);
  char line[200];
  std::snprintf(line, sizeof line,
                "held-apart part (%zu events, %zu right): log loss %.4f new, %.4f compiled-in\n",
                test.size(), right, log_loss(test, &ScorerRecord::p),
                log_loss(test, &ScorerRecord::shipped));
  report << line;
  print_kept(report, "  every event", kept_at(test, -1), right);
  std::vector<double> thresholds = {0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};
  if (std::find(thresholds.begin(), thresholds.end(), threshold) == thresholds.end())
    thresholds.push_back(threshold);
  std::sort(thresholds.begin(), thresholds.end());
  for (double t : thresholds) {
    char name[40];
    std::snprintf(name, sizeof name, "  new >= %.2f%s", t, t == threshold ? " (chosen)" : "");
    print_kept(report, name, kept_at(test, t), right);
    std::snprintf(name, sizeof name, "  compiled-in >= %.2f", t);
    print_kept(report, name, kept_at(test, t, &ScorerRecord::shipped), right);
  }
}

}  // namespace

Result<ScorerLabels> parse_scorer_labels(std::string_view text) {
  ScorerLabels labels;
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto f = split_label_fields(line);
    auto bad = [&](const std::string& why) {
      return Status::invalid_input("labels line " + std::to_string(line_no) + ": " + why);
    };
    if (f.size() != 7)
      return bad("expected 7 tab-separated fields, got " + std::to_string(f.size()));
    if (f[0].empty() || f[1].empty() ||
        !std::all_of(f[1].begin(), f[1].end(), [](char c) { return c >= '0' && c <= '9'; }))
      return bad("bad document id or offset");
    if (f[5] != "right" && f[5] != "partly" && f[5] != "wrong") return bad("bad label " + f[5]);
    if (!valid_reason(f[5], f[6])) return bad("bad reason '" + f[6] + "' for " + f[5]);
    std::string key = f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3] + "|" + f[4];
    if (!labels.by_key.emplace(key, ScorerLabel{f[5], f[6]}).second)
      return bad("event judged twice: " + key);
    labels.bytes.append(line).push_back('\n');
  }
  return labels;
}

Result<ScorerLabels> read_scorer_labels(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::io_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_scorer_labels(ss.str());
}

std::string scorer_event_key(const std::string& doc_id, const Event& e) {
  return doc_id + "|" + std::to_string(e.start) + "|" + e.code + "|" +
         (e.source && !e.source->actor_code.empty() ? e.source->actor_code : "-") + "|" +
         (e.target && !e.target->actor_code.empty() ? e.target->actor_code : "-");
}

bool scorer_held_apart(std::string_view doc_id) {
  return base::fnv1a(doc_id) % 3 == 0;
}

void collect_judged_events(const Document& doc, const ScorerLabels& labels,
                           const ScorerTrainSettings& settings, const dict::Lexicon& lexicon,
                           std::vector<ScorerRecord>& out) {
  for (size_t k = 0; k < doc.events.size(); ++k) {
    const Event& e = doc.events[k];
    std::string key = scorer_event_key(doc.article.id, e);
    auto it = labels.by_key.find(key);
    if (it == labels.by_key.end()) continue;
    auto features = event_features(doc, k, lexicon);
    std::erase_if(features, [&](const ScorerFeature& f) {
      return std::any_of(settings.without.begin(), settings.without.end(),
                         [&](const std::string& prefix) { return f.first.starts_with(prefix); });
    });
    const std::string& verdict = it->second.verdict;
    out.push_back({doc.article.id, std::move(key), verdict, std::move(features),
                   label_of(verdict, settings.partly), 0, e.confidence});
  }
}

ScorerModel train_scorer_model(std::vector<ScorerRecord>& records,
                               const ScorerTrainSettings& settings, std::ostream& report) {
  std::vector<ScorerRecord*> train, test;
  for (ScorerRecord& r : records) (scorer_held_apart(r.doc) ? test : train).push_back(&r);
  ScorerModel model;
  model.options = choose_l2(train, settings, report);
  cross_validate(train, model.options);  // out-of-fold probabilities of the chosen setting
  model.train_events = train.size();
  model.train_right = right_count(train);
  char line[160];
  std::snprintf(line, sizeof line,
                "train part (%zu events, %zu right), out of fold, l2 %.1f sparse %.1f:\n",
                train.size(), model.train_right, model.options.l2, model.options.l2_sparse);
  report << line;
  model.threshold = choose_threshold(train, settings, report);
  std::vector<ScorerExample> data;
  for (const ScorerRecord* r : train) data.push_back({r->features, r->label});
  model.weights = train_event_scorer(data, model.options);
  for (ScorerRecord& r : records) r.p = scorer_probability(model.weights, r.features);
  report_held_apart(test, model.threshold, report);
  return model;
}

std::string scorer_weights_file(const ScorerModel& model, const ScorerLabels& labels,
                                const ScorerTrainSettings& settings) {
  std::vector<std::pair<std::string, double>> sorted(model.weights.begin(), model.weights.end());
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    return std::abs(a.second) != std::abs(b.second) ? std::abs(a.second) > std::abs(b.second)
                                                    : a.first < b.first;
  });
  char settings_text[160];
  std::snprintf(settings_text, sizeof settings_text,
                "l2 %.1f sparse %.1f iterations %d beta %.2f partly %.2f", model.options.l2,
                model.options.l2_sparse, model.options.iterations, settings.beta, settings.partly);
  std::ostringstream out;
  out << "# eventwire event scorer: logistic regression, P(event right) from event features,\n"
         "# a partly right event counting as @trained's partly (docs/events.md, \"Event\n"
         "# scorer\"). Written by `eventwire train event-scorer`\n"
         "# from data/training/event-scorer/labels.tsv; feature<TAB>weight, largest first.\n"
         "# Do not edit by hand.\n";
  out << "@format\t1\n@version\t1\n";
  out << "@data\t" << base::fingerprint_hex(labels.bytes + settings_text) << "\n";
  out << "@trained\t" << model.train_events << " judged events (" << model.train_right
      << " right), " << settings_text << "\n";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", model.threshold);
  out << "@threshold\t" << buf << "\n";
  for (const auto& [name, w] : sorted) {
    std::snprintf(buf, sizeof buf, "%.4f", w);
    out << name << '\t' << buf << '\n';
  }
  return out.str();
}

std::unordered_map<std::string, double> train_event_scorer(const std::vector<ScorerExample>& data,
                                                           const ScorerTrainOptions& options) {
  // Features as indices; a diagonally preconditioned full-batch gradient
  // descent on the mean log loss plus the L2 terms (convex, small data).
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> names;
  std::vector<std::vector<std::pair<size_t, float>>> rows;
  for (const ScorerExample& ex : data) {
    std::vector<std::pair<size_t, float>> row;
    for (const auto& [name, value] : ex.features) {
      auto [it, inserted] = index.emplace(name, names.size());
      if (inserted) names.push_back(name);
      row.emplace_back(it->second, value);
    }
    rows.push_back(std::move(row));
  }
  const size_t n = data.size(), m = names.size();
  std::unordered_map<std::string, double> weights;
  if (n == 0) return weights;
  std::vector<double> lambda(m), curvature(m, 0), w(m, 0), grad(m);
  double width = 0;
  for (const auto& row : rows) width += static_cast<double>(row.size());
  width /= static_cast<double>(n);
  for (const auto& row : rows)
    for (const auto& [j, v] : row) curvature[j] += 0.25 * v * v;
  for (size_t j = 0; j < m; ++j) {
    lambda[j] = names[j] == "bias"             ? 0.0
                : names[j].rfind("w:", 0) == 0 ? options.l2_sparse
                                               : options.l2;
    // A bound on the Hessian's diagonal scaled by the row width (a feature
    // shares each example with ~width others).
    curvature[j] = (curvature[j] * width + lambda[j]) / static_cast<double>(n) + 1e-9;
  }
  for (int it = 0; it < options.iterations; ++it) {
    for (size_t j = 0; j < m; ++j) grad[j] = lambda[j] * w[j];
    for (size_t i = 0; i < n; ++i) {
      double z = 0;
      for (const auto& [j, v] : rows[i]) z += w[j] * v;
      double g = 1.0 / (1.0 + std::exp(-z)) - data[i].label;
      for (const auto& [j, v] : rows[i]) grad[j] += g * v;
    }
    for (size_t j = 0; j < m; ++j) w[j] -= grad[j] / static_cast<double>(n) / curvature[j];
  }
  for (size_t j = 0; j < m; ++j)
    if (std::abs(w[j]) >= 1e-4) weights[names[j]] = w[j];
  return weights;
}

}  // namespace eventwire::events
