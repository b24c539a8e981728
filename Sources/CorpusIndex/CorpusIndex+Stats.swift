import Foundation
import GRDB

/// What an index holds, for `reader index --stats`.
public struct IndexStats: Sendable, Equatable {
  /// The database file.
  public var path: String
  /// Files and articles it holds.
  public var files: Int
  public var articles: Int
  /// Bytes on disk: the database and its write-ahead log.
  public var bytes: Int64
  /// The layout and engine versions it was written with.
  public var schema: Int
  public var engine: String
  /// The corpus-wide results stored ("duplicates", "entities"), by name, each with the
  /// analysis version it was computed by.
  public var analyses: [String]
  /// Articles whose entity mentions are stored.
  public var mentionDocuments: Int
}

extension CorpusIndex {
  /// Counts and sizes.
  public func stats() throws -> IndexStats {
    try pool.read { db in
      let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
      let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
      let engine = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'engine'")
      let analyses = try Row.fetchAll(
        db, sql: "SELECT name, version FROM results ORDER BY name"
      ).map { "\($0[0] as String) (\($0[1] as String))" }
      let mentions = try Int.fetchOne(db, sql: "SELECT count(*) FROM doc_mentions") ?? 0
      var bytes: Int64 = 0
      for suffix in ["", "-wal"] {
        if let a = try? FileManager.default.attributesOfItem(atPath: path + suffix),
          let size = a[.size] as? NSNumber
        {
          bytes += size.int64Value
        }
      }
      return IndexStats(
        path: path, files: files, articles: articles, bytes: bytes, schema: IndexSchema.version,
        engine: engine ?? "", analyses: analyses, mentionDocuments: mentions)
    }
  }

  /// Rewrites the database without free pages (and the full-text table merged), returning the
  /// bytes it took before and after.
  public func vacuum() throws -> (before: Int64, after: Int64) {
    let before = try stats().bytes
    try pool.barrierWriteWithoutTransaction { db in
      try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
      try db.execute(sql: "VACUUM")
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    return (before, try stats().bytes)
  }
}
