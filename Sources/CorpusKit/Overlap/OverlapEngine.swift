/// Finds text reuse: passages two documents share (verbatim or paraphrased), and the
/// corpus-wide report of duplicates, rewrites and shared passages.
public struct OverlapEngine: Sendable {
  public let corpus: Corpus

  /// An engine over `corpus`; corpus statistics (n-gram and word rarity) come from it.
  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// Every passage shared by `a` and `b`; `align(d, d)` finds repeats inside `d`.
  public func align(_ a: Document, _ b: Document) -> Alignment {
    Alignment(a: a.id, b: b.id, coverageA: 0, coverageB: 0, passages: [])
  }

  /// The corpus-wide report.
  public func duplicates() -> DuplicateReport {
    DuplicateReport(pairs: [], clusters: [], repeats: [])
  }
}
