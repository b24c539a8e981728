import CorpusKit
import Foundation
import Testing

@testable import Reader

/// What the commands say about files they do not read (issue 11, items 4 and 5).
@Suite(.serialized) struct LoaderCLITests {
  /// Runs the reader, killing it (and failing) when it has not ended within 20 seconds.
  static func runBounded(_ args: [String], sourceLocation: SourceLocation = #_sourceLocation)
    throws -> ReaderRun
  {
    let p = Process()
    p.executableURL = ReaderRun.binary
    p.arguments = args
    p.environment = ReaderRun.environment
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let watchdog = DispatchWorkItem { p.terminate() }
    DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    watchdog.cancel()
    if p.terminationReason == .uncaughtSignal {
      Issue.record("reader \(args) did not end by itself", sourceLocation: sourceLocation)
    }
    return ReaderRun(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  static func folder() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-kinds-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  @Test func aPipeOrADeviceAsTheCorpusIsAnErrorNotAWait() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    #expect(mkfifo(dir + "/feed.txt", 0o600) == 0)
    let r = try Self.runBounded(["list", "--corpus", dir + "/feed.txt"])
    #expect(r.status == 1)
    #expect(r.stderr == "reader: \(dir)/feed.txt: not a regular file (a named pipe)\n")
    let z = try Self.runBounded(["entities", "--corpus", "/dev/zero"])
    #expect(z.status == 1)
    #expect(z.stderr == "reader: /dev/zero: not a regular file (a character device)\n")
  }

  /// When no file is readable, each is named on stderr before the error that counts them.
  @Test func aFolderOfBadFilesNamesEveryOne() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try "".write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
    try "{nope".write(toFile: dir + "/b.json", atomically: false, encoding: .utf8)
    #expect(mkfifo(dir + "/c.txt", 0o600) == 0)
    let r = try Self.runBounded(["list", "--corpus", dir])
    #expect(r.status == 1)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(r.stderr)")
    for name in ["a.txt", "b.json", "c.txt"] {
      #expect(
        lines.contains { $0.hasPrefix("warning: \(dir)/\(name): ") && $0.hasSuffix("skipped") })
    }
    #expect(lines.last == "reader: \(dir): no readable articles (3 files skipped, see warnings)")
  }

  @Test func theSizeLimitIsAnOption() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let article =
      "Council report\n\nThe council met on Tuesday to discuss the budget, and the mayor said the vote would follow.\n"
    try article.write(toFile: dir + "/small.txt", atomically: false, encoding: .utf8)
    try String(repeating: article, count: 40).write(
      toFile: dir + "/big.txt", atomically: false, encoding: .utf8)
    let r = try Self.runBounded(["list", "--corpus", dir, "--max-file-size", "2K"])
    #expect(r.status == 0)
    #expect(
      r.stderr.hasPrefix("warning: \(dir)/big.txt: is ")
        && r.stderr.hasSuffix("larger than the 2 KB limit (--max-file-size); skipped\n"))
    #expect(r.stdout.contains("small") && !r.stdout.contains("big"))
    let all = try Self.runBounded(["list", "--corpus", dir, "--max-file-size", "1M"])
    #expect(all.stderr == "" && all.stdout.contains("big"))
    let bad = try Self.runBounded(["list", "--corpus", dir, "--max-file-size", "lots"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("'lots' is not a size"))
  }

  /// The browser's status line counts skipped files once each, apart from other warnings.
  @Test func theBrowserCountsSkippedFilesNotWarnings() {
    var warnings: [LoadWarning] = []
    for i in 0..<16 {
      warnings.append(
        LoadWarning(
          path: "/c/f\(i).jsonl", line: 1, message: "not valid JSON; line skipped", skipsFile: true)
      )
      warnings.append(
        LoadWarning(
          path: "/c/f\(i).jsonl", line: 2, message: "not valid JSON; line skipped", skipsFile: true)
      )
    }
    warnings.append(
      LoadWarning(path: "/c/w.txt", message: "not valid UTF-8; decoded as Windows-1252"))
    #expect(
      BrowseCommand.warningsMessage(warnings) == "16 files skipped: run 'reader list' to see why")
    #expect(
      BrowseCommand.warningsMessage([warnings.last!])
        == "1 load warning: run 'reader list' to see them")
  }
}

/// `reader tag` takes text, as the loader does: a binary or special file is an error.
@Suite struct TagInputCLITests {
  @Test func aBinaryFileIsAnError() throws {
    let r = try LoaderCLITests.runBounded(["tag", "/bin/ls", "--conll"])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(r.stderr == "reader: /bin/ls: binary file (contains NUL bytes)\n")
    let z = try LoaderCLITests.runBounded(["tag", "/dev/zero", "--conll"])
    #expect(z.status == 1)
    #expect(z.stderr == "reader: /dev/zero: not a regular file (a character device)\n")
  }
}
