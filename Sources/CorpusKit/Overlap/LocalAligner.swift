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
    // Four rows on the stack: scores and match counts of the previous and current row.
    // H[d] for row p (prefix length in a) is column q = p + d - w.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * width) { rows in
      var prev = rows.baseAddress!
      var cur = prev + width
      var prevM = prev + 2 * width
      var curM = prev + 3 * width
      for d in 0..<width {
        prev[d] = dead
        prevM[d] = 0
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
          var best = 0
          var bestA = 0
          var bestB = 0
          var bestM = 0
          var p = 1
          while p <= maxA {
            var alive = false
            let ai = av[fromA + step * (p - 1)]
            for d in 0..<width {
              let q = p + d - w
              cur[d] = dead
              curM[d] = 0
              guard q >= 0, q <= maxB else { continue }
              var h = dead
              var m = 0
              if q >= 1, prev[d] > dead {
                let same = ai == bv[fromB + step * (q - 1)]
                h = prev[d] + (same ? match : mismatch)
                m = prevM[d] + (same ? 1 : 0)
              }
              if d + 1 < width, prev[d + 1] > dead, prev[d + 1] + gap > h {
                h = prev[d + 1] + gap
                m = prevM[d + 1]
              }
              if d > 0, cur[d - 1] > dead, cur[d - 1] + gap > h {
                h = cur[d - 1] + gap
                m = curM[d - 1]
              }
              if h > dead && h >= best - xDrop {
                cur[d] = h
                curM[d] = m
                alive = true
                if h > best {
                  best = h
                  bestA = p
                  bestB = q
                  bestM = m
                }
              }
            }
            if !alive { break }
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
