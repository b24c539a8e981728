/// Photo credits at the end of a caption: "(VCG/VCG via Getty Images)", "(Photo: AFP)",
/// "(Photo by Xinhua via Getty Images)". The names in a credit are the agencies and
/// photographers that supplied the picture, not things the article is about: each is an
/// organisation mention marked as a credit, and the tagger's spans inside the credit are dropped.
enum CreditRule {
  /// Agencies whose name alone marks a parenthesised group as a credit.
  static let agencies: Set<String> = [
    "getty", "afp", "reuters", "ap", "epa", "shutterstock", "alamy", "xinhua", "vcg", "pa",
    "bloomberg", "efe", "anadolu", "tass", "sputnik", "imago", "rex",
  ]
  /// Words that open a credit and are not part of a name.
  static let openers: Set<String> = [
    "photo", "photos", "image", "images", "picture", "credit", "source",
  ]

  /// The credit group's scalar range and the ranges of the names in it, or nil when the
  /// paragraph (a caption's scalar range in `scalars`) does not end with a credit.
  static func credit(_ scalars: [Unicode.Scalar], _ paragraph: Range<Int>) -> (
    group: Range<Int>, names: [Range<Int>]
  )? {
    var end = paragraph.upperBound
    while end > paragraph.lowerBound,
      scalars[end - 1].properties.isWhitespace || scalars[end - 1] == "."
    {
      end -= 1
    }
    guard end > paragraph.lowerBound, scalars[end - 1] == ")" else { return nil }
    var open = end - 2
    while open >= paragraph.lowerBound, scalars[open] != "(" {
      if scalars[open] == ")" || end - open > 120 { return nil }
      open -= 1
    }
    guard open >= paragraph.lowerBound else { return nil }
    let inner = (open + 1)..<(end - 1)
    let text = String(String.UnicodeScalarView(scalars[inner]))
    let lower = text.lowercased()
    let words = lower.split(whereSeparator: { !$0.isLetter })
    let marked =
      text.contains("/") || words.contains("via")
      || words.first.map { openers.contains(String($0)) } == true
      || words.contains { agencies.contains(String($0)) }
    guard marked else { return nil }
    // Pieces between separators: "/", ";", ",", ":", and the words "via", "by", "for", "and".
    var names: [Range<Int>] = []
    var pieceStart = inner.lowerBound
    var k = inner.lowerBound
    func close(_ upTo: Int) {
      var a = pieceStart
      var b = upTo
      while a < b, scalars[a].properties.isWhitespace { a += 1 }
      while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
      // Drop an opener word ("Photo", "Image") at the start of the piece.
      var w = a
      while w < b, scalars[w].properties.isAlphabetic { w += 1 }
      let first = String(String.UnicodeScalarView(scalars[a..<w])).lowercased()
      if openers.contains(first) {
        a = w
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
      }
      if a < b, scalars[a].properties.isUppercase { names.append(a..<b) }
    }
    let separatorWords: Set<String> = ["via", "by", "for", "and"]
    while k < inner.upperBound {
      let s = scalars[k]
      if s == "/" || s == ";" || s == "," || s == ":" {
        close(k)
        pieceStart = k + 1
      } else if s.properties.isAlphabetic
        && (k == inner.lowerBound || !scalars[k - 1].properties.isAlphabetic)
      {
        var w = k
        while w < inner.upperBound, scalars[w].properties.isAlphabetic { w += 1 }
        let word = String(String.UnicodeScalarView(scalars[k..<w]))
        if separatorWords.contains(word) {
          close(k)
          pieceStart = w
        }
        k = w
        continue
      }
      k += 1
    }
    close(inner.upperBound)
    return names.isEmpty ? nil : (open..<end, names)
  }
}
