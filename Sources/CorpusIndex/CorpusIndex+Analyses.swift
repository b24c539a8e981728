@_spi(Bench) import CorpusKit
import Dispatch
import Foundation
import GRDB

/// The versions of the corpus-wide analyses the index keeps. Raise one when CorpusKit would
/// compute that result differently (the duplicate finder, the recogniser or its model, the
/// entity merge): results stored under another version are computed again.
public enum AnalysisVersion {
  /// The duplicate report (`OverlapEngine.duplicates`).
  public static let duplicates = "duplicates-1"
  /// The entity index (`EntityRecognizer` mentions per document, merged by `EntityIndex`).
  public static let entities = "entities-2"
  /// A pair's alignment (`OverlapEngine.align`, lexical or with the encoder).
  public static let alignment = "alignment-1"

  /// The running program's build (its size and modification time): results stored by another
  /// build are computed again, so a change to CorpusKit is never hidden by a stored result,
  /// even when nobody raised the versions above. Empty where the program cannot be stat'ed.
  static let build: String = {
    guard let sig = FileSignature.of("/proc/self/exe") else { return "" }
    return "\(sig.size)-\(sig.mtime)"
  }()

  static func stored(_ analysis: String) -> String {
    IndexSchema.engineVersion + "/" + analysis + "/" + build
  }
}

/// A corpus-wide result and where it came from.
public struct StoredResult<Value: Sendable>: Sendable {
  /// The result, equal to a fresh computation over the same documents.
  public var value: Value
  /// Whether it was read from the index (nothing it depends on changed).
  public var restored: Bool
  /// Documents analysed again (the entity index: those whose own mentions were not stored).
  public var computedDocuments: Int
  /// Why the result could not be stored (it is right; the next start computes it again).
  public var saveProblem: String?
}

extension CorpusIndex {
  /// The duplicate report of `corpus`: read from the index when it holds one of this version
  /// for the same documents (`keys`), else `compute()`d and stored. A change to any document
  /// computes the whole report again: one changed article can move pairs, clusters and their
  /// trees anywhere. The report is kept as one JSON value, so a field added to the report's
  /// types needs no change of the index's tables (only of `AnalysisVersion.duplicates`).
  public func duplicates(
    of corpus: Corpus, keys: AnalysisKeys? = nil, compute: () -> DuplicateReport
  ) -> StoredResult<DuplicateReport> {
    duplicates(keys: keys ?? AnalysisKeys(corpus), compute: compute)
  }

  /// The duplicate report of the documents with these keys, as `duplicates(of:)` gives it:
  /// restored needs no document (an index's rows give the keys), `compute` runs only when
  /// none is stored.
  public func duplicates(keys: AnalysisKeys, compute: () -> DuplicateReport)
    -> StoredResult<DuplicateReport>
  {
    let version = AnalysisVersion.stored(AnalysisVersion.duplicates)
    if let r: DuplicateReport = restoreResult("duplicates", version: version, key: keys.corpus) {
      return StoredResult(value: r, restored: true, computedDocuments: 0, saveProblem: nil)
    }
    let report = compute()
    let problem = attemptWrite { db in
      try self.storeResult(db, "duplicates", version: version, key: keys.corpus, value: report)
    }
    return StoredResult(
      value: report, restored: false, computedDocuments: keys.documents.count,
      saveProblem: problem)
  }

  /// The entity index of `corpus`: read from the index when it holds one of this version for
  /// the same documents; else each document's mentions come from the index when that document
  /// is unchanged (same key) and from `recognizer` otherwise (in parallel), are merged as
  /// `EntityIndex(corpus:recognizer:)` merges them, and stored.
  public func entities(
    of corpus: Corpus, recognizer: EntityRecognizer, keys: AnalysisKeys? = nil
  ) -> StoredResult<EntityIndex> {
    entities(keys: keys ?? AnalysisKeys(corpus), recognizer: recognizer) { corpus }
  }

