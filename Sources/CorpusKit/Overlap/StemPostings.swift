/// The units of one document holding each stem, with the stem's weight there: an
/// open-addressing table keyed by stem hash over one flat list of postings (grouped by stem,
/// each group in unit order).
///
/// Built once per prepared document; a look-up is a few integer operations on the stem's own
/// (already mixed) hash bits, where a `Dictionary` would hash the key again with SipHash.
struct StemPostings: Sendable {
  /// Stem of each slot (meaningful where `counts` is non-zero).
  private let keys: [UInt64]
  /// First posting and number of postings of each slot; 0 postings marks an empty slot.
  private let starts: [Int32]
  private let counts: [Int32]
  private let mask: Int
  /// Every posting, grouped by stem.
  let postings: [ParaphraseMatcher.Posting]

  /// The table of `index` (stem → its postings in unit order).
  init(_ index: [UInt64: [ParaphraseMatcher.Posting]]) {
    var size = 16
    while size < 2 * index.count { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var starts = [Int32](repeating: 0, count: size)
    var counts = [Int32](repeating: 0, count: size)
    var postings: [ParaphraseMatcher.Posting] = []
    postings.reserveCapacity(index.values.reduce(0) { $0 + $1.count })
    let mask = size - 1
    for (stem, list) in index where !list.isEmpty {
      var slot = Self.slot(stem, mask)
      while counts[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = stem
      starts[slot] = Int32(postings.count)
      counts[slot] = Int32(list.count)
      postings += list
    }
    self.keys = keys
    self.starts = starts
    self.counts = counts
    self.mask = mask
    self.postings = postings
  }

  @inline(__always)
  private static func slot(_ stem: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: stem ^ (stem >> 32)) & mask
  }

  /// The positions in `postings` of the units holding `stem` (empty when none does).
  @inline(__always)
  func range(of stem: UInt64) -> Range<Int> {
    var slot = Self.slot(stem, mask)
    while true {
      let n = Int(counts[slot])
      if n == 0 { return 0..<0 }
      if keys[slot] == stem {
        let s = Int(starts[slot])
        return s..<(s + n)
      }
      slot = (slot + 1) & mask
    }
  }
}
