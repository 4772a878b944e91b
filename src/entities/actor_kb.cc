// Parsing of the eventwire actor knowledge base (docs/actors.md).
#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_model.h"
#include "base/strings.h"
#include "entities/actor_internal.h"
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

namespace actors_internal {

std::string KbRecord::attribute(std::string_view key) const {
  for (const KbAttr& a : attributes)
    if (a.first == key) return std::string(a.second.view());
  return "";
}

eventwire::KbEntry KbRecord::to_entry() const {
  eventwire::KbEntry e;
  e.kind = kind;
  e.code = code;
  for (const KbStr& n : names) e.names.emplace_back(n.view());
  for (const KbAttr& a : attributes) e.attributes.emplace_back(a.first, a.second);
  e.from = from;
  e.to = to;
  e.source = source;
  return e;
}

const KbStrItem* KbStrIndex::find(std::string_view key) const {
  if (table_ == nullptr || table_->slots.empty()) return nullptr;
  const size_t mask = table_->slots.size() - 1;
  for (size_t h = Kb::name_hash(key) & mask;; h = (h + 1) & mask) {
    const uint32_t slot = table_->slots[h];
    if (slot == 0) return nullptr;
    const KbStrItem& item = table_->items[slot - 1];
    if (item.first.view() == key) return &item;
  }
}

bool Kb::is_first_name(std::string_view w) const {
  return std::binary_search(first_names.begin(), first_names.end(), name_hash(w));
}
bool Kb::is_surname(std::string_view w) const {
  return std::binary_search(surnames.begin(), surnames.end(), name_hash(w));
}

void Kb::attach() {
  if (block_.size() < sizeof(KbTop)) {
    static const std::string empty = [] {
      KbBuilder none;
      return none.compile();
    }();
    block_ = empty;
  }
  const auto* top = reinterpret_cast<const KbTop*>(block_.data());
  entries = {top->entries.begin(), top->entries.size()};
  names = {top->names.begin(), top->names.size()};
  identity = {top->identity.begin(), top->identity.size()};
  by_first = KbStrIndex(&top->by_first);
  org_names_by_last = KbStrIndex(&top->org_names_by_last);
  country_names_of = KbStrIndex(&top->country_names_of);
  country_codes_ = KbStrIndex(&top->country_codes);
  siblings = KbListIndex(&top->siblings);
  lines_of = KbListIndex(&top->lines_of);
  first_names = {top->first_names.begin(), top->first_names.size()};
  surnames = {top->surnames.begin(), top->surnames.size()};
  alone_marker = top->alone_marker;
}

void Kb::build(const KbBuilder& builder) {
  mapped_ = {};
  owned_ = builder.compile();
  block_ = owned_;
  attach();
}

bool Kb::map(base::MappedModel model) {
  if (model.file == nullptr || model.sections.empty() || model.sections[0].size() < sizeof(KbTop))
    return false;
  mapped_ = std::move(model);
  std::string().swap(owned_);
  block_ = mapped_.sections[0];
  attach();
  return true;
}

namespace {

// Writes the block: records first, their strings (each once) and arrays
// appended as they come; a field's offset is taken relative to the field.
class BlockWriter {
 public:
  explicit BlockWriter(size_t strings) { pool_.reserve(strings); }
  size_t reserve(size_t bytes, size_t align) {
    const size_t at = (buf_.size() + align - 1) / align * align;
    buf_.resize(at + bytes, '\0');
    return at;
  }
  template <class T>
  void put(size_t at, const T& value) {
    std::memcpy(buf_.data() + at, &value, sizeof value);
  }
  // `s` must outlive the writer (the builder's strings do): the pool keeps views.
  void str(size_t field, std::string_view s) {
    auto [it, fresh] = pool_.try_emplace(s, 0);
    if (fresh) {
      it->second = reserve(s.size() + 1, 1);
      std::memcpy(buf_.data() + it->second, s.data(), s.size());
    }
    put(field, KbStr{rel(field, it->second), static_cast<uint32_t>(s.size())});
  }
  // An array of `n` elements of T for the KbArray at `field`; its offset.
  template <class T>
  size_t array(size_t field, size_t n) {
    const size_t at = reserve(n * sizeof(T), alignof(T));
    put(field, KbArray<T>{rel(field, at), static_cast<uint32_t>(n)});
    return at;
  }
  template <class T>
  void values(size_t field, const std::vector<T>& v) {
    const size_t at = array<T>(field, v.size());
    if (!v.empty()) std::memcpy(buf_.data() + at, v.data(), v.size() * sizeof(T));
  }
  void strings(size_t field, const std::vector<std::string>& v) {
    const size_t at = array<KbStr>(field, v.size());
    for (size_t i = 0; i < v.size(); ++i) str(at + i * sizeof(KbStr), v[i]);
  }
  std::string take() { return std::move(buf_); }

