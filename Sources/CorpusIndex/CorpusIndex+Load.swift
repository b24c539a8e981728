import CorpusKit
import Dispatch
import Foundation
import GRDB

/// What opening a corpus through its index did.
public struct IndexedLoad: Sendable {
  /// The corpus, as a fresh read would give it.
  public var corpus: Corpus
  /// Files whose articles came from the index.
  public var reusedFiles: Int
  /// Files read (new or changed).
  public var readFiles: Int
  /// Files the index held that are gone.
  public var removedFiles: Int
  /// Whether the documents were restored without cleaning (nothing changed).
  public var restored: Bool
  /// Why the index could not be brought up to date (the corpus is right; the next open reads
  /// again), e.g. a full disk.
  public var saveProblem: String?
}

extension CorpusIndex {
  private struct StoredFile {
    var signature: FileSignature
    var hash: Int64
    var warnings: [LoadWarning]
    var articles: [StoredArticle] = []
  }

  /// Opens the corpus at `root` through the index: files whose size and modification time (or,
  /// when those changed, bytes) are as stored come from the index; new and changed files are
  /// read; when nothing changed the documents are restored without cleaning, otherwise the
  /// corpus is cleaned again from the stored records (the same result as a fresh read) and the
  /// index updated. Stored cleanings made by another build of the program are made again
  /// from the stored records (no file is read), as a rebuilt cleaner may clean differently.
  /// `progress` counts files as `CorpusLoader.scan` does. Throws what the
  /// loader throws for a missing or unreadable root.
  public func load(
    _ root: String, options: LoadOptions = LoadOptions(),
    progress: ((_ read: Int, _ total: Int) -> Void)? = nil
  ) throws -> IndexedLoad {
    let previous = try? readStored(options: options)
    var stored = previous?.files ?? [:]
    var reused = 0
    var fresh: Set<String> = []
    var changed: [String: (FileSignature, Int64)] = [:]
    var fileRecords: [String: [RawDocument]] = [:]
    var fileWarnings: [String: [LoadWarning]] = [:]
    var order: [String] = []
    let (raw, warnings) = try CorpusLoader.scan(root, options: options, progress: progress) {
      file, explicit in
      order.append(file)
      let sig = FileSignature.of(file)
      if let s = stored[file], let sig {
        var same = s.signature == sig
        var hash = s.hash
        if !same, s.signature.size == sig.size, let h = ContentHash.ofFile(file), h == s.hash {
          same = true
          hash = h
        }
        if same {
          reused += 1
          if s.signature != sig { changed[file] = (sig, hash) }
          fileRecords[file] = s.articles.map(\.raw)
          fileWarnings[file] = s.warnings
          return (s.articles.map(\.raw), s.warnings)
        }
      }
      // Signature first, then bytes: a file that changes while it is read is read again next
      // time, as its modification time will differ.
      let (d, w) = CorpusLoader.readFile(file, explicit: explicit, maxFileSize: options.maxFileSize)
      changed[file] = (sig ?? FileSignature(size: -1, mtime: -1), ContentHash.ofFile(file) ?? 0)
      stored[file] = nil
      fresh.insert(file)
      fileRecords[file] = d
      fileWarnings[file] = w
      return (d, w)
    }
    let listed = Set(order)
    let removed = stored.keys.filter { !listed.contains($0) }
    let readFiles = order.count - reused
    // Nothing new, changed or gone, and the same cleaner: restore the documents as cleaned
    // before.
    if readFiles == 0, removed.isEmpty, !raw.isEmpty, previous?.sameCleaner == true,
      let docs = restoreAll(raw, stored: stored, order: order)
    {
      var problem: String?
      if !changed.isEmpty { problem = saveSignatures(changed) }
      return IndexedLoad(
        corpus: Corpus(documents: docs, warnings: warnings), reusedFiles: reused,
        readFiles: 0, removedFiles: 0, restored: true, saveProblem: problem)
    }
    let corpus =
      raw.isEmpty
      ? Corpus(documents: [], warnings: warnings) : Corpus(raw: raw, warnings: warnings)
    let problem = save(
      corpus, order: order, records: fileRecords, warnings: fileWarnings, changed: changed,
      fresh: fresh, removed: removed, reset: previous?.sameOptions != true, options: options)
    return IndexedLoad(
      corpus: corpus, reusedFiles: reused, readFiles: readFiles, removedFiles: removed.count,
      restored: false, saveProblem: problem)
  }

