/// Chooses the headline among the paragraphs above the article body, or none when unsure.
///
/// A headline stands close above the body (bylines, datelines and captions may come between),
/// is a short line in headline shape (no closing full stop, not a menu, byline, date or section
/// label), and shares at least two content words with the body's opening paragraphs, unless it is
/// the document's first line right above the body. A wrong title is worse than none, so a line
/// without that evidence is never taken.
enum TitlePicker {
  /// How many paragraphs with words above the body are considered.
  static let reach = 12

  static func pick(
    _ document: Document, _ features: [ParagraphFeatures], bodyStart: Int, kinds: [ParagraphKind],
    storyDF: Int? = nil
  ) -> Int? {
    // In a copy of a shared story the headline is shared as widely as the story (a little more
    // where several outlets' copies were edited).
    let sharedLimit = Self.sharedLimit(storyDF, features)
    guard bodyStart > 0 else { return nil }
    let opening = openingWords(document, kinds, from: bodyStart)
    var best: (index: Int, score: Double)?
    var distance = 0
    var i = bodyStart - 1
    var looked = 0
    while i >= 0, looked < reach {
      defer { i -= 1 }
      let f = features[i]
      guard f.words > 0 else { continue }
      looked += 1
      let between = kinds[i] == .dateline || kinds[i] == .caption || f.byline
      defer { if !between { distance += 1 } }
      // The document's first text right above the body: an article file that starts with its
      // headline.
      let lead = distance == 0 && !features[..<i].contains { $0.words > 0 }
      let strict =
        isCandidate(f, kinds[i], sharedLimit: sharedLimit) && hasHeadlineShape(document, i)
      // A lead line that fails only for a word furniture uses too ("Watchdog probes e-mail
      // deletions", "Potter director signs deal", "Call to save jobs") is still the headline
      // when it is headline-sized and shares a content word with the body's opening.
      let lenient =
        !strict && lead && f.words <= 12
        && isCandidate(f, kinds[i], sharedLimit: sharedLimit, lead: true)
        && hasHeadlineShape(document, i, lead: true)
      guard strict || lenient else { continue }
      let (shared, total) = overlap(document, i, opening)
      let share = total > 0 ? Double(shared) / Double(total) : 0
      // Two content words in common with the body's opening, in a line of four words or more;
      // a line in capitals throughout (a label or a menu as often as a headline) needs three.
      // A lead line needs none (one, when it passed only leniently); one shared word elsewhere
      // proved too weak on the dev pages.
      let related =
        (shared >= 2 && f.words >= 4 && (f.capitalRatio < 0.95 || shared >= 3))
        || (lead && (strict || shared >= 1))
      guard related else { continue }
      var score = 2 * share - 0.15 * Double(distance)
      // A headline is often printed twice (breadcrumb, "email this" box, the headline itself).
      if f.repeatedInDocument { score += 0.3 }
      if f.capitalRatio >= 0.5 { score += 0.2 }
      if f.words >= 4 { score += 0.2 }
      if best == nil || score > best!.score { best = (i, score) }
    }
    let chosen = best.flatMap { b -> Int? in
      if let h = headlineAboveDeck(
        document, features, kinds, b.index, opening, sharedLimit: sharedLimit)
      {
        return h
      }
      if isAmbiguous(document, features, kinds, b.index, opening, sharedLimit: sharedLimit) {
        return nil
      }
      return isInTeaserList(document, features, kinds, b.index, sharedLimit: sharedLimit)
        ? nil : b.index
    }
    // The page's header layout (a headline over its date or byline) settles what the shared
    // words leave open: a headline over the deck taken, or a headline refused for its rivals.
    let anchored = AnchoredHeadline.pick(
      document, features, bodyStart: bodyStart, kinds: kinds, storyDF: storyDF)
    let found =
      best == nil
      ? NearestHeadline.pick(
        document, features, bodyStart: bodyStart, kinds: kinds, storyDF: storyDF)
        ?? DistantHeadline.pick(
          document, features, bodyStart: bodyStart, kinds: kinds, storyDF: storyDF)
      : chosen
    // Nothing read as the headline: a line of columns may hold it in one of them.
    guard let c = found else {
      return anchored
        ?? (best == nil
          ? ColumnHeadline.pick(
            document, features, bodyStart: bodyStart, kinds: kinds, storyDF: storyDF) : nil)
    }
    if let a = anchored, a < c, !features[(a + 1)..<c].contains(where: { $0.words > 0 }) {
      return a
    }
    return c
  }