 private:
  static int32_t rel(size_t field, size_t target) {
    return static_cast<int32_t>(static_cast<int64_t>(target) - static_cast<int64_t>(field));
  }
  std::string buf_;
  std::unordered_map<std::string_view, size_t> pool_;
};

// A string-keyed table at `field` (a KbStrTable), items in key order.
void write_table(BlockWriter& w, size_t field,
                 const std::unordered_map<std::string, std::vector<uint32_t>>& map) {
  const std::map<std::string_view, const std::vector<uint32_t>*> sorted = [&] {
    std::map<std::string_view, const std::vector<uint32_t>*> out;
    for (const auto& [key, list] : map) out.emplace(key, &list);
    return out;
  }();
  size_t n_slots = 1;
  while (n_slots < 2 * sorted.size()) n_slots *= 2;
  std::vector<uint32_t> slots(n_slots, 0);
  const size_t items = w.array<KbStrItem>(field + offsetof(KbStrTable, items), sorted.size());
  uint32_t i = 0;
  for (const auto& [key, list] : sorted) {
    size_t h = Kb::name_hash(key) & (n_slots - 1);
    while (slots[h] != 0) h = (h + 1) & (n_slots - 1);
    slots[h] = ++i;
    const size_t at = items + (i - 1) * sizeof(KbStrItem);
    w.str(at + offsetof(KbStrItem, first), key);
    w.values(at + offsetof(KbStrItem, second), *list);
  }
  w.values(field + offsetof(KbStrTable, slots), slots);
}

// Lists per entry at `field` (a KbArray<KbListItem> of `n` entries).
void write_lists(BlockWriter& w, size_t field, size_t n,
                 const std::unordered_map<uint32_t, std::vector<uint32_t>>& map) {
  const size_t lists = w.array<KbListItem>(field, n);
  for (uint32_t e = 0; e < n; ++e) {
    auto it = map.find(e);
    if (it == map.end()) continue;
    const size_t at = lists + e * sizeof(KbListItem);
    w.put(at + offsetof(KbListItem, first), e);
    w.values(at + offsetof(KbListItem, second), it->second);
  }
}

void write_entry(BlockWriter& w, size_t at, const eventwire::KbEntry& e) {
  w.str(at + offsetof(KbRecord, kind), e.kind);
  w.str(at + offsetof(KbRecord, code), e.code);
  w.strings(at + offsetof(KbRecord, names), e.names);
  const size_t attrs = w.array<KbAttr>(at + offsetof(KbRecord, attributes), e.attributes.size());
  for (size_t i = 0; i < e.attributes.size(); ++i) {
    w.str(attrs + i * sizeof(KbAttr) + offsetof(KbAttr, first), e.attributes[i].first);
    w.str(attrs + i * sizeof(KbAttr) + offsetof(KbAttr, second), e.attributes[i].second);
  }
  w.put(at + offsetof(KbRecord, from), e.from);
  w.put(at + offsetof(KbRecord, to), e.to);
  w.str(at + offsetof(KbRecord, source), e.source);
}

void write_name(BlockWriter& w, size_t at, const KbBuilder::Name& n) {
  w.strings(at + offsetof(KbName, tokens), n.tokens);
  w.strings(at + offsetof(KbName, raw), n.raw);
  w.put(at + offsetof(KbName, upper), n.upper);
  w.put(at + offsetof(KbName, entry), n.entry);
  w.put(at + offsetof(KbName, use), n.use);
  w.put(at + offsetof(KbName, exact_case), n.exact_case);
  w.put(at + offsetof(KbName, alone), n.alone);
}

}  // namespace

std::string KbBuilder::compile() const {
  BlockWriter w(entries.size() * 4 + names.size() * 2);
  const size_t top = w.reserve(sizeof(KbTop), alignof(KbTop));
  const size_t records = w.array<KbRecord>(top + offsetof(KbTop, entries), entries.size());
  for (size_t i = 0; i < entries.size(); ++i)
    write_entry(w, records + i * sizeof(KbRecord), entries[i]);
  const size_t name_records = w.array<KbName>(top + offsetof(KbTop, names), names.size());
  for (size_t i = 0; i < names.size(); ++i)
    write_name(w, name_records + i * sizeof(KbName), names[i]);
  w.values(top + offsetof(KbTop, identity), identity);
  write_table(w, top + offsetof(KbTop, by_first), by_first);
  write_table(w, top + offsetof(KbTop, org_names_by_last), org_names_by_last);
  write_table(w, top + offsetof(KbTop, country_names_of), country_names_of);
  std::unordered_map<std::string, std::vector<uint32_t>> codes;
  for (const std::string& c : country_codes) codes[c];
  write_table(w, top + offsetof(KbTop, country_codes), codes);
  write_lists(w, top + offsetof(KbTop, siblings), entries.size(), siblings);
  write_lists(w, top + offsetof(KbTop, lines_of), entries.size(), lines_of);
  w.values(top + offsetof(KbTop, first_names), first_names);
  w.values(top + offsetof(KbTop, surnames), surnames);
  w.put(top + offsetof(KbTop, alone_marker), alone_marker);
  return w.take();
}

namespace {

constexpr char kKbMagic[8] = {'E', 'W', 'A', 'C', 'T', 'O', 'R', 'S'};
// The block's layout (actor_internal.h) and what add_entry derives from a
// line: a change of either needs a new version.
constexpr uint32_t kKbVersion = 2;  // 2: the stripe checksum

// The cache file and key of the built-in files. The files are compiled into
// the binary and the block is what its code derives from them, so the key is
// the binary's identity (not its 2 MB of text, which would then be read at
// every start); one file per binary path, replaced when the binary changes,
// as the syntax index cache keeps one per model path.
std::pair<std::string, uint64_t> kb_cache_file() {
  return base::code_cache_file("actors", "ewkb", kKbVersion);
}

}  // namespace

bool load_cached_kb(Kb& kb, std::vector<ComponentVersion>& versions) {
  const auto [path, key] = kb_cache_file();
  if (path.empty()) return false;
  base::MappedModel model =
      base::open_mapped_model(path, std::string_view(kKbMagic, 8), kKbVersion, key);
  if (model.file == nullptr || model.sections.size() != 2) return false;
  // The versions: name, version and fingerprint per line, tab-separated.
  std::vector<ComponentVersion> read;
  std::string_view rest = model.sections[1];
  for (bool done = rest.empty(); !done;) {
    std::string_view line = next_piece(&rest, '\n', &done);
    if (line.empty()) continue;
    bool last = false;
    ComponentVersion v;
    v.name = next_piece(&line, '\t', &last);
    v.version = next_piece(&line, '\t', &last);
    v.fingerprint = line;
    if (last) return false;
    read.push_back(std::move(v));
  }
  if (!kb.map(std::move(model))) return false;
  versions.insert(versions.end(), read.begin(), read.end());
  return true;
}

void save_cached_kb(Kb& kb, const std::vector<ComponentVersion>& versions) {
  const auto [path, key] = kb_cache_file();
  if (path.empty()) return;
  std::string lines;
  for (const ComponentVersion& v : versions)
    lines += v.name + '\t' + v.version + '\t' + v.fingerprint + '\n';
  if (!base::write_mapped_model(path, std::string_view(kKbMagic, 8), kKbVersion, key,
                                {{kb.block()}, {lines}}))
    return;
  base::MappedModel model =
      base::open_mapped_model(path, std::string_view(kKbMagic, 8), kKbVersion, key);
  if (model.file != nullptr && model.sections.size() == 2) kb.map(std::move(model));
}

}  // namespace actors_internal
}  // namespace eventwire
