// The PostgreSQL connection over libpq (store/postgres.h).
#include "store/postgres.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <vector>

#ifdef EVENTWIRE_HAVE_POSTGRES
#include <libpq-fe.h>
#endif

namespace eventwire::store {

bool is_postgres_url(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string redact_url(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  size_t at = url.find('@', scheme + 3);
  if (at == std::string::npos) return url;
  size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

#ifndef EVENTWIRE_HAVE_POSTGRES

Result<std::unique_ptr<Connection>> connect_postgres(const std::string& url, bool, int) {
  return Status::unsupported("archive \"" + redact_url(url) +
                             "\": this build has no PostgreSQL support (configure with "
                             "-DEVENTWIRE_POSTGRES=ON and libpq-dev installed)");
}

#else

namespace {

struct ResultFree {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultHandle = std::unique_ptr<PGresult, ResultFree>;
struct ConnFinish {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using ConnHandle = std::unique_ptr<PGconn, ConnFinish>;

// The error of a failed result, as a Status of the store's kinds.
Status error_of(PGconn* conn, const PGresult* result, int time_limit_ms) {
  std::string message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string code = state ? state : "";
  if (code == "57014" && time_limit_ms > 0)
    return Status::io_error("the query was stopped after " + std::to_string(time_limit_ms) +
                            " ms (the statement time limit): narrow it with filters or dates");
  if (PQstatus(conn) != CONNECTION_OK) return Status::io_error("postgresql: " + message);
  if (code.rfind("XX", 0) == 0) return Status::corrupt("postgresql: " + message);
  // Syntax, data and constraint errors: what SQLite reports as SQLITE_ERROR.
  if (code.rfind("42", 0) == 0 || code.rfind("22", 0) == 0 || code.rfind("23", 0) == 0)
    return Status::invalid_input("postgresql: " + message);
  return Status::io_error("postgresql: " + message);
}

// `?N` → `$N`, `?` → the next number; quoted text and identifiers are copied.
std::string to_dollar_params(const std::string& sql) {
  std::string out;
  int next = 1;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c != '?') {
      out += c;
      continue;
    }
    size_t j = i + 1;
    while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') ++j;
    if (j > i + 1) {
      out += '$' + sql.substr(i + 1, j - i - 1);
      i = j - 1;
    } else {
      out += '$' + std::to_string(next++);
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

class PgStmt final : public Stmt {
 public:
  PgStmt(PGconn* conn, std::string name, int params, const int* time_limit_ms)
      : conn_(conn), name_(std::move(name)), time_limit_ms_(time_limit_ms) {
    values_.resize(static_cast<size_t>(params));
    binary_.resize(static_cast<size_t>(params), 0);
  }

  using Stmt::bind;
  Stmt& bind(int i, std::string_view text) override { return set(i, std::string(text), false); }
  Stmt& bind(int i, int64_t value) override { return set(i, std::to_string(value), false); }
  Stmt& bind(int i, double value) override {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return set(i, buffer, false);
  }
  Stmt& bind_blob(int i, std::string_view bytes) override {
    return set(i, std::string(bytes), true);
  }

  Result<bool> step() override {
    if (!result_) {
      std::vector<const char*> values(values_.size());
      std::vector<int> lengths(values_.size()), formats(values_.size());
      for (size_t i = 0; i < values_.size(); ++i) {
        values[i] = values_[i] ? values_[i]->data() : nullptr;
        lengths[i] = values_[i] ? static_cast<int>(values_[i]->size()) : 0;
        formats[i] = binary_[i];
      }
      result_.reset(PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()),
                                   values.data(), lengths.data(), formats.data(), 0));
      ExecStatusType status = result_ ? PQresultStatus(result_.get()) : PGRES_FATAL_ERROR;
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Status error = error_of(conn_, result_.get(), *time_limit_ms_);
        result_.reset();
        return error;
      }
      row_ = -1;
    }
    if (++row_ < PQntuples(result_.get())) return true;
    result_.reset();  // done: ready to run again with the same bindings
    return false;
  }
  void reset() override {
    result_.reset();
    for (auto& v : values_) v.reset();
    std::fill(binary_.begin(), binary_.end(), 0);
  }

  std::string text(int col) const override {
    return std::string(PQgetvalue(result_.get(), row_, col),
                       static_cast<size_t>(PQgetlength(result_.get(), row_, col)));
  }
  std::string_view blob(int col) const override {
    // Text-format bytea: "\x" and two hex digits a byte.
    const char* p = PQgetvalue(result_.get(), row_, col);
    size_t n = static_cast<size_t>(PQgetlength(result_.get(), row_, col));
    blob_.clear();
    if (n >= 2 && p[0] == '\\' && p[1] == 'x') {
      blob_.reserve((n - 2) / 2);
      for (size_t i = 2; i + 1 < n; i += 2)
        blob_ += static_cast<char>(hex_value(p[i]) * 16 + hex_value(p[i + 1]));
    }
    return blob_;
  }
  int64_t integer(int col) const override {
    const char* v = PQgetvalue(result_.get(), row_, col);
    if (v[0] == 't' && v[1] == 0) return 1;  // a boolean, as SQLite's 1 and 0
    return std::strtoll(v, nullptr, 10);
  }
  double real(int col) const override {
    return std::strtod(PQgetvalue(result_.get(), row_, col), nullptr);
  }
  bool is_null(int col) const override { return PQgetisnull(result_.get(), row_, col) != 0; }

 private:
  Stmt& set(int i, std::string value, bool binary) {
    if (i >= 1 && static_cast<size_t>(i) <= values_.size()) {
      values_[static_cast<size_t>(i - 1)] = std::move(value);
      binary_[static_cast<size_t>(i - 1)] = binary ? 1 : 0;
    }
    return *this;
  }

  PGconn* conn_;
  std::string name_;
  const int* time_limit_ms_;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> binary_;
  ResultHandle result_;
  int row_ = -1;
  mutable std::string blob_;
};

class PgConnection final : public Connection {
 public:
  explicit PgConnection(ConnHandle conn) : conn_(std::move(conn)) {}
  ~PgConnection() override { cache_.clear(); }

  Dialect dialect() const override { return Dialect::kPostgres; }
  void set_time_limit(int ms) override {
    time_limit_ms_ = ms;
    (void)exec("SET statement_timeout = " + std::to_string(std::max(0, ms)));
  }
  // The server enforces statement_timeout; nothing to arm here.
  Timer time_query() override { return Timer(nullptr); }

  Status exec(const std::string& sql) override {
    ResultHandle r(PQexec(conn_.get(), sql.c_str()));
    ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Status::ok();
    return error_of(conn_.get(), r.get(), time_limit_ms_);
  }

  Result<Stmt*> prepare(const std::string& sql) override {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
      std::string name = "ew" + std::to_string(cache_.size() + 1);
      std::string translated = to_dollar_params(sql);
      ResultHandle r(PQprepare(conn_.get(), name.c_str(), translated.c_str(), 0, nullptr));
      if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK)
        return Status::internal(error_of(conn_.get(), r.get(), 0).message() + " in: " + sql);
      ResultHandle d(PQdescribePrepared(conn_.get(), name.c_str()));
      if (!d || PQresultStatus(d.get()) != PGRES_COMMAND_OK)
        return error_of(conn_.get(), d.get(), 0);
      it = cache_
               .emplace(sql, std::make_unique<PgStmt>(conn_.get(), name, PQnparams(d.get()),
                                                      &time_limit_ms_))
               .first;
    }
    it->second->reset();
    return it->second.get();
  }

 private:
  ConnHandle conn_;
  int time_limit_ms_ = 0;
  std::map<std::string, std::unique_ptr<PgStmt>> cache_;
};

}  // namespace

Result<std::unique_ptr<Connection>> connect_postgres(const std::string& url, bool read_only,
                                                     int query_time_limit_ms) {
  ConnHandle conn(PQconnectdb(url.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    std::string message = conn ? PQerrorMessage(conn.get()) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
      message.pop_back();
    return Status::io_error("cannot open archive \"" + redact_url(url) + "\": " + message);
  }
  auto connection = std::make_unique<PgConnection>(std::move(conn));
  if (Status s = connection->exec("SET client_min_messages = warning"); !s) return s;
  if (read_only)
    if (Status s = connection->exec("SET default_transaction_read_only = on"); !s) return s;
  connection->set_time_limit(query_time_limit_ms);
  return std::unique_ptr<Connection>(std::move(connection));
}

#endif

}  // namespace eventwire::store
