/// A headline printed in one column of a line that a scrape glued from a table ("8 Image Award
/// Bids For 'Great Debaters'   STORIES   VIDEOS   PHOTOS", "Football <tab> Gunners star to …"),
/// taken when no other rule gives a title: the column of a line just above the body that has a
/// headline's shape and shares two content words with the body's opening (a third of its own),
/// while no other column of that line shares any (a menu entry, a section's label, a button).
/// Two columns sharing the story's words (teasers side by side, a headline beside its deck)
/// give no title.
enum ColumnHeadline {
  /// How many paragraphs with words above the body are looked through.
  static let reach = 6

  static func pick(
    _ document: Document, _ features: [ParagraphFeatures], bodyStart: Int, kinds: [ParagraphKind],
    storyDF: Int?
  ) -> Int? {
    guard bodyStart > 0 else { return nil }
    let sharedLimit = TitlePicker.sharedLimit(storyDF, features)
    var opening: Set<UInt64>?
    for i in TitlePicker.linesAbove(features, bodyStart, reach: reach) {
      let f = features[i]
      let p = document.paragraphs[i]
      guard kinds[i] == .boilerplate, p.lines.count == 1, f.documentFrequency <= sharedLimit,
        !f.laterCopy
      else { continue }
      let columns = ParagraphFeatures.columns(document.text.scalars, p.range)
      guard columns.count >= 2, columns.count <= 6 else { continue }
      let words = opening ?? TitlePicker.openingWords(document, kinds, from: bodyStart)
      opening = words
      guard let c = headlineColumn(document, i, words) else { continue }
      // A line among other headline-shaped lines is one of a list of teasers.
      if TitlePicker.isInTeaserList(document, features, kinds, i, sharedLimit: sharedLimit) {
        return nil
      }
      return overDeck(document, features, kinds, i, c, words)
    }
    return nil
  }

  /// The headline when the column found may be its deck: the nearest line above that holds a
  /// headline column (or is a headline-shaped line) sharing a word with the story, when
  /// shorter; none when that line is the longer (a headline over its deck, or a teaser over a
  /// headline, and nothing tells which); the line found when nothing headline-shaped is above.
  static func overDeck(
    _ document: Document, _ features: [ParagraphFeatures], _ kinds: [ParagraphKind], _ i: Int,
    _ column: Range<Int>, _ opening: Set<UInt64>
  ) -> Int? {
    var j = i - 1
    while j >= 0, features[j].words == 0 { j -= 1 }
    guard j >= 0, kinds[j] == .boilerplate else { return i }
    let upper: Range<Int>
    if let c = headlineColumn(document, j, opening, minimumShared: 1) {
      upper = c
    } else if ParagraphFeatures.columns(document.text.scalars, document.paragraphs[j].range).count
      == 1, features[j].words >= 3, TitlePicker.isCandidate(features[j], kinds[j]),
      TitlePicker.hasHeadlineShape(document, j), TitlePicker.overlap(document, j, opening).0 >= 1,
      !DatelineReader.isDateline(document, j),
      !DatelineReader.hasClock(document, document.paragraphs[j].range),
      !endsWithAgency(document.slice(document.paragraphs[j].range))
    {
      upper = document.paragraphs[j].range
    } else {
      return i
    }
    return wordCount(document, j, upper) < wordCount(document, i, column) ? j : nil
  }

  /// Whether a text ends with an agency's name in capitals in brackets: a dateline ("BUFFALO,
  /// New York (AFP)").
  static func endsWithAgency(_ text: String) -> Bool {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return false }
    let inside = t[t.index(after: open)..<t.index(before: t.endIndex)]
    return inside.count >= 2 && inside.allSatisfy { $0.isUppercase }
  }

  /// Whether a text holds a date in digits parted by slashes ("1/14/2008").
  static func hasSlashDate(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    for k in 1..<max(1, s.count - 1) where s[k] == "/" {
      if s[k - 1].properties.numericType != nil, s[k + 1].properties.numericType != nil {
        return true
      }
    }
    return false
  }

  /// Words and numbers of paragraph `i` inside `column`.
  static func wordCount(_ document: Document, _ i: Int, _ column: Range<Int>) -> Int {
    document.tokens[document.paragraphs[i].tokens].filter {
      ($0.kind == .word || $0.kind == .number) && column.contains($0.start)
    }.count
  }

  /// The column of paragraph `i` that is its headline (see the type's rule), nil when none is
  /// or more than one column shares the body's words.
  static func headlineColumn(
    _ document: Document, _ i: Int, _ opening: Set<UInt64>, minimumShared: Int = 2
  ) -> Range<Int>? {
    let p = document.paragraphs[i]
    let tokens = document.tokens[p.tokens]
    var found: Range<Int>?
    for c in ParagraphFeatures.columns(document.text.scalars, p.range) {
      guard let from = tokens.firstIndex(where: { $0.start >= c.lowerBound }) else { continue }
      let to = tokens[from...].firstIndex { $0.start >= c.upperBound } ?? tokens.endIndex
      let column = tokens[from..<to]
      let words = column.filter { $0.kind == .word || $0.kind == .number }
      let letters = words.filter { $0.kind == .word }
      let scalars = document.text.scalars
      // A label in capitals throughout ("STORIES", "Top Local Sports") is a menu's entry: no
      // headline and no rival to one.
      let label =
        words.count <= 3
        && letters.allSatisfy { t in scalars[t.start].properties.isUppercase }
      // A column parted by bars is a menu ("RSS Feeds| SMS …"): likewise.
      if label || document.slice(c).contains("|") { continue }
      var shared = 0
      var total = 0
      for t in column where TitlePicker.isContentWord(t) {
        total += 1
        if opening.contains(TitlePicker.hash(t.norm, stem: false))
          || opening.contains(TitlePicker.hash(t.norm, stem: true))
        {
          shared += 1
        }
      }
      guard shared > 0 else { continue }
      guard found == nil else { return nil }
      // Three words of letters or more ("3:10 To Yuma" is a film's name), no date ("Hockey
      // Best Bets- Monday 1/14/2008").
      let text = document.slice(c)
      guard shared >= minimumShared, 3 * shared >= total, letters.count >= 3, words.count <= 16,
        column.last?.norm != ".", column.last?.norm != ":",
        HeadlineShape.isHeadline(column, scalars: scalars),
        DateParser.isoDay(text) == nil, !hasSlashDate(text), !DatelineReader.hasClock(document, c),
        !endsWithAgency(text)
      else { return nil }
      found = c
    }
    return found
  }

  /// The text of a title paragraph: its headline column when it has one, else its last
  /// column (as the headline rules read it).
  static func titleText(_ document: Document, _ i: Int) -> String {
    let p = document.paragraphs[i]
    var column = TitlePicker.lastColumn(document, i)
    if ParagraphFeatures.columns(document.text.scalars, p.range).count >= 2 {
      let kinds = document.paragraphs.map(\.kind)
      let start = kinds.firstIndex { $0.isArticleText } ?? kinds.count
      if let c = headlineColumn(document, i, TitlePicker.openingWords(document, kinds, from: start))
      {
        column = c
      }
    }
    return document.slice(column).trimmingCharacters(in: .whitespaces)
  }
}
