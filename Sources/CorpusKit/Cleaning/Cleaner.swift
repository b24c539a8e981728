/// Gives each paragraph of a document a kind: body, heading, title, dateline, caption or
/// boilerplate (page furniture).
///
/// Each paragraph gets a score: prose (long, dense in function words, closed by punctuation)
/// counts for it, furniture (menus, calls to action, teaser cuts, lines the corpus repeats)
/// against it. The article body is the run of paragraphs with the highest total, so a caption,
/// an "Advertisement" or an inline teaser inside the article costs a little and the text after it
/// is kept, while a long menu or link list is a wall the body does not cross. Inside that run the
/// furniture is dropped one paragraph at a time; above it the headline and dateline are found.
struct Cleaner: Sendable {
  var context: CleaningContext

  /// One kind per paragraph of `document`.
  func classify(_ document: Document) -> [ParagraphKind] {
    classify(
      document,
      lineKeys: document.lines.map { CleaningContext.key($0.range, document.text.scalars) })
  }

  /// One kind per paragraph, given the keys of the document's lines (computed once per load).
  func classify(_ document: Document, lineKeys: [UInt64]) -> [ParagraphKind] {
    let n = document.paragraphs.count
    guard n > 0 else { return [] }
    var features = measure(document, lineKeys: lineKeys)
    let storyDF = TemplateRepetition.mark(&features, documentCount: context.documentCount)
    let scores = features.map(BlockScore.score)
    guard let run = BlockScore.bestRun(scores) else {
      // No prose at all: keep everything that is not furniture as body.
      return features.map { $0.isHardFurniture ? .boilerplate : .body }
    }
    var span = CommentSection.trim(run, document, features, scores)
    if let start = bodyAfterLeadQuestion(document, features, scores, span) {
      span = start...span.upperBound
    }
    var kinds = [ParagraphKind](repeating: .boilerplate, count: n)
    for i in span {
      let f = features[i]
      if f.isFurnitureInBody || f.laterCopy {
        kinds[i] = .boilerplate
      } else if f.captionCue && f.words < 60 {
        kinds[i] = .caption
      } else if scores[i] > 0 {
        kinds[i] = .body
      } else if f.byline {
        kinds[i] = DatelineReader.isDateline(document, i) ? .dateline : .boilerplate
      } else if DatelineReader.isDateline(document, i) {
        kinds[i] = .dateline
      } else if f.isListItem && f.stopRatio > 0 {
        kinds[i] = .body
      } else if isLoneHeading(document, features, scores, kinds, i, span) {
        kinds[i] = .heading
      } else {
        kinds[i] = .boilerplate
      }
    }
    for i in 0..<span.lowerBound {
      let f = features[i]
      if f.captionCue && !f.isHardFurniture {
        kinds[i] = .caption
      } else if DatelineReader.isDateline(document, i) {
        kinds[i] = .dateline
      }
    }
    // The headline rules read whole lines: a headline beside a sidebar's column is measured
    // with it, as before columns were told apart.
    var titleFeatures = features
    if hasColumns(document) {
      titleFeatures = measure(document, lineKeys: lineKeys, wholeLine: true)
      TemplateRepetition.mark(&titleFeatures, documentCount: context.documentCount)
    }
    if let t = TitlePicker.pick(
      document, titleFeatures, bodyStart: span.lowerBound, kinds: kinds, storyDF: storyDF)
    {
      kinds[t] = .title
    }
    return kinds
  }

  /// Whether a line of the document is laid out in columns (a tab, or three spaces between
  /// words).
  func hasColumns(_ document: Document) -> Bool {
    let scalars = document.text.scalars
    for p in document.paragraphs where p.lines.count == 1 {
      var spaces = 0
      for k in p.range {
        let s = scalars[k]
        if s == "\t" { return true }
        spaces = s == " " ? spaces + 1 : 0
        if spaces >= 3 { return true }
      }
    }
    return false
  }

