import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// The recogniser and the index on the five sample articles: scored against the hand-checked
/// answer in ../shared/eval, and the done-when checks on the bundled sample.
@Suite struct EntitySeedsTests {
  struct GoldMention {
    var doc: String
    var range: Range<Int>
    var type: String
    var id: String
  }

  static let index: EntityIndex = {
    let corpus = try! CorpusLoader.load(SharedData.sample)
    return EntityIndex(corpus: corpus, recognizer: try! EntityRecognizer.loadDefault())
  }()

  static func gold() throws -> [GoldMention] {
    let text = try String(
      contentsOfFile: SharedData.path("eval/seeds-entities.gold.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").compactMap { line in
      let o = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      guard o["region"] as? String != "boilerplate" else { return nil }
      return GoldMention(
        doc: o["doc"] as! String, range: (o["start"] as! Int)..<(o["end"] as! Int),
        type: o["type"] as! String,
        id: o["id"] as! String)
    }
  }

  @Test(
    .enabled(
      if: SharedData.exists("eval/seeds-entities.gold.jsonl"),
      "skipped: ../shared/eval/seeds-entities.gold.jsonl is absent (the hand-checked answer lives in the shared folder)"
    ))
  func mentionsMatchTheGoldAnswer() throws {
    let gold = try Self.gold()
    let docs = Set(gold.map(\.doc))
    let predicted = Self.index.entities.flatMap(\.mentions).filter { docs.contains($0.doc) }
    struct Key: Hashable {
      var doc: String
      var range: Range<Int>
      var type: String
    }
    let g = Set(gold.map { Key(doc: $0.doc, range: $0.range, type: $0.type) })
    let p = Set(predicted.map { Key(doc: $0.doc, range: $0.range, type: $0.type.rawValue) })
    let correct = Double(g.intersection(p).count)
    let precision = correct / Double(max(1, p.count))
    let recall = correct / Double(max(1, g.count))
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)

    // Id consistency: a gold entity is consistent when its recognised mentions all got one id
    // that no other gold entity's mentions got.
    struct Place: Hashable {
      var doc: String
      var range: Range<Int>
    }
    var predictedID: [Place: String] = [:]
    for m in predicted { predictedID[Place(doc: m.doc, range: m.range)] = m.entityID }
    var idsByGold: [String: Set<String>] = [:]
    var goldByID: [String: Set<String>] = [:]
    for m in gold {
      guard let id = predictedID[Place(doc: m.doc, range: m.range)] else { continue }
      idsByGold[m.id, default: []].insert(id)
      goldByID[id, default: []].insert(m.id)
    }
    let entities = Set(gold.map(\.id))
    let consistent = entities.filter { e in
      guard let ids = idsByGold[e], ids.count == 1 else { return false }
      return goldByID[ids.first!] == [e]
    }
    let share = Double(consistent.count) / Double(entities.count)
    print(
      String(
        format:
          "seeds mentions: P %.3f R %.3f F1 %.3f (gold %d, predicted %d); one id per entity: %d/%d = %.3f",
        precision, recall, f1, g.count, p.count, consistent.count, entities.count, share))
    #expect(precision >= 0.90)
    #expect(recall >= 0.90)
    #expect(f1 >= 0.90)
    #expect(share >= 0.80)
  }

  @Test func lukashenkoIsOneEntityWithHisShortName() throws {
    let e = try #require(Self.index.entity(id: "Alexander Lukashenko"))
    #expect(e.type == .person)
    #expect(e.aliases.contains("Lukashenko"))
    #expect(Self.index.entity(id: "Lukashenko") == nil)
    #expect(Set(e.mentions.map(\.doc)).count >= 2)
  }

  @Test func liQiangAndLiKeqiangStayApart() throws {
    let qiang = try #require(Self.index.entity(id: "Li Qiang"))
    let keqiang = try #require(Self.index.entity(id: "Li Keqiang"))
    #expect(qiang.type == .person && keqiang.type == .person)
    // A bare "Li" goes to the Li of its own document.
    let docsQ = Set(qiang.mentions.map(\.doc))
    let docsK = Set(keqiang.mentions.map(\.doc))
    for m in qiang.mentions + keqiang.mentions where m.text == "Li" {
      let full = m.entityID == "Li Qiang" ? qiang : keqiang
      #expect(full.mentions.contains { $0.doc == m.doc && $0.text.contains(" ") })
    }
    #expect(docsQ.contains { $0.hasPrefix("001") })
    #expect(docsK.contains { $0.hasPrefix("004") })
    #expect(!qiang.mentions.contains { $0.text.contains("Keqiang") })
  }

  @Test func scoIsAnAliasOfTheShanghaiCooperationOrganization() throws {
    let e = try #require(Self.index.entity(id: "Shanghai Cooperation Organization"))
    #expect(e.type == .organization)
    #expect(e.aliases.contains("SCO"))
    #expect(Self.index.entity(id: "SCO") == nil)
  }

  @Test func usAndUnitedStatesAreOneEntity() throws {
    let e = try #require(Self.index.entity(id: "United States"))
    #expect(e.aliases.contains("U.S."))
  }

  @Test func noMentionInFurnitureAndNoPossessiveInNames() throws {
    let corpus = try CorpusLoader.load(SharedData.sample)
    for e in Self.index.entities {
      for m in e.mentions {
        let d = try #require(corpus.document(id: m.doc))
        #expect(
          d.kind(at: m.range.lowerBound) != .boilerplate, "\(m.text) in furniture of \(m.doc)")
        #expect(!m.text.hasSuffix("’s") && !m.text.hasSuffix("'s") && !m.text.hasSuffix("’"))
        #expect(d.slice(m.range) == m.text)
      }
    }
    for word in ["Subscribe", "Skip", "News Feed", "Editors' Picks"] {
      #expect(Self.index.entity(id: word) == nil)
    }
  }

  @Test func indexAnswersPerDocumentAndCooccurrence() throws {
    let doc = try #require(Self.index.entities.first?.mentions.first?.doc)
    let ms = Self.index.mentions(inDocument: doc)
    #expect(!ms.isEmpty)
    #expect(zip(ms, ms.dropFirst()).allSatisfy { $0.range.lowerBound <= $1.range.lowerBound })
    let top = Self.index.entities(inDocument: doc)
    #expect(top.allSatisfy { $0.countsByDocument[doc, default: 0] > 0 })
    let with = Self.index.cooccurring(with: "Alexander Lukashenko", limit: 5)
    #expect(with.count == 5)
    #expect(with.contains { $0.entity.id == "Belarus" })
  }
}
