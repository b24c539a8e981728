import CorpusKit
import Foundation
import GRDB
import Testing

@testable import CorpusIndex

/// A rebuilt program may clean differently though no file changed: the cleanings an older
/// build stored are made again, never restored (dev scores were once read from a stale index).
@Suite struct IndexCleanerTests {
  /// Opens the index as the program whose cleaner is `cleaner`.
  private func open(_ f: IndexFixture, as cleaner: String) throws -> CorpusIndex {
    try CorpusIndex.open(at: f.index, limits: CorpusIndex.Limits(cleaner: cleaner), note: { _ in })
  }

  @Test func anotherBuildCleansTheStoredRecordsAgain() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let fresh = try CorpusLoader.load(f.corpus)
    _ = try open(f, as: "old").load(f.corpus)
    // What the old build's cleaner made of a.txt, unlike what this one makes.
    try DatabaseQueue(path: f.index).write { db in
      try db.execute(
        sql: "UPDATE articles SET title = 'Stale headline', label = 'Stale headline' WHERE id = 'a'"
      )
    }
    // The same build restores its own cleanings.
    let same = try open(f, as: "old")
    #expect(same.rows(f.corpus)?.rows.first { $0.id == "a" }?.label == "Stale headline")
    let restored = try same.load(f.corpus)
    #expect(restored.restored)
    #expect(restored.corpus.documents.first { $0.id == "a" }?.title == "Stale headline")

    // Another build shows no stored rows, cleans the stored records again without reading a
    // file, and gives a fresh read's corpus.
    let rebuilt = try open(f, as: "new")
    #expect(rebuilt.rows(f.corpus) == nil)
    #expect(rebuilt.storedRows(f.corpus) == nil)
    let cleaned = try rebuilt.load(f.corpus)
    #expect(!cleaned.restored)
    #expect(cleaned.readFiles == 0 && cleaned.reusedFiles == 4)
    #expect(fingerprint(cleaned.corpus) == fingerprint(fresh))
    // Stored again as this build's: the next open restores the fresh cleaning.
    let rows = try #require(rebuilt.rows(f.corpus))
    #expect(rows.rows.map(\.label) == fresh.documents.map(\.libraryLabel))
    let reopened = try open(f, as: "new").load(f.corpus)
    #expect(reopened.restored)
    #expect(fingerprint(reopened.corpus) == fingerprint(fresh))
  }
}
