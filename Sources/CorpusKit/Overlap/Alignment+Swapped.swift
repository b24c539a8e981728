extension Alignment {
  /// The same alignment seen from the other side: `a` and `b` exchanged in every passage, drift
  /// and coverage, passages sorted again by their (new) `a` start.
  ///
  /// The compare view uses it when the user swaps the panes or a result arrives for the pair in
  /// the other order; `swapped().swapped()` is the alignment itself. O(p log p) for p passages.
  public func swapped() -> Alignment {
    var out = Alignment(
      a: b, b: a, coverageA: coverageB, coverageB: coverageA,
      passages: passages.map { $0.swapped() }.sorted {
        ($0.a.lowerBound, $0.a.upperBound, $0.b.lowerBound, $0.b.upperBound)
          < ($1.a.lowerBound, $1.a.upperBound, $1.b.lowerBound, $1.b.upperBound)
      })
    out.storyLinks = storyLinks?.map { $0.swapped() }.sorted {
      ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound)
    }
    return out
  }
}

extension Passage {
  /// The same passage with its sides exchanged (drift and the furniture side too; the
  /// confidence is the pair's, whichever side is left).
  func swapped() -> Passage {
    Passage(
      a: b, b: a, kind: kind, score: score, furniture: furniture.map { $0 == .a ? .b : .a },
      drift: drift.map {
        Drift(a: $0.b, b: $0.a, aText: $0.bText, bText: $0.aText, category: $0.category)
      }, confidence: confidence)
  }
}
