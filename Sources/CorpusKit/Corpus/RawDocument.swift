/// A decoded article before segmentation: what the loader hands to the pipeline.
public struct RawDocument: Sendable, Hashable {
  /// The id the document will have (unique once the loader has renamed clashes).
  public var id: String
  /// The file it was read from.
  public var path: String
  /// The decoded text (BOM removed, nothing else changed).
  public var text: String
  /// Metadata given by a structured record (JSON), which wins over what the text suggests.
  public var title: String?
  /// The record's date, as given (the builder parses it to an ISO day).
  public var date: String?
  /// The record's outlet (publisher or site name).
  public var outlet: String?
  /// The record's or page's address, when it gives one.
  public var url: String?
  /// Where the article came from.
  public var format: DocumentFormat
  /// For a page whose blocks were already told apart (HTML): one kind per paragraph of `text`
  /// (blocks are one line each, separated by blank lines). Nil: the text cleaner decides.
  public var kinds: [ParagraphKind]?
  /// With `kinds`: the paragraphs that may show the headline, most likely first. The corpus
  /// rejects one that recurs in other documents (a site's label, not a story's headline).
  public var titleCandidates: [Int]

  /// A raw article; everything but its id, path and text is optional metadata.
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
