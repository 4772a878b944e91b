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

#include "text/sentence_model_data.h"
#include "base/find_model.h"

namespace eventwire {
namespace segmenter {
namespace {

constexpr char kMagic[8] = {'E', 'W', 'S', 'E', 'G', 'M', 'D', 'L'};

void put_u32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put_u64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void put_string(std::string& out, const std::string& s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out += s;
}

// Reads fields in order; the first failure sticks and later reads return zeros.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  size_t position() const { return position_; }
  uint64_t unsigned_le(int size) {
    if (!need(static_cast<size_t>(size))) return 0;
    uint64_t v = 0;
    for (int i = 0; i < size; ++i)
      v |= static_cast<uint64_t>(static_cast<unsigned char>(bytes_[position_++])) << (8 * i);
    return v;
  }
  uint32_t u32() { return static_cast<uint32_t>(unsigned_le(4)); }
  std::string string() {
    uint32_t size = u32();
    if (!need(size)) return {};
    std::string s(bytes_.substr(position_, size));
    position_ += size;
    return s;
  }
  uint32_t varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (!need(1)) return 0;
      unsigned char c = static_cast<unsigned char>(bytes_[position_++]);
      v |= static_cast<uint32_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }

 private:
  bool need(size_t size) {
    if (ok_ && bytes_.size() - position_ >= size) return true;
    ok_ = false;
    return false;
  }
  std::string_view bytes_;
  size_t position_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string serialize(const ModelData& model) {
  std::string out(kMagic, sizeof kMagic);
  put_u32(out, kFormatVersion);
  put_u32(out, model.hash_bits);
  uint32_t scale_bits;
  std::memcpy(&scale_bits, &model.scale, 4);
  put_u32(out, scale_bits);
  put_u32(out, static_cast<uint32_t>(model.threshold));
  put_string(out, model.fingerprint);
  put_string(out, model.settings);
  put_u32(out, static_cast<uint32_t>(model.lowercase_words.size()));
  for (uint32_t word : model.lowercase_words) put_u32(out, word);
  uint32_t nonzero = 0;
  for (int16_t w : model.weights) nonzero += w != 0;
  put_u32(out, nonzero);
  uint32_t previous = 0;
  for (uint32_t bucket = 0; bucket < model.weights.size(); ++bucket) {
    if (model.weights[bucket] == 0) continue;
    for (uint32_t gap = bucket - previous;; gap >>= 7) {
      out.push_back(static_cast<char>((gap & 0x7F) | (gap >= 0x80 ? 0x80 : 0)));
      if (gap < 0x80) break;
    }
    previous = bucket;
    uint16_t w = static_cast<uint16_t>(model.weights[bucket]);
    out.push_back(static_cast<char>(w & 0xFF));
    out.push_back(static_cast<char>(w >> 8));
  }
  put_u64(out, hash_bytes(out));
  return out;
}

Result<ModelData> deserialize(std::string_view bytes, const std::string& path) {
  auto corrupt = [&](const std::string& why) {
    return Status::corrupt("sentence model \"" + path + "\": " + why);
  };
  if (bytes.size() < sizeof kMagic + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
    return corrupt("not a segmenter model (bad magic number)");
  std::string_view body = bytes.substr(0, bytes.size() - 8);
  Reader tail(bytes.substr(bytes.size() - 8));
  if (tail.unsigned_le(8) != hash_bytes(body))
    return corrupt("checksum mismatch (truncated or damaged file)");
  Reader in(body.substr(sizeof kMagic));
  uint32_t version = in.u32();
  if (version != kFormatVersion)
    return Status::unsupported("sentence model \"" + path + "\": format version " +
                               std::to_string(version) + ", this program reads version " +
                               std::to_string(kFormatVersion));
  ModelData model;
  model.hash_bits = in.u32();
  if (model.hash_bits < 8 || model.hash_bits > 24)
    return corrupt("hash bits " + std::to_string(model.hash_bits) + " out of range");
  uint32_t scale_bits = in.u32();
  std::memcpy(&model.scale, &scale_bits, 4);
  model.threshold = static_cast<int32_t>(in.u32());
  model.fingerprint = in.string();
  model.settings = in.string();
  uint32_t words = in.u32();
  if (!in.ok() || words > body.size() / 4) return corrupt("bad lexicon size");
  model.lowercase_words.resize(words);
  for (uint32_t& word : model.lowercase_words) word = in.u32();
  if (!std::is_sorted(model.lowercase_words.begin(), model.lowercase_words.end()))
    return corrupt("lexicon not sorted");
  model.weights.assign(size_t{1} << model.hash_bits, 0);
  uint32_t nonzero = in.u32();
  uint64_t bucket = 0;
  for (uint32_t k = 0; k < nonzero && in.ok(); ++k) {
    bucket += in.varint();
    if (bucket >= model.weights.size()) return corrupt("weight index out of range");
    model.weights[bucket] = static_cast<int16_t>(static_cast<uint16_t>(in.unsigned_le(2)));
  }
  if (!in.ok()) return corrupt("truncated weights");
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
