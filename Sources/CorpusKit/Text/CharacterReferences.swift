/// Decodes HTML character references in short metadata strings (titles of plain-text and JSON
/// articles scraped from the web: "&#163;1.8m", "caf&eacute;", "AT&amp;T"). Numeric references
/// (decimal and hex) and a small set of named ones are decoded; anything else, and numeric
/// references to nothing a text may hold (NUL, surrogates, past U+10FFFF, C0/C1 controls),
/// stay as written.
enum CharacterReferences {
  static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "pound": "£", "euro": "€", "yen": "¥", "cent": "¢", "copy": "©", "reg": "®", "trade": "™",
    "deg": "°", "frac12": "½", "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘",
    "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "eacute": "é",
    "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó", "uacute": "ú",
    "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
  ]

  /// `s` with its character references decoded; `s` itself when it has no `&`.
  static func decode(_ s: String) -> String {
    guard s.contains("&") else { return s }
    let u = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < u.count {
      if u[i] == "&", let (scalar, next) = reference(u, at: i) {
        out.append(scalar)
        i = next
      } else {
        out.append(u[i])
        i += 1
      }
    }
    return String(out)
  }

  /// The reference starting at `&` (index `i`): its scalar and the index after its `;`.
  private static func reference(_ u: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
    var j = i + 1
    var body = ""
    while j < u.count, j - i <= 10, u[j] != ";" {
      body.unicodeScalars.append(u[j])
      j += 1
    }
    guard j < u.count, u[j] == ";", !body.isEmpty else { return nil }
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = digits.allSatisfy(\.isASCII) ? UInt32(digits, radix: 10) : nil
      }
      guard let value, value >= 0x20, !(0x7F...0x9F).contains(value),
        let scalar = Unicode.Scalar(value)
      else { return nil }
      return (scalar, j + 1)
    }
    guard let scalar = named[body] else { return nil }
    return (scalar, j + 1)
  }
}
