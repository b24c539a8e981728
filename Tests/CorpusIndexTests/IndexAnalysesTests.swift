import CorpusKit
import Foundation
import Testing

@testable import CorpusIndex

/// The corpus-wide results the index keeps (the duplicate report, the entity index) equal a
/// fresh computation when restored, and are computed again when a document changes.
@Suite struct IndexAnalysesTests {
  /// Two copies of one long story (a duplicate pair) beside the fixture's articles.
  static func writeCopies(_ f: IndexFixture) throws {
    let story = """
      The city council of Leeds voted on Thursday to close three libraries in the north of \
      the city, despite a petition signed by more than four thousand residents. Councillor \
      Mary Hughes said the budget left no other choice, and that the mobile library service \
      would visit each area twice a week from January.

      Campaigners led by John Peters said they would ask the High Court to review the \
      decision, which they called short-sighted and unfair to children and older readers.
      """
    try f.write("e.txt", "Leeds to close three libraries\n\n" + story + "\n")
    try f.write("f.txt", "Libraries in Leeds will close\n\n" + story + "\n")
  }

  static func encoded<T: Encodable>(_ value: T) throws -> Data {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return try e.encode(value)
  }

  static func fresh(_ f: IndexFixture, _ recognizer: EntityRecognizer) throws -> (Data, Data) {
    let corpus = try CorpusLoader.load(f.corpus)
    return (
      try encoded(OverlapEngine(corpus: corpus).duplicates()),
      try encoded(EntityIndex(corpus: corpus, recognizer: recognizer).entities)
    )
  }

  @Test func reopenRestoresResultsEqualToAFreshComputation() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    try Self.writeCopies(f)
    let recognizer = try EntityRecognizer.loadDefault()
    let index = try CorpusIndex.open(at: f.index)
    let corpus = try index.load(f.corpus).corpus
    var computed = 0
    let first = index.duplicates(of: corpus) {
      computed += 1
      return OverlapEngine(corpus: corpus).duplicates()
    }
    #expect(!first.restored && computed == 1 && first.saveProblem == nil)
    #expect(first.value.pairs.contains { Set([$0.a, $0.b]) == ["e", "f"] })
    let entities = index.entities(of: corpus, recognizer: recognizer)
    #expect(!entities.restored && entities.computedDocuments == corpus.documents.count)
    #expect(entities.saveProblem == nil)
    #expect(entities.value.entities.contains { $0.id.contains("Leeds") })