  /// Every stored file with its articles; none when the index was made with other options.
  /// `sameCleaner`: the stored cleanings are this program's (else they are made again).
  private func readStored(options: LoadOptions) throws -> (
    files: [String: StoredFile], sameOptions: Bool, sameCleaner: Bool
  ) {
    try pool.read { db in
      let limit = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'maxFileSize'")
      guard limit == String(options.maxFileSize) else { return ([:], false, false) }
      let sameCleaner = try IndexSchema.cleaned(by: cleaner, db)
      var files: [String: StoredFile] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash, warnings FROM files")
      while let row = try rows.next() {
        let path: String = row[0]
        files[path] = StoredFile(
          signature: FileSignature(size: row[1], mtime: row[2]), hash: row[3],
          warnings: WarningCode.decode(row[4], path: path))
      }
      let articles = try Row.fetchCursor(
        db, sql: "SELECT \(StoredArticle.columns) FROM articles ORDER BY file, seq")
      while let row = try articles.next() {
        files[row[0] as String]?.articles.append(StoredArticle(row: row))
      }
      return (files, true, sameCleaner)
    }
  }

  /// The documents restored in corpus order (ids as the scan renamed them), in parallel; nil
  /// when one does not fit.
  private func restoreAll(
    _ raw: [RawDocument], stored: [String: StoredFile], order: [String]
  ) -> [Document]? {
    var articles: [StoredArticle] = []
    articles.reserveCapacity(raw.count)
    for file in order { articles += stored[file]?.articles ?? [] }
    guard articles.count == raw.count else { return nil }
    let all = articles
    let chunkCount = max(1, min(raw.count, 64))
    let made = Locked([[Document?]](repeating: [], count: chunkCount))
    DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
      let lo = raw.count * c / chunkCount
      let hi = raw.count * (c + 1) / chunkCount
      let out = (lo..<hi).map { all[$0].restore(id: raw[$0].id) }
      made.withLock { $0[c] = out }
    }
    var docs: [Document] = []
    docs.reserveCapacity(raw.count)
    for d in made.value.joined() {
      guard let d else { return nil }
      docs.append(d)
    }
    return docs
  }

  /// Stores new signatures of files whose bytes did not change.
  private func saveSignatures(_ changed: [String: (FileSignature, Int64)]) -> String? {
    attempt {
      try pool.write { db in
        for (file, (sig, hash)) in changed {
          try db.execute(
            sql: "UPDATE files SET size = ?, mtime = ?, hash = ? WHERE path = ?",
            arguments: [sig.size, sig.mtime, hash, file])
        }
      }
    }
  }

  /// Brings the index up to date with `corpus` in one transaction: files gone are deleted,
  /// changed files' records replaced, and every article's cleaning refreshed where it changed
  /// (the full-text table follows through triggers).
  private func save(
    _ corpus: Corpus, order: [String], records: [String: [RawDocument]],
    warnings: [String: [LoadWarning]], changed: [String: (FileSignature, Int64)],
    fresh: Set<String>, removed: [String], reset: Bool, options: LoadOptions
  ) -> String? {
    attempt {
      try pool.write { db in
        if reset {
          try db.execute(sql: "DELETE FROM articles; DELETE FROM files")
          try db.execute(
            sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('maxFileSize', ?)",
            arguments: [String(options.maxFileSize)])
        }
        // Every article below is this cleaner's: cleaned now and stored where it changed.
        try IndexSchema.markCleaned(by: cleaner, db)
        for file in removed {
          try db.execute(sql: "DELETE FROM articles WHERE file = ?", arguments: [file])
          try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [file])
        }
        var docIndex = 0
        for file in order {
          let recs = records[file] ?? []
          let docs = Array(corpus.documents[docIndex..<docIndex + recs.count])
          docIndex += recs.count
          if let (sig, hash) = changed[file] {
            try db.execute(
              sql: """
                INSERT OR REPLACE INTO files(path, size, mtime, hash, warnings)
                VALUES (?, ?, ?, ?, ?)
                """,
              arguments: [
                file, sig.size, sig.mtime, hash, WarningCode.encode(warnings[file] ?? []),
              ])
          }
          if fresh.contains(file) {
            try db.execute(sql: "DELETE FROM articles WHERE file = ?", arguments: [file])
            for (seq, (r, d)) in zip(recs, docs).enumerated() {
              try insert(db, file: file, seq: seq, raw: r, doc: d)
            }
          } else {
            for (seq, d) in docs.enumerated() { try refresh(db, file: file, seq: seq, doc: d) }
          }
        }
      }
    }
  }

  private func insert(_ db: Database, file: String, seq: Int, raw r: RawDocument, doc d: Document)
    throws
  {
    // A cached statement: compiled once per connection, not once per article.
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO articles(file, seq, raw_id, id, path, text, raw_title, raw_date, raw_outlet,
          url, format, raw_kinds, title_candidates, kinds, title, date, outlet, body, label,
          words, doc_key)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
        """)
    try statement.execute(
      arguments: [
        file, seq, r.id, d.id, r.path, r.text, r.title, r.date, r.outlet, r.url,
        r.format.rawValue, r.kinds.map(KindCode.encode),
        r.titleCandidates.map(String.init).joined(separator: ","),
        KindCode.encode(d.paragraphs.map(\.kind)), d.title, d.date, d.outlet, SearchText.of(d),
        d.libraryLabel, d.bodyWordCount, AnalysisKeys.key(d),
      ])
  }

  /// Updates an article's cleaning where it changed (the corpus around it changed).
  private func refresh(_ db: Database, file: String, seq: Int, doc d: Document) throws {
    let kinds = KindCode.encode(d.paragraphs.map(\.kind))
    let key = AnalysisKeys.key(d)
    let row = try Row.fetchOne(
      db.cachedStatement(
        sql:
          "SELECT id, kinds, title, date, outlet, doc_key FROM articles WHERE file = ? AND seq = ?"
      ),
      arguments: [file, seq])
    if let row, row[0] as String == d.id, row[1] as String == kinds, row[2] as String? == d.title,
      row[3] as String? == d.date, row[4] as String? == d.outlet, row[5] as Int64 == key
    {
      return
    }
    let bodyChanged = row.map { ($0[1] as String) != kinds } ?? true
    if bodyChanged {
      try db.execute(
        sql: """
          UPDATE articles SET id = ?, kinds = ?, title = ?, date = ?, outlet = ?, body = ?,
            label = ?, words = ?, doc_key = ?
          WHERE file = ? AND seq = ?
          """,
        arguments: [
          d.id, kinds, d.title, d.date, d.outlet, SearchText.of(d), d.libraryLabel,
          d.bodyWordCount, key, file, seq,
        ])
    } else {
      try db.execute(
        sql: """
          UPDATE articles SET id = ?, title = ?, date = ?, outlet = ?, label = ?, words = ?,
            doc_key = ?
          WHERE file = ? AND seq = ?
          """,
        arguments: [
          d.id, d.title, d.date, d.outlet, d.libraryLabel, d.bodyWordCount, key, file, seq,
        ])
    }
  }

  /// Runs a write; a failure (a full disk, a lock held too long) is returned as one line.
  private func attempt(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return "index \(path) not updated (\(Self.describe(error))); the next start reads again"
    }
  }
}

/// Load warnings of one file as stored text (JSON: line, whether the file was skipped,
/// message).
enum WarningCode {
  private struct Stored: Codable {
    var line: Int?
    var skips: Bool
    var message: String
  }

  static func encode(_ warnings: [LoadWarning]) -> String {
    let stored = warnings.map { Stored(line: $0.line, skips: $0.skipsFile, message: $0.message) }
    return (try? String(decoding: JSONEncoder().encode(stored), as: UTF8.self)) ?? "[]"
  }

  static func decode(_ text: String, path: String) -> [LoadWarning] {
    if text == "[]" { return [] }  // most files: no decoder needed (a reopen reads 100k)
    let stored = (try? JSONDecoder().decode([Stored].self, from: Data(text.utf8))) ?? []
    return stored.map {
      LoadWarning(path: path, line: $0.line, message: $0.message, skipsFile: $0.skips)
    }
  }
}
