import CorpusKit
import Foundation
import GRDB
import Testing

@testable import CorpusIndex

/// Full-text search: FTS5 with diacritics removed; phrase, prefix and boolean queries; match
/// offsets into the document's text.
@Suite struct IndexSearchTests {
  @Test func theSystemSQLiteHasFTS5() throws {
    let q = try DatabaseQueue()
    let ok = try q.write { db in
      try db.execute(sql: "CREATE VIRTUAL TABLE temp.t USING fts5(x)")
      return try db.tableExists("t")
    }
    #expect(ok)
  }

  @Test func queriesFindTheRightArticlesAndOffsets() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let index = try CorpusIndex.open(at: f.index)
    let corpus = try index.load(f.corpus).corpus
    // Diacritics removed both ways: "cafe" finds "café", "café" finds "cafe".
    #expect(Set(try index.search("cafe").map(\.id)) == ["a", "c"])
    #expect(Set(try index.search("café").map(\.id)) == ["a", "c"])
    #expect(try index.search("\"rail strike\"").map(\.id) == ["b"])
    #expect(Set(try index.search("bud*").map(\.id)) == ["j1", "j2"])
    #expect(try index.search("budget NOT passed").map(\.id) == ["j1"])
    #expect(try index.search("protest AND Lyon").map(\.id) == ["a"])
    // Page furniture is not searched.
    #expect(try index.search("\"skip to content\"").isEmpty)
    // Offsets are scalar ranges of the document's text.
    let hit = try #require(try index.search("terraces").first)
    let doc = try #require(corpus.document(id: hit.id))
    #expect(!hit.matches.isEmpty)
    for m in hit.matches { #expect(doc.slice(m).lowercased() == "terraces") }
    for m in hit.snippetMatches {
      #expect(ScalarText(hit.snippet).slice(m).lowercased() == "terraces")
    }
    #expect(!hit.snippet.contains("\n"))
  }

  @Test func aQueryTheEngineRejectsIsSearchedAsWords() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let index = try CorpusIndex.open(at: f.index)
    _ = try index.load(f.corpus)
    #expect(try index.search("rail (strike").map(\.id) == ["b"])
    #expect(throws: IndexError.self) { try index.search("((( ***") }
    #expect(try index.search("votes", limit: 1).count == 1)
  }
}
