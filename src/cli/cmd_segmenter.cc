// eventwire train segmenter --train A.conllu[,B.conllu] --dev C.conllu [--exclude-docs REGEX] --out
// FILE
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/sentence_model.h"

namespace eventwire::cli {
namespace cmd_segmenter {

int run(const SentenceModelTrainOptions& options) {
  Status status = train_sentence_model(options, &std::cerr);
  if (!status) {
    std::cerr << "eventwire: fatal: " << status.to_string() << "\n";
    return kExitFatal;
  }
  return kExitOk;
}

RegisterCommand reg(
    "train segmenter", "Train the sentence-boundary classifier on CoNLL-U files",
    [](CLI::App& app) {
      auto options = std::make_shared<SentenceModelTrainOptions>();
      options->out = SentenceModel::default_path(eventwire::cli::models_dir_from_env());
      app.add_option("--train", options->train_files, "training CoNLL-U files (comma-separated)")
          ->required()
          ->delimiter(',');
      app.add_option("--dev", options->dev_file, "dev CoNLL-U file: keeps the best epoch");
      app.add_option("--exclude-docs", options->exclude_docs,
                     "skip documents whose '# newdoc id' matches this ECMAScript regex");
      app.add_option("--out", options->out, "model file to write")->capture_default_str();
      app.add_option("--epochs", options->epochs, "passes over the training data")
          ->capture_default_str();
      app.add_option("--seed", options->seed, "shuffling seed")->capture_default_str();
      app.add_option("--hash-bits", options->hash_bits, "2^bits weight buckets")
          ->capture_default_str();
      return [options] { return run(*options); };
    });

}  // namespace cmd_segmenter
}  // namespace eventwire::cli
