import Foundation

/// Finds sentences and clauses of two documents that say the same thing in other words.
///
/// The units compared are sentences and, for sentences made of several clauses (split at
/// commas, semicolons, dashes and line breaks), those clauses. Each unit becomes a TF-IDF
/// vector over the stems of its content words (rarity from the corpus); the cosine of two
/// vectors, helped by the agreement of their numbers and names, scores a pair. Pairs above
/// `threshold` are taken best first, skipping any that overlaps one already taken on both
/// sides. Only units sharing a stem are ever scored (through an inverted index), so the cost
/// follows the shared vocabulary, not the product of the unit counts.
struct ParaphraseMatcher: Sendable {
  /// Least similarity of a paraphrase pair.
  var threshold = 0.4
  /// Fewest content stems a unit needs to take part.
  var minStems = 4
  /// Least similarity of a paraphrase pair inside one document: a text keeps to its topic's
  /// words, so a repeat needs more than a pair of documents does.
  var repeatThreshold = 0.5
  /// Fewest content stems each unit of a repeat needs: short clauses inside one text share
  /// their few names by nature.
  var repeatMinStems = 6
  /// Least similarity of a sentence pair next to a matched pair (the same order on both
  /// sides, as a rewrite keeps it): a run of matched sentences grows through weaker links.
  var runThreshold = 0.22
  /// Most matches kept for one unit, best first.
  var bestMatches = 6
  /// Stems found in more units than this (within one document) are not indexed.
  var postingCap = 64

  /// A matched pair of units: content-token and scalar ranges in each document.
  struct Match: Sendable, Hashable {
    var a: Range<Int>
    var b: Range<Int>
    var ra: Range<Int>
    var rb: Range<Int>
    var score: Double
  }

  /// A unit holding a stem, with the stem's weight there.
  struct Posting: Sendable {
    var unit: Int32
    var weight: Double
  }

  struct Vector: Sendable {
    var unit: DocumentProfile.Unit
    /// The sentence index, when the unit is a whole sentence.
    var sentence: Int?
    var stems: [UInt64]
    var weights: [Double]
    /// Numbers and mid-sentence capitalised words (as stems), sorted and distinct.
    var facts: [UInt64]
  }

  /// Jaccard similarity of two sorted, distinct lists.
  static func jaccard(_ x: [UInt64], _ y: [UInt64]) -> Double {
    var i = 0
    var j = 0
    var shared = 0
    while i < x.count && j < y.count {
      if x[i] < y[j] {
        i += 1
      } else if x[i] > y[j] {
        j += 1
      } else {
        shared += 1
        i += 1
        j += 1
      }
    }
    let union = x.count + y.count - shared
    return union == 0 ? 0 : Double(shared) / Double(union)
  }

  /// The units of a document: its sentences, and the clauses of sentences that have several.
  func units(_ p: DocumentProfile) -> [DocumentProfile.Unit] {
    var out: [DocumentProfile.Unit] = []
    for s in p.sentences {
      out.append(s)
      // Clause pieces, short ones joined to their neighbour.
      var pieces: [Range<Int>] = []
      var start = s.tokens.lowerBound
      var stems = 0
      for k in s.tokens {
        if k > start, p.flags[k].contains(.clauseInitial), stems >= minStems {
          pieces.append(start..<k)
          start = k
          stems = 0
        }
        if !p.flags[k].contains(.stop) { stems += 1 }
      }
      if start < s.tokens.upperBound {
        if stems < minStems, let last = pieces.popLast() {
          pieces.append(last.lowerBound..<s.tokens.upperBound)
        } else {
          pieces.append(start..<s.tokens.upperBound)
        }
      }
      guard pieces.count > 1 else { continue }
      for c in pieces {
        var r = p.scalarRange(c)
        if c.upperBound == s.tokens.upperBound {
          r = r.lowerBound..<max(r.upperBound, s.range.upperBound)
        }
        if c.lowerBound == s.tokens.lowerBound {
          r = min(r.lowerBound, s.range.lowerBound)..<r.upperBound
        }
        out.append(DocumentProfile.Unit(tokens: c, range: r))
      }
    }
    return out
  }

