// eventwire train event-scorer CORPUS.jsonl --keys KEYS.tsv --labels L.tsv... --model OUT.tsv:
// codes the corpus, joins the hand-judged events (by article, verb offset,
// code, source and target codes) to the events of this build, keeps a third
// of the documents apart (FNV-1a of the id mod 3 == 0), chooses the L2
// strengths and the confidence threshold by 5-fold cross-validation on the
// rest, trains there and reports the held-apart third. docs/events.md, "Event
// scorer".
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "base/fingerprint.h"
#include "cli/command.h"
#include "cli/common.h"
#include "events/event_scorer.h"
#include "eventwire/dict.h"

namespace eventwire::cli {
namespace cmd_train_event_scorer {

struct Options {
  InputOptions input;
  PipelineFlags pipeline;
  std::string model, dump, dump_all;
  std::vector<std::string> keys;
  std::vector<std::string> labels, without;
  double beta = 0.5;  // the threshold maximizes F-beta of kept right events
  double partly = 0.5;
  double max_right_loss = 0.01;  // the threshold loses at most this share of right events
  double max_threshold = -1;     // a cap chosen elsewhere (realnews tune recall)
  int iterations = 1500;
};

struct Record {
  std::string doc, key;
  std::vector<events::ScorerFeature> features;
  std::string verdict;  // right | partly | wrong
  double label = 0;     // the training target of the verdict (label_of)
  double p = 0;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) out.push_back(field);
  return out;
}

// The training target of a verdict: right 1, wrong 0, partly right (a real
// event of the right root with one argument or the modality wrong) in between.
double label_of(const std::string& verdict, double partly) {
  return verdict == "right" ? 1.0 : verdict == "partly" ? partly : 0.0;
}

double log_loss(const std::vector<Record*>& rs) {
  double sum = 0;
  for (const Record* r : rs) {
    double p = std::clamp(r->p, 1e-6, 1 - 1e-6);
    double y = r->label;
    sum -= y * std::log(p) + (1 - y) * std::log(1 - p);
  }
  return rs.empty() ? 0 : sum / static_cast<double>(rs.size());
}

struct Kept {
  size_t all = 0, right = 0, partly = 0;
};
Kept kept_at(const std::vector<Record*>& rs, double threshold) {
  Kept k;
  for (const Record* r : rs)
    if (r->p >= threshold) {
      ++k.all;
      k.right += r->verdict == "right";
      k.partly += r->verdict == "partly";
    }
  return k;
}

void print_kept(const char* name, const Kept& k, size_t right_total) {
  std::printf(
      "%-22s kept %4zu  right %4zu (%5.1f%%)  right+partly %5.1f%%  right lost %zu of %zu\n", name,
      k.all, k.right, k.all ? 100.0 * k.right / k.all : 0.0,
      k.all ? 100.0 * (k.right + k.partly) / k.all : 0.0, right_total - k.right, right_total);
}

void train_into(const std::vector<Record*>& train, const std::vector<Record*>& apply,
                const events::ScorerTrainOptions& to) {
  std::vector<events::ScorerExample> data;
  for (const Record* r : train) data.push_back({r->features, r->label});
  auto weights = events::train_event_scorer(data, to);
  for (Record* r : apply) r->p = events::scorer_probability(weights, r->features);
}

// Calls `each` with the tab-separated fields of every line of every file.
Status for_each_row(const std::vector<std::string>& paths,
                    const std::function<void(const std::vector<std::string>&)>& each) {
  for (const std::string& path : paths) {
    std::ifstream in(path);
    if (!in) return Status::io_error("cannot read " + path);
    std::string line;
    while (std::getline(in, line)) each(split_tabs(line));
  }
  return Status::ok();
}

struct Labels {
  std::map<std::string, std::string> verdict_of;  // event key → verdict
  std::string bytes;                              // what the model's @data fingerprints
};

// The judged events: keys files map judge ids to event keys (article, verb
// offset, code, source and target codes), labels files give each id its verdict.
Status read_labels(const Options& options, Labels& labels) {
  std::map<std::string, std::string> key_of;  // jid → key
  Status st = for_each_row(options.keys, [&](const std::vector<std::string>& f) {
    if (f.size() < 6 || f[0].empty() || f[0][0] == '#') return;
    key_of[f[0]] = f[1] + "|" + f[2] + "|" + f[3] + "|" + f[4] + "|" + f[5];
  });
  if (!st.is_ok()) return st;
  return for_each_row(options.labels, [&](const std::vector<std::string>& f) {
    if (f.size() < 2 || (f[1] != "right" && f[1] != "partly" && f[1] != "wrong")) return;
    auto it = key_of.find(f[0]);
    if (it == key_of.end()) return;
    labels.verdict_of.emplace(it->second, f[1]);
    labels.bytes += f[0] + "\t" + f[1] + "\n";
  });
}

int run(const Options& options) {
  Labels labels;
  if (Status st = read_labels(options, labels); !st.is_ok()) return report_fatal(st);
  const auto& verdict_of = labels.verdict_of;
  std::fprintf(stderr, "labels: %zu judged events\n", verdict_of.size());
  std::vector<Record> records;
  const dict::Lexicon& lexicon = dict::default_lexicon();
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  size_t coded = 0;
  std::unique_ptr<std::ofstream> all_out;
  if (!options.dump_all.empty()) all_out = std::make_unique<std::ofstream>(options.dump_all);
  int rc = run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream&) {
    for (size_t k = 0; k < doc.events.size(); ++k) {
      const Event& e = doc.events[k];
      ++coded;
      std::string key = doc.article.id + "|" + std::to_string(e.start) + "|" + e.code + "|" +
                        (e.source && !e.source->actor_code.empty() ? e.source->actor_code : "-") +
                        "|" +
                        (e.target && !e.target->actor_code.empty() ? e.target->actor_code : "-");
      if (all_out) {
        *all_out << key << '\t' << e.evidence_verb << '\t' << e.confidence << '\t';
        for (const auto& [n, v] : events::event_features(doc, k, lexicon)) *all_out << n << ' ';
        *all_out << '\n';
      }
      auto it = verdict_of.find(key);
      if (it == verdict_of.end()) continue;
      auto features = events::event_features(doc, k, lexicon);
      std::erase_if(features, [&](const events::ScorerFeature& f) {
        return std::any_of(
            options.without.begin(), options.without.end(),
            [&](const std::string& prefix) { return f.first.rfind(prefix, 0) == 0; });
      });
      records.push_back({doc.article.id, key, std::move(features), it->second,
                         label_of(it->second, options.partly)});
    }
  });
  if (rc != kExitOk) return rc;
  std::fprintf(stderr, "coded %zu events, %zu of them judged\n", coded, records.size());
  if (records.size() < 20) return report_fatal(Status::invalid_input("too few judged events"));

  std::vector<Record*> train, test;
  for (Record& r : records) (base::fnv1a(r.doc) % 3 == 0 ? test : train).push_back(&r);
  auto fold_of = [](const Record* r) { return base::fnv1a(r->doc + "#cv") % 5; };
  auto cross_validate = [&](const events::ScorerTrainOptions& to) {
    for (uint64_t fold = 0; fold < 5; ++fold) {
      std::vector<Record*> fit, held;
      for (Record* r : train) (fold_of(r) == fold ? held : fit).push_back(r);
      train_into(fit, held, to);
    }
    return log_loss(train);
  };
  events::ScorerTrainOptions best;
  best.iterations = options.iterations;
  double best_loss = 1e9;
  for (double l2 : {3.0, 10.0, 30.0, 100.0})
    for (double l2s : {3.0, 10.0, 30.0}) {
      events::ScorerTrainOptions to;
      to.l2 = l2, to.l2_sparse = l2s, to.iterations = options.iterations;
      double loss = cross_validate(to);
      std::fprintf(stderr, "cv l2 %.1f sparse %.1f: log loss %.4f\n", l2, l2s, loss);
      if (loss < best_loss) best_loss = loss, best = to;
    }
  cross_validate(best);  // out-of-fold probabilities of the chosen setting
  size_t right_train = 0;
  for (const Record* r : train) right_train += r->verdict == "right";
  double threshold = 0, best_f = -1, best_f_threshold = 0;
  std::printf("train part (%zu events, %zu right), out-of-fold, l2 %.1f sparse %.1f:\n",
              train.size(), right_train, best.l2, best.l2_sparse);
  for (int t = 0; t <= 80; t += t < 20 ? 1 : 5) {
    Kept k = kept_at(train, t / 100.0);
    double precision = k.all ? static_cast<double>(k.right) / k.all : 0;
    double recall = right_train ? static_cast<double>(k.right) / right_train : 0;
    double b2 = options.beta * options.beta;
    double f =
        precision + recall > 0 ? (1 + b2) * precision * recall / (b2 * precision + recall) : 0;
    char name[32];
    std::snprintf(name, sizeof name, "  >= %.2f F %.3f", t / 100.0, f);
    print_kept(name, k, right_train);
    if (f > best_f + 1e-9) best_f = f, best_f_threshold = t / 100.0;
    // The rule: the highest threshold that loses at most max_right_loss of
    // the right events out of fold.
    if (static_cast<double>(right_train - k.right) <= options.max_right_loss * right_train)
      threshold = t / 100.0;
  }
  std::printf("best F%.1f out of fold at %.2f; at most %.1f%% of right events lost: %.2f\n",
              options.beta, best_f_threshold, 100 * options.max_right_loss, threshold);
  if (options.max_threshold >= 0 && threshold > options.max_threshold) {
    threshold = options.max_threshold;
    std::printf("capped by --max-threshold: %.2f\n", threshold);
  }

  // The shipped weights: the whole train part.
  std::vector<events::ScorerExample> data;
  for (const Record* r : train) data.push_back({r->features, r->label});
  auto weights = events::train_event_scorer(data, best);
  for (Record& r : records) r.p = events::scorer_probability(weights, r.features);
  size_t right_test = 0;
  for (const Record* r : test) right_test += r->verdict == "right";
  std::printf("held-apart part (%zu events, %zu right, log loss %.4f):\n", test.size(), right_test,
              log_loss(test));
  print_kept("  before (all)", kept_at(test, -1), right_test);
  char name[32];
  std::snprintf(name, sizeof name, "  after (>= %.2f)", threshold);
  print_kept(name, kept_at(test, threshold), right_test);
  for (double t : {0.05, 0.1, 0.2, 0.3, 0.4, 0.5}) {
    std::snprintf(name, sizeof name, "  at %.2f", t);
    print_kept(name, kept_at(test, t), right_test);
  }

  if (!options.dump.empty()) {
    std::ofstream out(options.dump);
    for (const Record& r : records) {
      out << (base::fnv1a(r.doc) % 3 == 0 ? "test" : "train") << '\t' << r.key << '\t' << r.verdict
          << '\t' << r.p << '\t';
      for (const auto& [n, v] : r.features) out << n << ' ';
      out << '\n';
    }
  }
  if (!options.model.empty()) {
    std::vector<std::pair<std::string, double>> sorted(weights.begin(), weights.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      return std::abs(a.second) != std::abs(b.second) ? std::abs(a.second) > std::abs(b.second)
                                                      : a.first < b.first;
    });
    char settings[160];
    std::snprintf(settings, sizeof settings,
                  "l2 %.1f sparse %.1f iterations %d beta %.2f partly %.2f", best.l2,
                  best.l2_sparse, best.iterations, options.beta, options.partly);
    std::ofstream out(options.model);
    out << "# eventwire event scorer: logistic regression, P(event right) from event features\n"
           "# (docs/events.md, \"Event scorer\"). Written by `eventwire train event-scorer`;\n"
           "# feature<TAB>weight, largest first. Do not edit by hand.\n";
    out << "@format\t1\n@version\t1\n";
    out << "@data\t" << base::fingerprint_hex(labels.bytes + settings) << "\n";
    out << "@trained\t" << train.size() << " judged events (" << right_train << " right), "
        << settings << "\n";
    char t[16];
    std::snprintf(t, sizeof t, "%.2f", threshold);
    out << "@threshold\t" << t << "\n";
    for (const auto& [n, w] : sorted) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4f", w);
      out << n << '\t' << buf << '\n';
    }
    std::fprintf(stderr, "wrote %s (%zu weights)\n", options.model.c_str(), sorted.size());
  }
  return kExitOk;
}

