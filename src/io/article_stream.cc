#include <algorithm>
#include <filesystem>

#include "eventwire/io.h"
#include "io/readers.h"

namespace eventwire {
namespace {

namespace fs = std::filesystem;

struct PendingFile {
  std::string path;
  std::string id_base;
};

class FileArticleStream : public ArticleStream {
 public:
  FileArticleStream(std::vector<PendingFile> files, ReadOptions options)
      : files_(std::move(files)), options_(std::move(options)) {}

  Next next(Article& article, ReadError& error) override {
    while (true) {
      if (!reader_) {
        if (next_file_ >= files_.size()) return Next::kEnd;
        const PendingFile& file = files_[next_file_++];
        auto source = io::ByteSource::open(file.path);
        if (!source) {
          error = {file.path, 0, 0, source.status().message()};
          return Next::kError;
        }
        InputFormat format = options_.format;
        if (format == InputFormat::kAuto) {
          auto head = (*source)->peek(4096);
          if (!head) {
            error = {file.path, 0, 0, head.status().message()};
            return Next::kError;
          }
          format = io::detect_format(file.path, *head);
        }
        reader_ = io::make_reader(format, std::move(*source), {file.path, file.id_base, &options_});
      }
      Next result = reader_->next(article, error);
      if (result != Next::kEnd) return result;
      reader_.reset();
    }
  }

 private:
  std::vector<PendingFile> files_;
  size_t next_file_ = 0;
  ReadOptions options_;
  std::unique_ptr<io::RecordReader> reader_;
};

}  // namespace

std::string ReadError::to_string() const {
  std::string out = printable(file, 240);
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
  }
  out += ": ";
  if (record > 0) out += "record " + std::to_string(record) + ": ";
  return out + printable(reason, 360);
}

Result<IdScope> parse_id_scope(const std::string& name) {
  if (name == "record") return IdScope::kRecord;
  if (name == "file") return IdScope::kFile;
  return Status::invalid_input("unknown id scope \"" + printable(name, 40) + "\" (record, file)");
}

Result<InputFormat> parse_input_format(const std::string& name) {
  for (InputFormat format : {InputFormat::kAuto, InputFormat::kNative, InputFormat::kJsonl,
                             InputFormat::kPetrarchXml, InputFormat::kPlain, InputFormat::kConllu})
    if (name == input_format_name(format)) return format;
  return Status::invalid_input("unknown input format \"" + name +
                               "\" (auto, native, jsonl, petrarch, plain, conllu)");
}

const char* input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kNative:
      return "native";
    case InputFormat::kJsonl:
      return "jsonl";
    case InputFormat::kPetrarchXml:
      return "petrarch";
    case InputFormat::kPlain:
      return "plain";
    case InputFormat::kConllu:
      return "conllu";
  }
  return "auto";
}

Result<std::unique_ptr<ArticleStream>> ArticleStream::open(const std::vector<std::string>& inputs,
                                                           const ReadOptions& options) {
  std::vector<PendingFile> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.push_back({"-", "stdin"});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status))
      return Status::not_found("no such file or directory: \"" + input + "\"");
    if (fs::is_directory(status)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(
               input, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().filename().string().starts_with(".")) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      for (const fs::path& path : found)
        files.push_back({path.string(), fs::relative(path, input).generic_string()});
    } else {
      files.push_back({input, fs::path(input).filename().string()});
    }
  }
  return std::unique_ptr<ArticleStream>(new FileArticleStream(std::move(files), options));
}

}  // namespace eventwire
