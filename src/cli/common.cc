#include "cli/common.h"
#include "cli/environment.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <new>

namespace eventwire::cli {

void add_input_options(CLI::App& app, InputOptions& options) {
  app.add_option("inputs", options.inputs,
                 "files, directories (recursive) or - for stdin; .gz and .zst are read")
      ->required();
  app.add_option("--input-format", options.input_format,
                 "auto, native, jsonl, petrarch, plain or conllu")
      ->check(CLI::IsMember({"auto", "native", "jsonl", "petrarch", "plain", "conllu"}));
  app.add_option("--date", options.date,
                 "article date YYYY-MM-DD for plain text (and records without one)");
  app.add_option("-o,--out", options.output, "output file (default: stdout)");
  app.add_flag("--strict", options.strict, "stop at the first rejected record");
  app.add_flag("-q,--quiet", options.quiet, "no summary line");
  app.add_option("-j,--threads", options.threads, "worker threads")->check(CLI::Range(1, 256));
  app.add_option(
         "--id-scope", options.id_scope,
         "record: ids as the records give them; file: prefixed with the file's path and \":\" so "
         "equal ids in different files stay apart")
      ->check(CLI::IsMember({"record", "file"}));
  app.add_option("--max-article-bytes", options.limits.max_article_bytes,
                 "longer articles (and JSON lines) are rejected (default 4 MiB)")
      ->check(CLI::Range(uint64_t{1024}, uint64_t{1} << 30));
  app.add_option("--max-token-bytes", options.limits.max_token_bytes,
                 "articles with a longer run of non-space bytes are rejected (default 4096)")
      ->check(CLI::Range(16u, 1u << 24));
}

Result<ReadOptions> read_options_from(const InputOptions& options) {
  ReadOptions read;
  auto format = parse_input_format(options.input_format);
  if (!format) return format.status();
  read.format = *format;
  auto scope = parse_id_scope(options.id_scope);
  if (!scope) return scope.status();
  read.id_scope = *scope;
  read.limits = options.limits;
  if (!options.date.empty()) {
    auto date = normalize_date(options.date);
    if (!date) return Status::invalid_input("--date: " + date.status().message());
    read.date = *date;
  }
  return read;
}

void add_pipeline_options(CLI::App& app, PipelineFlags& flags) {
  app.add_option("--syntax", flags.syntax, "syntax model: fast, accurate, none, or a model file");
  app.add_option("--models", flags.models_dir,
                 "models folder (default: $EVENTWIRE_MODELS or the built-in one)");
  app.add_option("--max-sentence-tokens", flags.max_sentence_tokens,
                 "longer sentences are cut into pieces");
  app.add_flag("--rule-sentences", flags.rule_sentences,
               "split sentences by rules instead of the trained model");
  app.add_flag("--mark-historical", flags.historical,
               "events dated by a year or decade over a year before the article get modality "
               "historical and leave the event tables (off by default)");
  app.add_flag("--keep-historical", flags.keep_historical,
               "keep every dated past act asserted, also a main clause dated over a month "
               "before the article (marked historical by default)")
      ->excludes("--mark-historical");
  app.add_flag("--quote-statements", flags.quote_statements,
               "a quote of a political speaker with a plain speech verb and no event of the coder "
               "becomes a statement (010); off by default");
  app.add_option(
         "--anchor", flags.anchor,
         "relative times anchor on the article date (news) or the last date met (narrative)")
      ->check(CLI::IsMember({"news", "narrative"}));
}

void add_dictionary_options(CLI::App& app, PipelineFlags& flags) {
  app.add_option("--verbs", flags.verbs,
                 "verb dictionary (PETRARCH-2 or TABARI format), replaces the built-in lexicon")
      ->check(CLI::ExistingFile);
  app.add_option("--actors", flags.actors,
                 "actor dictionary (repeatable), added to the built-in actors")
      ->check(CLI::ExistingFile);
  app.add_option("--agents", flags.agents, "agents dictionary (repeatable)")
      ->check(CLI::ExistingFile);
  app.add_option("--discards", flags.discards, "discard list (repeatable)")
      ->check(CLI::ExistingFile);
  app.add_option("--issues", flags.issues, "issue coding list (repeatable)")
      ->check(CLI::ExistingFile);
  app.add_flag("--no-builtin-actors", flags.no_builtin_actors,
               "use only the --actors/--agents files");
  app.add_flag("--one-a-day", flags.one_a_day,
               "one event per story, date, source, target and code");
}

PipelineOptions pipeline_options(const PipelineFlags& flags, bool analysis) {
  PipelineOptions options;
  options.segment.max_sentence_tokens = flags.max_sentence_tokens;
  options.syntax = flags.syntax != "none";
  options.syntax_model = flags.syntax;
  options.models_dir = flags.models_dir;
  options.gazetteer = default_gazetteer_path();
  options.entities = options.time = options.geo = options.events = options.quotes = analysis;
  options.verbs = flags.verbs;
  options.actors = flags.actors;
  options.agents = flags.agents;
  options.discards = flags.discards;
  options.issues = flags.issues;
  options.no_builtin_actors = flags.no_builtin_actors;
  options.one_a_day = flags.one_a_day;
  options.narrative_time = flags.anchor == "narrative";
  options.rule_sentence_splitter = flags.rule_sentences;
  options.historical = flags.historical && !flags.keep_historical;
  options.dated_background = !flags.keep_historical;
  options.quote_statements = flags.quote_statements;
  return options;
}

namespace {

// Pipelines made by a command live until the process ends and are never
// destroyed: freeing the models, knowledge base and lexicon one allocation at
// a time cost ~86 M instructions (8% of `code`'s start-up) just before exit.
// The holder sits in static storage and is never destructed either.
std::vector<std::shared_ptr<const Pipeline>>& kept_pipelines() {
  using Kept = std::vector<std::shared_ptr<const Pipeline>>;
  alignas(Kept) static unsigned char storage[sizeof(Kept)];
  static Kept& kept = *new (storage) Kept();
  return kept;
}

}  // namespace

Result<std::shared_ptr<const Pipeline>> make_pipeline(const PipelineFlags& flags, bool analysis) {
  auto pipeline = Pipeline::create(pipeline_options(flags, analysis));
  if (pipeline) kept_pipelines().push_back(*pipeline);
  return pipeline;
}

int report_fatal(const Status& status) {
  std::cerr << "eventwire: fatal: " << status.to_string() << "\n";
  return kExitFatal;
}

void warn_no_records(const std::vector<std::string>& inputs) {
  std::vector<std::string> empty;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (input != "-" && std::filesystem::is_regular_file(input, ec) &&
        std::filesystem::file_size(input, ec) == 0 && !ec)
      empty.push_back(input);
  }
  std::cerr << "eventwire: warning: no records in the input: ";
  if (empty.empty()) {
    std::cerr << "none of the inputs holds a record\n";
    return;
  }
  for (size_t i = 0; i < empty.size() && i < 5; ++i)
    std::cerr << (i ? ", " : "") << "\"" << printable(empty[i], 120) << "\"";
  if (empty.size() > 5) std::cerr << " and " << empty.size() - 5 << " more";
  std::cerr << (empty.size() == 1 ? " is an empty file (0 bytes)\n"
                                  : " are empty files (0 bytes)\n");
}

