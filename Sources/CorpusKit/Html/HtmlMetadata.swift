import Foundation

/// Title, publication date and outlet from a page's markup: JSON-LD `NewsArticle`, Open Graph
/// and article meta tags, `<time datetime>`, and `<title>` checked against the page's headings.
/// It answers nil rather than guess: a wrong title is worse than none.
struct HtmlMetadata: Sendable, Equatable {
  var title: String?
  var date: String?
  var outlet: String?
  /// Blocks that may show the headline, most likely first; the corpus may still reject one
  /// as its site's template (see `HtmlTemplateFilter`).
  var headlineCandidates: [Int] = []

  static let separators = [
    " | ", " -- ", " - ", " – ", " — ", " :: ", " : ", " « ", " » ", " // ", " · ", " > ",
  ]
  static let articleTypes: Set<String> = [
    "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
  ]
  static let dateKeys = [
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.issued", "sailthru.date", "parsely-pub-date", "originalpublicationdate",
    "article.published",
    "displaydate", "dc.date.created",
  ]

  static func read(_ page: HtmlPage, kinds: [ParagraphKind]) -> HtmlMetadata {
    var ld = LinkedData()
    for s in page.jsonLD { ld.read(s) }
    func meta(_ key: String) -> String? {
      page.metas.first { $0.key == key && !clean($0.content).isEmpty }.map { clean($0.content) }
    }
    var out = HtmlMetadata()
    // Outlet: named by the page's own metadata.
    out.outlet = meta("og:site_name") ?? ld.publisher ?? meta("application-name")
    // Date: publication, never a crawl or modification date.
    var dates: [String] = []
    if let d = ld.datePublished { dates.append(d) }
    dates += dateKeys.compactMap(meta)
    dates += page.times
    out.date = dates.lazy.compactMap(DateParser.isoDay).first
    // Title.
    let stated = [
      ld.headline, meta("og:title"), meta("twitter:title"), meta("headline"), meta("title"),
    ]
    .compactMap { $0 }
    let pageTitle = page.title.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    let (title, blocks, siteSegment) = headline(
      page, kinds: kinds, stated: stated, pageTitle: pageTitle, outlet: out.outlet)
    out.title = title
    out.headlineCandidates = blocks
    if out.outlet == nil { out.outlet = siteSegment }
    if out.date == nil { out.date = datelineDate(page, kinds: kinds, headline: blocks.first) }
    return out
  }

  /// The date of a short dateline or byline block ("Published Thursday, January 10, 2008")
  /// between the headline and the body, or just above the body: never a date inside the
  /// body, a caption's or a related link's.
  static func datelineDate(_ page: HtmlPage, kinds: [ParagraphKind], headline: Int?) -> String? {
    guard let firstBody = kinds.firstIndex(of: .body) else { return nil }
    let start =
      headline.map { $0 < firstBody ? $0 + 1 : max(0, firstBody - 3) } ?? max(0, firstBody - 3)
    for i in start..<firstBody where kinds[i] == .boilerplate {
      let b = page.blocks[i]
      guard b.words <= 16, b.linkDensity < 0.5, b.text.contains(where: \.isNumber) else { continue }
      if let day = DateParser.isoDay(b.text) { return day }
    }
    return nil
  }

