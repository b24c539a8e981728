import Testing

@_spi(Bench) @testable import CorpusKit

/// `Alignment.swapped()` is a symmetry: swapping twice gives the alignment back, and every
/// passage, drift and coverage appears with its sides exchanged.
@Suite struct AlignmentSwapTests {
  static func expectMirror(_ al: Alignment, _ sw: Alignment) {
    #expect(sw.a == al.b && sw.b == al.a)
    #expect(sw.coverageA == al.coverageB && sw.coverageB == al.coverageA)
    #expect(sw.passages.count == al.passages.count)
    #expect(Set(sw.passages.map { $0.swapped() }) == Set(al.passages))
    #expect(
      zip(sw.passages, sw.passages.dropFirst()).allSatisfy { $0.a.lowerBound <= $1.a.lowerBound })
  }

  @Test func aHandMadeAlignmentWithDriftAndFurniture() {
    let p1 = Passage(
      a: 0..<10, b: 20..<30, kind: .verbatim, score: 1, furniture: .a,
      drift: [Drift(a: 2..<4, b: nil, aText: "30", bText: nil, category: .number)])
    let p2 = Passage(a: 15..<25, b: 0..<12, kind: .paraphrase, score: 0.6)
    let al = Alignment(a: "x", b: "y", coverageA: 0.4, coverageB: 0.7, passages: [p1, p2])
    let sw = al.swapped()
    Self.expectMirror(al, sw)
    #expect(sw.passages.map(\.a) == [0..<12, 20..<30])  // sorted again by the new side a
    #expect(sw.passages[1].furniture == .b)
    #expect(
      sw.passages[1].drift == [Drift(a: nil, b: 2..<4, aText: nil, bText: "30", category: .number)]
    )
    #expect(sw.swapped().passages == al.passages)
  }

  @Test func everySamplePairSwapsBackToItself() throws {
    let corpus = try CorpusLoader.load(SharedData.sample)
    let engine = OverlapEngine(corpus: corpus)
    let docs = corpus.documents
    var passages = 0
    for i in docs.indices {
      for j in docs.indices where j > i {
        let al = engine.align(docs[i], docs[j])
        passages += al.passages.count
        let sw = al.swapped()
        Self.expectMirror(al, sw)
        let back = sw.swapped()
        #expect(back.a == al.a && back.b == al.b)
        #expect(back.coverageA == al.coverageA && back.coverageB == al.coverageB)
        #expect(back.passages == al.passages)
      }
    }
    #expect(passages > 0, "the sample has overlapping articles")
  }
}