    let reopened = try CorpusIndex.open(at: f.index)
    let again = try reopened.load(f.corpus)
    #expect(again.restored)
    let dups = reopened.duplicates(of: again.corpus) {
      computed += 1
      return OverlapEngine(corpus: again.corpus).duplicates()
    }
    let ents = reopened.entities(of: again.corpus, recognizer: recognizer)
    #expect(dups.restored && computed == 1)
    #expect(ents.restored && ents.computedDocuments == 0)
    let (freshDups, freshEntities) = try Self.fresh(f, recognizer)
    #expect(try Self.encoded(dups.value) == freshDups)
    #expect(try Self.encoded(ents.value.entities) == freshEntities)
  }

  @Test func aChangedFileComputesThemAgain() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    try Self.writeCopies(f)
    let recognizer = try EntityRecognizer.loadDefault()
    let index = try CorpusIndex.open(at: f.index)
    let corpus = try index.load(f.corpus).corpus
    _ = index.duplicates(of: corpus) { OverlapEngine(corpus: corpus).duplicates() }
    _ = index.entities(of: corpus, recognizer: recognizer)

    // f.txt is no longer a copy, and names someone else.
    try f.write(
      "f.txt",
      "Harbour reopens\n\nThe harbour of Whitby reopened on Friday, said Anna Berg of the port.\n")
    let changed = try index.load(f.corpus)
    #expect(!changed.restored)
    var computed = 0
    let dups = index.duplicates(of: changed.corpus) {
      computed += 1
      return OverlapEngine(corpus: changed.corpus).duplicates()
    }
    let ents = index.entities(of: changed.corpus, recognizer: recognizer)
    #expect(!dups.restored && computed == 1)
    #expect(!dups.value.pairs.contains { Set([$0.a, $0.b]) == ["e", "f"] })
    // Only the documents whose key changed are recognised again.
    #expect(!ents.restored)
    #expect(ents.computedDocuments >= 1 && ents.computedDocuments < changed.corpus.documents.count)
    #expect(ents.value.entities.contains { $0.id.contains("Whitby") })
    let (freshDups, freshEntities) = try Self.fresh(f, recognizer)
    #expect(try Self.encoded(dups.value) == freshDups)
    #expect(try Self.encoded(ents.value.entities) == freshEntities)

    // Stored again: the next reopen restores the new results.
    let reopened = try CorpusIndex.open(at: f.index)
    let again = try reopened.load(f.corpus).corpus
    let restored = reopened.duplicates(of: again) { OverlapEngine(corpus: again).duplicates() }
    #expect(restored.restored)
    #expect(try Self.encoded(restored.value) == freshDups)
    #expect(reopened.entities(of: again, recognizer: recognizer).restored)
  }

  @Test func aDamagedStoredResultIsComputedAgain() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let recognizer = try EntityRecognizer.loadDefault()
    let index = try CorpusIndex.open(at: f.index)
    let corpus = try index.load(f.corpus).corpus
    _ = index.duplicates(of: corpus) { OverlapEngine(corpus: corpus).duplicates() }
    _ = index.entities(of: corpus, recognizer: recognizer)
    try index.pool.write { db in
      // Cut short: the JSON report and the binary entity forms no longer end where they should.
      try db.execute(sql: "UPDATE results SET value = substr(value, 1, length(value) / 2)")
      try db.execute(sql: "UPDATE doc_mentions SET value = substr(value, 1, length(value) - 1)")
    }
    let dups = index.duplicates(of: corpus) { OverlapEngine(corpus: corpus).duplicates() }
    let ents = index.entities(of: corpus, recognizer: recognizer)
    #expect(!dups.restored && !ents.restored)
    #expect(ents.computedDocuments == corpus.documents.count)
    let (freshDups, freshEntities) = try Self.fresh(f, recognizer)
    #expect(try Self.encoded(dups.value) == freshDups)
    #expect(try Self.encoded(ents.value.entities) == freshEntities)
  }

  @Test func aFullDiskWhileStoringGivesTheRightResultsAndStoresNothingHalf() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    try Self.writeCopies(f)
    // Twenty more copies: a report (190 pairs and more) that needs pages of its own.
    let story = try String(contentsOfFile: f.corpus + "/e.txt", encoding: .utf8)
    for i in 0..<20 { try f.write("copy\(i).txt", "Copy \(i)\n\n" + story) }
    let recognizer = try EntityRecognizer.loadDefault()
    _ = try CorpusIndex.open(at: f.index).load(f.corpus)
    // Compacted, so that no free page is left to grow into.
    let pages = try CorpusIndex.open(at: f.index).pool.barrierWriteWithoutTransaction { db in
      try db.execute(sql: "VACUUM")
      return try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    }
    // No room to grow: storing the results fails.
    let full = try CorpusIndex.open(
      at: f.index, limits: CorpusIndex.Limits(maxPages: pages), note: { _ in })
    let corpus = try full.load(f.corpus).corpus
    let dups = full.duplicates(of: corpus) { OverlapEngine(corpus: corpus).duplicates() }
    let ents = full.entities(of: corpus, recognizer: recognizer)
    #expect(dups.saveProblem?.contains("not stored") == true)
    #expect(ents.saveProblem?.contains("not stored") == true)
    let (freshDups, freshEntities) = try Self.fresh(f, recognizer)
    #expect(try Self.encoded(dups.value) == freshDups)
    #expect(try Self.encoded(ents.value.entities) == freshEntities)
    // The next start (with room) finds nothing stored and computes them again, whole.
    let roomy = try CorpusIndex.open(at: f.index)
    let again = try roomy.load(f.corpus).corpus
    let next = roomy.entities(of: again, recognizer: recognizer)
    #expect(!next.restored && next.computedDocuments == again.documents.count)
    #expect(next.saveProblem == nil)
    #expect(try Self.encoded(next.value.entities) == freshEntities)
  }
}