  /// The headline and the block showing it: the block above the article's first paragraph
  /// that the stated title or the `<title>` names, or that reads as a headline there (a heading,
  /// a block named as a title); else the stated title; else the `<title>` without its site part.
  static func headline(
    _ page: HtmlPage, kinds: [ParagraphKind], stated: [String], pageTitle: String?, outlet: String?
  ) -> (String?, [Int], String?) {
    // The stated titles, the <title>, and each part of the <title> (a headline after a long site name).
    var texts = stated
    if let pt = pageTitle {
      texts.append(pt)
      let parts = split(pt)
      if parts.count > 1 { texts += parts.filter { wordSet($0).count >= 3 } }
      // "The Associated Press: Djokovic D-Joking Around": a short name before a colon.
      if let colon = pt.range(of: ": "), pt[..<colon.lowerBound].split(separator: " ").count <= 4 {
        let rest = String(pt[colon.upperBound...])
        if wordSet(rest).count >= 3 { texts.append(rest) }
      }
    }
    let references = texts.map(wordSet).filter { !$0.isEmpty }
    // The titles' words in order, for a block the title opens with (or that opens with it).
    let referenceLists = texts.map { (text: $0, words: wordList($0)) }.filter {
      $0.words.count >= 3
    }
    // Short labels the page shows as blocks of their own (menu entries, section names): such
    // a label glued before the headline ("National Sonia in hospital …") is the section's.
    // (Built only when a block opens with a capitalised word.)
    var labelCache: Set<String>?
    func pageLabels() -> Set<String> {
      if let l = labelCache { return l }
      var l = Set<String>()
      for b in page.blocks where b.words >= 1 && b.words <= 3 && looksLikeLabel(b.text) {
        l.insert(b.text.lowercased())
      }
      labelCache = l
      return l
    }
    let known = references.reduce(into: Set<String>()) { $0.formUnion($1) }
    // The known words' hashes: a block none of whose words hashes to one shares no word with
    // the titles, and its word set is built only if it gets that far.
    let knownHashes = known.map { wordHash($0) }
    let firstBody = kinds.firstIndex(of: .body) ?? page.blocks.count
    // A headline's words come back in its story; a site's name and a section's label rarely do.
    var bodyWords = Set<String>()
    var seenBody = 0
    for (i, k) in kinds.enumerated() where k == .body && seenBody < 12 {
      addWords(page.blocks[i].text, into: &bodyWords)
      seenBody += 1
    }
    func echo(_ text: String) -> Double { echo(words: wordSet(text)) }
    func echo(words: Set<String>, in body: Set<String>? = nil) -> Double {
      let content = words.filter { $0.utf8.count >= 4 }
      guard !content.isEmpty else { return 0 }
      let story = body ?? bodyWords
      return Double(content.filter { story.contains($0) }.count) / Double(content.count)
    }
    // The body after its first block: whether a first body block that reads as a headline is
    // echoed by its story.
    // (Built only when a first body block is weighed as the headline.)
    var restCache: Set<String>?
    func restWords() -> Set<String> {
      if let r = restCache { return r }
      var r = Set<String>()
      var seen = 0
      for (i, k) in kinds.enumerated() where k == .body && i > firstBody && seen < 12 {
        addWords(page.blocks[i].text, into: &r)
        seen += 1
      }
      restCache = r
      return r
    }
    // Whether the page's titles are only its site's name: none of them is echoed by the story.
    let titlesNameNoStory = texts.allSatisfy { echo($0) < 0.25 }
    var ranked: [(score: Double, block: Int, text: String, opensTitle: [String]?)] = []
    for i in 0..<page.blocks.count {
      var b = page.blocks[i]
      // A headline sits just above the body (or, rarely, just inside its top).
      let distance = i < firstBody ? firstBody - i : 3 + (i - firstBody)
      guard b.words >= 2, b.words <= 40, distance <= 40, kinds[i] != .body || i <= firstBody + 1
      else { continue }
      // A headline with its date or byline on the same line ("… 2008-01-14 14:49", "… By Liam
      // FitzGibbon"): the headline part is weighed. (A stamp has digits, a byline "by".)
      let head = b.words >= 4 && mayHaveStamp(b.text) ? headPart(b.text) : b.text
      // (Not when the title names the whole line: "Man Bitten by Snake".)
      if head != b.text, !wordSet(b.text).isSubset(of: known) {
        b.words = wordCount(head)
        b.sentenceEnds = head.hasSuffix(".") ? 1 : 0
        b.text = head
      }
      // A section's label glued before the headline, the label shown as a block of its own
      // elsewhere on the page ("Top Stories Tributes paid to …"): the headline part is weighed.
      // (Not when the title names the whole line, nor when the story names the label too:
      // "Business Secretary resigns" under a menu entry "Business".)
      if b.words >= 5, let (label, rest) = labelPrefix(b.text, labels: pageLabels),
        !wordSet(b.text).isSubset(of: known),
        !wordSet(label).isSubset(of: i >= firstBody ? restWords() : bodyWords)
      {
        b.text = rest
        b.words = wordCount(rest)
        b.linkWords = max(0, b.linkWords - wordCount(label))
        b.sentenceEnds = sentenceEndCount(rest)
      }
      guard b.words >= 2, b.words <= 30 else { continue }
      // The body's first blocks may hold the headline (a headline styled as the article's
      // text), when the <title> names it (below); a short line with a sentence's end is text,
      // a longer one may owe its full stops to abbreviations ("U.S.").
      let inBody = kinds[i] == .body
      if inBody,
        i > firstBody + 1
          || (b.sentenceEnds > 0 && b.words < 12 && !abbreviationStopsOnly(b.text))
      {
        continue
      }
      // A page's top heading (h1) may stand above a byline, a date and a related-links box.
      let topHeading = b.role == .heading && b.headingLevel == 1
      var blockWords: Set<String>?
      var match = 0.0
      var fallback = 0.0
      // The words of a title that opens with this block, up to a clause's end.
      var opensTitle: [String]?
      if mayShareWord(b.text, knownHashes) {
        let words = wordSet(b.text)
        blockWords = words
        if !words.isDisjoint(with: known) {
          for refWords in references {
            let common = words.intersection(refWords).count
            let coverage = Double(common) / Double(words.count)
            let recall = Double(common) / Double(refWords.count)
            guard common >= 2 || (common == words.count && words.count == refWords.count) else {
              continue
            }
            if coverage >= 0.8, recall >= 0.4 { match = max(match, coverage + recall) }
          }
          // A title that opens with the block's words up to a clause's end ("Headline, Says
          // Her …", "Headline (2006): …"), or a block that opens with the title's words so:
          // the two agree on the headline, whatever its share of the other.
          let list = wordList(b.text)
          for r in referenceLists {
            guard let side = clauseOpening(list, b.text, r.words, r.text) else { continue }
            match = max(match, 1.8)
            if side == .titleOpens { opensTitle = r.words }
          }
        }
      }
      let heading =
        b.role == .heading ? (b.headingLevel == 1 ? 1.5 : b.headingLevel <= 3 ? 1.2 : 0.8) : 0
      let named = (b.flags.contains(.titleName) ? 1.0 : 0) + (b.flags.contains(.emphasis) ? 0.6 : 0)
      // A caption is the headline only when the title names it whole.
      if kinds[i] == .caption, match < 1.8 { continue }
      // A body block is the headline when the stated title or the <title> names it, or when it
      // is the body's first block, shaped as a headline and echoed by the rest of the story.
      if inBody, match < 1.6 {
        guard i == firstBody, plainHeadline(b),
          echo(words: blockWords ?? wordSet(b.text), in: restWords()) >= 0.5
        else { continue }
        // Only when nothing else reads as the headline: a caption or a deck opens bodies too.
        fallback = 5
      } else if match == 0 {
        // Without the title's words, only a heading close above the body reads as the headline,
        // and not a short label in capitals ("TOP STORIES", "Sports Wire").
        // An h1's full stops are abbreviations ("U.S."), not a sentence's end.
        // Further up, or a heading that links to its own page, only over a byline, a date and
        // page tools, and echoed by its story.
        // (Not when the page's titles name its story in other words: that block is a deck.)
        let overFurniture =
          titlesNameNoStory && distance <= 12 && onlyFurniture(page, from: i + 1, to: firstBody)
          && echo(words: blockWords ?? wordSet(b.text)) >= 0.5
        // A linked heading over a byline or a date (a teaser's heading has none under it).
        let linkedHeadline =
          overFurniture && b.role == .heading
          && (i + 1..<firstBody).contains { looksLikeByline(page.blocks[$0].text) }
        guard distance <= (topHeading ? 10 : 6) || overFurniture,
          b.linkDensity < 0.5 || linkedHeadline, b.words <= 20,
          b.sentenceEnds == 0 || b.words <= 12 || topHeading,
          !looksLikeLabel(b.text)
        else { continue }
        // A plain line right above the body that reads as a headline (no closing full stop),
        // or above it with only a byline, a date and page tools between.
        if heading + named == 0 {
          guard plainHeadline(b), distance <= 2 || overFurniture else { continue }
        }
      }
      // (A line the title names is no byline, whatever its first word: "From our writers' …".)
      if (looksLikeByline(b.text) && match < 1.6) || startsWithSiteAddress(b.text) { continue }
      // Labels ("Brandon Sun", "Evening News Digest") lose to a headline's fuller wording, and
      // one its story never echoes is no headline at all (unless the title names it whole and
      // the story echoes it at all: "Fight! Fight! Fight!").
      let label = looksLikeLabel(b.text) ? 2.0 : 0
      let echoed = echo(words: blockWords ?? wordSet(b.text))
      if label > 0, echoed < 0.5, match < 1.8 || echoed == 0 { continue }
      let s =
        2 * match + heading + named - 0.15 * Double(distance) - label + 0.05
        * Double(min(b.words, 10))
        + 1.5 * echoed - fallback
      ranked.append((s, i, b.text, echoed >= 0.5 ? opensTitle : nil))
    }
    ranked.sort { $0.score > $1.score || ($0.score == $1.score && $0.block < $1.block) }
    // A title puts the headline first and its deck after ("Headline, deck"): when the block
    // ranked first is that title's deck and another block, echoed by the story, is the
    // title's opening, the opening is the headline.
    if let top = ranked.first, top.opensTitle == nil,
      let k = ranked.firstIndex(where: { r in
        r.opensTitle.map { t in
          let words = wordList(top.text)
          return words.count >= 3 && Set(words).isSubset(of: Set(t)) && !t.starts(with: words)
        } ?? false
      })
    {
      ranked.swapAt(0, k)
    }
    if let b = ranked.first {
      var text = trimmed(clean(b.text))
      // A block that opens with a stated title or a <title> part and goes on (an outlet's
      // name, a date): the title's wording. (A kicker before it is the page's: "Premier
      // League - Warnock in winning Lane return".)
      let words = wordList(text)
      // (Not a block that is itself parted like a <title>: "Say Hello To the World's Cheapest
      // Car - The $2,500 Nano" is one headline.)
      if split(text).count == 1,
        let part = texts.filter({ t in
          let w = wordList(t)
          return w.count >= 3 && w.count < words.count && words.starts(with: w)
            && Double(w.count) >= 0.6 * Double(words.count)
        }).max(by: { wordList($0).count < wordList($1).count })
      {
        text = trimmed(part)
      }
      return (
        text, ranked.prefix(4).map(\.block), pageTitle.flatMap { siteSegment($0, headline: text) }
      )
    }
    // The headline glued to the story's first paragraph ("Rocket down Eagles Geoff Walker and
    // …"): the paragraph opens with a title's words, then a new sentence starts; the title
    // as the page prints it. (The paragraph stays the story's: no block is offered.) The
    // story's first two blocks are read (a dateline may open it).
    for i in firstBody..<min(firstBody + 2, page.blocks.count) where kinds[i] == .body {
      let text = page.blocks[i].text
      let list = wordList(text)
      if let k = referenceLists.map(\.words.count).filter({ n in
        n < list.count
          && referenceLists.contains { $0.words.count == n && list.starts(with: $0.words) }
      }).max(), let opening = openingText(text, words: k), opening.count < text.count {
        let after = text.dropFirst(opening.count).drop { $0 == " " }
        if let next = after.first, next.isUppercase, !opening.hasSuffix(".") {
          let headline = String(opening)
          return (headline, [], pageTitle.flatMap { siteSegment($0, headline: headline) })
        }
      }
    }
    // Without a block showing it, a title from the markup must be echoed by the body.
    let echoed = { (t: String) -> Bool in bodyWords.isEmpty || echo(t) >= 0.4 }
    if let s = stated.first, echoed(s), !startsWithSiteAddress(s) {
      let parts = split(s)
      let headline = parts.count > 1 ? parts.max(by: { wordSet($0).count < wordSet($1).count })! : s
      return (trimmed(headline), [], pageTitle.flatMap { siteSegment($0, headline: headline) })
    }
    guard let pt = pageTitle, !startsWithSiteAddress(pt) else { return (nil, [], nil) }
    let parts = split(pt)
    if parts.count == 1 {
      return (wordSet(pt).count >= 3 && echoed(pt) ? trimmed(pt) : nil, [], nil)
    }
    // Without a heading to confirm it, the longest part is the headline when it reads like one.
    let byLength = parts.sorted { wordSet($0).count > wordSet($1).count }
    let top = byLength[0]
    if let o = outlet, wordSet(top).isSubset(of: wordSet(o)) { return (nil, [], nil) }
    guard wordSet(top).count >= 4, wordSet(top).count > 2 * wordSet(byLength[1]).count - 1 else {
      return (nil, [], nil)
    }
    guard echoed(top) else { return (nil, [], nil) }
    return (trimmed(top), [], siteSegment(pt, headline: top))
  }

