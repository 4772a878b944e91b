#include "eventwire/status.h"

namespace eventwire {

std::string Status::to_string() const {
  const char* label = "ok";
  switch (code_) {
    case Code::kOk:
      return "ok";
    case Code::kInvalidInput:
      label = "invalid input";
      break;
    case Code::kNotFound:
      label = "not found";
      break;
    case Code::kIoError:
      label = "I/O error";
      break;
    case Code::kCorrupt:
      label = "corrupt";
      break;
    case Code::kUnsupported:
      label = "unsupported";
      break;
    case Code::kInternal:
      label = "internal error";
      break;
  }
  return std::string(label) + ": " + message_;
}

}  // namespace eventwire
