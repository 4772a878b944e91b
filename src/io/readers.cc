// Readers for the native text format, plain text, JSON Lines, PETRARCH XML and CoNLL-U.
#include "io/readers.h"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <cctype>
#include <deque>
#include <regex>
#include <sstream>

#include "eventwire/conllu.h"
#include "eventwire/text.h"
#include "eventwire/text_eval.h"

namespace eventwire::io {
namespace {

using Next = ArticleStream::Next;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool has_nul(std::string_view bytes) {
  return bytes.find('\0') != std::string_view::npos;
}

std::string article_id(const FileContext& context, uint64_t record, bool single_record_file) {
  if (single_record_file) return context.id_base;
  return context.id_base + "#" + std::to_string(record);
}

bool is_blank_char(char c) {
  return c == ' ' || c == '\t';
}

// "date DATE [HEADLINE]" (leading blanks allowed, "date" in any case), parsed
// by hand: std::regex recurses per character and overflows the stack on long lines.
bool parse_date_line(const std::string& line, std::string* date, std::string* headline) {
  size_t i = 0;
  while (i < line.size() && is_blank_char(line[i])) ++i;
  if (line.size() - i < 5 || lower(line.substr(i, 4)) != "date" || !is_blank_char(line[i + 4]))
    return false;
  i += 4;
  while (i < line.size() && is_blank_char(line[i])) ++i;
  size_t start = i;
  while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
  if (i == start) return false;
  if (i < line.size() && !is_blank_char(line[i])) return false;  // \r, \v, \f inside
  if (date) *date = line.substr(start, i - start);
  while (i < line.size() && is_blank_char(line[i])) ++i;
  if (headline) *headline = line.substr(i);
  return true;
}

// A PETRARCH sentence id's story: the id without a final "_N" or "-N".
std::string story_of(const std::string& id) {
  size_t end = id.size();
  while (end > 0 && std::isdigit(static_cast<unsigned char>(id[end - 1]))) --end;
  if (end == id.size() || end == 0 || (id[end - 1] != '_' && id[end - 1] != '-')) return id;
  return id.substr(0, end - 1);
}

// An id given by the record itself, scoped by options.id_scope.
std::string given_id(const FileContext& context, std::string id) {
  if (context.options->id_scope == IdScope::kFile) return context.id_base + ":" + id;
  return id;
}

// Readers that need the whole file first (native, plain, XML, CoNLL-U) produce
// their records into a queue; errors and articles come out in file order.
class QueuedReader : public RecordReader {
 public:
  QueuedReader(std::unique_ptr<ByteSource> source, FileContext context)
      : context_(std::move(context)), source_(std::move(source)) {}

  Next next(Article& article, ReadError& error) override {
    if (!loaded_) {
      loaded_ = true;
      auto bytes = source_->read_all(context_.options->max_file_bytes);
      source_.reset();
      if (!bytes) {
        error = {context_.path, 0, 0, bytes.status().message()};
        return Next::kError;
      }
      if (has_nul(std::string_view(*bytes).substr(0, 8192))) {
        error = {context_.path, 0, 0, "binary file (NUL bytes), not text"};
        return Next::kError;
      }
      parse(*bytes);
    }
    if (queue_.empty()) return Next::kEnd;
    Item item = std::move(queue_.front());
    queue_.pop_front();
    if (item.is_error) {
      error = std::move(item.error);
      return Next::kError;
    }
    article = std::move(item.article);
    return Next::kArticle;
  }

 protected:
  virtual void parse(const std::string& bytes) = 0;

  void push_article(Article article) { queue_.push_back({false, std::move(article), {}}); }
  void push_error(uint64_t record, uint64_t line, std::string reason) {
    queue_.push_back({true, {}, {context_.path, record, line, std::move(reason)}});
  }
  // Fills the origin, assembles `text`; queues the article or the error.
  void finish(Article article, const std::vector<std::string>& paragraphs, uint64_t record,
              uint64_t line, bool require_date) {
    article.origin_file = context_.path;
    article.origin_record = record;
    article.origin_line = line;
    if (require_date || !article.date.empty()) {
      auto date = normalize_date(article.date.empty() ? context_.options->date : article.date);
      if (!date) return push_error(record, line, date.status().message());
      article.date = *date;
    }
    if (Status s = assemble_article(article, paragraphs, context_.options->limits); !s)
      return push_error(record, line, s.message());
    push_article(std::move(article));
  }

