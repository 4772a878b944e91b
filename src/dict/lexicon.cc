// The eventwire event lexicon format (docs/dictionaries.md, "Event lexicon").
#include "eventwire/dict/lexicon.h"

#include <algorithm>
#include <functional>
#include <map>
#include <new>

#include "dict/embedded.h"
#include "dict/lexicon_block.h"
#include "dict/lines.h"
#include "eventwire/dict/cameo.h"

namespace eventwire::dict {

using internal::LineSource;
using internal::quote;
using internal::SourceLine;
using internal::split_ws;
using internal::to_lower;
using internal::trim;

int LexiconEntry::specificity() const {
  return 2 * static_cast<int>(constraints.size()) + (voice != Voice::kAny ? 1 : 0);
}

std::vector<const LexiconEntry*> Lexicon::find(std::string_view lemma) const {
  std::vector<const LexiconEntry*> out;
  auto it = by_lemma.find(to_lower(lemma));
  if (it == by_lemma.end()) return out;
  out.reserve(it->second.size());
  for (uint32_t i : it->second) out.push_back(&entries[i]);
  return out;
}

namespace internal {

void order_by_specificity(Lexicon* lex) {
  for (auto& [lemma, ids] : lex->by_lemma) {
    std::stable_sort(ids.begin(), ids.end(), [lex](uint32_t a, uint32_t b) {
      return lex->entries[a].specificity() > lex->entries[b].specificity();
    });
  }
}

}  // namespace internal

bool parse_dep_path(std::string_view text, DepPath* path) {
  path->clear();
  size_t start = 0;
  while (start <= text.size()) {
    size_t gt = text.find('>', start);
    if (gt == std::string_view::npos) gt = text.size();
    std::string_view step = text.substr(start, gt - start);
    if (step.empty()) return false;
    DepStep s;
    size_t colon = step.find(':');
    s.deprel = to_lower(step.substr(0, colon));
    if (colon != std::string_view::npos) s.sub = to_lower(step.substr(colon + 1));
    if (s.deprel.empty() || (colon != std::string_view::npos && s.sub.empty())) return false;
    for (const std::string* part : {&s.deprel, &s.sub})
      for (char c : *part)
        if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-' || c == '\'')) return false;
    path->push_back(std::move(s));
    start = gt + 1;
  }
  return !path->empty();
}

std::string dep_path_to_string(const DepPath& path) {
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    if (i) out += '>';
    out += path[i].deprel;
    if (!path[i].sub.empty()) {
      out += ':';
      out += path[i].sub;
    }
  }
  return out;
}

namespace {

std::vector<std::string_view> split_on(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t at = s.find(sep, start);
    if (at == std::string_view::npos) at = s.size();
    out.push_back(s.substr(start, at - start));
    start = at + 1;
  }
  return out;
}

bool valid_lemma(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c == '_' || (c >= '0' && c <= '9')))
      return false;
  }
  return true;
}

// Paths and whole path lists already parsed while loading one file: a
// lexicon spells the same few dozen paths ~100,000 times, often in the same
// lists ("T=obj>nmod:poss|obj>nmod:by|…"), and parsing each anew was a tenth
// of start-up.
struct PathMemo {
  std::map<std::string, DepPath, std::less<>> paths;
  std::map<std::string, PathList, std::less<>> lists;  // keyed by separator + text; shared
};

bool parse_dep_path_memo(std::string_view text, DepPath* path, PathMemo* memo) {
  if (auto it = memo->paths.find(text); it != memo->paths.end()) {
    *path = it->second;
    return true;
  }
  if (!parse_dep_path(text, path)) return false;
  memo->paths.emplace(std::string(text), *path);
  return true;
}

// Parses "a|b|c" into paths appended to *out; false with the bad piece in *bad.
bool parse_paths(std::string_view text, char sep, PathList* out, std::string* bad, PathMemo* memo) {
  std::string key(1, sep);
  key += text;
  if (auto it = memo->lists.find(key); it != memo->lists.end()) {
    out->append(it->second);
    return true;
  }
  std::vector<DepPath> paths;
  for (std::string_view piece : split_on(text, sep)) {
    DepPath path;
    if (!parse_dep_path_memo(piece, &path, memo)) {
      *bad = std::string(piece);
      return false;
    }
    paths.push_back(std::move(path));
  }
  PathList list(std::move(paths));
  out->append(list);
  memo->lists.emplace(std::move(key), std::move(list));
  return true;
}

using Warn = std::function<void(const std::string&)>;

// The "@group NAME MEMBER..." lines read so far (docs/dictionaries.md, "Groups").
struct Group {
  std::vector<std::string> members;
  uint32_t line = 0;
};
using Groups = std::map<std::string, Group, std::less<>>;

