// Reading articles from files, directories and stdin in every supported
// input format, and writing documents as JSON.
//
// ArticleStream reads lazily, one file and one record at a time, so memory
// does not grow with the number of articles. It is not thread-safe: one
// reader thread drives it and hands articles to workers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "eventwire/article.h"
#include "eventwire/document.h"
#include "eventwire/status.h"

namespace eventwire {

enum class InputFormat { kAuto, kNative, kJsonl, kPetrarchXml, kPlain, kConllu };

// "auto", "native", "jsonl", "petrarch", "plain", "conllu".
Result<InputFormat> parse_input_format(const std::string& name);

const char* input_format_name(InputFormat format);

// Bounds on one record, the same in the CLI, ingest and the server
// (docs/formats.md, "Limits"). A record past any of them is rejected with a
// reason naming the limit; the other records are read as usual.
struct ArticleLimits {
  uint64_t max_article_bytes = uint64_t{4} << 20;  // title + text after assembly; also a JSON line
  uint32_t max_token_bytes = 4096;                 // longest run of non-space bytes
  int max_json_depth = 64;                         // nesting of arrays and objects in a JSON record
};

// How ids given by the records themselves are scoped: kRecord keeps them as
// given (two files' "1" are the same article, the later replaces the
// earlier); kFile prefixes them with the file's path relative to the input
// root and ":" ("feed-a.jsonl:1").
enum class IdScope { kRecord, kFile };
// "record" or "file".
Result<IdScope> parse_id_scope(const std::string& name);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::string date;  // for plain text (YYYY-MM-DD); also the fallback for records without one
  // A file larger than this (after decompression) is rejected, not read.
  uint64_t max_file_bytes = uint64_t{1} << 30;
  ArticleLimits limits;
  IdScope id_scope = IdScope::kRecord;
};

// One record that could not be read: which file, which record, why.
struct ReadError {
  std::string file;
  uint64_t record = 0;  // 1-based; 0 when the whole file failed
  uint64_t line = 0;    // 1-based; 0 when unknown
  std::string reason;
  // "FILE:LINE: record N: REASON" (parts omitted when unknown), on one line of
  // at most ~600 bytes: control bytes and invalid UTF-8 are escaped (\xNN)
  // and long parts are cut with "…".
  std::string to_string() const;
};

class ArticleStream {
 public:
  // `inputs` are files, directories (read recursively, in sorted order) or
  // "-" for stdin; .gz and .zst files are decompressed. Fails only when an
  // input does not exist.
  static Result<std::unique_ptr<ArticleStream>> open(const std::vector<std::string>& inputs,
                                                     const ReadOptions& options);
  virtual ~ArticleStream() = default;

  enum class Next { kArticle, kError, kEnd };
  // Reads the next record: fills `article` (kArticle) or `error` (kError).
  virtual Next next(Article& article, ReadError& error) = 0;
};

// Checks an ISO date "YYYY-MM-DD" and accepts common variants ("20171225",
// "2017-12-25T10:00:00Z", "2017/12/25"), returning the ISO form; the error
// quotes the input.
Result<std::string> normalize_date(const std::string& input);

// Builds an article from parts: validates and NFC-normalizes every field,
// joins title and paragraphs into `text` and fills the spans, and checks
// `limits` (article and token size). Used by readers and by the HTTP server
// for posted articles. `body`, when given, is the input text the paragraphs
// were split from: each paragraph's place in it is kept so that offsets can be
// given back in the input's terms (Article::input_offset).
Status assemble_article(Article& article, const std::vector<std::string>& paragraphs,
                        const ArticleLimits& limits = {}, std::string_view body = {});

// Checks that a JSON text nests arrays and objects no deeper than `max_depth`
// (a linear scan, no recursion), before any parser sees it.
Status check_json_depth(std::string_view json, int max_depth);

// The one reader of an article as a JSON object: a JSON Lines record and an
// article posted to the server alike.
struct JsonArticleOptions {
  int max_json_depth = ArticleLimits{}.max_json_depth;
  // Other fields: kept in Article::extra (JSON Lines), or an error (the API).
  bool reject_unknown_fields = false;
  const char* what = "a JSON Lines record";  // names the input in messages
};
// Fills id, date, title, source, url from the object's fields (strings; id and
// date may be numbers; null or absent leaves them empty) and `text` from
// "text"; the caller checks the date and assembles the article. An invalid
// object gives an invalid_input Status whose message is the reason.
Status read_json_article(std::string_view json, Article& article, std::string& text,
                         const JsonArticleOptions& options = {});

// `bytes` made safe for an error line: at most `max_bytes` (cut with "…"),
// control bytes, quotes' backslashes and invalid UTF-8 escaped as \xNN.
std::string printable(std::string_view bytes, size_t max_bytes = 120);

// Splits a body into paragraphs at blank lines (or at single line breaks
// when the body has no blank line), trimming each.
std::vector<std::string> split_paragraphs(const std::string& body);

// Whether split_paragraphs ends a paragraph at the single line break between
// `prev` and `next` (readers that keep their own offsets ask the same).
bool single_break_ends_paragraph(std::string_view prev, std::string_view next,
                                 bool body_has_blank_lines);

struct JsonOptions {
  bool tokens = true;     // per-token arrays in sentences
  bool syntax = false;    // upos, xpos, feats, lemma, head, deprel per token
  bool analysis = false;  // entities, events, quotes, times, places
};
// One JSON object on one line (no trailing newline). Schema: docs/schema.md.
std::string document_to_json(const Document& doc, const JsonOptions& options);
// The same bytes appended to `out`, written as they are produced (no JSON tree
// is built), so that a caller can reuse one buffer for every document.
void append_document_json(std::string& out, const Document& doc, const JsonOptions& options);
// One quote as a JSON object (the fields of the article JSON's quotes[], plus
// "article": the article id), on one line.
std::string quote_to_json(const Document& doc, const Quote& quote);
void append_quote_json(std::string& out, const Document& doc, const Quote& quote);

}  // namespace eventwire
