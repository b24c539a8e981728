import CorpusKit
import Foundation
import Testing

@testable import CorpusIndex

/// The index's binary form of entities gives back what it was given, and refuses what is cut
/// short or not its own.
@Suite struct EntityCodecTests {
  static let mentions = [
    EntityMention(
      doc: "a", range: 3..<9, text: "Leeds", type: .location, entityID: "Leeds", value: nil),
    EntityMention(
      doc: "b", range: 300..<310, text: "2 January", type: .date, entityID: "2 January",
      region: .caption, value: "--01-02"),
  ]

  @Test func roundTrip() throws {
    let entities = [
      Entity(
        id: "Leeds", type: .location, aliases: ["Leeds", "LEEDS"], mentions: [Self.mentions[0]]),
      Entity(id: "2 January", type: .date, aliases: ["2 January"], mentions: [Self.mentions[1]]),
    ]
    let data = EntityCodec.encode(entities)
    let back = try #require(EntityCodec.decodeEntities(data))
    #expect(try IndexAnalysesTests.encoded(back) == IndexAnalysesTests.encoded(entities))
    let ms = try #require(EntityCodec.decodeMentions(EntityCodec.encode(mentions: Self.mentions)))
    #expect(ms == Self.mentions)
    #expect(EntityCodec.decodeEntities(data.dropLast()) == nil)
    #expect(EntityCodec.decodeMentions(Data("[]".utf8)) == nil)
  }

  /// Past 100,000 mentions the entities are decoded in parallel parts: the same entities in
  /// the same order, and a cut or damaged encoding still gives nothing.
  @Test func aLargeIndexDecodesInPartsToTheSame() throws {
    let types = EntityType.allCases
    let entities = (0..<5_000).map { e in
      Entity(
        id: "Entity \(e)", type: types[e % types.count], aliases: ["Entity \(e)", "E\(e)"],
        mentions: (0..<(e % 41 + 1)).map { k in
          EntityMention(
            doc: "doc-\(k * 7 % 997)", range: k * 10..<k * 10 + 6, text: "E\(e)",
            type: types[e % types.count], entityID: "Entity \(e)",
            region: k % 5 == 0 ? .caption : k % 7 == 0 ? .credit : .text,
            value: e % 3 == 0 ? "2024-0\(k % 9 + 1)" : nil)
        })
    }
    #expect(entities.reduce(0) { $0 + $1.mentions.count } > 100_000)
    let data = EntityCodec.encode(entities)
    let back = try #require(EntityCodec.decodeEntities(data))
    #expect(try IndexAnalysesTests.encoded(back) == IndexAnalysesTests.encoded(entities))
    #expect(EntityCodec.decodeEntities(data.dropLast()) == nil)
    var damaged = data
    damaged[damaged.count / 2] = 0xFF
    damaged[damaged.count / 2 + 1] = 0xFF
    if let decoded = EntityCodec.decodeEntities(damaged) {
      #expect(try IndexAnalysesTests.encoded(decoded) != IndexAnalysesTests.encoded(entities))
    }
  }

  @Test func roundTripOfARecognisedCorpus() throws {
    let f = try IndexFixture()
    defer { f.remove() }
    try f.writeArticles()
    try IndexAnalysesTests.writeCopies(f)
    let corpus = try CorpusLoader.load(f.corpus)
    let entities = EntityIndex(corpus: corpus, recognizer: try .loadDefault()).entities
    let back = try #require(EntityCodec.decodeEntities(EntityCodec.encode(entities)))
    #expect(try IndexAnalysesTests.encoded(back) == IndexAnalysesTests.encoded(entities))
  }
}
