// eventwire eval geo: scores the geo stage on GeoVirus-style XML (docs/geo.md).
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/geo.h"

namespace cmd_geo {

struct GeoEvalOptions {
  std::string geovirus;
  std::string gazetteer;
  int half = -1;
  bool trace = false;
  std::string weights;
};

int run_eval_geo(const GeoEvalOptions& opts) {
  std::string path =
      opts.gazetteer.empty() ? eventwire::cli::default_gazetteer_path() : opts.gazetteer;
  auto gazetteer = eventwire::Gazetteer::open(path);
  if (!gazetteer) {
    std::cerr << "eventwire: " << gazetteer.status().to_string() << "\n";
    return eventwire::cli::kExitFatal;
  }
  // GeoVirus marks toponyms only, so demonyms stay out of the end-to-end count.
  eventwire::GeoResolverOptions options;
  options.demonyms = false;
  if (!options.weights.set(opts.weights)) {
    std::cerr << "eventwire: bad --weights \"" << opts.weights << "\"\n";
    return eventwire::cli::kExitUsage;
  }
  eventwire::GeoResolver resolver(*gazetteer, options);
  eventwire::GeoEvalOptions eval_options;
  eval_options.half = opts.half;
  if (opts.trace) eval_options.trace = &std::cerr;
  auto result = eventwire::evaluate_geovirus(opts.geovirus, resolver, eval_options);
  if (!result) {
    std::cerr << "eventwire: " << result.status().to_string() << "\n";
    return eventwire::cli::kExitFatal;
  }
  const auto& r = *result;
  auto ratio = [](size_t a, size_t b) {
    return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
  };
  std::printf("articles %zu\n", r.articles);
  std::printf("gold_toponyms %zu\n", r.gold);
  std::printf("resolved_given_spans %zu\n", r.resolved);
  std::printf("accuracy_161km %.4f\n", ratio(r.within_161km, r.gold));
  std::printf("accuracy_161km_countries %.4f\n", ratio(r.country_within_161km, r.country_spans));
  std::printf("accuracy_161km_other %.4f\n",
              ratio(r.within_161km - r.country_within_161km, r.gold - r.country_spans));
  std::printf("mean_error_km %.1f\n", r.mean_error_km);
  std::printf("median_error_km %.1f\n", r.median_error_km);
  std::printf("predicted_toponyms %zu\n", r.predicted);
  std::printf("detection_precision %.4f\n", r.precision);
  std::printf("detection_recall %.4f\n", r.recall);
  std::printf("detection_f1 %.4f\n", r.f1);
  std::printf("tokens_per_second %.0f\n",
              r.seconds > 0 ? static_cast<double>(r.tokens) / r.seconds : 0.0);
  std::printf("segment_tokens_per_second %.0f\n",
              r.segment_seconds > 0 ? static_cast<double>(r.tokens) / r.segment_seconds : 0.0);
  return eventwire::cli::kExitOk;
}

eventwire::cli::RegisterCommand reg_eval_geo(
    "eval geo", "Score toponym resolution and detection on GeoVirus XML", [](CLI::App& app) {
      auto opts = std::make_shared<GeoEvalOptions>();
      app.add_option("--geovirus", opts->geovirus,
                     "GeoVirus.xml (offsets one past 0-based code points)")
          ->required();
      app.add_option("--gazetteer", opts->gazetteer,
                     "gazetteer file (default: $EVENTWIRE_GAZETTEER)");
      app.add_option("--half", opts->half,
                     "score only split half 0 or 1 (hash of the article URL)");
      app.add_flag("--trace", opts->trace, "print spans resolved beyond 161 km to stderr");
      app.add_option("--weights", opts->weights,
                     "ranker weights to try: name=value,… (docs/geo.md)");
      return [opts] { return run_eval_geo(*opts); };
    });

}  // namespace cmd_geo
