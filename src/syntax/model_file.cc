#include <zstd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>

#include "base/bytes.h"
#include "base/checked_files.h"
#include "base/mapped_model.h"
#include "eventwire/syntax.h"
#include "syntax/hash.h"
#include "syntax/model_data.h"

namespace eventwire::syntax_internal {

struct IndexCacheSetting {
  std::mutex mutex;
  std::string dir;
  uint64_t min_bytes = 0;
};

IndexCacheSetting& index_cache_setting() {
  static IndexCacheSetting setting;
  return setting;
}

std::string ModelData::setting(const std::string& key) const {
  for (const auto& [k, v] : settings)
    if (k == key) return v;
  return "";
}

namespace {

void write_strings(ByteWriter& out, const std::vector<std::string>& strings) {
  out.u32(static_cast<uint32_t>(strings.size()));
  for (const std::string& s : strings) out.str(s);
}

bool read_strings(ByteReader& in, std::vector<std::string>& strings) {
  uint32_t n = 0;
  if (!in.u32(n) || n > in.remaining() / 4) return false;
  strings.resize(n);
  for (std::string& s : strings)
    if (!in.str(s)) return false;
  return true;
}

void write_lists(ByteWriter& out, const std::vector<std::vector<uint16_t>>& lists) {
  out.u32(static_cast<uint32_t>(lists.size()));
  for (const auto& list : lists) {
    out.u32(static_cast<uint32_t>(list.size()));
    for (uint16_t v : list) out.u16(v);
  }
}

bool read_lists(ByteReader& in, std::vector<std::vector<uint16_t>>& lists, size_t expected,
                size_t bound) {
  uint32_t n = 0;
  if (!in.u32(n) || n != expected) return false;
  lists.resize(n);
  for (auto& list : lists) {
    uint32_t size = 0;
    if (!in.u32(size) || !in.array(list, size)) return false;
    for (uint16_t v : list)
      if (v >= bound) return false;
  }
  return true;
}

std::string header_text(const ModelData& model) {
  std::string text = "fingerprint=" + model.fingerprint + "\n";
  for (const auto& [k, v] : model.settings) text += k + "=" + v + "\n";
  return text;
}

}  // namespace

Status write_model_file(const ModelData& model, const std::string& path) {
  ByteWriter payload;
  write_strings(payload, model.upos);
  write_strings(payload, model.xpos);
  write_strings(payload, model.feats);
  write_lists(payload, model.feats_by_tag);
  write_strings(payload, model.scripts);
  write_lists(payload, model.scripts_by_tag);
  std::vector<std::pair<std::string, std::string>> exceptions(model.lemma_exceptions.begin(),
                                                              model.lemma_exceptions.end());
  std::sort(exceptions.begin(), exceptions.end());  // deterministic bytes
  payload.u32(static_cast<uint32_t>(exceptions.size()));
  for (const auto& [key, lemma] : exceptions) {
    payload.str(key);
    payload.str(lemma);
  }
  write_strings(payload, model.labels);
  for (const FrozenModel* m :
       {&model.tagger, &model.feats_model, &model.lemma_model, &model.parser})
    m->write(payload);
  payload.u8(model.two_pass ? 1 : 0);
  if (model.two_pass) model.tagger2.write(payload);

  const std::string& raw = payload.bytes();
  std::string compressed(ZSTD_compressBound(raw.size()), '\0');
  const size_t size =
      ZSTD_compress(compressed.data(), compressed.size(), raw.data(), raw.size(), 9);
  if (ZSTD_isError(size)) return Status::internal(std::string("zstd: ") + ZSTD_getErrorName(size));
  compressed.resize(size);

  ByteWriter file;
  file.raw(kModelMagic, sizeof kModelMagic);
  file.u32(kModelFormatVersion);
  file.str(header_text(model));
  file.u64(raw.size());
  file.u64(compressed.size());
  file.u64(hash_bytes(compressed));
  file.raw(compressed.data(), compressed.size());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::io_error("cannot write model file \"" + path + "\"");
  out.write(file.bytes().data(), static_cast<std::streamsize>(file.bytes().size()));
  if (!out.flush()) return Status::io_error("write failed for \"" + path + "\"");
  return Status::ok();
}

namespace {

using Corrupt = std::function<Status(const std::string&)>;

// The settings of the header text, then the payload's inventories (tags,
// features, scripts, lemma lexicon, labels), up to the first linear model.
Status read_front(const std::string& header, ByteReader& in_payload, ModelData& model,
                  const Corrupt& corrupt) {
  std::istringstream lines(header);
  for (std::string line; std::getline(lines, line);) {
    const size_t eq = line.find('=');
    if (eq == std::string::npos) continue;
    if (line.substr(0, eq) == "fingerprint")
      model.fingerprint = line.substr(eq + 1);
    else
      model.settings.emplace_back(line.substr(0, eq), line.substr(eq + 1));
  }
  if (const std::string beam = model.setting("beam"); !beam.empty()) {
    int width = 0;
    const auto [end, ec] = std::from_chars(beam.data(), beam.data() + beam.size(), width);
    if (ec != std::errc() || end != beam.data() + beam.size() || width < 1 || width > kMaxBeam)
      return corrupt("bad beam setting \"" + beam + "\"");
    model.beam = width;
  }
  if (const std::string t = model.setting("beam_temperature"); !t.empty()) {
    char* end = nullptr;
    const double temperature = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size() || !(temperature > 0) || !std::isfinite(temperature))
      return corrupt("bad beam_temperature setting \"" + t + "\"");
    model.beam_temperature = temperature;
  }
  if (!read_strings(in_payload, model.upos) || !read_strings(in_payload, model.xpos) ||
      model.upos.size() != model.xpos.size() || model.upos.empty())
    return corrupt("bad tag inventory");
  const size_t n_tags = model.upos.size();
  if (!read_strings(in_payload, model.feats) ||
      !read_lists(in_payload, model.feats_by_tag, n_tags, model.feats.size()) ||
      !read_strings(in_payload, model.scripts) ||
      !read_lists(in_payload, model.scripts_by_tag, n_tags, model.scripts.size()))
    return corrupt("bad feature or lemma inventory");
  uint32_t n_exceptions = 0;
  if (!in_payload.u32(n_exceptions)) return corrupt("bad lemma lexicon");
  for (uint32_t i = 0; i < n_exceptions; ++i) {
    std::string key, lemma;
    if (!in_payload.str(key) || !in_payload.str(lemma)) return corrupt("bad lemma lexicon");
    model.lemma_exceptions.emplace(std::move(key), std::move(lemma));
  }
  if (!read_strings(in_payload, model.labels) || model.labels.empty())
    return corrupt("bad label inventory");
  return Status::ok();
}

// The index cache: a loaded model's lookup index (and the payload's
// inventories) written to a file that later processes map and use in place
// (base/mapped_model.h), so they neither check, decompress and index the model
// file (about 0.2 s of CPU for `fast`) nor hold a private copy of the index:
// every process shares the page cache's. The file is keyed on the model
// file's header checksum, sizes and modification time, carries a checksum of
// its own, and is only ever a shortcut: any mismatch or error falls back to
// the model file.
//
// Sections: 0 = str header text, str inventory bytes, u8 models, per model u32
// classes, f32 scale, u64 features, weights, mask, slots, rows; then per model
// its slots (u64) and its rows (u16, followed by kRowPadding zeros).
constexpr char kIndexMagic[8] = {'E', 'W', 'S', 'Y', 'N', 'I', 'D', 'X'};
constexpr uint32_t kIndexVersion = 5;  // 5: the stripe checksum
// Beside a cache file: the verdict that its slots and rows passed
// FrozenModel's checks (base/checked_files.h; the number versions the checks).
constexpr char kSlotsVerdictSuffix[] = ".slots-checked1";

uint64_t next_cache_id() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

// The folder set by set_model_index_cache(), for models at least as large as
// it asks; "" when none.
std::string index_cache_dir(uint64_t raw_size) {
  IndexCacheSetting& setting = index_cache_setting();
  std::lock_guard<std::mutex> lock(setting.mutex);
  return raw_size < setting.min_bytes ? "" : setting.dir;
}

std::vector<const FrozenModel*> models_of(const ModelData& m) {
  std::vector<const FrozenModel*> out = {&m.tagger, &m.feats_model, &m.lemma_model, &m.parser};
  if (m.two_pass) out.push_back(&m.tagger2);
  return out;
}

void write_index_cache(const std::string& file, const std::string& header,
                       std::string_view inventory, const ModelData& model, uint64_t key) {
  ByteWriter meta;
  meta.str(header);
  meta.str(inventory);
  const auto models = models_of(model);
  meta.u8(static_cast<uint8_t>(models.size()));
  std::vector<base::MappedSection> sections(1);
  for (const FrozenModel* m : models) {
    const FrozenModel::Index x = m->index();
    meta.u32(static_cast<uint32_t>(x.n_classes));
    meta.f32(x.scale);
    for (uint64_t v : {x.n_features, x.n_weights, x.mask, uint64_t{x.n_slots}, uint64_t{x.n_rows}})
      meta.u64(v);
    sections.push_back({{reinterpret_cast<const char*>(x.slots), x.n_slots * 8}, 0});
    sections.push_back(
        {{reinterpret_cast<const char*>(x.rows), x.n_rows * 2}, FrozenModel::kRowPadding * 2});
  }
  sections[0].bytes = meta.bytes();
  base::write_mapped_model(file, std::string_view(kIndexMagic, 8), kIndexVersion, key, sections);
}

// The model from its cache file, its linear models using the mapped arrays in
// place, or nullptr when there is none or it does not match (the caller then
// reads the model file).
std::unique_ptr<ModelData> read_index_cache(const std::string& file, uint64_t key) {
  // The checksum runs at every open, so the bytes are the ones a passed slot
  // check saw when "FILE.slots-checked" holds for the file's identity: that
  // check (62 M instructions for `fast`) then runs once per cache file.
  base::MappedModel mapped =
      base::open_mapped_model(file, std::string_view(kIndexMagic, 8), kIndexVersion, key);
  if (mapped.file == nullptr || mapped.sections.empty()) return nullptr;
  const std::string verdict = file + kSlotsVerdictSuffix;
  const bool slots_checked = base::verdict_holds(*mapped.file, verdict);
  ByteReader meta(mapped.sections[0]);
  std::string header, inventory;
  uint8_t n_models = 0;
  if (!meta.str(header) || !meta.str(inventory) || !meta.u8(n_models) || n_models < 4 ||
      n_models > 5 || mapped.sections.size() != 1 + 2 * size_t{n_models})
    return nullptr;
  auto model = std::make_unique<ModelData>();
  ByteReader in_inventory(inventory);
  if (!read_front(header, in_inventory, *model,
                  [](const std::string&) { return Status::corrupt("index cache"); })
           .is_ok() ||
      in_inventory.remaining() != 0)
    return nullptr;
  model->two_pass = n_models == 5;
  FrozenModel* targets[] = {&model->tagger, &model->feats_model, &model->lemma_model,
                            &model->parser, &model->tagger2};
  const size_t expected[] = {model->upos.size(), model->feats.size(), model->scripts.size(),
                             1 + 2 * model->labels.size(), model->upos.size()};
  for (size_t k = 0; k < n_models; ++k) {
    FrozenModel::Index x;
    uint32_t classes = 0;
    uint64_t n_slots = 0, n_rows = 0;
    if (!meta.u32(classes) || !meta.f32(x.scale) || !meta.u64(x.n_features) ||
        !meta.u64(x.n_weights) || !meta.u64(x.mask) || !meta.u64(n_slots) || !meta.u64(n_rows) ||
        classes != expected[k])
      return nullptr;
    const std::string_view slots = mapped.sections[1 + 2 * k];
    const std::string_view rows = mapped.sections[2 + 2 * k];
    if (slots.size() / 8 != n_slots || slots.size() % 8 != 0 ||
        rows.size() != (n_rows + FrozenModel::kRowPadding) * 2)
      return nullptr;
    x.n_classes = static_cast<int>(classes);
    x.n_slots = n_slots;
    x.n_rows = n_rows;
    x.slots = reinterpret_cast<const uint64_t*>(slots.data());  // sections are page-aligned
    x.rows = reinterpret_cast<const uint16_t*>(rows.data());
    if (!targets[k]->adopt_index(x, slots_checked)) return nullptr;
  }
  if (meta.remaining() != 0) return nullptr;
  if (!slots_checked) base::record_checked(verdict, mapped.file->identity());
  model->mapping = std::move(mapped.file);
  return model;
}

}  // namespace

