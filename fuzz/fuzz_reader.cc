// One libFuzzer entry point, compiled once per target (EVENTWIRE_FUZZ_TARGET_*):
// feeds arbitrary bytes to a reader and segments every article it yields, checking
// the invariants that hold for any input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "eventwire/text.h"
#include "io/readers.h"

namespace {

eventwire::InputFormat target_format() {
#if defined(EVENTWIRE_FUZZ_TARGET_native)
  return eventwire::InputFormat::kNative;
#elif defined(EVENTWIRE_FUZZ_TARGET_jsonl)
  return eventwire::InputFormat::kJsonl;
#elif defined(EVENTWIRE_FUZZ_TARGET_petrarch)
  return eventwire::InputFormat::kPetrarchXml;
#elif defined(EVENTWIRE_FUZZ_TARGET_conllu)
  return eventwire::InputFormat::kConllu;
#else
  return eventwire::InputFormat::kPlain;
#endif
}

void check_segmentation(const eventwire::Article& article) {
  eventwire::SegmentOptions options;
  options.max_sentence_tokens = 50;
  std::vector<std::string> warnings;
  eventwire::CodePointIndex index(article.text);
  for (const eventwire::Sentence& sentence :
       eventwire::segment_article(article, options, &warnings)) {
    if (sentence.tokens.empty() || sentence.tokens.size() > 50) std::abort();
    for (const eventwire::Token& token : sentence.tokens) {
      if (token.end <= token.start || token.end > index.size()) std::abort();
      if (article.text.compare(token.byte_start, token.byte_end - token.byte_start, token.text) !=
          0)
        std::abort();
      if (index.to_code_point(token.byte_start) != token.start) std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
#if defined(EVENTWIRE_FUZZ_TARGET_segment)
  if (!eventwire::validate_utf8(bytes)) return 0;
  eventwire::Article article;
  if (!eventwire::assemble_article(article, eventwire::split_paragraphs(bytes))) return 0;
  check_segmentation(article);
#else
  eventwire::ReadOptions options;
  options.date = "2020-01-01";
  options.max_file_bytes = 1 << 20;
  auto reader = eventwire::io::make_reader(target_format(),
                                           eventwire::io::ByteSource::from_memory(std::move(bytes)),
                                           {"fuzz", "fuzz", &options});
  eventwire::Article article;
  eventwire::ReadError error;
  for (int guard = 0; guard < 100000; ++guard) {
    auto next = reader->next(article, error);
    if (next == eventwire::ArticleStream::Next::kEnd) break;
    if (next == eventwire::ArticleStream::Next::kError && error.reason.empty()) std::abort();
    if (next == eventwire::ArticleStream::Next::kArticle) {
      if (!eventwire::validate_utf8(article.text)) std::abort();
      check_segmentation(article);
    }
  }
#endif
  return 0;
}
