// The environment variables the eventwire program honours (docs/cli.md).
// Only the programs (this CLI, the server) read the environment; the library
// takes folders and files through its options structs.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace eventwire::cli {

// $EVENTWIRE_MODELS, or "" (the library's default folder).
std::string models_dir_from_env();
// $EVENTWIRE_GAZETTEER, else $EVENTWIRE_SOURCE_DIR/.cache/gazetteer.ewg, else
// Gazetteer::default_path().
std::string default_gazetteer_path();
// Every --models option of `app` and its subcommands defaults to
// $EVENTWIRE_MODELS, every --gazetteer option to $EVENTWIRE_GAZETTEER, every
// --db option to $EVENTWIRE_DB (so default_store_path() need not read it).
void bind_environment(CLI::App& app);
// The syntax models' index cache: $EVENTWIRE_MODEL_CACHE ("off": none), else
// $XDG_CACHE_HOME/eventwire or ~/.cache/eventwire (set_model_index_cache).
void configure_model_cache();

}  // namespace eventwire::cli