bool valid_group_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

// A member is a lemma, optionally with its "n:"/"a:" prefix (for groups of
// event nouns in the lemma field).
bool valid_member(std::string_view m) {
  if (m.rfind("n:", 0) == 0 || m.rfind("a:", 0) == 0) m.remove_prefix(2);
  return valid_lemma(m);
}

// Reads "@group NAME MEMBER..." (`parts` split on blanks) into *groups; a
// "$OTHER" member splices in an earlier group. Bad definitions are warned and
// define nothing, so their uses are reported as unknown.
void define_group(const std::vector<std::string_view>& parts, uint32_t line, Groups* groups,
                  const Warn& warn) {
  if (parts.size() < 2 || !valid_group_name(parts[1])) {
    warn("expected \"@group NAME MEMBER...\" with NAME of lower-case letters, digits, - or _");
    return;
  }
  std::string_view name = parts[1];
  if (auto it = groups->find(name); it != groups->end()) {
    warn("group $" + std::string(name) + " is already defined on line " +
         std::to_string(it->second.line));
    return;
  }
  Group group;
  group.line = line;
  for (size_t i = 2; i < parts.size(); ++i) {
    std::string_view m = parts[i];
    if (m[0] == '$') {
      auto it = groups->find(m.substr(1));
      if (it == groups->end()) {
        warn("unknown group " + quote(m) + " in group $" + std::string(name));
        return;
      }
      group.members.insert(group.members.end(), it->second.members.begin(),
                           it->second.members.end());
    } else if (valid_member(m)) {
      group.members.emplace_back(m);
    } else {
      warn("group member " + quote(m) + " is not a lower-case lemma");
      return;
    }
  }
  if (group.members.empty()) {
    warn("group $" + std::string(name) + " is empty");
    return;
  }
  groups->emplace(std::string(name), std::move(group));
}

// The members of "$NAME", or null after a warning.
const std::vector<std::string>* group_members(std::string_view use, const Groups& groups,
                                              const Warn& warn) {
  auto it = groups.find(use.substr(1));
  if (it != groups.end()) return &it->second.members;
  warn("unknown group " + quote(use) + " (a group is defined by an earlier \"@group\" line)");
  return nullptr;
}

// A constraint value with its "$NAME" pieces replaced by the members
// ("obj=$curbs|curfew" → "obj=ban|bans|curfew"); false after a warning.
bool splice_value(std::string_view field, const Groups& groups, const Warn& warn,
                  std::string* out) {
  size_t eq = field.find('=');
  std::string_view key = field.substr(0, eq);
  if (eq == std::string_view::npos || key == "S" || key == "T" ||
      field.find('$', eq) == std::string_view::npos) {
    *out = std::string(field);
    return true;
  }
  *out = std::string(field.substr(0, eq + 1));
  bool first = true;
  for (std::string_view piece : split_on(field.substr(eq + 1), '|')) {
    std::vector<std::string> single;
    const std::vector<std::string>* members = &single;
    if (!piece.empty() && piece[0] == '$') {
      if (!(members = group_members(piece, groups, warn))) return false;
    } else {
      single.emplace_back(piece);
    }
    for (const std::string& m : *members) {
      if (!first) *out += '|';
      *out += m;
      first = false;
    }
  }
  return true;
}

// One entry line as the lines it stands for: a "$NAME" lemma gives one line
// per member, in member order, and "$NAME" in a constraint value is spliced
// in. False after a warning.
bool expand_groups(std::string_view t, const Groups& groups, const Warn& warn,
                   std::vector<std::string>* out) {
  out->clear();
  size_t arrow = t.find("->");
  if (arrow == std::string_view::npos) {
    out->emplace_back(t);
    return true;
  }
  std::vector<std::string_view> fields = split_ws(t.substr(0, arrow));
  if (fields.empty()) {
    out->emplace_back(t);
    return true;
  }
  std::string rest;
  for (size_t i = 1; i < fields.size(); ++i) {
    std::string spliced;
    if (!splice_value(fields[i], groups, warn, &spliced)) return false;
    rest += ' ' + spliced;
  }
  rest += ' ';
  rest += t.substr(arrow);
  std::vector<std::string> single{std::string(fields[0])};
  const std::vector<std::string>* lemmas = &single;
  if (fields[0][0] == '$' && !(lemmas = group_members(fields[0], groups, warn))) return false;
  for (const std::string& lemma : *lemmas) out->push_back(lemma + rest);
  return true;
}

