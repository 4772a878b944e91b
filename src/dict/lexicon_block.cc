// The compiled default event lexicon (lexicon_block.h; docs/formats.md
// "Compiled event lexicon").
#include "dict/lexicon_block.h"

#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <map>
#include <utility>
#include <vector>

#include "base/bytes.h"
#include "base/mapped_model.h"

namespace eventwire::dict::internal {

namespace {

using base::ByteReader;
using base::ByteWriter;

// Path lists by content: a lexicon spells a few hundred distinct lists
// ~80,000 paths' worth of times. List 0 is the empty one.
class ListTable {
 public:
  ListTable() { lists_.emplace_back(); }
  uint32_t id(const PathList& list) {
    if (list.empty()) return 0;
    std::vector<uint32_t> ids;
    for (const DepPath& p : list) ids.push_back(path_id(p));
    auto [it, added] = list_ids_.emplace(ids, static_cast<uint32_t>(lists_.size()));
    if (added) lists_.push_back(std::move(ids));
    return it->second;
  }
  void write(ByteWriter& w) const {
    w.u32(static_cast<uint32_t>(paths_.size()));
    for (const DepPath* p : paths_) {
      w.u32(static_cast<uint32_t>(p->size()));
      for (const DepStep& s : *p) {
        w.str(s.deprel);
        w.str(s.sub);
      }
    }
    w.u32(static_cast<uint32_t>(lists_.size()));
    for (const std::vector<uint32_t>& ids : lists_) {
      w.u32(static_cast<uint32_t>(ids.size()));
      for (uint32_t i : ids) w.u32(i);
    }
  }

 private:
  uint32_t path_id(const DepPath& p) {
    auto [it, added] =
        path_ids_.emplace(dep_path_to_string(p), static_cast<uint32_t>(paths_.size()));
    if (added) paths_.push_back(&p);  // the lexicon outlives the table
    return it->second;
  }
  std::map<std::string, uint32_t> path_ids_;
  std::vector<const DepPath*> paths_;
  std::map<std::vector<uint32_t>, uint32_t> list_ids_;
  std::vector<std::vector<uint32_t>> lists_;
};

void write_entry(const LexiconEntry& e, ListTable& lists, ByteWriter& w) {
  w.str(e.lemma);
  w.u8(static_cast<uint8_t>(e.pos));
  w.u8(static_cast<uint8_t>(e.voice));
  w.u32(lists.id(e.source));
  w.u32(lists.id(e.target));
  w.u32(static_cast<uint32_t>(e.constraints.size()));
  for (const LexiconConstraint& c : e.constraints) {
    w.u32(lists.id(c.paths));
    w.u8(c.negated ? 1 : 0);
    w.u32(static_cast<uint32_t>(c.lemmas.size()));
    for (const std::string& l : c.lemmas) w.str(l);
  }
  w.str(e.code);
  w.str(e.comment);
  w.str(e.file);
  w.u32(e.line);
}

bool read_lists(ByteReader& r, std::vector<PathList>* lists) {
  uint32_t n = 0;
  if (!r.u32(n) || !r.fits(n, 4)) return false;
  std::vector<DepPath> paths(n);
  for (DepPath& p : paths) {
    uint32_t steps = 0;
    if (!r.u32(steps) || !r.fits(steps, 8)) return false;
    p.resize(steps);
    for (DepStep& s : p)
      if (!r.str(s.deprel) || !r.str(s.sub)) return false;
  }
  if (!r.u32(n) || n == 0 || !r.fits(n, 4)) return false;
  lists->reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t size = 0;
    if (!r.u32(size) || !r.fits(size, 4) || (i == 0) != (size == 0)) return false;
    std::vector<DepPath> list(size);
    for (DepPath& p : list) {
      uint32_t id = 0;
      if (!r.u32(id) || id >= paths.size()) return false;
      p = paths[id];
    }
    lists->emplace_back(std::move(list));
  }
  return true;
}

bool read_list_id(ByteReader& r, const std::vector<PathList>& lists, PathList* out) {
  uint32_t id = 0;
  if (!r.u32(id) || id >= lists.size()) return false;
  *out = lists[id];  // shared, as the text loader shares a file's lists
  return true;
}

bool read_constraint(ByteReader& r, const std::vector<PathList>& lists, LexiconConstraint* c) {
  uint8_t negated = 0;
  uint32_t n = 0;
  if (!read_list_id(r, lists, &c->paths) || !r.u8(negated) || negated > 1 || !r.u32(n) ||
      !r.fits(n, 4))
    return false;
  c->negated = negated != 0;
  c->lemmas.resize(n);
  for (std::string& l : c->lemmas)
    if (!r.str(l)) return false;
  return true;
}

bool read_entry(ByteReader& r, const std::vector<PathList>& lists, LexiconEntry* e) {
  uint8_t pos = 0, voice = 0;
  uint32_t n = 0;
  if (!r.str(e->lemma) || !r.u8(pos) || !r.u8(voice) || pos > 2 || voice > 2 ||
      !read_list_id(r, lists, &e->source) || !read_list_id(r, lists, &e->target) || !r.u32(n) ||
      !r.fits(n, 9))
    return false;
  e->pos = static_cast<LexiconEntry::Pos>(pos);
  e->voice = static_cast<LexiconEntry::Voice>(voice);
  e->constraints.resize(n);
  for (LexiconConstraint& c : e->constraints)
    if (!read_constraint(r, lists, &c)) return false;
  return r.str(e->code) && r.str(e->comment) && r.str(e->file) && r.u32(e->line);
}

bool read_warnings(ByteReader& r, std::vector<Diagnostic>* out) {
  uint32_t n = 0;
  if (!r.u32(n) || !r.fits(n, 12)) return false;
  out->resize(n);
  for (Diagnostic& d : *out)
    if (!r.str(d.file) || !r.u32(d.line) || !r.str(d.message)) return false;
  return true;
}

bool read_entries(ByteReader& r, const std::vector<PathList>& lists, Lexicon* out) {
  uint32_t n = 0;
  if (!r.u32(n) || !r.fits(n, 30)) return false;
  out->entries.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    if (!read_entry(r, lists, &out->entries[i])) return false;
    out->by_lemma[out->entries[i].lemma].push_back(i);
  }
  order_by_specificity(out);  // the order merge_lexicon leaves
  if (!r.u32(n) || !r.fits(n, 30)) return false;
  for (uint32_t i = 0; i < n; ++i) {
    LexiconEntry e;
    if (!read_entry(r, lists, &e)) return false;
    out->backoff.emplace(e.lemma, std::move(e));
  }
  return true;
}

}  // namespace