  FileContext context_;

 private:
  struct Item {
    bool is_error;
    Article article;
    ReadError error;
  };
  std::unique_ptr<ByteSource> source_;
  std::deque<Item> queue_;
  bool loaded_ = false;
};

// "date YYYY-MM-DD headline", blank line, paragraphs, outlet name alone on the last line.
// Several articles may follow one another in one file, each opening with its date line.
class NativeReader : public QueuedReader {
 public:
  using QueuedReader::QueuedReader;

 protected:
  void parse(const std::string& bytes) override {
    std::vector<std::string> lines;
    std::istringstream in(bytes);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(std::move(line));
    }
    if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);
    std::vector<size_t> starts;
    bool previous_blank = true;
    for (size_t i = 0; i < lines.size(); ++i) {
      bool blank = lines[i].find_first_not_of(" \t\f\v") == std::string::npos;
      if (previous_blank && !blank && parse_date_line(lines[i], nullptr, nullptr))
        starts.push_back(i);
      previous_blank = blank;
    }
    if (starts.empty()) {
      size_t first = 0;
      while (first < lines.size() && lines[first].find_first_not_of(" \t\f\v") == std::string::npos)
        ++first;
      if (first == lines.size()) return push_error(1, 0, "empty file");
      std::string head = lines[first].substr(0, 60);
      return push_error(
          1, first + 1,
          "first line must be \"date YYYY-MM-DD <headline>\", found \"" + head + "\"");
    }
    bool single = starts.size() == 1;
    for (size_t a = 0; a < starts.size(); ++a) {
      size_t begin = starts[a], end = a + 1 < starts.size() ? starts[a + 1] : lines.size();
      Article article;
      article.id = article_id(context_, a + 1, single);
      parse_date_line(lines[begin], &article.date, &article.title);
      std::string body;
      for (size_t i = begin + 1; i < end; ++i) body += lines[i] + "\n";
      std::vector<std::string> paragraphs = split_paragraphs_blank_only(body);
      if (paragraphs.size() >= 2 && looks_like_outlet(paragraphs.back())) {
        article.source = paragraphs.back();
        paragraphs.pop_back();
      }
      if (paragraphs.empty()) {
        push_error(a + 1, begin + 1, "empty article: a date line with no body");
        continue;
      }
      finish(std::move(article), paragraphs, a + 1, begin + 1, /*require_date=*/true);
    }
  }

 private:
  static std::vector<std::string> split_paragraphs_blank_only(const std::string& body) {
    // Force blank-line semantics even for a one-paragraph body.
    std::vector<std::string> paragraphs = split_paragraphs(body + "\n\n.");
    if (!paragraphs.empty() && paragraphs.back() == ".") paragraphs.pop_back();
    return paragraphs;
  }
  static bool looks_like_outlet(const std::string& paragraph) {
    if (paragraph.find('\n') != std::string::npos || paragraph.size() > 80) return false;
    size_t words = 1;
    for (char c : paragraph) words += c == ' ';
    if (words > 8) return false;
    char last = paragraph.back();
    return std::string(".!?:;,\"')").find(last) == std::string::npos &&
           !ends_with(paragraph, "\xE2\x80\x9D") && !ends_with(paragraph, "\xE2\x80\x99");
  }
};

class PlainReader : public QueuedReader {
 public:
  using QueuedReader::QueuedReader;

 protected:
  void parse(const std::string& bytes) override {
    if (context_.options->date.empty())
      return push_error(1, 0, "plain text has no date: give one with --date YYYY-MM-DD");
    Article article;
    article.id = context_.id_base;
    std::vector<std::string> paragraphs = split_paragraphs(bytes);
    if (paragraphs.empty()) return push_error(1, 0, "empty article: the file has no text");
    finish(std::move(article), paragraphs, 1, 1, /*require_date=*/true);
  }
};

class ConlluArticleReader : public QueuedReader {
 public:
  using QueuedReader::QueuedReader;

