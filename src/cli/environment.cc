#include "cli/environment.h"

#include <cstdlib>

#include "eventwire/geo.h"
#include "eventwire/syntax.h"

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

void configure_model_cache() {
  // $EVENTWIRE_MODEL_CACHE ("off": none), else the user's cache folder for
  // models large enough to gain from it (not the tests' tiny ones).
  if (std::string dir = env("EVENTWIRE_MODEL_CACHE"); !dir.empty()) {
    set_model_index_cache(dir == "off" ? "" : dir);
    return;
  }
  std::string base = env("XDG_CACHE_HOME");
  if (base.empty() || base[0] != '/') {
    std::string home = env("HOME");
    base = home.empty() || home[0] != '/' ? "" : home + "/.cache";
  }
  if (!base.empty()) set_model_index_cache(base + "/eventwire", uint64_t{1} << 20);
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
