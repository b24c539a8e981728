/// The person-name categories of the gazetteer, after the four types and title words: first
/// names and surnames from the census lists in `data/names` (`scripts/build-name-lists.sh`).
extension Gazetteer {
  /// Every category, name lists included.
  static let allCategories = 7
  /// A first name ("Maria", "John").
  static let firstNameBit: UInt8 = 1 << 5
  /// A frequent surname ("Smith", "Garcia").
  static let surnameBit: UInt8 = 1 << 6

  /// The gazetteer of the name lists.
  static func names(firstNames: [String], surnames: [String]) -> Gazetteer {
    var g = Gazetteer()
    for n in firstNames where !n.isEmpty { g.add(phrase: n, bits: firstNameBit) }
    for n in surnames where !n.isEmpty { g.add(phrase: n, bits: surnameBit) }
    return g
  }
}
