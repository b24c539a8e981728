/// Groups the non-blank lines of a text into paragraphs.
///
/// Blocks are separated by blank lines. A block whose lines look hard-wrapped (long, even
/// lines that run on without closing punctuation) is one paragraph; otherwise every line is a
/// paragraph of its own, as in scrapes that put one paragraph per line.
enum ParagraphSegmenter {
  /// Each paragraph as the indices of its first and last line in `lines`.
  static func segment(_ lines: [Line], _ scalars: [Unicode.Scalar]) -> [ClosedRange<Int>] {
    var result: [ClosedRange<Int>] = []
    var block: [Int] = []
    func flush() {
      defer { block.removeAll(keepingCapacity: true) }
      guard !block.isEmpty else { return }
      if block.count > 1, isHardWrapped(block.map { lines[$0] }, scalars) {
        result.append(block.first!...block.last!)
      } else {
        for i in block { result.append(i...i) }
      }
    }
    for (i, line) in lines.enumerated() {
      if LineSplitter.isBlank(line, scalars) { flush() } else { block.append(i) }
    }
    flush()
    return result
  }

  static func isHardWrapped(_ block: [Line], _ scalars: [Unicode.Scalar]) -> Bool {
    let body = block.dropLast()
    let lengths = body.map { LineSplitter.trimmed($0.range, scalars).count }
    guard let longest = lengths.max(), let shortest = lengths.min() else { return false }
    let average = Double(lengths.reduce(0, +)) / Double(lengths.count)
    guard longest <= 100, average >= 45, Double(shortest) >= 0.6 * Double(longest) else {
      return false
    }
    // Markup that starts its own paragraph (lists, headings, quotes) is not a wrapped line.
    for line in block.dropFirst() {
      let r = LineSplitter.trimmed(line.range, scalars)
      if let s = r.first.map({ scalars[$0] }), "#*->|".unicodeScalars.contains(s) { return false }
    }
    var runOn = 0
    for line in body {
      let r = LineSplitter.trimmed(line.range, scalars)
      if let last = r.last.map({ scalars[$0] }), !".!?:\"\u{201D}".unicodeScalars.contains(last) {
        runOn += 1
      }
    }
    return runOn * 2 >= body.count
  }
}
