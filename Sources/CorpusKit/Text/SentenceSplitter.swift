/// Splits a run of tokens (one paragraph) into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis, with any closing quotes or brackets, when
/// the next token starts a new sentence (a capital, a digit or an opening quote). Abbreviations
/// ("Mr.", "Aug. 22", "U.S.", initials) and quoted clauses ("…," Li said.) do not end one.
enum SentenceSplitter {
  /// Abbreviations (folded, without the dot) after which a `.` never ends a sentence.
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "st", "rev", "hon", "pres", "adm", "maj", "cmdr", "gen", "brig", "cpl", "pvt", "supt",
    "messrs", "mme", "mlle", "fr", "sr", "jr", "vs", "v", "no", "nos", "art", "fig", "approx",
    "dept", "est", "vol", "ca", "cf", "e.g", "i.e", "al", "op", "pp", "ft", "mt",
  ]
  /// Month abbreviations: not a sentence end when a number follows ("Aug. 22", "Feb. 28, 2023").
  static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]

  /// Sentence ranges (scalar offsets) of `tokens[range]`.
  static func split(
    _ tokens: [Token], in range: Range<Int>, scalars: [Unicode.Scalar]
  ) -> [Range<Int>] {
    guard !range.isEmpty else { return [] }
    var sentences: [Range<Int>] = []
    var first = range.lowerBound
    var t = range.lowerBound
    while t < range.upperBound {
      let tok = tokens[t]
      var boundary = false
      var last = t
      if tok.kind == .punctuation, isTerminal(tok.norm) {
        // Absorb closing quotes and brackets.
        while last + 1 < range.upperBound, tokens[last + 1].kind == .punctuation,
          tokens[last + 1].end - tokens[last + 1].start == 1,
          CharClass.isCloser(scalars[tokens[last + 1].start]),
          isClosingPosition(tokens, last + 1, range, scalars)
        {
          last += 1
        }
        let nextIndex = last + 1
        if nextIndex >= range.upperBound {
          boundary = true
        } else if startsSentence(tokens[nextIndex], scalars) {
          boundary = tok.norm == "." ? !isAbbreviation(tokens, t, range, scalars) : true
        }
      }
      if boundary {
        sentences.append(tokens[first].start..<tokens[last].end)
        first = last + 1
        t = last + 1
      } else {
        t += 1
      }
    }
    if first < range.upperBound {
      sentences.append(tokens[first].start..<tokens[range.upperBound - 1].end)
    }
    return sentences
  }

  @inline(__always)
  static func isTerminal(_ norm: String) -> Bool {
    norm == "." || norm == "!" || norm == "?" || norm == "..." || norm == "?!" || norm == "!?"
  }

  /// A quote mark right after terminal punctuation closes the quotation when no space precedes it.
  static func isClosingPosition(
    _ tokens: [Token], _ t: Int, _ range: Range<Int>, _ scalars: [Unicode.Scalar]
  ) -> Bool {
    let s = tokens[t].start
    return s > 0 && !CharClass.isSpace(scalars[s - 1])
  }

  static func startsSentence(_ tok: Token, _ scalars: [Unicode.Scalar]) -> Bool {
    let s = scalars[tok.start]
    if CharClass.isUpper(s) || CharClass.isDigit(s) { return true }
    if CharClass.isOpener(s) || s == "\u{201C}" || s == "\u{2018}" || s == "-" || s == "\u{2014}" {
      return true
    }
    // Letters without case (CJK and similar) start sentences too.
    return CharClass.isLetter(s) && !CharClass.isLower(s)
  }

  /// Whether the `.` at `t` ends an abbreviation rather than a sentence.
  static func isAbbreviation(
    _ tokens: [Token], _ t: Int, _ range: Range<Int>, _ scalars: [Unicode.Scalar]
  ) -> Bool {
    guard t > range.lowerBound else { return false }
    let prev = tokens[t - 1]
    // The dot must touch the word before it.
    guard prev.end == tokens[t].start, prev.kind == .word else { return false }
    let word = prev.norm
    if titles.contains(word) { return true }
    let next = t + 1 < range.upperBound ? tokens[t + 1] : nil
    if months.contains(word), let n = next, n.kind == .number { return true }
    // An initial: one capital letter ("J. K. Rowling", "George W. Bush").
    if prev.end - prev.start == 1, CharClass.isUpper(scalars[prev.start]) { return true }
    return false
  }
}