int run_over_inputs(const InputOptions& options, const Pipeline& pipeline,
                    const std::function<void(Document&, std::ostream&)>& write) {
  auto read = read_options_from(options);
  if (!read) {
    std::cerr << "eventwire: " << read.status().message() << "\n";
    return kExitUsage;
  }
  ReadOptions read_options = *read;
  auto stream = ArticleStream::open(options.inputs, read_options);
  if (!stream) return report_fatal(stream.status());
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (options.output != "-") {
    file.open(options.output, std::ios::binary);
    if (!file) return report_fatal(Status::io_error("cannot write \"" + options.output + "\""));
    out = &file;
  }
  BatchOptions batch;
  batch.threads = options.threads;
  batch.strict = options.strict;
  BatchSummary summary = run_batch(
      **stream, pipeline, batch,
      [&](Document& doc) {
        for (const std::string& warning : doc.warnings)
          std::cerr << "eventwire: warning: " << doc.article.origin_file << ": " << doc.article.id
                    << ": " << warning << "\n";
        write(doc, *out);
      },
      [&](const ReadError& error) {
        std::cerr << "eventwire: error: " << error.to_string() << "\n";
      });
  out->flush();
  if (!*out) return report_fatal(Status::io_error("writing the output failed"));
  if (!options.quiet) std::cerr << "eventwire: " << summary.to_string() << "\n";
  if (summary.read == 0) warn_no_records(options.inputs);
  if (summary.stopped_early) return kExitFatal;
  return summary.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace eventwire::cli
