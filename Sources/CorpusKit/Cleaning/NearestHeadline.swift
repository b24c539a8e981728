/// The headline that stands right above the body, with only furniture between them (a byline, a
/// dateline, "Tags: …", "Read comments", a time stamp), that `TitlePicker` refused for sharing a
/// single content word with the body's opening ("Mapping dark matter"). The first headline-shaped
/// line of three words or more above the body, within a few lines, is the title when it shares a
/// content word with the body, does not stand in a list of teasers, and has no other
/// headline-shaped line right above it (then the two are a headline and a deck, or a teaser and a
/// headline, and nothing tells which).
enum NearestHeadline {
  /// How many paragraphs with words above the body are considered.
  static let reach = 4

  static func pick(
    _ document: Document, _ features: [ParagraphFeatures], bodyStart: Int, kinds: [ParagraphKind],
    storyDF: Int?
  ) -> Int? {
    guard bodyStart > 0 else { return nil }
    let sharedLimit = TitlePicker.sharedLimit(storyDF, features)
    let body = DistantHeadline.bodyWords(document, kinds, from: bodyStart)
    for i in TitlePicker.linesAbove(features, bodyStart, reach: reach) {
      let f = features[i]
      guard isCandidate(f, kinds[i], sharedLimit: sharedLimit), !f.allCaps,
        TitlePicker.hasHeadlineShape(document, i)
      else { continue }
      let (shared, total) = TitlePicker.overlap(document, i, body)
      guard shared >= 2, 3 * shared >= total,
        !TitlePicker.isInTeaserList(document, features, kinds, i, sharedLimit: sharedLimit),
        !hasHeadlineAbove(document, features, kinds, i, sharedLimit: sharedLimit)
      else { return nil }
      return i
    }
    return nil
  }

  /// `TitlePicker.isCandidate` with two allowances for a line this near the body that must share
  /// two words with it: one call-to-action word ("Gang member taunts police in video") and a
  /// headline of ten words or more dense in function words ("Obama waits to see if he can …").
  static func isCandidate(_ f: ParagraphFeatures, _ kind: ParagraphKind, sharedLimit: Int)
    -> Bool
  {
    var g = f
    g.repeatedInDocument = false
    if g.documentFrequency <= sharedLimit { g.repeatedInCorpus = false }
    return kind == .boilerplate && f.words >= 3 && f.words <= 20 && !f.endsWithPeriod
      && !f.endsTerminalColon && !g.isStrongFurniture && f.callToAction <= 1 && !f.navigation
      && !f.appeal && !f.byline && !f.truncated && !f.captionCue && !f.isListItem
      && f.separators == 0 && !f.laterCopy && !(f.stopRatio >= 0.5 && f.words >= 12)
  }

  /// Whether the nearest line with words above `i` is another headline-shaped candidate.
  static func hasHeadlineAbove(
    _ document: Document, _ features: [ParagraphFeatures], _ kinds: [ParagraphKind], _ i: Int,
    sharedLimit: Int
  ) -> Bool {
    var j = i - 1
    while j >= 0, features[j].words == 0 { j -= 1 }
    guard j >= 0 else { return false }
    let f = features[j]
    return TitlePicker.isCandidate(f, kinds[j], sharedLimit: sharedLimit) && f.words >= 3
      && !f.navigation && f.callToAction == 0 && TitlePicker.hasHeadlineShape(document, j)
  }
}
