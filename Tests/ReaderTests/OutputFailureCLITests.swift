import Foundation
import Testing

@testable import Reader

/// Output that fails must not look like success (issue 11, item 3): a failed write of standard
/// output (a full disk: /dev/full) is one message on stderr and exit 1, for every command; a
/// closed pipe (`reader list | head -n 1`) ends the reader quietly.
@Suite(.serialized) struct OutputFailureCLITests {
  /// Runs the reader with standard output on /dev/full.
  static func runToFullDisk(_ args: [String]) throws -> ReaderRun {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let (p, out, err) = try ReaderRun.start(args, stdout: full)
    return ReaderRun.finish(p, out: out, err: err)
  }

  static let commands: [[String]] = [
    ["list"], ["list", "--json"], ["show", "001"], ["show", "--all", "001"],
    ["show", "001", "--json"],
    ["dups"], ["dups", "--json"], ["overlaps", "000", "001", "--no-semantic"], ["entities"],
    ["entities", "--json"],
    ["--help"], ["show", "--help"],
  ]

  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"),
    arguments: commands)
  func aFullDiskIsAnError(args: [String]) throws {
    let r = try Self.runToFullDisk(args)
    #expect(r.status == 1, "\(args)")
    #expect(r.stderr == "reader: cannot write the output: No space left on device\n", "\(args)")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"))
  func taggingToAFullDiskIsAnError() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-tag-\(UUID().uuidString).conll"
    ).path
    defer { try? FileManager.default.removeItem(atPath: file) }
    try "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n"
      .write(toFile: file, atomically: false, encoding: .utf8)
    let r = try Self.runToFullDisk(["tag", file, "--conll"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("cannot write the output"))
  }

  /// `reader list | head -n 1` on a corpus whose listing is far bigger than a pipe's buffer:
  /// the reader ends as SIGPIPE would end it (status 141) without a word on stderr, whether
  /// SIGPIPE kills it or is ignored (then every write fails with EPIPE instead).
  @Test(arguments: [false, true])
  func aClosedPipeEndsQuietly(ignoringSIGPIPE: Bool) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reader-pipe-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for i in 0..<2000 {
      try
        "Council report \(i)\n\nThe council met on Tuesday to discuss item \(i) of the budget, and the mayor said the vote would follow.\n"
        .write(toFile: dir + String(format: "/a%05d.txt", i), atomically: false, encoding: .utf8)
    }
    let script =
      (ignoringSIGPIPE ? "trap '' PIPE; " : "")
      + #""$0" list --corpus "$1" 2>"$1.err" | head -n 1 >/dev/null; echo "${PIPESTATUS[0]}""#
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/bash")
    p.arguments = ["-c", script, ReaderRun.binary.path, dir]
    p.environment = ReaderRun.environment
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    defer { try? FileManager.default.removeItem(atPath: dir + ".err") }
    let status = String(decoding: o, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(status == "141")
    #expect(try String(contentsOfFile: dir + ".err", encoding: .utf8) == "")
  }
}
