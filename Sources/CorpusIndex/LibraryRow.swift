import CorpusKit

/// One article as the library lists it, without its body: what an index gives at once on
/// reopen, and what a loaded document gives the same way.
public struct LibraryRow: Sendable, Equatable {
  /// The document's id (after the loader's renaming).
  public var id: String
  /// The file the article was read from.
  public var path: String
  /// Its title, else its first body sentence, else its id (`Document.libraryLabel`).
  public var label: String
  /// Publication day (ISO), when known.
  public var date: String?
  /// The publishing outlet, when known.
  public var outlet: String?
  /// Word and number tokens in its article text (`Document.bodyWordCount`).
  public var words: Int
  /// The kind of file it came from.
  public var format: DocumentFormat

  /// The row of a loaded document.
  public init(_ d: Document) {
    self.init(
      id: d.id, path: d.path, label: d.libraryLabel, date: d.date, outlet: d.outlet,
      words: d.bodyWordCount, format: d.format)
  }

  /// A row from its parts (as the index stores them).
  public init(
    id: String, path: String, label: String, date: String?, outlet: String?, words: Int,
    format: DocumentFormat
  ) {
    self.id = id
    self.path = path
    self.label = label
    self.date = date
    self.outlet = outlet
    self.words = words
    self.format = format
  }
}

extension Document {
  /// A short label: the title, else the first body sentence, else the id. One definition for
  /// the library, the CLI's tables and the index's rows.
  public var libraryLabel: String {
    if let t = title { return t }
    if let p = paragraphs.first(where: { $0.kind == .body }), let s = sentences[p.sentences].first {
      return slice(s)
    }
    return id
  }
}
