/// Stable 64-bit hashes of normalised words, word stems and word n-grams.
///
/// Swift's `Hasher` is seeded per process; overlap results must be the same on every run, so
/// CorpusKit hashes with FNV-1a and mixes with SplitMix64's finaliser.
enum WordHash {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// FNV-1a of a byte sequence.
  @inline(__always)
  static func bytes<C: Collection>(_ b: C) -> UInt64 where C.Element == UInt8 {
    var h = offset
    for x in b {
      h ^= UInt64(x)
      h = h &* prime
    }
    return mix(h)
  }

  /// The hash of a normalised word.
  static func word(_ norm: String) -> UInt64 {
    var s = norm
    return s.withUTF8 { bytes($0) }
  }

  /// SplitMix64's finaliser: spreads the bits of `x`.
  @inline(__always)
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Combines a running n-gram hash with the next word hash (order-sensitive).
  @inline(__always)
  static func combine(_ h: UInt64, _ w: UInt64) -> UInt64 {
    mix(h &* 0x100_0000_01B3 ^ w)
  }

  /// Hashes of every run of `n` consecutive values of `words`, one per start position.
  ///
  /// - Complexity: O(`words.count` × `n`).
  static func ngrams(_ words: [UInt64], n: Int) -> [UInt64] {
    guard n > 0, words.count >= n else { return [] }
    var out = [UInt64](repeating: 0, count: words.count - n + 1)
    for i in 0..<out.count {
      var h: UInt64 = 0x2545_F491_4F6C_DD1D
      for k in 0..<n { h = combine(h, words[i + k]) }
      out[i] = h
    }
    return out
  }
}
