// Opening the archive, writing and reading whole documents.
#include <cstdlib>
#include <filesystem>
#include <unordered_map>

#include <ctime>

#include "store/codec.h"
#include "store/impl.h"
#include "store/postgres.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace eventwire {

using store::Stmt;

std::string default_store_path() {
  return "eventwire.db";
}

namespace store {
std::string prefix_upper_bound(const std::string& prefix) {
  std::string upper = prefix;
  while (!upper.empty()) {
    auto last = static_cast<unsigned char>(upper.back());
    if (last < 0xff) {
      upper.back() = static_cast<char>(last + 1);
      return upper;
    }
    upper.pop_back();
  }
  return upper;
}
}  // namespace store

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
const std::string& Store::path() const {
  return impl_->path;
}

namespace {

// Brings a PostgreSQL archive to the current schema version, one migration
// per transaction, under an advisory lock so that workers opening a new
// archive at once apply each migration once.
Status migrate_postgres(store::Connection& db, const std::string& name, bool read_only) {
  auto version = [&]() -> Result<int> {
    auto exists = db.prepare("SELECT to_regclass('meta') IS NOT NULL");
    if (!exists) return exists.status();
    auto row = (*exists)->step();
    if (!row) return row.status();
    bool has_meta = *row && (*exists)->text(0) == "t";
    (*exists)->reset();
    if (!has_meta) return 0;
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
    if (!stmt) return stmt.status();
    auto found = (*stmt)->step();
    if (!found) return found.status();
    int v = *found ? std::atoi((*stmt)->text(0).c_str()) : 0;
    (*stmt)->reset();
    return v;
  };
  auto current = version();
  if (!current) return current.status();
  if (*current == store::kSchemaVersion) return Status::ok();
  if (read_only && *current == store::kReadableSchemaVersion) return Status::ok();
  if (*current > store::kSchemaVersion)
    return Status::unsupported("archive \"" + name + "\" has schema version \"" +
                               std::to_string(*current) + "\"; this build reads " +
                               std::to_string(store::kSchemaVersion));
  if (read_only) return Status::corrupt("archive \"" + name + "\" is empty or not migrated");
  if (Status s = db.exec("SELECT pg_advisory_lock(7021551)"); !s) return s;
  Status result = Status::ok();
  for (const store::Migration& m : store::kPostgresMigrations) {
    auto now = version();  // another process may have migrated meanwhile
    if (!now) {
      result = now.status();
      break;
    }
    if (m.version <= *now) continue;
    std::string sql = std::string("BEGIN;") + m.sql +
                      (m.version == 1 ? "INSERT INTO meta VALUES('schema_version', '1'), "
                                        "('created_by', 'eventwire " EVENTWIRE_VERSION "');"
                                      : "") +
                      "UPDATE meta SET value = '" + std::to_string(m.version) +
                      "' WHERE key = 'schema_version'; COMMIT;";
    if (Status s = db.exec(sql); !s) {
      (void)db.exec("ROLLBACK");
      result = Status::io_error("archive \"" + name + "\": migrating to schema " +
                                std::to_string(m.version) + ": " + s.message());
      break;
    }
  }
  (void)db.exec("SELECT pg_advisory_unlock(7021551)");
  return result;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const StoreOptions& options) {
  if (store::is_postgres_url(path)) {
    auto connection = store::connect_postgres(path, options.read_only, options.query_time_limit_ms);
    if (!connection) return connection.status();
    auto impl = std::make_unique<Impl>(std::move(*connection));
    impl->path = store::redact_url(path);
    impl->read_only = options.read_only;
    if (Status s = migrate_postgres(impl->db, impl->path, options.read_only); !s) return s;
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  }
  if (options.read_only && !std::filesystem::exists(path))
    return Status::not_found("archive \"" + path + "\" does not exist");
  auto sqlite = std::make_unique<store::SqliteConnection>();
  if (Status s = sqlite->open(path, options.read_only, options.busy_timeout_ms); !s) return s;
  auto impl = std::make_unique<Impl>(std::move(sqlite));
  impl->path = path;
  impl->read_only = options.read_only;
  auto& db = impl->db;
  db.set_time_limit(options.query_time_limit_ms);
  // 8 KB pages: an article row (text + blob, ~2 KB) wastes less of a page.
  // WAL: readers never block the writer, and a killed writer leaves the last
  // committed transaction intact. NORMAL sync is durable across process
  // crashes (not power loss), which is what resuming needs.
  if (!options.read_only) {
    if (Status s =
            db.exec("PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        !s)
      return Status::io_error("archive \"" + path + "\": " + s.message());
  }
  if (Status s = db.exec("PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA "
                         "cache_size=-65536; PRAGMA mmap_size=1073741824;");
      !s)
    return s;
  auto version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'");
  if (!version) {
    // No meta table: a new (empty) database, or not ours.
    auto tables = db.prepare("SELECT count(*) FROM sqlite_master");
    if (!tables)
      return Status::corrupt("\"" + path +
                             "\" is not an eventwire archive: " + tables.status().message());
    auto row = (*tables)->step();
    if (!row)
      return Status::corrupt("\"" + path +
                             "\" is not an eventwire archive: " + row.status().message());
    int64_t count = (*tables)->integer(0);
    (*tables)->reset();
    if (count != 0)
      return Status::corrupt("\"" + path + "\" is not an eventwire archive (it has other tables)");
    if (options.read_only) return Status::corrupt("archive \"" + path + "\" is empty");
    std::string sql = std::string("BEGIN;") + store::kSchema + store::kSchema3Indexes +
                      "INSERT INTO meta VALUES('schema_version', '" +
                      std::to_string(store::kSchemaVersion) +
                      "'), ('created_by', 'eventwire " EVENTWIRE_VERSION "'); COMMIT;";
    if (Status s = db.exec(sql); !s) {
      (void)db.exec("ROLLBACK");
      return Status::io_error("creating archive \"" + path + "\": " + s.message());
    }
  } else {
    auto row = (*version)->step();
    if (!row) return row.status();
    std::string found = *row ? (*version)->text(0) : "";
    (*version)->reset();
    // Version 1 archives lack events.modality: their events were all read as
    // asserted, which the column's default says. Version 2 lacks the indexes
    // of version 3 (and is read as it is).
    const std::pair<const char*, std::string> migrations[] = {
        {"1", "ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';"},
        {"2", store::kSchema3Indexes}};
    for (const auto& [from, sql] : migrations) {
      if (found != from || options.read_only) continue;
      std::string to = std::to_string(std::atoi(from) + 1);
      std::string migrate = "BEGIN; " + sql + "UPDATE meta SET value = '" + to +
                            "' WHERE key = 'schema_version'; COMMIT;";
      if (Status s = db.exec(migrate); !s) {
        (void)db.exec("ROLLBACK");
        return Status::io_error("archive \"" + path + "\": migrating to schema " + to + ": " +
                                s.message());
      }
      found = to;
    }
    if (options.read_only && found == std::to_string(store::kReadableSchemaVersion))
      found = std::to_string(store::kSchemaVersion);
    if (found != std::to_string(store::kSchemaVersion))
      return Status::unsupported("archive \"" + path + "\" has schema version \"" + found +
                                 "\"; this build reads " + std::to_string(store::kSchemaVersion));
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Status Store::begin() {
  if (impl_->transaction_depth++ > 0) return Status::ok();
  return impl_->db.exec(impl_->db.dialect() == store::Dialect::kSqlite ? "BEGIN IMMEDIATE"
                                                                       : "BEGIN");
}

Status Store::commit() {
  if (impl_->transaction_depth == 0) return Status::internal("commit without begin");
  if (--impl_->transaction_depth > 0) return Status::ok();
  return impl_->db.exec("COMMIT");
}

Status Store::rollback() {
  if (impl_->transaction_depth == 0) return Status::ok();
  impl_->transaction_depth = 0;
  return impl_->db.exec("ROLLBACK");
}

Status Store::Impl::insert_events(int64_t rowid, const Document& doc) {
  std::unordered_map<std::string, const Place*> places;
  for (const Place& p : doc.places) places[p.id] = &p;
  auto stmt = db.prepare(
      "INSERT INTO events "
      "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,"
      "?24,?25,?26,?27,?28)");
  if (!stmt) return stmt.status();
  Stmt& s = **stmt;
  for (size_t n = 0; n < doc.events.size(); ++n) {
    const Event& e = doc.events[n];
    std::string date = e.date.empty() ? doc.article.date : e.date;
    auto place = places.find(e.location);
    s.reset();
    s.bind(1, rowid)
        .bind(2, static_cast<int64_t>(n))
        .bind(3, e.id)
        .bind(4, e.sentence)
        .bind(5, e.start)
        .bind(6, e.end);
    s.bind(7, date)
        .bind(8, e.code)
        .bind(9, e.root_code)
        .bind(10, e.plover)
        .bind(11, e.quad_class)
        .bind(12, e.goldstein);
    auto arg = [&](int first, const std::optional<EventArgument>& a) {
      s.bind(first, a ? a->actor_code : "")
          .bind(first + 1, a ? a->entity : "")
          .bind(first + 2, a ? a->mention.text : "");
      if (a) s.bind(first + 3, a->mention.start).bind(first + 4, a->mention.end);
    };
    arg(13, e.source);
    arg(18, e.target);
    s.bind(23, e.location).bind(24, place == places.end() ? std::string() : place->second->country);
    s.bind(25, e.negated).bind(26, e.confidence).bind(27, e.evidence_verb).bind(28, e.modality);
    if (Status st = s.run(); !st) return st;
  }
  return Status::ok();
}

namespace {

Status insert_facts(store::Connection& db, int64_t rowid, const Document& doc) {
  std::unordered_map<std::string, const Entity*> entities;
  for (const Entity& e : doc.entities) entities[e.id] = &e;
  auto name_of = [&](const std::string& id) {
    auto it = entities.find(id);
    return it == entities.end() ? std::string() : it->second->name;
  };
  const bool sqlite = db.dialect() == store::Dialect::kSqlite;
  // A repeated entity id or mention replaces the earlier row.
  auto ent = db.prepare(sqlite ? "INSERT OR REPLACE INTO entities VALUES(?1,?2,?3,?4,?5,?6,?7)"
                               : "INSERT INTO entities VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT "
                                 "(article, eid) DO UPDATE SET type = EXCLUDED.type, name = "
                                 "EXCLUDED.name, actor_code = EXCLUDED.actor_code, resolved_by = "
                                 "EXCLUDED.resolved_by, mentions = EXCLUDED.mentions");
  auto men = db.prepare(sqlite ? "INSERT OR REPLACE INTO mentions VALUES(?1,?2,?3,?4,?5,?6)"
                               : "INSERT INTO mentions VALUES(?1,?2,?3,?4,?5,?6) ON CONFLICT "
                                 "(article, eid, n) DO UPDATE SET start = EXCLUDED.start, \"end\" "
                                 "= EXCLUDED.\"end\", sentence = EXCLUDED.sentence");
  auto quo =
      db.prepare("INSERT INTO quotes VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
  auto tim = db.prepare("INSERT INTO times VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
  auto pla = db.prepare("INSERT INTO places VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)");
  for (auto* r : {&ent, &men, &quo, &tim, &pla})
    if (!*r) return r->status();
  for (const Entity& e : doc.entities) {
    Stmt& s = **ent;
    s.reset();
    s.bind(1, rowid)
        .bind(2, e.id)
        .bind(3, e.type)
        .bind(4, e.name)
        .bind(5, e.actor_code)
        .bind(6, e.resolved_by);
    s.bind(7, static_cast<int64_t>(e.mentions.size()));
    if (Status st = s.run(); !st) return st;
    for (size_t n = 0; n < e.mentions.size(); ++n) {
      Stmt& m = **men;
      m.reset();
      m.bind(1, rowid).bind(2, e.id).bind(3, static_cast<int64_t>(n)).bind(4, e.mentions[n].start);
      m.bind(5, e.mentions[n].end).bind(6, e.mentions[n].sentence);
      if (Status st = m.run(); !st) return st;
    }
  }
  for (size_t n = 0; n < doc.quotes.size(); ++n) {
    const Quote& q = doc.quotes[n];
    Stmt& s = **quo;
    s.reset();
    s.bind(1, rowid).bind(2, static_cast<int64_t>(n)).bind(3, q.id).bind(4, q.kind);
    s.bind(5, q.date.empty() ? doc.article.date : q.date)
        .bind(6, q.content.start)
        .bind(7, q.content.end);
    s.bind(8, q.content.text).bind(9, q.speaker ? q.speaker->text : "").bind(10, q.speaker_entity);
    s.bind(11, name_of(q.speaker_entity))
        .bind(12, q.addressee ? q.addressee->text : "")
        .bind(13, q.addressee_entity);
    s.bind(14, name_of(q.addressee_entity));
    if (Status st = s.run(); !st) return st;
  }
  for (size_t n = 0; n < doc.times.size(); ++n) {
    const TimeExpression& t = doc.times[n];
    Stmt& s = **tim;
    s.reset();
    s.bind(1, rowid)
        .bind(2, static_cast<int64_t>(n))
        .bind(3, t.id)
        .bind(4, t.start)
        .bind(5, t.end)
        .bind(6, t.text);
    s.bind(7, t.type).bind(8, t.value);
    if (Status st = s.run(); !st) return st;
  }
  for (size_t n = 0; n < doc.places.size(); ++n) {
    const Place& p = doc.places[n];
    Stmt& s = **pla;
    s.reset();
    s.bind(1, rowid)
        .bind(2, static_cast<int64_t>(n))
        .bind(3, p.id)
        .bind(4, p.start)
        .bind(5, p.end)
        .bind(6, p.text);
    s.bind(7, p.name)
        .bind(8, p.geonames_id)
        .bind(9, p.country)
        .bind(10, p.admin1)
        .bind(11, p.lat)
        .bind(12, p.lon);
    if (Status st = s.run(); !st) return st;
  }
  return Status::ok();
}

}  // namespace

static std::string utc_now() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

Status Store::put(const Document& doc) {
  if (impl_->read_only)
    return Status::unsupported("archive \"" + impl_->path + "\" is open read-only");
  const Article& a = doc.article;
  if (a.id.empty()) return Status::invalid_input("document without an article id");
  auto& db = impl_->db;
  const bool sqlite = db.dialect() == store::Dialect::kSqlite;
  // A savepoint makes the replacement atomic inside or outside a transaction
  // (PostgreSQL has savepoints only inside one: put() then opens its own).
  const bool own = !sqlite && impl_->transaction_depth == 0;
  if (own)
    if (Status s = begin(); !s) return s;
  if (Status s = db.exec("SAVEPOINT put"); !s) return own ? ((void)rollback(), s) : s;
  auto body = [&]() -> Status {
    // SQLite: the old article goes (triggers remove its facts and FTS entry)
    // and the new one gets a new rowid. PostgreSQL: an upsert keeps the rowid
    // and locks the row, so writers racing on one id queue instead of failing;
    // the old facts are removed below.
    if (sqlite) {
      auto del = db.prepare("DELETE FROM articles WHERE id = ?1");
      if (!del) return del.status();
      if (Status s = (*del)->bind(1, a.id).run(); !s) return s;
    }
    auto ins = db.prepare(
        "INSERT INTO "
        "articles(id,date,title,source,url,text,origin_file,origin_record,sentences,tokens,"
        "annotations,annotations_format,stored_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)" +
        std::string(sqlite ? ""
                           : " ON CONFLICT (id) DO UPDATE SET date = EXCLUDED.date, title = "
                             "EXCLUDED.title, source = EXCLUDED.source, url = EXCLUDED.url, text "
                             "= EXCLUDED.text, origin_file = EXCLUDED.origin_file, origin_record "
                             "= EXCLUDED.origin_record, sentences = EXCLUDED.sentences, tokens = "
                             "EXCLUDED.tokens, annotations = EXCLUDED.annotations, "
                             "annotations_format = EXCLUDED.annotations_format, stored_at = "
                             "EXCLUDED.stored_at") +
        " RETURNING rowid");
    if (!ins) return ins.status();
    int64_t tokens = 0;
    for (const Sentence& s : doc.sentences) tokens += static_cast<int64_t>(s.tokens.size());
    Stmt& s = **ins;
    s.bind(1, a.id)
        .bind(2, a.date)
        .bind(3, a.title)
        .bind(4, a.source)
        .bind(5, a.url)
        .bind(6, a.text);
    s.bind(7, a.origin_file)
        .bind(8, a.origin_record)
        .bind(9, static_cast<int64_t>(doc.sentences.size()))
        .bind(10, tokens);
    s.bind_blob(11, store::encode_annotations(doc)).bind(12, store::kBlobFormat);
    s.bind(13, utc_now());
    auto row = s.step();
    if (!row) return row.status();
    if (!*row) return Status::internal("INSERT … RETURNING gave no row");
    int64_t rowid = s.integer(0);
    if (Status st = s.run(); !st) return st;
    if (!sqlite)
      for (const char* table : {"entities", "mentions", "events", "quotes", "times", "places"}) {
        auto clear = db.prepare(std::string("DELETE FROM ") + table + " WHERE article = ?1");
        if (!clear) return clear.status();
        if (Status st = (*clear)->bind(1, rowid).run(); !st) return st;
      }
    if (Status st = insert_facts(db, rowid, doc); !st) return st;
    return impl_->insert_events(rowid, doc);
  };
  Status status = body();
  if (!status) {
    (void)db.exec("ROLLBACK TO SAVEPOINT put; RELEASE SAVEPOINT put");
    if (own) (void)rollback();
    return Status(status.code() == Status::Code::kInvalidInput
                      ? Status::io_error("storing \"" + a.id + "\": " + status.message())
                      : status);
  }
  if (Status s = db.exec("RELEASE SAVEPOINT put"); !s) return own ? ((void)rollback(), s) : s;
  return own ? commit() : Status::ok();
}

Result<bool> Store::contains(const std::string& id) {
  auto stmt = impl_->db.prepare("SELECT 1 FROM articles WHERE id = ?1");
  if (!stmt) return stmt.status();
  auto row = (*stmt)->bind(1, id).step();
  if (!row) return row.status();
  (*stmt)->reset();
  return *row;
}

Status Store::remove(const std::string& id) {
  if (impl_->read_only)
    return Status::unsupported("archive \"" + impl_->path + "\" is open read-only");
  auto stmt = impl_->db.prepare("DELETE FROM articles WHERE id = ?1");
  if (!stmt) return stmt.status();
  return (*stmt)->bind(1, id).run();
}

Result<Document> Store::Impl::read_document(const Stmt& stmt, int first) {
  Document doc;
  Article& a = doc.article;
  a.id = stmt.text(first), a.date = stmt.text(first + 1), a.title = stmt.text(first + 2);
  a.source = stmt.text(first + 3), a.url = stmt.text(first + 4), a.text = stmt.text(first + 5);
  a.origin_file = stmt.text(first + 6),
  a.origin_record = static_cast<uint64_t>(stmt.integer(first + 7));
  if (Status s = store::decode_annotations(stmt.blob(first + 8),
                                           static_cast<int>(stmt.integer(first + 9)), doc);
      !s)
    return s;
  return doc;
}

Result<Document> Store::get(const std::string& id) {
  auto timer = impl_->db.time_query();
  auto stmt = impl_->db.prepare(
      "SELECT "
      "id,date,title,source,url,text,origin_file,origin_record,annotations,annotations_format FROM "
      "articles "
      "WHERE id = ?1");
  if (!stmt) return stmt.status();
  auto row = (*stmt)->bind(1, id).step();
  if (!row) return row.status();
  if (!*row) return Status::not_found("article \"" + id + "\" is not in the archive");
  auto doc = Impl::read_document(**stmt, 0);
  (*stmt)->reset();
  return doc;
}

}  // namespace eventwire
