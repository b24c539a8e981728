import Foundation

/// Decodes an HTML page's bytes: a byte-order mark first, then the charset the transport gave
/// (WARC's HTTP header), then the page's own `<meta charset>` or `http-equiv` declaration, then
/// UTF-8, and Windows-1252 (which also covers Latin-1 and ASCII) for anything else.
enum HtmlCharset {
  /// The decoded text and a note when a fallback or a declared legacy charset was used.
  static func decode(_ bytes: [UInt8], transport: String? = nil) -> TextDecoding.Result {
    if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
      return TextDecoding.decode(bytes)
    }
    var body = bytes[...]
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes.dropFirst(3) }
    if let reason = TextDecoding.binaryReason(body.prefix(65536)) { return .rejected(reason) }
    let label = (transport.flatMap(normalise) ?? declared(body)).map { $0 }
    switch label {
    case nil, "utf-8":
      if let s = String(validating: body, as: UTF8.self) { return checked(s, note: nil) }
      let s = TextDecoding.decodeWindows1252(body)
      let why = label == nil ? "not valid UTF-8" : "declared UTF-8 but not valid UTF-8"
      return checked(s, note: "\(why); decoded as Windows-1252")
    case "windows-1252":
      return checked(TextDecoding.decodeWindows1252(body), note: nil)
    case let name?:
      if let enc = foundationEncodings[name], let s = String(bytes: body, encoding: enc) {
        return checked(s, note: nil)
      }
      if let s = String(validating: body, as: UTF8.self) {
        return checked(s, note: "charset '\(name)' not supported; the bytes are valid UTF-8, read as UTF-8")
      }
      return checked(
        TextDecoding.decodeWindows1252(body), note: "charset '\(name)' not supported; decoded as Windows-1252")
    }
  }

  static func checked(_ s: String, note: String?) -> TextDecoding.Result {
    TextDecoding.isBlank(s) ? .rejected("empty file") : .text(s, note: note)
  }

  /// Labels browsers treat as Windows-1252, and the other charsets Foundation decodes.
  static let windows1252Labels: Set<String> = [
    "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
    "iso_8859-1", "x-cp1252", "ansi_x3.4-1968",
  ]
  static let foundationEncodings: [String: String.Encoding] = [
    "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "windows-1250": .windowsCP1250,
    "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
    "shift_jis": .shiftJIS, "sjis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
    "macintosh": .macOSRoman, "utf-16": .utf16, "utf-16le": .utf16LittleEndian, "utf-16be": .utf16BigEndian,
  ]

  /// A charset label lowercased and trimmed of quotes; the UTF-8 and Windows-1252 families folded.
  static func normalise(_ raw: String) -> String? {
    let t = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"';")).lowercased()
    if t.isEmpty { return nil }
    if t == "utf-8" || t == "utf8" || t == "unicode-1-1-utf-8" { return "utf-8" }
    if windows1252Labels.contains(t) { return "windows-1252" }
    return t
  }

  /// The charset a page declares in its first 4 KB (`<meta charset=...>` or `content="...;
  /// charset=..."`).
  static func declared(_ body: ArraySlice<UInt8>) -> String? {
    let head = Array(body.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    let key = Array("charset=".utf8)
    var i = 0
    while i + key.count <= head.count {
      if head[i] == key[0], Array(head[i..<i + key.count]) == key {
        var j = i + key.count
        while j < head.count, head[j] == 0x22 || head[j] == 0x27 || head[j] == 0x20 { j += 1 }
        var k = j
        while k < head.count, head[k] > 0x20, head[k] != 0x22, head[k] != 0x27, head[k] != 0x3B,
          head[k] != 0x3E, head[k] != 0x2F
        {
          k += 1
        }
        if k > j, let label = normalise(String(decoding: head[j..<k], as: UTF8.self)) { return label }
      }
      i += 1
    }
    return nil
  }
}
