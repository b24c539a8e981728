/// The headline that the page's own header marks as one: a headline-shaped line standing right
/// above the story's date or byline ("Britain's fastest supercomputer unveiled" over "Mon Jan 14,
/// 2008 11:16am EST" over "By Peter Griffiths"), near the body. Headlines are often worded apart
/// from the story ("2008 will get off to cold start" over a story of arctic air), so the rules
/// that ask the body for two shared words refuse them; here the header's layout is the evidence,
/// and one content word in common with the body is enough.
///
/// Going up from the date or byline line nearest the body (past other dates and bylines and up to
/// three short lines of credits or tools), the headline-shaped lines met form the header block:
/// one line is the headline; two are a headline over its deck when the upper, of four words or
/// more, is not the longer (the upper is taken). A teaser-shaped line over the block, or more than one between the
/// anchor and the body, makes a list of other stories, and no title is given.
enum AnchoredHeadline {
  /// How many paragraphs with words above the body are looked through.
  static let reach = 10

  static func pick(
    _ document: Document, _ features: [ParagraphFeatures], bodyStart: Int, kinds: [ParagraphKind],
    storyDF: Int?
  ) -> Int? {
    // The body's span may open with its byline or date: look up from its first text.
    let text = (bodyStart..<kinds.count).first { kinds[$0] == .body || kinds[$0] == .heading }
    guard let bodyStart = text, bodyStart > 0 else { return nil }
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
      // A long line almost without function words is a menu ("Choose category: … Health News
      // Classifieds …"), not a teaser.
      return kinds[i] == .boilerplate && f.words >= 4 && f.words <= 30 && !f.endsWithPeriod
        && !f.navigation && f.separators == 0 && !(f.words > 12 && f.stopRatio < 0.1)
        && TitlePicker.hasHeadlineShape(document, i)
    }
    // "Erin Hitchcock, Burnaby Now": a reporter and an outlet, in capitals, parted by a comma.
    func isCredit(_ i: Int) -> Bool {
      features[i].capitalRatio >= 0.99 && features[i].words <= 6
        && document.tokens[document.paragraphs[i].tokens].contains { $0.norm == "," }
    }
    guard let a = lines.indices.first(where: isAnchor) else { return nil }
    // Between the anchor and the body, one teaser-shaped line at most (a caption, a score
    // line): more are a list of other stories, and the anchor is theirs or the page's.
    // Credits in capitals ("Tacoma News Tribune", "The Associated Press") are no teasers.
    let between = lines[..<a].filter {
      isTeaser($0) && !(features[$0].capitalRatio >= 0.99 && features[$0].words <= 6)
    }
    guard between.count <= 1 else { return nil }
    let body = DistantHeadline.bodyWords(document, kinds, from: bodyStart)
    func sharesBody(_ i: Int) -> Bool { TitlePicker.overlap(document, i, body).0 >= 1 }
    // Up from the anchor: other anchors and up to three short lines of credits or tools (no
    // teaser sharing a word with the body, unless it names a reporter and an outlet).
    var k = a + 1
    var skipped = 0
    while k < lines.count {
      let i = lines[k]
      if isAnchor(k) {
        k += 1
      } else if skipped < 3, features[i].words <= 8, !features[i].isProse,
        !isTeaser(i) || !sharesBody(i) || isCredit(i)
      {
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
    if k < lines.count, isHeadline(lines[k], limit: sharedLimit), !features[lines[k]].navigation,
      features[lines[k]].words >= 4, sharesBody(lines[k])
    {
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
    if kinds[i] == .dateline || features[i].byline || DatelineReader.isDateline(document, i)
      || isNumericDate(document, i) || isShortByline(document, i, in: document.paragraphs[i].range)
    {
      return true
    }
    // A two-column scrape prints the header's date or byline beside a menu entry.
    let columns = DatelineReader.columns(document, i)
    guard columns.count > 1, let last = columns.last else { return false }
    return DatelineReader.date(document, i, in: last) != nil
      || isShortByline(document, i, in: last)
  }

  /// "By Kevin Affleck": "by" and a capitalised name, three to six words in all, in `span` of
  /// paragraph `i` (the cleaner's byline feature asks for fewer function words than a name this
  /// short has).
  static func isShortByline(_ document: Document, _ i: Int, in span: Range<Int>) -> Bool {
    let words = document.tokens[document.paragraphs[i].tokens].filter {
      span.contains($0.start) && ($0.kind == .word || $0.kind == .number)
    }
    return words.count >= 3 && words.count <= 6 && words[0].norm == "by"
      && CharClass.isUpper(document.text.scalars[words[1].start])
  }

  /// A short line stating a date in digits ("19/01/2008 4:52:15 PM", "1/14/2008, 8:34 a.m.
  /// EST", "01.09.2008"): three runs of digits joined by slashes or full stops, beside at most two
  /// words that are not dateline words.
  static func isNumericDate(_ document: Document, _ i: Int) -> Bool {
    let p = document.paragraphs[i]
    let tokens = document.tokens[p.tokens]
    guard tokens.count <= 24 else { return false }
    let other = tokens.filter {
      $0.kind == .word && !DatelineReader.datelineWords.contains($0.norm) && $0.norm != "a.m"
        && $0.norm != "p.m"
    }
    guard other.count <= 2 else { return false }
    let scalars = document.text.scalars
    var runs = 0
    var separator: Unicode.Scalar?
    var k = p.range.lowerBound
    while k < p.range.upperBound {
      let s = scalars[k]
      if CharClass.isDigit(s) {
        var e = k
        while e < p.range.upperBound, CharClass.isDigit(scalars[e]) { e += 1 }
        runs += 1
        if runs == 3 { return true }
        if e < p.range.upperBound, scalars[e] == "/" || scalars[e] == ".",
          separator == nil || separator == scalars[e]
        {
          separator = scalars[e]
          k = e + 1
          continue
        }
        runs = 0
        separator = nil
        k = e
      } else {
        runs = 0
        separator = nil
        k += 1
      }
    }
    return false
  }
}
