/// An open-addressing hash table from feature key to weight row: the tagger's hot lookup,
/// faster than `Dictionary` and built once when the model loads. Key and row share a slot so
/// that a lookup touches one cache line.
struct FeatureTable: Sendable {
  struct Slot: Sendable {
    var key: UInt64
    var row: Int
  }
  private var slots: [Slot]
  private let mask: Int

  /// A table for `keys`, row `i` for `keys[i]`.
  init(keys: [UInt64]) {
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = [Slot](repeating: Slot(key: 0, row: -1), count: capacity)
    for (row, k) in keys.enumerated() {
      let key = Self.nonzero(k)
      var i = Int(truncatingIfNeeded: key) & mask
      while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
      slots[i] = Slot(key: key, row: row)
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
        if v.key == k { return v.row }
        if v.key == 0 { return -1 }
        i = (i + 1) & mask
      }
    }
  }
}
