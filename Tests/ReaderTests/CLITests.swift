import Foundation
import Testing

@testable import Reader

/// Runs the built `reader` binary and captures its output.
struct ReaderRun {
  var status: Int32
  var stdout: String
  var stderr: String

  static var binary: URL {
    Bundle.main.bundleURL.appendingPathComponent("reader")
  }

  /// The environment every spawned reader gets: this one with `XDG_CACHE_HOME` in a temporary
  /// folder of the test run's own, so no test writes an index into the user's ~/.cache.
  static let environment: [String: String] = {
    var env = ProcessInfo.processInfo.environment
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-test-cache-\(UUID().uuidString)"
    ).path
    env["XDG_CACHE_HOME"] = cache
    return env
  }()

  static func run(_ args: [String], extraEnvironment: [String: String] = [:]) throws -> ReaderRun {
    let (p, out, err) = try start(args, extraEnvironment: extraEnvironment)
    return finish(p, out: out, err: err)
  }

  /// Starts the binary with `args`, standard input empty and standard error on a pipe;
  /// standard output goes to `stdout`, or to a pipe (returned) when that is nil.
  static func start(
    _ args: [String], stdout: FileHandle? = nil, extraEnvironment: [String: String] = [:]
  ) throws -> (
    process: Process, out: Pipe?, err: Pipe
  ) {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    p.environment = environment.merging(extraEnvironment) { _, new in new }
    let out = stdout == nil ? Pipe() : nil
    let err = Pipe()
    p.standardOutput = stdout ?? out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    return (p, out, err)
  }

  /// Reads what `start` piped until the process ends; its status and output.
  static func finish(_ p: Process, out: Pipe?, err: Pipe) -> ReaderRun {
    let o = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return ReaderRun(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }
}

@Suite(.serialized) struct CLITests {
  @Test func listJSONMatchesTheContract() throws {
    let r = try ReaderRun.run(["list", "--json"])
    #expect(r.status == 0)
    let items = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    #expect(items.count == 5)
    for item in items {
      #expect(Set(item.keys).isSuperset(of: ["id", "path", "title", "outlet", "date", "words"]))
      #expect(item["words"] is Int)
      #expect(item["format"] as? String == "text")
    }
    let political = try #require(items.first { ($0["id"] as? String)?.hasPrefix("002") == true })
    #expect(
      political["title"] as? String == "China Hosts Leader of Belarus amid Ukraine-Russia War")
    #expect(political["outlet"] as? String == "Political IQ")
    #expect(political["date"] as? String == "2023-02-28")
    let rewrite = try #require(items.first { ($0["id"] as? String)?.hasPrefix("000") == true })
    #expect(rewrite["title"] is NSNull)
  }

  @Test func showJSONParagraphTextsSliceTheFileExactly() throws {
    let r = try ReaderRun.run(["show", "001_594dd83f1a4cb367", "--json"])
    #expect(r.status == 0)
    let doc = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let paragraphs = try #require(doc["paragraphs"] as? [[String: Any]])
    let path = try #require(doc["path"] as? String)
    let scalars = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
    let kinds = Set(["title", "dateline", "heading", "body", "caption", "boilerplate"])
    for p in paragraphs {
      let start = p["start"] as! Int
      let end = p["end"] as! Int
      #expect(kinds.contains(p["kind"] as! String))
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == p["text"] as! String)
    }
    #expect(paragraphs.contains { $0["kind"] as? String == "caption" })
    let sentences = try #require(doc["sentences"] as? [[Int]])
    #expect(sentences.allSatisfy { $0.count == 2 && $0[0] < $0[1] })
  }

  @Test func unknownIDExitsOneAndSaysHowToFindIDs() throws {
    let r = try ReaderRun.run(["show", "nope", "--json"])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("nope"))
    #expect(r.stderr.contains("reader list"))
  }

  @Test func missingCorpusExitsOneNamingThePath() throws {
    let r = try ReaderRun.run(["list", "--json", "--corpus", "/no/such/folder"])
    #expect(r.status == 1)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("/no/such/folder"))
  }

  @Test func badUsageExitsTwo() throws {
    let r = try ReaderRun.run(["list", "--no-such-flag"])
    #expect(r.status == 2)
  }

  @Test func showWithoutJSONHidesFurnitureAndAllMarksIt() throws {
    let plain = try ReaderRun.run(["show", "001"])
    #expect(plain.status == 0)
    #expect(!plain.stdout.contains("indicates required"))
    let all = try ReaderRun.run(["show", "001", "--all"])
    #expect(all.stdout.contains("[boilerplate] * indicates required"))
    #expect(all.stdout.contains("[caption]"))
  }

  @Test func helpExplainsTheCommands() throws {
    let r = try ReaderRun.run(["--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("list"))
    #expect(r.stdout.contains("show"))
  }

  @Test func browseChecksItsOptionsAndNeedsATerminal() throws {
    let bad = try ReaderRun.run(["browse", "--theme", "nope"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("unknown theme 'nope' (have: dark, light, high-contrast, mono"))
    let pipe = try ReaderRun.run([])
    #expect(pipe.status == 2)
    #expect(pipe.stderr.contains("needs a terminal") && pipe.stderr.contains("reader list"))
  }
}
