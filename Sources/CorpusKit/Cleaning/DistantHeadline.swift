/// The headline of a page whose header stands far above the body: a toolbar, a byline box, a
/// photo and its credits, a list of share buttons often come between them, so the nearest-line
/// rule of `TitlePicker` finds nothing. Further up, a headline-shaped line is the title when most
/// of its content words come back in the article's body (a teaser for another story shares one
/// or two at most) and one of them in the body's opening paragraphs, and when no other line so
/// far up comes close on that evidence (close rivals: no title, as a wrong title is worse than
/// none). The line is judged as `NearestHeadline` judges one (one call-to-action word allowed).
enum DistantHeadline {
  /// How many paragraphs with words above the body are considered.
  static let reach = 40
  /// How far the best line's score must stand above any other candidate's.
  static let rivalMargin = 0.25

  static func pick(
    _ document: Document, _ features: [ParagraphFeatures], bodyStart: Int, kinds: [ParagraphKind],
    storyDF: Int?
  ) -> Int? {
    let sharedLimit = TitlePicker.sharedLimit(storyDF, features)
    guard bodyStart > 0 else { return nil }
    let body = bodyWords(document, kinds, from: bodyStart)
    let opening = TitlePicker.openingWords(document, kinds, from: bodyStart)
    var best: (index: Int, score: Double)?
    var second = -Double.infinity
    for (n, i) in TitlePicker.linesAbove(features, bodyStart, reach: reach).enumerated() {
      let f = features[i]
      let looked = n + 1
      guard NearestHeadline.isCandidate(f, kinds[i], sharedLimit: sharedLimit),
        TitlePicker.hasHeadlineShape(document, i)
      else { continue }
      let (shared, total) = TitlePicker.overlap(document, i, body)
      guard shared >= 3, f.words >= 4, 3 * shared >= 2 * total,
        TitlePicker.overlap(document, i, opening).0 >= 1
      else { continue }
      let share = Double(shared) / Double(total)
      let score = share + (f.repeatedInDocument ? 0.2 : 0) - 0.005 * Double(looked)
      guard let b = best else {
        best = (i, score)
        continue
      }
      // The same line printed twice is no rival.
      if document.slice(TitlePicker.lastColumn(document, i)).lowercased()
        == document.slice(TitlePicker.lastColumn(document, b.index)).lowercased()
      {
        continue
      }
      if score > b.score {
        second = b.score
        best = (i, score)
      } else {
        second = max(second, score)
      }
    }
    guard let b = best, b.score - second >= rivalMargin else { return nil }
    if TitlePicker.isInTeaserList(document, features, kinds, b.index, sharedLimit: sharedLimit) {
      return nil
    }
    return b.index
  }

  /// Content words of the whole body (body paragraphs from `start`), hashed as
  /// `TitlePicker.openingWords` hashes them.
  static func bodyWords(_ document: Document, _ kinds: [ParagraphKind], from start: Int) -> Set<
    UInt64
  > {
    var out: Set<UInt64> = []
    for i in start..<document.paragraphs.count where kinds[i] == .body {
      for t in document.tokens[document.paragraphs[i].tokens] where TitlePicker.isContentWord(t) {
        out.insert(TitlePicker.hash(t.norm, stem: false))
        out.insert(TitlePicker.hash(t.norm, stem: true))
      }
    }
    return out
  }
}
