import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// The duplicate report's clusters as trees, and the cases of issue 11: files that repeat
/// their article, an article repeated 40 times inside one file.
struct OverlapClusterTests {
  typealias T = OverlapEngineTests

  /// A light copy-edit: every 40th word dropped, starting at `offset`.
  static func edited(_ text: String, offset: Int) -> String {
    text.split(separator: " ").enumerated().filter { ($0.offset + offset) % 40 != 0 }
      .map { String($0.element) }.joined(separator: " ")
  }

  /// Six copies of one story (each lightly edited) are one cluster: a tree of six members
  /// hung from one source, and by default only its five edges among the pairs (all fifteen
  /// with the full list).
  @Test func aClusterIsATreeAndItsPairsAreTheTreesEdges() throws {
    let story = T.prose(words: 500, seed: 71)
    var texts = (0..<6).map { Self.edited(story, offset: $0 * 7) }
    texts.append(T.prose(words: 500, seed: 72))
    let c = T.corpus(texts)
    let report = OverlapEngine(corpus: c).duplicates()
    let ids = Set((0..<6).map { "d\($0)" })
    #expect(report.clusters == [ids.sorted()])
    let tree = try #require(report.trees.first)
    #expect(report.trees.count == 1)
    #expect(Set(tree.members.map(\.id)) == ids)
    #expect(tree.members.first?.id == tree.source && tree.members.first?.parent == nil)
    // Every member but the source hangs under a member listed before it.
    var seen: Set<String> = []
    for m in tree.members {
      if let p = m.parent { #expect(seen.contains(p)) }
      seen.insert(m.id)
    }
    let inside = report.pairs.filter { ids.contains($0.a) && ids.contains($0.b) }
    #expect(inside.count == 15)
    let listed = report.treePairs.filter { ids.contains($0.a) && ids.contains($0.b) }
    #expect(listed.count == 5)
    for m in tree.members where m.parent != nil {
      #expect(listed.contains { Set([$0.a, $0.b]) == Set([m.id, m.parent!]) })
    }
  }

  /// Issue 11: two byte-identical files that each hold their article twice are a duplicate
  /// pair (the cleaner takes the repetition for furniture).
  @Test func twoIdenticalFilesThatRepeatTheirArticleArePaired() {
    let article = T.prose(words: 300, seed: 81)
    let text = article + "\n\n" + article
    let c = T.corpus([text, text, T.prose(words: 300, seed: 82)])
    let e = OverlapEngine(corpus: c)
    #expect(!e.align(c.documents[0], c.documents[1]).passages.isEmpty)
    let report = e.duplicates()
    let pair = report.pairs.first { Set([$0.a, $0.b]) == ["d0", "d1"] }
    #expect(pair != nil, "\(report.pairs.map { ($0.a, $0.b, $0.relation) })")
    #expect(!report.pairs.contains { $0.a == "d2" || $0.b == "d2" })
  }

  /// Issue 11: an article repeated 40 times inside one file yields repeats covering it.
  @Test func anArticleRepeatedFortyTimesYieldsRepeats() {
    let article = T.prose(words: 80, seed: 91)
    let text = Array(repeating: article, count: 40).joined(separator: "\n\n")
    let c = T.corpus([text, T.prose(words: 300, seed: 92)])
    let e = OverlapEngine(corpus: c)
    let d = c.documents[0]
    let own = e.align(d, d)
    #expect(!own.passages.isEmpty)
    for p in own.passages { #expect(!p.a.overlaps(p.b)) }
    let report = e.duplicates()
    #expect(report.repeats.contains { $0.a == "d0" && !$0.passages.isEmpty })
  }

  /// A headline restated in its lead is a weak paraphrase of itself, not a repeat: the report
  /// lists only reliable repeats (656 of the 2,225 BBC articles were listed before, most of
  /// them topic restatements at confidence 0.54–0.60), and keeps the sample's restatements.
  @Test(
    .enabled(if: SharedData.exists("corpus/bbc"), "../shared/corpus/bbc is absent: skipped"))
  func onlyReliableRepeatsAreListed() throws {
    let bbc = try CorpusLoader.load(SharedData.path("corpus/bbc"))
    let report = OverlapEngine(corpus: bbc).duplicates()
    for al in report.repeats {
      #expect(!al.passages.isEmpty)
      for p in al.passages { #expect(p.confidence >= Alignment.defaultMinConfidence) }
    }
    #expect(report.repeats.count < 200, "\(report.repeats.count) articles with repeats")
    let sample = try CorpusLoader.load(SharedData.sample)
    let own = OverlapEngine(corpus: sample).duplicates().repeats
    #expect(own.contains { $0.a.hasPrefix("000") && $0.passages.count >= 3 })
  }
}
