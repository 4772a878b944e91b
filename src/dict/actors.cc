// Actor dictionaries (TABARI / PETRARCH / Phoenix): names, "+" synonyms and
// code lines with optional date restrictions.
#include "eventwire/dict/actors.h"

#include "dict/lines.h"

namespace eventwire::dict {

using internal::join;
using internal::LineSource;
using internal::quote;
using internal::SourceLine;
using internal::split_name;
using internal::split_ws;
using internal::to_upper;
using internal::trim;

namespace {

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

}  // namespace

bool parse_dictionary_date(std::string_view text, int32_t* yyyymmdd) {
  if (!internal::is_digits(text) || (text.size() != 6 && text.size() != 8)) return false;
  int value = std::stoi(std::string(text));
  int y, m, d;
  if (text.size() == 6) {
    y = value / 10000;
    y += y <= 30 ? 2000 : 1900;  // the KEDS/TABARI rule
  } else {
    y = value / 10000;
  }
  m = value / 100 % 100;
  d = value % 100;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  int days = kDays[m - 1] + (m == 2 && leap(y) ? 1 : 0);
  if (d > days) return false;
  *yyyymmdd = y * 10000 + m * 100 + d;
  return true;
}

bool ActorCode::applies_on(int32_t date) const {
  switch (when) {
    case When::kAlways:
      return true;
    case When::kBefore:
      return date <= to;
    case When::kAfter:
      return date >= from;
    case When::kBetween:
      return date >= from && date <= to;
  }
  return false;
}

std::string ActorEntry::code_on(int32_t date) const {
  const ActorCode* fallback = nullptr;
  const ActorCode* latest = nullptr;
  for (const ActorCode& c : codes) {
    if (c.when == ActorCode::When::kAlways) {
      if (!fallback) fallback = &c;
      continue;
    }
    if (date > 0 && c.applies_on(date)) return c.code;
    int32_t end = c.when == ActorCode::When::kAfter ? 99991231 : c.to;
    if (!latest || end > (latest->when == ActorCode::When::kAfter ? 99991231 : latest->to))
      latest = &c;
  }
  if (fallback) return fallback->code;
  // No date to go by: the most recent role is the best guess.
  if (date <= 0 && latest) return latest->code;
  return "";
}

size_t ActorDictionary::name_count() const {
  size_t n = 0;
  for (const ActorEntry& e : entries) n += e.names.size();
  return n;
}

std::vector<const ActorEntry*> ActorDictionary::find(std::string_view phrase) const {
  std::vector<const ActorEntry*> out;
  auto it = by_name.find(join(split_name(phrase), " "));
  if (it != by_name.end()) {
    for (uint32_t i : it->second) out.push_back(&entries[i]);
  }
  return out;
}

namespace {

class ActorReader {
 public:
  ActorReader(std::string_view text, std::string name) : source_(text, name, &dict_.warnings) {
    dict_.name = std::move(name);
    dict_.fingerprint = fingerprint(text);
  }

  ActorDictionary run() {
    SourceLine line;
    while (source_.next(&line)) read_line(line);
    close_entry();
    return std::move(dict_);
  }

 private:
  void read_line(const SourceLine& line) {
    const std::string& t = line.text;
    if (t.empty()) return;
    if (t[0] == '<') {
      std::string tag = to_upper(t);
      if (tag == "<NOUN>")
        section_ = &dict_.nouns;
      else if (tag == "<ADJECTIVE>")
        section_ = &dict_.adjectives;
      else if (tag == "</NOUN>" || tag == "</ADJECTIVE>")
        section_ = nullptr;
      else
        source_.warn(line.number, "unknown section tag " + quote(t) + " ignored");
      return;
    }
    if (section_) {
      section_->push_back(join(split_name(t), " "));
      return;
    }
    if (t[0] == '[') {
      if (!open_) {
        source_.warn(line.number,
                     "code line " + quote(t) + " has no actor name before it; ignored");
        return;
      }
      read_codes(line, t);
      return;
    }
    const bool synonym = t[0] == '+';
    // A synonym joins the open entry; a primary name opens a new one unless
    // the open entry has no code yet (consecutive primaries share codes).
    if (synonym && !open_) {
      source_.warn(line.number,
                   "synonym " + quote(t) + " has no primary name before it; used as a name");
      start_entry(line.number);
    } else if (!synonym && (!open_ || has_codes_)) {
      start_entry(line.number);
    }
    std::string_view rest = synonym ? std::string_view(t).substr(1) : std::string_view(t);
    size_t bracket = rest.find('[');
    std::string_view name_text = trim(rest.substr(0, bracket));
    if (!name_text.empty()) {
      ActorName name;
      name.written = synonym ? "+" : "";
      name.written.append(name_text);
      name.words = split_name(name_text);
      name.exact_end = name_text.back() == '_';
      name.synonym = synonym;
      name.line = line.number;
      if (name.words.empty()) {
        source_.warn(line.number, "actor name " + quote(t) + " has no words; ignored");
      } else {
        current_.names.push_back(std::move(name));
      }
    } else {
      source_.warn(line.number, "line " + quote(t) + " has no actor name");
    }
    if (bracket != std::string_view::npos) read_codes(line, rest.substr(bracket));
  }

