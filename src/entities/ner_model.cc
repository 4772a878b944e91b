// NerModel: loading, tagging and document annotation.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/checked_files.h"
#include "base/find_model.h"
#include "base/fingerprint.h"
#include "base/mapped_model.h"
#include "entities/ner_model_format.h"
#include "eventwire/ner.h"

namespace eventwire {

namespace {

// The bytes of a model file: read into a string (from_bytes) or mapped
// read-only from the file (load), so that the pages are the page cache's,
// shared by every process that tags with the same model.
class ModelBytes {
 public:
  // False when `path` cannot be opened, is not a regular file or cannot be mapped.
  bool map(const std::string& path) {
    map_ = base::MappedFile::open(path);
    return map_ != nullptr;
  }
  void own(std::string bytes) { owned_ = std::move(bytes); }
  std::string_view view() const {
    return map_ != nullptr ? map_->bytes() : std::string_view(owned_);
  }
  const base::MappedFile& mapped() const { return *map_; }

 private:
  std::string owned_;
  std::unique_ptr<base::MappedFile> map_;
};

// The file in the model cache folder that records "the model at `path`, with
// this identity, passed its checksum" (base/checked_files.h); "" without a
// cache folder (the models folder may be read-only). Named by the absolute
// path, so one model reached by two relative paths has one record.
std::string verdict_file(const std::string& path) {
  const std::string dir = base::mapped_cache_dir();
  if (dir.empty()) return "";
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  char file[48];
  std::snprintf(file, sizeof file, "ner-%016llx.checked",
                static_cast<unsigned long long>(
                    base::fnv1a(ec ? path : absolute.string(), base::kFnv1aOffsetShort)));
  return dir + "/" + file;
}

}  // namespace

struct NerModel::Impl {
  ModelBytes bytes;     // the file; `table` points into it
  ner::ModelData data;  // all but the feature weights (they stay in `bytes`)
  ner::WeightTable table;
  ner::LabelSet labels;
  ComponentVersion version;

