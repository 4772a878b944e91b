// `eventwire train syntax` and `eventwire eval syntax`: thin wrappers over
// train_syntax_model and evaluate_syntax(_raw) in the syntax stage.
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/syntax.h"

namespace cmd_syntax {

using eventwire::cli::kExitFatal;
using eventwire::cli::kExitOk;
using eventwire::cli::kExitUsage;

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

struct TrainOptions {
  std::string train, dev, exclude, preset = "fast", out;
  int epochs = 0;
  uint64_t seed = 1;
  double time_phrase_rate = 0;
};

int run_train(const TrainOptions& o) {
  eventwire::SyntaxTrainOptions options;
  options.train_files = split_commas(o.train);
  options.dev_file = o.dev;
  options.exclude_docs = o.exclude;
  options.preset = o.preset;
  options.epochs = o.epochs;
  options.seed = o.seed;
  options.time_phrase_rate = o.time_phrase_rate;
  options.out = o.out;
  options.log = &std::cerr;
  eventwire::Status status = eventwire::train_syntax_model(options);
  if (!status) {
    std::cerr << "eventwire: " << status.to_string() << "\n";
    return status.code() == eventwire::Status::Code::kInvalidInput ? kExitUsage : kExitFatal;
  }
  std::cerr << "wrote " << o.out << "\n";
  return kExitOk;
}

eventwire::cli::RegisterCommand train_command(
    "train syntax", "Train the tagger, lemmatizer and dependency parser", [](CLI::App& app) {
      auto o = std::make_shared<TrainOptions>();
      app.add_option("--train", o->train, "Training CoNLL-U files, comma-separated")->required();
      app.add_option("--dev", o->dev, "Development CoNLL-U file (scored every epoch)");
      app.add_option("--exclude-docs", o->exclude,
                     "Regex on '# newdoc id'; matching documents are skipped");
      app.add_option("--model", o->preset, "Preset: fast or accurate")
          ->check(CLI::IsMember({"fast", "accurate"}));
      app.add_option("--epochs", o->epochs, "Epochs (default: the preset's)");
      app.add_option("--seed", o->seed, "Random seed");
      app.add_option("--augment-time", o->time_phrase_rate,
                     "Share of trees also copied with a news-style time phrase (0 to 1)")
          ->check(CLI::Range(0.0, 1.0));
      app.add_option("--out", o->out, "Model file to write")->required();
      return [o] { return run_train(*o); };
    });

struct EvalOptions {
  std::string gold, model = "fast";
  bool raw = false;
};

int run_eval(const EvalOptions& o) {
  auto path = eventwire::find_syntax_model(o.model, eventwire::cli::models_dir_from_env());
  if (!path) {
    std::cerr << "eventwire: " << path.status().to_string() << "\n";
    return kExitFatal;
  }
  auto model = eventwire::SyntaxModel::load(*path);
  if (!model) {
    std::cerr << "eventwire: " << model.status().to_string() << "\n";
    return kExitFatal;
  }
  auto scores = o.raw ? eventwire::evaluate_syntax_raw(**model, o.gold)
                      : eventwire::evaluate_syntax(**model, o.gold);
  if (!scores) {
    std::cerr << "eventwire: " << scores.status().to_string() << "\n";
    return kExitFatal;
  }
  for (const auto& [name, value] : *scores) {
    char line[128];
    // Counts print as integers, scores with two decimals.
    std::snprintf(line, sizeof line,
                  name == "words" || name == "tokens_per_s" ? "%s %.0f\n" : "%s %.2f\n",
                  name.c_str(), value);
    std::cout << line;
  }
  return kExitOk;
}

eventwire::cli::RegisterCommand eval_command(
    "eval syntax", "Score tags, features, lemmas and dependencies against gold CoNLL-U",
    [](CLI::App& app) {
      auto o = std::make_shared<EvalOptions>();
      app.add_option("--gold", o->gold, "Gold CoNLL-U file")->required();
      app.add_flag("--raw", o->raw,
                   "Segment the raw '# text' with segment_article and align by characters");
      app.add_option("--syntax", o->model, "Model: fast, accurate or a path to a .ewm file");
      return [o] { return run_eval(*o); };
    });

}  // namespace cmd_syntax
