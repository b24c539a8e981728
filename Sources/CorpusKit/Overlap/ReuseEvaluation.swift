/// Scores the overlap engine on a text-reuse set (document pairs with hand-judged passages,
/// and negative pairs that share no text) with the PAN measures, in process.
///
/// The same measures as `../shared/tools/score-reuse`, which runs the release binary once per
/// pair: here the corpus is loaded once, so a whole development set scores in seconds. Every
/// passage `align` reports counts, whatever its kind.
@_spi(Bench) public struct ReuseEvaluation: Sendable {
  /// One reported passage with its document pair and whether it touches a true case.
  public struct Detection: Sendable {
    /// The passage as a reuse case (document ids and ranges).
    public var reuse: ReuseCase
    /// The passage as the engine reported it (kind, score, confidence).
    public var passage: Passage
    /// Share of the passage's characters (both sides) inside true cases of its pair.
    public var truth: Double
    /// True when the passage came from a negative pair.
    public var negative: Bool
  }

  /// The PAN measures over the positive pairs.
  public var scores: PANMeasures.Scores
  /// Negative pairs with at least one passage, and how many were tried.
  public var negativesHit: Int
  /// Negative pairs aligned.
  public var negativesTried: Int
  /// Characters (both sides) reported on negative pairs.
  public var negativeCharacters: Int
  /// Every passage reported, positives then negatives.
  public var detections: [Detection]

  /// Aligns every pair of `positives` and `negatives` (ids of `engine.corpus`) and scores the
  /// passages of the positives against `gold` (only cases on those pairs count); passages
  /// with `score < minScore` are left out, as `reader overlaps --min-score` leaves them.
  public static func run(
    _ engine: OverlapEngine, positives: [(String, String)], gold: [ReuseCase],
    negatives: [(String, String)] = [], minScore: Double = 0
  ) -> ReuseEvaluation {
    var byId: [String: Document] = [:]
    for d in engine.corpus.documents { byId[d.id] = d }
    let pairSet = Set(positives.map { [$0.0, $0.1].sorted() })
    let cases = gold.map(\.normalized).filter { pairSet.contains([$0.aDoc, $0.bDoc]) }
    var casesByPair: [[String]: [ReuseCase]] = [:]
    for c in cases { casesByPair[[c.aDoc, c.bDoc], default: []].append(c) }
    var detections: [Detection] = []
    func align(_ x: String, _ y: String, negative: Bool) -> Int {
      guard let a = byId[x], let b = byId[y] else { return 0 }
      var n = 0
      for p in engine.align(a, b).passages where p.confidence >= minScore {
        let r = ReuseCase(aDoc: x, a: p.a, bDoc: y, b: p.b).normalized
        let truths = casesByPair[[r.aDoc, r.bDoc]]?.filter { $0.detected(by: r) } ?? []
        let inside = PANMeasures.unionOfIntersections(r, truths)
        detections.append(
          Detection(
            reuse: r, passage: p, truth: r.size == 0 ? 0 : Double(inside) / Double(r.size),
            negative: negative))
        n += 1
      }
      return n
    }
    for (x, y) in positives { _ = align(x, y, negative: false) }
    var hit = 0
    for (x, y) in negatives where align(x, y, negative: true) > 0 { hit += 1 }
    let found = detections.filter { !$0.negative }.map(\.reuse)
    return ReuseEvaluation(
      scores: PANMeasures.score(cases: cases, detections: found), negativesHit: hit,
      negativesTried: negatives.count,
      negativeCharacters: detections.filter(\.negative).reduce(0) { $0 + $1.reuse.size },
      detections: detections)
  }
}
