// Store internals shared by the store's source files.
#pragma once

#include <memory>
#include <string>

#include "eventwire/store.h"
#include "store/db.h"

namespace eventwire {

struct Store::Impl {
  explicit Impl(std::unique_ptr<store::Connection> connection)
      : conn(std::move(connection)), db(*conn) {}
  std::unique_ptr<store::Connection> conn;
  store::Connection& db;  // SQLite or PostgreSQL (store/db.h)
  std::string path;
  bool read_only = false;
  int transaction_depth = 0;

  // The article and its annotation blob → Document; `stmt` is positioned on a
  // row of (id, date, title, source, url, text, origin_file, origin_record,
  // annotations, annotations_format) starting at column `first`.
  static Result<Document> read_document(const store::Stmt& stmt, int first);
  Status insert_events(int64_t rowid, const Document& doc);
};

namespace store {
// The smallest string greater than every string with this prefix ("" when
// none exists), for index range scans: prefix <= x < upper.
std::string prefix_upper_bound(const std::string& prefix);
}  // namespace store

}  // namespace eventwire
