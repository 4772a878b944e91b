// eventwire code FILE... [--format json|petrarch|gdelt|plover|csv]: the main job.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "eventwire/event_formats.h"

namespace eventwire::cli {
namespace {

struct Options {
  InputOptions input;
  PipelineFlags pipeline;
  std::string format = "json";
  bool tokens = false;
};

int run(const Options& options) {
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  if (options.format == "json") {
    JsonOptions json;
    json.analysis = true;
    json.tokens = options.tokens;
    json.syntax = options.tokens && (*pipeline)->options().syntax;
    return run_over_inputs(options.input, **pipeline,
                           [&](Document& doc, std::ostream& out) { out << document_to_json(doc, json) << '\n'; });
  }
  auto format = parse_event_format(options.format);
  if (!format) return report_fatal(format.status());
  std::unique_ptr<EventTableWriter> writer;
  return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
    if (!writer) {
      writer = std::make_unique<EventTableWriter>(out, *format);
      writer->write_header();
    }
    writer->write(doc);
  });
}

RegisterCommand reg("code", "Code articles: entities, events (CAMEO/PLOVER), quotes, times and places",
                    [](CLI::App& app) {
                      auto options = std::make_shared<Options>();
                      add_input_options(app, options->input);
                      add_pipeline_options(app, options->pipeline);
                      add_dictionary_options(app, options->pipeline);
                      app.add_option("--format", options->format,
                                     "json (one article per line, everything), or an event table: petrarch, gdelt, "
                                     "plover, csv")
                          ->check(CLI::IsMember({"json", "petrarch", "gdelt", "plover", "csv"}));
                      app.add_flag("--tokens", options->tokens, "include tokens and their syntax in the JSON");
                      return [options] { return run(*options); };
                    });

}  // namespace
}  // namespace eventwire::cli
