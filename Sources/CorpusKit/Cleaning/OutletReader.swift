/// Finds the outlet's name where the page names itself: in its furniture ("Read more news from
/// X", "the journalists of X", "X, an independent news source", "© 2024 X"), never in the body,
/// where a name is usually a source quoted by the article.
enum OutletReader {
  /// Words after which an outlet name follows ("news from X", "journalists of X").
  static let leadIns: [[String]] = [
    ["news", "from"], ["stories", "from"], ["coverage", "from"], ["reporting", "from"],
    ["journalists", "of"], ["journalists", "at"], ["team", "at"], ["editors", "of"],
    ["newsletter", "from"], ["©"], ["copyright"], ["subscribe", "to"], ["support"],
  ]

  /// Last words of the lead-ins.
  static let leadWords: Set<String> = Set(leadIns.compactMap(\.last))

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
    return order.max { (votes[$0]!, -order.firstIndex(of: $0)!) < (votes[$1]!, -order.firstIndex(of: $1)!) }
  }

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
      let led = leadIns.contains { lead in before.suffix(lead.count).elementsEqual(lead) }
      let after = tokens[end..<min(tokens.count, end + 4)].map(\.norm)
      let described = after.starts(with: [",", "an", "independent"]) || after.starts(with: [",", "a", "news"])
        || after.starts(with: ["is", "an", "independent"])
      let possessive = end < tokens.count && tokens[end].norm == "'s" && newsy
      if led || described || possessive || (newsy && before.last == "of") {
        found.append(tokens[i..<end].map { document.slice($0.range) }.joined(separator: " "))
      }
    }
    return found
  }
}
