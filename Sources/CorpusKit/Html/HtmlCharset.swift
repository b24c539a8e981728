import Foundation

/// Decodes an HTML page's bytes: a byte-order mark first, then the charset the transport gave
/// (WARC's HTTP header), then the page's own `<meta charset>` or `http-equiv` declaration, then
/// UTF-8, and Windows-1252 (which also covers Latin-1 and ASCII) for anything else.
enum HtmlCharset {
  /// The outcome of decoding a page: UTF-8 bytes for the parser, or why the file is not a page.
  enum Result: Equatable {
    case utf8([UInt8], note: String?)
    case rejected(String)
  }

  /// The page as UTF-8 and a note when a fallback was used.
  static func decode(_ bytes: [UInt8], transport: String? = nil) -> Result {
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      switch TextDecoding.decode(bytes) {
      case .text(let s, let note): return .utf8(Array(s.utf8), note: note)
      case .rejected(let why): return .rejected(why)
      }
    }
    var body = bytes[...]
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      body = bytes.dropFirst(3)
    }
    if let reason = TextDecoding.binaryReason(body.prefix(8192)) { return .rejected(reason) }
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .rejected("empty file")
    }
    let label = transport.flatMap(normalise) ?? declared(body)
    switch label {
    case nil, "utf-8":
      if String(validating: body, as: UTF8.self) != nil { return .utf8(Array(body), note: nil) }
      let why = label == nil ? "not valid UTF-8" : "declared UTF-8 but not valid UTF-8"
      return .utf8(windows1252ToUTF8(body), note: "\(why); decoded as Windows-1252")
    case "windows-1252":
      // Pages saved as UTF-8 often keep their old Latin-1 declaration; valid multi-byte UTF-8
      // is never an accident of Windows-1252 text.
      if body.contains(where: { $0 >= 0x80 }), String(validating: body, as: UTF8.self) != nil {
        return .utf8(Array(body), note: nil)
      }
      return .utf8(windows1252ToUTF8(body), note: nil)
    case let name?:
      if let enc = foundationEncodings[name], let s = String(bytes: body, encoding: enc) {
        return .utf8(Array(s.utf8), note: nil)
      }
      if String(validating: body, as: UTF8.self) != nil {
        return .utf8(
          Array(body),
          note: "charset '\(name)' not supported; the bytes are valid UTF-8, read as UTF-8")
      }
      return .utf8(
        windows1252ToUTF8(body), note: "charset '\(name)' not supported; decoded as Windows-1252")
    }
  }

  /// Windows-1252 bytes as UTF-8 (ASCII runs copied as they are).
  static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
        continue
      }
      let v: UInt32 = b < 0xA0 ? TextDecoding.cp1252High[Int(b) - 0x80] : UInt32(b)
      if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
    return out
  }

  /// Labels browsers treat as Windows-1252, and the other charsets Foundation decodes.
  static let windows1252Labels: Set<String> = [
    "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii",
    "ascii",
    "iso_8859-1", "x-cp1252", "ansi_x3.4-1968",
  ]
  static let foundationEncodings: [String: String.Encoding] = [
    "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "windows-1250": .windowsCP1250,
    "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
    "shift_jis": .shiftJIS, "sjis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    "macintosh": .macOSRoman, "utf-16": .utf16, "utf-16le": .utf16LittleEndian,
    "utf-16be": .utf16BigEndian,
  ]

  /// A charset label lowercased and trimmed of quotes; the UTF-8 and Windows-1252 families folded.
  static func normalise(_ raw: String) -> String? {
    let t = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"';")).lowercased()
      .replacingOccurrences(of: "_", with: "-")
    if t.isEmpty { return nil }
    if t == "utf-8" || t == "utf8" || t == "unicode-1-1-utf-8" { return "utf-8" }
    if windows1252Labels.contains(t) { return "windows-1252" }
    return t
  }

  /// The charset a page declares in its first 4 KB (`<meta charset=...>` or `content="...;
  /// charset=..."`).
  static func declared(_ body: ArraySlice<UInt8>) -> String? {
    let head = body.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    let key = Array("charset=".utf8)
    var i = 0
    while i + key.count <= head.count {
      if head[i] == key[0], head[i..<i + key.count].elementsEqual(key) {
        var j = i + key.count
        while j < head.count, head[j] == 0x22 || head[j] == 0x27 || head[j] == 0x20 { j += 1 }
        var k = j
        while k < head.count, head[k] > 0x20, head[k] != 0x22, head[k] != 0x27, head[k] != 0x3B,
          head[k] != 0x3E, head[k] != 0x2F
        {
          k += 1
        }
        if k > j, let label = normalise(String(decoding: head[j..<k], as: UTF8.self)) {
          return label
        }
      }
      i += 1
    }
    return nil
  }
}