// One constraint field ("obj=aid|help", "!obl:at", "prt=up") appended to
// entry->constraints; false after a warning.
bool parse_constraint(std::string_view f, std::string_view key, std::string_view value,
                      bool has_value, PathMemo& memo, const Warn& warn, LexiconEntry* entry) {
  LexiconConstraint c;
  std::string bad;
  if (!key.empty() && key[0] == '!') {
    c.negated = true;
    key.remove_prefix(1);
  }
  std::string path_text = key == "prt" ? "compound:prt" : std::string(key);
  if (!parse_paths(path_text, ',', &c.paths, &bad, &memo)) {
    warn("bad field " + quote(f) + " (dependency path " + quote(bad) + ")");
    return false;
  }
  if (has_value) {
    for (std::string_view l : split_on(value, '|')) {
      if (!valid_lemma(l)) {
        warn("bad lemma " + quote(l) + " in " + quote(f));
        return false;
      }
      c.lemmas.emplace_back(l);
    }
  }
  entry->constraints.push_back(std::move(c));
  return true;
}

// Parses one entry line (groups already expanded) into *entry; false after a
// warning when the line is bad.
bool parse_entry(std::string_view t, const SourceLine& line, const Lexicon& lex, PathMemo& memo,
                 const Warn& warn, LexiconEntry* out) {
  const CameoCodebook& codebook = CameoCodebook::get();
  LexiconEntry& entry = *out;
  size_t arrow = t.find("->");
  if (arrow == std::string_view::npos) {
    warn("no \"-> CODE\" in " + quote(t));
    return false;
  }
  std::vector<std::string_view> right = split_ws(t.substr(arrow + 2));
  std::vector<std::string_view> fields = split_ws(t.substr(0, arrow));
  if (right.size() != 1 || fields.empty()) {
    warn("expected \"LEMMA FIELD... -> CODE\" in " + quote(t));
    return false;
  }
  entry.line = line.number;
  entry.comment = line.comment;
  entry.file = lex.name;
  entry.code = std::string(right[0]);
  if (!codebook.is_valid(entry.code)) {
    warn("unknown CAMEO code " + quote(entry.code));
    return false;
  }
  std::string_view lemma = fields[0];
  if (lemma.rfind("n:", 0) == 0) {
    entry.pos = LexiconEntry::Pos::kNoun;
    lemma.remove_prefix(2);
  } else if (lemma.rfind("a:", 0) == 0) {
    entry.pos = LexiconEntry::Pos::kAdjective;
    lemma.remove_prefix(2);
  }
  entry.lemma = std::string(lemma);
  if (!valid_lemma(entry.lemma)) {
    warn("lemma " + quote(fields[0]) + " is not lower-case letters");
    return false;
  }
  bool ok = true, source_given = false, target_given = false;
  for (size_t i = 1; i < fields.size() && ok; ++i) {
    std::string_view f = fields[i];
    std::string bad;
    size_t eq = f.find('=');
    std::string_view key = f.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? std::string_view() : f.substr(eq + 1);
    if (key == "S" || key == "T") {
      PathList* slot = key == "S" ? &entry.source : &entry.target;
      (key == "S" ? source_given : target_given) = true;
      if (value == "-") continue;
      if (!parse_paths(value, '|', slot, &bad, &memo)) {
        warn("bad dependency path " + quote(bad) + " in " + quote(f));
        ok = false;
      }
    } else if (key == "voice") {
      if (value == "passive")
        entry.voice = LexiconEntry::Voice::kPassive;
      else if (value == "active")
        entry.voice = LexiconEntry::Voice::kActive;
      else {
        warn("voice must be active or passive, not " + quote(value));
        ok = false;
      }
    } else {
      ok = parse_constraint(f, key, value, eq != std::string_view::npos, memo, warn, &entry);
    }
  }
  if (!ok) return false;
  if (entry.pos == LexiconEntry::Pos::kVerb) {
    std::string unused;  // the default paths are valid; one shared list for every entry
    if (!source_given) parse_paths("nsubj", '|', &entry.source, &unused, &memo);
    if (!target_given) parse_paths("obj", '|', &entry.target, &unused, &memo);
  }
  return true;
}

}  // namespace

PathList::PathList(std::vector<DepPath> paths)
    : paths_(paths.empty() ? nullptr
                           : std::make_shared<const std::vector<DepPath>>(std::move(paths))) {}

const std::vector<DepPath>& PathList::empty_list() {
  static const std::vector<DepPath> empty;
  return empty;
}