  /// A deck (the sentence under a headline that sums the story up) shares more words with the
  /// body than its headline does. A shorter headline-shaped line one or two lines above the
  /// chosen one that still shares a content word with the body's opening is the headline.
  static func headlineAboveDeck(
    _ document: Document, _ features: [ParagraphFeatures], _ kinds: [ParagraphKind], _ deck: Int,
    _ opening: Set<UInt64>, sharedLimit: Int
  ) -> Int? {
    var j = deck - 1
    var looked = 0
    while j >= 0, looked < 2 {
      defer { j -= 1 }
      let f = features[j]
      guard f.words > 0 else { continue }
      looked += 1
      guard isCandidate(f, kinds[j], sharedLimit: sharedLimit), f.words >= 3,
        f.words < features[deck].words, !f.allCaps, hasHeadlineShape(document, j)
      else { continue }
      let (shared, total) = overlap(document, j, opening)
      if shared >= 2 && 2 * shared >= total && !f.navigation && f.callToAction == 0 { return j }
    }
    return nil
  }

  /// Whether the chosen line stands in a list of headlines (other stories' teasers): the lines
  /// right above and right below it are headline-shaped lines too.
  static func isInTeaserList(
    _ document: Document, _ features: [ParagraphFeatures], _ kinds: [ParagraphKind], _ chosen: Int,
    sharedLimit: Int
  ) -> Bool {
    func neighbour(_ step: Int) -> Int? {
      var j = chosen + step
      while j >= 0, j < features.count, features[j].words == 0 { j += step }
      return j >= 0 && j < features.count ? j : nil
    }
    func isTeaser(_ j: Int?) -> Bool {
      guard let j else { return false }
      let f = features[j]
      return isCandidate(f, kinds[j], sharedLimit: sharedLimit) && f.words >= 4 && !f.navigation
        && f.callToAction == 0 && hasHeadlineShape(document, j)
    }
    return isTeaser(neighbour(-1)) && isTeaser(neighbour(1))
  }

  /// Whether the line right above the chosen one is another headline-shaped line, shorter than
  /// it: the chosen line may be the deck under its headline, or the headline under a teaser, and
  /// nothing tells which, so no title is given.
  static func isAmbiguous(
    _ document: Document, _ features: [ParagraphFeatures], _ kinds: [ParagraphKind], _ chosen: Int,
    _ opening: Set<UInt64>, sharedLimit: Int
  ) -> Bool {
    var j = chosen - 1
    while j >= 0, features[j].words == 0 { j -= 1 }
    guard j >= 0 else { return false }
    let f = features[j]
    let c = features[chosen]
    guard isCandidate(f, kinds[j], sharedLimit: sharedLimit), f.words >= 3, !f.allCaps,
      !f.navigation, f.callToAction == 0, hasHeadlineShape(document, j)
    else { return false }
    guard f.words < c.words, c.capitalRatio < 0.6 else { return false }
    // A label ("Change Type Size") above a headline is no rival: the line above must share a
    // content word with the story (the body's opening or the chosen line).
    return overlap(document, j, opening).0 >= 1
      || overlap(document, j, openingWords(document, chosen)).0 >= 1
  }

  /// A short line in headline shape, not furniture. A `lead` line (the document's first text,
  /// right above the body) may hold one call-to-action word ("Honda wins copyright ruling").
  static func isCandidate(
    _ f: ParagraphFeatures, _ kind: ParagraphKind, sharedLimit: Int = 3, lead: Bool = false
  ) -> Bool {
    // Printed twice in the page, or on a few other pages of the site, a headline is still one.
    var g = f
    g.repeatedInDocument = false
    // A line on more pages than the story (on two pages of a story told once) is the site's.
    if g.documentFrequency > sharedLimit { return false }
    g.repeatedInCorpus = false
    let furniture =
      lead && f.callToAction <= 1 && !f.appeal && !f.navigation
      ? g.isStrongFurniture : g.isHardFurniture
    return kind == .boilerplate && f.words >= 2 && f.words <= 25 && !f.endsWithPeriod
      && !f.endsTerminalColon && !furniture && !f.byline && !f.truncated && !f.captionCue
      && !f.isListItem && f.separators == 0 && !f.laterCopy
      // A sentence dense in function words is a caption or a teaser, not a headline.
      && !(f.stopRatio >= 0.4 && f.words >= 10)
      // "WORLD NEWS", "TRAVEL INFO": a section label in capitals.
      && !(f.words <= 3 && f.allCaps)
  }

