/// Groups the non-blank lines of a text into paragraphs.
///
/// Blocks are separated by blank lines. A block whose lines look hard-wrapped (long, even
/// lines that run on without closing punctuation) is one paragraph; otherwise every line is a
/// paragraph of its own, as in scrapes that put one paragraph per line, except runs of
/// hard-wrapped lines inside the block (a press release wrapped at 75 columns between menu
/// lines), which are one paragraph each.
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
        result += wrappedRuns(block.map { lines[$0] }, scalars).map {
          block[$0.lowerBound]...block[$0.upperBound]
        }
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

  /// The paragraphs of a block that is not hard-wrapped as a whole, as ranges of indices into
  /// `block`: one per line, except runs of three or more hard-wrapped lines (each but the last
  /// 50 to 100 scalars long and running on into the next, most of the next lines opening in
  /// lower case, as wrapped prose does and a list of headlines does not).
  static func wrappedRuns(_ block: [Line], _ scalars: [Unicode.Scalar]) -> [ClosedRange<Int>] {
    let ranges = block.map { LineSplitter.trimmed($0.range, scalars) }
    func runsOn(_ i: Int) -> Bool {
      let r = ranges[i]
      let next = ranges[i + 1]
      guard r.count >= 50, r.count <= 100, let n0 = next.first.map({ scalars[$0] }),
        !"#*->|\u{2022}".unicodeScalars.contains(n0)
      else { return false }
      let last = scalars[r.upperBound - 1]
      return !".!?:\"\u{201D}".unicodeScalars.contains(last) || CharClass.isLower(n0)
    }
    var out: [ClosedRange<Int>] = []
    var i = 0
    while i < block.count {
      var j = i
      var lower = 0
      while j + 1 < block.count, runsOn(j) {
        if let n0 = ranges[j + 1].first, CharClass.isLower(scalars[n0]) { lower += 1 }
        j += 1
      }
      if j - i >= 2, lower * 2 >= j - i {
        out.append(i...j)
      } else {
        j = i
        out.append(i...i)
      }
      i = j + 1
    }
    return out
  }
}
