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
