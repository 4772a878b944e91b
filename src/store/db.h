// The SQL connection the store's code is written against, private to the
// store. Two implementations: SQLite (store/sqlite.h, the embedded default)
// and PostgreSQL (store/postgres.h, a shared archive server). The store's
// statements are written once, with `?` or `?N` parameters, in the SQL both
// engines share; where the engines differ (schema, full-text search, upsert,
// transactions) the code asks dialect().
// Neither type is thread-safe; both belong to one connection's thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "eventwire/status.h"

namespace eventwire::store {

enum class Dialect { kSqlite, kPostgres };

// A prepared statement. Bind indices are 1-based, column indices 0-based.
// Unbound parameters are NULL.
class Stmt {
 public:
  virtual ~Stmt() = default;

  virtual Stmt& bind(int i, std::string_view text) = 0;
  virtual Stmt& bind(int i, int64_t value) = 0;
  virtual Stmt& bind(int i, double value) = 0;
  virtual Stmt& bind_blob(int i, std::string_view bytes) = 0;
  Stmt& bind(int i, const std::string& text) { return bind(i, std::string_view(text)); }
  Stmt& bind(int i, const char* text) { return bind(i, std::string_view(text)); }
  Stmt& bind(int i, int value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, uint64_t value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, uint32_t value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, bool value) { return bind(i, static_cast<int64_t>(value)); }

  // true: a row is ready; false: done (the statement is reset for reuse,
  // keeping its bindings).
  virtual Result<bool> step() = 0;
  // Steps to completion, for statements that return no rows.
  Status run() {
    for (;;) {
      auto more = step();
      if (!more) return more.status();
      if (!*more) return Status::ok();
    }
  }
  // Back to the start, bindings cleared.
  virtual void reset() = 0;

  virtual std::string text(int col) const = 0;
  // Valid until the next step() or reset().
  virtual std::string_view blob(int col) const = 0;
  virtual int64_t integer(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual bool is_null(int col) const = 0;
};

// The statement time limit of a connection, where the engine checks it on
// the client side (SQLite): while armed, statements stop once the deadline
// has passed.
struct QueryClock {
  int limit_ms = 0;  // 0: no limit
  bool armed = false;
  std::chrono::steady_clock::time_point deadline;
};

// A connection with a cache of prepared statements keyed by their SQL text.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;

  // Statements started while a Timer lives are stopped after the limit.
  virtual void set_time_limit(int ms) = 0;
  class Timer {
   public:
    explicit Timer(QueryClock* clock) : clock_(clock) {
      if (!clock_) return;
      clock_->deadline =
          std::chrono::steady_clock::now() + std::chrono::milliseconds(clock_->limit_ms);
      clock_->armed = clock_->limit_ms > 0;
    }
    ~Timer() {
      if (clock_) clock_->armed = false;
    }
    Timer(const Timer&) = delete;

   private:
    QueryClock* clock_;
  };
  virtual Timer time_query() = 0;

  // One or more statements without parameters or results.
  virtual Status exec(const std::string& sql) = 0;
  // A cached statement, reset and with its bindings cleared.
  virtual Result<Stmt*> prepare(const std::string& sql) = 0;
};

}  // namespace eventwire::store
