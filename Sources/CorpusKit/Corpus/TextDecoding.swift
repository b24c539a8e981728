/// Decodes a file's bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM or, without
/// one, recognised by its NUL bytes, and Windows-1252 for bytes that are not valid UTF-8.
/// Binary data is refused.
@_spi(Bench) public enum TextDecoding {
  /// The outcome of decoding one file.
  public enum Result: Sendable, Equatable {
    /// Decoded text; `note` says when a fallback encoding was used.
    case text(String, note: String?)
    /// Not text: why.
    case rejected(String)
  }

  /// Decodes `bytes` as the loader does (the text benchmarks read pages the same way).
  public static func decode(_ bytes: [UInt8]) -> Result {
    if bytes.isEmpty { return .rejected("empty file") }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return decodeUTF16(bytes.dropFirst(2), littleEndian: true)
    }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return decodeUTF16(bytes.dropFirst(2), littleEndian: false)
    }
    if let littleEndian = utf16WithoutBOM(bytes[...]) {
      switch decodeUTF16(bytes[...], littleEndian: littleEndian) {
      case .text(let t, let note) where !mostlyControls(t):
        let order = littleEndian ? "UTF-16LE" : "UTF-16BE"
        return .text(t, note: note ?? "no byte-order mark; decoded as \(order)")
      default: break  // not text after all: judged as bytes below
      }
    }
    var body = bytes[...]
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      body = bytes.dropFirst(3)
    }
    if let reason = binaryReason(body) { return .rejected(reason) }
    if let s = String(validating: body, as: UTF8.self) {
      return isBlank(s) ? .rejected("empty file") : .text(s, note: nil)
    }
    let s = decodeWindows1252(body)
    return isBlank(s)
      ? .rejected("empty file")
      : .text(s, note: "not valid UTF-8; decoded as Windows-1252")
  }

  /// Why bytes look binary: NUL bytes, or mostly control bytes.
  static func binaryReason(_ bytes: ArraySlice<UInt8>) -> String? {
    var controls = 0
    for b in bytes {
      if b == 0 { return "binary file (contains NUL bytes)" }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
    }
    if controls > 0 && controls * 10 > bytes.count { return "binary file (mostly control bytes)" }
    return nil
  }

  /// Whether the bytes look like UTF-16 text without a byte-order mark, and which order:
  /// mostly Latin text in UTF-16 has a NUL in every other byte (the high byte of each unit)
  /// and almost none in the others. Looks at the first 4,096 bytes.
  static func utf16WithoutBOM(_ bytes: ArraySlice<UInt8>) -> Bool? {
    let sample = bytes.prefix(4096)
    let pairs = sample.count / 2
    guard pairs >= 2 else { return nil }
    var zeroEven = 0
    var zeroOdd = 0
    var k = sample.startIndex
    for _ in 0..<pairs {
      if sample[k] == 0 { zeroEven += 1 }
      if sample[k + 1] == 0 { zeroOdd += 1 }
      k += 2
    }
    // Little-endian: the high (odd) bytes are NUL; big-endian: the even ones.
    if zeroOdd * 10 >= pairs * 4 && zeroEven * 20 <= pairs { return true }
    if zeroEven * 10 >= pairs * 4 && zeroOdd * 20 <= pairs { return false }
    return nil
  }

  /// Decoded text that is more than a tenth control characters is binary after all.
  static func mostlyControls(_ s: String) -> Bool {
    var controls = 0
    var total = 0
    for u in s.unicodeScalars {
      total += 1
      if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" && u != "\u{0C}" { controls += 1 }
    }
    return controls * 10 > total
  }

  static func isBlank(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { CharClass.isSpace($0) }
  }

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Result {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
      i += 2
    }
    if units.isEmpty { return .rejected("empty file") }
    var out = String.UnicodeScalarView()
    var repaired = false
    var it = units.makeIterator()
    var decoder = UTF16()
    loop: while true {
      switch decoder.decode(&it) {
      case .scalarValue(let s):
        if s.value == 0 { return .rejected("binary file (contains NUL characters)") }
        out.append(s)
      case .emptyInput: break loop
      case .error:
        repaired = true
        out.append("\u{FFFD}")
      }
    }
    let s = String(out)
    if isBlank(s) { return .rejected("empty file") }
    let note = repaired ? "invalid UTF-16 sequences replaced with U+FFFD" : nil
    return .text(s, note: note)
  }

  /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
  static let cp1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var out = String.UnicodeScalarView()
    for b in bytes {
      let v: UInt32 = (b >= 0x80 && b < 0xA0) ? cp1252High[Int(b) - 0x80] : UInt32(b)
      out.append(Unicode.Scalar(v)!)
    }
    return String(out)
  }
}
