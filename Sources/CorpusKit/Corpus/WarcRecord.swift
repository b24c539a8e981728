import Foundation

/// One record of a web archive: its WARC headers and its content block, and the header parsing
/// that WARC and HTTP share.
struct WarcRecord {
  /// WARC header names lowercased.
  var headers: [String: String]
  var content: ArraySlice<UInt8>

  var type: String { headers["warc-type"]?.lowercased() ?? "" }
  var targetURI: String? {
    headers["warc-target-uri"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " <>")) }
  }

  /// Header lines (without line ends) up to the first blank line, and where the body starts;
  /// nil when no blank line ends the header.
  static func headerLines(_ bytes: ArraySlice<UInt8>) -> ([String], Int)? {
    var lines: [String] = []
    var i = bytes.startIndex
    while i < bytes.endIndex {
      var j = i
      while j < bytes.endIndex, bytes[j] != 0x0A { j += 1 }
      guard j < bytes.endIndex else { return nil }
      var end = j
      if end > i, bytes[end - 1] == 0x0D { end -= 1 }
      if end == i { return (lines, j + 1) }
      lines.append(String(decoding: bytes[i..<end], as: UTF8.self))
      i = j + 1
      if lines.count > 500 { return nil }
    }
    return nil
  }

  /// `Name: value` lines as a dictionary with lowercased names.
  static func headerFields<S: Sequence>(_ lines: S) -> [String: String] where S.Element == String {
    var out: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      out[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return out
  }

  /// A `Content-Type` value split into its media type and its charset parameter.
  static func mediaType(_ value: String?) -> (mime: String?, charset: String?) {
    guard let value else { return (nil, nil) }
    let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    let mime = parts.first?.lowercased()
    var charset: String?
    for p in parts.dropFirst() where p.lowercased().hasPrefix("charset=") {
      charset = String(p.dropFirst(8)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
    }
    return (mime, charset)
  }
}
