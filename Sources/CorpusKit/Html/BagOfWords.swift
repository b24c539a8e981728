/// Bag-of-words precision, recall and F1 of extracted text against a gold text, as the
/// boilerplate benchmarks score it: tokens are runs of word characters (letters, digits, `_`;
/// Python's `\w+`), case-sensitive, counted as a multiset.
@_spi(Bench) public enum BagOfWords {
  /// Precision, recall and F1, each in 0...1.
  public struct Score: Sendable, Equatable {
    /// Share of the predicted words that are in the gold text.
    public var precision: Double
    /// Share of the gold words that were predicted.
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double
  }

  /// The score of `predicted` against `gold`. An empty gold scores 1 against an empty
  /// prediction and 0 otherwise; an empty prediction against a non-empty gold scores 0.
  public static func score(gold: String, predicted: String) -> Score {
    let g = counts(gold)
    let p = counts(predicted)
    let gn = g.values.reduce(0, +)
    let pn = p.values.reduce(0, +)
    if gn == 0 {
      return pn == 0 ? Score(precision: 1, recall: 1, f1: 1) : Score(precision: 0, recall: 1, f1: 0)
    }
    if pn == 0 { return Score(precision: 0, recall: 0, f1: 0) }
    var overlap = 0
    for (w, n) in p { overlap += min(n, g[w] ?? 0) }
    let precision = Double(overlap) / Double(pn)
    let recall = Double(overlap) / Double(gn)
    let f1 = overlap == 0 ? 0 : 2 * precision * recall / (precision + recall)
    return Score(precision: precision, recall: recall, f1: f1)
  }

  /// Word tokens and their counts.
  static func counts(_ text: String) -> [String: Int] {
    var out: [String: Int] = [:]
    var word = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      if isWordScalar(s) {
        word.append(s)
      } else if !word.isEmpty {
        out[String(word), default: 0] += 1
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { out[String(word), default: 0] += 1 }
    return out
  }

  static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x80 {
      let v = s.value
      return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        || v == 0x5F
    }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .decimalNumber, .letterNumber, .otherNumber:
      return true
    default: return false
    }
  }
}
