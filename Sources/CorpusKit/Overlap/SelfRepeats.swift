/// Finds a document that tells its story more than once (a machine rewrite that restates
/// its text, a page that holds its article twice) and splits it into its tellings.
///
/// Evidence is the document's self-alignment: its sentences paired with later sentences of
/// the same document by the paraphrase vectors (TF-IDF cosine over stems), never a sentence
/// with itself or its neighbour. A retelling is an ordered chain of such pairs, the same
/// order on both sides (at most `maxGap` sentences skipped), whose earlier side ends before
/// its later side begins, holding at least `minLinks` pairs and one of at least `strong`.
/// A text that only comes back to its subject (an essay's conclusion, a news story's last
/// line) restates a sentence or two, not a run in order, and keeps one telling.
///
/// The seam between two tellings is put at the latest paragraph start (else sentence start)
/// between the end of a chain's earlier side and the start of its later side.
struct SelfRepeats: Sendable {
  /// Least cosine of a link.
  var low = 0.3
  /// Least cosine of a chain's best link.
  var strong = 0.5
  /// Least lead of a chain's mean cosine over the document's background (the mean cosine of
  /// all its sentence pairs): in a text of a small vocabulary every sentence resembles every
  /// other, and only a real restatement stands out.
  var minLead = 0.3
  /// Fewest links of a chain.
  var minLinks = 6
  /// Most sentences skipped between two links, on each side.
  var maxGap = 2
  /// Most later sentences a sentence is linked to, best first (degenerate text stays linear).
  var bestLinks = 4
  /// Least share of the document's comparable sentences inside its chains: a document that
  /// is mostly its retellings, not one that repeats a paragraph or two.
  var minShare = 0.6
  /// Fewest sentences of a telling: seams closer than this are one seam.
  var minSentences = 4
  /// Most sentences looked at (beyond that the document keeps one telling, to stay fast).
  var maxSentences = 3000

  /// A chain of links: sentence indices of its first and last link on each side.
  struct Chain: Sendable, Hashable {
    var firstA: Int
    var lastA: Int
    var firstB: Int
    var lastB: Int
    var links: Int
    var best: Double
    /// The mean cosine of its links.
    var mean: Double
    /// The document's background cosine.
    var background: Double = 0
  }

  /// The scalar ranges of `x`'s tellings, in order, covering its whole text; one range when
  /// the document does not repeat itself.
  func tellings(_ x: PreparedDocument) -> [Range<Int>] {
    let whole = 0..<x.document.text.scalars.count
    let seams = self.seams(x)
    guard !seams.isEmpty else { return [whole] }
    var out: [Range<Int>] = []
    var start = 0
    for s in seams where s > start {
      out.append(start..<s)
      start = s
    }
    out.append(start..<whole.upperBound)
    return out
  }

  /// Scalar offsets where a new telling starts, ascending.
  func seams(_ x: PreparedDocument) -> [Int] {
    let p = x.profile
    let chains = self.chains(x)
    guard !chains.isEmpty, share(x, chains) >= minShare else { return [] }
    // A seam snaps back to the latest paragraph start after the chain's earlier side.
    let d = x.document
    var seamSentences: [Int] = []
    for c in chains {
      let earliest = c.lastA + 1
      var seam = c.firstB
      var k = c.firstB
      while k >= earliest {
        if k == 0
          || d.paragraphIndex(at: p.sentences[k].range.lowerBound)
            != d.paragraphIndex(at: p.sentences[k - 1].range.lowerBound)
        {
          seam = k
          break
        }
        k -= 1
      }
      seamSentences.append(seam)
    }
    seamSentences.sort()
    var kept: [Int] = []
    for s in seamSentences where s >= minSentences {
      if let last = kept.last, s - last < minSentences { continue }
      if p.sentences.count - s < minSentences { continue }
      kept.append(s)
    }
    return kept.map { p.sentences[$0].range.lowerBound }
  }

