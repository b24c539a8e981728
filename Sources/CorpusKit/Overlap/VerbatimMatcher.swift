/// Finds the passages two documents share word for word, allowing small edits.
///
/// Seeds are exact runs of `n` normalised words found through a hash table of one side's
/// n-grams (n-grams too frequent in the corpus or inside one document start nothing); each
/// seed not already inside a passage is grown by `LocalAligner`, pieces separated by short
/// gaps are merged, and passages with fewer than `minMatches` matched words are dropped.
struct VerbatimMatcher: Sendable {
  var n = CorpusStatistics.n
  /// Fewest matched words a passage needs.
  var minMatches = 8
  /// Largest gap (in words, on each side) across which two pieces are merged.
  var mergeGap = 12
  /// An n-gram seen more often than this in one document seeds nothing.
  var perDocumentCap = 24
  /// Largest distance (in words) between two seeds on one diagonal that support each other.
  var supportGap = 12
  var aligner = LocalAligner()

  /// Shared passages of `a` and `b` as content-token ranges. With `same`, `a` and `b` are one
  /// document and only repeats (`a` before `b`, not overlapping) are returned.
  ///
  /// - Complexity: O(|a| + |b| + seeds + total passage length × band).
  func match(
    _ a: PreparedDocument, _ b: PreparedDocument, same: Bool, statistics: CorpusStatistics?
  )
    -> [LocalAligner.Hit]
  {
    let ga = a.sortedGrams
    let gb = b.sortedGrams
    guard !ga.isEmpty, !gb.isEmpty else { return [] }
    // A small corpus cannot hold an n-gram in more documents than the cap: no need to look.
    let stats = statistics.flatMap { $0.documentCount > $0.seedCap ? $0 : nil }
    let cap = stats?.seedCap ?? Int.max
    var seeds: [(i: Int, j: Int)] = []
    // Merge the two sorted hash lists: every shared n-gram gives its position pairs.
    var x = 0
    var y = 0
    while x < ga.count && y < gb.count {
      if ga[x] < gb[y] {
        x += 1
      } else if ga[x] > gb[y] {
        y += 1
      } else {
        let h = ga[x]
        var xe = x + 1
        while xe < ga.count && ga[xe] == h { xe += 1 }
        var ye = y + 1
        while ye < gb.count && gb[ye] == h { ye += 1 }
        if same && xe - x > perDocumentCap {
          // A text repeated many times inside one document: each occurrence seeds with the
          // next one only (linear, and the repeats still chain from the first to the last).
          for u in x..<(xe - 1) {
            let i = Int(a.sortedPositions[u])
            let j = Int(a.sortedPositions[u + 1])
            if j >= i + n { seeds.append((i, j)) }
          }
        } else if xe - x <= perDocumentCap && ye - y <= perDocumentCap
          && (stats.map { $0.documentFrequency(ngram: a.grams[Int(a.sortedPositions[x])]) <= cap }
            ?? true)
        {
          for u in x..<xe {
            for v in y..<ye {
              let i = Int(a.sortedPositions[u])
              let j = Int(b.sortedPositions[v])
              if same && j < i + n { continue }
              seeds.append((i, j))
            }
          }
        }
        x = xe
        y = ye
      }
    }
    let pa = a.profile
    let pb = b.profile
    seeds = supported(seeds)
    var hits: [LocalAligner.Hit] = []
    var active: [Int] = []  // indices of hits whose A range may still hold later seeds
    for s in seeds {
      // Drop the hits that end before this seed (in place: no closure, no reallocation).
      var kept = 0
      for k in active.indices where hits[active[k]].a.upperBound > s.i {
        active[kept] = active[k]
        kept += 1
      }
      active.removeLast(active.count - kept)
      if active.contains(where: { hits[$0].a.contains(s.i) && hits[$0].b.contains(s.j) }) {
        continue
      }
      let aLimit = same ? 0..<s.j : 0..<pa.count
      let bLimit = same ? (s.i + n)..<pb.count : 0..<pb.count
      var hit = aligner.extend(
        pa.words, pb.words, seedA: s.i, seedB: s.j, length: n, aLimit: aLimit, bLimit: bLimit)
      if same, hit.a.upperBound > hit.b.lowerBound {
        hit.a = hit.a.lowerBound..<hit.b.lowerBound
      }
      hits.append(hit)
      active.append(hits.count - 1)
    }
    let merged = same ? merge(hits).map(Self.splitRepeat) : merge(hits)
    return merged.filter { $0.matches >= minMatches }
  }

  /// A repeat inside one document whose sides overlap (text said again and again, each
  /// occurrence aligned with the next, merged into one run) as its first half against its
  /// second: the run repeats with period `d` (the shift between the sides), so the first
  /// `k` periods match the next `k`.
  static func splitRepeat(_ h: LocalAligner.Hit) -> LocalAligner.Hit {
    let d = h.b.lowerBound - h.a.lowerBound
    guard h.a.upperBound > h.b.lowerBound, d > 0 else { return h }
    let k = max(1, (h.b.upperBound - h.a.lowerBound) / (2 * d))
    let mid = h.a.lowerBound + k * d
    let end = min(h.b.upperBound, mid + k * d)
    return LocalAligner.Hit(
      a: h.a.lowerBound..<mid, b: mid..<end, matches: min(h.matches, k * d, end - mid))
  }

