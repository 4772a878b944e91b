// `eventwire eval coref`: actor resolution + coreference scored on GUM.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"
#include "eventwire/dict/actors.h"
#include "eventwire/entities.h"
#include "eventwire/ner.h"

namespace eventwire::cli {
namespace cmd_entities {

struct CorefOptions {
  std::string gum, model, documents;
  std::vector<std::string> actors, agents, kb;
  bool no_builtin = false, no_ner = false, no_pronouns = false;
};

int run_coref(const CorefOptions& o) {
  EntityOptions options;
  for (const auto& path : o.actors) {
    auto d = dict::load_actors(path);
    if (!d) {
      std::cerr << "eventwire: " << d.status().to_string() << "\n";
      return kExitFatal;
    }
    options.actors.push_back(std::make_shared<dict::ActorDictionary>(std::move(d).value()));
  }
  for (const auto& path : o.agents) {
    auto d = dict::load_agents(path);
    if (!d) {
      std::cerr << "eventwire: " << d.status().to_string() << "\n";
      return kExitFatal;
    }
    options.agents.push_back(std::make_shared<dict::AgentDictionary>(std::move(d).value()));
  }
  options.kb_files = o.kb;
  options.no_builtin_actors = o.no_builtin;
  options.pronouns = !o.no_pronouns;
  auto resolver = EntityResolver::create(options);
  if (!resolver) {
    std::cerr << "eventwire: " << resolver.status().to_string() << "\n";
    return kExitFatal;
  }
  std::shared_ptr<const NerModel> ner;
  if (!o.no_ner) {
    auto m = NerModel::load(
        o.model.empty() ? NerModel::default_path(eventwire::cli::models_dir_from_env()) : o.model);
    if (!m) {
      std::cerr << "eventwire: " << m.status().to_string() << "\n";
      return kExitFatal;
    }
    ner = *m;
  }
  auto s = evaluate_coref_gum(o.gum, ner.get(), **resolver, o.documents);
  if (!s) {
    std::cerr << "eventwire: " << s.status().to_string() << "\n";
    return kExitFatal;
  }
  std::printf("documents %lld\ntokens %lld\n", static_cast<long long>(s->documents),
              static_cast<long long>(s->tokens));
  std::printf("gold_mentions %lld\npredicted_mentions %lld\nmatched_mentions %lld\n",
              static_cast<long long>(s->gold_mentions),
              static_cast<long long>(s->predicted_mentions),
              static_cast<long long>(s->matched_mentions));
  std::printf("link_p %.4f\nlink_r %.4f\nlink_f1 %.4f\n", s->link_p, s->link_r, s->link_f);
  std::printf("muc_p %.4f\nmuc_r %.4f\nmuc_f1 %.4f\n", s->muc_p, s->muc_r, s->muc_f);
  std::printf("b3_p %.4f\nb3_r %.4f\nb3_f1 %.4f\n", s->b3_p, s->b3_r, s->b3_f);
  std::printf("avg_f1 %.4f\ntokens_per_second %.0f\n", s->average_f(), s->tokens_per_second);
  return kExitOk;
}

static RegisterCommand reg_coref(
    "eval coref", "Score actor resolution and coreference on GUM Entity= annotations",
    [](CLI::App& app) {
      auto o = std::make_shared<CorefOptions>();
      app.add_option("--gum", o->gum, "GUM CoNLL-U file with Entity= annotations")->required();
      app.add_option("--model", o->model, "NER model (default: the installed model)");
      app.add_option("--documents", o->documents,
                     "Only documents whose newdoc id matches this regex (e.g. open genres: "
                     "'GUM_(academic|bio|court|interview|news|voyage)_')");
      app.add_option("--actors", o->actors, "PETRARCH/TABARI actor dictionary (repeatable)");
      app.add_option("--agents", o->agents, "PETRARCH/TABARI agent dictionary (repeatable)");
      app.add_option("--kb", o->kb, "Extra knowledge-base file in our format (repeatable)");
      app.add_flag("--no-builtin-actors", o->no_builtin, "Use only the given dictionaries");
      app.add_flag("--no-ner", o->no_ner, "Skip NER (pronouns and role phrases only)");
      app.add_flag("--no-pronouns", o->no_pronouns, "Do not link pronouns");
      return [o] { return run_coref(*o); };
    });

}  // namespace cmd_entities
}  // namespace eventwire::cli
