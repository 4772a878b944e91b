// eventwire parse FILE... [--format json|conllu]
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "eventwire/conllu.h"

namespace eventwire::cli {
namespace cmd_parse {

struct Options {
  InputOptions input;
  PipelineFlags pipeline;
  std::string format = "json";
};

int run(const Options& options) {
  auto pipeline = make_pipeline(options.pipeline, /*analysis=*/false);
  if (!pipeline) return report_fatal(pipeline.status());
  JsonOptions json;
  json.syntax = (*pipeline)->options().syntax;
  std::string buffer;  // reused: one document's bytes at a time
  return run_over_inputs(options.input, **pipeline, [&](Document& doc, std::ostream& out) {
    if (options.format == "conllu") {
      out << "# newdoc id = " << doc.article.id << "\n";
      for (const Sentence& sentence : doc.sentences) write_conllu(out, doc, sentence);
    } else {
      buffer.clear();
      append_document_json(buffer, doc, json);
      buffer += '\n';
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    }
  });
}

RegisterCommand reg("parse",
                    "Read articles and print sentences and tokens with offsets (and syntax)",
                    [](CLI::App& app) {
                      auto options = std::make_shared<Options>();
                      add_input_options(app, options->input);
                      add_pipeline_options(app, options->pipeline);
                      app.add_option("--format", options->format, "json (JSON Lines) or conllu")
                          ->check(CLI::IsMember({"json", "conllu"}));
                      return [options] { return run(*options); };
                    });

}  // namespace cmd_parse
}  // namespace eventwire::cli
