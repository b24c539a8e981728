import CorpusKit
import Foundation
import GRDB

extension CorpusIndex {
  /// The alignment of `a` with `b`, as `compute()` gives it: read from the index when one is
  /// stored for the same two documents (in this order), the same corpus (`corpus`: its
  /// statistics weigh the words) and the same `mode` (e.g. with or without the encoder) by
  /// this build; else computed and stored. A pair is thus aligned once, however often it is
  /// compared, in the TUI or by `reader overlaps`.
  public func alignment(
    _ a: Document, _ b: Document, corpus: String, mode: String, compute: () -> Alignment
  ) -> StoredResult<Alignment> {
    let version = AnalysisVersion.stored(AnalysisVersion.alignment)
    let pair = [
      corpus, mode, String(AnalysisKeys.key(a), radix: 16), String(AnalysisKeys.key(b), radix: 16),
    ].joined(separator: "/")
    let stored = try? pool.read { db in
      try Data.fetchOne(
        db, sql: "SELECT value FROM alignments WHERE pair = ? AND version = ?",
        arguments: [pair, version])
    }
    if let stored, let al = try? JSONDecoder().decode(Alignment.self, from: stored) {
      return StoredResult(value: al, restored: true, computedDocuments: 0, saveProblem: nil)
    }
    let al = compute()
    guard let blob = try? JSONEncoder().encode(al) else {
      return StoredResult(value: al, restored: false, computedDocuments: 2, saveProblem: nil)
    }
    let problem = attemptWrite { db in
      // Alignments made by another build or version would never be read again.
      try db.execute(sql: "DELETE FROM alignments WHERE version != ?", arguments: [version])
      try db.execute(
        sql: "INSERT OR REPLACE INTO alignments(pair, version, value) VALUES (?, ?, ?)",
        arguments: [pair, version, blob])
    }
    return StoredResult(value: al, restored: false, computedDocuments: 2, saveProblem: problem)
  }
}
