/// Lists of known names (and title words) matched against token sequences.
///
/// Entries are keyed by the hash of their lowercased tokens, so a list costs 9 bytes an entry
/// in the model file and matching needs no strings. Each entry carries a bit per category.
struct Gazetteer: Sendable {
  /// Categories: the four CoNLL types, then title words ("President", "Premier").
  static let categories = 5
  static let titleBit: UInt8 = 1 << 4
  static let maxLength = 6
  /// Marks a key that starts a longer entry, so that matching stops as soon as no entry can
  /// continue.
  static let prefixBit: UInt8 = 1 << 7

  private(set) var entries: [UInt64: UInt8] = [:]

  /// The key of a token sequence, from each token's lowercase hash.
  @inline(__always)
  static func key<S: Sequence>(_ lowers: S) -> UInt64 where S.Element == UInt64 {
    var h: UInt64 = 0x5bd1_e995
    for l in lowers { h = FeatureHash.combine(h, l) }
    return h
  }

  /// Adds a phrase (tokens separated by spaces) under category bits.
  mutating func add(phrase: String, bits: UInt8) {
    add(
      lowers: phrase.split(separator: " ").map { WordInfo(String($0).unicodeScalars).lower },
      bits: bits)
  }

  /// Adds a token sequence already hashed.
  mutating func add(lowers: [UInt64], bits: UInt8) {
    guard !lowers.isEmpty, lowers.count <= Self.maxLength else { return }
    entries[Self.key(lowers), default: 0] |= bits
    for n in 1..<lowers.count { entries[Self.key(lowers[..<n]), default: 0] |= Self.prefixBit }
  }

  /// The category bits of a one-word entry (0 if none).
  func bits(word lower: UInt64) -> UInt8 { entries[Self.key([lower])] ?? 0 }

  /// Merges another gazetteer into this one.
  mutating func merge(_ other: Gazetteer) {
    for (k, v) in other.entries { entries[k, default: 0] |= v }
  }

  /// For each token, a bit set of (category × BILU position) of every match covering it:
  /// bit `category * 4 + position`.
  func matches(_ words: [WordInfo]) -> [UInt32] {
    var out = [UInt32](repeating: 0, count: words.count)
    if entries.isEmpty { return out }
    for i in words.indices {
      var h: UInt64 = 0x5bd1_e995
      var j = i
      while j < words.count && j - i < Self.maxLength {
        h = FeatureHash.combine(h, words[j].lower)
        j += 1
        guard let bits = entries[h] else { break }
        for c in 0..<Self.allCategories where bits & (1 << UInt8(c)) != 0 {
          let base = UInt32(c * 4)
          if j - i == 1 {
            out[i] |= 1 << (base + 3)
          } else {
            out[i] |= 1 << base
            for k in (i + 1)..<(j - 1) { out[k] |= 1 << (base + 1) }
            out[j - 1] |= 1 << (base + 2)
          }
        }
      }
    }
    return out
  }
}
