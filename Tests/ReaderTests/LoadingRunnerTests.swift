import CorpusKit
import Foundation
import Testing

@testable import Reader

#if canImport(Glibc)
  import Glibc
#endif

/// The loading screen's loop against a scripted terminal, with the loader held on a named
/// pipe so the screen stays up for as long as the script needs.
@Suite struct LoadingRunnerTests {
  /// A folder with one article and, after it, a link to a pipe the loader blocks on.
  static func heldCorpus() throws -> (dir: String, pipe: String) {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-held-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try "A title\n\nSome text for the article.\n".write(
      toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
    let pipe = dir + ".pipe"
    #expect(mkfifo(pipe, 0o600) == 0)
    try FileManager.default.createSymbolicLink(atPath: dir + "/z.txt", withDestinationPath: pipe)
    return (dir, pipe)
  }

  /// Lets the loader past the pipe (an empty write end: end of file) and removes the files.
  static func release(_ held: (dir: String, pipe: String)) {
    var fd: Int32 = -1
    for _ in 0..<5000 where fd < 0 {
      fd = open(held.pipe, O_WRONLY | O_NONBLOCK)  // ENXIO until the loader opened it
      if fd < 0 { usleep(1000) }
    }
    if fd >= 0 { close(fd) }
    try? FileManager.default.removeItem(atPath: held.dir)
    try? FileManager.default.removeItem(atPath: held.pipe)
  }

  @Test(arguments: [Int32(1), 2, 15])
  func aSignalStopsTheLoadingScreen(signal: Int32) throws {
    let held = try Self.heldCorpus()
    defer { Self.release(held) }
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [.resize(width: 80, height: 24), .key(.char("j")), .idle, .signal(signal)])
    let r = try Runner.load(held.dir, label: "held", terminal: t, theme: .builtin, graceMS: 0)
    guard case .stopped(let status) = r else {
      Issue.record("the load ended although the loader was held")
      return
    }
    #expect(status == 128 + signal)
    #expect(!t.overran)
    #expect(t.invalidations == 1)
    // Progress may add frames while the loader reaches the pipe; the sizes follow the resize.
    #expect(t.frames.first?.width == 160)
    #expect(t.frame(afterStep: 0)?.width == 80)
    #expect(t.lastFrame?.width == 80)
    #expect(t.lastFrame?.text.contains("Loading held…") == true)
  }

  @Test func qQuitsTheLoadingScreen() throws {
    let held = try Self.heldCorpus()
    defer { Self.release(held) }
    let t = ScriptedTerminal(width: 80, height: 24, keys: [.enter, .char("q")])
    let r = try Runner.load(held.dir, label: "held", terminal: t, theme: .builtin, graceMS: 0)
    guard case .stopped(let status) = r else {
      Issue.record("the load ended although the loader was held")
      return
    }
    #expect(status == 0 && !t.overran)
  }
}
