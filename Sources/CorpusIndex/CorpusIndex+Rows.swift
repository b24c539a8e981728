import CorpusKit
import Dispatch
import Foundation
import GRDB

/// A corpus as its index lists it, without the articles' bodies: what the library shows at
/// once on reopen. Bodies are read one at a time (`CorpusIndex.document`) or all together
/// (`CorpusIndex.documents`).
public struct IndexedRows: Sendable {
  /// One row per article, in corpus order (as a fresh read orders them).
  public var rows: [LibraryRow]
  /// The load warnings a fresh read gives.
  public var warnings: [LoadWarning]
  /// The documents' analysis keys as stored, for the stored duplicate report and entity index.
  public var keys: AnalysisKeys
  /// Each row's article in the index.
  let rowids: [Int64]
}

extension CorpusIndex {
  /// The library rows of the corpus at `root`, read from the index without any article's body,
  /// when nothing changed since it was written (every file listed with its stored size and
  /// modification time, none new or gone, the same options); nil otherwise (then `load` it).
  /// Lists the folder and stats each file, as a load does.
  public func rows(_ root: String, options: LoadOptions = LoadOptions()) -> IndexedRows? {
    guard let stored = try? readRows(options: options) else { return nil }
    let position = Dictionary(
      stored.files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var fine = true
    var order: [String] = []
    var signatures: [FileSignature] = []
    var rows: [LibraryRow] = []
    var rowids: [Int64] = []
    var keys: [Int64] = []
    let scanned = try? CorpusLoader.scan(root, options: options) { file, _ in
      guard fine, let f = position[file] else {
        fine = false
        return ([], [])
      }
      order.append(file)
      signatures.append(stored.signatures[f])
      let arts = stored.articles(f)
      rows += stored.rows[arts]
      rowids += stored.rowids[arts]
      keys += stored.keys[arts]
      return (
        arts.map { RawDocument(id: stored.rawIDs[$0], path: stored.rows[$0].path, text: "") },
        stored.warnings[f]
      )
    }
    guard fine, let (raw, warnings) = scanned, order.count == stored.files.count, !raw.isEmpty,
      Self.unchanged(order, signatures)
    else { return nil }
    // The ids the scan gave (renaming clashes across files) are the ones stored.
    guard rows.count == raw.count, zip(rows, raw).allSatisfy({ $0.id == $1.id }) else {
      return nil
    }
    return IndexedRows(
      rows: rows, warnings: warnings, keys: AnalysisKeys(documents: keys), rowids: rowids)
  }

  /// Whether every file still has its stored size and modification time (stat'ed in
  /// parallel: one system call per file is most of a reopen's time at 100k files).
  private static func unchanged(_ files: [String], _ signatures: [FileSignature]) -> Bool {
    let changed = Locked(false)
    let chunks = max(1, min(files.count / 256, 16))
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      for i in files.count * c / chunks..<files.count * (c + 1) / chunks {
        if FileSignature.of(files[i]) != signatures[i] {
          changed.withLock { $0 = true }
          return
        }
        if i % 512 == 0, changed.value { return }
      }
    }
    return !changed.value
  }

