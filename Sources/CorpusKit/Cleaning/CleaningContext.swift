/// Corpus-wide facts the cleaner uses: how many documents each line occurs in.
///
/// A line found in many articles (a subscribe box, a site's footer) is page furniture, whatever
/// its words; this is the signal that generalises across sites.
public struct CleaningContext: Sendable {
  /// Document frequency of each line key (see `key(_:_:)`).
  public var lineDocumentFrequency: [UInt64: Int]
  /// Number of documents in the corpus.
  public var documentCount: Int

  /// A context from known frequencies (the default: one document, no repeated lines, so
  /// nothing counts as corpus-wide furniture).
  public init(lineDocumentFrequency: [UInt64: Int] = [:], documentCount: Int = 1) {
    self.lineDocumentFrequency = lineDocumentFrequency
    self.documentCount = documentCount
  }

  /// Builds the context from every document's lines.
  static func build(_ documents: [(text: ScalarText, lines: [Line])]) -> CleaningContext {
    build(lineKeys: documents.map { d in d.lines.map { key($0.range, d.text.scalars) } })
  }

  /// Builds the context from every document's line keys (see `key(_:_:)`).
  public static func build(lineKeys: [[UInt64]]) -> CleaningContext {
    var df: [UInt64: Int] = [:]
    for keys in lineKeys {
      var seen = Set<UInt64>()
      for k in keys where k != emptyKey && seen.insert(k).inserted { df[k, default: 0] += 1 }
    }
    return CleaningContext(lineDocumentFrequency: df, documentCount: lineKeys.count)
  }

  /// The key of a line with no text.
  public static let emptyKey: UInt64 = 0xcbf2_9ce4_8422_2325

  /// A line's matching key: a 64-bit FNV-1a hash of its folded text with inner white space
  /// collapsed and the ends trimmed, so that "Subscribe" and " subscribe " are one line.
  public static func key(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> UInt64 {
    var h: UInt64 = emptyKey
    @inline(__always) func mix(_ v: UInt32) {
      h = (h ^ UInt64(v)) &* 0x100_0000_01b3
    }
    var started = false
    var pendingSpace = false
    var folded = String.UnicodeScalarView()
    for i in range {
      let s = scalars[i]
      if CharClass.isSpace(s) {
        pendingSpace = started
        continue
      }
      if pendingSpace {
        mix(0x20)
        pendingSpace = false
      }
      started = true
      let v = s.value
      if v < 0x80 {
        mix(v >= 0x41 && v <= 0x5A ? v + 32 : v)
      } else {
        folded.removeAll(keepingCapacity: true)
        Normalizer.fold(s, into: &folded)
        for f in folded { mix(f.value) }
      }
    }
    return h
  }

  /// In how many documents a line occurs (at least 1: the line's own).
  public func documentFrequency(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
    max(1, lineDocumentFrequency[Self.key(range, scalars)] ?? 1)
  }
}