  Status init(const std::string& name, bool verify_checksum = true) {
    Result<ner::ModelData> parsed = ner::parse_model(bytes.view(), name, &table, verify_checksum);
    if (!parsed) return parsed.status();
    data = std::move(parsed).value();
    labels.types = data.types;
    std::string file = name.substr(name.find_last_of('/') + 1);
    version = {"ner", "ner/" + std::to_string(ner::kFormatVersion) + "/" + file, data.fingerprint};
    return Status::ok();
  }
};

NerModel::NerModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NerModel::~NerModel() = default;

Result<std::shared_ptr<const NerModel>> NerModel::from_bytes(std::string bytes,
                                                             const std::string& name) {
  auto impl = std::make_unique<Impl>();
  impl->bytes.own(std::move(bytes));
  if (Status st = impl->init(name); !st) return st;
  return std::shared_ptr<const NerModel>(std::make_shared<NerModel>(std::move(impl)));
}

Result<std::shared_ptr<const NerModel>> NerModel::load(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  if (!impl->bytes.map(path)) {
    // Not mappable (a pipe, say): read it whole.
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::not_found("NER model \"" + path + "\" cannot be opened");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return Status::io_error("reading NER model \"" + path + "\" failed");
    return from_bytes(std::move(buffer).str(), path);
  }
  // The whole-file checksum (a serial hash of 6 MB, half the load) runs once
  // per file identity; docs/formats.md "NER model" gives the trade-off.
  const std::string verdict = verdict_file(path);
  const bool checked = base::verdict_holds(impl->bytes.mapped(), verdict);
  if (Status st = impl->init(path, !checked); !st) return st;
  if (!checked) base::record_checked(verdict, impl->bytes.mapped().identity());
  return std::shared_ptr<const NerModel>(std::make_shared<NerModel>(std::move(impl)));
}

std::string NerModel::default_path(const std::string& models_dir) {
  return base::find_model("ner/ner.ewm", models_dir);
}

const ComponentVersion& NerModel::version() const {
  return impl_->version;
}
const std::string& NerModel::description() const {
  return impl_->data.description;
}
std::vector<std::string> NerModel::types() const {
  return impl_->data.types;
}

std::vector<NamedSpan> NerModel::tag_tokens(const std::vector<std::string>& tokens) const {
  const ner::ModelData& m = impl_->data;
  const int n = static_cast<int>(tokens.size());
  const int L = impl_->labels.size();
  if (n == 0) return {};
  // Per-thread scratch keeps tag() const, thread-safe and free of per-call allocations.
  thread_local ner::SentenceFeatures features;
  thread_local std::vector<float> emissions;
  ner::extract_features(tokens, m.lexicon, features);
  emissions.assign(static_cast<size_t>(n) * L, 0.0f);
  for (int i = 0; i < n; ++i) {
    float* e = &emissions[static_cast<size_t>(i) * L];
    impl_->table.add_all(&features.hashes[features.offsets[i]],
                         features.offsets[i + 1] - features.offsets[i], e);
  }
  std::vector<int> best =
      ner::viterbi(impl_->labels, n, emissions.data(), m.transitions.data(), m.end.data());
  std::vector<NamedSpan> spans = impl_->labels.decode(best);

  // Lexicon refinements (see ner.h): LOC → GPE, untagged demonyms → NORP.
  // The normalized tokens and lexicon matches of the features (per-thread scratch, so
  // the plural folding below may change a token in place).
  std::vector<std::string>& norm = features.norm;
  const uint16_t gpe_bits = ner::kGazCountry | ner::kGazSubdivision | ner::kGazWnGpe;
  std::vector<bool> covered(tokens.size(), false);
  for (NamedSpan& s : spans) {
    for (int i = s.first_token; i < s.last_token; ++i) covered[i] = true;
    if (s.type == "LOC" && (m.lexicon.phrase_mask(norm, s.first_token, s.last_token) & gpe_bits))
      s.type = "GPE";
  }
  const std::vector<ner::Lexicon::Match>& matches = features.gaz;
  std::vector<NamedSpan> norp;
  for (int i = 0; i < n;) {
    const std::string& t = tokens[i];
    bool upper = !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
    int len = 1;
    bool demonym = false;
    if (matches[i].position == 1 || matches[i].position == 4) {
      while (matches[i].position == 1 && i + len < n && matches[i + len].position == 2) ++len;
      if (matches[i].position == 1 && i + len < n) ++len;  // the L token
      demonym = matches[i].mask & ner::kGazDemonym;
    } else if (t.size() > 3 && t.back() == 's' && matches[i].mask == 0) {
      norm[i].pop_back();  // plural of a demonym: "Iranians"
      demonym = m.lexicon.phrase_mask(norm, i, i + 1) & ner::kGazDemonym;
    }
    bool free = true;
    for (int k = i; k < i + len; ++k) free = free && !covered[k];
    if (demonym && upper && free) norp.push_back({0, i, i + len, "NORP"});
    i += len;
  }
  spans.insert(spans.end(), norp.begin(), norp.end());
  std::sort(spans.begin(), spans.end(),
            [](const NamedSpan& a, const NamedSpan& b) { return a.first_token < b.first_token; });
  return spans;
}

std::vector<NamedSpan> NerModel::tag(const Sentence& sentence, int sentence_index) const {
  std::vector<std::string> tokens;
  tokens.reserve(sentence.tokens.size());
  for (const Token& t : sentence.tokens) tokens.push_back(t.text);
  std::vector<NamedSpan> spans = tag_tokens(tokens);
  for (NamedSpan& s : spans) s.sentence = sentence_index;
  return spans;
}

void NerModel::annotate(Document& doc) const {
  int next_id = static_cast<int>(doc.entities.size()) + 1;
  std::vector<std::vector<std::string>> texts(doc.sentences.size());
  for (size_t si = 0; si < doc.sentences.size(); ++si)
    for (const Token& t : doc.sentences[si].tokens) texts[si].push_back(t.text);
  for (const NamedSpan& s : tag_document(texts)) {
    const Sentence& sentence = doc.sentences[s.sentence];
    {
      const Token& first = sentence.tokens[s.first_token];
      const Token& last = sentence.tokens[s.last_token - 1];
      Mention mention;
      mention.start = first.start;
      mention.end = last.end;
      mention.sentence = s.sentence;
      mention.first_token = s.first_token;
      mention.last_token = s.last_token;
      if (last.byte_end <= doc.article.text.size() && first.byte_start <= last.byte_end) {
        mention.text = doc.article.text.substr(first.byte_start, last.byte_end - first.byte_start);
      }
      Entity entity;
      entity.id = "E";
      entity.id += std::to_string(next_id++);
      entity.type = s.type;
      entity.name = mention.text;
      entity.mentions.push_back(std::move(mention));
      doc.entities.push_back(std::move(entity));
    }
  }
  doc.models.push_back(impl_->version);
}

}  // namespace eventwire