  /// Features of every paragraph, with repetition inside the document marked (each one-line
  /// paragraph by its prose column unless `wholeLine`).
  func measure(_ document: Document, lineKeys: [UInt64], wholeLine: Bool = false)
    -> [ParagraphFeatures]
  {
    // Keys of lines that occur more than once in the document, sorted (usually none): a sort
    // instead of a hashed count per line.
    var sorted = lineKeys.filter { $0 != CleaningContext.emptyKey }
    sorted.sort()
    var repeated: [UInt64] = []
    var k = 1
    while k < sorted.count {
      if sorted[k] == sorted[k - 1], repeated.last != sorted[k] { repeated.append(sorted[k]) }
      k += 1
    }
    var features = document.paragraphs.indices.map {
      ParagraphFeatures.measure(
        document, $0, lineKeys: lineKeys, repeatedKeys: repeated, context: context,
        wholeLine: wholeLine)
    }
    guard !repeated.isEmpty else { return features }
    // A block of prose printed twice (a page that repeats its article) keeps its first copy;
    // a lone repeated line stays furniture.
    var seen: Set<UInt64> = []
    let repeatedProse = features.map { $0.repeatedInDocument && $0.isProse }
    for (i, p) in document.paragraphs.enumerated() where features[i].repeatedInDocument {
      let key = lineKeys[p.lines.lowerBound - 1]
      let first = seen.insert(key).inserted
      guard features[i].isProse else { continue }
      let neighbour =
        (i > 0 && repeatedProse[i - 1]) || (i + 1 < features.count && repeatedProse[i + 1])
      guard neighbour else { continue }
      if first { features[i].repeatedInDocument = false } else { features[i].laterCopy = true }
    }
    return features
  }

  /// Where the body starts when the span opens with a question that is the document's first
  /// text, a short line right above body text ("Could the merger be a blessing?"): such a line
  /// scores as prose for its closing mark, but is the headline. Nil when the span opens otherwise.
  func bodyAfterLeadQuestion(
    _ document: Document, _ features: [ParagraphFeatures], _ scores: [Double],
    _ span: ClosedRange<Int>
  ) -> Int? {
    let i = span.lowerBound
    let f = features[i]
    guard f.words >= 3, f.words <= 10, !f.isListItem, !f.byline,
      document.paragraphs[i].lines.count == 1,
      !features[..<i].contains(where: { $0.words > 0 }),
      let last = document.tokens[document.paragraphs[i].tokens].last, last.norm == "?"
    else { return nil }
    var j = i + 1
    while j <= span.upperBound, features[j].words == 0 { j += 1 }
    return j <= span.upperBound && scores[j] > 0 ? j : nil
  }

  /// Whether paragraph `i` is a section heading: a short single-column line (at most 8 words,
  /// no tab between columns) standing alone between body text above (or the span's start) and
  /// body text right below, leading at least 80 words of it or the rest of the article. Runs of short lines inside the span
  /// are teaser lists and sidebars; a line over a sentence or two is a teaser's headline.
  func isLoneHeading(
    _ document: Document, _ features: [ParagraphFeatures], _ scores: [Double],
    _ kinds: [ParagraphKind], _ i: Int, _ span: ClosedRange<Int>
  ) -> Bool {
    let f = features[i]
    guard f.words > 0, f.words <= 8 else { return false }
    let p = document.paragraphs[i]
    if document.text.scalars[p.range].contains("\t") { return false }
    var j = i + 1
    while j <= span.upperBound, features[j].words == 0 { j += 1 }
    guard j <= span.upperBound, scores[j] > 0 else { return false }
    // A section heading leads a section: at least 80 words of body text follow it before the
    // next furniture, or the body text runs on to the article's end. A teaser's headline leads
    // a sentence or two, then the next teaser.
    var following = 0
    while j <= span.upperBound, features[j].words == 0 || scores[j] > 0 || features[j].isListItem {
      following += features[j].words
      j += 1
    }
    guard following >= 80 || j > span.upperBound else { return false }
    var k = i - 1
    while k >= 0, features[k].words == 0 { k -= 1 }
    if k < span.lowerBound { return true }
    return kinds[k] == .body || kinds[k] == .dateline
  }
}
