/// A segmented, cleaned article: text, lines, paragraphs with kinds, sentences, tokens, metadata.
///
/// All ranges are Unicode scalar offsets into `text`.
public struct Document: Sendable, Identifiable {
  /// The file's stem or the record's id; the loader renames a clash (`id~2`), so it is unique.
  public let id: String
  /// The file the article was read from, as the loader was given it.
  public let path: String
  /// The decoded text every range of the document points into.
  public let text: ScalarText
  let lines: [Line]
  /// Paragraphs in text order, each with its kind (article text or furniture).
  public let paragraphs: [Paragraph]
  /// Sentence ranges, in text order, never crossing a paragraph.
  public let sentences: [Range<Int>]
  /// Words, numbers and punctuation in text order: what search, matching and tagging read.
  public let tokens: [Token]
  /// Title, ISO day (`2023-02-28`) and outlet, or nil where the text does not say.
  public let title: String?
  /// Publication day as ISO `yyyy-mm-dd`, from the record or the dateline; nil when unknown.
  public let date: String?
  /// The publishing outlet, from the record or the text; nil when unknown.
  public let outlet: String?
  /// Where the article was published, from the record or the archive; nil when unknown.
  public let url: String?
  /// The kind of file the article came from.
  public let format: DocumentFormat

  init(
    id: String, path: String, text: ScalarText, lines: [Line], paragraphs: [Paragraph],
    sentences: [Range<Int>], tokens: [Token], title: String?, date: String?, outlet: String?,
    url: String? = nil, format: DocumentFormat = .text
  ) {
    self.id = id
    self.path = path
    self.text = text
    self.lines = lines
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.tokens = tokens
    self.title = title
    self.date = date
    self.outlet = outlet
    self.url = url
    self.format = format
  }

  /// The paragraphs a reader wants (body and headings).
  @_spi(Bench) public var bodyParagraphs: [Paragraph] {
    paragraphs.filter { $0.kind.isArticleText }
  }

  /// Number of word and number tokens in body and heading paragraphs.
  public var bodyWordCount: Int {
    paragraphs.reduce(0) { n, p in
      p.kind.isArticleText ? n + tokens[p.tokens].lazy.filter(\.isContent).count : n
    }
  }

  /// The index of the paragraph holding scalar offset `offset`, if any.
  func paragraphIndex(at offset: Int) -> Int? {
    var lo = 0
    var hi = paragraphs.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if paragraphs[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < paragraphs.count && paragraphs[lo].range.contains(offset) ? lo : nil
  }

  /// The kind of text at scalar offset `offset` (nil between paragraphs).
  public func kind(at offset: Int) -> ParagraphKind? {
    paragraphIndex(at: offset).map { paragraphs[$0].kind }
  }

  /// The text of a scalar range.
  public func slice(_ range: Range<Int>) -> String { text.slice(range) }
}
