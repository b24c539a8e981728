import Foundation

/// The corpus-wide duplicate report: candidate pairs from an inverted index of word n-gram
/// hashes, alignment of the candidates only, relations, direction and clusters.
///
/// Every document's article text (furniture left out) is cut into word `n`-grams; on a large
/// corpus only the hashes in a fixed residue class are kept (a deterministic 1-in-`k`
/// sample, the same for every document, so shared text still shares sampled hashes). Hashes
/// found in more than `postingCap` documents (stock phrases, site templates) are skipped;
/// document pairs sharing at least `minShared` hashes are aligned with `OverlapEngine`. The
/// work is linear in the corpus size plus the number of candidate pairs, never all pairs.
struct DuplicateFinder {
  let engine: OverlapEngine
  var n = 5
  var minShared = 3
  var postingCap = 40
  /// Corpora with more n-grams than this are sampled 1 in 4.
  var sampleAbove = 4_000_000
  /// Up to this many documents taking part are prepared once up front and kept; beyond it,
  /// a partner is prepared for each pair (memory stays flat).
  var preparedLimit = 20_000

  /// Pair thresholds: both sides this covered (and mostly verbatim) make a duplicate; the
  /// derived side this covered makes a rewrite.
  static let duplicateShare = 0.8
  static let rewriteShare = 0.5

