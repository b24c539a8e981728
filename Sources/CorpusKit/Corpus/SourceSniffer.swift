/// Picks the reader for a file by its name and its first bytes: web archives (`.warc`,
/// `.warc.gz`, or bytes that start `WARC/`), HTML pages (`.html`, `.htm`, or a text file that
/// opens with a doctype or `<html>`), JSON records, else plain text.
enum SourceSniffer {
  static func format(name: String, bytes: [UInt8]) -> DocumentFormat {
    if CorpusLoader.isWarcName(name) || startsWith(bytes, "WARC/") { return .warc }
    let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
    if name.contains("."), CorpusLoader.htmlExtensions.contains(ext) { return .html }
    if CorpusLoader.jsonExtensions.contains(ext) || CorpusLoader.jsonLinesExtensions.contains(ext) {
      return .json
    }
    return looksLikeHTML(bytes) ? .html : .text
  }

  /// Whether the first non-blank bytes (after a UTF-8 byte-order mark) open an HTML document.
  static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    var i = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
    while i < bytes.count,
      bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09
    { i += 1 }
    let head = bytes[i..<min(bytes.count, i + 14)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
    return head.starts(with: Array("<!doctype html".utf8)) || head.starts(with: Array("<html".utf8))
  }

  static func startsWith(_ bytes: [UInt8], _ prefix: String) -> Bool {
    bytes.starts(with: Array(prefix.utf8))
  }
}
