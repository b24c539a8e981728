/// An open-addressing hash table from feature key to weight row: the tagger's hot lookup,
/// faster than `Dictionary` and built once when the model loads.
struct FeatureTable: Sendable {
  private var slots: [UInt64]
  private var rows: [Int32]
  private let mask: Int

  /// A table for `keys`, row `i` for `keys[i]`.
  init(keys: [UInt64]) {
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = [UInt64](repeating: 0, count: capacity)
    rows = [Int32](repeating: -1, count: capacity)
    for (row, k) in keys.enumerated() {
      let key = Self.nonzero(k)
      var i = Int(truncatingIfNeeded: key) & mask
      while slots[i] != 0 && slots[i] != key { i = (i + 1) & mask }
      slots[i] = key
      rows[i] = Int32(row)
    }
  }

  @inline(__always)
  static func nonzero(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

  /// The row of `key`, or -1.
  @inline(__always)
  func row(_ key: UInt64) -> Int {
    let k = Self.nonzero(key)
    return slots.withUnsafeBufferPointer { s in
      var i = Int(truncatingIfNeeded: k) & mask
      while true {
        let v = s[i]
        if v == k { return Int(rows[i]) }
        if v == 0 { return -1 }
        i = (i + 1) & mask
      }
    }
  }
}