 protected:
  void parse(const std::string& bytes) override {
    std::istringstream in(bytes);
    ConlluReader reader(in, context_.path);
    ConlluSentence sentence;
    Status status;
    while (reader.next(sentence, status)) {
      if (!status) return push_error(0, 0, status.message());
      sentences_.push_back(std::move(sentence));
    }
    std::vector<RawDocument> docs = raw_documents(sentences_);
    for (size_t d = 0; d < docs.size(); ++d) {
      Article article = std::move(docs[d].article);
      std::vector<std::string> paragraphs;
      for (const Span& span : article.paragraphs) {
        CodePointIndex index(article.text);
        paragraphs.push_back(article.text.substr(
            index.to_byte(span.start), index.to_byte(span.end) - index.to_byte(span.start)));
      }
      article.id = article.id.empty() ? article_id(context_, d + 1, docs.size() == 1)
                                      : given_id(context_, article.id);
      article.date = context_.options->date;
      uint64_t line = docs[d].sentences.empty() ? 0 : docs[d].sentences.front()->line;
      finish(std::move(article), paragraphs, d + 1, line, /*require_date=*/false);
    }
  }

 private:
  std::vector<ConlluSentence> sentences_;
};

// <Sentence date id source><Text>…</Text></Sentence>: consecutive sentences of
// one story (the id without its final _N or -N) form one article.
class PetrarchReader : public QueuedReader {
 public:
  using QueuedReader::QueuedReader;

 protected:
  void parse(const std::string& bytes) override {
    struct Story {
      std::string id, date, source;
      std::vector<std::string> sentences;
      nlohmann::json sentence_ids = nlohmann::json::array();
      uint64_t line = 0;
      bool generated_id = false;
    } story;
    uint64_t record = 0;
    auto flush = [&] {
      if (story.sentences.empty()) return;
      Article article;
      article.id = story.generated_id ? story.id : given_id(context_, story.id);
      article.date = story.date;
      article.source = story.source;
      // Ids with invalid UTF-8 are rejected below (assemble_article checks the
      // article id); here they must not throw.
      article.extra.emplace_back(
          "sentence_ids",
          story.sentence_ids.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      finish(std::move(article), story.sentences, record, story.line, /*require_date=*/true);
      story = Story();
    };
    size_t pos = 0;
    uint64_t line = 1;
    size_t line_pos = 0;
    while (true) {
      size_t open = bytes.find("<Sentence", pos);
      while (open != std::string::npos && open + 9 < bytes.size() &&
             !std::isspace(static_cast<unsigned char>(bytes[open + 9])) && bytes[open + 9] != '>')
        open = bytes.find("<Sentence", open + 9);  // skip <Sentences>
      if (open == std::string::npos) break;
      size_t close = bytes.find("</Sentence>", open);
      for (; line_pos < open; ++line_pos) line += bytes[line_pos] == '\n';
      if (close == std::string::npos) {
        flush();
        push_error(record + 1, line, "<Sentence> without </Sentence>");
        break;
      }
      close += 11;
      pos = close;
      pugi::xml_document doc;
      pugi::xml_parse_result parsed = doc.load_buffer(bytes.data() + open, close - open);
      if (!parsed) {
        flush();
        push_error(++record, line, std::string("malformed XML: ") + parsed.description());
        continue;
      }
      pugi::xml_node node = doc.child("Sentence");
      std::string id = node.attribute("id").as_string();
      std::string story_id = story_of(id);
      bool generated = story_id.empty();
      if (generated) story_id = context_.id_base + "#" + std::to_string(record + 1);
      if (story_id != story.id) {
        flush();
        ++record;
        story.id = story_id;
        story.generated_id = generated;
        story.date = node.attribute("date").as_string();
        story.source = node.attribute("source").as_string();
        story.line = line;
      }
      std::string text = node.child("Text").text().as_string();
      for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      story.sentences.push_back(text);
      story.sentence_ids.push_back(id);
    }
    flush();
    if (record == 0) push_error(0, 0, "no <Sentence> elements found");
  }
};

class JsonlReader : public RecordReader {
 public:
  JsonlReader(std::unique_ptr<ByteSource> source, FileContext context)
      : source_(std::move(source)), context_(std::move(context)) {}

