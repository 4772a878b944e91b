// The archive schema (docs/store.md), private to the store.
#pragma once

namespace eventwire::store {

// 2: events.modality; 3: covering indexes for the network and actor counts.
inline constexpr int kSchemaVersion = 3;
// An archive of this version reads as the current one (only indexes differ);
// a writer migrates it.
inline constexpr int kReadableSchemaVersion = 2;

// Schema 3: the whole-archive GROUP BYs of the network (dyads) and actor
// counts read these indexes alone, in order: 16× and 10× faster on 100,000
// articles than through events_source / entities_actor and the table.
inline constexpr const char* kSchema3Indexes = R"sql(
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_actor, target_actor);
CREATE INDEX IF NOT EXISTS entities_actor_name ON entities(actor_code, name);
)sql";

// Applied once to an empty database, in one transaction.
inline constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL, title TEXT NOT NULL, source TEXT NOT NULL, url TEXT NOT NULL,
  text TEXT NOT NULL,
  origin_file TEXT NOT NULL, origin_record INTEGER NOT NULL,
  sentences INTEGER NOT NULL, tokens INTEGER NOT NULL,
  annotations BLOB NOT NULL, annotations_format INTEGER NOT NULL,
  stored_at TEXT NOT NULL);
CREATE INDEX articles_date ON articles(date, sentences, tokens);
CREATE INDEX articles_source ON articles(source, date);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
CREATE TABLE entities(
  article INTEGER NOT NULL, eid TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  actor_code TEXT NOT NULL, resolved_by TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY(article, eid)) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor_code, article);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE TABLE mentions(
  article INTEGER NOT NULL, eid TEXT NOT NULL, n INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
  PRIMARY KEY(article, eid, n)) WITHOUT ROWID;
CREATE TABLE events(
  article INTEGER NOT NULL, n INTEGER NOT NULL, vid TEXT NOT NULL, sentence INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT NOT NULL,
  code TEXT NOT NULL, root_code TEXT NOT NULL, plover TEXT NOT NULL, quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  source_actor TEXT NOT NULL, source_entity TEXT NOT NULL, source_text TEXT NOT NULL,
  source_start INTEGER, source_end INTEGER,
  target_actor TEXT NOT NULL, target_entity TEXT NOT NULL, target_text TEXT NOT NULL,
  target_start INTEGER, target_end INTEGER,
  location TEXT NOT NULL, country TEXT NOT NULL, negated INTEGER NOT NULL, confidence REAL NOT NULL,
  evidence_verb TEXT NOT NULL, modality TEXT NOT NULL DEFAULT 'asserted',
  PRIMARY KEY(article, n));
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_actor, date);
CREATE INDEX events_target ON events(target_actor, date);
CREATE INDEX events_code ON events(code, date);
CREATE INDEX events_root ON events(root_code, date);
CREATE INDEX events_country ON events(country, date);
CREATE TABLE quotes(
  article INTEGER NOT NULL, n INTEGER NOT NULL, qid TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL,
  speaker_text TEXT NOT NULL, speaker_entity TEXT NOT NULL, speaker_name TEXT NOT NULL,
  addressee_text TEXT NOT NULL, addressee_entity TEXT NOT NULL, addressee_name TEXT NOT NULL,
  PRIMARY KEY(article, n));
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
CREATE TABLE times(
  article INTEGER NOT NULL, n INTEGER NOT NULL, tid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY(article, n)) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);
CREATE TABLE places(
  article INTEGER NOT NULL, n INTEGER NOT NULL, pid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, name TEXT NOT NULL, geonames_id INTEGER NOT NULL, country TEXT NOT NULL,
  admin1 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  PRIMARY KEY(article, n)) WITHOUT ROWID;
CREATE INDEX places_country ON places(country);
CREATE INDEX places_geonames ON places(geonames_id);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  DELETE FROM entities WHERE article = old.rowid;
  DELETE FROM mentions WHERE article = old.rowid;
  DELETE FROM events WHERE article = old.rowid;
  DELETE FROM quotes WHERE article = old.rowid;
  DELETE FROM times WHERE article = old.rowid;
  DELETE FROM places WHERE article = old.rowid;
END;
)sql";

