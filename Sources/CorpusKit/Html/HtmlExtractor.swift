/// Tells a page's article text from its furniture, block by block, in the manner of Readability,
/// jusText and boilerpipe: each block's own evidence (length, link density, stop-word density,
/// the class and id names around it), the box of the page that gathers the most prose, and the
/// blocks next to it (a short line between two body paragraphs is body).
enum HtmlExtractor {
  /// What a block's own features say, before its neighbours and position are weighed.
  enum Quality: Equatable { case good, nearGood, short, bad }

  static func quality(_ b: HtmlBlock) -> Quality {
    let ld = b.linkDensity
    let sd = b.stopDensity
    if ld > 0.5 { return .bad }
    if b.words < 8 { return ld > 0.2 ? .bad : .short }
    if b.words >= 15, sd >= 0.28, ld <= 0.25 { return .good }
    if sd >= 0.18, ld <= 0.35 { return .nearGood }
    return .bad
  }

  /// A kind for every block of the page (the headline is marked afterwards, by the metadata).
  static func classify(_ page: HtmlPage) -> [ParagraphKind] {
    let blocks = page.blocks
    let qualities = blocks.map(quality)
    let region = articleRegion(page, qualities)
    var kinds = [ParagraphKind](repeating: .boilerplate, count: blocks.count)
    // Elements come in document order, each after its parent: one pass marks every element
    // in the region or under it.
    var underRegion = [Bool](repeating: false, count: page.elements.count)
    for (e, element) in page.elements.enumerated() {
      underRegion[e] = region.contains(e) || (element.parent >= 0 && underRegion[element.parent])
    }
    var inRegion = [Bool](repeating: false, count: blocks.count)
    for (i, b) in blocks.enumerated() {
      inRegion[i] = b.element >= 0 && underRegion[b.element]
    }
    // Own evidence.
    var pending: [Int] = []
    for (i, b) in blocks.enumerated() {
      let q = qualities[i]
      if b.flags.contains(.caption) {
        kinds[i] = .caption
        continue
      }
      if b.role == .heading {
        kinds[i] = inRegion[i] && b.linkDensity < 0.5 ? .heading : .boilerplate
        continue
      }
      if inRegion[i] {
        switch q {
        case .good: kinds[i] = .body
        case .nearGood: kinds[i] = b.nearestHint < 0 ? .boilerplate : .body
        case .short: pending.append(i)
        case .bad: kinds[i] = .boilerplate
        }
      } else {
        let clean =
          b.hint >= 0 && !b.flags.contains(.nav) && !b.flags.contains(.footer)
          && !b.flags.contains(.aside)
        if q == .good, clean, b.words >= 40, b.linkDensity < 0.1 { kinds[i] = .body }
      }
    }
    // Neighbours: a short block between body blocks of the article is body.
    var undecided = [Bool](repeating: false, count: blocks.count)
    for i in pending { undecided[i] = true }
    for i in pending {
      let before = neighbour(kinds, undecided, i, -1)
      let after = neighbour(kinds, undecided, i, 1)
      if before == .body, after == .body || after == .heading, blocks[i].linkDensity == 0,
        blocks[i].nearestHint >= 0
      {
        kinds[i] = .body
      }
    }
    // Readers' comments end the article: after the first body block, a comment box's heading or
    // footer ("Leave a comment", "Posted by ... Report this comment") closes it.
    // (Only after a real body: a "Comments (3)" link under the headline closes nothing.)
    var bodyWords = 0
    for (i, b) in blocks.enumerated() {
      if kinds[i] == .body { bodyWords += b.words }
      if bodyWords >= 100, b.linkDensity < 0.5, let strong = commentMarker(b),
        strong || kinds[i] != .body
      {
        for j in i..<kinds.count where kinds[j].isArticleText { kinds[j] = .boilerplate }
        break
      }
    }
    // A heading heads article text: one followed by furniture (a "Related stories" box) is
    // furniture too, as is one inside a box named as furniture.
    for (i, b) in blocks.enumerated() where kinds[i] == .heading {
      var j = i + 1
      while j < kinds.count, kinds[j] == .heading { j += 1 }
      if b.nearestHint < 0 || j == kinds.count || kinds[j] != .body { kinds[i] = .boilerplate }
    }
    return kinds
  }

