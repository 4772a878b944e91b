// Agent dictionaries, discard lists and issue lists.
#include "dict/lines.h"
#include "eventwire/dict/actors.h"

namespace eventwire::dict {

using internal::join;
using internal::LineSource;
using internal::quote;
using internal::SourceLine;
using internal::split_name;
using internal::split_ws;
using internal::to_lower;
using internal::to_upper;
using internal::trim;

std::string AgentEntry::combine(std::string_view actor_code) const {
  return prefix ? code + std::string(actor_code) : std::string(actor_code) + code;
}

std::vector<const AgentEntry*> AgentDictionary::find(std::string_view phrase) const {
  std::vector<const AgentEntry*> out;
  auto it = by_name.find(join(split_name(phrase), " "));
  if (it != by_name.end()) {
    for (uint32_t i : it->second) out.push_back(&entries[i]);
  }
  return out;
}

namespace {

// Replaces each "!SET!" marker by every member of the set; false (with the
// unknown marker in *bad) when a marker is not defined.
bool expand_markers(const std::string& text,
                    const std::unordered_map<std::string, std::vector<std::string>>& sets,
                    std::vector<std::string>* out, std::string* bad) {
  size_t open = text.find('!');
  if (open == std::string::npos) {
    out->push_back(text);
    return true;
  }
  size_t close = text.find('!', open + 1);
  if (close == std::string::npos) {
    *bad = text.substr(open);
    return false;
  }
  std::string marker = to_upper(text.substr(open + 1, close - open - 1));
  auto it = sets.find(marker);
  if (it == sets.end()) {
    *bad = "!" + marker + "!";
    return false;
  }
  for (const std::string& member : it->second) {
    if (!expand_markers(text.substr(0, open) + member + text.substr(close + 1), sets, out, bad))
      return false;
  }
  return true;
}

}  // namespace

AgentDictionary load_agents_from_string(std::string_view text, std::string name) {
  AgentDictionary dict;
  dict.name = name;
  dict.fingerprint = fingerprint(text);
  LineSource source(text, std::move(name), &dict.warnings);
  SourceLine line;
  while (source.next(&line)) {
    const std::string& t = line.text;
    if (t.empty()) continue;
    if (t[0] == '!' && t.find('=') != std::string::npos) {
      size_t eq = t.find('=');
      std::string label = to_upper(trim(std::string_view(t).substr(0, eq)));
      if (label.size() < 3 || label.back() != '!') {
        source.warn(line.number,
                    "substitution set " + quote(t) + " needs the form !NAME! = A, B; ignored");
        continue;
      }
      std::vector<std::string> members;
      std::string_view list = std::string_view(t).substr(eq + 1);
      size_t start = 0;
      while (start <= list.size()) {
        size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        std::string member = to_upper(trim(list.substr(start, comma - start)));
        if (!member.empty()) members.push_back(member);
        start = comma + 1;
      }
      dict.substitutions[label.substr(1, label.size() - 2)] = std::move(members);
      continue;
    }
    size_t open = t.find('[');
    if (open == std::string::npos) {
      source.warn(line.number, "agent " + quote(t) + " has no [code]; ignored");
      continue;
    }
    size_t close = t.find(']', open);
    if (close == std::string::npos) {
      source.warn(line.number, "unclosed '[' in agent " + quote(t) + "; ignored");
      continue;
    }
    std::string code = std::string(trim(std::string_view(t).substr(open + 1, close - open - 1)));
    if (!trim(std::string_view(t).substr(close + 1)).empty()) {
      source.warn(line.number, "text after the code in " + quote(t) + " ignored");
    }
    AgentEntry base;
    base.line = line.number;
    if (code.size() >= 2 && code.front() == '~') {
      base.code = code.substr(1);
    } else if (code.size() >= 2 && code.back() == '~') {
      base.code = code.substr(0, code.size() - 1);
      base.prefix = true;
    } else {
      source.warn(line.number, "agent code [" + code +
                                   "] has no '~' (\"~GOV\" appends, \"NGO~\" prepends); ignored");
      continue;
    }
    std::string_view phrase = trim(std::string_view(t).substr(0, open));
    std::string plural_text;
    size_t brace = phrase.find('{');
    if (brace != std::string_view::npos) {
      size_t brace_close = phrase.find('}', brace);
      if (brace_close == std::string_view::npos) {
        source.warn(line.number, "unclosed '{' in agent " + quote(t) + "; ignored");
        continue;
      }
      base.plurals_given = true;
      plural_text = std::string(phrase.substr(brace + 1, brace_close - brace - 1));
      phrase = trim(phrase.substr(0, brace));
    }
    std::vector<std::string> phrases;
    std::string bad;
    if (!expand_markers(std::string(phrase), dict.substitutions, &phrases, &bad)) {
      source.warn(line.number,
                  "unknown substitution marker " + quote(bad) + " in " + quote(t) + "; ignored");
      continue;
    }
    for (std::string_view p : split_ws(plural_text)) base.plurals.push_back(split_name(p));
    for (const std::string& p : phrases) {
      AgentEntry entry = base;
      entry.words = split_name(p);
      if (entry.words.empty()) {
        source.warn(line.number, "agent " + quote(t) + " has no words; ignored");
        break;
      }
      dict.by_name[join(entry.words, " ")].push_back(static_cast<uint32_t>(dict.entries.size()));
      dict.entries.push_back(std::move(entry));
    }
  }
  return dict;
}

Result<AgentDictionary> load_agents(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  AgentDictionary dict = load_agents_from_string(*bytes, path);
  dict.name = base_name(path);
  return dict;
}

DiscardList load_discards_from_string(std::string_view text, std::string name) {
  DiscardList list;
  list.name = name;
  list.fingerprint = fingerprint(text);
  LineSource source(text, std::move(name), &list.warnings);
  SourceLine line;
  while (source.next(&line)) {
    std::string_view t = line.text;
    if (t.empty()) continue;
    DiscardEntry entry;
    entry.line = line.number;
    if (t[0] == '+') {
      entry.story_level = true;
      t = trim(t.substr(1));
    }
    if (t.find('[') != std::string_view::npos) {
      source.warn(line.number, "discard " + quote(line.text) +
                                   " has a [code]; discards take none, code ignored");
      t = trim(t.substr(0, t.find('[')));
    }
    entry.exact_end = !t.empty() && t.back() == '_';
    std::vector<std::string_view> words = split_ws(t);
    std::string phrase;
    for (std::string_view w : words) {
      if (!phrase.empty()) phrase += ' ';
      phrase += to_upper(w);
    }
    if (entry.exact_end) phrase.pop_back();
    if (phrase.empty()) {
      source.warn(line.number, "empty discard " + quote(line.text));
      continue;
    }
    entry.phrase = std::move(phrase);
    list.entries.push_back(std::move(entry));
  }
  return list;
}

WordList load_word_list_from_string(std::string_view text, std::string name) {
  WordList list;
  list.name = name;
  list.fingerprint = fingerprint(text);
  LineSource source(text, std::move(name), &list.warnings);
  SourceLine line;
  while (source.next(&line)) {
    if (line.text.empty()) continue;
    list.words.push_back(line.text);
    list.lines.push_back(line.number);
  }
  return list;
}

Result<WordList> load_word_list(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  WordList list = load_word_list_from_string(*bytes, path);
  list.name = base_name(path);
  return list;
}

Result<DiscardList> load_discards(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  DiscardList list = load_discards_from_string(*bytes, path);
  list.name = base_name(path);
  return list;
}

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

std::string plural(const std::string& w) {
  if (w.size() > 1 && w.back() == 'y' && !is_vowel(w[w.size() - 2]))
    return w.substr(0, w.size() - 1) + "ies";
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") ||
      ends_with(w, "sh")) {
    return w + "es";
  }
  return w + "s";
}

