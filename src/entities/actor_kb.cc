// Parsing of the eventwire actor knowledge base (docs/actors.md).
#include <algorithm>
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

// Spaces, tabs and carriage returns at either end (base::trim's work with
// the set inlined: this runs a few hundred thousand times at start-up).
std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  size_t a = 0, b = s.size();
  while (a < b && blank(s[a])) ++a;
  while (b > a && blank(s[b - 1])) --b;
  return s.substr(a, b - a);
}

// The next piece of `*rest` up to `sep` (all of it when there is none);
// `*rest` then starts after the separator, or is empty with *done set.
std::string_view next_piece(std::string_view* rest, char sep, bool* done) {
  const size_t at = rest->find(sep);
  std::string_view piece = rest->substr(0, at);
  if (at == std::string_view::npos) {
    *rest = {};
    *done = true;
  } else {
    rest->remove_prefix(at + 1);
  }
  return piece;
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

namespace {

// The attributes field of one line into `e` (from/to as dates, src dropped).
Status parse_attributes(std::string_view field, KbEntry* e, const std::string& name,
                        size_t line_no) {
  auto where = [&] { return name + ":" + std::to_string(line_no); };
  bool done = false;
  while (!done) {
    std::string_view a = trim(next_piece(&field, ';', &done));
    if (a.empty()) continue;
    size_t eq = a.find('=');
    if (eq == std::string_view::npos)
      return Status::invalid_input(where() + ": attribute \"" + std::string(a) + "\" lacks '='");
    std::string_view key = trim(a.substr(0, eq)), value = trim(a.substr(eq + 1));
    if (key == "from" || key == "to") {
      int32_t date = 0;
      if (!parse_iso_date(value, &date))
        return Status::invalid_input(where() + ": bad date \"" + std::string(value) + "\"");
      (key == "from" ? e->from : e->to) = date;
      continue;  // kept in from/to
    }
    if (key == "src") continue;  // provenance of derived lines, not needed at run time
    e->attributes.emplace_back(std::string(key), std::string(value));
  }
  return Status::ok();
}

}  // namespace

Result<std::vector<KbEntry>> parse_actor_kb(std::string_view text, const std::string& name) {
  std::vector<KbEntry> out;
  out.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t line_no = 0;
  bool saw_format = false;
  std::string source = name + ":";
  const size_t source_prefix = source.size();
  std::string_view rest = text;
  bool last_line = false;
  while (!last_line) {
    std::string_view line = next_piece(&rest, '\n', &last_line);
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
    // kind<TAB>code<TAB>names[<TAB>attributes]
    std::string_view fields[4], cut = t;
    size_t count = 0;
    for (bool done = false; !done && count < 5; ++count) {
      std::string_view f = next_piece(&cut, '\t', &done);
      if (count < 4) fields[count] = f;
    }
    if (count < 3 || count > 4)
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
    std::string_view names = fields[2];
    for (bool done = false; !done;)
      if (auto tn = trim(next_piece(&names, ';', &done)); !tn.empty()) e.names.emplace_back(tn);
    if (e.names.empty()) return Status::invalid_input(where() + ": no names");
    if (count == 4)
      if (Status st = parse_attributes(fields[3], &e, name, line_no); !st) return st;
    if (e.from && e.to && e.to < e.from)
      return Status::invalid_input(where() + ": to= is before from=");
    source.resize(source_prefix);
    char digits[24];
    source.append(digits, std::to_chars(digits, digits + sizeof digits, line_no).ptr);
    e.source = source;
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