namespace eventwire {

namespace {

bool upper_initial(const std::string& t) {
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
}

// Initials of the capitalized words of an organization's name ("Coalition Provisional
// Authority" → "CPA"), or "" when fewer than two words are capitalized.
std::string initials(const std::vector<std::string>& tokens, int first, int last) {
  std::string out;
  for (int i = first; i < last; ++i)
    if (upper_initial(tokens[i])) out += tokens[i][0];
  return out.size() >= 2 ? out : std::string();
}

bool all_caps(const std::string& t) {
  return t.size() >= 2 &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string join_tokens(const std::vector<std::string>& tokens, int first, int last) {
  std::string out;
  for (int i = first; i < last; ++i) {
    if (i > first) out += ' ';
    out += tokens[i];
  }
  return out;
}

}  // namespace

std::vector<NamedSpan> NerModel::tag_document(
    const std::vector<std::vector<std::string>>& sentences) const {
  std::vector<std::vector<NamedSpan>> per_sentence(sentences.size());
  // Votes per exact name string; PER names also vote for their single words.
  std::map<std::string, std::map<std::string, int>> votes;
  std::map<std::string, int> person_words;
  std::map<std::string, int> org_initials;  // acronyms of multi-word ORG names
  size_t longest = 1;
  for (size_t s = 0; s < sentences.size(); ++s) {
    per_sentence[s] = tag_tokens(sentences[s]);
    for (const NamedSpan& span : per_sentence[s]) {
      if (span.type == "NORP") continue;
      ++votes[join_tokens(sentences[s], span.first_token, span.last_token)][span.type];
      longest = std::max(longest, static_cast<size_t>(span.last_token - span.first_token));
      if (span.type == "PER" && span.last_token - span.first_token >= 2)
        for (int i = span.first_token; i < span.last_token; ++i)
          if (upper_initial(sentences[s][i]) && sentences[s][i].size() >= 3)
            ++person_words[sentences[s][i]];
      if (span.type == "ORG" && span.last_token - span.first_token >= 2) {
        std::string acronym = initials(sentences[s], span.first_token, span.last_token);
        if (!acronym.empty()) ++org_initials[acronym];
      }
    }
  }
  auto majority = [](const std::map<std::string, int>& v) {
    return std::max_element(v.begin(), v.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; })
        ->first;
  };
  std::vector<NamedSpan> out;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<std::string>& tokens = sentences[s];
    std::vector<bool> covered(tokens.size(), false);
    for (const NamedSpan& span : per_sentence[s])
      for (int i = span.first_token; i < span.last_token; ++i) covered[i] = true;
    std::vector<NamedSpan> added;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (covered[i] || !upper_initial(tokens[i])) continue;
      for (size_t len = std::min(longest, tokens.size() - i); len >= 1; --len) {
        bool free = true;
        for (size_t k = i; k < i + len; ++k) free = free && !covered[k];
        if (!free) continue;
        std::string key = join_tokens(tokens, static_cast<int>(i), static_cast<int>(i + len));
        auto it = votes.find(key);
        std::string type = it != votes.end() ? majority(it->second) : "";
        if (type.empty() && len == 1 && person_words.count(key)) type = "PER";
        if (type.empty() && len == 1 && all_caps(key) && org_initials.count(key)) type = "ORG";
        if (type.empty()) continue;
        added.push_back(
            {static_cast<int>(s), static_cast<int>(i), static_cast<int>(i + len), type});
        for (size_t k = i; k < i + len; ++k) covered[k] = true;
        break;
      }
    }
    for (NamedSpan& span : per_sentence[s]) {
      span.sentence = static_cast<int>(s);
      // One name, one type within a document: the majority wins.
      auto it = votes.find(join_tokens(tokens, span.first_token, span.last_token));
      if (span.type != "NORP" && it != votes.end()) span.type = majority(it->second);
      // An acronym of an organization named in the document is that organization, not
      // a person ("CPA said").
      if (span.type == "PER" && span.last_token - span.first_token == 1 &&
          all_caps(tokens[span.first_token]) && org_initials.count(tokens[span.first_token]))
        span.type = "ORG";
    }
    per_sentence[s].insert(per_sentence[s].end(), added.begin(), added.end());
    std::sort(per_sentence[s].begin(), per_sentence[s].end(),
              [](const NamedSpan& a, const NamedSpan& b) { return a.first_token < b.first_token; });
    out.insert(out.end(), per_sentence[s].begin(), per_sentence[s].end());
  }
  return out;
}

}  // namespace eventwire