std::vector<std::string> verb_forms(const std::string& w) {
  std::string stem_y = w.size() > 1 && w.back() == 'y' && !is_vowel(w[w.size() - 2])
                           ? w.substr(0, w.size() - 1)
                           : "";
  std::string third = plural(w);
  std::string past = !stem_y.empty() ? stem_y + "ied" : w.back() == 'e' ? w + "d" : w + "ed";
  std::string ing =
      w.back() == 'e' && !ends_with(w, "ee") ? w.substr(0, w.size() - 1) + "ing" : w + "ing";
  return {w, third, past, ing};
}

// Expands one whitespace-separated token of an issue phrase.
std::vector<std::string> expand_issue_token(std::string_view token) {
  std::vector<std::string> result{""};
  size_t start = 0;
  bool first = true;
  while (start <= token.size()) {
    size_t plus = token.find('+', start);
    if (plus == std::string_view::npos) plus = token.size();
    std::string part = to_lower(token.substr(start, plus - start));
    std::vector<std::string> forms;
    if (part.rfind("n:", 0) == 0 && part.size() > 2) {
      forms = {part.substr(2), plural(part.substr(2))};
    } else if (part.rfind("v:", 0) == 0 && part.size() > 2) {
      forms = verb_forms(part.substr(2));
    } else {
      forms = {part};
    }
    std::vector<std::string> next;
    for (const std::string& prefix : result) {
      for (const std::string& f : forms) {
        if (first) {
          next.push_back(f);
        } else {
          next.push_back(prefix + " " + f);
          next.push_back(prefix + "-" + f);
        }
      }
    }
    result = std::move(next);
    first = false;
    start = plus + 1;
  }
  return result;
}

}  // namespace

