// `eventwire actors lookup|stats`: what the actor knowledge base knows, for
// users who maintain dictionaries; `eventwire eval actors`: phrase → code
// cases (the NGEC actor-resolution tests) scored on country and sector.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_set>

#include "cli/command.h"
#include "eventwire/entities.h"
#include "eventwire/pipeline.h"
#include "eventwire/text.h"

namespace eventwire::cli {
namespace cmd_actors {

struct KbFlags {
  std::vector<std::string> kb;
  bool no_builtin = false;
};

Result<std::shared_ptr<const EntityResolver>> make_resolver(const KbFlags& f) {
  EntityOptions options;
  options.kb_files = f.kb;
  options.no_builtin_actors = f.no_builtin;
  return EntityResolver::create(options);
}

std::string iso_date(int32_t d) {
  if (!d) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

struct LookupOptions {
  KbFlags kb;
  std::vector<std::string> words;
  std::string date;
};

int run_lookup(const LookupOptions& o) {
  auto resolver = make_resolver(o.kb);
  if (!resolver) {
    std::cerr << "eventwire: " << resolver.status().to_string() << "\n";
    return kExitFatal;
  }
  std::string name;
  for (const auto& w : o.words) {
    if (!name.empty()) name += ' ';
    name += w;
  }
  const auto found = (*resolver)->lookup(name, o.date);
  if (found.empty()) {
    std::printf("%s: not in the knowledge base\n", name.c_str());
    return kExitOk;
  }
  for (const auto& r : found) {
    const KbEntry& first = r.entries.front();
    std::printf("%s (%s)", first.names.front().c_str(), first.kind.c_str());
    if (!r.code.empty())
      std::printf(" → %s on %s%s", r.code.c_str(), o.date.empty() ? "today" : o.date.c_str(),
                  r.past ? " (out of office: former)" : "");
    std::printf("\n  names: ");
    for (size_t i = 0; i < first.names.size(); ++i)
      std::printf("%s%s", i ? "; " : "", first.names[i].c_str());
    std::printf("\n");
    for (size_t i = 0; i < r.entries.size(); ++i) {
      const KbEntry& e = r.entries[i];
      std::printf("  %c %-12s %-10s %-10s %s\n", static_cast<int>(i) == r.chosen ? '*' : ' ',
                  e.code.c_str(), e.from ? iso_date(e.from).c_str() : "-",
                  e.to ? iso_date(e.to).c_str() : "-", e.source.c_str());
    }
  }
  return kExitOk;
}

struct StatsOptions {
  KbFlags kb;
};

int run_stats(const StatsOptions& o) {
  const auto t0 = std::chrono::steady_clock::now();
  const std::clock_t c0 = std::clock();
  auto resolver = make_resolver(o.kb);
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  if (!resolver) {
    std::cerr << "eventwire: " << resolver.status().to_string() << "\n";
    return kExitFatal;
  }
  std::printf("%-28s %-8s %8s %9s %8s %8s\n", "file", "kind", "entries", "referents", "dated",
              "names");
  int64_t entries = 0, referents = 0, names = 0, dated = 0;
  for (const auto& c : (*resolver)->counts()) {
    std::printf("%-28s %-8s %8lld %9lld %8lld %8lld\n", c.file.c_str(), c.kind.c_str(),
                static_cast<long long>(c.entries), static_cast<long long>(c.referents),
                static_cast<long long>(c.dated), static_cast<long long>(c.names));
    entries += c.entries, referents += c.referents, names += c.names, dated += c.dated;
  }
  std::printf("%-28s %-8s %8lld %9lld %8lld %8lld\n", "total", "", static_cast<long long>(entries),
              static_cast<long long>(referents), static_cast<long long>(dated),
              static_cast<long long>(names));
  std::printf("load_ms %.1f\nload_cpu_ms %.1f\n", ms, cpu_ms);
  return kExitOk;
}

// ---- eval actors ----------------------------------------------------------------------------

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t n = line.find('\t', pos);
    out.push_back(line.substr(pos, n == std::string::npos ? std::string::npos : n - pos));
    if (n == std::string::npos) break;
    pos = n + 1;
  }
  return out;
}

// "2022-03-01", "10 May 2015", "October 1, 2021"; "today" and others: empty.
std::string case_date(const std::string& d) {
  if (d.size() == 10 && d[4] == '-' && d[7] == '-') return d;
  static const char* months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  int day = 0, year = 0, month = 0;
  std::istringstream in(d);
  std::string w;
  while (in >> w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.pop_back();
    if (w.empty()) continue;
    if (std::isdigit(static_cast<unsigned char>(w[0]))) {
      const int v = std::atoi(w.c_str());
      (v > 31 ? year : day) = v;
    } else {
      std::string low;
      for (char c : w) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (int m = 0; m < 12; ++m)
        if (low.rfind(months[m], 0) == 0) month = m + 1;
    }
  }
  if (year < 1000 || year > 9999 || !month) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day ? day : 1);
  return buf;
}

