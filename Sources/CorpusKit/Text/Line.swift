/// One line of a document: its number and its scalar range without the line break.
struct Line: Sendable, Hashable {
  /// 1-based line number, as an editor shows it.
  var number: Int
  /// Scalar range of the line's text, without its break (`\n`, `\r\n` or `\r`).
  var range: Range<Int>
}

/// Splits text into lines on `\n`, `\r\n` and a lone `\r` (old Mac exports), leaving the
/// break out of the line's range. Carriage returns right before a `\n` (`\r\r\n`, a CRLF file
/// converted twice) are part of that one break.
enum LineSplitter {
  static func lines(_ scalars: [Unicode.Scalar]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var number = 1
    var i = 0
    let n = scalars.count
    while i < n {
      let s = scalars[i]
      guard s == "\n" || s == "\r" else {
        i += 1
        continue
      }
      var next = i + 1
      if s == "\r" {
        var j = i + 1
        while j < n, scalars[j] == "\r" { j += 1 }
        if j < n, scalars[j] == "\n" { next = j + 1 }
      }
      lines.append(Line(number: number, range: start..<i))
      number += 1
      start = next
      i = next
    }
    if start < n {
      lines.append(Line(number: number, range: start..<n))
    }
    return lines
  }

  /// Whether a line holds nothing but white space.
  static func isBlank(_ line: Line, _ scalars: [Unicode.Scalar]) -> Bool {
    for i in line.range where !CharClass.isSpace(scalars[i]) { return false }
    return true
  }

  /// The line's range with leading and trailing white space trimmed.
  static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, CharClass.isSpace(scalars[lo]) { lo += 1 }
    while hi > lo, CharClass.isSpace(scalars[hi - 1]) { hi -= 1 }
    return lo..<hi
  }
}
