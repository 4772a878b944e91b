// For tests only: the archive a test writes to. SQLite by default (a file in
// the test's folder); a fresh PostgreSQL database of the server named by
// $EVENTWIRE_TEST_POSTGRES when set (ctest archive_postgres starts one with
// scripts/pg-temp), so that the same tests check both backends.
#pragma once

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace eventwire::testing_db {

inline std::string postgres_server() {
  const char* url = std::getenv("EVENTWIRE_TEST_POSTGRES");
  return url ? url : "";
}
inline bool postgres() {
  return !postgres_server().empty();
}

// A new, empty archive named after `name` (letters, digits and _ kept):
// `dir`/name.db, or the database name on the test server, dropped and created
// again through psql. Empty when psql fails.
inline std::string fresh_archive(const std::filesystem::path& dir, const std::string& name) {
  if (!postgres()) return (dir / (name + ".db")).string();
  std::string db = "ew_";
  for (char c : name)
    db += std::isalnum(static_cast<unsigned char>(c))
              ? static_cast<char>(std::tolower(static_cast<unsigned char>(c)))
              : '_';
  db = db.substr(0, 60);
  std::string server = postgres_server();
  std::string command = "psql -q -X -v ON_ERROR_STOP=1 -v VERBOSITY=terse '" + server +
                        "' -c 'DROP DATABASE IF EXISTS " + db +
                        " WITH (FORCE)' -c 'CREATE DATABASE " + db + "' >/dev/null 2>&1";
  if (std::system(command.c_str()) != 0) return "";
  return server.substr(0, server.rfind('/') + 1) + db;
}

}  // namespace eventwire::testing_db
