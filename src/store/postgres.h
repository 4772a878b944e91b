// The PostgreSQL connection (store/db.h) over libpq, private to the store.
// `?` and `?N` parameters become `$N`; values travel as text, blobs as
// binary bytea. Neither type is thread-safe; both belong to one connection's
// thread.
#pragma once

#include <memory>
#include <string>

#include "store/db.h"

namespace eventwire::store {

// postgresql://… or postgres://… (a libpq connection URI).
bool is_postgres_url(const std::string& path);
// The URL with any password replaced by "***", for messages.
std::string redact_url(const std::string& url);

// Connects; kUnsupported when this build has no libpq.
Result<std::unique_ptr<Connection>> connect_postgres(const std::string& url, bool read_only,
                                                     int query_time_limit_ms);

}  // namespace eventwire::store
