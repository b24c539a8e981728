import Foundation
import Testing

@_spi(Bench) @testable import CorpusKit

/// A temporary folder that tests fill with files and that is removed afterwards.
final class TempFolder {
  let path: String
  init() {
    path = NSTemporaryDirectory() + "reader-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }

  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) -> String {
    let p = path + "/" + name
    try! FileManager.default.createDirectory(
      atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }

  @discardableResult
  func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

@Suite struct LoaderTests {
  let article =
    "A headline for the test\n\nThe minister said on Tuesday that the talks would continue next week in the capital.\n"

  @Test func readRawReportsProgressPerFile() throws {
    let dir = TempFolder()
    for i in 0..<3 { dir.write("a\(i).txt", article) }
    dir.write("skipped.txt", "")
    var seen: [[Int]] = []
    let (raw, _) = try CorpusLoader.readRaw(dir.path) { read, total in seen.append([read, total]) }
    #expect(raw.count == 3)
    #expect(seen == [[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]])
  }

  @Test func binaryFileIsSkippedWithWarningAndRestLoads() throws {
    let dir = TempFolder()
    dir.write("good.txt", article)
    dir.write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0xFF])
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(corpus.warnings.count == 1)
    #expect(corpus.warnings[0].path.hasSuffix("photo.txt"))
    #expect(corpus.warnings[0].message.contains("binary"))
  }

