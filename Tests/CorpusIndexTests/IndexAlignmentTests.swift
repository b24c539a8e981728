import CorpusKit
import Foundation
import Testing

@testable import CorpusIndex

/// A pair is aligned once: the index keeps its alignment per corpus and mode, and gives it
/// back exactly as computed.
@Suite struct IndexAlignmentTests {
  private func json(_ al: Alignment) throws -> Data {
    let e = JSONEncoder()
    e.outputFormatting = .sortedKeys
    return try e.encode(al)
  }

  @Test func aPairIsAlignedOnceAndRestoredExactly() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    let shared =
      "The regional council voted on Thursday to close the old harbour bridge to heavy lorries after engineers found cracks in two of its supporting piers during a routine inspection last month."
    try f.write(
      "x.txt", "Bridge closed to lorries\n\n\(shared)\n\nDrivers must take the ring road.\n")
    try f.write(
      "y.txt",
      "Harbour bridge shut\n\nHauliers were angry.\n\n\(shared)\n\nRepairs will take a year.\n")
    let corpus = try CorpusLoader.load(f.corpus)
    let engine = OverlapEngine(corpus: corpus)
    let a = try #require(corpus.documents.first { $0.id == "x" })
    let c = try #require(corpus.documents.first { $0.id == "y" })
    let key = AnalysisKeys(corpus).corpus
    var computed = 0
    func align() -> Alignment {
      computed += 1
      return engine.align(a, c)
    }
    let first = try CorpusIndex.open(at: f.index).alignment(
      a, c, corpus: key, mode: engine.mode, compute: align)
    #expect(!first.restored && computed == 1)
    #expect(!first.value.passages.isEmpty, "the two bridge articles share a passage")
    // Another process (a later `reader overlaps`) reads it back, byte for byte.
    let again = try CorpusIndex.open(at: f.index).alignment(
      a, c, corpus: key, mode: engine.mode, compute: align)
    #expect(again.restored && computed == 1)
    #expect(try json(again.value) == json(engine.align(a, c)))
    // The other order, another mode or another corpus is aligned afresh.
    let index = try CorpusIndex.open(at: f.index)
    _ = index.alignment(c, a, corpus: key, mode: engine.mode) {
      computed += 1
      return engine.align(c, a)
    }
    _ = index.alignment(a, c, corpus: key, mode: "semantic", compute: align)
    _ = index.alignment(a, c, corpus: key + "0", mode: engine.mode, compute: align)
    #expect(computed == 4)
  }
}
