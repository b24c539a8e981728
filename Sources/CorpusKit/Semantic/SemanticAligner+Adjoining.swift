/// A rewrite's sentences next to a passage the lexical aligner found reliably: a machine
/// rewrite keeps some of its source's wording, so the lexical aligner claims those sentences
/// and the encoder's chain of the reworded ones around them is cut short (two links, no link
/// near the same meaning). A chain that continues, in the same order on both sides and
/// within the chains' gaps, into a reliable lexical passage has that passage as its strong
/// evidence: it is the same rewrite, not two texts on one topic. Only in a pair already
/// established as a rewrite (`rewriteShare`): two reports of one story in other words chain
/// by topic next to one shared sentence.
extension SemanticAligner {
  /// Whether the chain whose first link pairs sentences `first` and whose last pairs `last`
  /// (indices into `pa`'s and `pb`'s sentences) adjoins, before or after it, one of the
  /// reliable lexical passages (`lexicalA[k]` with `lexicalB[k]`, scalar ranges).
  func adjoinsReliable(
    first: (Int, Int), last: (Int, Int), _ pa: DocumentProfile, _ pb: DocumentProfile,
    lexicalA: [Range<Int>], lexicalB: [Range<Int>]
  ) -> Bool {
    func sentences(_ p: DocumentProfile, _ r: Range<Int>) -> (Int, Int)? {
      guard let lo = p.sentences.firstIndex(where: { $0.range.overlaps(r) }),
        let hi = p.sentences.lastIndex(where: { $0.range.overlaps(r) })
      else { return nil }
      return (lo, hi)
    }
    func step(_ gi: Int, _ gj: Int) -> Bool {
      gi >= 1 && gj >= 1 && min(gi, gj) <= maxGap + 1 && max(gi, gj) <= maxSkip + 1
    }
    for k in lexicalA.indices where k < lexicalB.count {
      guard let sa = sentences(pa, lexicalA[k]), let sb = sentences(pb, lexicalB[k]) else {
        continue
      }
      if step(sa.0 - last.0, sb.0 - last.1) || step(first.0 - sa.1, first.1 - sb.1) {
        return true
      }
    }
    return false
  }
}

extension SemanticAligner {
  /// The share of the sentences of at least `minTokens` content words of the side with fewer
  /// of them that `coveredA` (on `pa`) or `coveredB` (on `pb`) overlaps; 0 when a side has none.
  static func share(
    _ pa: DocumentProfile, _ pb: DocumentProfile, minTokens: Int, _ coveredA: [Range<Int>],
    _ coveredB: [Range<Int>]
  ) -> Double {
    func counts(_ p: DocumentProfile, _ covered: [Range<Int>]) -> (all: Int, covered: Int) {
      var all = 0
      var hit = 0
      for s in p.sentences where s.tokens.count >= minTokens {
        all += 1
        if covered.contains(where: { $0.overlaps(s.range) }) { hit += 1 }
      }
      return (all, hit)
    }
    let a = counts(pa, coveredA)
    let b = counts(pb, coveredB)
    let shorter = a.all <= b.all ? a : b
    guard shorter.all > 0 else { return 0 }
    return Double(shorter.covered) / Double(shorter.all)
  }
}
