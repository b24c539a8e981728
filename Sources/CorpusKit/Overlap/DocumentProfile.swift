/// The matching view of one document: its words and numbers as hashes, with what the overlap
/// engine needs to know about each (stopword, furniture, capitalised, sentence).
///
/// Punctuation and symbols are left out, so that differences of punctuation and quote style
/// never break a match; positions below are indices into the content tokens.
struct DocumentProfile: Sendable {
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt8
    static let stop = Flags(rawValue: 1)
    static let furniture = Flags(rawValue: 2)
    static let articleText = Flags(rawValue: 4)
    static let number = Flags(rawValue: 8)
    static let capitalised = Flags(rawValue: 16)
    static let sentenceInitial = Flags(rawValue: 32)
    /// Follows a comma, semicolon, colon, dash, bracket or line break inside its sentence.
    static let clauseInitial = Flags(rawValue: 64)
  }

  /// A sentence as a run of content tokens, with its scalar range.
  struct Unit: Sendable, Hashable {
    var tokens: Range<Int>
    var range: Range<Int>
  }

  /// Index into `document.tokens` of each content token.
  let tokenIndex: [Int]
  /// Hash of each content token's normalised form.
  let words: [UInt64]
  /// Hash of each content token's stem (of a number: its digits without separators).
  let stems: [UInt64]
  let flags: [Flags]
  /// Scalar range of each content token.
  let starts: [Int]
  let ends: [Int]
  /// Sentences that hold at least one content token, in order.
  let sentences: [Unit]
  /// Sentence (index into `sentences`) of each content token.
  let sentenceOf: [Int]

  /// Content tokens of the article text (flag `articleText`).
  let articleCount: Int

  var count: Int { words.count }

  init(_ d: Document) {
    var tokenIndex: [Int] = []
    var words: [UInt64] = []
    var stems: [UInt64] = []
    var flags: [Flags] = []
    var starts: [Int] = []
    var ends: [Int] = []
    tokenIndex.reserveCapacity(d.tokens.count)
    words.reserveCapacity(d.tokens.count)
    stems.reserveCapacity(d.tokens.count)
    flags.reserveCapacity(d.tokens.count)
    var kindByToken = [ParagraphKind?](repeating: nil, count: d.tokens.count)
    for p in d.paragraphs {
      for t in p.tokens where t < d.tokens.count { kindByToken[t] = p.kind }
    }
    let scalars = d.text.scalars
    var sentence = 0
    var sentenceStartToken = -1
    var units: [Unit] = []
    var sentenceOf: [Int] = []
    var pendingBreak = false
    var lastEnd = -1
    for (i, t) in d.tokens.enumerated() {
      guard t.isContent else {
        if t.kind == .punctuation, t.norm.unicodeScalars.first.map(Self.breaks.contains) == true {
          pendingBreak = true
        }
        continue
      }
      if lastEnd >= 0, lastEnd < t.start,
        scalars[lastEnd..<t.start].contains(where: { $0 == "\n" || $0 == "\r" })
      {
        pendingBreak = true
      }
      lastEnd = t.end
      let w = WordHash.word(t.norm)
      var f: Flags = []
      if Stemmer.stopHashes.contains(w) { f.insert(.stop) }
      switch kindByToken[i] {
      case .boilerplate?: f.insert(.furniture)
      case .body?, .heading?: f.insert(.articleText)
      default: break
      }
      if t.kind == .number { f.insert(.number) }
      if pendingBreak { f.insert(.clauseInitial) }
      pendingBreak = false
      if t.start < scalars.count, CharClass.isUpper(scalars[t.start]) { f.insert(.capitalised) }
      // Sentence of this token.
      while sentence < d.sentences.count && d.sentences[sentence].upperBound <= t.start {
        sentence += 1
      }
      let inSentence = sentence < d.sentences.count && d.sentences[sentence].contains(t.start)
      let key = inSentence ? sentence : -1 - i
      if key != sentenceStartToken || units.isEmpty {
        sentenceStartToken = key
        f.insert(.sentenceInitial)
        let range = inSentence ? d.sentences[sentence] : t.range
        units.append(Unit(tokens: words.count..<words.count, range: range))
      }
      units[units.count - 1].tokens = units[units.count - 1].tokens.lowerBound..<(words.count + 1)
      sentenceOf.append(units.count - 1)
      tokenIndex.append(i)
      words.append(w)
      // Numbers: their digits without separators ("1,400" meets "1400").
      stems.append(
        f.contains(.number) ? WordHash.word(t.norm.filter { $0 != "," }) : Stemmer.stemHash(t.norm))
      flags.append(f)
      starts.append(t.start)
      ends.append(t.end)
    }
    self.tokenIndex = tokenIndex
    self.words = words
    self.stems = stems
    self.flags = flags
    self.starts = starts
    self.ends = ends
    self.sentences = units
    self.sentenceOf = sentenceOf
    self.articleCount = flags.reduce(0) { $0 + ($1.contains(.articleText) ? 1 : 0) }
  }

  /// Punctuation that ends a clause.
  static let breaks: Set<Unicode.Scalar> = [",", ";", ":", "-", "(", ")", "\u{2013}", "\u{2014}"]

  /// The scalar range from content token `tokens.lowerBound` to the end of the last one.
  func scalarRange(_ tokens: Range<Int>) -> Range<Int> {
    guard !tokens.isEmpty else { return 0..<0 }
    return starts[tokens.lowerBound]..<ends[tokens.upperBound - 1]
  }

  /// The content tokens whose start lies in the scalar range `r`.
  func tokens(in r: Range<Int>) -> Range<Int> {
    let lo = lowerBound(r.lowerBound)
    let hi = lowerBound(r.upperBound)
    return lo..<max(lo, hi)
  }

  /// First content token starting at or after scalar offset `offset`.
  func lowerBound(_ offset: Int) -> Int {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// True when most content tokens of `tokens` lie in page furniture.
  func isFurniture(_ tokens: Range<Int>) -> Bool {
    guard !tokens.isEmpty else { return false }
    var n = 0
    for k in tokens where flags[k].contains(.furniture) { n += 1 }
    return n * 2 > tokens.count
  }
}
