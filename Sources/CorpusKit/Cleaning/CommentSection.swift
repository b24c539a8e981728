/// Ends the article body where readers' comments begin.
///
/// Comments are prose too, so the body's run of prose can carry on into them; what gives them
/// away is a signature line repeated for each one: a short line with a name and a date or time
/// ("Posted by Jane on January 10, 2008 5:58 PM", "Jane wrote at 10:04"). Two or more of them after
/// the article has begun mark a comment section: the body ends at the last piece of furniture
/// before the first one. A line that heads the comments ("Comments have now been closed",
/// "Leave a comment", "12 comments") ends the body too.
enum CommentSection {
  /// Words that sign a comment (compared directly: no hashing per token).
  static func isSigningWord(_ w: String) -> Bool {
    switch w {
    case "posted", "by", "wrote", "says", "said", "commented", "replied": return true
    default: return false
    }
  }

  static func trim(
    _ run: ClosedRange<Int>, _ document: Document, _ features: [ParagraphFeatures],
    _ scores: [Double]
  ) -> ClosedRange<Int> {
    var bodyWords = 0
    var first: Int?
    var count = 0
    var sigs: [Int] = []
    var header: Int?
    var firstTeaserHeader: Int?
    var teaserHeaders = 0
    for i in run {
      if header == nil, bodyWords >= 80, isCommentsHeader(document, i, features[i]) {
        header = i
      }
      if bodyWords >= 80, isTeaserHeader(document, i, features[i]) {
        if firstTeaserHeader == nil { firstTeaserHeader = i }
        teaserHeaders += 1
      }
      if scores[i] > 0 { bodyWords += features[i].words }
      guard bodyWords >= 40, isSignature(document, i, features[i]) else { continue }
      if first == nil { first = i }
      count += 1
      sigs.append(i)
    }
    // Two or more headers of teaser groups ("World »", "B.C. Headlines") after the article: the
    // first one ends it.
    if teaserHeaders >= 2, let t = firstTeaserHeader, header.map({ t < $0 }) ?? true {
      header = t
    }
    // A comments header ("Comments have now been closed") ends the body where no signatures
    // come before it.
    guard count >= 2, let m = first else {
      guard let h = header, h > run.lowerBound else { return run }
      return run.lowerBound...(h - 1)
    }
    if let h = header, h < m, h > run.lowerBound { return run.lowerBound...(h - 1) }
    var end = m - 1
    var j = m - 1
    var floor = run.lowerBound
    // Signatures after the run too: the last comments often fall outside it.
    var k = run.upperBound + 1
    while k < features.count {
      if isSignature(document, k, features[k]) { sigs.append(k) }
      k += 1
    }
    if sigs.count >= 3 {
      // Comments written above their signatures: the paragraph after the last signature is not
      // text. Then the first comment is about as long as the median gap between signatures.
      let last = sigs[sigs.count - 1]
      let after = last + 1 < scores.count ? scores[last + 1] : -1
      if after <= 0 {
        var gaps: [Int] = []
        for k in 1..<sigs.count { gaps.append(sigs[k] - sigs[k - 1] - 1) }
        gaps.sort()
        let med = gaps[gaps.count / 2]
        floor = max(run.lowerBound, m - 1 - med)
      }
    }
    var stopped = false
    while j > floor {
      if scores[j] <= -3 {
        end = j - 1
        stopped = true
        break
      }
      j -= 1
    }
    if !stopped, floor > run.lowerBound { end = floor }
    return end >= run.lowerBound ? run.lowerBound...end : run
  }

  /// Phrases that open or close a readers' comment section.
  static let headerMatcher = PhraseMatcher([
    "comments have now been closed", "comments are closed", "comments have been closed",
    "leave a comment", "post a comment", "add your comment", "add a comment", "reader comments",
    "readers' comments", "readers comments", "post your comment",
    "comments on this story", "comments on this article", "comments for this entry",
    "have your say", "your comments", "readers respond", "reader views", "add your view",
    "comments are moderated", "this feedback is now closed", "user comments",
  ])

  /// Words that count readers' posts in a comments header ("12 comments", "Reader views (5)").
  static let countedPostWords: Set<String> = [
    "comments", "comment", "responses", "views", "reactions", "replies",
  ]

  /// A short line that heads (or closes) the readers' comments: "Comments have now been closed",
  /// "Leave a comment", "12 comments".
  static func isCommentsHeader(_ document: Document, _ i: Int, _ f: ParagraphFeatures) -> Bool {
    guard f.words > 0, f.words <= 10,
      TitlePicker.lastColumn(document, i).lowerBound == document.paragraphs[i].range.lowerBound
    else { return false }
    let tokens = document.tokens[document.paragraphs[i].tokens]
    let words = tokens.filter { $0.kind == .word || $0.kind == .number }
    if words.count == 2, words[0].kind == .number, words[1].norm == "comments" { return true }
    // "Comments (12)", "5 responses", "Reader views (5)": a count of readers' posts.
    if words.count <= 6, words.contains(where: { $0.kind == .number }),
      words.contains(where: { countedPostWords.contains($0.norm) })
    {
      return true
    }
    return headerMatcher.matches(tokens, at: tokens.startIndex)
  }

  /// A short line that heads a group of teasers: "World »", "More Manitoba headlines »",
  /// "B.C. Headlines".
  static func isTeaserHeader(_ document: Document, _ i: Int, _ f: ParagraphFeatures) -> Bool {
    guard f.words > 0, f.words <= 5, !f.endsTerminal else { return false }
    let tokens = document.tokens[document.paragraphs[i].tokens]
    guard let last = tokens.last else { return false }
    let s = document.text.scalars[last.start]
    if s == "\u{BB}" || s == "\u{203A}" || last.norm == ">>" { return true }
    let lastWord = tokens.last { $0.kind == .word }
    return lastWord?.norm == "headlines" && last.kind == .word
  }

  /// A short line with a signing word and a date or a clock time.
  static func isSignature(_ document: Document, _ i: Int, _ f: ParagraphFeatures) -> Bool {
    guard f.words > 0, f.words <= 20, !f.endsWithPeriod else { return false }
    let tokens = document.tokens[document.paragraphs[i].tokens]
    // A line that is only a clock time ("7:51 pm") stamps a comment.
    if f.words <= 3, hasClock(tokens, document.text.scalars) { return true }
    guard tokens.contains(where: { $0.kind == .word && isSigningWord($0.norm) }) else {
      return false
    }
    return hasClock(tokens, document.text.scalars)
      || DateParser.firstDate(in: Array(tokens)) != nil
  }

  /// "5:58", "10 pm": a clock time.
  static func hasClock(_ tokens: ArraySlice<Token>, _ scalars: [Unicode.Scalar]) -> Bool {
    tokens.indices.contains { k in
      let t = tokens[k]
      if t.norm == "pm" || t.norm == "am" { return true }
      // "5:58": a number, a colon, a number.
      return t.kind == .number && k + 2 < tokens.endIndex && tokens[k + 1].norm == ":"
        && tokens[k + 2].kind == .number && scalars[tokens[k + 1].start] == ":"
    }
  }
}
