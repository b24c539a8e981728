/// A loaded corpus: its documents in a stable order, and what the loader had to say.
public struct Corpus: Sendable {
  /// The articles in the loader's order: files by path, records in file order.
  public let documents: [Document]
  /// Files or records that were skipped or decoded with a fallback.
  public let warnings: [LoadWarning]
  private let indexByID: [String: Int]

  /// A corpus of documents already built (the empty library, tests); where two share an id,
  /// `document(id:)` finds the first.
  public init(documents: [Document], warnings: [LoadWarning] = []) {
    self.documents = documents
    self.warnings = warnings
    var index: [String: Int] = [:]
    for (i, d) in documents.enumerated() where index[d.id] == nil { index[d.id] = i }
    self.indexByID = index
  }

  /// Builds a corpus from decoded articles: corpus-wide line statistics, then each document.
  public init(raw: [RawDocument], warnings: [LoadWarning] = []) {
    let texts = raw.map { r -> (text: ScalarText, lines: [Line], keys: [UInt64]) in
      let t = ScalarText(r.text)
      let lines = LineSplitter.lines(t.scalars)
      return (t, lines, lines.map { CleaningContext.key($0.range, t.scalars) })
    }
    let context = CleaningContext.build(lineKeys: texts.map(\.keys))
    let headlines = HtmlTemplateFilter.candidateFrequency(raw, lineKeys: texts.map(\.keys))
    let docs = zip(raw, texts).map { r, t in
      DocumentBuilder.build(
        r, text: t.text, lines: t.lines, lineKeys: t.keys, context: context,
        headlineFrequency: headlines)
    }
    self.init(documents: docs, warnings: warnings)
  }

  /// The document with this id.
  public func document(id: String) -> Document? { indexByID[id].map { documents[$0] } }

  /// The position of the document with this id.
  public func index(of id: String) -> Int? { indexByID[id] }
}
