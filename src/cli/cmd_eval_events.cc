// eventwire eval events --gold FILE.jsonl... [--syntax M] [--verbs F] [--asserted-only]
// [--show-misses]
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "eventwire/eval.h"

namespace eventwire::cli {
namespace cmd_eval_events {

void print_row(const std::string& name, const EventGoldCounts& c) {
  std::printf(
      "%-28s items %5llu  gold %5llu  type %5.1f%%  dyad %5.1f%% (either %5.1f%%)  any-event "
      "%5.1f%%  events/item %.2f  extra/single %.2f  events/negative %.2f\n",
      name.c_str(), static_cast<unsigned long long>(c.items),
      static_cast<unsigned long long>(c.gold), c.type_recall(), c.dyad_recall(),
      c.dyad_gold ? 100.0 * c.dyad_either / c.dyad_gold : 0.0,
      c.items ? 100.0 * c.items_with_event / c.items : 0.0,
      c.items ? static_cast<double>(c.events) / c.items : 0.0,
      c.single_items ? static_cast<double>(c.single_extra) / c.single_items : 0.0,
      c.negative_items ? static_cast<double>(c.negative_events) / c.negative_items : 0.0);
}

void print_label(const std::string& name, const EventGoldCounts& c) {
  std::printf("  %-26s gold %5llu  type %5.1f%%  dyad %5.1f%%\n", name.c_str(),
              static_cast<unsigned long long>(c.gold), c.type_recall(), c.dyad_recall());
}

RegisterCommand reg(
    "eval events", "Score events against gold records (realnews JSON Lines: type and dyad recall)",
    [](CLI::App& app) {
      auto options = std::make_shared<EventGoldEvalOptions>();
      auto show = std::make_shared<bool>(false);
      auto flags = std::make_shared<PipelineFlags>();
      add_pipeline_options(app, *flags);
      add_dictionary_options(app, *flags);
      app.add_option("--gold", options->gold_files, "gold JSON Lines files")->required();
      app.add_option("-j,--threads", options->threads, "worker threads");
      app.add_flag("--asserted-only", options->asserted_only,
                   "score only asserted events (not future, hypothetical, …)");
      app.add_flag("--show-misses", *show, "print each gold event no event matched");
      app.add_option("--quad-scheme", options->quad_scheme,
                     "how quad-only gold groups CAMEO roots: pentaclass (Phoenix/PLOVER, "
                     "default) or cameo (GDELT QuadClass)")
          ->transform(CLI::CheckedTransformer(
              std::map<std::string, QuadScheme>{{"pentaclass", QuadScheme::kPentaclass},
                                                {"cameo", QuadScheme::kCameo}},
              CLI::ignore_case));
      return [options, show, flags] {
        auto pipeline = make_pipeline(*flags, true);
        if (!pipeline) return report_fatal(pipeline.status());
        if (*show) options->misses = &std::cout;
        auto report = evaluate_event_gold(**pipeline, *options);
        if (!report) return report_fatal(report.status());
        for (const auto& [file, counts] : report->per_file) print_row(file, counts);
        print_row("all", report->overall);
        std::printf("per label:\n");
        for (const auto& [label, counts] : report->per_label) print_label(label, counts);
        if (report->rejected)
          std::printf("rejected records %llu\n", static_cast<unsigned long long>(report->rejected));
        std::printf("seconds %.1f\n", report->seconds);
        std::printf("realnews recall type %.1f%% dyad %.1f%%\n", report->overall.type_recall(),
                    report->overall.dyad_recall());
        return kExitOk;
      };
    });

}  // namespace cmd_eval_events
}  // namespace eventwire::cli
