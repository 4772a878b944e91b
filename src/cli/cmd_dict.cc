// `eventwire dict check` lints dictionaries; `eventwire dict entries` prints an
// event lexicon as loaded; `eventwire dict cameo` looks up CAMEO codes in the
// embedded codebook.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "eventwire/dict.h"

namespace eventwire::cli {
namespace cmd_dict {

struct CheckOptions {
  std::vector<std::string> files;
  std::string type = "auto";
  bool quiet = false;
};

int run_check(const CheckOptions& opts) {
  dict::DictType type;
  if (!dict::parse_dict_type(opts.type, &type)) {
    std::cerr
        << "eventwire: unknown --type \"" << opts.type
        << "\" (auto, verbs, verbpatterns, actors, agents, discards, issues, lexicon, words)\n";
    return kExitUsage;
  }
  size_t findings = 0, entries = 0, fatal = 0;
  for (const std::string& file : opts.files) {
    Result<dict::CheckReport> report = dict::check_dictionary_file(file, type);
    if (!report) {
      std::cerr << "eventwire: " << report.status().message() << "\n";
      ++fatal;
      continue;
    }
    if (!opts.quiet) {
      for (const dict::Diagnostic& d : report->findings) std::cout << d.to_string() << "\n";
    }
    std::cout << "summary: " << file << ": " << dict::dict_type_name(report->type) << ", "
              << report->entries << " entries, " << report->findings.size() << " findings\n";
    findings += report->findings.size();
    entries += report->entries;
  }
  std::cout << "summary: " << opts.files.size() << " files, " << entries << " entries, " << findings
            << " findings" << (fatal ? ", " + std::to_string(fatal) + " unreadable" : "") << "\n";
  if (fatal) return kExitFatal;
  return findings ? kExitRejected : kExitOk;
}

const RegisterCommand check_command(
    "dict check", "Lint PETRARCH/TABARI dictionaries and eventwire lexicons", [](CLI::App& app) {
      auto opts = std::make_shared<CheckOptions>();
      app.add_option("files", opts->files, "Dictionary files")->required();
      app.add_option(
          "--type", opts->type,
          "auto|verbs|verbpatterns|actors|agents|discards|issues|lexicon|words (default: auto)");
      app.add_flag("--quiet", opts->quiet, "Print only the summaries");
      return [opts] { return run_check(*opts); };
    });

struct EntriesOptions {
  std::vector<std::string> files;
};

// Every entry as loaded, groups expanded: "file:line<TAB>entry<TAB># comment".
int run_entries(const EntriesOptions& opts) {
  int status = kExitOk;
  for (const std::string& file : opts.files) {
    Result<dict::Lexicon> lex = dict::load_lexicon(file);
    if (!lex) {
      std::cerr << "eventwire: " << lex.status().message() << "\n";
      status = kExitFatal;
      continue;
    }
    for (const dict::Diagnostic& d : lex->warnings) std::cerr << d.to_string() << "\n";
    if (!lex->warnings.empty() && status == kExitOk) status = kExitRejected;
    for (const dict::LexiconEntry& e : lex->entries)
      std::cout << e.file << ":" << e.line << "\t" << dict::lexicon_entry_text(e)
                << (e.comment.empty() ? "" : "\t# " + e.comment) << "\n";
  }
  return status;
}

const RegisterCommand entries_command(
    "dict entries", "Print an event lexicon's entries as loaded (groups expanded), one a line",
    [](CLI::App& app) {
      auto opts = std::make_shared<EntriesOptions>();
      app.add_option("files", opts->files, "Event lexicon files (.lex)")->required();
      return [opts] { return run_entries(*opts); };
    });

struct CameoOptions {
  std::vector<std::string> codes;
};

int run_cameo(const CameoOptions& opts) {
  const dict::CameoCodebook& book = dict::CameoCodebook::get();
  int status = kExitOk;
  auto print = [](const dict::CameoCode& c) {
    std::cout << c.code << "\t" << c.name << "\tgoldstein=" << c.goldstein
              << "\tquad=" << c.quad_class
              << "\tplover=" << (c.plover_type.empty() ? "-" : c.plover_type)
              << (c.plover_mode.empty() ? "" : "/" + c.plover_mode)
              << (c.plover_context.empty() ? "" : " (" + c.plover_context + ")") << "\n";
  };
  if (opts.codes.empty()) {
    for (const dict::CameoCode& c : book.codes()) print(c);
    return kExitOk;
  }
  for (const std::string& code : opts.codes) {
    const dict::CameoCode* c = book.find(code);
    if (!c) {
      std::cerr << "eventwire: \"" << code << "\" is not a CAMEO code\n";
      status = kExitRejected;
      continue;
    }
    print(*c);
  }
  return status;
}

const RegisterCommand cameo_command("dict cameo", "Look up CAMEO codes (all codes when none given)",
                                    [](CLI::App& app) {
                                      auto opts = std::make_shared<CameoOptions>();
                                      app.add_option("codes", opts->codes,
                                                     "CAMEO codes, e.g. 0332");
                                      return [opts] { return run_cameo(*opts); };
                                    });

}  // namespace cmd_dict
}  // namespace eventwire::cli
