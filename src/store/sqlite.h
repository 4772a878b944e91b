// Thin RAII wrappers over the SQLite C API, private to the store.
// Neither type is thread-safe; both belong to one connection's thread.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "eventwire/status.h"

namespace eventwire::store {

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbClose>;

// The statement time limit of a connection: while armed, SQLite's progress
// handler interrupts any statement once the deadline has passed.
struct QueryClock {
  int limit_ms = 0;  // 0: no limit
  bool armed = false;
  std::chrono::steady_clock::time_point deadline;
  static int on_progress(void* self) {
    auto* clock = static_cast<QueryClock*>(self);
    return clock->armed && std::chrono::steady_clock::now() > clock->deadline ? 1 : 0;
  }
};

// A prepared statement. Bind indices are 1-based, column indices 0-based.
class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* stmt, const QueryClock* clock = nullptr)
      : db_(db), stmt_(stmt), clock_(clock) {}
  Stmt(Stmt&& other) noexcept : db_(other.db_), stmt_(other.stmt_), clock_(other.clock_) {
    other.stmt_ = nullptr;
  }
  Stmt& operator=(Stmt&& other) noexcept {
    std::swap(db_, other.db_);
    std::swap(stmt_, other.stmt_);
    std::swap(clock_, other.clock_);
    return *this;
  }
  Stmt(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(stmt_); }

  Stmt& bind(int i, std::string_view text) {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, const std::string& text) { return bind(i, std::string_view(text)); }
  Stmt& bind(int i, const char* text) { return bind(i, std::string_view(text)); }
  Stmt& bind(int i, int64_t value) {
    sqlite3_bind_int64(stmt_, i, value);
    return *this;
  }
  Stmt& bind(int i, int value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, uint64_t value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, uint32_t value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind(int i, double value) {
    sqlite3_bind_double(stmt_, i, value);
    return *this;
  }
  Stmt& bind(int i, bool value) { return bind(i, static_cast<int64_t>(value)); }
  Stmt& bind_blob(int i, std::string_view bytes) {
    sqlite3_bind_blob(stmt_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
  }

  // true: a row is ready; false: done (the statement is reset for reuse).
  Result<bool> step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    sqlite3_reset(stmt_);
    if (rc == SQLITE_DONE) return false;
    return error(rc);
  }
  // Steps to completion, for statements that return no rows.
  Status run() {
    for (;;) {
      auto more = step();
      if (!more) return more.status();
      if (!*more) return Status::ok();
    }
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  std::string text(int col) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::string_view blob(int col) const {
    auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string_view();
  }
  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

  Status error(int rc) const {
    if (rc == SQLITE_INTERRUPT && clock_ && clock_->limit_ms > 0)
      return Status::io_error("the query was stopped after " + std::to_string(clock_->limit_ms) +
                              " ms (the statement time limit): narrow it with filters or dates");
    std::string message = sqlite3_errmsg(db_);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return Status::corrupt("sqlite: " + message);
    if (rc == SQLITE_ERROR) return Status::invalid_input("sqlite: " + message);
    return Status::io_error("sqlite: " + message);
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  const QueryClock* clock_ = nullptr;
};

// A connection with a cache of prepared statements keyed by their SQL text.
class Connection {
 public:
  Status open(const std::string& path, bool read_only, int busy_timeout_ms) {
    sqlite3* db = nullptr;
    int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    db_.reset(db);
    if (rc != SQLITE_OK)
      return Status::io_error("cannot open archive \"" + path +
                              "\": " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_busy_timeout(db, busy_timeout_ms);
    sqlite3_extended_result_codes(db, 0);
    return Status::ok();
  }
  sqlite3* get() const { return db_.get(); }

  // Statements started while a Timer lives are stopped after `ms`.
  void set_time_limit(int ms) {
    clock_->limit_ms = ms;
    sqlite3_progress_handler(db_.get(), ms > 0 ? 1000 : 0,
                             ms > 0 ? &QueryClock::on_progress : nullptr, clock_.get());
  }
  class Timer {
   public:
    explicit Timer(QueryClock& clock) : clock_(clock) {
      clock_.deadline =
          std::chrono::steady_clock::now() + std::chrono::milliseconds(clock_.limit_ms);
      clock_.armed = clock_.limit_ms > 0;
    }
    ~Timer() { clock_.armed = false; }
    Timer(const Timer&) = delete;

   private:
    QueryClock& clock_;
  };
  Timer time_query() { return Timer(*clock_); }

  Status exec(const std::string& sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return Status::ok();
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return Status::corrupt("sqlite: " + text);
    return Status::io_error("sqlite: " + text);
  }

  // A cached statement, reset and with its bindings cleared.
  Result<Stmt*> prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
      sqlite3_stmt* stmt = nullptr;
      int rc =
          sqlite3_prepare_v3(db_.get(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK)
        return Status::internal(std::string("sqlite: ") + sqlite3_errmsg(db_.get()) +
                                " in: " + sql);
      it = cache_.emplace(sql, Stmt(db_.get(), stmt, clock_.get())).first;
    }
    it->second.reset();
    return &it->second;
  }

  // Statements are finalized before the connection closes.
  ~Connection() { cache_.clear(); }

 private:
  DbHandle db_;
  std::unique_ptr<QueryClock> clock_ = std::make_unique<QueryClock>();  // stable address for SQLite
  std::map<std::string, Stmt> cache_;
};

}  // namespace eventwire::store
