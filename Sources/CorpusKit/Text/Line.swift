/// One line of a document: its number and its scalar range without the line break.
public struct Line: Sendable, Hashable {
  /// 1-based line number, as an editor shows it.
  public var number: Int
  /// Scalar range of the line's text, without `\n` or `\r\n`.
  public var range: Range<Int>

  public init(number: Int, range: Range<Int>) {
    self.number = number
    self.range = range
  }
}

/// Splits text into lines on `\n`, leaving a `\r` before it out of the line's range.
public enum LineSplitter {
  public static func lines(_ scalars: [Unicode.Scalar]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var number = 1
    for (i, s) in scalars.enumerated() where s == "\n" {
      let end = i > start && scalars[i - 1] == "\r" ? i - 1 : i
      lines.append(Line(number: number, range: start..<end))
      number += 1
      start = i + 1
    }
    if start < scalars.count {
      lines.append(Line(number: number, range: start..<scalars.count))
    }
    return lines
  }

  /// Whether a line holds nothing but white space.
  public static func isBlank(_ line: Line, _ scalars: [Unicode.Scalar]) -> Bool {
    for i in line.range where !CharClass.isSpace(scalars[i]) { return false }
    return true
  }

  /// The line's range with leading and trailing white space trimmed.
  public static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, CharClass.isSpace(scalars[lo]) { lo += 1 }
    while hi > lo, CharClass.isSpace(scalars[hi - 1]) { hi -= 1 }
    return lo..<hi
  }
}