  /// Whether a block and a title agree on the headline: one opens with the other's words
  /// (three or more) and goes on after a clause's punctuation, as a `<title>` runs on from the
  /// headline into its deck or credits; nil when neither does.
  static func clauseOpening(_ a: [String], _ aText: String, _ b: [String], _ bText: String)
    -> ClauseSide?
  {
    let (short, long, longText) = a.count <= b.count ? (a, b, bText) : (b, a, aText)
    guard short.count >= 3, short.count < long.count, long.starts(with: short) else {
      return nil
    }
    // A title that opens with a block goes on with a comma, a semicolon or a bracket (a dash
    // or a colon there parts a site's name from the headline); a block may run on past a
    // title's colon too ("…: Report").
    let side: ClauseSide = a.count < b.count ? .titleOpens : .blockOpens
    let marks: [UInt8] = side == .titleOpens ? [0x2C, 0x3B, 0x28] : [0x2C, 0x3B, 0x28, 0x3A]
    return clauseEndsAfter(words: short.count, in: longText, marks: marks) ? side : nil
  }

  /// Which of a block and a title opens the other (see `clauseOpening`).
  enum ClauseSide { case titleOpens, blockOpens }

  /// Whether a text's `words`-th word (as `wordList` reads them) is followed, past blanks and
  /// quotes, by a clause's punctuation.
  static func clauseEndsAfter(words k: Int, in text: String, marks: [UInt8]) -> Bool {
    let bytes = Array(text.utf8)
    guard var j = endOfWord(k, in: bytes) else { return false }
    while j < bytes.count, [0x20, 0x22, 0x27].contains(bytes[j]) { j += 1 }
    return j < bytes.count && marks.contains(bytes[j])
  }