  @Test func invalidUTF8FallsBackToWindows1252WithWarning() throws {
    let dir = TempFolder()
    // "café “quoted” – dash" in Windows-1252.
    let bytes: [UInt8] =
      Array("The caf".utf8) + [0xE9] + Array(" said ".utf8) + [0x93] + Array("no".utf8) + [0x94]
      + Array(" \u{2D} it was closed on Monday for the holiday.".utf8)
    dir.write("cp.txt", bytes)
    let corpus = try CorpusLoader.load(dir.path)
    let d = try #require(corpus.document(id: "cp"))
    #expect(d.text.string.hasPrefix("The café said “no”"))
    #expect(
      corpus.warnings.contains {
        $0.path.hasSuffix("cp.txt") && $0.message.contains("Windows-1252")
      })
  }

  @Test func utf16WithBOMDecodesBothEndians() throws {
    let dir = TempFolder()
    let text = "Минск and 北京 met on Monday to agree a new trade deal for the region."
    var le: [UInt8] = [0xFF, 0xFE]
    var be: [UInt8] = [0xFE, 0xFF]
    for u in text.utf16 {
      le += [UInt8(u & 0xFF), UInt8(u >> 8)]
      be += [UInt8(u >> 8), UInt8(u & 0xFF)]
    }
    dir.write("le.txt", le)
    dir.write("be.txt", be)
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.document(id: "le")?.text.string == text)
    #expect(corpus.document(id: "be")?.text.string == text)
    #expect(corpus.warnings.isEmpty)
  }

  @Test func utf8BOMIsRemovedAndOffsetsStartAfterIt() throws {
    let dir = TempFolder()
    dir.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(article.utf8))
    let d = try #require(try CorpusLoader.load(dir.path).document(id: "bom"))
    #expect(d.text.string == article)
    #expect(d.paragraphs[0].range.lowerBound == 0)
  }

  @Test func emptyFileIsSkippedWithWarning() throws {
    let dir = TempFolder()
    dir.write("empty.txt", [])
    dir.write("blank.txt", "   \n\n  ")
    dir.write("good.txt", article)
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(corpus.warnings.filter { $0.message.contains("empty") }.count == 2)
  }

  @Test func unreadableFileIsSkippedWithWarningNamingIt() throws {
    let dir = TempFolder()
    dir.write("good.txt", article)
    try FileManager.default.createSymbolicLink(
      atPath: dir.path + "/gone.txt", withDestinationPath: dir.path + "/nowhere.txt")
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["good"])
    #expect(corpus.warnings.count == 1)
    #expect(corpus.warnings[0].path.hasSuffix("gone.txt"))
    #expect(corpus.warnings[0].message.contains("cannot be read"))
  }

  @Test func emptyFolderIsAnError() throws {
    let dir = TempFolder()
    #expect(throws: CorpusError.noReadableArticles(dir.path, skipped: 0)) {
      try CorpusLoader.load(dir.path)
    }
  }

  @Test func folderOfOnlyUnreadableFilesIsAnErrorNamingTheCount() throws {
    let dir = TempFolder()
    dir.write("a.txt", [0, 1, 2])
    #expect(throws: CorpusError.noReadableArticles(dir.path, skipped: 1)) {
      try CorpusLoader.load(dir.path)
    }
  }

  @Test func missingPathIsAnError() {
    #expect(throws: CorpusError.missingPath("/nonexistent/reader")) {
      try CorpusLoader.load("/nonexistent/reader")
    }
  }

  @Test func fiveMegabyteSingleLineLoads() throws {
    let dir = TempFolder()
    let sentence =
      "The delegation met officials in Minsk on Tuesday to discuss trade, energy and security. "
    var line = ""
    while line.utf8.count < 5_000_000 { line += sentence }
    dir.write("long.txt", line)
    let d = try #require(try CorpusLoader.load(dir.path).document(id: "long"))
    #expect(d.lines.count == 1)
    // A line far longer than any paragraph is cut into one paragraph per sentence.
    #expect(d.sentences.count > 50_000)
    #expect(d.paragraphs.count == d.sentences.count)
    #expect(d.paragraphs.allSatisfy { $0.lines == 1...1 })
    #expect(d.tokens.last?.end == line.unicodeScalars.count - 1)
  }

  @Test func jsonLinesWithOneBrokenLineLoadsTheOthersAndNamesTheLine() throws {
    let dir = TempFolder()
    dir.write(
      "feed.jsonl",
      """
      {"id": "a1", "title": "First", "text": "The first article says the talks went well on Monday.", "source": "Wire", "published": "2024-07-08T10:00:00Z"}
      {"id": "a2", "text": "broken
      {"body": "The third record has no id, so its id is the file and line number."}

      """)
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["a1", "feed#3"])
    let a1 = try #require(corpus.document(id: "a1"))
    #expect(a1.title == "First")
    #expect(a1.outlet == "Wire")
    #expect(a1.date == "2024-07-08")
    #expect(corpus.warnings.count == 1)
    #expect(corpus.warnings[0].line == 2)
    #expect(corpus.warnings[0].description.contains("feed.jsonl:2"))
  }

  @Test func jsonArrayRecordsWithCommonFieldNames() throws {
    let dir = TempFolder()
    dir.write(
      "items.json",
      """
      [{"title": "One", "content": "Body of one, a full sentence about the summit."},
       {"id": 7, "headline": "Two", "body": "Body of two, another sentence about the summit.", "site": "Example News", "date": "March 3, 2024"}]
      """)
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["items#1", "7"])
    #expect(corpus.document(id: "7")?.date == "2024-03-03")
    #expect(corpus.document(id: "7")?.outlet == "Example News")
  }

  @Test func foldersAreReadRecursivelyInPathOrderAndNeverWritten() throws {
    let dir = TempFolder()
    dir.write(
      "b/two.md", "# Heading\n\nThe second text, in Markdown, keeps its markup in the text.\n")
    dir.write("a/one.txt", article)
    dir.write(".hidden/x.txt", article)
    let before = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
    let corpus = try CorpusLoader.load(dir.path)
    #expect(corpus.documents.map(\.id) == ["one", "two"])
    #expect(corpus.document(id: "two")?.text.string.hasPrefix("# Heading") == true)
    #expect(try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted() == before)
  }

  @Test func singleFileCanBeLoaded() throws {
    let dir = TempFolder()
    let p = dir.write("one.txt", article)
    #expect(try CorpusLoader.load(p).documents.map(\.id) == ["one"])
  }

  @Test func crlfStaysTwoScalarsInOffsets() throws {
    let dir = TempFolder()
    let text =
      "Title Of The Story Here\r\n\r\nThe first sentence of the body is here. The second one follows it.\r\n"
    dir.write("crlf.txt", text)
    let d = try #require(try CorpusLoader.load(dir.path).document(id: "crlf"))
    let body = try #require(d.paragraphs.last)
    #expect(body.range.lowerBound == 25 + 2)
    #expect(
      d.slice(body.range) == "The first sentence of the body is here. The second one follows it.")
  }
}