  static let commentCues = [
    "report this comment", "report abuse", "leave a comment", "post a comment", "add your comment",
    "add a comment", "have your say", "reader comments", "readers' comments", "readers comments",
    "your comments", "comments (", "write a comment", "join the discussion", "must be logged in",
    "comment on this", "comments are closed", "post your comment", "submit a comment",
    "responses to",
  ]

  /// Whether a block opens or signs a readers' comment: true for a comment's own footer
  /// ("Report this comment", in a block of up to 200 words), false for a short heading-like cue
  /// ("Leave a comment"), nil for neither.
  static func commentMarker(_ b: HtmlBlock) -> Bool? {
    guard b.words <= 200, mayMarkComment(b.text) else { return nil }
    let lower = b.text.lowercased()
    if lower.contains("report this comment") || lower.contains("report abuse")
      || lower.contains("recommend this comment")
    {
      return true
    }
    guard b.words <= 20 else { return nil }
    if lower.hasPrefix("posted by") || commentCues.contains(where: { lower.contains($0) }) {
      return false
    }
    return nil
  }

  /// Word stems every comment cue holds, matched on bytes before any text is lowercased.
  static let commentStems: [[UInt8]] = [
    "omment", "buse", "osted", "iscussion", "ogged", "esponses", "our say",
  ].map {
    Array($0.utf8)
  }

  static func mayMarkComment(_ text: String) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      commentStems.contains { HtmlClassHints.contains(bytes, $0) }
    }
    if let found { return found }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { b in
      commentStems.contains { HtmlClassHints.contains(b, $0) }
    }
  }

  /// The kind of the nearest block in direction `step` that is not still undecided short text.
  static func neighbour(
    _ kinds: [ParagraphKind], _ undecided: [Bool], _ i: Int, _ step: Int
  ) -> ParagraphKind? {
    var j = i + step
    while j >= 0, j < kinds.count {
      if !undecided[j] { return kinds[j] }
      j += step
    }
    return nil
  }

  /// The elements that hold the article: the box gathering the most prose (scored on its
  /// children's paragraphs and grandchildren's, discounted by links and furniture names) and
  /// its siblings that score nearly as well.
  static func articleRegion(_ page: HtmlPage, _ qualities: [Quality]) -> Set<Int> {
    let elements = page.elements
    guard !elements.isEmpty else { return [] }
    var score = [Double](repeating: 0, count: elements.count)
    for (i, b) in page.blocks.enumerated() where b.element >= 0 {
      let q = qualities[i]
      guard q == .good || q == .nearGood || (q == .short && b.sentenceEnds > 0) else { continue }
      if b.role == .heading { continue }
      let s = (1 + Double(b.commas) + min(Double(b.words) / 20, 4)) * (1 - b.linkDensity)
      var e = b.element
      let own = elements[e].role
      if own == .container || own == .cell || own == .quote || own == .form || own == .paragraph {
        score[e] += s
      }
      var level = 0
      e = elements[e].parent
      while e >= 0, level < 3 {
        score[e] += level == 0 ? s : s / Double(level * 2)
        level += 1
        e = elements[e].parent
      }
    }
    var best = -1
    var bestScore = 0.0
    for e in elements.indices {
      let h = elements[e].hint
      let adjusted = score[e] * (h < 0 ? 0.6 : h > 0 ? 1.2 : 1)
      score[e] = adjusted
      if adjusted > bestScore {
        bestScore = adjusted
        best = e
      }
    }
    guard best >= 0 else { return [] }
    var region: Set<Int> = [best]
    let parent = elements[best].parent
    if parent >= 0 {
      for e in elements.indices
      where e != best && elements[e].parent == parent && score[e] >= 0.25 * bestScore {
        region.insert(e)
      }
    }
    return region
  }
}