  /// The entity index of the documents with these keys, as `entities(of:)` gives it: restored
  /// needs no document; `corpus` (the documents themselves) is asked for only when some
  /// document's mentions must be recognised again.
  public func entities(
    keys: AnalysisKeys, recognizer: EntityRecognizer, corpus: () -> Corpus
  ) -> StoredResult<EntityIndex> {
    let version = AnalysisVersion.stored(AnalysisVersion.entities)
    if let e = storedEntities(keys: keys) {
      return StoredResult(value: e, restored: true, computedDocuments: 0, saveProblem: nil)
    }
    let stored = storedMentions(version: version, keys: Set(keys.documents))
    let missing = keys.documents.indices.filter { stored[keys.documents[$0]] == nil }
    let docs = missing.isEmpty ? [] : corpus().documents
    let found = Locked([Int: [EntityMention]]())
    let chunks = max(1, min(missing.count, 64))
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      let part = missing[missing.count * c / chunks..<missing.count * (c + 1) / chunks]
      let made = part.map { ($0, recognizer.mentions(in: docs[$0])) }
      found.withLock { for (i, m) in made { $0[i] = m } }
    }
    let fresh = found.value
    let perDocument = keys.documents.indices.map {
      fresh[$0] ?? stored[keys.documents[$0]] ?? []
    }
    let index = EntityIndex(perDocument: perDocument)
    let problem = attemptWrite { db in
      // Mentions of documents no longer in the corpus go; the new ones are added.
      try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS keep(k INTEGER PRIMARY KEY)")
      try db.execute(sql: "DELETE FROM temp.keep")
      let keep = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.keep(k) VALUES (?)")
      for k in keys.documents { try keep.execute(arguments: [k]) }
      try db.execute(
        sql:
          "DELETE FROM doc_mentions WHERE version != ? OR doc_key NOT IN (SELECT k FROM temp.keep)",
        arguments: [version])
      try db.execute(sql: "DELETE FROM temp.keep")
      let insert = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO doc_mentions(doc_key, version, value) VALUES (?, ?, ?)")
      for i in missing {
        try insert.execute(
          arguments: [keys.documents[i], version, EntityCodec.encode(mentions: perDocument[i])])
      }
      try self.storeBlob(
        db, "entities", version: version, key: keys.corpus,
        value: EntityCodec.encode(index.entities))
    }
    return StoredResult(
      value: index, restored: false, computedDocuments: missing.count, saveProblem: problem)
  }

  /// The entity index stored for the documents with these keys, or nil (then `entities`
  /// computes it): a reopen needs no recogniser loaded when this answers. The index is held
  /// lazily (`StoredEntityMentions`): its names, types and counts at once, an entity's
  /// mentions decoded from the stored bytes when first asked.
  public func storedEntities(keys: AnalysisKeys) -> EntityIndex? {
    let version = AnalysisVersion.stored(AnalysisVersion.entities)
    guard let blob = storedBlob("entities", version: version, key: keys.corpus) else {
      return nil
    }
    return StoredEntityMentions.index(blob)
  }

  /// The stored result `name` when it was computed by `version` for the corpus `key`.
  private func restoreResult<T: Decodable>(_ name: String, version: String, key: String) -> T? {
    guard let blob = storedBlob(name, version: version, key: key) else { return nil }
    return try? JSONDecoder().decode(T.self, from: blob)
  }

  private func storedBlob(_ name: String, version: String, key: String) -> Data? {
    let blob = try? pool.read { db in
      try Data.fetchOne(
        db, sql: "SELECT value FROM results WHERE name = ? AND version = ? AND corpus_key = ?",
        arguments: [name, version, key])
    }
    return blob ?? nil
  }

  private func storeResult<T: Encodable>(
    _ db: Database, _ name: String, version: String, key: String, value: T
  ) throws {
    try storeBlob(db, name, version: version, key: key, value: try JSONEncoder().encode(value))
  }

  private func storeBlob(_ db: Database, _ name: String, version: String, key: String, value: Data)
    throws
  {
    try db.execute(
      sql: "INSERT OR REPLACE INTO results(name, version, corpus_key, value) VALUES (?, ?, ?, ?)",
      arguments: [name, version, key, value])
  }

  /// The stored mentions of the documents with these keys.
  private func storedMentions(version: String, keys: Set<Int64>) -> [Int64: [EntityMention]] {
    let rows =
      (try? pool.read { db in
        try Row.fetchAll(
          db, sql: "SELECT doc_key, value FROM doc_mentions WHERE version = ?",
          arguments: [version])
      }) ?? []
    var out: [Int64: [EntityMention]] = [:]
    for row in rows {
      let k: Int64 = row[0]
      guard keys.contains(k), let m = EntityCodec.decodeMentions(row[1]) else { continue }
      out[k] = m
    }
    return out
  }

  /// Runs a write transaction; a failure (a full disk, a lock held too long, the file
  /// deleted) is returned as one line.
  func attemptWrite(_ body: @escaping (Database) throws -> Void) -> String? {
    do {
      try pool.write { db in try body(db) }
      return nil
    } catch {
      return "index \(path): results not stored (\(Self.describe(error)))"
    }
  }
}
