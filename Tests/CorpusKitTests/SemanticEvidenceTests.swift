import Testing

@testable import CorpusKit

/// The confidence of passages the sentence encoder finds follows their evidence: a lone short
/// sentence pair (topic reaches a high cosine there) and a weak chain of two stay hidden at the
/// default threshold; a long ordered chain that keeps its names and numbers is shown.
struct SemanticEvidenceTests {
  let threshold = Alignment.defaultMinConfidence

  @Test func loneShortSentencesStayHiddenEvenAtAHighCosine() {
    for (chars, cosine) in [(75, 0.93), (92, 0.97), (140, 0.95)] {
      let e = SemanticEvidence(
        links: 1, characters: chars, minimum: cosine, mean: cosine, best: cosine, anchorsA: 3,
        anchorsB: 3, sharedAnchors: 3)
      #expect(e.confidence < threshold, "\(chars) chars at \(cosine): \(e.confidence)")
    }
  }

  @Test func weakChainsOfTwoStayHidden() {
    let e = SemanticEvidence(
      links: 2, characters: 260, minimum: 0.58, mean: 0.72, best: 0.86, anchorsA: 5, anchorsB: 4,
      sharedAnchors: 1)
    #expect(e.confidence < threshold, "\(e.confidence)")
  }

  @Test func longOrderedChainsAreShown() {
    let e = SemanticEvidence(
      links: 4, characters: 520, minimum: 0.66, mean: 0.78, best: 0.88, anchorsA: 8, anchorsB: 7,
      sharedAnchors: 4, numbersA: 1, numbersB: 1, sharedNumbers: 1)
    #expect(e.confidence >= threshold, "\(e.confidence)")
  }

  @Test func eachKindOfEvidenceRaisesTheConfidence() {
    let base = SemanticEvidence(
      links: 2, characters: 250, minimum: 0.65, mean: 0.78, best: 0.88, anchorsA: 6, anchorsB: 6,
      sharedAnchors: 2)
    var longer = base
    longer.characters = 500
    var moreLinks = base
    moreLinks.links = 3
    var closer = base
    closer.mean = 0.85
    closer.minimum = 0.8
    var anchored = base
    anchored.sharedAnchors = 5
    for e in [longer, moreLinks, closer, anchored] { #expect(e.confidence > base.confidence) }
    var otherNumbers = base
    otherNumbers.numbersA = 2
    otherNumbers.numbersB = 1
    #expect(otherNumbers.confidence < base.confidence)
  }
}