IssueList load_issues_from_string(std::string_view text, std::string name) {
  IssueList list;
  list.name = name;
  list.fingerprint = fingerprint(text);
  LineSource source(text, std::move(name), &list.warnings);
  SourceLine line;
  std::string category;
  constexpr size_t kMaxVariants = 256;
  while (source.next(&line)) {
    std::string_view t = line.text;
    if (t.empty()) continue;
    if (t[0] == '<') {
      std::string tag = to_upper(t);
      if (tag.rfind("<ISSUE", 0) == 0) {
        size_t q = t.find("CATEGORY=\"");
        if (q == std::string_view::npos) q = tag.find("CATEGORY=\"");
        size_t end = q == std::string_view::npos ? q : t.find('"', q + 10);
        category = end == std::string_view::npos ? "" : std::string(t.substr(q + 10, end - q - 10));
      } else if (tag == "</ISSUE>") {
        category.clear();
      } else {
        source.warn(line.number, "unknown tag " + quote(t) + " ignored");
      }
      continue;
    }
    IssueEntry entry;
    entry.line = line.number;
    entry.category = category;
    if (t[0] == '~') {
      entry.ignore = true;
      while (!t.empty() && t[0] == '~') t.remove_prefix(1);
      t = trim(t);
    } else {
      size_t open = t.find('[');
      size_t close = open == std::string_view::npos ? open : t.find(']', open);
      if (close == std::string_view::npos) {
        source.warn(line.number, "issue phrase " + quote(t) + " has no [CODE]; ignored");
        continue;
      }
      entry.code = std::string(trim(t.substr(open + 1, close - open - 1)));
      if (entry.code.empty()) {
        source.warn(line.number, "issue phrase " + quote(t) + " has an empty [ ]; ignored");
        continue;
      }
      t = trim(t.substr(0, open));
    }
    entry.written = std::string(t);
    std::vector<std::string> variants{""};
    for (std::string_view token : split_ws(t)) {
      std::vector<std::string> forms = expand_issue_token(token);
      std::vector<std::string> next;
      for (const std::string& v : variants) {
        for (const std::string& f : forms) next.push_back(v.empty() ? f : v + " " + f);
      }
      variants = std::move(next);
      if (variants.size() > kMaxVariants) break;
    }
    if (variants.size() > kMaxVariants) {
      source.warn(line.number,
                  "issue phrase " + quote(t) + " expands to too many variants; ignored");
      continue;
    }
    if (variants.size() == 1 && variants[0].empty()) {
      source.warn(line.number, "empty issue phrase " + quote(line.text) + "; ignored");
      continue;
    }
    entry.variants = std::move(variants);
    list.entries.push_back(std::move(entry));
  }
  return list;
}

Result<IssueList> load_issues(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  IssueList list = load_issues_from_string(*bytes, path);
  list.name = base_name(path);
  return list;
}

}  // namespace eventwire::dict
