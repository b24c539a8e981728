/// A table of word clusters: each known word has a path in a binary tree of words that occur in
/// similar contexts ("0110" is the left-right-right-left leaf). Words with a common path prefix
/// are alike; the tagger uses prefixes of 4, 6, 10 and 20 bits, as Brown-cluster features are
/// used (Ratinov and Roth 2009), so that a name the training data never saw still looks like
/// the names it did see.
///
/// Keyed by the hash of the word's exact form (`WordInfo.exact`); a path is packed as
/// `1 << length | bits`, so a prefix is a shift and every length keeps its own values.
public struct WordClusters: Sendable {
  /// The longest path kept.
  static let maxDepth = 24

  private(set) var entries: [UInt64: UInt32] = [:]

  /// An empty table (no cluster features).
  public init() {}

  init(entries: [UInt64: UInt32]) { self.entries = entries }

  /// Number of words with a path.
  public var count: Int { entries.count }

  /// Packs a bit string ("0110") into a code; nil if it is not made of 0s and 1s or too long.
  static func code(path: Substring) -> UInt32? {
    guard !path.isEmpty, path.count <= maxDepth else { return nil }
    var c: UInt32 = 1
    for ch in path {
      guard ch == "0" || ch == "1" else { return nil }
      c = c << 1 | (ch == "1" ? 1 : 0)
    }
    return c
  }

  /// The table of a cluster file: one `path<TAB>word<TAB>count` a line (Brown's `paths` format).
  public init(text: String) throws {
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count >= 2, let c = Self.code(path: f[0]), !f[1].isEmpty else {
        throw EntityModelError(
          path: "line \(n + 1)", problem: "not a cluster line: path, tab, word")
      }
      entries[WordInfo(f[1].unicodeScalars).exact] = c
    }
  }

  /// The packed path of a word: its exact form, else its title-case form, else its lowercase
  /// form (so "CHELSEA" in a headline finds "Chelsea"); 0 if the table has none.
  @inline(__always)
  func code(_ w: WordInfo) -> UInt32 {
    if let c = entries[w.exact] { return c }
    if let c = entries[w.title] { return c }
    return entries[w.lower] ?? 0
  }

  /// The first `bits` bits of a packed path (the whole path if shorter), still packed.
  @inline(__always)
  static func prefix(_ code: UInt32, _ bits: Int) -> UInt32 {
    let length = 31 - code.leadingZeroBitCount
    return length > bits ? code >> UInt32(length - bits) : code
  }
}
