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
}

extension CorpusIndex {
  /// Counts and sizes.
  public func stats() throws -> IndexStats {
    try pool.read { db in
      let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
      let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
      let engine = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'engine'")
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
        engine: engine ?? "")
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
