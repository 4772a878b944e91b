// Training of the sentence-boundary classifier: an averaged perceptron over
// the candidate gaps of our own tokenizer's output on the raw text of gold
// CoNLL-U documents, labelled with the gold sentence ends.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <random>
#include <regex>
#include <sstream>
#include <unordered_map>

#include "base/fingerprint.h"
#include "eventwire/sentence_model.h"
#include "eventwire/text_eval.h"
#include "text/sentence_model_data.h"
#include "text/utf8_util.h"

namespace eventwire {
namespace segmenter {
namespace {
// Updates also on correct decisions closer than this to the boundary (chosen on EWT dev:
// 0, 2, 5, 10 gave dev F1 89.74, 89.84, 90.10, 89.97).
constexpr float kMargin = 5;

struct Paragraph {
  std::vector<tokenizer::SurfaceToken> tokens;
  std::vector<TokenInfo> info;
  std::vector<uint8_t> rules;      // rule splitter's decision per gap
  std::vector<uint8_t> continued;  // bracket_continuations(): never a candidate
  std::vector<uint8_t> labels;     // gold boundary per gap
  std::vector<uint8_t> initial;    // token starts a gold sentence
};

struct Corpus {
  std::vector<Paragraph> paragraphs;
  size_t documents = 0, gold_boundaries = 0, reachable = 0, candidates = 0;
};

uint32_t nonspace_length(std::string_view s) {
  uint32_t count = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    int n = utf8::decode(s, i, cp);
    if (n <= 0) n = 1;
    count += !utf8::is_space(cp);
    i += static_cast<size_t>(n);
  }
  return count;
}

void add_documents(const std::vector<ConlluSentence>& gold, const std::regex* exclude,
                   Corpus& corpus) {
  for (const RawDocument& doc : raw_documents(gold)) {
    if (exclude && std::regex_search(doc.article.id, *exclude)) continue;
    ++corpus.documents;
    std::string_view text(doc.article.text);
    // Non-space code points before each byte: positions that ignore whitespace, as the CoNLL 2018
    // scorer.
    std::vector<uint32_t> position(text.size() + 1, 0);
    uint32_t count = 0;
    for (size_t i = 0; i < text.size();) {
      char32_t cp = 0;
      int n = utf8::decode(text, i, cp);
      if (n <= 0) n = 1;
      for (int k = 0; k < n && i + static_cast<size_t>(k) < text.size(); ++k)
        position[i + static_cast<size_t>(k)] = count;
      count += !utf8::is_space(cp);
      i += static_cast<size_t>(n);
    }
    position[text.size()] = count;
    std::vector<uint32_t> ends;
    uint32_t total = 0;
    for (const ConlluSentence* sentence : doc.sentences)
      ends.push_back(total += nonspace_length(sentence->text));
    auto is_end = [&](uint32_t p) { return std::binary_search(ends.begin(), ends.end(), p); };
    CodePointIndex index(text);
    for (const Span& span : doc.article.paragraphs) {
      Paragraph paragraph;
      tokenizer::tokenize_surface(text, index.to_byte(span.start), index.to_byte(span.end),
                                  paragraph.tokens);
      size_t n = paragraph.tokens.size();
      if (n == 0) continue;
      paragraph.info.resize(n);
      paragraph.labels.assign(n, 0);
      paragraph.initial.assign(n, 0);
      for (size_t i = 0; i < n; ++i) {
        token_info(text, paragraph.tokens[i], paragraph.info[i]);
        uint32_t start = position[paragraph.tokens[i].start];
        paragraph.initial[i] = i == 0 || is_end(start);
        if (i + 1 < n) paragraph.labels[i] = is_end(position[paragraph.tokens[i].end]);
      }
      rule_gaps(text, paragraph.tokens, paragraph.rules);
      bracket_continuations(text, paragraph.tokens, paragraph.info, paragraph.continued);
      uint32_t first = position[paragraph.tokens.front().start],
               last = position[paragraph.tokens.back().end];
      for (uint32_t e : ends) corpus.gold_boundaries += e > first && e < last;
      for (size_t i = 0; i + 1 < n; ++i) {
        bool candidate =
            is_candidate(paragraph.info[i], paragraph.info[i + 1]) && !paragraph.continued[i];
        corpus.candidates += candidate;
        corpus.reachable += candidate && paragraph.labels[i];
      }
      corpus.paragraphs.push_back(std::move(paragraph));
    }
  }
}

// Words seen mid-sentence mostly in lower case: a capitalized one then hints at a sentence start.
std::vector<uint32_t> lowercase_lexicon(const Corpus& corpus) {
  std::unordered_map<uint32_t, std::pair<uint32_t, uint32_t>> counts;  // lower, upper
  for (const Paragraph& p : corpus.paragraphs)
    for (size_t i = 0; i < p.info.size(); ++i) {
      if (p.initial[i]) continue;
      auto& c = counts[static_cast<uint32_t>(p.info[i].lower)];
      if (p.info[i].first == kLower)
        ++c.first;
      else if (p.info[i].first == kUpper)
        ++c.second;
    }
  std::vector<uint32_t> words;
  for (const auto& [word, c] : counts)
    if (c.first >= 2 && c.first > 2 * c.second) words.push_back(word);
  std::sort(words.begin(), words.end());
  return words;
}

struct Examples {
  std::vector<uint32_t> features;
  std::vector<uint32_t> offsets{0};
  std::vector<uint8_t> labels;
};

Examples build_examples(const Corpus& corpus, const ModelData& model) {
  Examples ex;
  for (const Paragraph& p : corpus.paragraphs)
    for (size_t i = 0; i + 1 < p.tokens.size(); ++i) {
      if (!is_candidate(p.info[i], p.info[i + 1]) || p.continued[i]) continue;
      gap_features(p.info, p.tokens, i, p.rules[i] != 0, model, ex.features);
      ex.offsets.push_back(static_cast<uint32_t>(ex.features.size()));
      ex.labels.push_back(p.labels[i]);
    }
  return ex;
}

Result<std::string> file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::not_found("cannot open \"" + path + "\"");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace
}  // namespace segmenter

Status train_sentence_model(const SentenceModelTrainOptions& options, std::ostream* log) {
  using namespace segmenter;
  if (options.train_files.empty()) return Status::invalid_input("no training files given");
  if (options.hash_bits < 8 || options.hash_bits > 24)
    return Status::invalid_input("hash bits " + std::to_string(options.hash_bits) +
                                 " not in [8, 24]");
  std::regex exclude;
  if (!options.exclude_docs.empty()) {
    try {
      exclude = std::regex(options.exclude_docs, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      return Status::invalid_input("--exclude-docs \"" + options.exclude_docs +
                                   "\" is not a valid regex: " + e.what());
    }
  }
  // Fingerprint: the bytes of every input file and the settings.
  std::ostringstream settings;
  settings << "epochs=" << options.epochs << " seed=" << options.seed
           << " hash_bits=" << options.hash_bits << " margin=" << kMargin
           << " exclude_docs=" << options.exclude_docs << " train=";
  uint64_t fingerprint = hash_bytes("eventwire segmenter");
  Corpus corpus;
  for (size_t k = 0; k < options.train_files.size(); ++k) {
    const std::string& path = options.train_files[k];
    auto bytes = file_bytes(path);
    if (!bytes) return bytes.status();
    fingerprint = hash_bytes(*bytes, fingerprint);
    auto gold = read_conllu_file(path);
    if (!gold) return gold.status();
    add_documents(*gold, options.exclude_docs.empty() ? nullptr : &exclude, corpus);
    settings << (k ? "," : "") << std::filesystem::path(path).filename().string();
  }
  std::vector<ConlluSentence> dev;
  if (!options.dev_file.empty()) {
    auto bytes = file_bytes(options.dev_file);
    if (!bytes) return bytes.status();
    fingerprint = hash_bytes(*bytes, fingerprint);
    auto gold = read_conllu_file(options.dev_file);
    if (!gold) return gold.status();
    dev = std::move(*gold);
    settings << " dev=" << std::filesystem::path(options.dev_file).filename().string();
  }
  ModelData model;
  model.hash_bits = static_cast<uint32_t>(options.hash_bits);
  model.lowercase_words = lowercase_lexicon(corpus);
  Examples ex = build_examples(corpus, model);
  size_t count = ex.labels.size();
  if (log) {
    *log << "documents " << corpus.documents << ", paragraphs " << corpus.paragraphs.size()
         << ", candidate gaps " << count << ", gold boundaries inside paragraphs "
         << corpus.gold_boundaries << " (at candidate gaps " << corpus.reachable << "), lexicon "
         << model.lowercase_words.size() << "\n";
  }
  if (count == 0) return Status::invalid_input("the training files give no candidate gaps");

  size_t buckets = size_t{1} << options.hash_bits;
  std::vector<float> weights(buckets, 0), totals(buckets, 0);  // averaged perceptron, lazy sums
  std::vector<uint32_t> order(count);
  for (uint32_t k = 0; k < count; ++k) order[k] = k;
  std::mt19937_64 rng(options.seed);
  float step = 1;
  ModelData best;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t k = count; k > 1; --k)
      std::swap(order[k - 1], order[rng() % k]);  // portable Fisher-Yates
    size_t mistakes = 0;
    for (uint32_t e : order) {
      float score = 0;
      for (uint32_t f = ex.offsets[e]; f < ex.offsets[e + 1]; ++f) score += weights[ex.features[f]];
      bool label = ex.labels[e] != 0;
      if (label ? score <= kMargin : score >= -kMargin) {
        mistakes += (score > 0) != label;
        float delta = label ? 1.0f : -1.0f;
        for (uint32_t f = ex.offsets[e]; f < ex.offsets[e + 1]; ++f) {
          weights[ex.features[f]] += delta;
          totals[ex.features[f]] += delta * step;
        }
      }
      ++step;
    }
    // Averaged weights, quantized to int16 as they will be stored.
    ModelData candidate = model;
    std::vector<float> averaged(buckets);
    float largest = 0;
    for (size_t b = 0; b < buckets; ++b) {
      averaged[b] = weights[b] - totals[b] / step;
      largest = std::max(largest, std::fabs(averaged[b]));
    }
    candidate.scale = largest > 0 ? largest / 32767.0f : 1.0f;
    candidate.weights.resize(buckets);
    for (size_t b = 0; b < buckets; ++b)
      candidate.weights[b] = static_cast<int16_t>(std::lround(averaged[b] / candidate.scale));
    double f1 = 0;
    if (!dev.empty()) {
      SegmentOptions segment;
      segment.sentence_model =
          std::make_shared<SentenceModel>(std::make_unique<ModelData>(candidate));
      SegmentationScores scores = evaluate_segmentation(dev, segment);
      f1 = scores.sentences.f1();
      if (log)
        *log << "epoch " << epoch << " train_errors " << mistakes << " dev_sentences_f1 "
             << scores.sentences.f1() << " P " << scores.sentences.precision() << " R "
             << scores.sentences.recall() << " dev_tokens_f1 " << scores.tokens.f1() << "\n";
    } else if (log) {
      *log << "epoch " << epoch << " train_errors " << mistakes << "\n";
    }
    if (f1 > best_f1 || dev.empty()) best_f1 = f1, best_epoch = epoch, best = std::move(candidate);
  }
  if (log) *log << "best epoch " << best_epoch << " dev_sentences_f1 " << best_f1 << "\n";
  // The decision threshold, tuned on dev in steps of a quarter of a perceptron update.
  if (!dev.empty()) {
    int32_t best_threshold = 0;
    for (float units : {-2.0f, -1.5f, -1.0f, -0.5f, -0.25f, 0.25f, 0.5f, 1.0f, 1.5f, 2.0f}) {
      auto data = std::make_unique<ModelData>(best);
      data->threshold = static_cast<int32_t>(std::lround(units / best.scale));
      int32_t threshold = data->threshold;
      SegmentOptions segment;
      segment.sentence_model = std::make_shared<SentenceModel>(std::move(data));
      double f1 = evaluate_segmentation(dev, segment).sentences.f1();
      if (f1 > best_f1) best_f1 = f1, best_threshold = threshold;
    }
    best.threshold = best_threshold;
    if (log)
      *log << "threshold " << best_threshold * best.scale << " dev_sentences_f1 " << best_f1
           << "\n";
  }
  settings << " features=" << kFeatureVersion << " best_epoch=" << best_epoch
           << " threshold=" << best.threshold;
  best.settings = settings.str();
  best.fingerprint = base::hex64(hash_bytes(best.settings, fingerprint));

  std::filesystem::path out(options.out);
  std::error_code ec;
  if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path(), ec);
  std::ofstream file(options.out, std::ios::binary | std::ios::trunc);
  std::string bytes = serialize(best);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) return Status::io_error("cannot write sentence model \"" + options.out + "\"");
  if (log)
    *log << "wrote " << options.out << " (" << bytes.size() << " bytes, fingerprint "
         << best.fingerprint << ")\n";
  return Status::ok();
}

}  // namespace eventwire
