// eventwire code FILE... [--format json|petrarch|gdelt|plover|csv] [--output quotes]: the main job.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/quote_table.h"
#include "eventwire/event_formats.h"

namespace eventwire::cli {
namespace {

struct Options {
  InputOptions input;
  PipelineFlags pipeline;
  std::string format = "json";
  std::string output = "all";         // all | quotes
  std::string modality = "asserted";  // asserted | all (event tables only)
  bool tokens = false;
};

int run(const Options& options) {
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  if (options.output == "quotes" && options.format != "json") {
    if (options.format != "table" && options.format != "csv")
      return report_fatal(Status::invalid_input(
          "--output quotes takes --format json, table or csv, not \"" + options.format + "\""));
    std::unique_ptr<QuoteTableWriter> writer;
    return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
      if (!writer) {
        writer = std::make_unique<QuoteTableWriter>(out, options.format == "csv");
        writer->write_header();
      }
      writer->write(doc);
    });
  }
  if (options.format == "table")
    return report_fatal(Status::invalid_input("--format table is for --output quotes"));
  if (options.format == "json") {
    JsonOptions json;
    json.analysis = true;
    json.tokens = options.tokens;
    json.syntax = options.tokens && (*pipeline)->options().syntax;
    return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
      if (options.output == "quotes") {
        // One JSON object per quote, with its article id.
        for (const Quote& q : doc.quotes) out << quote_to_json(doc, q) << '\n';
        return;
      }
      out << document_to_json(doc, json) << '\n';
    });
  }
  auto format = parse_event_format(options.format);
  if (!format) return report_fatal(format.status());
  std::unique_ptr<EventTableWriter> writer;
  return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
    if (!writer) {
      writer = std::make_unique<EventTableWriter>(out, *format);
      if (options.modality == "all") writer->set_modalities({});
      writer->write_header();
    }
    writer->write(doc);
  });
}

RegisterCommand reg(
    "code", "Code articles: entities, events (CAMEO/PLOVER), quotes, times and places",
    [](CLI::App& app) {
      auto options = std::make_shared<Options>();
      add_input_options(app, options->input);
      add_pipeline_options(app, options->pipeline);
      add_dictionary_options(app, options->pipeline);
      app.add_option("--format", options->format,
                     "json (one article per line, everything), or an event table: petrarch, gdelt, "
                     "plover, csv")
          ->check(CLI::IsMember({"json", "petrarch", "gdelt", "plover", "csv", "table"}));
      app.add_option("--output", options->output,
                     "what to print: all (the article JSON, or events with an event --format), "
                     "or quotes (with --format json, table or csv)")
          ->check(CLI::IsMember({"all", "quotes"}));
      app.add_option("--modality", options->modality,
                     "events in tables: asserted (what happened; default) or all (also future, "
                     "hypothetical, intended, denied and questioned events)")
          ->check(CLI::IsMember({"asserted", "all"}));
      app.add_flag("--tokens", options->tokens, "include tokens and their syntax in the JSON");
      return [options] { return run(*options); };
    });

}  // namespace
}  // namespace eventwire::cli
