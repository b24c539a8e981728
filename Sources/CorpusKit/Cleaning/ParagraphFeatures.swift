/// What the cleaner measures of one paragraph: length, prose-likeness, calls to action,
/// repetition and caption cues.
struct ParagraphFeatures: Sendable {
  /// Word and number tokens.
  var words = 0
  /// Share of words that are function words.
  var stopRatio = 0.0
  /// Share of non-function words that start with a capital.
  var capitalRatio = 0.0
  /// Ends with `.`, `!`, `?` (quotes and brackets allowed after it) or a colon.
  var endsTerminal = false
  /// Ends with an ellipsis glued to a cut word ("Lithuania bui…"): a teaser.
  var truncated = false
  /// Call-to-action and navigation words.
  var callToAction = 0
  /// Opens or consists of a navigation phrase ("Read more", "News Feed").
  var navigation = false
  /// Speaks to the reader as "we … you" (donation and newsletter appeals).
  var appeal = false
  /// Has a photo caption or credit cue.
  var captionCue = false
  /// An appeal dense in "we" and "you".
  var strongAppeal = false
  /// A line of it occurs more than once in the document.
  var repeatedInDocument = false
  /// A line of it occurs in many documents of the corpus (decided by the cleaner from
  /// `documentFrequency` and the document's share of copied prose; see `TemplateRepetition`).
  var repeatedInCorpus = false
  /// The most documents any line of it occurs in (1: only this one).
  var documentFrequency = 1
  /// A later copy of a paragraph that occurs earlier in the same document.
  var laterCopy = false
  /// Menu separators between words ("Home | News | Sport", "Home > World").
  var separators = 0
  /// Opens as a byline ("By Jane Doe", "Posted by …").
  var byline = false
  /// Every letter of its words is a capital.
  var allCaps = false

  /// Running prose: enough words, dense in function words, closed by punctuation.
  var isProse: Bool {
    words >= 8 && stopRatio >= 0.2 && (endsTerminal || words >= 25) && !truncated
  }

  /// Furniture whatever its position: repeated lines, teaser cuts, navigation, appeals.
  var isStrongFurniture: Bool {
    if repeatedInDocument && words < 40 { return true }
    if repeatedInCorpus || truncated { return true }
    if navigation && words <= 15 { return true }
    if strongAppeal { return true }
    if appeal && callToAction > 0 && words < 25 { return true }
    return false
  }

  /// Furniture by its vocabulary alone (calls to action); inside a body, only when short.
  var isWeakFurniture: Bool {
    if appeal && callToAction > 0 { return true }
    return words > 0 && words <= 25 && Double(callToAction) / Double(words) >= 0.15
  }

  /// Furniture outside the article body.
  var isHardFurniture: Bool { isStrongFurniture || isWeakFurniture }

  /// Furniture even inside the article body.
  var isFurnitureInBody: Bool { isStrongFurniture || (isWeakFurniture && words < 25) }

  /// Starts like a list item ("- ", "* ", "• ", "1.").
  var isListItem = false

  var endsWithPeriod = false

  var endsTerminalColon = false
}

