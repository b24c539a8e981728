/// Finds the outlet's name where the page names itself: in its furniture ("Read more news from
/// X", "the journalists of X", "X, an independent news source", "© 2024 X"), never in the body,
/// where a name is usually a source quoted by the article.
enum OutletReader {
  /// Words after which an outlet name follows ("news from X", "journalists of X").
  static let leadIns: [[String]] = [
    ["news", "from"], ["stories", "from"], ["coverage", "from"], ["reporting", "from"],
    ["journalists", "of"], ["journalists", "at"], ["team", "at"], ["editors", "of"],
    ["newsletter", "from"],
  ]

  /// Lead-ins after which a name is the outlet's whatever its words.
  static let strongLeadIns: [[String]] = [
    ["journalists", "of"], ["journalists", "at"], ["editors", "of"], ["©"], ["copyright"],
    ["copyright", "©"], ["brought", "to", "you", "by"],
  ]

  /// Last words of the lead-ins.
  static let leadWords: Set<String> = Set((leadIns + strongLeadIns).compactMap(\.last))

  static func outlet(_ document: Document) -> String? {
    var votes: [String: Int] = [:]
    var order: [String] = []
    for p in document.paragraphs where !p.kind.isArticleText {
      let tokens = Array(document.tokens[p.tokens])
      for name in candidates(tokens, document) {
        if votes[name] == nil { order.append(name) }
        votes[name, default: 0] += 1
      }
    }
    return order.max {
      (votes[$0]!, -order.firstIndex(of: $0)!) < (votes[$1]!, -order.firstIndex(of: $1)!)
    }
  }

  /// Whether a run of capitalised words can be a name: no words of menus and calls to action
  /// ("E-mail Select Language About VOA", "Copyright"), no digits glued to it ("Reuters2008All"),
  /// no Roman year ("MMVIII"), no date words, and not one generic word alone ("Today", "TV").
  static func isPlausibleName(_ run: ArraySlice<Token>, _ scalars: [Unicode.Scalar]) -> Bool {
    for t in run {
      let flags = Vocabulary.flags(t.norm)
      if flags.contains(.callToAction) || nonNameWords.contains(t.norm) { return false }
      if Vocabulary.months[t.norm] != nil { return false }
      if (t.start..<t.end).contains(where: { CharClass.isDigit(scalars[$0]) }) { return false }
      if t.norm.count >= 2, t.norm.allSatisfy({ "ivxlcdm".contains($0) }) { return false }
    }
    if run.count == 1, let only = run.first {
      if Vocabulary.flags(only.norm).contains(.outlet) { return false }
      if only.norm.count < 2 { return false }
    }
    return true
  }

  /// Last words of a company's name: after "©" such a name is the outlet's owner.
  static let ownerWords: Set<String> = [
    "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc",
    "group", "holdings", "media", "newspapers", "publishing", "publications", "communications",
    "enterprises", "interactive",
  ]

  /// Words of page furniture that never name an outlet.
  static let nonNameWords: Set<String> = [
    "copyright", "e-mail", "select", "language", "about", "home", "latest", "today's", "all",
    "page", "section", "sections", "top", "more", "click", "here", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "inc", "ltd",
  ]

  /// Outlet names in one paragraph's tokens.
  static func candidates(_ tokens: [Token], _ document: Document) -> [String] {
    let scalars = document.text.scalars
    var found: [String] = []
    var i = 0
    while i < tokens.count {
      // The run of capitalised words that starts here, found without building strings.
      var end = i
      var newsy = false
      while end < tokens.count, tokens[end].kind == .word, tokens[end].norm != "'s",
        CharClass.isUpper(scalars[tokens[end].start])
      {
        if Vocabulary.flags(tokens[end].norm).contains(.outlet) { newsy = true }
        end += 1
      }
      guard end > i else {
        i += 1
        continue
      }
      defer { i = end }
      let count = end - i
      guard count <= 5, !(count == 1 && tokens[i].norm == "the") else { continue }
      // Cheap test first: a name needs a lead-in word, a description or a news word.
      let previous = i > 0 ? tokens[i - 1].norm : ""
      let next = end < tokens.count ? tokens[end].norm : ""
      guard newsy || leadWords.contains(previous) || next == "," || next == "is" else { continue }
      let before = tokens[max(0, i - 3)..<i].map(\.norm).filter { $0 != "," }
      let strongLead = strongLeadIns.contains { lead in
        before.suffix(lead.count).elementsEqual(lead)
      }
      // "News from Taiwan", "support Pope": a weak lead-in needs a name that looks like an outlet's.
      let weakLead =
        leadIns.contains { lead in before.suffix(lead.count).elementsEqual(lead) }
        && (newsy || count >= 2)
      let led = strongLead || weakLead
      // "© 2008 NY Times Co.", "Copyright Fairfax Business Media": a copyright line often
      // names the company that owns the outlet, not the outlet readers know.
      if strongLead, !weakLead, ownerWords.contains(tokens[end - 1].norm) { continue }
      // "Today's Paper", "Browse Today's": a day, not a name.
      if end < tokens.count, tokens[end].norm == "'s", tokens[end - 1].norm == "today" { continue }
      let after = tokens[end..<min(tokens.count, end + 4)].map(\.norm)
      let described =
        after.starts(with: [",", "an", "independent"]) || after.starts(with: [",", "a", "news"])
        || after.starts(with: ["is", "an", "independent"])
      let ofNewsy =
        newsy && before.last == "of" && count >= 2
        && Vocabulary.flags(tokens[end - 1].norm).contains(.outlet)
      // "the Kyiv Independent's reporter"; a bare possessive ("Magazine's questions") names what a
      // headline is about more often than the outlet.
      let possessive =
        end < tokens.count && tokens[end].norm == "'s" && previous == "the" && count >= 2
        && Vocabulary.flags(tokens[end - 1].norm).contains(.outlet)
      if led || described || ofNewsy || possessive,
        isPlausibleName(tokens[i..<end], scalars)
      {
        found.append(tokens[i..<end].map { document.slice($0.range) }.joined(separator: " "))
      }
    }
    return found
  }
}
