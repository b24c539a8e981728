/// What a paragraph is on the page: article text or page furniture.
public enum ParagraphKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Headline, dateline, section heading, body text, photo caption, page furniture.
  case title, dateline, heading, body, caption, boilerplate

  /// Body and headings: the article text a reader wants.
  public var isArticleText: Bool { self == .body || self == .heading }
}

/// A paragraph: one or more lines of a document with a kind.
public struct Paragraph: Sendable, Hashable {
  /// Article text or which kind of furniture, as the cleaner judged it.
  public var kind: ParagraphKind
  /// Scalar range from the first to the last non-blank scalar of its lines.
  public var range: Range<Int>
  /// First and last 1-based line numbers.
  public var lines: ClosedRange<Int>
  /// Indices into the document's `tokens`.
  public var tokens: Range<Int>
  /// Indices into the document's `sentences`.
  public var sentences: Range<Int>

  init(
    kind: ParagraphKind, range: Range<Int>, lines: ClosedRange<Int>, tokens: Range<Int> = 0..<0,
    sentences: Range<Int> = 0..<0
  ) {
    self.kind = kind
    self.range = range
    self.lines = lines
    self.tokens = tokens
    self.sentences = sentences
  }
}
