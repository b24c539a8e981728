/// Whether a short line looks like a headline rather than the furniture that sits near one:
/// a byline or a reporter's role ("Seattle Times staff reporter"), a date line, a photo caption
/// ("Gotabhaya Rajapakse (left)"), an advertisement or call to action ("Get a £250 welcome
/// bonus", "Transfer Centre!"), a tag or credits list ("CLIPS, GADGETS, GUITAR HERO, TOYS"), an
/// address ("Halifax - Nova Scotia - B3K 5M1"), a score line ("Doncaster Rovers 1 Carlisle
/// United 0") or a section label ("Special report: …", "Rugby Union Archive"). These shapes are
/// rare in headlines of any site, so a line that has one is never taken as the title.
enum HeadlineShape {
  /// Words of journalists' roles: a line naming one is a byline or a credit.
  static let roleWords: Set<String> = [
    "reporter", "correspondent", "bureau", "columnist", "contributor", "writer",
    "editor", "director", "cast", "starring", "producer", "source", "credit", "credits",
  ]

  /// Imperatives that open advertisements and calls to action.
  static let imperatives: Set<String> = [
    "get", "click", "view", "tell", "search", "shop", "buy", "sign", "subscribe", "join", "win",
    "enter", "download", "visit", "order", "book", "call", "try", "save",
  ]

  /// Words that position a person in a photo.
  static let photoPositions: Set<String> = ["left", "right", "center", "centre", "top", "above"]

  /// Whether `tokens` (one line's) have the shape of a headline. A `lead` line (a file's first
  /// line right above its body) may open with an imperative ("Call for action on scams") and
  /// name a role ("Potter director signs deal"): the caller asks it for shared words instead.
  static func isHeadline(
    _ tokens: ArraySlice<Token>, scalars: [Unicode.Scalar], lead: Bool = false
  ) -> Bool {
    let words = tokens.filter { $0.kind == .word || $0.kind == .number }
    guard let first = words.first, let lastToken = tokens.last else { return false }
    // A lead line's imperative must open a phrase: "Search: All News Jobs" is a search box.
    if imperatives.contains(first.norm) {
      guard lead, let k = tokens.firstIndex(where: { $0.start == first.start }),
        k + 1 < tokens.endIndex, tokens[k + 1].kind == .word
      else { return false }
    }
    if lastToken.norm == "!" { return false }
    if scalars[tokens[tokens.startIndex].start] == "(" { return false }
    var commas = 0
    var spacedDashes = 0
    var roles = 0
    var k = tokens.startIndex
    while k < tokens.endIndex {
      let t = tokens[k]
      if t.norm == "," { commas += 1 }
      if t.norm == "-", k > tokens.startIndex, k + 1 < tokens.endIndex,
        tokens[k - 1].end < t.start, tokens[k + 1].start > t.end
      {
        spacedDashes += 1
      }
      if roleWords.contains(t.norm) { roles += 1 }
      // A copyright notice or an e-mail address: a footer or a contact line.
      if t.norm == "\u{A9}" || t.norm == "@" || t.norm.contains("@") { return false }
      // "… - follow all the latest action": a call to action after a separator.
      if t.norm == "-" || t.norm == ":" || t.norm == "|", k + 1 < tokens.endIndex,
        imperatives.contains(tokens[k + 1].norm) || tokens[k + 1].norm == "follow"
          || tokens[k + 1].norm == "read" || tokens[k + 1].norm == "watch"
      {
        return false
      }
      // "(left)": a person's place in a photo.
      if t.norm == "(", k + 2 < tokens.endIndex, photoPositions.contains(tokens[k + 1].norm),
        tokens[k + 2].norm == ")"
      {
        return false
      }
      k += 1
    }
    if commas >= 3 || spacedDashes >= 2 { return false }
    if !lead && roles > 0 && words.count <= 8 { return false }
    if DateParser.firstDate(in: Array(tokens)) != nil { return false }
    // "January 9th, 2008 by …": a month's name and a year, however the day is written.
    let hasMonth = words.contains { Vocabulary.months[$0.norm] != nil && $0.norm != "may" }
    if hasMonth, words.contains(where: { DateParser.year($0.norm) != nil }) { return false }
    if isScoreLine(words) { return false }
    // Section labels: "Special report: …", "… Archive", "Today's UK news".
    if words.count >= 2, first.norm == "special", words[words.startIndex + 1].norm == "report" {
      return false
    }
    if let last = words.last, last.norm == "archive" || (last.norm == "news" && words.count <= 4) {
      return false
    }
    return true
  }

  /// "Doncaster Rovers 1 Carlisle United 0": two teams, each followed by its score.
  static func isScoreLine(_ words: [Token]) -> Bool {
    guard words.count <= 10, let last = words.last, last.kind == .number, last.norm.count <= 2
    else { return false }
    let numbers = words.filter { $0.kind == .number && $0.norm.count <= 2 }
    guard numbers.count == 2, words.first?.kind == .word else { return false }
    guard let mid = words.firstIndex(where: { $0.kind == .number }), mid + 1 < words.count - 1
    else { return false }
    return words[mid + 1].kind == .word
  }
}
