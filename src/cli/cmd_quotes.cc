// `eventwire eval quotes`: scores the quotes stage on PolNeAR (BRAT standoff).
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/quotes.h"
#include "eventwire/syntax.h"

namespace eventwire::cli {
namespace cmd_quotes {

struct EvalOptions {
  std::string polnear, syntax = "fast", lexicon, cue_model;
  double cue_threshold = -1;
  bool trace = false;
  int limit = 0, half = -1;
};

int run_eval(const EvalOptions& o) {
  PolnearEvalOptions opts;
  opts.dir = o.polnear;
  opts.lexicon_path = o.lexicon;
  opts.limit = o.limit;
  opts.half = o.half;
  opts.learned_cues = o.cue_model != "none";
  if (o.cue_model != "none") opts.cue_model_path = o.cue_model;
  opts.cue_threshold = o.cue_threshold;
  if (o.trace) opts.trace = &std::cerr;
  if (o.syntax != "none") {
    auto path = find_syntax_model(o.syntax, eventwire::cli::models_dir_from_env());
    if (!path) {
      std::cerr << "eventwire: " << path.status().to_string()
                << " (use --syntax none to score without a parse)\n";
      return kExitFatal;
    }
    opts.syntax_model = *path;
  }
  auto scores = evaluate_quotes_polnear(opts);
  if (!scores) {
    std::cerr << "eventwire: " << scores.status().to_string() << "\n";
    return kExitFatal;
  }
  for (const auto& [name, value] : *scores) std::cout << name << " " << value << "\n";
  return kExitOk;
}

RegisterCommand eval_reg(
    "eval quotes", "Score quotes (content, source, cue spans; speakers) on PolNeAR",
    [](CLI::App& app) {
      auto o = std::make_shared<EvalOptions>();
      app.add_option("--polnear", o->polnear, "PolNeAR split folder (text/, attributions/)")
          ->required();
      app.add_option("--syntax", o->syntax, "fast | accurate | none | model path");
      app.add_option("--lexicon", o->lexicon, "Cue lexicon TSV (default: built in)");
      app.add_option("--cue-model", o->cue_model,
                     "Learned cue model TSV, or none (default: built in)");
      app.add_option("--cue-threshold", o->cue_threshold, "Replace the cue model's threshold");
      app.add_option("--limit", o->limit, "Score only the first N texts");
      app.add_option("--half", o->half, "Score only split half 0 or 1 (hash of the file name)");
      app.add_flag("--trace", o->trace, "Print misses and spurious quotes to stderr");
      return [o] { return run_eval(*o); };
    });

}  // namespace cmd_quotes
}  // namespace eventwire::cli