  /// The TF-IDF vectors of units (nil for units too short to compare).
  func vectors(_ p: DocumentProfile, statistics: CorpusStatistics?) -> [Vector?] {
    var stems: [UInt64] = []
    var facts: [UInt64] = []
    return units(p).map { u in
      stems.removeAll(keepingCapacity: true)
      facts.removeAll(keepingCapacity: true)
      for k in u.tokens {
        let f = p.flags[k]
        if f.contains(.number)
          || (f.contains(.capitalised) && !f.contains(.sentenceInitial) && !f.contains(.stop))
        {
          facts.append(p.stems[k])
        }
        if !f.contains(.stop) { stems.append(p.stems[k]) }
      }
      stems.sort()
      // Distinct stems with their counts.
      var keys: [UInt64] = []
      var w: [Double] = []
      var k = 0
      while k < stems.count {
        var e = k + 1
        while e < stems.count && stems[e] == stems[k] { e += 1 }
        keys.append(stems[k])
        w.append((1 + log(Double(e - k))) * (statistics?.idf(stems[k]) ?? 1))
        k = e
      }
      guard keys.count >= minStems else { return nil }
      let norm = sqrt(w.reduce(0) { $0 + $1 * $1 })
      if norm > 0 { for x in w.indices { w[x] /= norm } }
      facts.sort()
      var distinct: [UInt64] = []
      for x in facts where distinct.last != x { distinct.append(x) }
      let i = p.sentenceOf[u.tokens.lowerBound]
      return Vector(
        unit: u, sentence: p.sentences[i].tokens == u.tokens ? i : nil, stems: keys, weights: w,
        facts: distinct)
    }
  }

