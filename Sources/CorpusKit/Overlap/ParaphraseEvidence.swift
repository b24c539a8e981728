/// Keeps the paraphrase pairs that show derivation, not a shared topic.
///
/// Two texts on one subject share its vocabulary, so a sentence of one finds a similar
/// sentence in the other by chance. A rewrite leaves other traces: each of its sentences is
/// the best match of its source sentence (or the reverse), and the matched sentences follow
/// one another in the same order on both sides, and its similarity stands out from the
/// sentence's other candidates (on a shared topic, the best and the next best are close). A
/// pair is kept when it is such a best match and belongs to a chain of at least `minChain`
/// best matches in order (gaps of at most `maxGap` sentences on each side) holding one pair
/// of at least `strong` and `minLeading` pairs ahead of their next best by `margin`; or when
/// it is alone, leading, and nearly the same sentence (`alone`).
struct ParaphraseEvidence {
  let a: DocumentProfile
  let b: DocumentProfile
  /// The two best similarities of a sentence with sentences of the other side.
  struct Top2 {
    var best = 0.0
    var second = 0.0
    /// The sentence of the other side holding `best`.
    var bestOther = -1

    mutating func add(_ x: Double, other: Int) {
      if other == bestOther {
        best = max(best, x)
      } else if x > best {
        second = best
        best = x
        bestOther = other
      } else {
        second = max(second, x)
      }
    }
  }

  /// Best and second-best similarity (among candidates above the weak threshold) of each
  /// sentence of A (B) with the other side, by sentence index.
  let rowBest: [Top2]
  let colBest: [Top2]
  /// Least lead of a best match over the sentence's next best.
  var margin = 0.1
  /// Fewest such leading pairs in a chain.
  var minLeading = 2
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
    // Best matches (one side's best) in order of A; `lead` marks those ahead of the next
    // best by `margin`.
    var lead: [Bool] = []
    let best = matches.filter { m in
      guard Self.words(a, m.a) >= minWords, Self.words(b, m.b) >= minWords else { return false }
      let i = a.sentenceOf[m.a.lowerBound]
      let j = b.sentenceOf[m.b.lowerBound]
      func isBest(_ t: Top2, _ other: Int) -> Bool {
        return t.bestOther == other && m.score + slack >= t.best
      }
      return isBest(rowBest[i], j) || isBest(colBest[j], i)
    }.sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
    for m in best {
      let i = a.sentenceOf[m.a.lowerBound]
      let j = b.sentenceOf[m.b.lowerBound]
      func leads(_ t: Top2, _ other: Int) -> Bool {
        return t.bestOther == other && t.best - t.second >= margin
      }
      lead.append(leads(rowBest[i], j) || leads(colBest[j], i))
    }
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
    var leading: [Int: Int] = [:]
    for x in best.indices {
      let r = find(x)
      size[r, default: []].insert(si[x])
      top[r] = max(top[r] ?? 0, best[x].score)
      if lead[x] { leading[r, default: 0] += 1 }
    }
    return best.indices.filter { x in
      let r = find(x)
      return
        (size[r]!.count >= minChain && top[r]! >= strong && leading[r, default: 0] >= minLeading)
        || (lead[x] && best[x].score >= alone && Self.words(a, best[x].a) >= aloneWords
          && Self.words(b, best[x].b) >= aloneWords)
    }.map { best[$0] }
  }
}