  /// The index's listing in one ordered pass of each table (the SQL order groups the
  /// articles by file): flat arrays, no per-file dictionaries (100k rows on reopen). Nil when
  /// the index was written with other options.
  func readRows(options: LoadOptions) throws -> StoredListing? {
    try pool.read { db in
      let limit = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'maxFileSize'")
      // Rows cleaned by another build may differ from this one's: `load` cleans them again.
      guard limit == String(options.maxFileSize), try IndexSchema.cleaned(by: cleaner, db) else {
        return nil
      }
      var out = StoredListing()
      let files = try Row.fetchCursor(
        db, sql: "SELECT path, size, mtime, warnings FROM files ORDER BY path")
      while let row = try files.next() {
        let path: String = row[0]
        out.files.append(path)
        out.signatures.append(FileSignature(size: row[1], mtime: row[2]))
        out.warnings.append(WarningCode.decode(row[3], path: path))
      }
      out.ends = [Int](repeating: 0, count: out.files.count)
      // An article's path and raw id are nearly always its file's path and its id: SQLite
      // compares them and gives NULL then, and the row shares the strings already read (two
      // strings fewer made per row: at 100k rows this read is most of the first frame).
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT file, rowid, CASE WHEN raw_id = id THEN NULL ELSE raw_id END, id,
            CASE WHEN path = file THEN NULL ELSE path END, label, date, outlet, words, format,
            doc_key
          FROM articles ORDER BY file, seq
          """)
      // Both in SQLite's byte order: walk the files along with the articles.
      var f = 0
      while let r = try cursor.next() {
        let file: String = r[0]
        if f < out.files.count, out.files[f] != file {
          // Usually the next file (one article per file, or the first of the next file's).
          if f + 1 < out.files.count, out.files[f + 1] == file {
            out.ends[f] = out.rows.count
            f += 1
          } else {
            while f < out.files.count, out.files[f] != file,
              out.files[f].utf8.lexicographicallyPrecedes(file.utf8)
            {
              out.ends[f] = out.rows.count
              f += 1
            }
          }
        }
        // An article of a file the index no longer lists is not shown.
        guard f < out.files.count, out.files[f] == file else { continue }
        let id: String = r[3]
        let path: String? = r[4]
        let rawID: String? = r[2]
        out.rows.append(
          LibraryRow(
            id: id, path: path ?? out.files[f], label: r[5], date: r[6], outlet: r[7],
            words: r[8], format: DocumentFormat(rawValue: r[9]) ?? .text))
        out.rowids.append(r[1])
        out.rawIDs.append(rawID ?? id)
        out.keys.append(r[10])
      }
      while f < out.files.count {
        out.ends[f] = out.rows.count
        f += 1
      }
      out.sortFiles()
      return out
    }
  }

  /// What restoring one article needs of its stored row.
  private struct Body: Sendable {
    var text: String
    var kinds: String
    var title, date, outlet, url: String?
    var format: String
    var path: String

    static let columns = "text, kinds, title, date, outlet, url, format, path"

    /// Reads the columns `columns` names, from `offset` on.
    init(_ r: Row, from o: Int = 0) {
      text = r[o]
      kinds = r[o + 1]
      title = r[o + 2]
      date = r[o + 3]
      outlet = r[o + 4]
      url = r[o + 5]
      format = r[o + 6]
      path = r[o + 7]
    }

    func restore(id: String) -> Document? {
      DocumentBuilder.restore(
        id: id, path: path, text: text, kinds: KindCode.decode(kinds), title: title, date: date,
        outlet: outlet, url: url, format: DocumentFormat(rawValue: format) ?? .text)
    }
  }

  /// The article of row `i`, restored from the index without cleaning (as a fresh read gives
  /// it); nil when the index can no longer give it (deleted, damaged, changed since).
  public func document(_ rows: IndexedRows, at i: Int) -> Document? {
    guard rows.rowids.indices.contains(i) else { return nil }
    let body = try? pool.read { db in
      try Row.fetchOne(
        db.cachedStatement(sql: "SELECT \(Body.columns) FROM articles WHERE rowid = ?"),
        arguments: [rows.rowids[i]]
      ).map { Body($0) }
    }
    guard let b = body ?? nil, b.path == rows.rows[i].path else { return nil }
    return b.restore(id: rows.rows[i].id)
  }

  /// Every article of `rows`, in order, restored in parallel; nil when the index can no longer
  /// give them all.
  public func documents(_ rows: IndexedRows) -> [Document]? {
    let n = rows.rows.count
    let position = Dictionary(uniqueKeysWithValues: rows.rowids.enumerated().map { ($1, $0) })
    let fetched = try? pool.read { db -> [Body?] in
      var out = [Body?](repeating: nil, count: n)
      let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, \(Body.columns) FROM articles")
      while let r = try cursor.next() {
        if let p = position[r[0] as Int64] { out[p] = Body(r, from: 1) }
      }
      return out
    }
    guard let all = fetched, all.allSatisfy({ $0 != nil }) else { return nil }
    let chunks = max(1, min(n, 64))
    let made = Locked([[Document?]](repeating: [], count: chunks))
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      let out = (n * c / chunks..<n * (c + 1) / chunks).map {
        all[$0]!.restore(id: rows.rows[$0].id)
      }
      made.withLock { $0[c] = out }
    }
    var docs: [Document] = []
    docs.reserveCapacity(n)
    for d in made.value.joined() {
      guard let d, d.path == rows.rows[docs.count].path else { return nil }
      docs.append(d)
    }
    return docs
  }
}
