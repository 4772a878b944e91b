// eventwire eval events --gold FILE.jsonl... [--syntax M] [--verbs F] [--asserted-only]
// [--show-misses]
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "events/event_scorer.h"
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
      auto min_confidence = std::make_shared<double>(-1);
      app.add_option("--min-confidence", *min_confidence,
                     "score only events this confident, as the event tables keep them (default: "
                     "the event scorer's threshold with the built-in lexicon, else 0)");
      app.add_option("--curve", options->curve,
                     "also print recall and events per item at these confidence thresholds")
          ->delimiter(',');
      app.add_flag("--show-misses", *show, "print each gold event no event matched");
      app.add_option("--quad-scheme", options->quad_scheme,
                     "how quad-only gold groups CAMEO roots: pentaclass (Phoenix/PLOVER, "
                     "default) or cameo (GDELT QuadClass)")
          ->transform(CLI::CheckedTransformer(
              std::map<std::string, QuadScheme>{{"pentaclass", QuadScheme::kPentaclass},
                                                {"cameo", QuadScheme::kCameo}},
              CLI::ignore_case));
      return [options, show, flags, min_confidence] {
        options->min_confidence = *min_confidence >= 0   ? *min_confidence
                                  : flags->verbs.empty() ? events::EventScorer::get().threshold()
                                                         : 0.0;
        // Gold records carry placeholder dates and count events of any period.
        flags->historical = false;
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
        if (options->min_confidence > 0)
          std::printf("every event (no confidence threshold): type %.1f%% dyad %.1f%%\n",
                      report->overall_unfiltered.type_recall(),
                      report->overall_unfiltered.dyad_recall());
        for (size_t c = 0; c < report->curve.size(); ++c)
          std::printf("at confidence %.2f: type %5.1f%% dyad %5.1f%% events/item %.2f\n",
                      options->curve[c], report->curve[c].type_recall(),
                      report->curve[c].dyad_recall(),
                      report->curve[c].items
                          ? static_cast<double>(report->curve[c].events) / report->curve[c].items
                          : 0.0);
        std::printf("confidence threshold %.2f\n", options->min_confidence);
        std::printf("realnews recall type %.1f%% dyad %.1f%%\n", report->overall.type_recall(),
                    report->overall.dyad_recall());
        return kExitOk;
      };
    });

}  // namespace cmd_eval_events
}  // namespace eventwire::cli
