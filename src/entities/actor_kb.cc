// Parsing of the eventwire actor knowledge base (docs/actors.md).
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "eventwire/entities.h"

namespace eventwire {
namespace actors_internal {
std::vector<std::pair<const char*, std::string_view>>
embedded_kb_files();  // generated at build time by embed_actor_kb.cmake
}

namespace {

std::string_view trim(std::string_view s) {
  return base::trim(s, " \t\r");
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.push_back(
        s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

// "2017-01-20" → 20170120; false when malformed.
bool parse_iso_date(std::string_view s, int32_t* out) {
  int y = 0, m = 1, d = 1;
  auto num = [](std::string_view t, int* v) {
    auto r = std::from_chars(t.data(), t.data() + t.size(), *v);
    return r.ec == std::errc() && r.ptr == t.data() + t.size();
  };
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (!num(s.substr(0, 4), &y) || !num(s.substr(5, 2), &m) || !num(s.substr(8, 2), &d))
      return false;
  } else if (s.size() == 4) {
    if (!num(s, &y)) return false;
  } else {
    return false;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *out = y * 10000 + m * 100 + d;
  return true;
}

}  // namespace

std::string KbEntry::attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes)
    if (k == key) return v;
  return "";
}

Result<std::vector<KbEntry>> parse_actor_kb(std::string_view text, const std::string& name) {
  std::vector<KbEntry> out;
  size_t line_no = 0;
  bool saw_format = false;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    std::string_view t = trim(line);
    if (t.empty() || t.front() == '#') continue;
    auto where = [&] { return name + ":" + std::to_string(line_no); };
    if (t.front() == '@') {
      if (t != "@format eventwire-actors 1")
        return Status::invalid_input(where() + ": unknown directive \"" + std::string(t) + "\"");
      saw_format = true;
      continue;
    }
    auto fields = split(t, '\t');
    if (fields.size() < 3 || fields.size() > 4)
      return Status::invalid_input(where() +
                                   ": expected kind<TAB>code<TAB>names[<TAB>attributes], got \"" +
                                   std::string(t) + "\"");
    KbEntry e;
    e.kind = std::string(trim(fields[0]));
    if (e.kind != "country" && e.kind != "org" && e.kind != "person" && e.kind != "role" &&
        e.kind != "place")
      return Status::invalid_input(where() + ": unknown kind \"" + e.kind + "\"");
    e.code = std::string(trim(fields[1]));
    if (e.code.empty()) return Status::invalid_input(where() + ": empty code");
    for (auto n : split(fields[2], ';'))
      if (auto tn = trim(n); !tn.empty()) e.names.emplace_back(tn);
    if (e.names.empty()) return Status::invalid_input(where() + ": no names");
    if (fields.size() == 4) {
      for (auto a : split(fields[3], ';')) {
        a = trim(a);
        if (a.empty()) continue;
        size_t eq = a.find('=');
        if (eq == std::string_view::npos)
          return Status::invalid_input(where() + ": attribute \"" + std::string(a) +
                                       "\" lacks '='");
        std::string key(trim(a.substr(0, eq))), value(trim(a.substr(eq + 1)));
        if (key == "from" || key == "to") {
          int32_t date = 0;
          if (!parse_iso_date(value, &date))
            return Status::invalid_input(where() + ": bad date \"" + value + "\"");
          (key == "from" ? e.from : e.to) = date;
          continue;  // kept in from/to
        }
        if (key == "src") continue;  // provenance of derived lines, not needed at run time
        e.attributes.emplace_back(std::move(key), std::move(value));
      }
    }
    if (e.from && e.to && e.to < e.from)
      return Status::invalid_input(where() + ": to= is before from=");
    e.source = where();
    out.push_back(std::move(e));
  }
  if (!saw_format && !out.empty())
    return Status::invalid_input(name + ": missing \"@format eventwire-actors 1\"");
  return out;
}

std::vector<std::pair<std::string, std::string_view>> builtin_actor_kb() {
  std::vector<std::pair<std::string, std::string_view>> out;
  for (const auto& [n, t] : actors_internal::embedded_kb_files()) out.emplace_back(n, t);
  return out;
}

}  // namespace eventwire
