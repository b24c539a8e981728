import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Word clusters: the builder groups words by their contexts, deterministically; the table
/// reads its file, gives prefixes and finds a headline's capitals; the model file keeps it.
@Suite struct EntityClusterTests {
  /// Sentences where animals, verbs and towns each fill their own slot.
  static func text() -> [[String]] {
    let animals = ["cat", "dog", "horse", "goat"]
    let verbs = ["ran", "sat", "slept", "ate"]
    let towns = ["Leeds", "Paris", "Oslo", "Kyiv"]
    var out: [[String]] = []
    for (i, a) in animals.enumerated() {
      for (j, v) in verbs.enumerated() {
        for (k, t) in towns.enumerated() where (i + j + k) % 2 == 0 {
          out.append(["the", a, v, "in", t, "."])
          out.append(["a", a, v, "near", t, "today", "."])
        }
      }
    }
    return out
  }

  static func sharedPrefix(_ a: String, _ b: String) -> Int {
    zip(a, b).prefix { $0 == $1 }.count
  }

  @Test func builderGroupsWordsOfAlikeContextsAndIsDeterministic() {
    var options = ClusterBuilder.Options()
    options.minCount = 2
    options.contextWords = 20
    options.dimensions = 64
    let entries = ClusterBuilder(options: options).build(Self.text())
    #expect(entries == ClusterBuilder(options: options).build(Self.text()))
    let path = Dictionary(uniqueKeysWithValues: entries.map { ($0.word, $0.path) })
    #expect(path.count == 18)
    let cat = path["cat"]!
    let dog = path["dog"]!
    let paris = path["Paris"]!
    let oslo = path["Oslo"]!
    let ran = path["ran"]!
    #expect(Self.sharedPrefix(cat, dog) > Self.sharedPrefix(cat, paris))
    #expect(Self.sharedPrefix(paris, oslo) > Self.sharedPrefix(paris, ran))
    #expect(Self.sharedPrefix(cat, dog) > Self.sharedPrefix(cat, ran))
  }

  @Test func tableReadsPathsGivesPrefixesAndFindsCapitals() throws {
    let table = try WordClusters(text: "0110\tChelsea\t9\n111\tthe\t40\n")
    #expect(table.count == 2)
    let chelsea = table.code(WordInfo("Chelsea".unicodeScalars))
    #expect(chelsea == 0b10110)
    #expect(table.code(WordInfo("CHELSEA".unicodeScalars)) == chelsea)
    #expect(table.code(WordInfo("The".unicodeScalars)) == 0b1111)
    #expect(table.code(WordInfo("Arsenal".unicodeScalars)) == 0)
    #expect(WordClusters.prefix(chelsea, 2) == 0b101)
    #expect(WordClusters.prefix(chelsea, 20) == chelsea)
    #expect(throws: EntityModelError.self) { try WordClusters(text: "01x1\tword\t3\n") }
    #expect(throws: EntityModelError.self) { try WordClusters(text: "0101\n") }
  }

  @Test func modelFileKeepsTheClusters() throws {
    let model = try EntityRecognizer.loadDefault().model
    let back = try ModelFile.decode(ModelFile.encode(model), path: "test.model")
    #expect(back.clusters.count == model.clusters.count)
    #expect(back.clusters.entries == model.clusters.entries)
  }
}
