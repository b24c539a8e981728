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
      guard let (name, end, newsy) = capitalisedName(tokens, from: i, scalars) else {
        i += 1
        continue
      }
      let before = tokens[max(0, i - 3)..<i].map(\.norm).filter { $0 != "," }
      let led = leadIns.contains { lead in before.suffix(lead.count).elementsEqual(lead) }
        || (before.last.map { Int($0) != nil } ?? false && before.dropLast().last == "©")
      let after = tokens[end..<min(tokens.count, end + 4)].map(\.norm)
      let described = after.starts(with: [",", "an", "independent"]) || after.starts(with: [",", "a", "news"])
        || after.starts(with: ["is", "an", "independent"])
      let possessive = end < tokens.count && tokens[end].norm == "'s" && newsy
      if led || described || possessive || (newsy && before.last == "of") {
        found.append(name)
      }
      i = end
    }
    return found
  }

  /// A run of capitalised words starting at `i` ("The Moscow Times", "Political IQ"); a
  /// sentence-initial or lower-case "the" is not part of it.
  static func capitalisedName(
    _ tokens: [Token], from i: Int, _ scalars: [Unicode.Scalar]
  ) -> (String, Int, Bool)? {
    var j = i
    var words: [String] = []
    var newsy = false
    while j < tokens.count, tokens[j].kind == .word, CharClass.isUpper(scalars[tokens[j].start]) {
      let w = String(String.UnicodeScalarView(scalars[tokens[j].range]))
      if tokens[j].norm == "'s" { break }
      words.append(w)
      if Vocabulary.outletWords.contains(tokens[j].norm) { newsy = true }
      j += 1
      if words.count > 5 { return nil }
    }
    guard !words.isEmpty, !(words.count == 1 && words[0] == "The") else { return nil }
    // A lone capitalised word that starts a sentence is no name.
    return (words.joined(separator: " "), j, newsy)
  }
}