uint32_t fnv(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// NGEC (PLOVER) sectors that CAMEO writes otherwise: a religious actor is
// REL in NGEC and its religion in CAMEO ("Muslim cleric" → MUS), a journalist
// JRN in NGEC and MED in CAMEO, a paramilitary PRM in NGEC and UAF in CAMEO.
bool same_sector(const std::string& want, const std::string& block) {
  static const std::unordered_set<std::string> religions = {
      "REL", "CHR", "CTH", "PRO", "ORT", "MAR", "MUS", "SHI", "SUN", "SFI", "ALE", "DRZ",
      "JEW", "BUD", "HIN", "SIK", "JAN", "ZRO", "BAH", "CON", "TAO", "SHN", "ATH", "MOS"};
  if (want == "REL") return religions.count(block) > 0;
  if (want == "JRN") return block == "MED";
  if (want == "PRM") return block == "UAF";
  return false;
}

// Whether `code` (country + sectors) meets an expectation on its sector part:
// "" none, "(none)" no sector, "A|B" either, "!X" not X, else X among the
// three-letter blocks after the country.
bool sector_ok(const std::string& sectors, const std::string& want) {
  if (want.empty()) return true;
  if (want == "(none)") return sectors.empty();
  if (want[0] == '!') return sectors.find(want.substr(1)) == std::string::npos;
  size_t pos = 0;
  while (pos <= want.size()) {
    size_t bar = want.find('|', pos);
    const std::string alt =
        want.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
    for (size_t k = 0; k + 3 <= sectors.size(); k += 3)
      if (sectors.compare(k, alt.size(), alt) == 0 || same_sector(alt, sectors.substr(k, 3)))
        return true;
    if (bar == std::string::npos) break;
    pos = bar + 1;
  }
  return false;
}

struct EvalOptions {
  std::string ngec, half = "all", models_dir;
  bool show = false;
};

int run_eval(const EvalOptions& o) {
  std::ifstream in(o.ngec);
  if (!in) {
    std::cerr << "eventwire: cannot open " << o.ngec << "\n";
    return kExitFatal;
  }
  PipelineOptions po;
  po.syntax = true;
  po.entities = true;
  po.models_dir = o.models_dir;
  auto pipeline = Pipeline::create(po);
  if (!pipeline) {
    std::cerr << "eventwire: " << pipeline.status().to_string() << "\n";
    return kExitFatal;
  }
  std::string line;
  std::getline(in, line);                              // header
  std::map<std::string, std::pair<int, int>> by_half;  // half → (right, total)
  std::map<std::string, std::pair<int, int>> by_method;
  while (std::getline(in, line)) {
    auto f = split_tabs(line);
    if (f.size() < 10) continue;
    const std::string &phrase = f[0], &code1 = f[1], &code2 = f[2], &country = f[3];
    const std::string &method = f[5], &date = f[7], &other = f[8], &status = f[9];
    const bool must_be_none = other.find("result=None") != std::string::npos;
    if (status != "run" || (code1.empty() && country.empty() && !must_be_none)) continue;
    const std::string half = fnv(phrase) % 2 ? "B" : "A";
    if (o.half != "all" && o.half != half) continue;
    Article a;
    a.id = "ngec";
    a.date = case_date(date);
    a.text = phrase;
    a.paragraphs.push_back({0, count_code_points(phrase)});
    Document doc = (*pipeline)->process(a);
    // The entity spanning most of the phrase.
    const Entity* best = nullptr;
    int best_len = -1;
    for (const auto& e : doc.entities)
      for (const auto& m : e.mentions) {
        const int len = static_cast<int>(m.end - m.start) * 2 + (e.actor_code.empty() ? 0 : 1);
        if (len > best_len) best = &e, best_len = len;
      }
    const std::string code = best ? best->actor_code : "";
    bool ok;
    if (must_be_none) {
      ok = code.empty();
    } else {
      std::string nation = code.size() >= 3 ? code.substr(0, 3) : "";
      std::string sectors = code.size() > 3 ? code.substr(3) : "";
      // Conventions that differ: NGEC writes international bodies as their
      // body ("EUR", "UNO") where CAMEO writes IGO + body, and Kosovo XKX.
      if (nation == "IGO" && sectors.size() >= 3 && country != "IGO")
        nation = sectors.substr(0, 3), sectors = sectors.substr(3);
      if (nation == "KSV") nation = "XKX";
      // "---" is PETRARCH's explicit "no country" ("soldiers" → ---MIL).
      const bool country_ok = country.empty() ? true
                              : country == "(none)"
                                  ? (code.empty() || sectors.empty() || nation == "---")
                                  : nation == country || (country == "IGO" && nation == "UNO");
      ok = !code.empty() && country_ok && sector_ok(sectors, code1) &&
           (code2.empty() || sector_ok(sectors, code2));
      if (country == "(none)" && code1.empty()) ok = country_ok;
    }
    auto& h = by_half[half];
    h.first += ok, h.second += 1;
    auto& mm = by_method[method];
    mm.first += ok, mm.second += 1;
    // Cases naming a country: those a CAMEO country + sector code can express.
    if (!country.empty() && country != "(none)" && !must_be_none) {
      auto& c = by_half["country_" + half];
      c.first += ok, c.second += 1;
    }
    if (o.show)
      std::printf("%s\t%s\t%s\twant=%s/%s/%s\tgot=%s\t%s\n", ok ? "ok" : "MISS", half.c_str(),
                  phrase.c_str(), country.c_str(), code1.c_str(), code2.c_str(), code.c_str(),
                  best ? best->resolved_by.c_str() : "");
  }
  int right = 0, total = 0;
  for (const auto& [half, rt] : by_half) {
    std::printf("%s%s %d/%d %.1f%%\n", half.size() == 1 ? "half_" : "with_", half.c_str(), rt.first,
                rt.second, rt.second ? 100.0 * rt.first / rt.second : 0.0);
    if (half.size() == 1) right += rt.first, total += rt.second;
  }
  for (const auto& [method, rt] : by_method)
    std::printf("method_%s %d/%d %.1f%%\n", method.c_str(), rt.first, rt.second,
                rt.second ? 100.0 * rt.first / rt.second : 0.0);
  std::printf("all %d/%d %.1f%%\n", right, total, total ? 100.0 * right / total : 0.0);
  return kExitOk;
}

void add_kb_flags(CLI::App& app, KbFlags& f) {
  app.add_option("--kb", f.kb, "Extra knowledge-base file in our format (repeatable)");
  app.add_flag("--no-builtin-actors", f.no_builtin, "Use only the given --kb files");
}

static RegisterCommand reg_lookup(
    "actors lookup", "Show what the actor knowledge base knows about a name", [](CLI::App& app) {
      auto o = std::make_shared<LookupOptions>();
      app.add_option("name", o->words, "The name (several words allowed)")->required();
      app.add_option("--date", o->date, "Article date YYYY-MM-DD (default: today's knowledge)");
      add_kb_flags(app, o->kb);
      return [o] { return run_lookup(*o); };
    });

static RegisterCommand reg_stats("actors stats",
                                 "Count the actor knowledge base's entries per file and kind",
                                 [](CLI::App& app) {
                                   auto o = std::make_shared<StatsOptions>();
                                   add_kb_flags(app, o->kb);
                                   return [o] { return run_stats(*o); };
                                 });

static RegisterCommand reg_eval(
    "eval actors", "Score actor resolution on phrase → code cases (NGEC test TSV)",
    [](CLI::App& app) {
      auto o = std::make_shared<EvalOptions>();
      app.add_option("--ngec", o->ngec, "actor_resolution_cases.tsv (NGEC tests, converted)")
          ->required();
      app.add_option("--half", o->half, "A, B (halves by a hash of the phrase) or all");
      app.add_option("--models", o->models_dir, "Models folder");
      app.add_flag("--show", o->show, "Print every case");
      return [o] { return run_eval(*o); };
    });

}  // namespace cmd_actors
}  // namespace eventwire::cli
