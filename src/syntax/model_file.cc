#include <zstd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "syntax/binary_io.h"
#include "syntax/hash.h"
#include "syntax/model_data.h"

namespace eventwire::syntax_internal {

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

Result<std::unique_ptr<ModelData>> read_model_file(const std::string& path, bool keep_arrays) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::not_found("cannot open syntax model \"" + path + "\"");
  // One buffer of the file's size: no stream copies of a file of tens of MB.
  std::string bytes(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    return Status::io_error("cannot read syntax model \"" + path + "\"");
  auto corrupt = [&](const std::string& why) {
    return Status::corrupt("syntax model \"" + path + "\": " + why);
  };
  ByteReader reader(bytes);
  char magic[8];
  uint32_t version = 0;
  if (!reader.raw(magic, 8) || std::string_view(magic, 8) != std::string_view(kModelMagic, 8))
    return corrupt("not an eventwire syntax model (bad magic number)");
  if (!reader.u32(version)) return corrupt("truncated header");
  if (version != kModelFormatVersion)
    return Status::unsupported("syntax model \"" + path + "\" has format version " +
                               std::to_string(version) + ", this build reads " +
                               std::to_string(kModelFormatVersion));
  std::string header;
  uint64_t raw_size = 0, compressed_size = 0, checksum = 0;
  if (!reader.str(header) || !reader.u64(raw_size) || !reader.u64(compressed_size) ||
      !reader.u64(checksum))
    return corrupt("truncated header");
  if (compressed_size != reader.remaining())
    return corrupt("payload is " + std::to_string(reader.remaining()) + " bytes, header says " +
                   std::to_string(compressed_size) + " (truncated?)");
  const std::string_view compressed =
      std::string_view(bytes).substr(bytes.size() - compressed_size);
  if (hash_bytes(compressed) != checksum) return corrupt("checksum mismatch");
  if (raw_size > (1ULL << 32)) return corrupt("implausible payload size");
  std::string raw(raw_size, '\0');
  const size_t got = ZSTD_decompress(raw.data(), raw.size(), compressed.data(), compressed.size());
  if (ZSTD_isError(got) || got != raw_size) return corrupt("payload does not decompress");
  std::string().swap(bytes);  // the file bytes are no longer needed

  auto model = std::make_unique<ModelData>();
  std::istringstream lines(header);
  for (std::string line; std::getline(lines, line);) {
    const size_t eq = line.find('=');
    if (eq == std::string::npos) continue;
    if (line.substr(0, eq) == "fingerprint")
      model->fingerprint = line.substr(eq + 1);
    else
      model->settings.emplace_back(line.substr(0, eq), line.substr(eq + 1));
  }
  if (const std::string beam = model->setting("beam"); !beam.empty()) {
    int width = 0;
    const auto [end, ec] = std::from_chars(beam.data(), beam.data() + beam.size(), width);
    if (ec != std::errc() || end != beam.data() + beam.size() || width < 1 || width > kMaxBeam)
      return corrupt("bad beam setting \"" + beam + "\"");
    model->beam = width;
  }
  if (const std::string t = model->setting("beam_temperature"); !t.empty()) {
    char* end = nullptr;
    const double temperature = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size() || !(temperature > 0) || !std::isfinite(temperature))
      return corrupt("bad beam_temperature setting \"" + t + "\"");
    model->beam_temperature = temperature;
  }
  ByteReader in_payload(raw);
  if (!read_strings(in_payload, model->upos) || !read_strings(in_payload, model->xpos) ||
      model->upos.size() != model->xpos.size() || model->upos.empty())
    return corrupt("bad tag inventory");
  const size_t n_tags = model->upos.size();
  if (!read_strings(in_payload, model->feats) ||
      !read_lists(in_payload, model->feats_by_tag, n_tags, model->feats.size()) ||
      !read_strings(in_payload, model->scripts) ||
      !read_lists(in_payload, model->scripts_by_tag, n_tags, model->scripts.size()))
    return corrupt("bad feature or lemma inventory");
  uint32_t n_exceptions = 0;
  if (!in_payload.u32(n_exceptions)) return corrupt("bad lemma lexicon");
  for (uint32_t i = 0; i < n_exceptions; ++i) {
    std::string key, lemma;
    if (!in_payload.str(key) || !in_payload.str(lemma)) return corrupt("bad lemma lexicon");
    model->lemma_exceptions.emplace(std::move(key), std::move(lemma));
  }
  if (!read_strings(in_payload, model->labels) || model->labels.empty())
    return corrupt("bad label inventory");
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
  static std::atomic<uint64_t> loaded{0};
  model->cache_id = ++loaded;
  return model;
}

}  // namespace eventwire::syntax_internal
