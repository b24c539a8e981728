/// Scores paragraphs as article text (positive) or furniture (negative), and finds the run of
/// paragraphs with the highest total: the article body.
enum BlockScore {
  /// The score of one paragraph: about its word count, signed by what it looks like.
  static func score(_ f: ParagraphFeatures) -> Double {
    let w = Double(f.words)
    if f.words == 0 { return -1 }
    if f.isStrongFurniture || f.laterCopy { return -(10 + w) }
    if f.isWeakFurniture && f.words < 25 { return -(5 + w) }
    if f.byline { return -2 }
    if f.separators >= 2 && Double(f.separators) * 4 >= w { return -(3 + w) }
    if f.isProse { return f.stopRatio >= 0.3 ? w : 0.7 * w }
    if f.endsTerminal && f.words >= 4
      && (f.stopRatio >= 0.15 || (f.endsWithPeriod && f.words >= 6 && f.stopRatio > 0))
    {
      return 0.5 * w
    }
    if f.words <= 3 { return -3 }
    if f.stopRatio < 0.15 { return -(3 + 0.5 * w) }
    return -2
  }

  /// The run of paragraphs whose scores sum highest (nil when no paragraph scores above 0).
  static func bestRun(_ scores: [Double]) -> ClosedRange<Int>? {
    var best = 0.0
    var bestRange: ClosedRange<Int>?
    var sum = 0.0
    var start = 0
    for (i, s) in scores.enumerated() {
      if sum <= 0 {
        sum = 0
        start = i
      }
      sum += s
      if sum > best {
        best = sum
        bestRange = start...i
      }
    }
    return bestRange
  }
}
