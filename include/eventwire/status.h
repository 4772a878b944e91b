// Status and Result: how every eventwire API reports failure.
//
// No exception crosses the public API. A function that can fail returns a
// Status (no value) or a Result<T> (a value or a Status). Messages quote the
// offending input, e.g. `date "2017-13-40" is not a valid calendar date`.
// Both types are cheap to move and safe to use from any thread.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace eventwire {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidInput,  // the input is malformed; the message says where and why
    kNotFound,      // a file, model or key does not exist
    kIoError,       // reading or writing failed
    kCorrupt,       // a model or archive fails its checks
    kUnsupported,   // a valid request we do not handle
    kInternal,      // a bug in eventwire
  };

  Status() = default;
  static Status ok() { return Status(); }
  static Status invalid_input(std::string message) {
    return {Code::kInvalidInput, std::move(message)};
  }
  static Status not_found(std::string message) { return {Code::kNotFound, std::move(message)}; }
  static Status io_error(std::string message) { return {Code::kIoError, std::move(message)}; }
  static Status corrupt(std::string message) { return {Code::kCorrupt, std::move(message)}; }
  static Status unsupported(std::string message) {
    return {Code::kUnsupported, std::move(message)};
  }
  static Status internal(std::string message) { return {Code::kInternal, std::move(message)}; }

  bool is_ok() const { return code_ == Code::kOk; }
  explicit operator bool() const { return is_ok(); }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid input: <message>" and so on; "ok" for success.
  std::string to_string() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value of type T, or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}        // NOLINT(google-explicit-constructor)
  Result(Status status) : state_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(state_).is_ok() && "a Result needs a value or an error");
  }

  bool is_ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return is_ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  // The error; Status::ok() when there is a value.
  Status status() const { return is_ok() ? Status::ok() : std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace eventwire
