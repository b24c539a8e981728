import GRDB

/// The index's tables, and the versions that decide whether an index on disk can be used.
enum IndexSchema {
  /// The layout of the tables; an index written with another layout is rebuilt. 3: each
  /// article's library row (label, words, analysis key) kept beside its text.
  static let version = 3
  /// What CorpusKit computes that the index keeps (reading, cleaning, segmenting). Raise it
  /// when a change to CorpusKit would clean or segment differently: the index is then rebuilt.
  static let engineVersion = "corpuskit-1"
  /// The cleaner that made the stored cleanings: the engine version and the running program's
  /// build (`AnalysisVersion.build`). A rebuilt program may clean differently though nobody
  /// raised `engineVersion`, so its first open cleans the stored records again (no file is
  /// read) instead of restoring what the old build made.
  static let cleaner = engineVersion + "/" + AnalysisVersion.build

  /// Whether the stored cleanings were made by `cleaner` (the meta row is written by `load`
  /// each time it cleans; an index without it cleans again once).
  static func cleaned(by cleaner: String, _ db: Database) throws -> Bool {
    try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'cleaner'") == cleaner
  }

  /// Records that the stored cleanings are `cleaner`'s.
  static func markCleaned(by cleaner: String, _ db: Database) throws {
    try db.execute(
      sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('cleaner', ?)", arguments: [cleaner])
  }

  /// Creates the tables in an empty database.
  static func create(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE files(
          path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,
          hash INTEGER NOT NULL, warnings TEXT NOT NULL);
        CREATE TABLE articles(
          rowid INTEGER PRIMARY KEY, file TEXT NOT NULL, seq INTEGER NOT NULL,
          raw_id TEXT NOT NULL, id TEXT NOT NULL, path TEXT NOT NULL, text TEXT NOT NULL,
          raw_title TEXT, raw_date TEXT, raw_outlet TEXT, url TEXT, format TEXT NOT NULL,
          raw_kinds TEXT, title_candidates TEXT NOT NULL,
          kinds TEXT NOT NULL, title TEXT, date TEXT, outlet TEXT, body TEXT NOT NULL,
          label TEXT NOT NULL, words INTEGER NOT NULL, doc_key INTEGER NOT NULL,
          UNIQUE(file, seq));
        CREATE TABLE results(
          name TEXT PRIMARY KEY, version TEXT NOT NULL, corpus_key TEXT NOT NULL,
          value BLOB NOT NULL);
        CREATE TABLE doc_mentions(
          doc_key INTEGER PRIMARY KEY, version TEXT NOT NULL, value BLOB NOT NULL);
        CREATE VIRTUAL TABLE articles_fts USING fts5(
          body, content='articles', content_rowid='rowid',
          tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts(rowid, body) VALUES (new.rowid, new.body);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, body) VALUES('delete', old.rowid, old.body);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF body ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, body) VALUES('delete', old.rowid, old.body);
          INSERT INTO articles_fts(rowid, body) VALUES (new.rowid, new.body);
        END;
        """)
    try db.execute(
      sql: "INSERT INTO meta(key, value) VALUES ('schema', ?), ('engine', ?)",
      arguments: [String(version), engineVersion])
  }

  /// The library's columns in an index of their own, so that reopening reads them without
  /// the pages of the articles' texts (at 100k articles the table is 500 MB; the row index
  /// a few MB), and the table of pairs' alignments. Added to an index that lacks them.
  static func addRowIndex(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX IF NOT EXISTS articles_rows ON articles(
          file, seq, raw_id, id, path, label, date, outlet, words, format, doc_key)
        """)
    try db.execute(
      sql: """
        CREATE TABLE IF NOT EXISTS alignments(
          pair TEXT PRIMARY KEY, version TEXT NOT NULL, value BLOB NOT NULL)
        """)
  }

  /// Why an existing database cannot be used as it is, or nil when it can.
  static func problem(_ db: Database) throws -> String? {
    guard try db.tableExists("meta") else {
      return try db.tableExists("articles") ? "an unknown layout" : nil
    }
    let schema = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
    if schema != String(version) { return "schema \(schema ?? "none"), this reader has \(version)" }
    let engine = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'engine'")
    if engine != engineVersion { return "written by engine \(engine ?? "none")" }
    return nil
  }
}
