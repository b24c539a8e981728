/// A decoded text with random access by Unicode scalar offset.
///
/// Every offset in CorpusKit is a Unicode scalar offset (a Python `str` index), so that
/// offsets agree with the CLI contract and with any tool that reads the same file.
public struct ScalarText: Sendable, Hashable {
  /// The text as stored (BOM removed, nothing else changed).
  public let string: String
  /// The same text as an array of scalars, indexed by offset.
  public let scalars: [Unicode.Scalar]

  public init(_ string: String) {
    self.string = string
    self.scalars = Array(string.unicodeScalars)
  }

  /// Number of scalars.
  public var count: Int { scalars.count }

  /// The text of a scalar range, clamped to the text.
  public func slice(_ range: Range<Int>) -> String {
    let lo = max(0, min(range.lowerBound, scalars.count))
    let hi = max(lo, min(range.upperBound, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lo..<hi])
    return String(view)
  }

  public static func == (a: ScalarText, b: ScalarText) -> Bool { a.string == b.string }
  public func hash(into hasher: inout Hasher) { hasher.combine(string) }
}