  /// Share of `x`'s comparable sentences (with a paraphrase vector, outside furniture) that
  /// lie inside the spans of `chains`, on either side.
  func share(_ x: PreparedDocument, _ chains: [Chain]) -> Double {
    let p = x.profile
    var inside = [Bool](repeating: false, count: p.sentences.count)
    for c in chains {
      for k in c.firstA...c.lastA { inside[k] = true }
      for k in c.firstB...c.lastB { inside[k] = true }
    }
    var total = 0
    var n = 0
    for v in x.vectors {
      guard let v, let s = v.sentence, !p.isFurniture(v.unit.tokens) else { continue }
      total += 1
      if inside[s] { n += 1 }
    }
    return total == 0 ? 0 : Double(n) / Double(total)
  }

  /// The retelling chains of `x` (pairs of sentences `a` < `b`, `a`'s side ending before
  /// `b`'s begins), each at least `minLinks` long with a link of at least `strong`.
  func chains(_ x: PreparedDocument) -> [Chain] {
    let p = x.profile
    guard p.sentences.count >= 2 * minSentences, p.sentences.count <= maxSentences else {
      return []
    }
    // Whole-sentence vectors, by sentence, outside furniture.
    var bySentence = [Int?](repeating: nil, count: p.sentences.count)
    for (u, v) in x.vectors.enumerated() {
      guard let v, let s = v.sentence, !p.isFurniture(v.unit.tokens) else { continue }
      bySentence[s] = u
    }
    let cap = ParaphraseMatcher().postingCap
    // Links: each sentence's best later sentences (not itself, not its neighbour).
    var linksOf: [Int: [Int: Double]] = [:]  // sentence a -> sentence b -> cosine
    var dot: [Int: Double] = [:]
    // The background: mean cosine of all pairs of comparable sentences (not neighbours).
    var total = 0.0
    var comparable = 0
    var later = bySentence.filter { $0 != nil }.count
    for i in p.sentences.indices {
      guard let u = bySentence[i], let v = x.vectors[u] else { continue }
      later -= 1
      if i + 1 < bySentence.count, bySentence[i + 1] != nil { comparable -= 1 }
      comparable += later
      dot.removeAll(keepingCapacity: true)
      for (s, w) in zip(v.stems, v.weights) {
        let list = x.postings.range(of: s)
        guard !list.isEmpty, list.count <= cap else { continue }
        for e in x.postings.postings[list] {
          let j = Int(e.unit)
          guard let o = x.vectors[j], let sj = o.sentence, sj >= i + 2 else { continue }
          dot[sj, default: 0] += w * e.weight
        }
      }
      for (j, c) in dot where bySentence[j] != nil { total += c }
      let top = dot.filter { $0.value >= low }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        .prefix(bestLinks)
      for (j, c) in top where bySentence[j] != nil { linksOf[i, default: [:]][j] = c }
    }
    let background = comparable > 0 ? total / Double(comparable) : 0
    // Longest ordered chains: for each link, the best chain ending there.
    struct End {
      var links: Int
      var firstA: Int
      var firstB: Int
      var best: Double
      var sum: Double
    }
    var ends: [Int: [Int: End]] = [:]
    var out: [Chain] = []
    for i in linksOf.keys.sorted() {
      for (j, c) in linksOf[i]!.sorted(by: { $0.key < $1.key }) {
        var e = End(links: 1, firstA: i, firstB: j, best: c, sum: c)
        for di in 1...(maxGap + 1) {
          guard let previous = ends[i - di] else { continue }
          for dj in 1...(maxGap + 1) {
            guard let q = previous[j - dj], i < q.firstB else { continue }
            let cand = End(
              links: q.links + 1, firstA: q.firstA, firstB: q.firstB, best: max(q.best, c),
              sum: q.sum + c)
            if (cand.links, cand.sum) > (e.links, e.sum) { e = cand }
          }
        }
        ends[i, default: [:]][j] = e
        if e.links >= minLinks && e.best >= strong
          && e.sum / Double(e.links) >= background + minLead
        {
          out.append(
            Chain(
              firstA: e.firstA, lastA: i, firstB: e.firstB, lastB: j, links: e.links, best: e.best,
              mean: e.sum / Double(e.links), background: background))
        }
      }
    }
    return out
  }
}
