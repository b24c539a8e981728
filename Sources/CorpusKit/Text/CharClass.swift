/// Scalar classes shared by the tokenizer, sentence splitter and cleaner.
enum CharClass {
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x200B || v == 0xFEFF
      || s.properties.isWhitespace
  }

  @inline(__always)
  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  /// Letters, digits and combining marks: the scalars a word is made of.
  @inline(__always)
  static func isWordChar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    if v == 0x2019 || v == 0x2018 || v < 0xC0 { return false }
    let p = s.properties
    if p.isAlphabetic { return true }
    switch p.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .otherNumber,
      .letterNumber:
      return true
    default: return false
    }
  }

  @inline(__always)
  static func isLetter(_ s: Unicode.Scalar) -> Bool { isWordChar(s) && !isDigit(s) }

  @inline(__always)
  static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return s.properties.isUppercase
  }

  @inline(__always)
  static func isLower(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    return s.properties.isLowercase
  }

  @inline(__always)
  static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}" || s == "\u{02BC}"
  }

  @inline(__always)
  static func isHyphen(_ s: Unicode.Scalar) -> Bool {
    s == "-" || s == "\u{2010}" || s == "\u{2011}"
  }

  /// Punctuation that closes a quotation or bracket.
  @inline(__always)
  static func isCloser(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\"", "'", "\u{2019}", "\u{201D}", ")", "]", "\u{00BB}", "}": return true
    default: return false
    }
  }

  /// Punctuation that opens a quotation or bracket.
  @inline(__always)
  static func isOpener(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\"", "'", "\u{2018}", "\u{201C}", "(", "[", "\u{00AB}", "{": return true
    default: return false
    }
  }

  /// Currency and other symbols kept as tokens of their own.
  @inline(__always)
  static func isSymbol(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x24, 0x25, 0x26, 0x2B, 0x3C, 0x3D, 0x3E, 0x40, 0x23, 0x5E, 0x7C, 0x7E, 0xA3, 0xA5,
      0x20AC, 0x20BD, 0x20B4:
      return true
    default:
      if s.value < 0x80 { return false }
      switch s.properties.generalCategory {
      case .currencySymbol, .mathSymbol, .otherSymbol, .modifierSymbol: return true
      default: return false
      }
    }
  }
}
