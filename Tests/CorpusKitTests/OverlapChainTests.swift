import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Issue 9's "chains of matched units in the same order on both sides": a weak passage that
/// sits between reliable passages of its pair, in the same order on both sides and with small
/// gaps, where the chain covers most of the shorter text (a whole article rewritten from the
/// other), takes the chain's confidence; without a reliable anchor, out of order, or as a
/// small part of long texts, it keeps its own.
struct OverlapChainTests {
  /// The profiles of two made-up texts of `words` words each, and their lengths in scalars.
  static func profiles(words: Int) -> (DocumentProfile, DocumentProfile, Int, Int) {
    let a = OverlapEngineTests.prose(words: words, seed: 41)
    let b = OverlapEngineTests.prose(words: words, seed: 42)
    let corpus = OverlapEngineTests.corpus([a, b])
    let engine = OverlapEngine(corpus: corpus)
    return (
      engine.prepare(corpus.documents[0]).profile, engine.prepare(corpus.documents[1]).profile,
      a.unicodeScalars.count, b.unicodeScalars.count
    )
  }

  /// Three passages at the given shares of each text: reliable, weak, reliable.
  static func chain(_ n: Int, _ m: Int, weakB: (Double, Double) = (0.45, 0.55)) -> [Passage] {
    func r(_ len: Int, _ x: Double, _ y: Double) -> Range<Int> {
      Int(Double(len) * x)..<Int(Double(len) * y)
    }
    return [
      Passage(a: r(n, 0, 0.4), b: r(m, 0, 0.4), kind: .paraphrase, score: 0.6, confidence: 0.9),
      Passage(
        a: r(n, 0.45, 0.55), b: r(m, weakB.0, weakB.1), kind: .verbatim, score: 1,
        confidence: 0.06),
      Passage(
        a: r(n, 0.6, 0.95), b: r(m, 0.6, 0.95), kind: .paraphrase, score: 0.5, confidence: 0.76),
    ]
  }

  @Test func aWeakPassageInAnOrderedChainTakesItsWeakestAnchorsConfidence() {
    let (pa, pb, n, m) = Self.profiles(words: 300)
    let out = PassageChains.promote(Self.chain(n, m), pa, pb, lengthA: n, lengthB: m)
    #expect(out.map(\.confidence) == [0.9, 0.76, 0.76])
  }

  @Test func withoutAReliableAnchorNothingIsRaised() {
    let (pa, pb, n, m) = Self.profiles(words: 300)
    var passages = Self.chain(n, m)
    for k in passages.indices { passages[k].confidence = 0.3 }
    #expect(
      PassageChains.promote(passages, pa, pb, lengthA: n, lengthB: m).map(\.confidence) == [
        0.3, 0.3, 0.3,
      ])
  }

  @Test func aWeakPassageOutOfOrderOnOneSideKeepsItsOwn() {
    let (pa, pb, n, m) = Self.profiles(words: 300)
    // On B it lies at the very end, after the second reliable passage.
    let out = PassageChains.promote(
      Self.chain(n, m, weakB: (0.96, 0.999)), pa, pb, lengthA: n, lengthB: m)
    #expect(out[1].confidence == 0.06)
  }

  @Test func aChainOverASmallShareOfTheShorterTextRaisesNothing() {
    // The same passages (in scalars) inside texts ten times as long: an essay that copied
    // one passage, not an article rewritten from the other.
    let (pa, pb, n, m) = Self.profiles(words: 300)
    let (la, lb, ln, lm) = Self.profiles(words: 3000)
    let out = PassageChains.promote(Self.chain(n, m), la, lb, lengthA: ln, lengthB: lm)
    #expect(out[1].confidence == 0.06)
    _ = (pa, pb)
  }
}
