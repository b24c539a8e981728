/// Splits text into tokens with exact scalar offsets.
///
/// Words keep inner hyphens and apostrophes ("Ukraine-Russia", "O'Brien"), numbers keep their
/// separators ("1,400", "8.4", "2023-02-28"), acronyms keep their dots ("U.S."), and possessive
/// endings ("Li’s", "Belarus’") are split off so that a name never includes them.
@_spi(Bench) public enum Tokenizer {
  /// Tokens of `scalars[range]`.
  public static func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Token] {
    let r = range ?? 0..<scalars.count
    precondition(r.lowerBound >= 0 && r.upperBound <= scalars.count)
    var tokens: [Token] = []
    tokens.reserveCapacity(r.count / 5)
    scalars.withUnsafeBufferPointer { buf in
      var i = r.lowerBound
      let end = r.upperBound
      @inline(__always) func at(_ j: Int) -> Unicode.Scalar? { j < end ? buf[j] : nil }

      while i < end {
        let s = buf[i]
        if CharClass.isSpace(s) {
          i += 1
          continue
        }
        if CharClass.isWordChar(s) {
          let start = i
          var allDigits = true
          var singleLetterDots = false  // U.S.-style acronym
          var j = i
          while j < end {
            let c = buf[j]
            if CharClass.isWordChar(c) {
              if !CharClass.isDigit(c) { allDigits = false }
              j += 1
              continue
            }
            guard let next = at(j + 1), CharClass.isWordChar(next) else { break }
            let prev = buf[j - 1]
            if CharClass.isHyphen(c) {
              j += 1
              continue
            }
            if CharClass.isApostrophe(c) {
              // Possessive "’s" / "'s": split off; other inner apostrophes stay (O'Brien, don't).
              let afterS = at(j + 2)
              if (next == "s" || next == "S") && (afterS == nil || !CharClass.isWordChar(afterS!)) {
                break
              }
              j += 1
              continue
            }
            if (c == "," || c == "." || c == ":") && CharClass.isDigit(prev)
              && CharClass.isDigit(next)
            {
              j += 1
              continue
            }
            if c == "." && CharClass.isLetter(next) && CharClass.isLetter(prev)
              && (j - 1 == start || buf[j - 2] == ".")
              && (at(j + 2) == ".")
            {
              // "U.S" so far: a single letter followed by a dot and another single letter.
              singleLetterDots = true
              j += 1
              continue
            }
            break
          }
          if singleLetterDots, at(j) == "." { j += 1 }
          let kind: Token.Kind = allDigits || isNumeric(buf, start..<j) ? .number : .word
          tokens.append(
            Token(start: start, end: j, kind: kind, norm: Normalizer.fold(scalars, start..<j)))
          i = j
          continue
        }
        // Possessive clitic: ’s after a word.
        if CharClass.isApostrophe(s), let n = at(i + 1), n == "s" || n == "S",
          i > r.lowerBound, CharClass.isWordChar(buf[i - 1]),
          at(i + 2).map({ !CharClass.isWordChar($0) }) ?? true
        {
          tokens.append(Token(start: i, end: i + 2, kind: .word, norm: "'s"))
          i += 2
          continue
        }
        // Runs of dots ("...") and dashes ("--") are one token.
        if s == "." || CharClass.isHyphen(s) {
          var j = i + 1
          while j < end, buf[j] == s { j += 1 }
          tokens.append(
            Token(start: i, end: j, kind: .punctuation, norm: Normalizer.fold(scalars, i..<j)))
          i = j
          continue
        }
        let kind: Token.Kind = CharClass.isSymbol(s) ? .symbol : .punctuation
        tokens.append(
          Token(start: i, end: i + 1, kind: kind, norm: Normalizer.fold(scalars, i..<(i + 1))))
        i += 1
      }
    }
    return tokens
  }

  /// Tokens of a string (offsets are scalar offsets into it).
  static func tokenize(_ text: String) -> [Token] {
    tokenize(Array(text.unicodeScalars))
  }

  @inline(__always)
  private static func isNumeric(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>)
    -> Bool
  {
    guard CharClass.isDigit(scalars[r.lowerBound]) else { return false }
    for k in r
    where
      !(CharClass.isDigit(scalars[k]) || scalars[k] == "," || scalars[k] == "."
      || scalars[k] == ":" || CharClass.isHyphen(scalars[k]))
    {
      return false
    }
    return true
  }
}
