// eventwire code FILE... [--format json|petrarch|gdelt|plover|csv] [--output quotes]: the main job.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/tables.h"
#include "events/event_scorer.h"
#include "eventwire/event_formats.h"
#include "io/quote_table.h"

namespace eventwire::cli {
namespace cmd_code {

struct Options {
  InputOptions input;
  PipelineFlags pipeline;
  std::string format = "json";
  std::string output = "all";         // all | events | quotes | entities | places | times
  std::string modality = "asserted";  // asserted | all (event tables only)
  double min_confidence = -1;         // event tables; -1: the event scorer's threshold
  int width = 0;                      // --format table: 0 = the terminal's, else 100
  bool tokens = false;
};

TableKind table_kind(const std::string& output) {
  if (output == "quotes") return TableKind::kQuotes;
  if (output == "entities") return TableKind::kEntities;
  if (output == "places") return TableKind::kPlaces;
  if (output == "times") return TableKind::kTimes;
  return TableKind::kEvents;
}

int run(const Options& options) {
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/true);
  if (!pipeline) return report_fatal(pipeline.status());
  if (options.format == "table") {
    std::unique_ptr<DocumentTableWriter> writer;
    int width = table_width(options.width, options.input.output);
    return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
      if (!writer)
        writer = std::make_unique<DocumentTableWriter>(out, table_kind(options.output), width,
                                                       options.modality == "all");
      writer->write(doc);
    });
  }
  bool listing =
      options.output == "entities" || options.output == "places" || options.output == "times";
  if (listing)
    return report_fatal(Status::invalid_input("--output " + options.output +
                                              " takes --format table, not \"" + options.format +
                                              "\" (the JSON has everything)"));
  if (options.output == "quotes" && options.format != "json") {
    if (options.format != "csv")
      return report_fatal(Status::invalid_input(
          "--output quotes takes --format json, table or csv, not \"" + options.format + "\""));
    std::unique_ptr<QuoteTableWriter> writer;
    return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
      if (!writer) {
        writer = std::make_unique<QuoteTableWriter>(out);
        writer->write_header();
      }
      writer->write(doc);
    });
  }
  if (options.format == "json") {
    JsonOptions json;
    json.analysis = true;
    json.tokens = options.tokens;
    json.syntax = options.tokens && (*pipeline)->options().syntax;
    std::string buffer;  // reused: one document's bytes at a time
    return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
      buffer.clear();
      if (options.output == "quotes") {
        // One JSON object per quote, with its article id.
        for (const Quote& q : doc.quotes) {
          append_quote_json(buffer, doc, q);
          buffer += '\n';
        }
      } else {
        append_document_json(buffer, doc, json);
        buffer += '\n';
      }
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    });
  }
  auto format = parse_event_format(options.format);
  if (!format) return report_fatal(format.status());
  std::unique_ptr<EventTableWriter> writer;
  return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
    if (!writer) {
      writer = std::make_unique<EventTableWriter>(out, *format);
      if (options.modality == "all") writer->set_modalities({});
      // The event scorer's probabilities exist only with the built-in lexicon.
      writer->set_min_confidence(options.min_confidence >= 0 ? options.min_confidence
                                 : options.pipeline.verbs.empty()
                                     ? events::EventScorer::get().threshold()
                                     : 0.0);
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
                     "json (one article per line, everything), an event table: petrarch, gdelt, "
                     "plover, csv, tsv; or table (fitted to the terminal, see --output)")
          ->check(CLI::IsMember({"json", "petrarch", "gdelt", "plover", "csv", "tsv", "table"}));
      app.add_option("--output", options->output,
                     "what to print: all (the article JSON, or events with an event --format), "
                     "events, quotes (--format json, table or csv), or entities, places, times "
                     "(--format table)")
          ->check(CLI::IsMember({"all", "events", "quotes", "entities", "places", "times"}));
      app.add_option("--width", options->width,
                     "--format table: total width (default: the terminal's, or 100)")
          ->check(CLI::Range(40, 1000));
      app.add_option("--modality", options->modality,
                     "events in tables: asserted (what happened; default) or all (also future, "
                     "hypothetical, intended, denied and questioned events)")
          ->check(CLI::IsMember({"asserted", "all"}));
      app.add_option("--min-confidence", options->min_confidence,
                     "event tables: leave out events less confident than this (default: the "
                     "event scorer's threshold with the built-in lexicon, else 0; the JSON keeps "
                     "every event)");
      app.add_flag("--tokens", options->tokens, "include tokens and their syntax in the JSON");
      return [options] { return run(*options); };
    });

}  // namespace cmd_code
}  // namespace eventwire::cli
