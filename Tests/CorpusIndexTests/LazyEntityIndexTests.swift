import CorpusKit
import Foundation
import Testing

@testable import CorpusIndex

/// A reopen reads the stored entity index lazily (names, types and counts at once; an
/// entity's mentions when asked): every answer equals the one of the index held in memory.
@Suite struct LazyEntityIndexTests {
  /// Everything the browser and `reader entities` ask of an index, one against the other.
  static func expectSameAnswers(
    _ lazy: EntityIndex, _ eager: EntityIndex, docs: [String], every: Int = 1
  ) throws {
    #expect(!lazy.holdsMentions && eager.holdsMentions)
    #expect(lazy.summaries == eager.summaries)
    #expect(lazy.summaries == eager.entities.map(EntitySummary.init))
    #expect(
      try IndexAnalysesTests.encoded(lazy.entities) == IndexAnalysesTests.encoded(eager.entities))
    #expect(lazy.corpusEntities.map(\.id) == eager.corpusEntities.map(\.id))
    for doc in docs {
      #expect(lazy.mentions(inDocument: doc) == eager.mentions(inDocument: doc))
      #expect(
        lazy.entities(inDocument: doc).map(\.id) == eager.entities(inDocument: doc).map(\.id))
    }
    for s in stride(from: 0, to: eager.count, by: every).map({ eager.summaries[$0] }) {
      let (l, e) = (try #require(lazy.entity(id: s.id)), try #require(eager.entity(id: s.id)))
      #expect(l.mentions == e.mentions)
      let co = { (x: EntityIndex) in
        x.cooccurring(with: s.id, limit: 5).map { ($0.entity.id, $0.documents) }
      }
      #expect(co(lazy).elementsEqual(co(eager), by: ==))
    }
    #expect(lazy.entity(id: "no such entity") == nil && lazy.summary(id: "no such entity") == nil)
  }

  @Test func aReopenedIndexReadsMentionsLazilyAndAnswersAsAFreshOne() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    try IndexAnalysesTests.writeCopies(f)
    let recognizer = try EntityRecognizer.loadDefault()
    let corpus = try CorpusIndex.open(at: f.index).load(f.corpus).corpus
    _ = try CorpusIndex.open(at: f.index).entities(of: corpus, recognizer: recognizer)

    let reopened = try CorpusIndex.open(at: f.index)
    let again = try reopened.load(f.corpus).corpus
    let restored = reopened.entities(of: again, recognizer: recognizer)
    #expect(restored.restored)
    let fresh = EntityIndex(corpus: try CorpusLoader.load(f.corpus), recognizer: recognizer)
    #expect(fresh.count > 5, "the fixture names enough to compare")
    try Self.expectSameAnswers(restored.value, fresh, docs: again.documents.map(\.id) + ["none"])
  }

  /// A thousand entities over 211 documents, in every region, with and without
  /// values; a cut or damaged encoding is refused as a whole.
  @Test func aLargeStoredIndexAnswersAsTheOneInMemory() throws {
    let types = EntityType.allCases
    var entities = (0..<1_000).map { e in
      Entity(
        id: "Entity \(e)", type: types[e % types.count], aliases: ["Entity \(e)", "E\(e)"],
        mentions: (0..<(e % 23 + 1)).flatMap { k in
          // Two mentions in some documents, so counts per document differ.
          (0...(k % 3 == 0 ? 1 : 0)).map { j in
            EntityMention(
              doc: "doc-\((k * 7 + e) % 211)", range: k * 10 + j * 5..<k * 10 + j * 5 + 4,
              text: "E\(e)", type: types[e % types.count], entityID: "Entity \(e)",
              region: k % 5 == 0 ? .caption : k % 7 == 0 ? .credit : .text,
              value: e % 3 == 0 && k > 0 ? "2024-0\(k % 9 + 1)" : nil)
          }
        })
    }
    // Some entities come back to their first document after others (not grouped by
    // document): a document still lists each of its entities once.
    for e in stride(from: 0, to: entities.count, by: 10) where entities[e].mentions.count > 2 {
      var back = entities[e].mentions[0]
      back.range = 900..<904
      entities[e].mentions.append(back)
    }
    let data = EntityCodec.encode(entities)
    let lazy = try #require(StoredEntityMentions.index(data))
    let docs = (0..<211).map { "doc-\($0)" }
    try Self.expectSameAnswers(lazy, EntityIndex(entities: entities), docs: docs, every: 7)
    #expect(StoredEntityMentions.index(data.dropLast()) == nil)
    #expect(StoredEntityMentions.index(data + [0]) == nil)
    var damaged = data
    damaged[damaged.count / 2] = 0xFF
    damaged[damaged.count / 2 + 1] = 0xFF
    if let read = StoredEntityMentions.index(damaged) {
      #expect(
        try IndexAnalysesTests.encoded(read.entities) != IndexAnalysesTests.encoded(entities))
    }
  }
}