extension ParagraphFeatures {
  /// Measures paragraph `index` of `document`: by its widest column when it is one line laid out
  /// in columns, unless `wholeLine` (the headline rules read the whole line).
  static func measure(
    _ document: Document, _ index: Int, lineKeys: [UInt64], repeatedKeys: [UInt64],
    context: CleaningContext, wholeLine: Bool = false
  ) -> ParagraphFeatures {
    let p = document.paragraphs[index]
    let scalars = document.text.scalars
    let tokens = wholeLine ? document.tokens[p.tokens] : widestColumn(document, index)
    var f = ParagraphFeatures()
    var stops = 0
    var contentWords = 0
    var capitals = 0
    var firstPerson = false
    var secondPerson = false
    var pronouns = 0
    for t in tokens where t.isContent {
      f.words += 1
      let flags = Vocabulary.flags(t.norm)
      if flags.contains(.stop) {
        stops += 1
      } else if t.kind == .word {
        contentWords += 1
        if CharClass.isUpper(scalars[t.start]) { capitals += 1 }
      }
      if flags.contains(.callToAction) { f.callToAction += 1 }
      if flags.contains(.firstPerson) {
        firstPerson = true
        pronouns += 1
      }
      if flags.contains(.secondPerson) {
        secondPerson = true
        pronouns += 1
      }
    }
    if f.words > 0 { f.stopRatio = Double(stops) / Double(f.words) }
    if contentWords > 0 { f.capitalRatio = Double(capitals) / Double(contentWords) }
    // "We … you" addressed to the reader, outside a quotation: a donation or newsletter appeal.
    let opensQuote = tokens.first.map { CharClass.isOpener(scalars[$0.start]) } ?? false
    f.appeal = firstPerson && secondPerson && !opensQuote
    f.strongAppeal = f.appeal && pronouns >= 3 && pronouns * 20 >= f.words

    // Closing punctuation, looking past closing quotes and brackets.
    var k = tokens.endIndex - 1
    while k >= tokens.startIndex, tokens[k].kind == .punctuation,
      tokens[k].end - tokens[k].start == 1, CharClass.isCloser(scalars[tokens[k].start])
    {
      k -= 1
    }
    if let first = tokens.first {
      let s0 = scalars[first.start]
      isListItemCheck: do {
        if s0 == "-" || s0 == "*" || s0 == "\u{2022}" || s0 == "\u{2013}" || s0 == "\u{2014}" {
          f.isListItem = true
        } else if first.kind == .number, tokens.count > 1,
          tokens[tokens.startIndex + 1].norm == "." || tokens[tokens.startIndex + 1].norm == ")"
        {
          f.isListItem = true
        }
      }
    }
    if k >= tokens.startIndex {
      let last = tokens[k].norm
      f.endsTerminal = [".", "!", "?", ":", "?!", "!?"].contains(last)
      f.endsWithPeriod = last == "."
      f.endsTerminalColon = last == ":"
      if last == "..." || last == "…", k > tokens.startIndex,
        tokens[k - 1].end == tokens[k].start, tokens[k - 1].kind == .word,
        k == tokens.endIndex - 1
      {
        f.truncated = true
      }
    }

    if !tokens.isEmpty {
      f.navigation =
        Vocabulary.navigationMatcher.matches(tokens, at: tokens.startIndex)
        || (f.words <= 6 && Vocabulary.navigationMatcher.occurs(in: tokens))
      if f.words < 60 { f.captionCue = Vocabulary.captionMatcher.occurs(in: tokens) }
    }

    for n in p.lines {
      let key = lineKeys[n - 1]
      if key == CleaningContext.emptyKey { continue }
      if !repeatedKeys.isEmpty, isMember(key, sortedKeys: repeatedKeys) {
        f.repeatedInDocument = true
      }
      f.documentFrequency = max(f.documentFrequency, context.lineDocumentFrequency[key] ?? 1)
    }
    for t in tokens where t.kind != .word && t.kind != .number && t.end - t.start == 1 {
      let s = scalars[t.start]
      if s == "|" || s == "\u{BB}" || s == ">" || s == "\u{B7}" || s == "\u{2022}" || s == "/" {
        f.separators += 1
      }
    }
    if f.words <= 3 {
      f.allCaps = tokens.allSatisfy { t in
        t.kind != .word || (t.start..<t.end).allSatisfy { !CharClass.isLower(scalars[$0]) }
      }
    }
    if let first = tokens.first {
      let n0 = first.norm
      if n0 == "by" || n0 == "posted" || n0 == "written" || n0 == "reporting" {
        // "By Jane Doe", "Posted by", "Written by": a name follows, not a sentence.
        let next = tokens.index(after: tokens.startIndex)
        let capitalised =
          next < tokens.endIndex
          && (CharClass.isUpper(scalars[tokens[next].start]) || tokens[next].norm == "by")
        f.byline = capitalised && f.words <= 25 && f.stopRatio < 0.3
      }
    }
    return f
  }

  /// Whether `key` is in the sorted array `sortedKeys` (binary search).
  @inline(__always)
  static func isMember(_ key: UInt64, sortedKeys: [UInt64]) -> Bool {
    var lo = 0
    var hi = sortedKeys.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sortedKeys[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    return lo < sortedKeys.count && sortedKeys[lo] == key
  }

  /// The columns of a line as scalar ranges without their outer spaces: parts split by a tab
  /// or a run of three or more spaces (one column when nothing splits it).
  static func columns(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
    var columns: [Range<Int>] = []
    var start = range.lowerBound
    var spaces = 0
    var lastEnd = start
    var k = range.lowerBound
    while k < range.upperBound {
      let s = scalars[k]
      if s == "\t" {
        spaces = 3
      } else if s == " " {
        spaces += 1
      } else {
        if spaces >= 3 {
          columns.append(start..<lastEnd)
          start = k
        }
        spaces = 0
        lastEnd = k + 1
      }
      k += 1
    }
    columns.append(start..<lastEnd)
    return columns
  }

  /// The tokens of the prose column of a one-line paragraph laid out in columns (parts split by
  /// a tab or three or more spaces, as a two-column table prints): a line of the article printed
  /// beside a sidebar's label or a menu entry is measured by the column with most function words
  /// (the longest on a tie). All of its tokens otherwise.
  static func widestColumn(_ document: Document, _ index: Int) -> ArraySlice<Token> {
    let p = document.paragraphs[index]
    let all = document.tokens[p.tokens]
    guard p.lines.count == 1, all.count > 1 else { return all }
    // Each column as a scalar range; the one with most function words holds the prose.
    let columns = Self.columns(document.text.scalars, p.range)
    guard columns.count > 1 else { return all }
    var best = columns[0]
    var bestStops = -1
    for c in columns {
      var stops = 0
      for t in all where t.start >= c.lowerBound && t.start < c.upperBound && t.isContent {
        if Vocabulary.flags(t.norm).contains(.stop) { stops += 1 }
      }
      if stops > bestStops || (stops == bestStops && c.count > best.count) {
        best = c
        bestStops = stops
      }
    }
    var lo = all.startIndex
    while lo < all.endIndex, all[lo].start < best.lowerBound { lo += 1 }
    var hi = lo
    while hi < all.endIndex, all[hi].start < best.upperBound { hi += 1 }
    return hi > lo ? all[lo..<hi] : all
  }
}
