import COpenBLAS
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
/// (docs/semantic-encoder.md). In a pair already established as a rewrite (the reliable
/// lexical passages and those chains cover `rewriteShare` of the shorter text), chains may
/// skip `maxSkip` sentences on one side, and a chain next to a reliable lexical passage in
/// order takes it as its strong evidence: a condensing rewrite drops source sentences and
/// keeps some of their wording.
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
  /// Most sentences skipped between two links on one side when the other skips at most
  /// `maxGap`, in a pair already established as a rewrite (`rewriteShare`): a rewrite that
  /// condenses its source drops source sentences (or folds two into one) while it keeps its
  /// own in a row.
  var maxSkip = 3
  /// Least share of the shorter side's sentences (of `minTokens` or more) that the reliable
  /// lexical passages and the strict chains (`maxGap`, a strong pair) cover for the pair to
  /// count as a rewrite, where chains may skip `maxSkip` and take an adjoining reliable
  /// lexical passage as their strong evidence. Two reports of one story in their own words
  /// share a few sentences at most; a rewrite shares a good part of the shorter text.
  var rewriteShare = 0.4
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
    let va = cache.matrix(xa, sentences: sa, encoder: encoder)
    let vb = cache.matrix(xb, sentences: sb, encoder: encoder)
    // Candidate pairs at or above `low`, best first, assigned one to one.
    let furnitureA = sa.map { pa.isFurniture(pa.sentences[$0].tokens) }
    let furnitureB = sb.map { pb.isFurniture(pb.sentences[$0].tokens) }
    let cosines = Self.dots(va, rows: sa, vb, columns: sb, atLeast: low)
    var links = Self.oneToOne(cosines, rows: sa.count, columns: sb.count, atLeast: low) {
      furnitureA[$0] && furnitureB[$1]
    }
    links.sort { ($0.i, $0.j) < ($1.i, $1.j) }
    // The passages of the chains whose links skip at most `skip` sentences on one side
    // (`maxGap` on the other); with `adjoining`, a chain next to a reliable lexical passage
    // takes it as its strong evidence.
    func passages(skip: Int, adjoining: Bool) -> [Found] {
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
          guard gi >= 1, gj >= 1, min(gi, gj) <= maxGap + 1, max(gi, gj) <= skip + 1 else {
            continue
          }
          let between =
            pa.sentences[sa[last.i]].range.upperBound..<pa.sentences[si].range.lowerBound
          let betweenB =
            pb.sentences[sb[last.j]].range.upperBound..<pb.sentences[sj].range.lowerBound
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
        if (chain.count >= 2 && strong >= high) || (chain.count == 1 && top >= single)
          || (adjoining && !reworded.isEmpty
            && adjoinsReliable(
              first: (sa[chain[0].i], sb[chain[0].j]),
              last: (sa[chain[chain.count - 1].i], sb[chain[chain.count - 1].j]), pa, pb,
              lexicalA: lexicalA, lexicalB: lexicalB))
        {
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
    let strict = passages(skip: maxGap, adjoining: false)
    // The relaxed rules only where the reliable lexical passages and the strict chains
    // already cover a good part of the shorter text.
    let established = Self.share(
      pa, pb, minTokens: minTokens, lexicalA + strict.map(\.a), lexicalB + strict.map(\.b))
    guard maxSkip > maxGap, established >= rewriteShare else { return strict }
    return passages(skip: maxSkip, adjoining: true)
  }

  /// The pairs of a row-major cosine matrix (`rows` × `columns`) at or above `atLeast`, bar
  /// those `skip` names, matched one to one best first (ties to the earlier row, then column);
  /// in that order. The aligner's links and the same-story finder's are chosen so.
  static func oneToOne(
    _ cosines: [Float], rows: Int, columns: Int, atLeast: Float,
    skip: (Int, Int) -> Bool = { _, _ in false }
  ) -> [(i: Int, j: Int, c: Float)] {
    var candidates: [(i: Int, j: Int, c: Float)] = []
    for i in 0..<rows {
      for j in 0..<columns where !skip(i, j) {
        let c = cosines[i * columns + j]
        if c >= atLeast { candidates.append((i, j, c)) }
      }
    }
    candidates.sort { ($0.c, $1.i, $1.j) > ($1.c, $0.i, $0.j) }
    var usedA = Set<Int>()
    var usedB = Set<Int>()
    var out: [(i: Int, j: Int, c: Float)] = []
    for p in candidates where !usedA.contains(p.i) && !usedB.contains(p.j) {
      usedA.insert(p.i)
      usedB.insert(p.j)
      out.append(p)
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

  /// `dot(xs[i], ys[j])` for every pair, at `i * ys.count + j`, bit for bit (see
  /// `dots(_:rows:_:columns:)`).
  static func dots(_ xs: [[Float]], _ ys: [[Float]]) -> [Float] {
    guard let dim = xs.first?.count, !ys.isEmpty, xs.allSatisfy({ $0.count == dim }),
      ys.allSatisfy({ $0.count == dim })
    else {
      return xs.flatMap { x in ys.map { dot(x, $0) } }
    }
    return dots(
      SentenceVectors(xs, dim: dim), rows: Array(xs.indices), SentenceVectors(ys, dim: dim),
      columns: Array(ys.indices))
  }

  /// How far a cosine of `cblas_sgemm` may lie from `dot`'s (unit vectors of 384 floats:
  /// either sum is within about 5e-5 of the exact value), with room to spare.
  static let screenMargin: Float = 1e-3

  /// The dot product of row `rows[i]` of `xs` with row `columns[j]` of `ys` for every pair, at
  /// `i * columns.count + j`, bit for bit as `dot` gives it: each pair's sum is one chain over
  /// the dimensions in `dot`'s order and roundings (a product, then a sum; no fused
  /// multiply-add). Only the chains are interleaved: the columns packed eight to a SIMD lane
  /// block, four rows against one block at a time, so thirty-two independent sums share each
  /// step instead of waiting on one another. Rows are read where they lie (no copy).
  ///
  /// With `atLeast` (unit vectors), the pairs are first screened by one matrix product
  /// (OpenBLAS, any summation order), and only the tiles of four rows and eight columns that
  /// hold a pair within `screenMargin` of `atLeast` or above are summed exactly; the other
  /// pairs keep the screen's value, which is below `atLeast` as the exact one is. So every
  /// value at or above `atLeast` is bit for bit `dot`'s, and no value crosses it.
  static func dots(
    _ xs: SentenceVectors, rows: [Int], _ ys: SentenceVectors, columns: [Int],
    atLeast: Float? = nil
  ) -> [Float] {
    let n = rows.count
    let m = columns.count
    let dim = xs.dim
    var out = [Float](repeating: 0, count: n * m)
    guard n > 0, m > 0, dim > 0, ys.dim == dim else { return out }
    let blocks = (m + 7) / 8
    let groups = (n + 3) / 4
    // Which tiles (group of four rows, block of eight columns) to sum exactly.
    var exact = [Bool](repeating: true, count: groups * blocks)
    if let atLeast {
      let a = gathered(xs, rows)
      let b = gathered(ys, columns)
      out.withUnsafeMutableBufferPointer { ov in
        cblas_sgemm(
          CblasRowMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(m), Int32(dim), 1, a, Int32(dim),
          b, Int32(dim), 0, ov.baseAddress, Int32(m))
      }
      let bar = atLeast - screenMargin
      for g in 0..<groups {
        for bl in 0..<blocks {
          var any = false
          for i in (4 * g)..<min(n, 4 * g + 4) {
            for j in (8 * bl)..<min(m, 8 * bl + 8) where out[i * m + j] >= bar { any = true }
          }
          exact[g * blocks + bl] = any
        }
      }
      guard exact.contains(true) else { return out }
    }
    let zeros = [Float](repeating: 0, count: dim)
    // packed[b * dim + k] holds dimension k of columns 8b ..< 8b + 8 (zeros past the last);
    // only the blocks some exact tile needs.
    var packed = [SIMD8<Float>](repeating: .zero, count: blocks * dim)
    packed.withUnsafeMutableBufferPointer { pv in
      ys.values.withUnsafeBufferPointer { yv in
        zeros.withUnsafeBufferPointer { zv in
          func column(_ j: Int) -> UnsafePointer<Float> {
            j < m ? yv.baseAddress! + columns[j] * dim : zv.baseAddress!
          }
          for b in 0..<blocks where (0..<groups).contains(where: { exact[$0 * blocks + b] }) {
            let (y0, y1, y2, y3) = (
              column(8 * b), column(8 * b + 1), column(8 * b + 2), column(8 * b + 3)
            )
            let (y4, y5, y6, y7) = (
              column(8 * b + 4), column(8 * b + 5), column(8 * b + 6), column(8 * b + 7)
            )
            let o = pv.baseAddress! + b &* dim
            for k in 0..<dim {
              o[k] = SIMD8(y0[k], y1[k], y2[k], y3[k], y4[k], y5[k], y6[k], y7[k])
            }
          }
        }
      }
    }
    packed.withUnsafeBufferPointer { pv in
      xs.values.withUnsafeBufferPointer { xv in
        zeros.withUnsafeBufferPointer { zv in
          out.withUnsafeMutableBufferPointer { ov in
            func row(_ i: Int) -> UnsafePointer<Float> {
              i < n ? xv.baseAddress! + rows[i] * dim : zv.baseAddress!
            }
            func store(_ acc: SIMD8<Float>, row i: Int, block b: Int) {
              guard i < n else { return }
              for l in 0..<min(8, m - 8 * b) { ov[i * m + 8 * b + l] = acc[l] }
            }
            // Rows past the last (a group of four) are zeros: their sums are made and dropped.
            for g in 0..<groups {
              let i = 4 * g
              let (x0, x1, x2, x3) = (row(i), row(i + 1), row(i + 2), row(i + 3))
              for b in 0..<blocks where exact[g * blocks + b] {
                let y = pv.baseAddress! + b * dim
                var a0 = SIMD8<Float>.zero
                var a1 = SIMD8<Float>.zero
                var a2 = SIMD8<Float>.zero
                var a3 = SIMD8<Float>.zero
                for k in 0..<dim {
                  let v = y[k]
                  a0 = a0 + SIMD8(repeating: x0[k]) * v
                  a1 = a1 + SIMD8(repeating: x1[k]) * v
                  a2 = a2 + SIMD8(repeating: x2[k]) * v
                  a3 = a3 + SIMD8(repeating: x3[k]) * v
                }
                store(a0, row: i, block: b)
                store(a1, row: i + 1, block: b)
                store(a2, row: i + 2, block: b)
                store(a3, row: i + 3, block: b)
              }
            }
          }
        }
      }
    }
    return out
  }

  /// Rows `rows` of `vs`, end to end.
  static func gathered(_ vs: SentenceVectors, _ rows: [Int]) -> [Float] {
    let dim = vs.dim
    var out = [Float](repeating: 0, count: rows.count * dim)
    out.withUnsafeMutableBufferPointer { ov in
      vs.values.withUnsafeBufferPointer { vv in
        for (i, r) in rows.enumerated() {
          (ov.baseAddress! + i * dim).update(from: vv.baseAddress! + r * dim, count: dim)
        }
      }
    }
    return out
  }

  static func dot(_ x: [Float], _ y: [Float]) -> Float {
    var s: Float = 0
    for k in x.indices { s += x[k] * y[k] }
    return s
  }
}

/// A document's sentence vectors end to end: row `k` (`dim` floats) is sentence `k`'s, zeros
/// where it was not embedded yet.
struct SentenceVectors: Sendable {
  var dim: Int
  var values: [Float]
  var embedded: [Bool]

  /// The rows `vs`, each `dim` long, all embedded.
  init(_ vs: [[Float]], dim: Int) {
    self.dim = dim
    values = vs.flatMap { $0 }
    embedded = [Bool](repeating: true, count: vs.count)
  }

  /// `count` rows of `dim` zeros, none embedded.
  init(count: Int, dim: Int) {
    self.dim = dim
    values = [Float](repeating: 0, count: count * dim)
    embedded = [Bool](repeating: false, count: count)
  }

  /// Row `k`.
  func row(_ k: Int) -> [Float] { Array(values[(k * dim)..<((k + 1) * dim)]) }
}

/// Sentence vectors of the documents seen by one engine, embedded on demand and kept for the
/// run (a reader compares one article with several), one matrix per document. Bounded:
/// emptied past `capacity` documents.
final class EmbeddingCache: Sendable {
  private let items = Locked([String: SentenceVectors]())
  let capacity: Int

  init(capacity: Int = 2048) { self.capacity = capacity }

  /// The vectors of `d`'s sentences `sentences` (indices into its profile's sentences), in
  /// order; only those not cached yet are embedded, in one batch.
  func vectors(_ x: PreparedDocument, sentences: [Int], encoder: SentenceEncoder) -> [[Float]] {
    let m = matrix(x, sentences: sentences, encoder: encoder)
    return sentences.map { m.row($0) }
  }

  /// The sentence vectors of `x` with at least `sentences` (indices into its profile's
  /// sentences) embedded; only those not cached yet are embedded, in one batch.
  func matrix(_ x: PreparedDocument, sentences: [Int], encoder: SentenceEncoder)
    -> SentenceVectors
  {
    let d = x.document
    let key = d.id + "\u{0}" + d.path
    let p = x.profile
    let known = items.withLock { $0[key] }
    if let known, sentences.allSatisfy({ known.embedded[$0] }) { return known }
    var m = known ?? SentenceVectors(count: p.sentences.count, dim: encoder.hidden)
    let missing = sentences.filter { !m.embedded[$0] }
    let texts = missing.map { k in
      String(String.UnicodeScalarView(d.text.scalars[p.sentences[k].range]))
    }
    for (k, v) in zip(missing, encoder.embed(texts)) {
      m.values.replaceSubrange((k * m.dim)..<((k + 1) * m.dim), with: v)
      m.embedded[k] = true
    }
    items.withLock { items in
      if items.count >= capacity { items.removeAll(keepingCapacity: true) }
      // Another thread may have embedded other sentences meanwhile: keep both.
      if let other = items[key] {
        for k in other.embedded.indices where other.embedded[k] && !m.embedded[k] {
          m.values.replaceSubrange((k * m.dim)..<((k + 1) * m.dim), with: other.row(k))
          m.embedded[k] = true
        }
      }
      items[key] = m
    }
    return m
  }
}
