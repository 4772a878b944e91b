// eventwire: a thin command-line front end over the library.
#include <iostream>
#include <map>
#include <memory>

#include "cli/command.h"
#include "cli/environment.h"

namespace eventwire::cli {

std::vector<CommandSpec>& command_registry() {
  static std::vector<CommandSpec> registry;
  return registry;
}

}  // namespace eventwire::cli

int main(int argc, char** argv) {
  using namespace eventwire::cli;
  CLI::App app{"eventwire: news articles to coded events, quotes, entities, times and places"};
  app.set_version_flag("--version", std::string("eventwire ") + EVENTWIRE_VERSION);
  app.require_subcommand(1);
  std::map<std::string, CLI::App*> groups;
  std::vector<std::pair<CLI::App*, CommandRunner>> runners;
  for (const CommandSpec& spec : command_registry()) {
    CLI::App* parent = &app;
    std::string name = spec.path;
    if (size_t space = spec.path.find(' '); space != std::string::npos) {
      std::string group = spec.path.substr(0, space);
      name = spec.path.substr(space + 1);
      auto it = groups.find(group);
      if (it == groups.end()) {
        CLI::App* sub = app.add_subcommand(group, group + " commands");
        sub->require_subcommand(1);
        it = groups.emplace(group, sub).first;
      }
      parent = it->second;
    }
    CLI::App* sub = parent->add_subcommand(name, spec.description);
    runners.emplace_back(sub, spec.factory(*sub));
  }
  bind_environment(app);
  configure_model_cache();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) {
      try {
        return run();
      } catch (const std::exception& e) {
        std::cerr << "eventwire: fatal: " << e.what() << "\n";
        return kExitFatal;
      }
    }
  }
  return kExitUsage;
}
