/// Splits a line far longer than any paragraph into one paragraph per sentence.
///
/// Some scrapes print a whole page on one line: menus, teasers, the article and the footer run
/// together. As one paragraph it is all body or all furniture; cut at its sentences, each piece
/// can be scored on its own.
enum LongLine {
  /// Lines longer than this many scalars are split (a long news paragraph is under 1,000).
  static let minLength = 1500

  /// The paragraphs of one line, one per sentence (`sentences` are the line's, a slice of the
  /// document's sentences; `tokenRange` its tokens).
  static func pieces(
    _ sentences: ArraySlice<Range<Int>>, tokens: [Token], tokenRange: Range<Int>, line: Int
  ) -> [Paragraph] {
    var out: [Paragraph] = []
    var t = tokenRange.lowerBound
    for k in sentences.indices {
      // Each piece runs to the next sentence's start, so no token of the line is left out.
      let end = k + 1 < sentences.endIndex ? sentences[k + 1].lowerBound : Int.max
      let t0 = t
      while t < tokenRange.upperBound, tokens[t].start < end { t += 1 }
      guard t > t0 else { continue }
      out.append(
        Paragraph(
          kind: .body, range: tokens[t0].start..<tokens[t - 1].end, lines: line...line,
          tokens: t0..<t, sentences: k..<(k + 1)))
    }
    return out
  }
}