  /// A text up to the end of its `k`-th word (as `wordList` reads them), nil when it has fewer.
  static func openingText(_ text: String, words k: Int) -> Substring? {
    let bytes = Array(text.utf8)
    guard var i = endOfWord(k, in: bytes) else { return nil }
    // Closing punctuation of the headline ("?", "!", a quote) stays with it.
    while i < bytes.count, [0x21, 0x3F, 0x22, 0x27].contains(bytes[i]) { i += 1 }
    return Substring(String(decoding: bytes[..<i], as: UTF8.self))
  }

  /// The byte offset just past the `k`-th word of `bytes` (runs of ASCII letters and digits
  /// or non-ASCII bytes, as `wordList` reads them), nil when there are fewer.
  static func endOfWord(_ k: Int, in bytes: [UInt8]) -> Int? {
    func isWord(_ c: UInt8) -> Bool {
      (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c >= 0x80
    }
    var n = 0
    var i = 0
    while i < bytes.count {
      if isWord(bytes[i]) {
        n += 1
        while i < bytes.count, isWord(bytes[i]) { i += 1 }
        if n == k { return i }
        continue
      }
      i += 1
    }
    return nil
  }

  /// A text's opening label (one to three words) and the rest, when the label is one of
  /// `labels` (lowercased texts of the page's label blocks) and the rest reads as a headline's
  /// start: three words or more, opening with a capital.
  static func labelPrefix(_ text: String, labels: () -> Set<String>) -> (String, String)? {
    guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return nil }
    let words = text.split(separator: " ")
    var found: (String, String)?
    for n in 1...3 where words.count - n >= 3 {
      let rest = words[n...]
      guard let head = rest.first?.first, head.isUppercase else { continue }
      let label = words[..<n].joined(separator: " ")
      if labels().contains(label.lowercased()) { found = (label, rest.joined(separator: " ")) }
    }
    return found
  }