void PathList::append(const PathList& more) {
  if (more.empty()) return;
  if (empty()) {
    paths_ = more.paths_;
    return;
  }
  auto joined = std::make_shared<std::vector<DepPath>>(*paths_);
  joined->insert(joined->end(), more.begin(), more.end());
  paths_ = std::move(joined);
}

void PathList::push_back(DepPath path) {
  append(PathList(std::vector<DepPath>{std::move(path)}));
}

Lexicon load_lexicon_from_string(std::string_view text, std::string name) {
  Lexicon lex;
  lex.name = name;
  lex.fingerprint = fingerprint(text);
  LineSource::Options options;
  options.semicolon_comments = false;
  LineSource source(text, std::move(name), &lex.warnings, options);
  PathMemo memo;
  Groups groups;
  SourceLine line;
  std::vector<std::string> expanded;
  while (source.next(&line)) {
    std::string_view t = line.text;
    if (t.empty()) continue;
    auto warn = [&](const std::string& why) { source.warn(line.number, why + "; entry skipped"); };
    if (t[0] == '@') {
      std::vector<std::string_view> parts = split_ws(t);
      if (parts[0] == "@version" && parts.size() == 2) {
        lex.version = std::string(parts[1]);
      } else if (parts[0] == "@group") {
        define_group(parts, line.number, &groups, [&](const std::string& why) {
          source.warn(line.number, why + "; line ignored");
        });
      } else {
        source.warn(line.number, "unknown directive " + quote(t) + " ignored");
      }
      continue;
    }
    auto add = [&](std::string_view one) {
      LexiconEntry entry;
      if (!parse_entry(one, line, lex, memo, warn, &entry)) return;
      lex.by_lemma[entry.lemma].push_back(static_cast<uint32_t>(lex.entries.size()));
      lex.entries.push_back(std::move(entry));
    };
    if (t.find('$') == std::string_view::npos) {
      add(t);  // most lines: no copy
    } else if (expand_groups(t, groups, warn, &expanded)) {
      for (const std::string& one : expanded) add(one);
    }
  }
  internal::order_by_specificity(&lex);
  return lex;
}

Result<Lexicon> load_lexicon(const std::string& path) {
  Result<std::string> bytes = read_file_bytes(path);
  if (!bytes) return bytes.status();
  Lexicon lex = load_lexicon_from_string(*bytes, path);
  lex.name = base_name(path);
  for (LexiconEntry& e : lex.entries) e.file = lex.name;
  return lex;
}

std::string lexicon_frame_key(const LexiconEntry& entry) {
  std::string key = std::to_string(static_cast<int>(entry.pos)) + " " + entry.lemma + " " +
                    std::to_string(static_cast<int>(entry.voice));
  std::vector<std::string> parts;
  for (const LexiconConstraint& c : entry.constraints) {
    std::string part = c.negated ? "!" : "";
    std::vector<std::string> paths;
    for (const DepPath& p : c.paths) paths.push_back(dep_path_to_string(p));
    std::sort(paths.begin(), paths.end());
    for (const std::string& p : paths) {
      part += p;
      part += ',';
    }
    std::vector<std::string_view> lemmas(c.lemmas.begin(), c.lemmas.end());
    std::sort(lemmas.begin(), lemmas.end());
    part += '=';
    for (std::string_view l : lemmas) {
      part += l;
      part += '|';
    }
    parts.push_back(std::move(part));
  }
  std::sort(parts.begin(), parts.end());
  for (const std::string& p : parts) {
    key += ' ';
    key += p;
  }
  return key;
}

namespace {

std::string paths_text(const PathList& paths, char sep) {
  std::string out;
  for (const DepPath& p : paths) {
    if (!out.empty()) out += sep;
    out += dep_path_to_string(p);
  }
  return out;
}

}  // namespace

std::string lexicon_entry_text(const LexiconEntry& entry) {
  std::string out = entry.pos == LexiconEntry::Pos::kNoun        ? "n:"
                    : entry.pos == LexiconEntry::Pos::kAdjective ? "a:"
                                                                 : "";
  out += entry.lemma;
  for (const LexiconConstraint& c : entry.constraints) {
    out += c.negated ? " !" : " ";
    out += paths_text(c.paths, ',');
    for (size_t i = 0; i < c.lemmas.size(); ++i) out += (i ? "|" : "=") + c.lemmas[i];
  }
  if (entry.voice != LexiconEntry::Voice::kAny)
    out += entry.voice == LexiconEntry::Voice::kPassive ? " voice=passive" : " voice=active";
  for (const auto* slot : {&entry.source, &entry.target}) {
    out += slot == &entry.source ? " S=" : " T=";
    out += slot->empty() ? "-" : paths_text(*slot, '|');
  }
  return out + " -> " + entry.code;
}

