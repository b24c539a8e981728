import CorpusKit
import Foundation
import Testing

@testable import Reader

#if canImport(Glibc)
  import Glibc
#endif

/// The loading screen's loop against a scripted terminal, with the loader held at a gate so
/// the screen stays up for as long as the script needs.
@Suite struct LoadingRunnerTests {
  /// A folder with two articles, and a gate file (not there yet) the loader waits for before
  /// its last file.
  static func heldCorpus() throws -> (dir: String, gate: String) {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-held-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for name in ["a", "b"] {
      try "A title\n\nSome text for the article.\n".write(
        toFile: dir + "/\(name).txt", atomically: false, encoding: .utf8)
    }
    return (dir, dir + ".gate")
  }

  /// Opens the gate (the loader goes on and finishes) and removes the files.
  static func release(_ held: (dir: String, gate: String)) {
    FileManager.default.createFile(atPath: held.gate, contents: Data())
    usleep(50_000)  // the loader polls the gate every 10 ms
    try? FileManager.default.removeItem(atPath: held.dir)
    try? FileManager.default.removeItem(atPath: held.gate)
  }

  @Test(arguments: [Int32(1), 2, 15])
  func aSignalStopsTheLoadingScreen(signal: Int32) throws {
    let held = try Self.heldCorpus()
    defer { Self.release(held) }
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [.resize(width: 80, height: 24), .key(.char("j")), .idle, .signal(signal)])
    let r = try Runner.load(
      held.dir, label: "held", terminal: t, theme: .builtin, graceMS: 0, gate: held.gate)
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
    let r = try Runner.load(
      held.dir, label: "held", terminal: t, theme: .builtin, graceMS: 0, gate: held.gate)
    guard case .stopped(let status) = r else {
      Issue.record("the load ended although the loader was held")
      return
    }
    #expect(status == 0 && !t.overran)
  }
}
