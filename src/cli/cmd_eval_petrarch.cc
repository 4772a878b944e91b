// eventwire eval petrarch FILE.xml [--dictionaries DIR] [--syntax fast|accurate] [--show-misses]
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/environment.h"
#include "eventwire/events.h"
#include "eventwire/syntax.h"

namespace eventwire::cli {
namespace cmd_eval_petrarch {

void print(const std::string& prefix, const PetrarchEvalCounts& c) {
  std::printf(
      "%s.records %zu\n%s.expected %zu\n%s.found %zu\n%s.missed %zu\n%s.extra %zu\n%s.found_share "
      "%.4f\n",
      prefix.c_str(), c.records, prefix.c_str(), c.expected, prefix.c_str(), c.found,
      prefix.c_str(), c.missed, prefix.c_str(), c.extra, prefix.c_str(), c.found_share());
}

RegisterCommand reg(
    "eval petrarch", "Score the event coder on PETRARCH validation / unit-test records",
    [](CLI::App& app) {
      auto options = std::make_shared<PetrarchEvalOptions>();
      auto show = std::make_shared<bool>(false);
      app.add_option("file", options->records_file, "PETRARCH records XML")->required();
      app.add_option(
          "--dictionaries", options->dictionaries_dir,
          "folder of the files the records' <Environment> names (default: ../dictionaries "
          "next to the records' folder, as in PETRARCH2's tree)");
      app.add_option("--syntax", options->syntax, "syntax model: fast, accurate or a path");
      app.add_flag("--show-misses", *show, "print each miss and extra event with its sentence");
      return [options, show] {
        if (*show) options->misses = &std::cout;
        if (options->dictionaries_dir.empty())
          options->dictionaries_dir =
              (std::filesystem::path(options->records_file).parent_path().parent_path() /
               "dictionaries")
                  .string();
        if (auto model = find_syntax_model(options->syntax, eventwire::cli::models_dir_from_env()))
          options->syntax = *model;  // else evaluate_petrarch names the missing model
        auto report = evaluate_petrarch(*options);
        if (!report) return report_fatal(report.status());
        for (const auto& [name, counts] : report->categories) print(name, counts);
        print("overall", report->overall);
        print("error_category", report->error);
        std::printf("seconds %.2f\n", report->seconds);
        return kExitOk;
      };
    });

}  // namespace cmd_eval_petrarch
}  // namespace eventwire::cli
