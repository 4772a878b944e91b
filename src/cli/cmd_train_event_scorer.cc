// eventwire train event-scorer CORPUS.jsonl... --labels LABELS.tsv --model OUT.tsv:
// codes the corpus with this build, joins the hand-judged events, trains and
// reports (the work is in events/event_scorer_train.h). docs/events.md,
// "Event scorer"; labels in data/training/event-scorer/.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "events/event_scorer_train.h"
#include "eventwire/dict.h"

namespace eventwire::cli {
namespace cmd_train_event_scorer {

struct Options {
  InputOptions input;
  PipelineFlags pipeline;
  std::string labels, model, dump, dump_all;
  events::ScorerTrainSettings settings;
};

// Every coded event: key, verb, confidence and features (analysis).
void dump_event_features(const Document& doc, const dict::Lexicon& lexicon, std::ostream& out) {
  for (size_t k = 0; k < doc.events.size(); ++k) {
    const Event& e = doc.events[k];
    out << events::scorer_event_key(doc.article.id, e) << '\t' << e.evidence_verb << '\t'
        << e.confidence << '\t';
    for (const auto& [n, v] : events::event_features(doc, k, lexicon)) out << n << ' ';
    out << '\n';
  }
}

int run(const Options& options) {
  auto labels = events::read_scorer_labels(options.labels);
  if (!labels) return report_fatal(labels.status());
  std::fprintf(stderr, "labels: %zu judged events\n", labels->by_key.size());
  const dict::Lexicon& lexicon = dict::default_lexicon();
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  std::vector<events::ScorerRecord> records;
  size_t coded = 0;
  std::unique_ptr<std::ofstream> all_out;
  if (!options.dump_all.empty()) all_out = std::make_unique<std::ofstream>(options.dump_all);
  int rc = run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream&) {
    coded += doc.events.size();
    if (all_out) dump_event_features(doc, lexicon, *all_out);
    events::collect_judged_events(doc, *labels, options.settings, lexicon, records);
  });
  if (rc != kExitOk) return rc;
  std::fprintf(stderr, "coded %zu events, %zu of them judged\n", coded, records.size());
  if (records.size() < 20) return report_fatal(Status::invalid_input("too few judged events"));
  events::ScorerModel model = events::train_scorer_model(records, options.settings, std::cout);
  std::cout.flush();  // the report before the stderr lines below
  if (!options.dump.empty()) {
    std::ofstream out(options.dump);
    for (const auto& r : records) {
      out << (events::scorer_held_apart(r.doc) ? "test" : "train") << '\t' << r.key << '\t'
          << r.verdict << '\t' << r.p << '\t';
      for (const auto& [n, v] : r.features) out << n << ' ';
      out << '\n';
    }
  }
  if (!options.model.empty()) {
    std::ofstream out(options.model, std::ios::binary);
    out << events::scorer_weights_file(model, *labels, options.settings);
    if (!out) return report_fatal(Status::io_error("cannot write " + options.model));
    std::fprintf(stderr, "wrote %s (%zu weights)\n", options.model.c_str(), model.weights.size());
  }
  return kExitOk;
}

RegisterCommand reg(
    "train event-scorer", "Train the event scorer on hand-judged events (docs/events.md)",
    [](CLI::App& app) {
      auto options = std::make_shared<Options>();
      auto& s = options->settings;
      add_input_options(app, options->input);
      add_pipeline_options(app, options->pipeline);
      app.add_option("--labels", options->labels,
                     "the judged events (data/training/event-scorer/labels.tsv)")
          ->required();
      app.add_option("--model", options->model, "weights file to write");
      app.add_option("--dump", options->dump, "write every judged event's features here");
      app.add_option("--dump-all", options->dump_all,
                     "write every coded event's features and confidence here (analysis)");
      app.add_option("--beta", s.beta, "report the threshold maximizing this F-beta")
          ->capture_default_str();
      app.add_option("--max-right-loss", s.max_right_loss,
                     "the threshold is the highest that loses at most this share of the right "
                     "events out of fold")
          ->capture_default_str();
      app.add_option("--max-threshold", s.max_threshold,
                     "cap the threshold (where realnews tune recall starts to fall)");
      app.add_option("--threshold", s.threshold,
                     "the weights file's default threshold (chosen on realnews tune recall, "
                     "docs/events.md); without it, the out-of-fold rule");
      app.add_option("--partly", s.partly,
                     "training target of a partly right event (right 1, wrong 0)")
          ->capture_default_str();
      app.add_option("--without", s.without, "leave out features with these prefixes")
          ->delimiter(',');
      app.add_option("--iterations", s.iterations, "gradient steps")->capture_default_str();
      app.add_option("--l2", s.l2, "fix the dense L2 strength (default: cross-validated)");
      app.add_option("--l2-sparse", s.l2_sparse,
                     "fix the sparse (w:) L2 strength (default: cross-validated)");
      return [options] { return run(*options); };
    });

}  // namespace cmd_train_event_scorer
}  // namespace eventwire::cli
