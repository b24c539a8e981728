/// A decoded article before segmentation: what the loader hands to the pipeline.
public struct RawDocument: Sendable, Hashable {
  public var id: String
  public var path: String
  /// The decoded text (BOM removed, nothing else changed).
  public var text: String
  /// Metadata given by a structured record (JSON), which wins over what the text suggests.
  public var title: String?
  public var date: String?
  public var outlet: String?
  public var url: String?
  /// Where the article came from.
  public var format: DocumentFormat
  /// For a page whose blocks were already told apart (HTML): one kind per paragraph of `text`
  /// (blocks are one line each, separated by blank lines). Nil: the text cleaner decides.
  public var kinds: [ParagraphKind]?
  /// With `kinds`: the paragraphs that may show the headline, most likely first. The corpus
  /// rejects one that recurs in other documents (a site's label, not a story's headline).
  public var titleCandidates: [Int]

  public init(
    id: String, path: String, text: String, title: String? = nil, date: String? = nil,
    outlet: String? = nil, url: String? = nil, format: DocumentFormat = .text,
    kinds: [ParagraphKind]? = nil, titleCandidates: [Int] = []
  ) {
    self.id = id
    self.path = path
    self.text = text
    self.title = title
    self.date = date
    self.outlet = outlet
    self.url = url
    self.format = format
    self.kinds = kinds
    self.titleCandidates = titleCandidates
  }
}
