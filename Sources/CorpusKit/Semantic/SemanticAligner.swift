import Foundation

/// Finds rewritten passages, those that say the same in other words, with a sentence encoder,
/// only where the lexical aligner found nothing.
///
/// Sentences (of at least `minTokens` content words, outside every lexical passage) are
/// embedded; pairs whose cosine reaches `low` are assigned one to one,
/// best first; assigned pairs in the same order on both sides (at most `maxGap` sentences
/// skipped) form chains; a chain becomes a passage when it holds at least two pairs and one
/// reaches `high`, or when its single pair reaches `single`. A pair copied word for word
/// does not count as a chain's strong pair: around one shared background sentence, two
/// reports on one subject link by topic alone, so only the copied run is kept then. Two texts on one topic score
/// 0.7–0.85 between unrelated sentences; a rewrite keeps its source's order and has at least
/// one sentence that is nearly the same meaning, which topic rarely gives
/// (docs/semantic-encoder.md).
struct SemanticAligner: Sendable {
  let encoder: SentenceEncoder
  let cache: EmbeddingCache
  /// Least cosine for a pair to take part in a chain.
  var low: Float = 0.55
  /// Least cosine of a chain's best pair.
  var high: Float = 0.85
  /// Least cosine of a passage of one sentence pair.
  var single: Float = 0.92
  /// Most sentences skipped between two links of a chain, on either side.
  var maxGap = 1
  /// Fewest content tokens of a sentence that takes part.
  var minTokens = 5
  /// Most sentences embedded per document and pair: beyond that (a book against an article)
  /// the pair is left to the lexical aligner, to answer in seconds.
  var maxSentences = 1500

  /// A rewritten passage found: scalar ranges, the mean and best cosine of its chain.
  struct Found: Sendable, Hashable {
    var a: Range<Int>
    var b: Range<Int>
    var links: Int
    /// The side whose sentences are all page furniture, when only one's are.
    var furniture: Side?
    var mean: Double
    var best: Double
    /// The weakest cosine of the chain.
    var minimum: Double
  }

  init(encoder: SentenceEncoder, cache: EmbeddingCache = EmbeddingCache()) {
    self.encoder = encoder
    self.cache = cache
  }

  /// The rewritten passages of `xa` and `xb`, disjoint from `lexicalA`/`lexicalB` (the scalar
  /// ranges of the passages the lexical aligner found on each side).
  func align(
    _ xa: PreparedDocument, _ xb: PreparedDocument, lexicalA: [Range<Int>],
    lexicalB: [Range<Int>]
  ) -> [Found] {
    let pa = xa.profile
    let pb = xb.profile
    let sa = eligible(pa, outside: lexicalA)
    let sb = eligible(pb, outside: lexicalB)
    guard !sa.isEmpty, !sb.isEmpty, sa.count <= maxSentences, sb.count <= maxSentences else {
      return []
    }
    let va = cache.vectors(xa, sentences: sa, encoder: encoder)
    let vb = cache.vectors(xb, sentences: sb, encoder: encoder)
    // Candidate pairs at or above `low`, best first, assigned one to one.
    let furnitureA = sa.map { pa.isFurniture(pa.sentences[$0].tokens) }
    let furnitureB = sb.map { pb.isFurniture(pb.sentences[$0].tokens) }
    var candidates: [(i: Int, j: Int, c: Float)] = []
    let cosines = Self.dots(va, vb)
    for i in sa.indices {
      for j in sb.indices where !(furnitureA[i] && furnitureB[j]) {
        let c = cosines[i * sb.count + j]
        if c >= low { candidates.append((i, j, c)) }
      }
    }
    candidates.sort { ($0.c, $1.i, $1.j) > ($1.c, $0.i, $0.j) }
    var usedA = Set<Int>()
    var usedB = Set<Int>()
    var links: [(i: Int, j: Int, c: Float)] = []
    for p in candidates where !usedA.contains(p.i) && !usedB.contains(p.j) {
      usedA.insert(p.i)
      usedB.insert(p.j)
      links.append(p)
    }
    links.sort { ($0.i, $0.j) < ($1.i, $1.j) }
    // Chains in the same order on both sides; a link may not step over lexical passages.
    var chains: [[(i: Int, j: Int, c: Float)]] = []
    for l in links {
      let si = sa[l.i]
      let sj = sb[l.j]
      var best: Int?
      for (k, chain) in chains.enumerated() {
        let last = chain[chain.count - 1]
        let gi = si - sa[last.i]
        let gj = sj - sb[last.j]
        guard gi >= 1, gi <= maxGap + 1, gj >= 1, gj <= maxGap + 1 else { continue }
        let between = pa.sentences[sa[last.i]].range.upperBound..<pa.sentences[si].range.lowerBound
        let betweenB = pb.sentences[sb[last.j]].range.upperBound..<pb.sentences[sj].range.lowerBound
        if lexicalA.contains(where: { $0.overlaps(between) })
          || lexicalB.contains(where: { $0.overlaps(betweenB) })
        {
          continue
        }
        if best == nil || last.c > chains[best!].last!.c { best = k }
      }
      if let k = best { chains[k].append(l) } else { chains.append([l]) }
    }
    var out: [Found] = []
    func found(_ chain: ArraySlice<(i: Int, j: Int, c: Float)>) -> Found {
      let first = chain[chain.startIndex]
      let last = chain[chain.endIndex - 1]
      let mean = chain.reduce(0.0) { $0 + Double($1.c) } / Double(chain.count)
      let allA = chain.allSatisfy { furnitureA[$0.i] }
      let allB = chain.allSatisfy { furnitureB[$0.j] }
      return Found(
        a: pa.sentences[sa[first.i]].range.lowerBound..<pa.sentences[sa[last.i]].range.upperBound,
        b: pb.sentences[sb[first.j]].range.lowerBound..<pb.sentences[sb[last.j]].range.upperBound,
        links: chain.count, furniture: allA ? .a : allB ? .b : nil, mean: mean,
        best: Double(chain.map(\.c).max() ?? 0), minimum: Double(chain.map(\.c).min() ?? 0))
    }
    for chain in chains {
      // A sentence copied word for word is evidence of copying that sentence, not of
      // rewording its neighbours: two reports on one subject that share one background
      // sentence link their other sentences by topic alone. So a chain's strong link must be
      // a reworded one; failing that, only its copied sentences are kept (runs of them).
      let copied = chain.map { l in
        OverlapEngine.sharesItsWords(
          pa.words, pa.sentences[sa[l.i]].tokens, pb.words, pb.sentences[sb[l.j]].tokens)
      }
      let reworded = zip(chain, copied).filter { !$1 }.map(\.0.c)
      let top = chain.map(\.c).max() ?? 0
      let strong = reworded.isEmpty ? top : reworded.max() ?? 0
      if (chain.count >= 2 && strong >= high) || (chain.count == 1 && top >= single) {
        out.append(found(chain[...]))
        continue
      }
      var k = 0
      while k < chain.count {
        guard copied[k] else {
          k += 1
          continue
        }
        var end = k
        while end + 1 < chain.count && copied[end + 1] { end += 1 }
        let run = chain[k...end]
        if run.count >= 2 || (run.map(\.c).max() ?? 0) >= single { out.append(found(run)) }
        k = end + 1
      }
    }
    return out
  }