  /// Sentence ends in a text: `.`, `!` or `?` before a blank or the end.
  static func sentenceEndCount(_ text: String) -> Int {
    let bytes = Array(text.utf8)
    var n = 0
    for (k, c) in bytes.enumerated() where c == 0x2E || c == 0x21 || c == 0x3F {
      if k + 1 == bytes.count || bytes[k + 1] == 0x20 { n += 1 }
    }
    return n
  }

  /// A plain block's headline shape: three to sixteen words, no link, no closing full stop.
  static func plainHeadline(_ b: HtmlBlock) -> Bool {
    b.words >= 3 && b.words <= 16 && b.linkWords == 0
      && (b.sentenceEnds == 0 || abbreviationStopsOnly(b.text))
      && !looksLikeLabel(b.text) && !looksLikeByline(b.text)
  }

  /// Whether every full stop of a text closes a one-letter abbreviation ("U.S.", "N.Y.") and
  /// the text does not end like a sentence.
  static func abbreviationStopsOnly(_ text: String) -> Bool {
    let chars = Array(text)
    guard let last = chars.last, last != "!", last != "?" else { return false }
    for (k, c) in chars.enumerated() where c == "." {
      guard k >= 1, chars[k - 1].isUppercase, k == 1 || !chars[k - 2].isLetter,
        k + 1 < chars.count
      else { return false }
    }
    return true
  }

  /// Whether the blocks `from..<to` are all what stands between a headline and its story: a
  /// byline, a date, an agency's name, page tools ("Print", "E-mail", "A A A"), a comment count.
  static func onlyFurniture(_ page: HtmlPage, from: Int, to: Int) -> Bool {
    guard from <= to else { return false }
    for j in from..<to {
      let b = page.blocks[j]
      if b.words <= 4 || looksLikeByline(b.text) { continue }
      if b.words <= 12, b.linkDensity >= 0.5 { continue }
      return false
    }
    return true
  }

  /// Whether a text may end in a date stamp or a byline: it holds a digit or "by" after a space.
  static func mayHaveStamp(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for c in text.utf8 {
      if c >= 0x30 && c <= 0x39 { return true }
      if (c == 0x79 || c == 0x59) && (previous == 0x62 || previous == 0x42)
        && beforePrevious == 0x20
      {
        return true
      }
      beforePrevious = previous
      previous = c
    }
    return false
  }