std::string compile_lexicon(const Lexicon& lexicon) {
  ListTable lists;
  ByteWriter entries;
  entries.u32(static_cast<uint32_t>(lexicon.entries.size()));
  for (const LexiconEntry& e : lexicon.entries) write_entry(e, lists, entries);
  // By lemma, so one lexicon gives one block (the map's order is its history's).
  std::map<std::string_view, const LexiconEntry*> backoff;
  for (const auto& [lemma, e] : lexicon.backoff) backoff.emplace(lemma, &e);
  entries.u32(static_cast<uint32_t>(backoff.size()));
  for (const auto& [lemma, e] : backoff) write_entry(*e, lists, entries);
  ByteWriter w;
  w.str(lexicon.name);
  w.str(lexicon.fingerprint);
  w.str(lexicon.version);
  w.u32(static_cast<uint32_t>(lexicon.warnings.size()));
  for (const Diagnostic& d : lexicon.warnings) {
    w.str(d.file);
    w.u32(d.line);
    w.str(d.message);
  }
  lists.write(w);
  w.bytes() += entries.bytes();
  return std::move(w.bytes());
}

bool read_compiled_lexicon(std::string_view block, Lexicon* out) {
  ByteReader r(block);
  std::vector<PathList> lists;
  return r.str(out->name) && r.str(out->fingerprint) && r.str(out->version) &&
         read_warnings(r, &out->warnings) && read_lists(r, &lists) && read_entries(r, lists, out) &&
         r.remaining() == 0;
}

namespace {

constexpr char kLexiconMagic[8] = {'E', 'W', 'L', 'E', 'X', 'I', 'C', 'N'};
// The block's layout and what the text loader derives from a line (groups,
// merge, backoff): a change of either needs a new version.
constexpr uint32_t kLexiconVersion = 2;  // 2: the stripe checksum

// Keyed on the binary's identity, as the actor knowledge base's cache: the
// lexicon's text is compiled into the binary, so hashing 1.3 MB of it at
// every start would cost what it saves.
std::pair<std::string, uint64_t> lexicon_cache_file() {
  return base::code_cache_file("events", "ewlx", kLexiconVersion);
}

}  // namespace

bool load_cached_default_lexicon(Lexicon* out) {
  const auto [path, key] = lexicon_cache_file();
  if (path.empty()) return false;
  base::MappedModel model =
      base::open_mapped_model(path, std::string_view(kLexiconMagic, 8), kLexiconVersion, key,
                              nullptr, /*trust_verdict=*/true);  // the reader checks every count
  if (model.file == nullptr || model.sections.size() != 1) return false;
  Lexicon read;
  if (!read_compiled_lexicon(model.sections[0], &read)) return false;
  *out = std::move(read);
  return true;
}

void save_cached_default_lexicon(const Lexicon& lexicon) {
  const auto [path, key] = lexicon_cache_file();
  if (path.empty()) return;
  // A folder we cannot write to: no file would follow, so no compiling at
  // every start (a missing folder is made by the write).
  const std::string dir = std::filesystem::path(path).parent_path().string();
  if (access(dir.c_str(), W_OK) != 0 && errno != ENOENT) return;
  const std::string block = compile_lexicon(lexicon);
  base::write_mapped_model(path, std::string_view(kLexiconMagic, 8), kLexiconVersion, key,
                           {{block}});
}

}  // namespace eventwire::dict::internal
