#include "cli/environment.h"

#include <cstdlib>

#include "eventwire/geo.h"

namespace eventwire::cli {

namespace {
std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}
}  // namespace

std::string models_dir_from_env() {
  return env("EVENTWIRE_MODELS");
}

std::string default_gazetteer_path() {
  if (std::string path = env("EVENTWIRE_GAZETTEER"); !path.empty()) return path;
  return Gazetteer::default_path(env("EVENTWIRE_SOURCE_DIR"));
}

void bind_environment(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->check_lname("models")) option->envname("EVENTWIRE_MODELS");
    if (option->check_lname("gazetteer")) option->envname("EVENTWIRE_GAZETTEER");
    if (option->check_lname("db")) option->envname("EVENTWIRE_DB");
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) bind_environment(*sub);
}

}  // namespace eventwire::cli
