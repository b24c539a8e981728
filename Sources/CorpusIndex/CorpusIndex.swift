import CorpusKit
import Foundation
import GRDB

/// A corpus's on-disk index (SQLite through GRDB, in WAL mode): each file's signature, each
/// article's text, paragraph kinds and metadata, and a full-text table over the article text.
/// An index that cannot be used (corrupt, truncated, another layout or engine version) is
/// rebuilt with a one-line note; one that stays locked is left alone and the corpus read
/// without it.
public final class CorpusIndex: Sendable {
  /// The database file.
  public let path: String
  let pool: DatabasePool
  /// The cleaner this program runs (`Limits.cleaner`): stored cleanings made by another are
  /// not restored.
  let cleaner: String

  private init(path: String, pool: DatabasePool, cleaner: String) {
    self.path = path
    self.pool = pool
    self.cleaner = cleaner
  }

  /// Opens (or creates) the index at `path`. `note` receives one line for each thing the user
  /// should know (an index rebuilt and why). Throws `IndexError.unavailable` when no index can
  /// be used (a locked database, an unwritable folder): the caller reads without one.
  public static func open(at path: String, note: (String) -> Void = { _ in }) throws
    -> CorpusIndex
  {
    try open(at: path, limits: Limits(), note: note)
  }

  /// How long to wait for another process's lock, and (tests only: a full disk, another
  /// build) how many pages the database may grow to and which cleaner this program is.
  struct Limits {
    var busySeconds: Double = 10
    var maxPages: Int?
    var cleaner: String = IndexSchema.cleaner
  }

  static func open(at path: String, limits: Limits, note: (String) -> Void) throws -> CorpusIndex {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
    } catch {
      throw IndexError.unavailable("cannot create \(folder): \(describe(error))")
    }
    do {
      return try openChecked(path, limits)
    } catch let e as DatabaseError where isBusy(e) {
      throw IndexError.unavailable("\(path) is locked by another process")
    } catch {
      note("index \(path) \(reason(error)); rebuilding it")
      removeFiles(path)
      do {
        return try openChecked(path, limits)
      } catch {
        throw IndexError.unavailable("cannot create \(path): \(describe(error))")
      }
    }
  }

  private static func openChecked(_ path: String, _ limits: Limits) throws -> CorpusIndex {
    var config = Configuration()
    config.busyMode = .timeout(limits.busySeconds)
    let maxPages = limits.maxPages
    config.prepareDatabase { db in
      // WAL with NORMAL sync: a crash may lose the last transaction, never corrupt the file.
      try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000")
      if let maxPages { try db.execute(sql: "PRAGMA max_page_count = \(maxPages)") }
    }
    config.label = "reader-index"
    let pool = try DatabasePool(path: path, configuration: config)
    try pool.barrierWriteWithoutTransaction { db in
      // Checked and created under one write lock: two processes opening a new index at once
      // do not both create it.
      try db.inTransaction(.immediate) {
        if let problem = try IndexSchema.problem(db) { throw IndexError.outdated(problem) }
        if try !db.tableExists("meta") { try IndexSchema.create(db) }
        try IndexSchema.addRowIndex(db)
        return .commit
      }
      // A truncated file is found from its header; a quick look at every page finds other
      // damage now, not in the middle of a read, where it is cheap (a small index: its time
      // grows with the file, about 0.5 s per 100 MB, and a reopen must be instant). Damage
      // in a large index shows when it is read; the reopen then reads the corpus again.
      if let problem = SQLiteHeader.truncation(path) { throw IndexError.outdated(problem) }
      if SQLiteHeader.fileSize(path) <= quickCheckLimit {
        let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
        if check != ["ok"] { throw IndexError.outdated("damaged (\(check.first ?? "?"))") }
      }
    }
    return CorpusIndex(path: path, pool: pool, cleaner: limits.cleaner)
  }

  /// Indexes up to this size are checked page by page at open.
  static let quickCheckLimit: Int64 = 32 << 20

  /// Deletes the database and its WAL and shared-memory files.
  static func removeFiles(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  }

  static func isBusy(_ e: DatabaseError) -> Bool {
    e.resultCode == .SQLITE_BUSY || e.resultCode == .SQLITE_LOCKED
  }

  static func reason(_ error: Error) -> String {
    if let e = error as? IndexError, case .outdated(let why) = e { return "is \(why)" }
    if let e = error as? DatabaseError {
      switch e.resultCode {
      case .SQLITE_CORRUPT, .SQLITE_NOTADB: return "is damaged"
      default: return "cannot be read (\(e.message ?? "\(e.resultCode)"))"
      }
    }
    return "cannot be read (\(error))"
  }

  static func describe(_ error: Error) -> String {
    if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
    return "\(error)"
  }
}

/// Why the index could not be used.
public enum IndexError: Error, CustomStringConvertible {
  /// No index can be used now; the corpus is read without one.
  case unavailable(String)
  /// The file on disk is of another layout or engine, or damaged.
  case outdated(String)
  /// A search query the full-text engine rejects.
  case badQuery(String)

  public var description: String {
    switch self {
    case .unavailable(let why): return why
    case .outdated(let why): return why
    case .badQuery(let why): return why
    }
  }
}
