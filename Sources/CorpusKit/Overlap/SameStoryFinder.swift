import Foundation

/// Pairs of documents that tell the same event in their own words ("same story"): not a copy,
/// so never a passage pair and never part of a cluster of copies.
///
/// Lexical, so that `reader dups` needs no encoder. Each document's *anchors* are the words
/// that name things (capitalised words that do not start a sentence: people, places,
/// organisations) and its figures (numbers of two characters or more that are not years),
/// taken from its article text. Anchors are weighted by their rarity in the corpus (idf) and
/// by how often the document uses them; two documents are compared by the cosine of those
/// weights. Two texts about one subject share its usual names; two reports of one event share
/// its rare names *and* its figures. A pair is reported when
/// - each document is the other's closest one by anchors (mutual best match, copies included:
///   a document with a copy has found its closest text already),
/// - the cosine is at least `minCosine`, they share at least `minShared` anchors, of which at
///   least `minSharedNumbers` are figures,
/// - and they are not already a pair of the copy report (members of its clusters of copies take
///   no part at all).
///
/// Candidates come from an inverted index of anchors found in at most `postingCap` documents:
/// linear in the corpus plus the candidate pairs, never all pairs.
@_spi(Bench) public struct SameStoryFinder: Sendable {
  /// The smallest anchor cosine of a same-story pair.
  public var minCosine = 0.5
  /// The fewest anchors both documents hold.
  public var minShared = 5
  /// The fewest figures both documents hold.
  public var minSharedNumbers = 1
  /// Anchors held by more documents than this neither make candidates nor count as shared.
  public var postingCap = 40

  /// A finder with the default (strict) thresholds.
  public init() {}

