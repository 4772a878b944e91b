// Subcommand registry of the eventwire CLI.
//
// Each command lives in its own file (cmd_<name>.cc) and registers itself with
// a static RegisterCommand, so a stage adds commands without touching main.cc:
//
//   static eventwire::cli::RegisterCommand reg("eval time", "Score time expressions",
//       [](CLI::App& app) {
//         auto opts = std::make_shared<Options>();
//         app.add_option("--timeml", opts->dir, "...");
//         return [opts] { return run(*opts); };  // returns the exit code
//       });
//
// Exit codes (docs/cli.md): 0 all coded, 3 some records rejected, 1 fatal, 2 usage.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace eventwire::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFatal = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitRejected = 3;

using CommandRunner = std::function<int()>;
using CommandFactory = std::function<CommandRunner(CLI::App&)>;

struct CommandSpec {
  std::string path;  // "parse", "eval tokenize", "train syntax"
  std::string description;
  CommandFactory factory;
};

std::vector<CommandSpec>& command_registry();

struct RegisterCommand {
  RegisterCommand(std::string path, std::string description, CommandFactory factory) {
    command_registry().push_back({std::move(path), std::move(description), std::move(factory)});
  }
};

}  // namespace eventwire::cli