  func report() -> DuplicateReport {
    let docs = engine.corpus.documents
    let (candidates, repeating) = candidatePairs()
    // Repeats are looked for in documents that share text with another or repeat an n-gram.
    var involved = repeating
    for (i, j) in candidates {
      involved[i] = true
      involved[j] = true
    }
    let look = involved
    // Work in chunks of first documents, on every core: each document is prepared once as a
    // first document (its repeats and its pairs with later documents), and each partner
    // once per pair, so memory stays small. Chunks are merged in order: deterministic.
    var starts = [Int](repeating: candidates.count, count: docs.count + 1)
    for k in stride(from: candidates.count - 1, through: 0, by: -1) { starts[candidates[k].0] = k }
    for i in stride(from: docs.count - 1, through: 0, by: -1) where starts[i] > starts[i + 1] {
      starts[i] = starts[i + 1]
    }
    let bounds = starts
    let chunkCount = max(1, min(docs.count, 64))
    // On a corpus of moderate size, prepare every document that takes part once, up front.
    let involvedCount = look.reduce(0) { $0 + ($1 ? 1 : 0) }
    var prepared: [PreparedDocument?] = []
    if involvedCount <= preparedLimit {
      let made = Locked([[(Int, PreparedDocument)]](repeating: [], count: chunkCount))
      DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
        var out: [(Int, PreparedDocument)] = []
        for i in (docs.count * c / chunkCount)..<(docs.count * (c + 1) / chunkCount) where look[i] {
          out.append((i, engine.prepare(docs[i], facts: false)))
        }
        made.withLock { $0[c] = out }
      }
      prepared = [PreparedDocument?](repeating: nil, count: docs.count)
      for chunk in made.value { for (i, p) in chunk { prepared[i] = p } }
    }
    let ready = prepared
    // Per-chunk results written from concurrent workers, each into its own slot.
    let results = Locked(
      (
        pairs: [[DocumentPair]](repeating: [], count: chunkCount),
        repeats: [[Alignment]](repeating: [], count: chunkCount)
      ))
    DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
      let lo = docs.count * c / chunkCount
      let hi = docs.count * (c + 1) / chunkCount
      var pairs: [DocumentPair] = []
      var repeats: [Alignment] = []
      for i in lo..<hi where look[i] {
        let xa = ready.isEmpty ? engine.prepare(docs[i], facts: false) : ready[i]!
        // Only reliable repeats, as `overlaps` shows by default: a headline restated in its
        // lead is a weak paraphrase of itself, not a repeat worth listing.
        var own = engine.align(xa, xa, report: true)
        own.passages.removeAll { $0.confidence < Alignment.defaultMinConfidence }
        own.coverageA = OverlapEngine.coverage(xa.profile, own.passages.map(\.a))
        own.coverageB = OverlapEngine.coverage(xa.profile, own.passages.map(\.b))
        if !own.passages.isEmpty { repeats.append(own) }
        for k in bounds[i]..<bounds[i + 1] {
          let j = candidates[k].1
          let xb = ready.isEmpty ? engine.prepare(docs[j], facts: false) : ready[j]!
          let al = engine.align(xa, xb, report: true)
          if !al.passages.isEmpty, let p = Self.pair(al, xa, xb) { pairs.append(p) }
        }
      }
      results.withLock {
        $0.pairs[c] = pairs
        $0.repeats[c] = repeats
      }
    }
    var pairs = results.value.pairs.flatMap { $0 }
    let repeats = results.value.repeats.flatMap { $0 }
    pairs.sort { ($1.similarity, $0.a, $0.b) < ($0.similarity, $1.a, $1.b) }
    let clusters = Self.clusters(pairs, docs)
    let related = Set(pairs.map { SameStoryFinder.Pair($0.a, $0.b) })
    return DuplicateReport(
      pairs: pairs, clusters: clusters, repeats: repeats,
      trees: ClusterTrees.trees(clusters, pairs, docs),
      sameStory: SameStoryFinder().pairs(
        docs, excluding: related, copied: Set(clusters.joined())))
  }

  /// Document index pairs (i < j) sharing at least `minShared` (sampled) n-gram hashes, in
  /// order; and for each document whether it holds one (sampled) n-gram twice.
  func candidatePairs() -> (pairs: [(Int, Int)], repeating: [Bool]) {
    let docs = engine.corpus.documents
    var repeating = [Bool](repeating: false, count: docs.count)
    guard docs.count > 1, docs.count < 1 << 24 else { return ([], repeating) }
    var words: [[UInt64]] = []
    words.reserveCapacity(docs.count)
    var total = 0
    for d in docs {
      let w = Self.articleWords(d)
      total += w.count
      words.append(w)
    }
    let mask: UInt64 = total > sampleAbove ? 3 : 0
    var keys: [UInt64] = []
    keys.reserveCapacity(mask == 0 ? total : total / 3)
    var local: [UInt64] = []
    for (k, w) in words.enumerated() {
      local.removeAll(keepingCapacity: true)
      for g in WordHash.ngrams(w, n: n) where g & mask == 0 { local.append(g >> 24) }
      local.sort()
      var last: UInt64 = .max
      for g in local {
        if g == last {
          repeating[k] = true
          continue
        }
        keys.append(g << 24 | UInt64(k))
        last = g
      }
    }
    words.removeAll()
    keys.sort()
    var pairKeys: [UInt64] = []
    var start = 0
    let low: UInt64 = (1 << 24) - 1
    while start < keys.count {
      var end = start + 1
      while end < keys.count && keys[end] >> 24 == keys[start] >> 24 { end += 1 }
      let df = end - start
      if df >= 2 && df <= postingCap {
        for x in start..<end {
          for y in (x + 1)..<end {
            pairKeys.append((keys[x] & low) << 32 | (keys[y] & low))
          }
        }
      }
      start = end
    }
    keys.removeAll()
    pairKeys.sort()
    var out: [(Int, Int)] = []
    start = 0
    while start < pairKeys.count {
      var end = start + 1
      while end < pairKeys.count && pairKeys[end] == pairKeys[start] { end += 1 }
      if end - start >= minShared {
        out.append((Int(pairKeys[start] >> 32), Int(pairKeys[start] & 0xFFFF_FFFF)))
      }
      start = end
    }
    return (out, repeating)
  }

  /// Word hashes of a document's text outside page furniture; of all its text when the
  /// cleaner left no article text (a file that repeats its article looks like furniture to
  /// it, as repetition is how furniture shows itself).
  static func articleWords(_ d: Document) -> [UInt64] {
    var out: [UInt64] = []
    out.reserveCapacity(d.tokens.count)
    for p in d.paragraphs where p.kind != .boilerplate {
      for t in d.tokens[p.tokens] where t.isContent { out.append(WordHash.word(t.norm)) }
    }
    if out.isEmpty {
      for t in d.tokens where t.isContent { out.append(WordHash.word(t.norm)) }
    }
    return out
  }

  /// The report entry of an alignment: shares, similarity, relation and direction; nil for
  /// two documents that only share passages none of which is reliable (below
  /// `Alignment.defaultMinConfidence`: short stock phrases, topic words).
  static func pair(_ al: Alignment, _ xa: PreparedDocument, _ xb: PreparedDocument)
    -> DocumentPair?
  {
    let a = xa.document
    let b = xb.document
    var length = 0.0
    var weighted = 0.0
    for p in al.passages {
      let l = Double(p.a.count + p.b.count)
      length += l
      weighted += l * p.score
    }
    let score = length > 0 ? weighted / length : 0
    let sa = al.coverageA
    let sb = al.coverageB
    let similarity = (sa + sb) / 2 * score
    let relation: Relation
    // Duplicates: both bodies covered by verbatim passages alone.
    let verbatimPassages = al.passages.filter { $0.kind == .verbatim }
    let va = OverlapEngine.coverage(xa.profile, verbatimPassages.map(\.a))
    let vb = OverlapEngine.coverage(xb.profile, verbatimPassages.map(\.b))
    if min(va, vb) >= duplicateShare {
      relation = .duplicate
    } else if max(sa, sb) >= rewriteShare {
      relation = .rewrite
    } else if al.passages.contains(where: { $0.confidence >= Alignment.defaultMinConfidence }) {
      relation = .sharedPassages
    } else {
      return nil
    }
    return DocumentPair(
      a: a.id, b: b.id, similarity: similarity, sharedA: sa, sharedB: sb, relation: relation,
      derived: derived(al, a, b))
  }

  /// The likely copy: the document that reproduces the other's page furniture as its own
  /// text (a rewrite that took a teaser along); else the one whose body is clearly more
  /// covered; else the one with the later stated date; else unknown.
  static func derived(_ al: Alignment, _ a: Document, _ b: Document) -> String? {
    var tookFromB = 0
    var tookFromA = 0
    for p in al.passages {
      if p.furniture == .b { tookFromB += p.a.count }
      if p.furniture == .a { tookFromA += p.b.count }
    }
    if tookFromB != tookFromA { return tookFromB > tookFromA ? a.id : b.id }
    let sa = al.coverageA
    let sb = al.coverageB
    if abs(sa - sb) > 0.15 { return sa > sb ? a.id : b.id }
    if let da = a.date, let db = b.date, da != db { return da > db ? a.id : b.id }
    return nil
  }

  /// Connected components of the duplicate and rewrite pairs, each sorted, in id order.
  static func clusters(_ pairs: [DocumentPair], _ docs: [Document]) -> [[String]] {
    var parent: [String: String] = [:]
    func find(_ x: String) -> String {
      var r = x
      while let p = parent[r], p != r { r = p }
      var y = x
      while let p = parent[y], p != r {
        parent[y] = r
        y = p
      }
      return r
    }
    for p in pairs where p.relation == .duplicate || p.relation == .rewrite {
      if parent[p.a] == nil { parent[p.a] = p.a }
      if parent[p.b] == nil { parent[p.b] = p.b }
      let ra = find(p.a)
      let rb = find(p.b)
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    var groups: [String: [String]] = [:]
    for x in parent.keys { groups[find(x), default: []].append(x) }
    return groups.values.map { $0.sorted() }.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
  }
}