  /// Indices of the sentences of `p` that take part: long enough and clear of every range in
  /// `outside`. (Pairs of two furniture sentences are skipped later: a site's template is
  /// not reuse, but a copy the cleaner took for furniture on one side is.)
  func eligible(_ p: DocumentProfile, outside: [Range<Int>]) -> [Int] {
    p.sentences.indices.filter { k in
      let s = p.sentences[k]
      return s.tokens.count >= minTokens && !outside.contains { $0.overlaps(s.range) }
    }
  }

  /// `dot(xs[i], ys[j])` for every pair, at `i * ys.count + j`, bit for bit: eight vectors of
  /// `ys` at a time, interleaved so that each SIMD lane holds one pair's running sum, added in
  /// the same order and with the same roundings as `dot` (a product, then a sum; no fused
  /// multiply-add), so the sums do not wait on one another.
  static func dots(_ xs: [[Float]], _ ys: [[Float]]) -> [Float] {
    let m = ys.count
    var out = [Float](repeating: 0, count: xs.count * m)
    guard let dim = xs.first?.count, xs.allSatisfy({ $0.count == dim }),
      ys.allSatisfy({ $0.count == dim })
    else {
      for i in xs.indices { for j in ys.indices { out[i * m + j] = dot(xs[i], ys[j]) } }
      return out
    }
    var block = [SIMD8<Float>](repeating: .zero, count: dim)
    var j0 = 0
    while j0 < m {
      let w = min(8, m - j0)
      for k in 0..<dim {
        var v = SIMD8<Float>.zero
        for l in 0..<w { v[l] = ys[j0 + l][k] }
        block[k] = v
      }
      block.withUnsafeBufferPointer { bv in
        for i in xs.indices {
          let acc = xs[i].withUnsafeBufferPointer { xv in
            var acc = SIMD8<Float>.zero
            for k in 0..<dim { acc = acc + SIMD8(repeating: xv[k]) * bv[k] }
            return acc
          }
          for l in 0..<w { out[i * m + j0 + l] = acc[l] }
        }
      }
      j0 += 8
    }
    return out
  }

  static func dot(_ x: [Float], _ y: [Float]) -> Float {
    var s: Float = 0
    for k in x.indices { s += x[k] * y[k] }
    return s
  }
}

/// Sentence vectors of the documents seen by one engine, embedded on demand and kept for the
/// run (a reader compares one article with several). Bounded: emptied past `capacity`
/// documents.
final class EmbeddingCache: Sendable {
  private let items = Locked([String: [Int: [Float]]]())
  let capacity: Int

  init(capacity: Int = 2048) { self.capacity = capacity }

  /// The vectors of `d`'s sentences `sentences` (indices into its profile's sentences), in
  /// order; only those not cached yet are embedded, in one batch.
  func vectors(_ x: PreparedDocument, sentences: [Int], encoder: SentenceEncoder) -> [[Float]] {
    let d = x.document
    let key = d.id + "\u{0}" + d.path
    let known = items.withLock { $0[key] ?? [:] }
    let missing = sentences.filter { known[$0] == nil }
    var fresh: [Int: [Float]] = [:]
    if !missing.isEmpty {
      let p = x.profile
      let texts = missing.map { k in
        String(String.UnicodeScalarView(d.text.scalars[p.sentences[k].range]))
      }
      for (k, v) in zip(missing, encoder.embed(texts)) { fresh[k] = v }
      items.withLock { items in
        if items.count >= capacity { items.removeAll(keepingCapacity: true) }
        items[key, default: [:]].merge(fresh) { x, _ in x }
      }
    }
    return sentences.map { known[$0] ?? fresh[$0]! }
  }
}