// PostgreSQL: the same logical schema (docs/store.md, side by side). Text
// compares bytewise (COLLATE "C") as in SQLite, so prefix ranges and orders
// agree; full text is a generated tsvector (title weight A, body B) under a
// GIN index; fact rows go with their article by ON DELETE CASCADE.
// Migrations are applied in order, each in one transaction under an advisory
// lock (workers opening a new archive at once do not race).
struct Migration {
  int version;
  const char* sql;
};
inline constexpr Migration kPostgresMigrations[] = {
    {1, R"sql(
CREATE TABLE meta(key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL);
CREATE TABLE articles(
  rowid BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  date TEXT COLLATE "C" NOT NULL, title TEXT COLLATE "C" NOT NULL,
  source TEXT COLLATE "C" NOT NULL, url TEXT COLLATE "C" NOT NULL,
  text TEXT COLLATE "C" NOT NULL,
  origin_file TEXT COLLATE "C" NOT NULL, origin_record BIGINT NOT NULL,
  sentences BIGINT NOT NULL, tokens BIGINT NOT NULL,
  annotations BYTEA NOT NULL, annotations_format INTEGER NOT NULL,
  stored_at TEXT COLLATE "C" NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', text), 'B'))
    STORED);
CREATE INDEX articles_date ON articles(date, sentences, tokens);
CREATE INDEX articles_source ON articles(source, date);
CREATE INDEX articles_fts ON articles USING GIN(fts);
CREATE TABLE entities(
  article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  eid TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL,
  actor_code TEXT COLLATE "C" NOT NULL, resolved_by TEXT COLLATE "C" NOT NULL,
  mentions BIGINT NOT NULL,
  PRIMARY KEY(article, eid));
CREATE INDEX entities_actor ON entities(actor_code, article);
CREATE INDEX entities_name ON entities(lower(name));
CREATE TABLE mentions(
  article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  eid TEXT COLLATE "C" NOT NULL, n BIGINT NOT NULL,
  start BIGINT NOT NULL, "end" BIGINT NOT NULL, sentence BIGINT NOT NULL,
  PRIMARY KEY(article, eid, n));
CREATE TABLE events(
  article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  n BIGINT NOT NULL, vid TEXT COLLATE "C" NOT NULL, sentence BIGINT NOT NULL,
  start BIGINT NOT NULL, "end" BIGINT NOT NULL, date TEXT COLLATE "C" NOT NULL,
  code TEXT COLLATE "C" NOT NULL, root_code TEXT COLLATE "C" NOT NULL,
  plover TEXT COLLATE "C" NOT NULL, quad_class BIGINT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  source_actor TEXT COLLATE "C" NOT NULL, source_entity TEXT COLLATE "C" NOT NULL,
  source_text TEXT COLLATE "C" NOT NULL, source_start BIGINT, source_end BIGINT,
  target_actor TEXT COLLATE "C" NOT NULL, target_entity TEXT COLLATE "C" NOT NULL,
  target_text TEXT COLLATE "C" NOT NULL, target_start BIGINT, target_end BIGINT,
  location TEXT COLLATE "C" NOT NULL, country TEXT COLLATE "C" NOT NULL, negated BIGINT NOT NULL,
  confidence DOUBLE PRECISION NOT NULL, evidence_verb TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY(article, n));
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source_actor, date);
CREATE INDEX events_target ON events(target_actor, date);
CREATE INDEX events_code ON events(code, date);
CREATE INDEX events_root ON events(root_code, date);
CREATE INDEX events_country ON events(country, date);
CREATE TABLE quotes(
  article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  n BIGINT NOT NULL, qid TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL,
  date TEXT COLLATE "C" NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL,
  content TEXT COLLATE "C" NOT NULL,
  speaker_text TEXT COLLATE "C" NOT NULL, speaker_entity TEXT COLLATE "C" NOT NULL,
  speaker_name TEXT COLLATE "C" NOT NULL, addressee_text TEXT COLLATE "C" NOT NULL,
  addressee_entity TEXT COLLATE "C" NOT NULL, addressee_name TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY(article, n));
CREATE INDEX quotes_speaker ON quotes(lower(speaker_name));
CREATE TABLE times(
  article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  n BIGINT NOT NULL, tid TEXT COLLATE "C" NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL,
  text TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C" NOT NULL, value TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY(article, n));
CREATE INDEX times_value ON times(value);
CREATE TABLE places(
  article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  n BIGINT NOT NULL, pid TEXT COLLATE "C" NOT NULL, start BIGINT NOT NULL, "end" BIGINT NOT NULL,
  text TEXT COLLATE "C" NOT NULL, name TEXT COLLATE "C" NOT NULL, geonames_id BIGINT NOT NULL,
  country TEXT COLLATE "C" NOT NULL, admin1 TEXT COLLATE "C" NOT NULL,
  lat DOUBLE PRECISION NOT NULL, lon DOUBLE PRECISION NOT NULL,
  PRIMARY KEY(article, n));
CREATE INDEX places_country ON places(country);
CREATE INDEX places_geonames ON places(geonames_id);
)sql"},
    {2, R"sql(
ALTER TABLE events ADD COLUMN modality TEXT COLLATE "C" NOT NULL DEFAULT 'asserted';
-- SQLite's implicit rowid of an event (the page's queries pick events by it).
ALTER TABLE events ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX events_rowid ON events(rowid);
)sql"},
    {3, R"sql(
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_actor, target_actor);
CREATE INDEX IF NOT EXISTS entities_actor_name ON entities(actor_code, name);
)sql"},
};
static_assert(sizeof(kPostgresMigrations) / sizeof(kPostgresMigrations[0]) == kSchemaVersion,
              "one PostgreSQL migration per schema version");

}  // namespace eventwire::store
