/// Confidence from order: a rewrite keeps its source's order, so a short or weak passage
/// that sits in one ordered chain with reliable passages of the same pair (the same order on
/// both sides, small gaps), where the chain covers most of the shorter text (a whole article
/// copied or rewritten from the other), is part of that copy rather than a chance match.
///
/// The rule needs reliable anchors (confidence at least `Alignment.defaultMinConfidence`) in
/// the chain: a pair of texts on one topic, whose passages are all weak, never qualifies.
enum PassageChains {
  /// Most scalars between two links of a chain, on each side (about two sentences).
  static let maxGap = 400
  /// Least share of the shorter text's article words the chain must cover.
  static let minCoverage = 0.5
  /// Least share of the shorter text's scalars (furniture included) the chain must span.
  static let minTextCoverage = 0.3

  /// `passages` with the weak members of qualifying chains raised to the confidence of the
  /// chain's weakest reliable passage; `profileA`/`profileB` give the article words,
  /// `lengthA`/`lengthB` the texts' lengths in scalars.
  static func promote(
    _ passages: [Passage], _ profileA: DocumentProfile, _ profileB: DocumentProfile,
    lengthA: Int, lengthB: Int
  ) -> [Passage] {
    let reliable = Alignment.defaultMinConfidence
    guard passages.count >= 2, passages.contains(where: { $0.confidence < reliable }),
      passages.contains(where: { $0.confidence >= reliable })
    else { return passages }
    let order = passages.indices.sorted {
      (passages[$0].a.lowerBound, passages[$0].b.lowerBound)
        < (passages[$1].a.lowerBound, passages[$1].b.lowerBound)
    }
    let p = order.map { passages[$0] }
    // Longest chains by covered characters: best[j] is the best chain ending at j.
    var best = p.map { Double($0.a.count + $0.b.count) }
    var back = [Int?](repeating: nil, count: p.count)
    for j in p.indices {
      for i in 0..<j where follows(p[i], p[j]) {
        let s = best[i] + Double(p[j].a.count + p[j].b.count)
        if s > best[j] {
          best[j] = s
          back[j] = i
        }
      }
    }
    var used = [Bool](repeating: false, count: p.count)
    var out = p
    // Chains taken best first, each passage in one chain.
    for end in p.indices.sorted(by: { (best[$0], $1) > (best[$1], $0) }) where !used[end] {
      var chain: [Int] = []
      var k: Int? = end
      while let i = k, !used[i] {
        chain.append(i)
        k = back[i]
      }
      for i in chain { used[i] = true }
      let anchors = chain.filter { p[$0].confidence >= reliable }
      guard chain.count >= 2, let floor = anchors.map({ p[$0].confidence }).min(),
        anchors.count < chain.count
      else { continue }
      let covA = OverlapEngine.coverage(profileA, chain.map { p[$0].a })
      let covB = OverlapEngine.coverage(profileB, chain.map { p[$0].b })
      let shorterIsA = articleWords(profileA) <= articleWords(profileB)
      // Both as a share of the article's words and of the whole text (a text whose cleaner
      // marked little as article must not pass on a few sentences).
      let scalars = shorterIsA ? (chain.map { p[$0].a }, lengthA) : (chain.map { p[$0].b }, lengthB)
      let spanned = Double(scalars.0.reduce(0) { $0 + $1.count }) / Double(max(1, scalars.1))
      guard (shorterIsA ? covA : covB) >= minCoverage, spanned >= minTextCoverage else { continue }
      for i in chain where p[i].confidence < floor { out[i].confidence = floor }
    }
    var result = passages
    for (k, i) in order.enumerated() { result[i] = out[k] }
    return result
  }

  /// Whether `y` can follow `x` in one chain: later on both sides, within `maxGap` of it.
  static func follows(_ x: Passage, _ y: Passage) -> Bool {
    let ga = y.a.lowerBound - x.a.upperBound
    let gb = y.b.lowerBound - x.b.upperBound
    return y.a.lowerBound > x.a.lowerBound && y.b.lowerBound > x.b.lowerBound
      && y.a.upperBound > x.a.upperBound && y.b.upperBound > x.b.upperBound
      && ga <= maxGap && gb <= maxGap
  }

  static func articleWords(_ p: DocumentProfile) -> Int {
    p.articleCount
  }
}
