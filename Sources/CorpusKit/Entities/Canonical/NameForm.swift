/// The surface form of a name as an id: curly apostrophes straightened, possessive endings
/// ("Li Qiang’s", "Belarus’") dropped, runs of white space made one space.
enum NameForm {
  static func normalize(_ text: String) -> String {
    var s = ""
    var space = false
    for u in text.unicodeScalars {
      if u.properties.isWhitespace {
        space = !s.isEmpty
        continue
      }
      if space {
        s.unicodeScalars.append(" ")
        space = false
      }
      switch u.value {
      case 0x2018, 0x2019: s.unicodeScalars.append("'")
      case 0x201C, 0x201D: s.unicodeScalars.append("\"")
      default: s.unicodeScalars.append(u)
      }
    }
    if s.hasSuffix("'s") || s.hasSuffix("'S") { s.removeLast(2) }
    while s.hasSuffix("'") { s.removeLast() }
    return s
  }

  /// Letters of an acronym ("SCO", "U.S." → "US"), or nil if `text` is not one.
  static func acronym(_ text: String) -> String? {
    let letters = text.filter { $0 != "." }
    guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter })
    else { return nil }
    return letters
  }

  static let minor: Set<String> = ["of", "and", "for", "the", "de", "on", "in", "&"]

  /// Initials of a multi-word name's capitalised words ("Shanghai Cooperation Organization" → "SCO").
  static func initials(_ name: String) -> String? {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
    guard words.count >= 2 else { return nil }
    var out = ""
    for w in words where !minor.contains(w.lowercased()) {
      guard let f = w.first, f.isUppercase else { return nil }
      out.append(f)
    }
    return out.count >= 2 ? out : nil
  }

  /// Well-known variants of a few names that no document spells out.
  static let variants: [String: String] = [
    "U.S.": "United States", "US": "United States", "USA": "United States",
    "U.S.A.": "United States",
    "United States of America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "UN": "United Nations", "U.N.": "United Nations", "EU": "European Union",
    "E.U.": "European Union",
    "People's Republic of China": "China", "PRC": "China", "USSR": "Soviet Union",
    "Russian Federation": "Russia", "Republic of Belarus": "Belarus",
  ]

  /// The canonical form of a normalised name, if it is a known variant.
  static func variant(_ name: String) -> String? { variants[name] }
}
