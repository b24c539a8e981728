/// Title, publication date and outlet, as the text states them; nil where it does not.
public struct Metadata: Sendable, Hashable {
  public var title: String?
  public var date: String?
  public var outlet: String?
  public init(title: String? = nil, date: String? = nil, outlet: String? = nil) {
    self.title = title
    self.date = date
    self.outlet = outlet
  }
}

/// Reads metadata from a classified document.
public enum MetadataExtractor {
  public static func extract(_ document: Document) -> Metadata { Metadata() }
}
