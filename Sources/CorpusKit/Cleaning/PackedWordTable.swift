/// A word of at most 16 UTF-8 bytes packed into two integers: compared and hashed without
/// touching `String` hashing (the cleaner looks up every token of every paragraph).
struct PackedWord: Equatable, Sendable {
  var lo: UInt64 = 0
  var hi: UInt64 = 0
  var count: Int = 0

  /// The packed form of `word`, or nil when it is empty or longer than 16 bytes (no word list
  /// holds such a word).
  @inline(__always)
  init?(_ word: String) {
    var w = word
    let packed: PackedWord?? = w.withUTF8 { buf -> PackedWord? in
      let n = buf.count
      guard n > 0, n <= 16 else { return nil }
      var p = PackedWord(unchecked: ())
      p.count = n
      var lo: UInt64 = 0
      var hi: UInt64 = 0
      for k in 0..<min(n, 8) { lo |= UInt64(buf[k]) << (UInt64(k) &* 8) }
      if n > 8 { for k in 8..<n { hi |= UInt64(buf[k]) << (UInt64(k &- 8) &* 8) } }
      p.lo = lo
      p.hi = hi
      return p
    }
    guard let p = packed ?? nil else { return nil }
    self = p
  }

  @inline(__always)
  private init(unchecked: ()) {}

  @inline(__always)
  var hash: Int {
    var h = lo &* 0x9E37_79B9_7F4A_7C15
    h ^= (hi &+ UInt64(count)) &* 0xC2B2_AE3D_27D4_EB4F
    h ^= h >> 29
    return Int(truncatingIfNeeded: h)
  }
}

/// A fixed open-addressing table from short words to values, built once from a word list.
struct PackedWordTable<Value: Sendable>: Sendable {
  private var keys: [PackedWord?]
  private var values: [Value?]
  private let mask: Int

  init(_ entries: [(String, Value)]) {
    var cap = 16
    while cap < entries.count * 4 { cap *= 2 }
    keys = Array(repeating: nil, count: cap)
    values = Array(repeating: nil, count: cap)
    mask = cap - 1
    for (word, value) in entries {
      guard let p = PackedWord(word) else {
        preconditionFailure("word list entry too long: \(word)")
      }
      var i = p.hash & mask
      while let k = keys[i], k != p { i = (i + 1) & mask }
      keys[i] = p
      values[i] = value
    }
  }

  /// The value of a packed word.
  @inline(__always)
  func value(_ p: PackedWord) -> Value? {
    var i = p.hash & mask
    while let k = keys[i] {
      if k == p { return values[i] }
      i = (i + 1) & mask
    }
    return nil
  }

  /// The value of `word`.
  @inline(__always)
  func value(_ word: String) -> Value? {
    guard let p = PackedWord(word) else { return nil }
    return value(p)
  }
}