  /// Paraphrased units of `a` and `b`; units of `a` (of `b`) at least 90% inside
  /// `coveredA` (`coveredB`) tokens are skipped; `skip(ta, tb)` vetoes pairs of token ranges (furniture
  /// on both sides). With `same`, `a` and `b` are one document and only pairs whose `a` unit
  /// ends before the `b` unit starts are returned.
  func match(
    _ pa: PreparedDocument, _ pb: PreparedDocument, same: Bool,
    coveredA: [Bool] = [], coveredB: [Bool] = [], skip: (Range<Int>, Range<Int>) -> Bool
  ) -> [Match] {
    // Units already copied word for word (per `coveredA`/`coveredB`, by token) are left to
    // the verbatim passages.
    func copied(_ r: Range<Int>, _ covered: [Bool]) -> Bool {
      guard !covered.isEmpty, !r.isEmpty else { return false }
      var n = 0
      for k in r where covered[k] { n += 1 }
      return n * 10 >= r.count * 9
    }
    let a = pa.profile
    let b = pb.profile
    let va = pa.vectors
    let vb = pb.vectors
    let postings = pb.postings
    let flat = postings.postings
    var candidates: [Match] = []
    // Sentence pairs (by sentence index) with their similarity, for growing runs.
    // (Per sentence of A, its few matched sentences of B: arrays, not hashed dictionaries.)
    var sentencePairs = [[(j: Int, sim: Double)]](repeating: [], count: a.sentences.count)
    let threshold = same ? repeatThreshold : self.threshold
    let weak = min(runThreshold, threshold)
    var dot = [Double](repeating: 0, count: vb.count)
    var touched: [Int] = []
    // Best and second-best similarity of each sentence of A (of B) with a sentence of the
    // other side.
    var rowBest = [ParaphraseEvidence.Top2](repeating: .init(), count: a.sentences.count)
    var colBest = [ParaphraseEvidence.Top2](repeating: .init(), count: b.sentences.count)
    for v in va {
      guard let v, !same || v.stems.count >= repeatMinStems, !copied(v.unit.tokens, coveredA) else {
        continue
      }
      for (s, w) in zip(v.stems, v.weights) {
        let list = postings.range(of: s)
        guard !list.isEmpty, list.count <= postingCap else { continue }
        for x in list {
          let e = flat[x]
          let j = Int(e.unit)
          if dot[j] == 0 { touched.append(j) }
          dot[j] += w * e.weight
        }
      }
      var scored: [(j: Int, sim: Double)] = []
      for j in touched {
        var sim = dot[j]
        dot[j] = 0
        let u = vb[j]!
        if same
          && (u.unit.tokens.lowerBound < v.unit.tokens.upperBound || u.stems.count < repeatMinStems)
        {
          continue
        }
        if !v.facts.isEmpty && !u.facts.isEmpty {
          sim = 0.85 * sim + 0.15 * Self.jaccard(v.facts, u.facts)
        }
        guard sim >= weak else { continue }
        scored.append((j, sim))
        let si = a.sentenceOf[v.unit.tokens.lowerBound]
        let sj = b.sentenceOf[u.unit.tokens.lowerBound]
        rowBest[si].add(sim, other: sj)
        colBest[sj].add(sim, other: si)
      }
      // Best matches only: a unit restated more than `bestMatches` times is rare, and the cap
      // keeps degenerate text (a tiny vocabulary) from making the pairs quadratic.
      if scored.count > bestMatches {
        scored.sort { ($1.sim, $0.j) < ($0.sim, $1.j) }
        scored.removeLast(scored.count - bestMatches)
      }
      for (j, sim) in scored {
        let u = vb[j]!
        if skip(v.unit.tokens, u.unit.tokens) || copied(u.unit.tokens, coveredB) { continue }
        let m = Match(
          a: v.unit.tokens, b: u.unit.tokens, ra: v.unit.range, rb: u.unit.range, score: sim)
        if sim >= threshold { candidates.append(m) }
        if let si = v.sentence, let sj = u.sentence { sentencePairs[si].append((sj, sim)) }
      }
      touched.removeAll(keepingCapacity: true)
    }
    // Grow runs: a sentence pair next to a matched one (same order) joins above `weak`.
    var frontier = candidates.compactMap { m -> (Int, Int)? in
      let i = a.sentenceOf[m.a.lowerBound]
      let j = b.sentenceOf[m.b.lowerBound]
      return a.sentences[i].tokens == m.a && b.sentences[j].tokens == m.b ? (i, j) : nil
    }
    var taken = Set(frontier.map { $0.0 << 32 | $0.1 })
    while let (i, j) = frontier.popLast() {
      for (x, y) in [(i + 1, j + 1), (i - 1, j - 1)] {
        guard sentencePairs.indices.contains(x),
          let sim = sentencePairs[x].last(where: { $0.j == y })?.sim,
          taken.insert(x << 32 | y).inserted
        else { continue }
        let ua = a.sentences[x]
        let ub = b.sentences[y]
        candidates.append(Match(a: ua.tokens, b: ub.tokens, ra: ua.range, rb: ub.range, score: sim))
        frontier.append((x, y))
      }
    }
    candidates.sort {
      ($1.score, $0.a.lowerBound, $0.b.lowerBound) < ($0.score, $1.a.lowerBound, $1.b.lowerBound)
    }
    var kept: [Match] = []
    var keptBySentence = [[Int]](repeating: [], count: a.sentences.count)  // → indices into kept
    for c in candidates {
      let si = a.sentenceOf[c.a.lowerBound]
      let clash =
        keptBySentence[si].contains { kept[$0].a.overlaps(c.a) && kept[$0].b.overlaps(c.b) }
      if clash { continue }
      keptBySentence[si].append(kept.count)
      kept.append(c)
    }
    return same
      ? kept
      : ParaphraseEvidence(a: a, b: b, rowBest: rowBest, colBest: colBest).filter(kept)
  }
}
