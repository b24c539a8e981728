/// A token of a document: a word, number or punctuation mark with its exact offsets.
public struct Token: Sendable, Hashable {
  /// What a token is made of; used by matching (words and numbers carry content).
  public enum Kind: UInt8, Sendable, Hashable {
    /// Made of letters, of digits, a punctuation mark, or another symbol (currency, math).
    case word, number, punctuation, symbol
  }

  /// Unicode scalar offset of the first scalar.
  public var start: Int
  /// Unicode scalar offset one past the last scalar.
  var end: Int
  /// Word, number, punctuation or symbol.
  public var kind: Kind
  /// The normalised form used for matching: case folded, curly quotes, dashes and
  /// ellipses folded to ASCII.
  var norm: String

  init(start: Int, end: Int, kind: Kind, norm: String) {
    self.start = start
    self.end = end
    self.kind = kind
    self.norm = norm
  }

  /// The token's scalar range.
  public var range: Range<Int> { start..<end }
  /// True for words and numbers, the tokens that carry content.
  var isContent: Bool { kind == .word || kind == .number }
}
