/// An open-addressing hash table from feature key to its label weights: the tagger's hot
/// lookup. Each slot holds the key and the 17 weights quantised to 16 bits, so that a feature
/// costs one cache line whether it is known or not.
struct FeatureTable: Sendable {
  struct Slot: Sendable {
    /// Weights of labels 0..<16.
    var weights: SIMD16<Int16>
    var key: UInt64
    /// Weight of label 16.
    var last: Int16
  }
  private(set) var slots: [Slot]
  let mask: Int
  /// Float weight = Int16 weight × scale.
  let scale: Float

  /// A table for `keys` with float weights `weights` (`keys.count × 17`, row-major).
  init(keys: [UInt64], weights: [Float]) {
    let labelCount = 17
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    let maxWeight = weights.reduce(Float(0)) { max($0, abs($1)) }
    scale = maxWeight > 0 ? maxWeight / 32767 : 1
    slots = [Slot](repeating: Slot(weights: .zero, key: 0, last: 0), count: capacity)
    for (row, k) in keys.enumerated() {
      let key = Self.nonzero(k)
      var i = Int(truncatingIfNeeded: key) & mask
      while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
      var w = SIMD16<Int16>.zero
      for l in 0..<16 { w[l] = Self.quantize(weights[row * labelCount + l], scale) }
      slots[i] = Slot(
        weights: w, key: key, last: Self.quantize(weights[row * labelCount + 16], scale))
    }
  }

  /// Whether `k` has a slot.
  func contains(_ k: UInt64) -> Bool {
    let key = Self.nonzero(k)
    var i = Int(truncatingIfNeeded: key) & mask
    while slots[i].key != 0 {
      if slots[i].key == key { return true }
      i = (i + 1) & mask
    }
    return false
  }

  static func quantize(_ w: Float, _ scale: Float) -> Int16 {
    Int16(max(-32767, min(32767, (w / scale).rounded())))
  }

  @inline(__always)
  static func nonzero(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }
}
