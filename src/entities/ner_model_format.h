// Internal to the NER tagger: the model's contents, its binary file format
// (docs/ner.md) and the Viterbi decoder shared by training and tagging.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "eventwire/status.h"

namespace eventwire::ner {

inline constexpr char kModelMagic[8] = {'E', 'W', 'N', 'E', 'R', 'M', 'O', 'D'};
inline constexpr uint32_t kFormatVersion = 1;

struct ModelData {
  std::vector<std::string> types;
  std::vector<uint64_t> feature_keys;  // feature hashes, one weight row each
  std::vector<float> weights;          // feature_keys.size() × labels
  std::vector<float> transitions;      // (labels + 1) × labels; row 0 is the sentence start
  std::vector<float> end;              // labels
  Lexicon lexicon;
  std::string fingerprint;  // hex hash of training data and settings
  std::string description;  // settings and training summary, human-readable
};

// Writes the file bytes; weights are quantized to 16 bits with one scale.
std::string serialize_model(const ModelData& model);
// Parses and checks file bytes; `name` appears in error messages.
Result<ModelData> parse_model(std::string_view bytes, const std::string& name);

// Best label sequence under BILOU constraints. `emissions` is n × labels.
std::vector<int> viterbi(const LabelSet& labels, int n, const float* emissions,
                         const float* transitions, const float* end);

// Feature hash → row, open addressing, built once at load.
class FeatureTable {
 public:
  void build(const std::vector<uint64_t>& keys);
  // Row of a feature or -1.
  int64_t find(uint64_t key) const {
    if (keys_.empty()) return -1;
    key = key ? key : 1;
    for (size_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      if (keys_[slot] == key) return rows_[slot];
      if (keys_[slot] == 0) return -1;
    }
  }

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t mask_ = 0;
};

}  // namespace eventwire::ner
