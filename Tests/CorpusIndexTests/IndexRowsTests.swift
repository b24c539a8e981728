import CorpusKit
import Foundation
import Testing

@testable import CorpusIndex

/// Reopening from the index's rows (issue 12, instant reopen): the rows, warnings, keys and
/// bodies are those of a fresh read, and any change sends the caller back to a load.
@Suite struct IndexRowsTests {
  /// The fixture's articles plus a record whose id clashes with a file's (renamed `a~2`).
  func fixture() throws -> IndexFixture {
    let f = try IndexFixture()
    try f.writeArticles()
    try f.write(
      "e.jsonl", #"{"id": "a", "text": "A second article called a, about tides."}"# + "\n")
    try f.write("notes.txt", "")
    return f
  }

  @Test func rowsAndBodiesEqualAFreshRead() throws {
    let f = try fixture()
    defer { f.remove() }
    let index = try CorpusIndex.open(at: f.index)
    #expect(index.rows(f.corpus) == nil, "nothing indexed yet")
    _ = try index.load(f.corpus)
    let fresh = try CorpusLoader.load(f.corpus)
    let rows = try #require(try CorpusIndex.open(at: f.index).rows(f.corpus))
    #expect(rows.rows == fresh.documents.map(LibraryRow.init))
    #expect(rows.rows.map(\.id).contains("a~2"))
    #expect(rows.warnings.map(\.description) == fresh.warnings.map(\.description))
    #expect(!rows.warnings.isEmpty)
    #expect(rows.keys == AnalysisKeys(fresh))
    for (i, d) in fresh.documents.enumerated() {
      let restored = try #require(index.document(rows, at: i))
      #expect(fingerprint(Corpus(documents: [restored])) == fingerprint(Corpus(documents: [d])))
    }
    #expect(index.document(rows, at: rows.rows.count) == nil)
    let all = try #require(index.documents(rows))
    #expect(
      fingerprint(Corpus(documents: all, warnings: rows.warnings)) == fingerprint(fresh))
  }

  @Test func anyChangeSendsTheCallerToALoad() throws {
    let f = try fixture()
    defer { f.remove() }
    let index = try CorpusIndex.open(at: f.index)
    _ = try index.load(f.corpus)
    #expect(index.rows(f.corpus) != nil)
    // Changed bytes (and size).
    try f.write("b.txt", "Rail strike resumes\n\nIt began again on Friday.\n")
    #expect(index.rows(f.corpus) == nil)
    _ = try index.load(f.corpus)
    #expect(
      index.rows(f.corpus)?.rows == (try CorpusLoader.load(f.corpus)).documents.map(LibraryRow.init)
    )
    // A new file, then a file gone.
    try f.write("g.txt", "Rivers rise\n\nRivers rise in the north.\n")
    #expect(index.rows(f.corpus) == nil)
    _ = try index.load(f.corpus)
    #expect(index.rows(f.corpus) != nil)
    try FileManager.default.removeItem(atPath: f.corpus + "/c.md")
    #expect(index.rows(f.corpus) == nil)
    _ = try index.load(f.corpus)
    #expect(index.rows(f.corpus)?.rows.count == (try CorpusLoader.load(f.corpus)).documents.count)
    // Other options: not these rows.
    #expect(index.rows(f.corpus, options: LoadOptions(maxFileSize: 150)) == nil)
  }
}
