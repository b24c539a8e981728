/// 64-bit hashing for feature keys: stable across runs and machines (unlike `Hasher`), so
/// that keys written in the model file mean the same thing when it is read back.
enum FeatureHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Folds one value into a running hash (FNV-1a step on 64 bits).
  @inline(__always)
  static func add(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x100_0000_01b3 }

  /// A well-mixed combination of two keys (order matters).
  @inline(__always)
  static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var z = a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019)
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The hash of a string's scalars (used for hand-written lists and CoNLL words).
  static func of(_ s: String) -> UInt64 {
    var h = seed
    for u in s.unicodeScalars { h = add(h, u.value) }
    return h
  }
}
