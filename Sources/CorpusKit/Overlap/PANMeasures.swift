import Foundation

/// One case of text reuse: a passage of one document and the passage of another (or the
/// same) document it matches. Pairs are unordered: `normalized` puts them in a canonical order.
@_spi(Bench) public struct ReuseCase: Sendable, Hashable {
  /// Id of the first document.
  public var aDoc: String
  /// The passage in the first document (scalar offsets).
  public var a: Range<Int>
  /// Id of the second document (the same as `aDoc` for a repeat).
  public var bDoc: String
  /// The passage it matches in the second document.
  public var b: Range<Int>

  /// A case between passage `a` of `aDoc` and passage `b` of `bDoc`.
  public init(aDoc: String, a: Range<Int>, bDoc: String, b: Range<Int>) {
    self.aDoc = aDoc
    self.a = a
    self.bDoc = bDoc
    self.b = b
  }

  /// The same case with the smaller document id (or, inside one document, the earlier
  /// passage) first.
  public var normalized: ReuseCase {
    if aDoc > bDoc || (aDoc == bDoc && (b.lowerBound, b.upperBound) < (a.lowerBound, a.upperBound))
    {
      return ReuseCase(aDoc: bDoc, a: b, bDoc: aDoc, b: a)
    }
    return self
  }

  /// Characters in the case, both sides.
  var size: Int { a.count + b.count }

  /// True when `other` detects this case: the same documents and overlap on both sides.
  public func detected(by other: ReuseCase) -> Bool {
    aDoc == other.aDoc && bDoc == other.bDoc && a.overlaps(other.a) && b.overlaps(other.b)
  }
}

/// The PAN text-alignment measures (Potthast et al., 2010): character-level precision and
/// recall over pairs of passages, granularity, and plagdet = F1 / log2(1 + granularity).
@_spi(Bench) public enum PANMeasures {
  /// The PAN figures of a set of detections against a set of true cases.
  public struct Scores: Sendable, Equatable {
    /// Share of detected characters that lie in true cases.
    public var precision: Double
    /// Share of true-case characters that were detected.
    public var recall: Double
    /// Mean number of detections per detected case (1 is ideal).
    public var granularity: Double
    /// F1 over log2(1 + granularity): PAN's single figure.
    public var plagdet: Double
    /// True cases scored.
    public var cases: Int
    /// Detections scored.
    public var detections: Int

    var f1: Double {
      precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
  }

  /// Scores `detections` against the true `cases`; both are normalised first (pairs are
  /// unordered). With no detections, precision is 0 (and 1 when there are no cases either).
  ///
  /// - Complexity: O(|cases| × |detections|).
  public static func score(cases: [ReuseCase], detections: [ReuseCase]) -> Scores {
    let s = cases.map(\.normalized)
    let r = detections.map(\.normalized)
    if s.isEmpty && r.isEmpty {
      return Scores(precision: 1, recall: 1, granularity: 1, plagdet: 1, cases: 0, detections: 0)
    }
    var precision = 0.0
    for d in r where d.size > 0 {
      let hits = s.filter { $0.detected(by: d) }
      precision += Double(unionOfIntersections(d, hits)) / Double(d.size)
    }
    precision = r.isEmpty ? 0 : precision / Double(r.count)
    var recall = 0.0
    var detectedCases = 0
    var detectionsPerCase = 0
    for c in s where c.size > 0 {
      let hits = r.filter { c.detected(by: $0) }
      if !hits.isEmpty {
        detectedCases += 1
        detectionsPerCase += hits.count
      }
      recall += Double(unionOfIntersections(c, hits)) / Double(c.size)
    }
    recall = s.isEmpty ? 0 : recall / Double(s.count)
    let granularity = detectedCases == 0 ? 1 : Double(detectionsPerCase) / Double(detectedCases)
    var scores = Scores(
      precision: precision, recall: recall, granularity: granularity, plagdet: 0,
      cases: s.count, detections: r.count)
    scores.plagdet = scores.f1 / log2(1 + granularity)
    return scores
  }

  /// Characters of `x` (both sides) covered by at least one of `others`.
  static func unionOfIntersections(_ x: ReuseCase, _ others: [ReuseCase]) -> Int {
    covered(x.a, others.map(\.a)) + covered(x.b, others.map(\.b))
  }

  /// Length of `r` ∩ (∪ `ranges`).
  static func covered(_ r: Range<Int>, _ ranges: [Range<Int>]) -> Int {
    let clipped = ranges.compactMap { x -> Range<Int>? in
      let lo = max(x.lowerBound, r.lowerBound)
      let hi = min(x.upperBound, r.upperBound)
      return lo < hi ? lo..<hi : nil
    }.sorted { $0.lowerBound < $1.lowerBound }
    var total = 0
    var end = Int.min
    for x in clipped {
      if x.upperBound <= end { continue }
      total += x.upperBound - max(x.lowerBound, end)
      end = x.upperBound
    }
    return total
  }
}
