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

  public init(
    id: String, path: String, text: String, title: String? = nil, date: String? = nil,
    outlet: String? = nil, url: String? = nil
  ) {
    self.id = id
    self.path = path
    self.text = text
    self.title = title
    self.date = date
    self.outlet = outlet
    self.url = url
  }
}