namespace {

// merge_lexicon's body: `take` copies or moves an entry of `more` into `base`.
template <typename More, typename Take>
size_t merge_entries(Lexicon* base, More& more, const Take& take) {
  std::unordered_map<std::string, bool> frames;
  for (const LexiconEntry& e : base->entries) frames.emplace(lexicon_frame_key(e), true);
  size_t dropped = 0;
  for (auto& e : more.entries) {
    if (frames.count(lexicon_frame_key(e))) {
      ++dropped;
      continue;
    }
    base->by_lemma[e.lemma].push_back(static_cast<uint32_t>(base->entries.size()));
    base->entries.push_back(take(e));
  }
  return dropped;
}

// What merge_lexicon does after the entries: order, warnings, name, version.
void finish_merge(Lexicon* base, const Lexicon& more) {
  internal::order_by_specificity(base);
  base->warnings.insert(base->warnings.end(), more.warnings.begin(), more.warnings.end());
  base->name += "+" + more.name;
  base->fingerprint = fingerprint(base->fingerprint + more.fingerprint);
  if (base->version != more.version) base->version += "+" + more.version;
}

}  // namespace

size_t merge_lexicon(Lexicon* base, const Lexicon& more) {
  size_t dropped = merge_entries(base, more, [](const LexiconEntry& e) { return e; });
  finish_merge(base, more);
  return dropped;
}

size_t merge_lexicon(Lexicon* base, Lexicon&& more) {
  size_t dropped = merge_entries(base, more, [](LexiconEntry& e) { return std::move(e); });
  finish_merge(base, more);
  return dropped;
}

size_t add_backoff_entries(Lexicon* lexicon, size_t min_entries, double min_share) {
  size_t added = 0;
  for (const auto& [lemma, indexes] : lexicon->by_lemma) {
    std::map<std::string, size_t> roots;
    size_t verbs = 0, patient_subjects = 0;
    bool bare = false;
    for (uint32_t i : indexes) {
      const LexiconEntry& e = lexicon->entries[i];
      if (e.pos != LexiconEntry::Pos::kVerb) continue;
      bare = bare || e.constraints.empty();
      ++verbs;
      ++roots[cameo_root(e.code)];
      for (const DepPath& t : e.target)
        if (t.size() == 1 && t[0].deprel == "nsubj") {
          ++patient_subjects;
          break;
        }
    }
    // "died": when most frames make the subject the victim, the verb has no
    // reading with the subject as the source.
    if (bare || verbs < min_entries || 2 * patient_subjects >= verbs) continue;
    auto best = std::max_element(roots.begin(), roots.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (static_cast<double>(best->second) < min_share * static_cast<double>(verbs)) continue;
    // Statements and appeals are too general to guess from a verb's other senses.
    if (best->first == "01" || best->first == "02") continue;
    LexiconEntry entry;
    entry.lemma = lemma;
    entry.code = best->first + "0";
    entry.file = "backoff";
    entry.comment = "usual root of " + std::to_string(best->second) + " of " +
                    std::to_string(verbs) + " entries";
    entry.source = {{{"nsubj", ""}}};
    entry.target = {{{"obl", "to"}},      {{"iobj", ""}},  {{"obl", "with"}},
                    {{"obl", "against"}}, {{"obl", "on"}}, {{"obj", ""}}};
    lexicon->backoff.emplace(lemma, std::move(entry));
    ++added;
  }
  return added;
}

const Lexicon& default_lexicon() {
  // Built once and never destroyed: freeing its ~50,000 strings at exit cost
  // 27 M instructions, a tenth of what building it costs.
  alignas(Lexicon) static unsigned char storage[sizeof(Lexicon)];
  static const Lexicon& lexicon = *new (storage) Lexicon([] {
    Lexicon lex;
    // The compiled block of this binary when the model cache folder has one
    // (lexicon_block.h), the text otherwise; the first process writes it.
    if (internal::load_cached_default_lexicon(&lex)) return lex;
    lex = load_lexicon_from_string(internal::embedded_default_lexicon(), "events.lex");
    merge_lexicon(
        &lex, load_lexicon_from_string(internal::embedded_derived_lexicon(), "cameo2-derived.lex"));
    add_backoff_entries(&lex);
    // After the backoff entries: a naming verb's evaluative frames say nothing
    // of its other senses ("painted the fence").
    merge_lexicon(
        &lex, load_lexicon_from_string(internal::embedded_evaluative_lexicon(), "evaluative.lex"));
    internal::save_cached_default_lexicon(lex);
    return lex;
  }());
  return lexicon;
}

}  // namespace eventwire::dict
