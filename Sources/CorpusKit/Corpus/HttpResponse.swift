import Foundation

/// An HTTP response as a WARC `response` record stores it: status, headers and the body with
/// chunked transfer coding and gzip or deflate content coding undone.
struct HttpResponse {
  var status: Int
  /// Header names lowercased; the last value of a repeated header wins.
  var headers: [String: String]
  var body: [UInt8]
  /// Why the body may be incomplete (bad chunking, cut-short gzip), if it may.
  var problem: String?

  /// The media type (lowercased, without parameters) and the charset parameter, if any.
  var contentType: (mime: String?, charset: String?) {
    WarcRecord.mediaType(headers["content-type"])
  }

  /// Parses a stored response; nil when it does not start with an HTTP status line.
  static func parse(_ bytes: ArraySlice<UInt8>) -> HttpResponse? {
    guard bytes.starts(with: Array("HTTP/".utf8)) else { return nil }
    guard let (lines, bodyStart) = WarcRecord.headerLines(bytes) else { return nil }
    guard let statusLine = lines.first else { return nil }
    let parts = statusLine.split(separator: " ", maxSplits: 2)
    guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
    let headers = WarcRecord.headerFields(lines.dropFirst())
    var body = Array(bytes[bodyStart...])
    var problem: String?
    if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
      let (b, p) = dechunk(body[...])
      body = b
      problem = p
    }
    let coding = headers["content-encoding"]?.lowercased() ?? ""
    if coding.contains("gzip") || coding.contains("deflate") || Gzip.isGzip(body) {
      let r = Gzip.inflate(body, limit: 64 << 20)
      if !r.bytes.isEmpty || r.problem == nil {
        body = r.bytes
        if let p = r.problem { problem = problem ?? "body \(p)" }
      }
    }
    return HttpResponse(status: status, headers: headers, body: body, problem: problem)
  }

  /// The body of a chunked transfer coding, and a note when the chunks run past the data.
  static func dechunk(_ data: ArraySlice<UInt8>) -> ([UInt8], String?) {
    var out: [UInt8] = []
    var i = data.startIndex
    while i < data.endIndex {
      var j = i
      while j < data.endIndex, data[j] != 0x0A { j += 1 }
      guard j < data.endIndex else { return (out, "chunked body cut short") }
      let line = String(decoding: data[i..<j], as: UTF8.self)
      let hex =
        line.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        ?? ""
      guard let size = Int(hex, radix: 16), size >= 0 else { return (out, "bad chunk size") }
      i = j + 1
      if size == 0 { return (out, nil) }
      guard size <= data.endIndex - i else {
        out.append(contentsOf: data[i...])
        return (out, "chunked body cut short")
      }
      out.append(contentsOf: data[i..<i + size])
      i += size
      if i < data.endIndex, data[i] == 0x0D { i += 1 }
      if i < data.endIndex, data[i] == 0x0A { i += 1 }
    }
    return (out, "chunked body cut short")
  }
}