  /// Whether the last column of paragraph `i` has a headline's shape (see `HeadlineShape`;
  /// `lead`: a lead line's words of roles and imperatives are allowed).
  static func hasHeadlineShape(_ document: Document, _ i: Int, lead: Bool = false) -> Bool {
    let column = lastColumn(document, i)
    let tokens = document.tokens[document.paragraphs[i].tokens]
    guard let from = tokens.firstIndex(where: { $0.start >= column.lowerBound }) else {
      return false
    }
    return HeadlineShape.isHeadline(tokens[from...], scalars: document.text.scalars, lead: lead)
  }

  /// The range of paragraph `i`'s last column: scrapes of two-column pages put a menu entry and
  /// the headline on one line, split by tabs or a run of spaces.
  static func lastColumn(_ document: Document, _ i: Int) -> Range<Int> {
    let r = document.paragraphs[i].range
    let start = ParagraphFeatures.columns(document.text.scalars, r).last?.lowerBound
    return (start ?? r.lowerBound)..<r.upperBound
  }

  /// How many documents may share a headline: in a copy of a shared story the headline is
  /// shared as widely as the story (a little more where several outlets' copies were edited).
  /// A page that shares none of its prose is a story told once: a line it shares with another
  /// page is the site's. One that shares a paragraph or two (an edited copy) may share its
  /// headline with a few pages.
  static func sharedLimit(_ storyDF: Int?, _ features: [ParagraphFeatures]) -> Int {
    if let storyDF { return 2 * storyDF }
    return features.contains { $0.isProse && $0.documentFrequency >= 2 } ? 3 : 1
  }

  /// The paragraphs with words above `bodyStart`, nearest first, at most `reach` of them: the
  /// lines the headline rules look through.
  static func linesAbove(_ features: [ParagraphFeatures], _ bodyStart: Int, reach: Int) -> [Int] {
    var out: [Int] = []
    var i = bodyStart - 1
    while i >= 0, out.count < reach {
      if features[i].words > 0 { out.append(i) }
      i -= 1
    }
    return out
  }

  /// Content words (folded, three letters or more, not function words) of the body's first
  /// paragraphs, up to about 120 words, as hashes of the words and of their five-letter stems.
  static func openingWords(_ document: Document, _ kinds: [ParagraphKind], from start: Int) -> Set<
    UInt64
  > {
    var out: Set<UInt64> = []
    var count = 0
    var i = start
    while i < document.paragraphs.count, count < 120 {
      if kinds[i] == .body {
        for t in document.tokens[document.paragraphs[i].tokens] where isContentWord(t) {
          out.insert(hash(t.norm, stem: false))
          out.insert(hash(t.norm, stem: true))
          count += 1
        }
      }
      i += 1
    }
    return out
  }

  /// Content words of paragraph `i` alone, hashed as `openingWords` hashes them.
  static func openingWords(_ document: Document, _ i: Int) -> Set<UInt64> {
    var out: Set<UInt64> = []
    for t in document.tokens[document.paragraphs[i].tokens] where isContentWord(t) {
      out.insert(hash(t.norm, stem: false))
      out.insert(hash(t.norm, stem: true))
    }
    return out
  }

  /// How many of paragraph `i`'s content words occur in `opening` (by word or stem), of how many.
  static func overlap(_ document: Document, _ i: Int, _ opening: Set<UInt64>) -> (Int, Int) {
    var shared = 0
    var total = 0
    let column = lastColumn(document, i)
    for t in document.tokens[document.paragraphs[i].tokens]
    where t.start >= column.lowerBound && isContentWord(t) {
      total += 1
      if opening.contains(hash(t.norm, stem: false)) || opening.contains(hash(t.norm, stem: true)) {
        shared += 1
      }
    }
    return (shared, total)
  }

  static func isContentWord(_ t: Token) -> Bool {
    (t.kind == .word && t.norm.utf8.count >= 3 && !Vocabulary.flags(t.norm).contains(.stop))
      || (t.kind == .number && t.norm.utf8.count >= 2)
  }

  /// A 64-bit FNV-1a hash of a word, or of its crude stem (the first five scalars of a longer
  /// word, hashed apart from whole words), so that "settled" meets "settlement".
  static func hash(_ w: String, stem: Bool) -> UInt64 {
    var h: UInt64 = stem ? 0x84222325_cbf29ce4 : 0xcbf2_9ce4_8422_2325
    var n = 0
    for u in w.unicodeScalars {
      if stem && n == 5 { break }
      h = (h ^ UInt64(u.value)) &* 0x100_0000_01b3
      n += 1
    }
    // A word of five letters or fewer is its own stem.
    if stem && w.unicodeScalars.count <= 5 { return hash(w, stem: false) }
    return h
  }
}
