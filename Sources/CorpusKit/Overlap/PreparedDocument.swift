import Foundation

/// A document made ready for alignment: its profile, its seed n-grams sorted for merging,
/// the paraphrase vectors of its sentences and clauses with an inverted index, and its facts
/// (numbers, names, dates) for fact drift.
///
/// Built once per document (O(tokens log tokens)) and reused for every pair the document
/// takes part in, so that aligning a pair costs only the comparison itself.
struct PreparedDocument: Sendable {
  let document: Document
  let profile: DocumentProfile
  /// Seed n-gram hash at each content-token position.
  let grams: [UInt64]
  /// The same hashes (their top 44 bits) in ascending order, with their positions.
  let sortedGrams: [UInt64]
  let sortedPositions: [Int32]
  /// Paraphrase vectors of the units (nil for units too short to compare).
  let vectors: [ParaphraseMatcher.Vector?]
  /// Units holding each stem, with the stem's weight in the unit.
  let postings: StemPostings
  /// The numbers, names and dates of the whole document, in text order.
  let facts: [Fact]
  /// Where the document's tellings lie (`SelfRepeats.tellings`), found once for the engine's
  /// cache (`OverlapEngine.cachedPrepare`); nil where not looked for.
  var tellings: [Range<Int>]?

  /// With `facts` false, fact drift is not wanted (the duplicate report) and facts are skipped.
  init(
    _ d: Document, statistics: CorpusStatistics?, n: Int, paraphrase: ParaphraseMatcher,
    facts withFacts: Bool = true
  ) {
    document = d
    let p = DocumentProfile(d)
    profile = p
    let g = WordHash.ngrams(p.words, n: n)
    grams = g
    if g.count < 1 << 20 {
      // Sort packed keys (44 hash bits, 20 position bits): much faster than sorting indices.
      var keys = g.enumerated().map { ($0.element >> 20) << 20 | UInt64($0.offset) }
      keys.sort()
      sortedGrams = keys.map { $0 >> 20 }
      sortedPositions = keys.map { Int32(truncatingIfNeeded: $0 & 0xFFFFF) }
    } else {
      let order = g.indices.sorted { g[$0] != g[$1] ? g[$0] < g[$1] : $0 < $1 }
      sortedGrams = order.map { g[$0] >> 20 }
      sortedPositions = order.map { Int32($0) }
    }
    let v = paraphrase.vectors(p, statistics: statistics)
    vectors = v
    var index: [UInt64: [ParaphraseMatcher.Posting]] = [:]
    for (j, x) in v.enumerated() {
      guard let x else { continue }
      for (s, w) in zip(x.stems, x.weights) {
        index[s, default: []].append(ParaphraseMatcher.Posting(unit: Int32(j), weight: w))
      }
    }
    postings = StemPostings(index)
    facts =
      withFacts
      ? FactFinder.facts(
        in: d, 0..<d.text.count, capitalisedMidSentence: FactFinder.midSentenceCapitals(d)) : []
  }
}

/// Prepared documents of one engine, kept for reuse by `OverlapEngine.align(_:_:)` (a reader
/// compares one article with several). Bounded: emptied when it grows past `capacity`.
final class PreparedCache: Sendable {
  private let items = Locked([String: PreparedDocument]())
  let capacity: Int

  init(capacity: Int = 1024) { self.capacity = capacity }

  func get(_ d: Document) -> PreparedDocument? {
    items.withLock { items in
      guard let p = items[d.id], p.document.path == d.path, p.document.text.count == d.text.count
      else { return nil }
      return p
    }
  }

  func put(_ p: PreparedDocument) {
    items.withLock { items in
      if items.count >= capacity { items.removeAll(keepingCapacity: true) }
      items[p.document.id] = p
    }
  }
}
