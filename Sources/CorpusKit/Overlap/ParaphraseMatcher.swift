import Foundation

/// Finds sentences of two documents that say the same thing in other words.
///
/// Each sentence becomes a TF-IDF vector over the stems of its content words (rarity from
/// the corpus); the cosine of two vectors, helped by the agreement of their numbers and
/// names, scores a pair. Pairs above `threshold` that are near the best match of one of their
/// sentences are kept, and runs of consecutive matched sentences are joined into one passage.
/// Only sentences sharing a stem are ever scored (through an inverted index), so the cost
/// follows the shared vocabulary, not the product of the sentence counts.
struct ParaphraseMatcher: Sendable {
  /// Least similarity of a paraphrase pair.
  var threshold = 0.42
  /// A pair is kept when it scores at least this share of its sentence's best match.
  var nearBest = 0.8
  /// Fewest content stems a sentence needs to take part.
  var minStems = 4
  /// Stems found in more sentences than this (within one document) are not indexed.
  var postingCap = 48

  /// A matched run of sentences: unit index ranges in each document and its similarity.
  struct Match: Sendable, Hashable {
    var a: Range<Int>
    var b: Range<Int>
    var score: Double
  }

  struct Vector {
    var stems: [UInt64]
    var weights: [Double]
    var facts: Set<UInt64>
  }

  /// The TF-IDF vectors of a document's sentences (nil for sentences too short to compare).
  static func vectors(_ p: DocumentProfile, statistics: CorpusStatistics?, minStems: Int) -> [Vector?] {
    p.sentences.map { u in
      var tf: [UInt64: Double] = [:]
      var facts = Set<UInt64>()
      for k in u.tokens {
        let f = p.flags[k]
        if f.contains(.number) || (f.contains(.capitalised) && !f.contains(.sentenceInitial) && !f.contains(.stop)) {
          facts.insert(p.stems[k])
        }
        if f.contains(.stop) { continue }
        tf[p.stems[k], default: 0] += 1
      }
      guard tf.count >= minStems else { return nil }
      let keys = tf.keys.sorted()
      var w = keys.map { (1 + log(tf[$0]!)) * (statistics?.idf($0) ?? 1) }
      let norm = sqrt(w.reduce(0) { $0 + $1 * $1 })
      if norm > 0 { w = w.map { $0 / norm } }
      return Vector(stems: keys, weights: w, facts: facts)
    }
  }

  /// Paraphrased sentence runs of `a` and `b`; `skip(ua, ub)` vetoes pairs already explained
  /// (by a verbatim passage, or furniture on both sides). With `same`, only `ua < ub`.
  func match(
    _ a: DocumentProfile, _ b: DocumentProfile, same: Bool, statistics: CorpusStatistics?,
    skip: (Int, Int) -> Bool
  ) -> [Match] {
    let va = Self.vectors(a, statistics: statistics, minStems: minStems)
    let vb = same ? va : Self.vectors(b, statistics: statistics, minStems: minStems)
    // Inverted index of b's sentences by stem.
    var postings: [UInt64: [(unit: Int32, w: Double)]] = [:]
    for (j, v) in vb.enumerated() {
      guard let v else { continue }
      for (s, w) in zip(v.stems, v.weights) { postings[s, default: []].append((Int32(j), w)) }
    }
    var candidates: [(i: Int, j: Int, s: Double)] = []
    var dot = [Double](repeating: 0, count: vb.count)
    var touched: [Int] = []
    for (i, v) in va.enumerated() {
      guard let v else { continue }
      for (s, w) in zip(v.stems, v.weights) {
        guard let list = postings[s], list.count <= postingCap else { continue }
        for e in list {
          let j = Int(e.unit)
          if same && j <= i { continue }
          if dot[j] == 0 { touched.append(j) }
          dot[j] += w * e.w
        }
      }
      for j in touched {
        var sim = dot[j]
        dot[j] = 0
        let fb = vb[j]!.facts
        if !v.facts.isEmpty && !fb.isEmpty {
          let shared = Double(v.facts.intersection(fb).count)
          let jaccard = shared / Double(v.facts.union(fb).count)
          sim = 0.85 * sim + 0.15 * jaccard
        }
        if sim >= threshold && !skip(i, j) { candidates.append((i, j, sim)) }
      }
      touched.removeAll(keepingCapacity: true)
    }
    var bestA = [Double](repeating: 0, count: va.count)
    var bestB = [Double](repeating: 0, count: vb.count)
    for c in candidates {
      bestA[c.i] = max(bestA[c.i], c.s)
      bestB[c.j] = max(bestB[c.j], c.s)
    }
    let kept = candidates.filter { $0.s >= nearBest * bestA[$0.i] || $0.s >= nearBest * bestB[$0.j] }
    return Self.joinRuns(kept.map { Match(a: $0.i..<($0.i + 1), b: $0.j..<($0.j + 1), score: $0.s) }, same: same)
  }

  /// Joins matches that continue each other (next sentence on one or both sides).
  static func joinRuns(_ matches: [Match], same: Bool) -> [Match] {
    let sorted = matches.sorted { ($0.a.lowerBound, $0.b.lowerBound) < ($1.a.lowerBound, $1.b.lowerBound) }
    var out: [Match] = []
    var weight: [Double] = []
    for m in sorted {
      var joined = false
      for k in stride(from: out.count - 1, through: max(0, out.count - 6), by: -1) {
        let o = out[k]
        let da = m.a.lowerBound - o.a.upperBound
        let db = m.b.lowerBound - o.b.upperBound
        // Continues when each side is the same last sentence or the next one, and at least
        // one side moves on.
        guard da >= -1, da <= 0, db >= -1, db <= 0, da == 0 || db == 0,
          m.b.lowerBound >= o.b.lowerBound,
          !same || max(o.a.upperBound, m.a.upperBound) <= o.b.lowerBound
        else { continue }
        let n = weight[k] + 1
        out[k] = Match(
          a: o.a.lowerBound..<max(o.a.upperBound, m.a.upperBound),
          b: o.b.lowerBound..<max(o.b.upperBound, m.b.upperBound),
          score: (o.score * weight[k] + m.score) / n)
        weight[k] = n
        joined = true
        break
      }
      if !joined {
        out.append(m)
        weight.append(1)
      }
    }
    return out
  }
}
