// Model file of the sentence-boundary classifier: reading, checking, writing.
//
// Layout (little-endian): "EWSEGMDL" magic, u32 format version, u32 hash bits,
// f32 scale, i32 threshold, strings (u32 length + bytes) fingerprint and
// settings, u32 count + sorted u32 lower-case word hashes, u32 count + pairs of
// (varint gap to the previous bucket, i16 weight) for the non-zero weights,
// u64 FNV-1a checksum of everything before it.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/bytes.h"
#include "base/find_model.h"
#include "text/sentence_model_data.h"

namespace eventwire {
namespace segmenter {
namespace {

constexpr char kMagic[8] = {'E', 'W', 'S', 'E', 'G', 'M', 'D', 'L'};

using base::ByteReader;
using base::ByteWriter;

}  // namespace

std::string serialize(const ModelData& model) {
  ByteWriter out;
  out.raw(kMagic, sizeof kMagic);
  out.u32(kFormatVersion);
  out.u32(model.hash_bits);
  out.f32(model.scale);
  out.u32(static_cast<uint32_t>(model.threshold));
  out.str(model.fingerprint);
  out.str(model.settings);
  out.u32(static_cast<uint32_t>(model.lowercase_words.size()));
  for (uint32_t word : model.lowercase_words) out.u32(word);
  uint32_t nonzero = 0;
  for (int16_t w : model.weights) nonzero += w != 0;
  out.u32(nonzero);
  uint32_t previous = 0;
  for (uint32_t bucket = 0; bucket < model.weights.size(); ++bucket) {
    if (model.weights[bucket] == 0) continue;
    out.varint(bucket - previous);
    previous = bucket;
    out.u16(static_cast<uint16_t>(model.weights[bucket]));
  }
  out.u64(hash_bytes(out.bytes()));
  return std::move(out.bytes());
}

Result<ModelData> deserialize(std::string_view bytes, const std::string& path) {
  auto corrupt = [&](const std::string& why) {
    return Status::corrupt("sentence model \"" + path + "\": " + why);
  };
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return corrupt("not a segmenter model (bad magic number)");
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  uint64_t checksum = 0;
  ByteReader(bytes.substr(bytes.size() - 8)).u64(checksum);
  if (checksum != hash_bytes(body)) return corrupt("checksum mismatch (truncated or damaged file)");
  ByteReader in(body.substr(sizeof kMagic));
  // The first failed read sticks; later reads give zeros.
  bool ok = true;
  auto u32 = [&] {
    uint32_t v = 0;
    ok = ok && in.u32(v);
    return ok ? v : 0;
  };
  auto str = [&] {
    std::string v;
    ok = ok && in.str(v);
    return v;
  };
  uint32_t version = u32();
  if (version != kFormatVersion)
    return Status::unsupported("sentence model \"" + path + "\": format version " +
                               std::to_string(version) + ", this program reads version " +
                               std::to_string(kFormatVersion));
  ModelData model;
  model.hash_bits = u32();
  if (model.hash_bits < 8 || model.hash_bits > 24)
    return corrupt("hash bits " + std::to_string(model.hash_bits) + " out of range");
  uint32_t scale_bits = u32();
  std::memcpy(&model.scale, &scale_bits, 4);
  model.threshold = static_cast<int32_t>(u32());
  model.fingerprint = str();
  model.settings = str();
  uint32_t words = u32();
  if (!ok || words > body.size() / 4) return corrupt("bad lexicon size");
  model.lowercase_words.resize(words);
  for (uint32_t& word : model.lowercase_words) word = u32();
  if (!std::is_sorted(model.lowercase_words.begin(), model.lowercase_words.end()))
    return corrupt("lexicon not sorted");
  model.weights.assign(size_t{1} << model.hash_bits, 0);
  uint32_t nonzero = u32();
  uint64_t bucket = 0;
  for (uint32_t k = 0; k < nonzero && ok; ++k) {
    uint32_t gap = 0;
    uint16_t weight = 0;
    ok = in.varint(gap);
    bucket += gap;
    if (ok && bucket >= model.weights.size()) return corrupt("weight index out of range");
    ok = ok && in.u16(weight);
    if (ok) model.weights[bucket] = static_cast<int16_t>(weight);
  }
  if (!ok) return corrupt("truncated weights");
  if (in.position() + sizeof kMagic != body.size())
    return corrupt("trailing bytes after the weights");
  return model;
}

}  // namespace segmenter

SentenceModel::SentenceModel(std::unique_ptr<segmenter::ModelData> data) : data_(std::move(data)) {}
SentenceModel::~SentenceModel() = default;

Result<std::shared_ptr<const SentenceModel>> SentenceModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("sentence model \"" + path + "\" cannot be opened");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::io_error("sentence model \"" + path + "\" could not be read");
  Result<segmenter::ModelData> data = segmenter::deserialize(buffer.str(), path);
  if (!data) return data.status();
  auto model = std::make_unique<segmenter::ModelData>(std::move(*data));
  model->file_name = std::filesystem::path(path).filename().string();
  return std::shared_ptr<const SentenceModel>(std::make_shared<SentenceModel>(std::move(model)));
}

std::string SentenceModel::default_path(const std::string& models_dir) {
  return base::find_model("segmenter/segmenter.ewm", models_dir);
}

ComponentVersion SentenceModel::version() const {
  return {"segmenter", std::to_string(segmenter::kFormatVersion) + "/" + data_->file_name,
          data_->fingerprint};
}

}  // namespace eventwire