  Next next(Article& article, ReadError& error) override {
    std::string line;
    while (true) {
      uint64_t full_length = 0;
      // A JSON line holds the article plus its quoting: allow some slack over the article limit.
      uint64_t max_line = context_.options->limits.max_article_bytes +
                          context_.options->limits.max_article_bytes / 2 + 4096;
      auto more = source_->read_line(line, max_line, &full_length);
      if (!more) {
        error = {context_.path, record_ + 1, line_ + 1, more.status().message()};
        return failed_ ? Next::kEnd : (failed_ = true, Next::kError);
      }
      if (!*more) return Next::kEnd;
      ++line_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line_ == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
      if (full_length > max_line) {
        ++record_;
        error = {context_.path, record_, line_,
                 "line of " + std::to_string(full_length) + " bytes is over the limit of " +
                     std::to_string(max_line) +
                     " bytes for a JSON record (--max-article-bytes), starting \"" +
                     printable(line, 40) + "\""};
        return Next::kError;
      }
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      ++record_;
      if (read_record(line, article, error)) return Next::kArticle;
      return Next::kError;
    }
  }

 private:
  bool read_record(const std::string& line, Article& article, ReadError& error) {
    error = {context_.path, record_, line_, ""};
    if (has_nul(line)) {
      error.reason = "NUL byte in line (binary data?)";
      return false;
    }
    article = Article();
    article.origin_file = context_.path;
    article.origin_record = record_;
    article.origin_line = line_;
    std::string body;
    JsonArticleOptions json_options;
    json_options.max_json_depth = context_.options->limits.max_json_depth;
    if (Status s = read_json_article(line, article, body, json_options); !s) {
      error.reason = s.message();
      return false;
    }
    article.id = article.id.empty() ? context_.id_base + "#" + std::to_string(record_)
                                    : given_id(context_, article.id);
    auto date = normalize_date(article.date.empty() ? context_.options->date : article.date);
    if (!date) {
      error.reason = article.date.empty() && context_.options->date.empty()
                         ? "missing date (no \"date\" field and no --date)"
                         : date.status().message();
      return false;
    }
    article.date = *date;
    if (Status s =
            assemble_article(article, split_paragraphs(body), context_.options->limits, body);
        !s) {
      error.reason = s.message();
      return false;
    }
    return true;
  }

  std::unique_ptr<ByteSource> source_;
  FileContext context_;
  uint64_t line_ = 0, record_ = 0;
  bool failed_ = false;
};

std::string strip_compression_suffix(std::string path) {
  for (const char* suffix : {".gz", ".zst", ".zstd"})
    if (ends_with(lower(path), suffix))
      return path.substr(0, path.size() - std::string(suffix).size());
  return path;
}

}  // namespace

InputFormat detect_format(const std::string& path, std::string_view head) {
  std::string name = lower(strip_compression_suffix(path));
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson") || ends_with(name, ".json"))
    return InputFormat::kJsonl;
  if (ends_with(name, ".xml")) return InputFormat::kPetrarchXml;
  if (ends_with(name, ".conllu")) return InputFormat::kConllu;
  size_t first = head.find_first_not_of(" \t\r\n");
  if (head.substr(0, 3) == "\xEF\xBB\xBF") first = head.find_first_not_of(" \t\r\n", 3);
  if (first == std::string_view::npos)
    return InputFormat::kNative;  // empty: the native reader says so
  std::string_view rest = head.substr(first);
  static const std::regex date_prefix(R"(^date[ \t]+\d{4}-?\d{2}-?\d{2})", std::regex::icase);
  std::string prefix(rest.substr(0, 32));
  if (std::regex_search(prefix, date_prefix)) return InputFormat::kNative;
  if (rest[0] == '{') return InputFormat::kJsonl;
  if (rest[0] == '<') return InputFormat::kPetrarchXml;
  if (rest.substr(0, 9) == "# sent_id" || rest.substr(0, 8) == "# newdoc" ||
      rest.substr(0, 6) == "# text")
    return InputFormat::kConllu;
  return InputFormat::kPlain;
}

std::unique_ptr<RecordReader> make_reader(InputFormat format, std::unique_ptr<ByteSource> source,
                                          FileContext context) {
  switch (format) {
    case InputFormat::kJsonl:
      return std::make_unique<JsonlReader>(std::move(source), std::move(context));
    case InputFormat::kPetrarchXml:
      return std::make_unique<PetrarchReader>(std::move(source), std::move(context));
    case InputFormat::kConllu:
      return std::make_unique<ConlluArticleReader>(std::move(source), std::move(context));
    case InputFormat::kPlain:
      return std::make_unique<PlainReader>(std::move(source), std::move(context));
    case InputFormat::kNative:
    case InputFormat::kAuto:
      break;
  }
  return std::make_unique<NativeReader>(std::move(source), std::move(context));
}

}  // namespace eventwire::io
