// eventwire eval tokenize --gold FILE.conllu [--rules | --model FILE]
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/sentence_model.h"
#include "eventwire/text_eval.h"

namespace eventwire::cli {
namespace cmd_eval_tokenize {

struct Options {
  std::string gold;
  size_t max_sentence_tokens = 250;
  bool errors = false;
  bool rules = false;  // the rule splitter instead of the trained model
  std::string model;
};

int run(const Options& options) {
  auto gold = read_conllu_file(options.gold);
  if (!gold) {
    std::cerr << "eventwire: " << gold.status().to_string() << "\n";
    return kExitFatal;
  }
  SegmentOptions segment_options;
  segment_options.max_sentence_tokens = options.max_sentence_tokens;
  if (!options.rules) {
    auto model = SentenceModel::load(
        options.model.empty() ? SentenceModel::default_path(eventwire::cli::models_dir_from_env())
                              : options.model);
    if (!model) {
      std::cerr << "eventwire: " << model.status().to_string()
                << " (use --rules for the rule splitter)\n";
      return kExitFatal;
    }
    segment_options.sentence_model = *model;
  }
  SegmentationScores scores = evaluate_segmentation(*gold, segment_options, options.errors);
  for (const std::string& error : scores.errors) std::cerr << error << "\n";
  auto line = [](const char* name, double value) { std::printf("%s %.2f\n", name, value); };
  line("tokens_f1", scores.tokens.f1());
  line("tokens_precision", scores.tokens.precision());
  line("tokens_recall", scores.tokens.recall());
  line("multiwords_f1", scores.multiwords.f1());
  line("words_f1", scores.words.f1());
  line("sentences_f1", scores.sentences.f1());
  line("sentences_precision", scores.sentences.precision());
  line("sentences_recall", scores.sentences.recall());
  std::printf("mb_per_s %.1f\n",
              scores.seconds > 0 ? scores.characters / 1e6 / scores.seconds : 0.0);
  return kExitOk;
}

RegisterCommand reg(
    "eval tokenize",
    "Score tokenization and sentence splitting on a CoNLL-U file (CoNLL 2018 metrics)",
    [](CLI::App& app) {
      auto options = std::make_shared<Options>();
      app.add_option("--gold", options->gold, "gold CoNLL-U file")->required();
      app.add_option("--max-sentence-tokens", options->max_sentence_tokens, "cut longer sentences");
      app.add_flag("--errors", options->errors,
                   "list differing tokens and sentence ends on stderr");
      app.add_flag("--rules", options->rules, "use the rule splitter instead of the trained model");
      app.add_option("--model", options->model,
                     "sentence model file (default: models/segmenter/segmenter.ewm)");
      return [options] { return run(*options); };
    });

}  // namespace cmd_eval_tokenize
}  // namespace eventwire::cli
