// eventwire train quote-cues --conllu GUM.conllu EWT.conllu --annotations A.tsv --model OUT.tsv:
// trains the learned cue model of the quotes stage on our annotations of open
// news (data/training/quotes/) and prints the cross-validated figures.
// docs/quotes.md, "Learned cues".
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/quotes.h"
#include "eventwire/syntax.h"

namespace eventwire::cli {
namespace cmd_train_quote_cues {

struct Options {
  QuoteCueTrainOptions train;
  std::string syntax = "fast";
};

int run(Options& o) {
  auto path = find_syntax_model(o.syntax, models_dir_from_env());
  if (!path) {
    std::cerr << "eventwire: " << path.status().to_string() << "\n";
    return kExitFatal;
  }
  o.train.syntax_model = *path;
  o.train.report = &std::cout;
  if (auto st = train_quote_cue_model(o.train); !st) {
    std::cerr << "eventwire: " << st.to_string() << "\n";
    return kExitFatal;
  }
  return kExitOk;
}

RegisterCommand reg(
    "train quote-cues", "Train the learned quote cue model on our annotations of open news",
    [](CLI::App& app) {
      auto o = std::make_shared<Options>();
      app.add_option("--conllu", o->train.conllu, "UD GUM and EWT train .conllu")->required();
      app.add_option("--annotations", o->train.annotations, "data/training/quotes/attributions.tsv")
          ->required();
      app.add_option("--model", o->train.model_out, "Output model TSV")->required();
      app.add_option("--wordnet", o->train.wordnet_dir, "WordNet dict folder");
      app.add_option("--syntax", o->syntax, "fast | accurate | model path");
      app.add_option("--epochs", o->train.epochs, "Gradient steps");
      app.add_option("--threshold", o->train.threshold,
                     "Fixed threshold (default: cross-validated)");
      return [o] { return run(*o); };
    });

}  // namespace cmd_train_quote_cues
}  // namespace eventwire::cli