  /// The seeds with another seed on the same diagonal within `supportGap` words: a shared
  /// passage of `minMatches` words or more holds such a pair, a chance match of one n-gram
  /// does not, and is not worth an extension. Returned in order of `i`, then `j`.
  ///
  /// Seeds ordered by a counting sort on `i` (stable, so seeds that `match` makes, which come
  /// with ascending `j` for each `i`, need no more; a run of one `i` out of order is sorted
  /// apart), then the nearest seed before and after on each diagonal comes from a table
  /// indexed by diagonal (a forward and a backward pass): O(seeds + |a| + diagonals).
  func supported(_ seeds: [(i: Int, j: Int)]) -> [(i: Int, j: Int)] {
    guard seeds.count > 1 else { return [] }
    var maxI = 0
    var maxJ = 0
    for s in seeds {
      maxI = max(maxI, s.i)
      maxJ = max(maxJ, s.j)
    }
    let count = seeds.count
    let shift = maxI + 1
    let gap = supportGap
    // Scratch: bucket ends by i, the sorted keys (i << 32 | j), the keep marks and the
    // nearest seed per diagonal; one allocation each, indexed without checks.
    var ends = [Int](repeating: 0, count: maxI + 1)
    var keys = [UInt64](repeating: 0, count: count)
    var keep = [Bool](repeating: false, count: count)
    var near = [Int](repeating: Int.min / 4, count: maxJ + shift + 1)
    var out: [(i: Int, j: Int)] = []
    seeds.withUnsafeBufferPointer { sv in
      ends.withUnsafeMutableBufferPointer { ends in
        keys.withUnsafeMutableBufferPointer { keys in
          keep.withUnsafeMutableBufferPointer { keep in
            near.withUnsafeMutableBufferPointer { near in
              // Counting sort: ends[i] first counts, then the first slot of bucket i, then
              // (after placing) the end of bucket i.
              for s in sv { ends[s.i] += 1 }
              var total = 0
              for i in 0...maxI {
                let c = ends[i]
                ends[i] = total
                total += c
              }
              for s in sv {
                keys[ends[s.i]] = UInt64(s.i) << 32 | UInt64(s.j)
                ends[s.i] += 1
              }
              var lo = 0
              for i in 0...maxI {
                let hi = ends[i]
                if hi - lo > 1 {
                  var sorted = true
                  for k in lo..<(hi - 1) where keys[k] > keys[k + 1] { sorted = false }
                  if !sorted {
                    var run = UnsafeMutableBufferPointer(rebasing: keys[lo..<hi])
                    run.sort()
                  }
                }
                lo = hi
              }
              // Forward: the nearest seed before on the same diagonal (the last one seen there).
              var kept = 0
              for k in 0..<count {
                let i = Int(keys[k] >> 32)
                let d = Int(keys[k] & 0xFFFF_FFFF) - i + shift
                if i - near[d] <= gap { keep[k] = true }
                near[d] = i
              }
              // Backward: the nearest seed after.
              for d in 0..<near.count { near[d] = Int.max / 4 }
              for k in (0..<count).reversed() {
                let i = Int(keys[k] >> 32)
                let d = Int(keys[k] & 0xFFFF_FFFF) - i + shift
                if near[d] - i <= gap { keep[k] = true }
                near[d] = i
                if keep[k] { kept += 1 }
              }
              out.reserveCapacity(kept)
              for k in 0..<count where keep[k] {
                out.append((Int(keys[k] >> 32), Int(keys[k] & 0xFFFF_FFFF)))
              }
            }
          }
        }
      }
    }
    return out
  }

  /// Joins pieces that follow each other on both sides with gaps of at most `mergeGap` words,
  /// or overlap on both sides by about as much.
  func merge(_ hits: [LocalAligner.Hit]) -> [LocalAligner.Hit] {
    let sorted = hits.sorted {
      $0.a.lowerBound != $1.a.lowerBound
        ? $0.a.lowerBound < $1.a.lowerBound : $0.b.lowerBound < $1.b.lowerBound
    }
    var out: [LocalAligner.Hit] = []
    for h in sorted {
      var merged = false
      for k in stride(from: out.count - 1, through: max(0, out.count - 8), by: -1) {
        let o = out[k]
        let ga = h.a.lowerBound - o.a.upperBound
        let gb = h.b.lowerBound - o.b.upperBound
        // Pieces of one copy follow each other, or overlap on both sides alike (a copy whose
        // joined or split words drift it off the aligner's band is found again by a later
        // seed, overlapping the first piece).
        guard ga <= mergeGap, gb <= mergeGap, abs(ga - gb) <= mergeGap,
          h.b.lowerBound >= o.b.lowerBound,
          h.b.upperBound > o.b.upperBound || h.a.upperBound > o.a.upperBound
        else { continue }
        let overlap = max(0, -ga, -gb)
        out[k] = LocalAligner.Hit(
          a: o.a.lowerBound..<max(o.a.upperBound, h.a.upperBound),
          b: min(o.b.lowerBound, h.b.lowerBound)..<max(o.b.upperBound, h.b.upperBound),
          matches: o.matches + max(0, h.matches - overlap))
        merged = true
        break
      }
      if !merged { out.append(h) }
    }
    return out
  }
}