  /// Words of a text (runs of letters and digits).
  static func wordCount(_ s: String) -> Int {
    var n = 0
    var inWord = false
    for c in s.unicodeScalars {
      let w = c.properties.isAlphabetic || ("0"..."9").contains(c)
      if w, !inWord { n += 1 }
      inWord = w
    }
    return n
  }

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]
  static let monthWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]

  /// A block's headline without a date stamp or byline printed after it on the same line
  /// ("Wurz joins Honda as test driver Thursday, 10, January, 2008, 09:14", "… 2008-01-14 United
  /// Press International", "… at 12:19 on January 7, 2008, EST.", "… By Liam FitzGibbon"); the
  /// whole text when it has none. The headline part keeps three words or more.
  static func headPart(_ text: String) -> String {
    let words = text.split(separator: " ")
    guard words.count >= 4 else { return text }
    func bare(_ w: Substring) -> String {
      String(w.lowercased().filter { $0.isLetter || $0.isNumber })
    }
    func dateStart(_ w: Substring) -> Bool {
      let b = bare(w)
      return weekdays.contains(b) || monthWords.contains(b) || (w.first?.isNumber ?? false)
    }
    for k in 3..<words.count {
      let rest = words[k...]
      let first = bare(rest.first!)
      // "By Liam FitzGibbon": a byline of two to four capitalised words.
      if first == "by", rest.count >= 3, rest.count <= 9,
        rest.dropFirst().prefix(2).allSatisfy({ $0.first?.isUppercase ?? false }),
        rest.count <= 5 || rest.prefix(4).contains(where: { $0.hasSuffix(",") })
      {
        return words[..<k].joined(separator: " ")
      }
      guard rest.count <= 12 else { continue }
      var start = rest.startIndex
      if ["at", "on", "", "posted", "updated", "published"].contains(first), rest.count > 1 {
        start += 1
      }
      guard dateStart(rest[start]) else { continue }
      // A stamp names a year ("2008", "2008-01-14"): the date parser is asked only then.
      let hasYear = rest.contains { w in
        let d = w.prefix(4).filter(\.isNumber)
        return d.count == 4 && Int(d).map { (1990...2035).contains($0) } == true
      }
      guard hasYear,
        rest.contains(where: { monthWords.contains(bare($0)) })
          || DateParser.isoDay(rest.joined(separator: " ")) != nil
      else { continue }
      // The date is the stamp's, not one the headline names ("… on January 7").
      let head = words[..<k].joined(separator: " ")
      guard DateParser.isoDay(head) == nil else { return text }
      return String(head.reversed().drop { " -|–—,:@".contains($0) }.reversed())
    }
    return text
  }

  /// A headline without what pages print after it in the same line: a date or time
  /// ("… 20080109 15:24", "… 11/01/2008 - 2:35:41 PM") or a source ("(from The Bolton News)").
  static func trimmed(_ title: String) -> String {
    var words = title.split(separator: " ").map(String.init)
    if let open = words.lastIndex(where: { $0.hasPrefix("(") }), words.count - open <= 8,
      words[open].lowercased().hasPrefix("(from"), open >= 3
    {
      words.removeSubrange(open...)
    }
    let tail: Set<String> = ["-", "(sa)", "|"]
    // A time's half or zone only after the time ("… 2:35 PM"): "… meeting with PM" names one.
    let zones: Set<String> = ["am", "pm", "gmt", "et", "est", "ist", "bst", "utc", "edt", "pst"]
    while words.count > 3, let last = words.last,
      tail.contains(last.lowercased()) || last.contains(":") || last.contains("/")
        || (last.count >= 6 && last.allSatisfy(\.isNumber))
        || (zones.contains(last.lowercased()) && words[words.count - 2].contains(where: \.isNumber))
    {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }

  /// Bylines, datelines and labels that sit where a headline would.
  static func looksLikeByline(_ text: String) -> Bool {
    let lower = text.lowercased()
    for p in [
      "by ", "by:", "posted", "updated", "last updated", "published", "first published", "filed",
      "from ", "photo",
      "source:", "written by", "get ", "click", "sign up", "subscribe",
    ]
    where lower.hasPrefix(p) {
      return true
    }
    if lower.hasSuffix(":") { return true }
    let roles: Set<String> = [
      "writer", "reporter", "correspondent", "columnist", "editor", "contributor",
    ]
    if text.split(separator: " ").count <= 10, wordSet(lower).contains(where: roles.contains) {
      return true
    }
    guard text.contains(where: \.isNumber) else { return false }
    let words = text.split(separator: " ")
    guard words.count <= 12 else { return false }
    if DateParser.isoDay(text) != nil { return true }
    // A year and a month name: a dateline ("January 9th, 2008 by Ed Kent").
    let hasYear = words.contains { w in
      let digits = w.filter(\.isNumber)
      return digits.count == 4 && Int(digits).map { (1990...2035).contains($0) } == true
    }
    // A month's name or abbreviation as a whole word ("mark" or "Marines" names no month).
    let hasMonth = words.contains { w in
      monthWords.contains(String(w.lowercased().filter { $0.isLetter }))
    }
    return hasYear && hasMonth
  }

  /// A site's address before a colon ("Bloomberg.com: Japan"): a site's and section's label,
  /// not a headline.
  static func startsWithSiteAddress(_ text: String) -> Bool {
    guard let first = text.split(separator: " ").first, first.hasSuffix(":") else { return false }
    let name = first.dropLast().lowercased()
    return name.count > 4
      && [".com", ".co.uk", ".net", ".org", ".ca", ".com.au"].contains { name.hasSuffix($0) }
  }

  /// A short section label: at most three words, all capitals or all capitalised.
  static func looksLikeLabel(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard words.count <= 3 else { return false }
    return words.allSatisfy { w in w.first.map { !$0.isLowercase } ?? true }
  }

  /// The part of a `<title>` that names the site: the first or last part that is not the
  /// headline, when short.
  static func siteSegment(_ pageTitle: String, headline: String) -> String? {
    let parts = split(pageTitle)
    guard parts.count >= 2 else { return nil }
    let h = wordSet(headline)
    let rest = parts.filter { p in
      let w = wordSet(p)
      return !w.isEmpty && Double(w.intersection(h).count) / Double(w.count) < 0.5
    }
    // The last part, else the first, else (in a title of three parts) the middle one; a
    // section's label ("Entertainment", "Breaking News", "US Sports") names no site.
    let order = [parts.last!, parts.first!] + (parts.count == 3 ? [parts[1]] : [])
    guard
      let found = order.first(where: { p in rest.contains(p) && !isSectionLabel(p) })
    else {
      return nil
    }
    // "Star-Telegram.com:": the separator's punctuation left on the name.
    let site = String(found.reversed().drop { ":-|–—,;".contains($0) }.reversed())
    let n = site.split(separator: " ").count
    // A name has letters ("6.0" or "2008" is no outlet).
    let named = site.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 2
    return n >= 1 && n <= 5 && named ? site : nil
  }

  /// Whether every word of a `<title>` part is a word of sections' labels.
  static func isSectionLabel(_ part: String) -> Bool {
    let words = wordSet(part)
    return !words.isEmpty && words.isSubset(of: sectionWords)
  }

  /// Words of the section labels sites put in their `<title>`s.
  static let sectionWords: Set<String> = [
    "news", "breaking", "latest", "national", "international", "world", "local", "regional",
    "us", "u.s", "uk", "sport", "sports", "entertainment", "business", "politics", "technology",
    "tech", "science", "health", "opinion", "lifestyle", "life", "arts", "culture", "travel",
    "money", "finance", "markets", "weather", "home", "front", "page", "top", "stories",
    "headlines", "blogs", "blog", "video", "photos", "features", "feature", "columns",
    "editorial", "education", "crime", "metro", "nation", "movies", "music", "tv", "celebrity",
    "showbiz", "football", "soccer", "basketball", "baseball", "hockey", "cricket", "rugby", "golf",
    "tennis", "nfl", "nba", "nhl", "mlb", "autos", "jobs", "obituaries", "community", "events",
    "and", "the",
  ]

  static func split(_ title: String) -> [String] {
    // Byte by byte (every separator is whole characters of UTF-8): Foundation's search costs
    // more than the rest of the headline choice.
    let whole = Array(title.utf8)
    var parts: [[UInt8]] = [whole]
    for sep in separatorBytes where indexOf(whole, sep, from: 0) != nil {
      parts = parts.flatMap { splitBytes($0, sep) }
    }
    return parts.map(trimmedSpaces).filter { !$0.isEmpty }
  }

  static let separatorBytes: [[UInt8]] = separators.map { Array($0.utf8) }

  /// The first index of `needle` in `hay` at or after `from`.
  static func indexOf(_ hay: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
    let n = needle.count
    var i = from
    while i + n <= hay.count {
      if hay[i] == needle[0] {
        var k = 1
        while k < n, hay[i + k] == needle[k] { k += 1 }
        if k == n { return i }
      }
      i += 1
    }
    return nil
  }

  static func splitBytes(_ bytes: [UInt8], _ sep: [UInt8]) -> [[UInt8]] {
    var out: [[UInt8]] = []
    var start = 0
    while let i = indexOf(bytes, sep, from: start) {
      out.append(Array(bytes[start..<i]))
      start = i + sep.count
    }
    out.append(Array(bytes[start...]))
    return out
  }

  /// A part without the blanks at its ends (`CharacterSet.whitespaces`); ASCII ends that are
  /// not blank need no Foundation call.
  static func trimmedSpaces(_ bytes: [UInt8]) -> String {
    let s = String(decoding: bytes, as: UTF8.self)
    guard let first = bytes.first, let last = bytes.last else { return s }
    let plain = { (b: UInt8) in b < 0x80 && b != 0x20 && b != 0x09 }
    return plain(first) && plain(last) ? s : s.trimmingCharacters(in: .whitespaces)
  }

  /// The words of a string in order, as `wordSet` reads them.
  static func wordList(_ s: String) -> [String] {
    var out: [String] = []
    forEachWord(s) { out.append($0) }
    return out
  }

  /// Lowercased words of a string: runs of ASCII letters and digits and of non-ASCII bytes
  /// (so accented words stay whole), ASCII folded to lower case.
  static func wordSet(_ s: String) -> Set<String> {
    var out = Set<String>()
    addWords(s, into: &out)
    return out
  }

  /// Adds the words of `s` (as `wordSet` reads them) to `out`.
  static func addWords(_ s: String, into out: inout Set<String>) {
    forEachWord(s) { out.insert($0) }
  }

  /// Calls `body` with each word of `s` in order, as `wordSet` reads them.
  static func forEachWord(_ s: String, _ body: (String) -> Void) {
    var w: [UInt8] = []
    for b in s.utf8 {
      if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b >= 0x80 {
        w.append(b)
      } else if b >= 0x41 && b <= 0x5A {
        w.append(b + 32)
      } else if !w.isEmpty {
        body(String(decoding: w, as: UTF8.self))
        w.removeAll(keepingCapacity: true)
      }
    }
    if !w.isEmpty { body(String(decoding: w, as: UTF8.self)) }
  }

  /// FNV-1a of a word's bytes (lowercase, as `wordSet` gives them).
  static func wordHash(_ word: String) -> UInt64 {
    word.utf8.reduce(HtmlStopWords.seed) { HtmlStopWords.mix($0, $1) }
  }

  /// Whether some word of `s` (as `wordSet` reads them) hashes to one of `hashes`; false means
  /// that no word of `s` is one of the words hashed, without building a string per word.
  static func mayShareWord(_ s: String, _ hashes: [UInt64]) -> Bool {
    guard !hashes.isEmpty else { return false }
    var h = HtmlStopWords.seed
    var inWord = false
    for b in s.utf8 {
      if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
        || (b >= 0x41 && b <= 0x5A)
      {
        h = HtmlStopWords.mix(h, b)
        inWord = true
      } else if inWord {
        if hashes.contains(h) { return true }
        h = HtmlStopWords.seed
        inWord = false
      }
    }
    return inWord && hashes.contains(h)
  }

  /// White space collapsed, ends trimmed.
  static func clean(_ s: String) -> String {
    s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The fields of the first article object in a page's JSON-LD.
  struct LinkedData {
    var headline: String?
    var datePublished: String?
    var publisher: String?

    mutating func read(_ json: String) {
      guard headline == nil || datePublished == nil || publisher == nil,
        let data = json.data(using: .utf8),
        let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { return }
      visit(value, depth: 0)
    }

    mutating func visit(_ value: Any, depth: Int) {
      guard depth < 6 else { return }
      if let array = value as? [Any] {
        for v in array { visit(v, depth: depth + 1) }
        return
      }
      guard let o = value as? [String: Any] else { return }
      if let graph = o["@graph"] { visit(graph, depth: depth + 1) }
      let types: [String] = (o["@type"] as? String).map { [$0] } ?? (o["@type"] as? [String]) ?? []
      guard types.contains(where: { HtmlMetadata.articleTypes.contains($0.lowercased()) }) else {
        return
      }
      if headline == nil, let h = o["headline"] as? String, !HtmlMetadata.clean(h).isEmpty {
        headline = HtmlMetadata.clean(h)
      }
      if datePublished == nil, let d = o["datePublished"] as? String { datePublished = d }
      if publisher == nil {
        if let p = o["publisher"] as? [String: Any], let n = p["name"] as? String, !n.isEmpty {
          publisher = HtmlMetadata.clean(n)
        } else if let p = o["publisher"] as? String, !p.isEmpty {
          publisher = HtmlMetadata.clean(p)
        }
      }
    }
  }
}
