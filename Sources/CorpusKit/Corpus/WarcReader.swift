import Foundation

/// Reads a web archive (`.warc`, or `.warc.gz` with each record gzipped on its own): every
/// `response` or `resource` record whose payload is HTML becomes an article, with its id and
/// `url` from `WARC-Target-URI`. `WARC-Date` is when the page was crawled, not published, so it
/// is never the article's date. Revisits, other payloads and broken records are skipped and
/// counted in one warning; a record whose `Content-Length` lies is skipped and reading resumes
/// at the next record.
enum WarcReader {
  /// What was skipped, by reason.
  struct Skips {
    var revisit = 0
    var notHTML = 0
    var failed = 0
    var truncated = 0
    var noText = 0

    var summary: String? {
      var parts: [String] = []
      func add(_ n: Int, _ what: String) { if n > 0 { parts.append("\(n) \(what)") } }
      add(revisit, "revisit")
      add(notHTML, "not HTML")
      add(failed, "not a successful response")
      add(truncated, "truncated or malformed")
      add(noText, "without article text")
      return parts.isEmpty ? nil : "skipped records: " + parts.joined(separator: ", ")
    }
  }

  /// The articles of an archive file's bytes, and warnings naming the file.
  static func read(_ fileBytes: [UInt8], path: String) -> ([RawDocument], [LoadWarning]) {
    var warnings: [LoadWarning] = []
    var bytes = fileBytes
    if Gzip.isGzip(fileBytes) {
      let r = Gzip.inflate(fileBytes)
      bytes = r.bytes
      if let p = r.problem {
        warnings.append(LoadWarning(path: path, message: "\(p); records after it are lost"))
      }
    }
    var docs: [RawDocument] = []
    var skips = Skips()
    var number = 0
    var htmlWarnings = 0
    var i = 0
    while i < bytes.count {
      // Skip blank lines between records.
      while i < bytes.count, bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
      guard i < bytes.count else { break }
      guard bytes[i...].starts(with: Array("WARC/".utf8)) else {
        skips.truncated += 1
        guard let next = nextRecord(bytes, from: i) else { break }
        i = next
        continue
      }
      guard let (lines, contentStart) = WarcRecord.headerLines(bytes[i...]) else {
        skips.truncated += 1
        break
      }
      let headers = WarcRecord.headerFields(lines.dropFirst())
      guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
        skips.truncated += 1
        guard let next = nextRecord(bytes, from: contentStart) else { break }
        i = next
        continue
      }
      guard length <= bytes.count - contentStart else {
        // The record runs past the end of the data: cut short, or a Content-Length that lies.
        skips.truncated += 1
        guard let next = nextRecord(bytes, from: contentStart) else { break }
        i = next
        continue
      }
      let end = contentStart + length
      // A record ends with two line breaks, then the next record or the end of the file.
      if !endsWell(bytes, at: end) {
        skips.truncated += 1
        guard let next = nextRecord(bytes, from: contentStart) else { break }
        i = next
        continue
      }
      i = end
      let record = WarcRecord(headers: headers, content: bytes[contentStart..<end])
      number += 1
      switch record.type {
      case "response", "resource":
        switch article(record, path: path, number: number) {
        case .article(let d, let w):
          docs.append(d)
          htmlWarnings += w.count
          warnings += w.prefix(max(0, 20 - (htmlWarnings - w.count)))
        case .notHTML: skips.notHTML += 1
        case .failed: skips.failed += 1
        case .truncated: skips.truncated += 1
        case .noText: skips.noText += 1
        }
      case "revisit": skips.revisit += 1
      default: break
      }
    }
    if let s = skips.summary { warnings.append(LoadWarning(path: path, message: s)) }
    if docs.isEmpty {
      warnings.append(LoadWarning(path: path, message: "no HTML pages in the archive; skipped"))
    }
    return (docs, warnings)
  }

  enum Outcome {
    case article(RawDocument, [LoadWarning])
    case notHTML, failed, truncated, noText
  }

  static func article(_ record: WarcRecord, path: String, number: Int) -> Outcome {
    if let t = record.headers["warc-truncated"], !t.isEmpty { return .truncated }
    var payload: [UInt8]
    var charset: String?
    if record.type == "response" {
      guard let http = HttpResponse.parse(record.content) else { return .notHTML }
      guard (200..<300).contains(http.status) else { return .failed }
      if http.problem != nil { return .truncated }
      let type = http.contentType
      guard isHTML(type.mime, http.body) else { return .notHTML }
      payload = http.body
      charset = type.charset
    } else {
      let type = WarcRecord.mediaType(record.headers["content-type"])
      payload = Array(record.content)
      guard isHTML(type.mime, payload) else { return .notHTML }
      charset = type.charset
    }
    let uri = record.targetURI
    let id = uri.map(identifier) ?? "record-\(number)"
    let (doc, w) = HtmlArticleReader.read(
      payload, path: path, id: id.isEmpty ? "record-\(number)" : id, url: uri,
      transportCharset: charset,
      format: .warc)
    guard let doc else { return .noText }
    let named = w.map {
      LoadWarning(path: $0.path, message: "\(uri ?? "record \(number)"): \($0.message)")
    }
    return .article(doc, named)
  }

  static func isHTML(_ mime: String?, _ body: [UInt8]) -> Bool {
    if let m = mime, !m.isEmpty { return m == "text/html" || m == "application/xhtml+xml" }
    return SourceSniffer.looksLikeHTML(body)
  }

  /// An id from a URI: host and path (and query), without the scheme or a trailing slash.
  static func identifier(_ uri: String) -> String {
    var s = Substring(uri)
    if let r = s.range(of: "://") { s = s[r.upperBound...] }
    if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
    while s.hasSuffix("/") { s = s.dropLast() }
    if s.hasPrefix("www.") { s = s.dropFirst(4) }
    return String(s)
  }

  /// Whether the content that ends at `end` is followed by the record separator (two line
  /// breaks) and then another record or the end of the data.
  static func endsWell(_ bytes: [UInt8], at end: Int) -> Bool {
    var j = end
    var breaks = 0
    while j < bytes.count, bytes[j] == 0x0D || bytes[j] == 0x0A {
      if bytes[j] == 0x0A { breaks += 1 }
      j += 1
    }
    if j == bytes.count { return true }
    return breaks >= 1 && bytes[j...].starts(with: Array("WARC/".utf8))
  }

  /// The start of the next record header (`WARC/` at the start of a line) after `from`.
  static func nextRecord(_ bytes: [UInt8], from: Int) -> Int? {
    let key = Array("\nWARC/".utf8)
    var i = max(from, 0)
    while i + key.count <= bytes.count {
      if bytes[i] == 0x0A, bytes[i + 1] == 0x57, bytes[i..<i + key.count].elementsEqual(key) {
        return i + 1
      }
      i += 1
    }
    return nil
  }
}
