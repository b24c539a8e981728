/// Finds fixed phrases in a paragraph's tokens by their normalised forms: linear in the
/// tokens, with no string searching.
struct PhraseMatcher: Sendable {
  private var phrases: [[String]] = []
  private var byFirst: [String: [Int]] = [:]

  init(_ list: [String]) {
    for p in list {
      let norms = Tokenizer.tokenize(p).map(\.norm)
      guard let first = norms.first else { continue }
      byFirst[first, default: []].append(phrases.count)
      phrases.append(norms)
    }
  }

  /// Whether a phrase starts at token `i`.
  func matches(_ tokens: ArraySlice<Token>, at i: Int) -> Bool {
    guard let candidates = byFirst[tokens[i].norm] else { return false }
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
