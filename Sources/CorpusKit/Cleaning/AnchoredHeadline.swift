/// The headline that the page's own header marks as one: a headline-shaped line standing right
/// above the story's date or byline ("Britain's fastest supercomputer unveiled" over "Mon Jan 14,
/// 2008 11:16am EST" over "By Peter Griffiths"), near the body. Headlines are often worded apart
/// from the story ("2008 will get off to cold start" over a story of arctic air), so the rules
/// that ask the body for two shared words refuse them; here the header's layout is the evidence,
/// and one content word in common with the body is enough.
///
/// Going up from the date or byline line nearest the body (past other dates and bylines and up to
/// three short lines of credits or tools), the headline-shaped lines met form the header block:
/// one line is the headline; two are a headline over its deck when the upper is not the longer
/// (the upper is taken). A teaser-shaped line over the block, or more than one between the
/// anchor and the body, makes a list of other stories, and no title is given.
enum AnchoredHeadline {
  /// How many paragraphs with words above the body are looked through.
  static let reach = 10

  static func pick(
    _ document: Document, _ features: [ParagraphFeatures], bodyStart: Int, kinds: [ParagraphKind],
    storyDF: Int?
  ) -> Int? {
    guard bodyStart > 0 else { return nil }
    let sharedLimit = TitlePicker.sharedLimit(storyDF, features)
    let lines = TitlePicker.linesAbove(features, bodyStart, reach: reach)
    func isAnchor(_ n: Int) -> Bool { Self.isAnchor(document, features, kinds, lines[n]) }
    func isHeadline(_ i: Int, limit: Int) -> Bool {
      let f = features[i]
      return NearestHeadline.isCandidate(f, kinds[i], sharedLimit: limit)
        && !(f.allCaps && f.words <= 3) && TitlePicker.hasHeadlineShape(document, i)
    }
    // A line that reads as a teaser's headline: headline-shaped, four words or more.
    func isTeaser(_ i: Int) -> Bool {
      let f = features[i]
      return kinds[i] == .boilerplate && f.words >= 4 && f.words <= 30 && !f.endsWithPeriod
        && !f.navigation && f.separators == 0 && TitlePicker.hasHeadlineShape(document, i)
    }
    guard let a = lines.indices.first(where: isAnchor) else { return nil }
    // Between the anchor and the body, one teaser-shaped line at most (a caption, a score
    // line): more are a list of other stories, and the anchor is theirs or the page's.
    guard lines[..<a].filter(isTeaser).count <= 1 else { return nil }
    // Up from the anchor: other anchors and up to three short lines of credits or tools.
    var k = a + 1
    var skipped = 0
    while k < lines.count {
      let i = lines[k]
      if isAnchor(k) {
        k += 1
      } else if skipped < 3, features[i].words <= 8, !features[i].isProse, !isTeaser(i) {
        skipped += 1
        k += 1
      } else {
        break
      }
    }
    guard k < lines.count else { return nil }
    // The headline right over the anchor may be one that other pages of the site list too
    // ("Britain's fastest supercomputer unveiled" among related stories), when most of its words
    // open the story.
    let opening = TitlePicker.openingWords(document, kinds, from: bodyStart)
    let first = lines[k]
    let (shared, total) = TitlePicker.overlap(document, first, opening)
    let firstLimit =
      shared >= 2 && 2 * shared >= total
      ? max(sharedLimit, min(5, features[first].documentFrequency)) : sharedLimit
    guard isHeadline(first, limit: firstLimit) else { return nil }
    var block = [first]
    k += 1
    if k < lines.count, isHeadline(lines[k], limit: sharedLimit), !features[lines[k]].navigation {
      block.append(lines[k])
      k += 1
    }
    // A headline-shaped line over the block: a list of teasers.
    if k < lines.count, isTeaser(lines[k]) { return nil }
    let chosen = block.last!
    if block.count == 2, features[chosen].words > features[block[0]].words { return nil }
    // A line in columns must share more with the body: its last column may be a menu's.
    let columns = ParagraphFeatures.columns(
      document.text.scalars, document.paragraphs[chosen].range
    ).count
    let body = DistantHeadline.bodyWords(document, kinds, from: bodyStart)
    guard TitlePicker.overlap(document, chosen, body).0 >= (columns > 1 ? 2 : 1) else {
      return nil
    }
    return chosen
  }

  /// A line that marks the story's header: its date (a dateline, or a short line that is mostly
  /// a date and time) or its byline.
  static func isAnchor(
    _ document: Document, _ features: [ParagraphFeatures], _ kinds: [ParagraphKind], _ i: Int
  ) -> Bool {
    kinds[i] == .dateline || features[i].byline || DatelineReader.isDateline(document, i)
  }
}
