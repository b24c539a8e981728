import CorpusKit

/// The compare view's confidence threshold: `+` shows only more reliable passages, `-` less
/// reliable ones too; the header says how many are hidden.
extension Model {
  /// The thresholds `+` and `-` step through (0 shows every passage).
  static let confidenceSteps: [Double] = [0, 0.25, Alignment.defaultMinConfidence, 0.75, 0.9]

  mutating func stepThreshold(up: Bool) {
    guard var c = compare else { return }
    let steps = Self.confidenceSteps
    let next =
      up
      ? steps.first { $0 > c.minConfidence + 1e-9 } ?? steps.last!
      : steps.last { $0 < c.minConfidence - 1e-9 } ?? steps.first!
    c.minConfidence = next
    var hidden = 0
    if case .ready(let al) = c.alignment {
      hidden = al.passages.count - al.passages.filter { $0.confidence >= next }.count
      if let cur = c.current, !c.shown(al).contains(cur) { c.current = nil }
    }
    compare = c
    message =
      "passages of confidence \(Int((next * 100).rounded()))% and above"
      + (hidden > 0 ? " · \(hidden) hidden" : " · none hidden")
  }
}
