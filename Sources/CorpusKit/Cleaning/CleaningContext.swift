/// Corpus-wide facts the cleaner uses: how many documents each line occurs in.
///
/// A line found in many articles (a subscribe box, a site's footer) is page furniture, whatever
/// its words; this is the signal that generalises across sites.
public struct CleaningContext: Sendable {
  /// Document frequency of each line key (see `key(_:_:)`).
  public var lineDocumentFrequency: [String: Int]
  /// Number of documents in the corpus.
  public var documentCount: Int

  public init(lineDocumentFrequency: [String: Int] = [:], documentCount: Int = 1) {
    self.lineDocumentFrequency = lineDocumentFrequency
    self.documentCount = documentCount
  }

  /// Builds the context from every document's lines.
  public static func build(_ documents: [(text: ScalarText, lines: [Line])]) -> CleaningContext {
    var df: [String: Int] = [:]
    for doc in documents {
      var seen = Set<String>()
      for line in doc.lines {
        let k = key(line.range, doc.text.scalars)
        if !k.isEmpty, seen.insert(k).inserted { df[k, default: 0] += 1 }
      }
    }
    return CleaningContext(lineDocumentFrequency: df, documentCount: documents.count)
  }

  /// A line's matching key: folded, inner white space collapsed, trimmed.
  public static func key(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for i in range {
      let s = scalars[i]
      if CharClass.isSpace(s) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      Normalizer.fold(s, into: &out)
    }
    return String(out)
  }

  /// In how many documents a line occurs (at least 1: the line's own).
  public func documentFrequency(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
    max(1, lineDocumentFrequency[Self.key(range, scalars)] ?? 1)
  }
}
