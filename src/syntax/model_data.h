// The in-memory syntax model: label inventories, the four linear models and
// the lemma exception lexicon. Built by training or read from a model file;
// immutable afterwards, so one instance serves any number of threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/mapped_model.h"
#include "eventwire/document.h"
#include "eventwire/status.h"
#include "syntax/linear_model.h"

namespace eventwire::syntax_internal {

inline constexpr char kModelMagic[8] = {'E', 'W', 'S', 'Y', 'N', 'T', 'A', 'X'};
inline constexpr uint32_t kModelFormatVersion = 1;
inline constexpr int kMaxBeam = 64;

struct ModelData {
  std::vector<std::pair<std::string, std::string>> settings;
  std::string fingerprint;
  std::vector<std::string> upos, xpos;                // per tag id (the tagger predicts the pair)
  std::vector<std::string> feats;                     // UFeats strings; "" = no features
  std::vector<std::vector<uint16_t>> feats_by_tag;    // candidate feats ids per tag
  std::vector<std::string> scripts;                   // lemma edit scripts
  std::vector<std::vector<uint16_t>> scripts_by_tag;  // candidate scripts per tag
  std::unordered_map<std::string, std::string> lemma_exceptions;  // exception_key() -> lemma
  std::vector<std::string> labels;                                // dependency relations
  FrozenModel tagger, feats_model, lemma_model, parser;
  FrozenModel tagger2;  // optional second tagging pass (lookahead); empty when absent
  bool two_pass = false;
  // Parser decoding: beam width (setting "beam"; 1 = greedy) and the softmax
  // temperature, in weight units, that turns transition scores into
  // log-probabilities (setting "beam_temperature"). Decoding choices only:
  // they do not enter the fingerprint.
  int beam = 1;
  double beam_temperature = 25;
  // Non-zero, and unique in the process, for a model read from a file (which
  // never changes afterwards): annotate_sentence then caches per thread what
  // depends on a word form alone. 0 (a model in training) caches nothing.
  uint64_t cache_id = 0;
  // The mapped index cache whose arrays the linear models use in place (null
  // when they own their arrays); shared by copies of this model.
  std::shared_ptr<const base::MappedFile> mapping;

  std::string setting(const std::string& key) const;
};

inline std::string exception_key(const std::string& form, int tag) {
  return form + '\x1f' + std::to_string(tag);
}

// Serialized form (docs/models.md): magic, version, header text, zstd payload.
Status write_model_file(const ModelData& model, const std::string& path);
// `keep_arrays`: keep the weights in writable form (for re-pruning tools).
Result<std::unique_ptr<ModelData>> read_model_file(const std::string& path,
                                                   bool keep_arrays = false);

// The annotation core: fills the syntax fields of every token.
void annotate_sentence(const ModelData& model, Sentence& sentence);

struct WordFeatures;
// The lemma the edit-script classifier gives word i (tags are tag ids); the
// exception lexicon is not consulted.
std::string predict_lemma(const ModelData& model, const std::vector<WordFeatures>& words,
                          const std::vector<int>& tags, size_t i, const std::string& form);

}  // namespace eventwire::syntax_internal
