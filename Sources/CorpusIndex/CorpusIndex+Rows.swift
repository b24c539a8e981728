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
  struct StoredRow {
    var rowid: Int64
    var rawID: String
    var row: LibraryRow
    var key: Int64
  }

  /// The library rows of the corpus at `root`, read from the index without any article's body,
  /// when nothing changed since it was written (every file listed with its stored size and
  /// modification time, none new or gone, the same options); nil otherwise (then `load` it).
  /// Lists the folder and stats each file, as a load does.
  public func rows(_ root: String, options: LoadOptions = LoadOptions()) -> IndexedRows? {
    guard let stored = try? readRows(options: options) else { return nil }
    var fine = true
    var order: [String] = []
    var signatures: [FileSignature] = []
    var rows: [LibraryRow] = []
    var rowids: [Int64] = []
    var keys: [Int64] = []
    let scanned = try? CorpusLoader.scan(root, options: options) { file, _ in
      guard fine, let s = stored.files[file] else {
        fine = false
        return ([], [])
      }
      order.append(file)
      signatures.append(s.signature)
      let arts = stored.articles[file] ?? []
      for a in arts {
        rows.append(a.row)
        rowids.append(a.rowid)
        keys.append(a.key)
      }
      return (arts.map { RawDocument(id: $0.rawID, path: $0.row.path, text: "") }, s.warnings)
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

  func readRows(options: LoadOptions) throws -> (
    files: [String: (signature: FileSignature, warnings: [LoadWarning])],
    articles: [String: [StoredRow]]
  )? {
    try pool.read { db in
      let limit = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'maxFileSize'")
      // Rows cleaned by another build may differ from this one's: `load` cleans them again.
      guard limit == String(options.maxFileSize), try IndexSchema.cleaned(by: cleaner, db) else {
        return nil
      }
      var files: [String: (signature: FileSignature, warnings: [LoadWarning])] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, warnings FROM files")
      while let row = try rows.next() {
        let path: String = row[0]
        files[path] = (
          FileSignature(size: row[1], mtime: row[2]), WarningCode.decode(row[3], path: path)
        )
      }
      var articles: [String: [StoredRow]] = [:]
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT file, rowid, raw_id, id, path, label, date, outlet, words, format, doc_key
          FROM articles ORDER BY file, seq
          """)
      while let r = try cursor.next() {
        let row = LibraryRow(
          id: r[3], path: r[4], label: r[5], date: r[6], outlet: r[7], words: r[8],
          format: DocumentFormat(rawValue: r[9]) ?? .text)
        articles[r[0] as String, default: []].append(
          StoredRow(rowid: r[1], rawID: r[2], row: row, key: r[10]))
      }
      return (files, articles)
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
