// The SQLite connection (store/db.h): thin RAII wrappers over the C API,
// private to the store. Neither type is thread-safe; both belong to one
// connection's thread.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "eventwire/status.h"
#include "store/db.h"

namespace eventwire::store {

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbClose>;

inline int on_progress(void* self) {
  auto* clock = static_cast<QueryClock*>(self);
  return clock->armed && std::chrono::steady_clock::now() > clock->deadline ? 1 : 0;
}

class SqliteStmt final : public Stmt {
 public:
  SqliteStmt(sqlite3* db, sqlite3_stmt* stmt, const QueryClock* clock = nullptr)
      : db_(db), stmt_(stmt), clock_(clock) {}
  SqliteStmt(const SqliteStmt&) = delete;
  ~SqliteStmt() override { sqlite3_finalize(stmt_); }

  using Stmt::bind;
  Stmt& bind(int i, std::string_view text) override {
    sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& bind(int i, int64_t value) override {
    sqlite3_bind_int64(stmt_, i, value);
    return *this;
  }
  Stmt& bind(int i, double value) override {
    sqlite3_bind_double(stmt_, i, value);
    return *this;
  }
  Stmt& bind_blob(int i, std::string_view bytes) override {
    sqlite3_bind_blob(stmt_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
  }

  Result<bool> step() override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    sqlite3_reset(stmt_);
    if (rc == SQLITE_DONE) return false;
    return error(rc);
  }
  void reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  std::string text(int col) const override {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::string_view blob(int col) const override {
    auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string_view();
  }
  int64_t integer(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const override { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

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

class SqliteConnection final : public Connection {
 public:
  Dialect dialect() const override { return Dialect::kSqlite; }
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

  void set_time_limit(int ms) override {
    clock_->limit_ms = ms;
    sqlite3_progress_handler(db_.get(), ms > 0 ? 1000 : 0, ms > 0 ? &on_progress : nullptr,
                             clock_.get());
  }
  Timer time_query() override { return Timer(clock_.get()); }

  Status exec(const std::string& sql) override {
    char* message = nullptr;
    int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return Status::ok();
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) return Status::corrupt("sqlite: " + text);
    return Status::io_error("sqlite: " + text);
  }

  Result<Stmt*> prepare(const std::string& sql) override {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
      sqlite3_stmt* stmt = nullptr;
      int rc =
          sqlite3_prepare_v3(db_.get(), sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK)
        return Status::internal(std::string("sqlite: ") + sqlite3_errmsg(db_.get()) +
                                " in: " + sql);
      it = cache_.emplace(sql, std::make_unique<SqliteStmt>(db_.get(), stmt, clock_.get())).first;
    }
    it->second->reset();
    return it->second.get();
  }

  // Statements are finalized before the connection closes.
  ~SqliteConnection() override { cache_.clear(); }

 private:
  DbHandle db_;
  std::unique_ptr<QueryClock> clock_ = std::make_unique<QueryClock>();  // stable address for SQLite
  std::map<std::string, std::unique_ptr<SqliteStmt>> cache_;
};

}  // namespace eventwire::store
