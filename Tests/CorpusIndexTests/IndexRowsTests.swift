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

  /// The rows drawn before any file is checked are the checked rows: the same order (also for
  /// a name SQLite orders otherwise: a decomposed "é" sorts before "f" in its bytes, after it
  /// in Swift's order, as the loader lists), renamed ids, warnings of an empty file, keys.
  @Test func storedRowsEqualTheCheckedRows() throws {
    let f = try fixture()
    defer { f.remove() }
    try f.write("e\u{301}t\u{E9}.txt", "Summer fete\n\nThe village fete raised money.\n")
    try f.write("f.txt", "Ferry delays\n\nThe ferry ran late again.\n")
    let index = try CorpusIndex.open(at: f.index)
    #expect(index.storedRows(f.corpus) == nil, "nothing indexed yet")
    _ = try index.load(f.corpus)
    let checked = try #require(index.rows(f.corpus))
    let stored = try #require(CorpusIndex.open(at: f.index).storedRows(f.corpus))
    #expect(stored.isSame(as: checked))
    let paths = stored.rows.map { ($0.path as NSString).lastPathComponent }
    let e = try #require(paths.firstIndex { $0.hasSuffix("t\u{E9}.txt") })
    try #require(paths[e].unicodeScalars.first == "e", "the name kept decomposed on disk")
    #expect(paths.firstIndex(of: "f.txt")! < e)
    #expect(stored.warnings.contains { $0.path.hasSuffix("notes.txt") && $0.skipsFile })
    #expect(stored.rows.map(\.id).contains("a~2"))
    #expect(index.storedRows(f.dir + "/elsewhere") == nil, "another root's rows are not shown")
  }

  /// What the first frame shows comes from `storedRows` alone (no file checked): every row's
  /// id, path, label, date, outlet, words and format are a fresh read's, for files of one and
  /// of several articles, an empty file between them, and a renamed id (its raw id, which the
  /// read shares with the id when they are equal, still gives the rename warning).
  @Test func storedRowsShowWhatAFreshReadShows() throws {
    let f = try fixture()
    defer { f.remove() }
    try f.write(
      "m.jsonl",
      (1...4).map {
        #"{"id": "m\#($0)", "title": "Storm day \#($0)", "date": "2024-01-0\#($0)", "#
          + #""outlet": "Tide Post", "text": "The storm reached the coast for the \#($0) time."}"#
      }.joined(separator: "\n") + "\n")
    try f.write("n.txt", "")
    try f.write("o.txt", "Harbour reopens\n\nThe harbour reopened after the storm.\n")
    _ = try CorpusIndex.open(at: f.index).load(f.corpus)
    let fresh = try CorpusLoader.load(f.corpus)
    let stored = try #require(CorpusIndex.open(at: f.index).storedRows(f.corpus))
    #expect(stored.rows == fresh.documents.map(LibraryRow.init))
    #expect(stored.rows.filter { $0.path.hasSuffix("/m.jsonl") }.count == 4)
    #expect(stored.rows.contains { $0.outlet == "Tide Post" && $0.date == "2024-01-03" })
    let renames = { (w: [LoadWarning]) in
      w.filter { $0.message.hasPrefix("duplicate id") }.map(\.description)
    }
    #expect(renames(stored.warnings) == renames(fresh.warnings))
    #expect(renames(stored.warnings).count == 1)
    #expect(stored.warnings.contains { $0.path.hasSuffix("n.txt") && $0.skipsFile })
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
