/// Finds fixed phrases in a paragraph's tokens by their normalised forms: linear in the
/// tokens, with no string searching.
struct PhraseMatcher: Sendable {
  private var phrases: [[String]] = []
  /// Phrases by their first word, as a packed table (no `String` hashing per token).
  private var byFirst: PackedWordTable<[Int]>

  init(_ list: [String]) {
    var first: [String: [Int]] = [:]
    var order: [String] = []
    for p in list {
      let norms = Tokenizer.tokenize(p).map(\.norm)
      guard let f = norms.first else { continue }
      if first[f] == nil { order.append(f) }
      first[f, default: []].append(phrases.count)
      phrases.append(norms)
    }
    byFirst = PackedWordTable(order.map { ($0, first[$0]!) })
  }

  /// Whether a phrase starts at token `i`.
  func matches(_ tokens: ArraySlice<Token>, at i: Int) -> Bool {
    guard let candidates = byFirst.value(tokens[i].norm) else { return false }
    for c in candidates {
      let p = phrases[c]
      if i + p.count <= tokens.endIndex,
        zip(p, tokens[i..<(i + p.count)]).allSatisfy({ $0 == $1.norm })
      {
        return true
      }
    }
    return false
  }

  /// Whether any phrase occurs anywhere in the tokens.
  func occurs(in tokens: ArraySlice<Token>) -> Bool {
    tokens.indices.contains { matches(tokens, at: $0) }
  }
}

extension Vocabulary {
  static let navigationMatcher = PhraseMatcher(navigationPhrases)
  static let captionMatcher = PhraseMatcher(captionCues)
}
