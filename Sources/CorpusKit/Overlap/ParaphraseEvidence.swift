/// Keeps the paraphrase pairs that show derivation, not a shared topic.
///
/// Two texts on one subject share its vocabulary, so a sentence of one finds a similar
/// sentence in the other by chance. A rewrite leaves other traces: each of its sentences is
/// the best match of its source sentence (or the reverse), and the matched sentences follow
/// one another in the same order on both sides. A pair is kept when it is such a best match
/// and belongs to a chain of at least `minChain` best matches in order (gaps of at most
/// `maxGap` sentences on each side) holding one pair of at least `strong`, or when it is
/// alone but nearly the same sentence (`alone`).
struct ParaphraseEvidence {
  let a: DocumentProfile
  let b: DocumentProfile
  /// Best similarity of each sentence of A (B) with any unit of the other side.
  let rowBest: [Int: Double]
  let colBest: [Int: Double]
  var minChain = 3
  var maxGap = 3
  var strong = 0.5
  var alone = 0.85
  var slack = 0.02
  /// Fewest content words each side of a pair needs (short clauses share a topic's few
  /// words by nature), and of a pair kept alone.
  var minWords = 6
  var aloneWords = 10

  /// Content words (not stopwords) of `r` in `p`.
  static func words(_ p: DocumentProfile, _ r: Range<Int>) -> Int {
    var n = 0
    for k in r where !p.flags[k].contains(.stop) { n += 1 }
    return n
  }

  func filter(_ matches: [ParaphraseMatcher.Match]) -> [ParaphraseMatcher.Match] {
    // Best matches only, in order of A.
    let best = matches.filter { m in
      guard Self.words(a, m.a) >= minWords, Self.words(b, m.b) >= minWords else { return false }
      let i = a.sentenceOf[m.a.lowerBound]
      let j = b.sentenceOf[m.b.lowerBound]
      return m.score + slack >= (rowBest[i] ?? 0) || m.score + slack >= (colBest[j] ?? 0)
    }.sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
    let si = best.map { a.sentenceOf[$0.a.lowerBound] }
    let sj = best.map { b.sentenceOf[$0.b.lowerBound] }
    // Chains: connected components of the "follows in order" links.
    var parent = Array(best.indices)
    func find(_ x: Int) -> Int {
      var r = x
      while parent[r] != r { r = parent[r] }
      return r
    }
    for x in best.indices {
      var y = x + 1
      while y < best.count && si[y] <= si[x] + maxGap {
        let di = si[y] - si[x]
        let dj = sj[y] - sj[x]
        if di >= 1 && dj >= 1 && dj <= maxGap {
          let rx = find(x)
          let ry = find(y)
          if rx != ry { parent[ry] = rx }
        }
        y += 1
      }
    }
    var size: [Int: Set<Int>] = [:]
    var top: [Int: Double] = [:]
    for x in best.indices {
      let r = find(x)
      size[r, default: []].insert(si[x])
      top[r] = max(top[r] ?? 0, best[x].score)
    }
    return best.indices.filter { x in
      let r = find(x)
      return (size[r]!.count >= minChain && top[r]! >= strong) || (best[x].score >= alone && Self.words(a, best[x].a) >= aloneWords
          && Self.words(b, best[x].b) >= aloneWords)
    }.map { best[$0] }
  }
}
