import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// Odd but valid input gets the right answer (issue 11, item 5): lone-CR line ends, JSON
/// numbers out of range, UTF-16 without a byte-order mark.
@Suite struct LoaderOddInputTests {
  /// Furniture lines repeated in each file, so the cleaner can tell them from the article.
  static func article(_ i: Int) -> String {
    [
      "Home | World | Business | Sport", "",
      "Harbour bridge reopens after repairs \(i)", "",
      "The city's harbour bridge reopened on Monday after eight months of repairs, the transport office said. Engineers replaced \(i) cables.",
      "",
      "Drivers had used a ferry service while the work went on, and queues reached two hours at times.",
      "", "Share this article", "Follow us on Twitter", "",
    ].joined(separator: "\n")
  }

  static func load(_ files: [String: String]) throws -> Corpus {
    let dir = TempFolder()
    for (name, text) in files { dir.write(name, text) }
    return try CorpusLoader.load(dir.path)
  }

  /// The same corpus with LF, CRLF and lone-CR line ends gives the same paragraphs, kinds
  /// and texts; before, a lone-CR file was one paragraph that kept its furniture.
  @Test func loneCarriageReturnsAreLineEnds() throws {
    func paragraphs(_ ending: String) throws -> [[String]] {
      var files: [String: String] = [:]
      for i in 0..<4 {
        files["a\(i).txt"] = Self.article(i).replacingOccurrences(of: "\n", with: ending)
      }
      let corpus = try Self.load(files)
      return corpus.documents.map { d in
        d.paragraphs.map { "\($0.kind.rawValue): \(d.slice($0.range))" }
      }
    }
    let lf = try paragraphs("\n")
    #expect(lf[0].count >= 4)
    #expect(lf[0].contains { $0.hasPrefix("body: The city's harbour bridge") })
    #expect(try paragraphs("\r") == lf)
    #expect(try paragraphs("\r\n") == lf)
  }

  @Test func lineSplitterTakesEveryLineEnd() {
    let text = Array("a\rb\r\nc\nd\r\r\ne\r\rf".unicodeScalars)
    let lines = LineSplitter.lines(text).map { String(String.UnicodeScalarView(text[$0.range])) }
    #expect(lines == ["a", "b", "c", "d", "e", "", "f"])
    #expect(LineSplitter.lines(text).map(\.number) == Array(1...7))
  }

  /// `1e999` and a 100,000-digit integer used to make the whole file "not valid JSON".
  @Test func numbersOutOfRangeDoNotSinkTheRecord() throws {
    let huge = String(repeating: "9", count: 100_000)
    let corpus = try Self.load([
      "a.json":
        #"[{"id": "a1", "score": 1e999, "text": "The first record has a score out of range, and its text is still read."}]"#,
      "b.jsonl":
        #"{"id": \#(huge), "text": "A record whose numeric id has a hundred thousand digits.", "n": -1e999}"#
        + "\n" + #"{"id": "b2", "text": "The next line is ordinary.", "views": 12}"# + "\n",
    ])
    #expect(corpus.warnings == [])
    #expect(corpus.documents.map(\.id) == ["a1", huge, "b2"])
    #expect(corpus.document(id: "a1")?.text.string.hasPrefix("The first record") == true)
  }

  @Test func quotingLeavesStringsAndOrdinaryNumbersAlone() {
    let text = #"{"a": "1e999 \" 2e999", "b": [1, -2.5e3, 1e999, 3], "c": -1E+400}"#
    let fixed = JSONNumberGuard.quotingUnrepresentableNumbers(Array(text.utf8))
    #expect(
      fixed.map { String(decoding: $0, as: UTF8.self) }
        == #"{"a": "1e999 \" 2e999", "b": [1, -2.5e3, "1e999", 3], "c": "-1E+400"}"#)
    #expect(JSONNumberGuard.quotingUnrepresentableNumbers(Array(#"{"a": 1}"#.utf8)) == nil)
  }

  @Test func utf16WithoutAByteOrderMarkIsRead() throws {
    let text = "Zürich council report\n\nThe council met on Tuesday — and agreed the budget.\n"
    var le: [UInt8] = []
    var be: [UInt8] = []
    for u in text.utf16 {
      le += [UInt8(u & 0xFF), UInt8(u >> 8)]
      be += [UInt8(u >> 8), UInt8(u & 0xFF)]
    }
    #expect(TextDecoding.decode(le) == .text(text, note: "no byte-order mark; decoded as UTF-16LE"))
    #expect(TextDecoding.decode(be) == .text(text, note: "no byte-order mark; decoded as UTF-16BE"))
    // Binary data with NULs is still refused.
    var binary: [UInt8] = []
    for i in 0..<512 { binary += [UInt8(i % 7), 0, 0, UInt8(i % 251)] }
    guard case .rejected = TextDecoding.decode(binary) else {
      Issue.record("binary data decoded as text")
      return
    }
    var pairs: [UInt8] = []  // NUL every other byte, but control characters, not text
    for i in 0..<512 { pairs += [UInt8(1 + i % 8), 0] }
    guard case .rejected = TextDecoding.decode(pairs) else {
      Issue.record("16-bit binary decoded as text")
      return
    }
  }
}