RegisterCommand reg(
    "train event-scorer", "Train the event scorer on hand-judged events (docs/events.md)",
    [](CLI::App& app) {
      auto options = std::make_shared<Options>();
      add_input_options(app, options->input);
      add_pipeline_options(app, options->pipeline);
      app.add_option(
             "--keys", options->keys,
             "keys files: judged event id → article, offset, codes (several sets may be given)")
          ->required();
      app.add_option("--labels", options->labels, "labels files: id, verdict, why, note")
          ->required();
      app.add_option("--model", options->model, "weights file to write");
      app.add_option("--dump", options->dump, "write every judged event's features here");
      app.add_option("--dump-all", options->dump_all,
                     "write every coded event's features and confidence here (analysis)");
      app.add_option("--beta", options->beta, "the threshold maximizes this F-beta")
          ->capture_default_str();
      app.add_option("--max-right-loss", options->max_right_loss,
                     "the threshold is the highest that loses at most this share of the right "
                     "events out of fold")
          ->capture_default_str();
      app.add_option("--max-threshold", options->max_threshold,
                     "cap the threshold (e.g. where realnews tune recall starts to fall)");
      app.add_option("--partly", options->partly,
                     "training target of a partly right event (right 1, wrong 0)")
          ->capture_default_str();
      app.add_option("--without", options->without, "leave out features with these prefixes")
          ->delimiter(',');
      app.add_option("--iterations", options->iterations, "gradient steps")->capture_default_str();
      return [options] { return run(*options); };
    });

}  // namespace cmd_train_event_scorer
}  // namespace eventwire::cli