  /// The same-story pairs of `docs`, leaving out the pairs in `related` (the copy report's).
  /// Documents in `copied` (members of a cluster of copies) take no part: their closest
  /// text is their copy, and leaving them out keeps the work linear when a story is copied
  /// many times.
  public func pairs(
    _ docs: [Document], excluding related: Set<Pair>, copied: Set<String> = []
  ) -> [DocumentPair] {
    guard docs.count > 1, docs.count < 1 << 31 else { return [] }
    // Anchors on every core, in chunks merged in order (deterministic).
    let chunks = max(1, min(docs.count, 64))
    let made = Locked([[[UInt64: Int32]]](repeating: [], count: chunks))
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      var out: [[UInt64: Int32]] = []
      for i in (docs.count * c / chunks)..<(docs.count * (c + 1) / chunks) {
        out.append(copied.contains(docs[i].id) ? [:] : Self.anchors(docs[i]))
      }
      made.withLock { $0[c] = out }
    }
    let anchors = made.value.flatMap { $0 }
    var df: [UInt64: Int32] = [:]
    for a in anchors { for h in a.keys { df[h, default: 0] += 1 } }
    let n = Double(docs.count)
    func idf(_ h: UInt64) -> Double { log((n + 1) / (Double(df[h] ?? 0) + 0.5)) }
    // Unit vectors of (1 + log tf) * idf.
    var vectors: [[UInt64: Double]] = []
    vectors.reserveCapacity(docs.count)
    for a in anchors {
      var v: [UInt64: Double] = [:]
      var norm = 0.0
      for (h, c) in a {
        let w = (1 + log(Double(c))) * idf(h)
        v[h] = w
        norm += w * w
      }
      norm = norm.squareRoot()
      if norm > 0 { for (h, w) in v { v[h] = w / norm } }
      vectors.append(v)
    }
    // Candidates: pairs that share at least `minShared` anchors of bounded frequency.
    var postings: [UInt64: [Int32]] = [:]
    for (i, a) in anchors.enumerated() {
      for h in a.keys {
        let f = df[h] ?? 0
        if f >= 2 && f <= postingCap { postings[h, default: []].append(Int32(i)) }
      }
    }
    var pairKeys: [UInt64] = []
    for (_, list) in postings {
      for x in 0..<list.count {
        for y in (x + 1)..<list.count {
          let i = UInt64(min(list[x], list[y]))
          let j = UInt64(max(list[x], list[y]))
          pairKeys.append(i << 32 | j)
        }
      }
    }
    pairKeys.sort()
    var scored: [(i: Int, j: Int, cosine: Double)] = []
    var start = 0
    while start < pairKeys.count {
      var end = start + 1
      while end < pairKeys.count && pairKeys[end] == pairKeys[start] { end += 1 }
      if end - start >= minShared {
        let i = Int(pairKeys[start] >> 32)
        let j = Int(pairKeys[start] & 0xFFFF_FFFF)
        scored.append((i, j, Self.cosine(vectors[i], vectors[j])))
      }
      start = end
    }
    // Each document's closest partner (ties: the first in corpus order).
    var best = [(cosine: Double, partner: Int)](repeating: (-1, -1), count: docs.count)
    for s in scored {
      if s.cosine > best[s.i].cosine || (s.cosine == best[s.i].cosine && s.j < best[s.i].partner) {
        best[s.i] = (s.cosine, s.j)
      }
      if s.cosine > best[s.j].cosine || (s.cosine == best[s.j].cosine && s.i < best[s.j].partner) {
        best[s.j] = (s.cosine, s.i)
      }
    }
    var out: [DocumentPair] = []
    for s in scored where s.cosine >= minCosine {
      guard best[s.i].partner == s.j, best[s.j].partner == s.i else { continue }
      let a = docs[s.i]
      let b = docs[s.j]
      guard !related.contains(Pair(a.id, b.id)) else { continue }
      var shared = 0
      var sharedNumbers = 0
      for h in anchors[s.i].keys where anchors[s.j][h] != nil && (df[h] ?? 0) <= postingCap {
        shared += 1
        if h & 1 == 1 { sharedNumbers += 1 }
      }
      guard shared >= minShared, sharedNumbers >= minSharedNumbers else { continue }
      out.append(
        DocumentPair(
          a: a.id, b: b.id, similarity: s.cosine, sharedA: 0, sharedB: 0, relation: .sameStory,
          derived: nil))
    }
    out.sort { ($1.similarity, $0.a, $0.b) < ($0.similarity, $1.a, $1.b) }
    return out
  }

  /// An unordered pair of ids.
  public struct Pair: Hashable, Sendable {
    let low: String
    let high: String
    /// The pair of `x` and `y` in either order.
    public init(_ x: String, _ y: String) {
      low = min(x, y)
      high = max(x, y)
    }
  }

  static func cosine(_ x: [UInt64: Double], _ y: [UInt64: Double]) -> Double {
    let (small, large) = x.count <= y.count ? (x, y) : (y, x)
    var s = 0.0
    for (h, w) in small { if let v = large[h] { s += w * v } }
    return s
  }

  /// A document's anchors with their counts: hashes of capitalised words not at the start of
  /// a sentence (odd bit 0 clear) and of figures (bit 0 set), from its body text (all its text
  /// when the cleaner found none).
  static func anchors(_ d: Document) -> [UInt64: Int32] {
    var out: [UInt64: Int32] = [:]
    let scalars = d.text.scalars
    // Body text only: a headline's title case would make every word a name.
    var article = d.paragraphs.filter { $0.kind == .body }
    if article.isEmpty { article = d.paragraphs }
    var sentence = 0
    let sentences = d.sentences
    for p in article {
      // A word opening a paragraph or a sentence is capitalised by grammar, not by name.
      var opens = true
      for t in d.tokens[p.tokens] {
        var moved = false
        while sentence < sentences.count && sentences[sentence].upperBound <= t.start {
          sentence += 1
          moved = true
        }
        if moved && sentence < sentences.count && sentences[sentence].lowerBound <= t.start {
          opens = true
        }
        if t.kind == .number {
          if let h = figure(t.norm) { out[h, default: 0] += 1 }
        } else if t.kind == .word, !opens, t.start < scalars.count,
          scalars[t.start].properties.isUppercase, t.norm.unicodeScalars.count > 1,
          !Vocabulary.stopWords.contains(t.norm), Vocabulary.months[t.norm] == nil,
          !weekdays.contains(t.norm)
        {
          out[WordHash.word(t.norm) & ~1, default: 0] += 1
        }
        if t.kind == .word || t.kind == .number { opens = false }
      }
    }
    return out
  }

  /// The hash of a figure worth matching (bit 0 set), nil for one character or a year.
  static func figure(_ norm: String) -> UInt64? {
    let digits = norm.filter { $0 != "," }
    guard digits.count >= 2 else { return nil }
    if digits.count == 4, let y = Int(digits), y >= 1900 && y <= 2099 { return nil }
    return WordHash.word("#" + digits) | 1
  }

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
}
