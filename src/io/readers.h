// Record readers, one per input format. Each turns one open file into a
// sequence of articles and errors.
#pragma once

#include <memory>
#include <string>

#include "eventwire/io.h"
#include "io/byte_source.h"

namespace eventwire::io {

struct FileContext {
  std::string path;     // as given or found under a directory; "-" for stdin
  std::string id_base;  // path relative to the input root, used for generated ids
  const ReadOptions* options = nullptr;
};

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  virtual ArticleStream::Next next(Article& article, ReadError& error) = 0;
};

// Chooses the format from the extension (ignoring .gz/.zst) and the first bytes.
InputFormat detect_format(const std::string& path, std::string_view head);

std::unique_ptr<RecordReader> make_reader(InputFormat format, std::unique_ptr<ByteSource> source,
                                          FileContext context);

}  // namespace eventwire::io