Result<std::unique_ptr<ModelData>> read_model_file(const std::string& path, bool keep_arrays) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::not_found("cannot open syntax model \"" + path + "\"");
  const size_t file_size = static_cast<size_t>(std::max<std::streamoff>(0, in.tellg()));
  // The header first (with a valid index cache the payload is never read),
  // then, when needed, the rest into the same buffer: one buffer of the
  // file's size, no stream copies of a file of tens of MB.
  std::string bytes(std::min<size_t>(file_size, size_t{1} << 16), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    return Status::io_error("cannot read syntax model \"" + path + "\"");
  auto read_rest = [&] {
    const size_t have = bytes.size();
    if (have == file_size) return true;
    bytes.resize(file_size);
    return static_cast<bool>(
        in.read(bytes.data() + have, static_cast<std::streamsize>(file_size - have)));
  };
  auto corrupt = [&](const std::string& why) {
    return Status::corrupt("syntax model \"" + path + "\": " + why);
  };
  char magic[8];
  uint32_t version = 0;
  std::string header;
  uint64_t raw_size = 0, compressed_size = 0, checksum = 0;
  size_t header_end = 0;
  for (int attempt = 0;; ++attempt) {
    ByteReader reader(bytes);
    if (!reader.raw(magic, 8) || std::string_view(magic, 8) != std::string_view(kModelMagic, 8))
      return corrupt("not an eventwire syntax model (bad magic number)");
    if (!reader.u32(version)) return corrupt("truncated header");
    if (version != kModelFormatVersion)
      return Status::unsupported("syntax model \"" + path + "\" has format version " +
                                 std::to_string(version) + ", this build reads " +
                                 std::to_string(kModelFormatVersion));
    if (reader.str(header) && reader.u64(raw_size) && reader.u64(compressed_size) &&
        reader.u64(checksum)) {
      header_end = bytes.size() - reader.remaining();
      break;
    }
    if (attempt > 0 || bytes.size() == file_size) return corrupt("truncated header");
    if (!read_rest()) return Status::io_error("cannot read syntax model \"" + path + "\"");
  }
  if (compressed_size != file_size - header_end)
    return corrupt("payload is " + std::to_string(file_size - header_end) + " bytes, header says " +
                   std::to_string(compressed_size) + " (truncated?)");
  // The index cache, keyed on what identifies this file's contents.
  std::string cache_file;
  uint64_t cache_key = 0;
  if (!keep_arrays) {
    std::error_code ec;
    const auto mtime = std::filesystem::last_write_time(path, ec);
    const std::string dir = index_cache_dir(raw_size);
    if (!ec && !dir.empty()) {
      cache_key = mix64(
          checksum ^
          mix64(raw_size ^ mix64(compressed_size ^
                                 mix64(static_cast<uint64_t>(mtime.time_since_epoch().count()) ^
                                       hash_bytes(header)))));
      // One cache file per model path and cache version: a changed model
      // replaces its entry, and binaries of another cache version (sharing
      // the folder) keep theirs instead of rewriting each other's.
      const std::string absolute = std::filesystem::absolute(path, ec).string();
      char name[48];
      std::snprintf(name, sizeof name, "syntax-%016llx-v%u.ewidx",
                    static_cast<unsigned long long>(hash_bytes(absolute)), kIndexVersion);
      cache_file = dir + "/" + name;
      if (auto cached = read_index_cache(cache_file, cache_key)) {
        cached->cache_id = next_cache_id();
        return cached;
      }
    }
  }
  if (!read_rest()) return Status::io_error("cannot read syntax model \"" + path + "\"");
  const std::string_view compressed =
      std::string_view(bytes).substr(bytes.size() - compressed_size);
  if (hash_bytes(compressed) != checksum) return corrupt("checksum mismatch");
  if (raw_size > (1ULL << 32)) return corrupt("implausible payload size");
  std::string raw(raw_size, '\0');
  const size_t got = ZSTD_decompress(raw.data(), raw.size(), compressed.data(), compressed.size());
  if (ZSTD_isError(got) || got != raw_size) return corrupt("payload does not decompress");
  std::string().swap(bytes);  // the file bytes are no longer needed

  auto model = std::make_unique<ModelData>();
  ByteReader in_payload(raw);
  if (Status s = read_front(header, in_payload, *model, corrupt); !s) return s;
  const size_t inventory_bytes = raw.size() - in_payload.remaining();
  const size_t n_tags = model->upos.size();
  if (!model->tagger.read(in_payload, keep_arrays) ||
      model->tagger.n_classes() != static_cast<int>(n_tags))
    return corrupt("bad tagger weights");
  if (!model->feats_model.read(in_payload, keep_arrays) ||
      model->feats_model.n_classes() != static_cast<int>(model->feats.size()))
    return corrupt("bad feature weights");
  if (!model->lemma_model.read(in_payload, keep_arrays) ||
      model->lemma_model.n_classes() != static_cast<int>(model->scripts.size()))
    return corrupt("bad lemmatizer weights");
  if (!model->parser.read(in_payload, keep_arrays) ||
      model->parser.n_classes() != 1 + 2 * static_cast<int>(model->labels.size()))
    return corrupt("bad parser weights");
  uint8_t two_pass = 0;
  // Files written before the second pass existed end here: no second pass.
  if (in_payload.remaining() > 0 && (!in_payload.u8(two_pass) || two_pass > 1))
    return corrupt("bad second-pass flag");
  model->two_pass = two_pass == 1;
  if (model->two_pass && (!model->tagger2.read(in_payload, keep_arrays) ||
                          model->tagger2.n_classes() != static_cast<int>(n_tags)))
    return corrupt("bad second-pass tagger weights");
  if (in_payload.remaining() != 0) return corrupt("trailing bytes after the tagger weights");
  model->cache_id = next_cache_id();
  if (!cache_file.empty())
    write_index_cache(cache_file, header, std::string_view(raw).substr(0, inventory_bytes), *model,
                      cache_key);
  return model;
}

}  // namespace eventwire::syntax_internal

namespace eventwire {

void set_model_index_cache(const std::string& dir, uint64_t min_model_bytes) {
  auto& setting = syntax_internal::index_cache_setting();
  std::lock_guard<std::mutex> lock(setting.mutex);
  setting.dir = dir;
  setting.min_bytes = min_model_bytes;
  base::set_mapped_cache_dir(dir);  // the actor knowledge base's cache too
}

}  // namespace eventwire
