/// Gapped local alignment of two token sequences, grown from a seed in both directions.
///
/// The Smith-Waterman recurrence (match, mismatch, insertion, deletion) over a band of
/// diagonals around the seed, stopped by an X-drop rule: the extension ends once every cell of
/// a row scores `xDrop` below the best seen, so that the work is proportional to the passage
/// found (O(length × band)), never to the product of the document lengths.
struct LocalAligner: Sendable {
  var match = 2
  var mismatch = -2
  var gap = -2
  /// Most net insertions or deletions tolerated (the band's half-width).
  var band = 8
  var xDrop = 9

  /// An aligned stretch: half-open token ranges in each sequence and the matched count.
  struct Hit: Sendable, Hashable {
    var a: Range<Int>
    var b: Range<Int>
    var matches: Int
  }

  /// The best alignment through the exact seed `a[i..<i+n]` == `b[j..<j+n]`, limited to
  /// `aLimit` and `bLimit` (the ranges it may grow into).
  func extend(
    _ a: [UInt64], _ b: [UInt64], seedA i: Int, seedB j: Int, length n: Int,
    aLimit: Range<Int>, bLimit: Range<Int>
  ) -> Hit {
    let fwd = run(
      a, b, fromA: i + n, fromB: j + n, step: 1, aStop: aLimit.upperBound, bStop: bLimit.upperBound)
    let back = run(
      a, b, fromA: i - 1, fromB: j - 1, step: -1, aStop: aLimit.lowerBound - 1,
      bStop: bLimit.lowerBound - 1)
    return Hit(
      a: (i - back.da)..<(i + n + fwd.da), b: (j - back.db)..<(j + n + fwd.db),
      matches: n + fwd.matches + back.matches)
  }

  /// One direction: how far the alignment grows (in tokens of each side) and its matches.
  private func run(
    _ a: [UInt64], _ b: [UInt64], fromA: Int, fromB: Int, step: Int, aStop: Int, bStop: Int
  ) -> (da: Int, db: Int, matches: Int) {
    let maxA = step > 0 ? aStop - fromA : fromA - aStop
    let maxB = step > 0 ? bStop - fromB : fromB - bStop
    guard maxA > 0, maxB > 0 else { return (0, 0, 0) }
    let w = band
    let width = 2 * w + 1
    let dead = Int.min / 4
    let (match, mismatch, gap, xDrop) = (self.match, self.mismatch, self.gap, self.xDrop)
    // Four rows on the stack: scores and match counts of the previous and current row, each
    // with one always-dead cell on either side. H[d] for row p (prefix length in a) is
    // column q = p + d - w, stored at index d + 1.
    //
    // A dead cell holds `dead`, far below any live score: a candidate taken from a dead
    // neighbour stays far below `best - xDrop` and dies again, so the loop needs no liveness
    // tests, and the padding cells make the band's edges need no index tests. A candidate
    // from a live neighbour always beats one from a dead neighbour, and ties between live
    // candidates are broken in the same order (diagonal, then up, then left) as with the
    // tests, so the scores and match counts are those of the plain recurrence.
    let stride = width + 2
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * stride) { rows in
      let base = rows.baseAddress!
      for k in 0..<(4 * stride) { base[k] = 0 }
      // Shifted by one: prev[-1] and prev[width] are the dead padding cells.
      var prev = base + 1
      var cur = base + stride + 1
      var prevM = base + 2 * stride + 1
      var curM = base + 3 * stride + 1
      for d in -1...width {
        prev[d] = dead
        cur[d] = dead
      }
      // Row 0: only gaps in a.
      for d in w..<width {
        let q = d - w
        if q > maxB { break }
        let s = gap * q
        if s >= -xDrop { prev[d] = s }
      }
      return a.withUnsafeBufferPointer { av in
        b.withUnsafeBufferPointer { bv in
          // b's tokens in the direction of the run: column q (q >= 1) compares with bq[q].
          let bq = bv.baseAddress! + fromB - step
          // a's token of row p (p >= 1), walked in the direction of the run.
          var ap = av.baseAddress! + fromA
          var best = 0
          var bestA = 0
          var bestB = 0
          var bestM = 0
          // Cells alive in the previous row: [lo, hi]. A cell of this row lives only through
          // a live cell above it (d or d + 1) or a live cell on its left, so cells left of
          // lo - 1 are dead, and right of hi only a run from a live left neighbour continues:
          // the same values as the full band, without visiting the dead cells.
          var lo = width
          var hi = -1
          for d in 0..<width where prev[d] > dead {
            if d < lo { lo = d }
            hi = d
          }
          var p = 1
          while p <= maxA && hi >= 0 {
            let ai = ap.pointee
            ap += step
            for d in 0..<width { cur[d] = dead }
            var newLo = width
            var newHi = -1
            // Cells with q < 0 or q > maxB are dead; d = w - p is the one cell with q = 0.
            let dEnd = min(width - 1, maxB + w - p)
            var d = max(lo - 1, w - p, 0)
            let fullEnd = min(hi, dEnd)
            // Cells must stay within xDrop of the best seen so far (this row's included).
            var floor = best - xDrop
            // Column q of cell d, and b's token there (walked, not recomputed per cell).
            var q = p + d - w
            var bp = bq + step * q
            while d <= fullEnd {
              var h = dead
              var m = 0
              if q >= 1 {
                let same = ai == bp.pointee
                h = prev[d] + (same ? match : mismatch)
                m = prevM[d] + (same ? 1 : 0)
              }
              let up = prev[d + 1] + gap
              if up > h {
                h = up
                m = prevM[d + 1]
              }
              let left = cur[d - 1] + gap
              if left > h {
                h = left
                m = curM[d - 1]
              }
              if h >= floor {
                cur[d] = h
                curM[d] = m
                if newHi < 0 { newLo = d }
                newHi = d
                if h > best {
                  best = h
                  floor = best - xDrop
                  bestA = p
                  bestB = q
                  bestM = m
                }
              }
              d += 1
              q += 1
              bp += step
            }
            // Right of hi nothing lives above: only a run of gaps from a live left neighbour
            // (its score falls, so it never sets a new best).
            while d <= dEnd, d > 0, cur[d - 1] > dead {
              let h = cur[d - 1] + gap
              guard h >= best - xDrop else { break }
              cur[d] = h
              curM[d] = curM[d - 1]
              if d < newLo { newLo = d }
              newHi = d
              d += 1
            }
            if newHi < 0 { break }
            lo = newLo
            hi = newHi
            swap(&prev, &cur)
            swap(&prevM, &curM)
            p += 1
          }
          return (bestA, bestB, bestM)
        }
      }
    }
  }
}
