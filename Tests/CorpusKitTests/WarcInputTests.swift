import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Web archives built by hand at test time: HTML responses become articles, everything else is
/// skipped and counted, and broken archives load as far as they can.
@Suite struct WarcInputTests {
  static let pythonAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

  /// Gzip with Python's standard library (the test's independent writer).
  static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    p.arguments = [
      "-c", "import sys, gzip; sys.stdout.buffer.write(gzip.compress(sys.stdin.buffer.read()))",
    ]
    let input = Pipe()
    let output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    input.fileHandleForWriting.write(Data(bytes))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return [UInt8](out)
  }

  static func record(
    _ type: String, uri: String?, contentType: String, content: [UInt8], extra: [String] = [],
    lengthDelta: Int = 0
  ) -> [UInt8] {
    var head = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Date: 2008-01-15T10:00:00Z\r\n"
    head += "WARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\n"
    if let uri { head += "WARC-Target-URI: \(uri)\r\n" }
    for e in extra { head += e + "\r\n" }
    head += "Content-Type: \(contentType)\r\nContent-Length: \(content.count + lengthDelta)\r\n\r\n"
    return Array(head.utf8) + content + Array("\r\n\r\n".utf8)
  }

  static func http(_ status: String, _ type: String, _ body: [UInt8], headers: [String] = [])
    -> [UInt8]
  {
    var head = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\n"
    for h in headers { head += h + "\r\n" }
    return Array((head + "\r\n").utf8) + body
  }

  static func chunked(_ body: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i < body.count {
      let n = min(700, body.count - i)
      out += Array((String(n, radix: 16) + "\r\n").utf8) + body[i..<i + n] + Array("\r\n".utf8)
      i += n
    }
    return out + Array("0\r\n\r\n".utf8)
  }

  static let page = Array(HtmlInputTests.page().utf8)
  static let plainPage = Array(
    "<html><head><title>Second story</title></head><body><h1>Farmers begin an early harvest in the valley</h1>\(HtmlInputTests.paragraphs.map { "<p>\($0)</p>" }.joined())</body></html>"
      .utf8)

  /// The archive's records, each as its own bytes.
  static func records() throws -> [[UInt8]] {
    let gzipped = try gzip(page)
    return [
      record(
        "warcinfo", uri: nil, contentType: "application/warc-fields",
        content: Array("software: test\r\n".utf8)),
      record(
        "request", uri: "http://www.example.com/news/2008/council/",
        contentType: "application/http; msgtype=request",
        content: Array("GET /news/2008/council/ HTTP/1.1\r\nHost: www.example.com\r\n\r\n".utf8)),
      record(
        "response", uri: "http://www.example.com/news/2008/council/",
        contentType: "application/http; msgtype=response",
        content: http(
          "200 OK", "text/html; charset=utf-8", chunked(gzipped),
          headers: ["Transfer-Encoding: chunked", "Content-Encoding: gzip"])),
      record(
        "response", uri: "http://www.example.com/logo.png",
        contentType: "application/http; msgtype=response",
        content: http("200 OK", "image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1])),
      record(
        "revisit", uri: "http://www.example.com/news/2008/council/",
        contentType: "application/http; msgtype=response",
        content: Array("HTTP/1.1 304 Not Modified\r\n\r\n".utf8)),
      record(
        "response", uri: "http://www.example.com/missing",
        contentType: "application/http; msgtype=response",
        content: http(
          "404 Not Found", "text/html", Array("<html><body><p>Not found</p></body></html>".utf8))),
      record(
        "response", uri: "http://www.example.com/cut",
        contentType: "application/http; msgtype=response",
        content: http("200 OK", "text/html", page), extra: ["WARC-Truncated: length"]),
      record(
        "resource", uri: "https://farm.example.org/harvest", contentType: "text/html",
        content: plainPage),
    ]
  }

  static func check(_ corpus: Corpus, file: String) throws {
    #expect(corpus.documents.count == 2)
    let council = try #require(corpus.document(id: "example.com/news/2008/council"))
    #expect(council.format == .warc)
    #expect(council.url == "http://www.example.com/news/2008/council/")
    #expect(council.title == "Council votes to expand the river park")
    // The page's own date, never the crawl's (WARC-Date 2008-01-15).
    #expect(council.date == "2024-03-05")
    #expect(council.bodyParagraphs.map { council.slice($0.range) } == HtmlInputTests.paragraphs)
    let farm = try #require(corpus.document(id: "farm.example.org/harvest"))
    #expect(farm.date == nil)
    #expect(farm.title == "Farmers begin an early harvest in the valley")
    let summary = corpus.warnings.filter {
      $0.path.hasSuffix(file) && $0.message.hasPrefix("skipped records")
    }
    #expect(summary.count == 1)
    #expect(
      summary.first?.message
        == "skipped records: 1 revisit, 1 not HTML, 1 not a successful response, 1 truncated or malformed"
    )
  }

  @Test(.enabled(if: pythonAvailable)) func plainArchiveGivesItsHTMLResponses() throws {
    let dir = TempFolder()
    dir.write("crawl.warc", try Self.records().flatMap { $0 })
    try Self.check(try CorpusLoader.load(dir.path), file: "crawl.warc")
  }

  @Test(.enabled(if: pythonAvailable)) func gzippedArchiveIsReadMemberByMember() throws {
    let dir = TempFolder()
    dir.write("crawl.warc.gz", try Self.records().flatMap { try Self.gzip($0) })
    try Self.check(try CorpusLoader.load(dir.path), file: "crawl.warc.gz")
  }

  @Test(.enabled(if: pythonAvailable)) func gzippedArchiveCutShortKeepsWhatCameBefore() throws {
    let dir = TempFolder()
    let members = try Self.records().map { try Self.gzip($0) }
    var bytes = members.prefix(3).flatMap { $0 }
    let last = try Self.gzip(Self.records()[7])
    bytes += last.prefix(last.count / 2)
    dir.write("cut.warc.gz", bytes)
    dir.write("other.html", HtmlInputTests.page())
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.document(id: "example.com/news/2008/council") != nil)
    #expect(corpus.document(id: "other") != nil)
    #expect(
      corpus.warnings.contains {
        $0.path.hasSuffix("cut.warc.gz") && $0.message.contains("gzip data cut short")
      })
  }

  @Test func recordsWhoseContentLengthLiesAreSkippedAndReadingResumes() throws {
    let dir = TempFolder()
    func html(_ n: Int) -> [UInt8] {
      Array(
        "<html><body><h1>Story \(n) of the day in the town</h1>\(HtmlInputTests.paragraphs.map { "<p>\($0) (\(n))</p>" }.joined())</body></html>"
          .utf8)
    }
    let bytes =
      Self.record("resource", uri: "http://a.example/1", contentType: "text/html", content: html(1))
      + Self.record(
        "resource", uri: "http://a.example/2", contentType: "text/html", content: html(2),
        lengthDelta: 60)
      + Self.record(
        "resource", uri: "http://a.example/3", contentType: "text/html", content: html(3))
      + Self.record(
        "resource", uri: "http://a.example/4", contentType: "text/html", content: html(4),
        lengthDelta: -40)
      + Self.record(
        "resource", uri: "http://a.example/5", contentType: "text/html", content: html(5))
      + Self.record(
        "resource", uri: "http://a.example/6", contentType: "text/html", content: html(6),
        lengthDelta: 100_000)
    dir.write("lies.warc", bytes)
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["a.example/1", "a.example/3", "a.example/5"])
    #expect(corpus.warnings.contains { $0.message == "skipped records: 3 truncated or malformed" })
  }

  @Test func notAnArchiveIsAClearWarning() throws {
    let dir = TempFolder()
    dir.write("empty.warc", "this is not a web archive\n")
    dir.write("good.html", HtmlInputTests.page())
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(
      corpus.warnings.contains {
        $0.path.hasSuffix("empty.warc") && $0.message.contains("no HTML pages")
      })
  }
}