  void start_entry(uint32_t line) {
    close_entry();
    current_ = {};
    current_.line = line;
    open_ = true;
    has_codes_ = false;
  }

  void close_entry() {
    if (!open_) return;
    open_ = false;
    if (current_.names.empty()) return;
    if (current_.codes.empty()) {
      source_.warn(current_.line,
                   "actor " + quote(current_.names.front().written) + " has no code");
    }
    uint32_t index = static_cast<uint32_t>(dict_.entries.size());
    for (const ActorName& n : current_.names) dict_.by_name[join(n.words, " ")].push_back(index);
    dict_.entries.push_back(std::move(current_));
  }

  // One or more "[CODE restriction]" groups.
  void read_codes(const SourceLine& line, std::string_view text) {
    while (!text.empty()) {
      text = trim(text);
      if (text.empty()) break;
      if (text[0] != '[') {
        source_.warn(line.number, "unexpected text " + quote(text) + " after a code ignored");
        break;
      }
      size_t close = text.find(']');
      if (close == std::string_view::npos) {
        source_.warn(line.number, "unclosed '[' in " + quote(text) + "; code ignored");
        break;
      }
      read_code(line.number, trim(text.substr(1, close - 1)));
      text = text.substr(close + 1);
    }
    has_codes_ = true;
  }

  void read_code(uint32_t number, std::string_view inside) {
    std::vector<std::string_view> parts = split_ws(inside);
    if (parts.empty()) {
      source_.warn(number, "empty code []");
      return;
    }
    ActorCode code;
    code.line = number;
    code.code = std::string(parts[0]);
    if (!code.code.empty() && (code.code[0] == '<' || code.code[0] == '>' ||
                               (code.code[0] >= '0' && code.code[0] <= '9'))) {
      source_.warn(number, "code [" + std::string(inside) + "] has a date but no code; ignored");
      return;
    }
    std::string restriction;
    for (size_t i = 1; i < parts.size(); ++i) restriction += parts[i];
    if (restriction.empty()) {
      current_.codes.push_back(std::move(code));
      return;
    }
    auto date = [&](std::string_view d, int32_t* out) {
      if (parse_dictionary_date(d, out)) return true;
      source_.warn(number, "date " + quote(d) + " in [" + std::string(inside) +
                               "] is not a valid YYMMDD or YYYYMMDD date; code ignored");
      return false;
    };
    if (restriction[0] == '<' || restriction[0] == '>') {
      bool before = restriction[0] == '<';
      int32_t d = 0;
      if (!date(std::string_view(restriction).substr(1), &d)) return;
      code.when = before ? ActorCode::When::kBefore : ActorCode::When::kAfter;
      (before ? code.to : code.from) = d;
    } else {
      size_t dash = restriction.find('-');
      if (dash == std::string::npos) {
        source_.warn(number, "date restriction in [" + std::string(inside) +
                                 "] needs '<', '>' or a range 'from-to'; code ignored");
        return;
      }
      std::string_view r = restriction;
      if (!date(r.substr(0, dash), &code.from) || !date(r.substr(dash + 1), &code.to)) return;
      code.when = ActorCode::When::kBetween;
      if (code.from > code.to) {
        source_.warn(number, "reversed date range in [" + std::string(inside) + "] (" +
                                 std::to_string(code.from) + " after " + std::to_string(code.to) +
                                 "): it never applies");
      }
    }
    current_.codes.push_back(std::move(code));
  }

  ActorDictionary dict_;
  LineSource source_;
  ActorEntry current_;
  bool open_ = false, has_codes_ = false;
  std::vector<std::string>* section_ = nullptr;
};

}  // namespace

ActorDictionary load_actors_from_string(std::string_view text, std::string name) {
  return ActorReader(text, std::move(name)).run();
}

Result<ActorDictionary> load_actors(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  ActorDictionary dict = load_actors_from_string(*bytes, path);
  dict.name = base_name(path);
  return dict;
}

}  // namespace eventwire::dict
