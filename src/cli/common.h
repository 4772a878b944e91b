// Options and plumbing shared by the commands that read articles.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "eventwire/io.h"
#include "eventwire/pipeline.h"

namespace eventwire::cli {

struct InputOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string date;
  std::string output = "-";
  bool strict = false;
  bool quiet = false;
  int threads = 1;
  std::string id_scope = "record";  // record | file
  ArticleLimits limits;
};

// The ReadOptions the input flags ask for; prints the error and returns
// kExitUsage in `exit_code` on a bad --date.
Result<ReadOptions> read_options_from(const InputOptions& options);

struct PipelineFlags {
  std::string syntax = "fast";  // fast | accurate | none | PATH
  std::string models_dir;
  size_t max_sentence_tokens = 250;
  std::vector<std::string> verbs, actors, agents, discards, issues;
  bool no_builtin_actors = false;
  bool one_a_day = false;
  std::string anchor = "news";
  bool rule_sentences = false;
  bool historical = false;        // --mark-historical (PipelineOptions::historical)
  bool keep_historical = false;   // --keep-historical: neither mark (dated_background off too)
  bool quote_statements = false;  // --quote-statements (PipelineOptions::quote_statements)
};

void add_input_options(CLI::App& app, InputOptions& options);
void add_pipeline_options(CLI::App& app, PipelineFlags& flags);
// --verbs, --actors, --agents, --discards, --issues, --no-builtin-actors, --one-a-day
void add_dictionary_options(CLI::App& app, PipelineFlags& flags);

// analysis=true turns on every stage after syntax.
PipelineOptions pipeline_options(const PipelineFlags& flags, bool analysis);
Result<std::shared_ptr<const Pipeline>> make_pipeline(const PipelineFlags& flags, bool analysis);

// When a run read no record: "eventwire: warning: no records in the input"
// naming the inputs that are empty files (or saying none of them held a record).
void warn_no_records(const std::vector<std::string>& inputs);

// Prints "eventwire: fatal: …" and returns kExitFatal.
int report_fatal(const Status& status);

// Streams every input through the pipeline, calls `write` for each document
// (in input order) with the output stream, prints one line per rejected
// record and a summary on stderr, and returns the exit code (0, 3, 1).
int run_over_inputs(const InputOptions& options, const Pipeline& pipeline,
                    const std::function<void(Document&, std::ostream&)>& write);

}  // namespace eventwire::cli
