// `eventwire eval time`: scores the time stage on TimeML or WikiWars gold,
// and on SemEval-2015 timelines. The scoring lives in the library (src/time/eval.cc).
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "eventwire/time.h"

namespace eventwire::cli {
namespace cmd_time {

struct EvalOptions {
  std::string timeml, wikiwars, timeline, anchor = "news";
};

int print_lines(const std::vector<std::pair<std::string, double>>& lines) {
  for (const auto& [name, value] : lines) std::cout << name << " " << value << "\n";
  return kExitOk;
}

int run_eval(const EvalOptions& o) {
  if (o.timeml.empty() == o.wikiwars.empty() && o.timeline.empty()) {
    std::cerr << "eventwire: eval time needs exactly one of --timeml DIR, --wikiwars DIR (or "
                 "--timeline DIR)\n";
    return kExitUsage;
  }
  if (o.anchor != "news" && o.anchor != "narrative") {
    std::cerr << "eventwire: --anchor \"" << o.anchor << "\" is not news or narrative\n";
    return kExitUsage;
  }
  auto tagger = TimeTagger::create();
  if (!tagger) {
    std::cerr << "eventwire: " << tagger.status().to_string() << "\n";
    return kExitFatal;
  }
  if (!o.timeml.empty() || !o.wikiwars.empty()) {
    auto docs = o.timeml.empty() ? read_wikiwars_dir(o.wikiwars) : read_timeml_dir(o.timeml);
    if (!docs) {
      std::cerr << "eventwire: " << docs.status().to_string() << "\n";
      return kExitFatal;
    }
    TimeOptions opts;
    opts.anchor = o.anchor == "narrative" ? Anchor::kNarrative : Anchor::kNews;
    print_lines(evaluate_time(**tagger, *docs, opts).lines());
  }
  if (!o.timeline.empty()) {
    auto sc = evaluate_timeline(**tagger, o.timeline);
    if (!sc) {
      std::cerr << "eventwire: " << sc.status().to_string() << "\n";
      return kExitFatal;
    }
    print_lines(sc->lines());
  }
  return kExitOk;
}

RegisterCommand eval_reg(
    "eval time", "Score time expressions (span F1, value accuracy and F1)", [](CLI::App& app) {
      auto o = std::make_shared<EvalOptions>();
      app.add_option("--timeml", o->timeml, "Folder of *.tml files (TIMEX3 gold)");
      app.add_option("--wikiwars", o->wikiwars, "WikiWars corpus folder (TIMEX2 gold)");
      app.add_option("--timeline", o->timeline,
                     "SemEval-2015 TimeLine folder (corpus_*/ with track A TimeML)");
      app.add_option("--anchor", o->anchor, "news (article date) or narrative");
      return [o] { return run_eval(*o); };
    });

}  // namespace cmd_time
}  // namespace eventwire::cli
