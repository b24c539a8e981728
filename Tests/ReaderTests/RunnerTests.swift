import CorpusKit
import Foundation
import Testing

@testable import Reader

/// The main loop against a scripted terminal: keys, resizes, signals and background results
/// in a known order, every frame recorded.
@Suite struct RunnerTests {
  /// The model the loop starts with: the sample, no analyses yet (the script delivers them).
  static func model() -> Model { Fixture.model(analyses: false) }

  static func sameScreen(_ a: Grid?, _ b: Grid) -> Bool {
    guard let a, a.width == b.width, a.height == b.height else { return false }
    return a.changes(from: b).isEmpty
  }

  @Test func keysDriveTheLoopAndEveryChangeIsDrawn() throws {
    var m = Self.model()
    let t = ScriptedTerminal(width: 80, height: 24, keys: [.char("j"), .char("j"), .char("Q")])
    #expect(try t.run(&m) == 0)
    #expect(!t.overran && t.work.started && m.quit)
    #expect(m.library.cursor == 2)
    #expect(t.frames.count == 3, "the first frame, then one per key that changed something")
    for (a, b) in zip(t.frames, t.frames.dropFirst()) { #expect(!b.changes(from: a).isEmpty) }
    m.quit = false
    #expect(Self.sameScreen(t.lastFrame, Render.frame(m)))
  }

  @Test(arguments: [Int32(1), 2, 15])
  func aSignalEndsTheLoopWith128PlusIt(signal: Int32) throws {
    var m = Self.model()
    let t = ScriptedTerminal(
      width: 80, height: 24, [.key(.char("j")), .signal(signal), .key(.char("j"))])
    #expect(try t.run(&m) == 128 + signal)
    #expect(!t.overran && !m.quit)
    #expect(m.library.cursor == 1, "nothing after the signal is handled")
    #expect(t.frames.count == 2, "no frame after the signal")
  }

  @Test func aResizeRelaysOutRepaintsAndSurvivesTooSmall() throws {
    var m = Self.model()
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [
        .key(.enter), .resize(width: 80, height: 24), .resize(width: 30, height: 8),
        .key(.char("q")), .resize(width: 120, height: 30), .key(.char("Q")),
      ])
    #expect(try t.run(&m) == 0)
    #expect(!t.overran)
    #expect(t.invalidations == 3, "every resize repaints the whole screen")
    #expect(t.frames.map(\.width) == [160, 160, 80, 30, 30, 120])
    #expect(t.frame(afterStep: 2)?.text.contains("terminal too small") == true)
    #expect(m.screen == .article, "q does nothing while too small, except on the library")
    #expect((m.width, m.height) == (120, 30))
    #expect(t.lastFrame?.line(29).contains("ARTICLE") == true)
  }

  @Test func ctrlLRepaintsEverythingEvenInAPrompt() throws {
    var m = Self.model()
    let t = ScriptedTerminal(
      width: 80, height: 24,
      keys: [.ctrl("l"), .char("/"), .char("x"), .ctrl("l"), .enter, .char("Q")])
    #expect(try t.run(&m) == 0)
    #expect(t.invalidations == 2)
    #expect(m.library.textFilter == "x", "^L is not typed into the prompt")
  }

  @Test func anAlignmentArrivingWithAKeyIsAppliedBeforeTheKey() throws {
    var m = Self.model()
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [
        .key(.enter), .key(.char("c")), .key(.enter),  // compare 000 with 001
        .key(.char("]")),  // before the alignment: says so
        .result(.alignmentReady(Fixture.alignment), then: .char("]")),
        .key(.char("Q")),
      ])
    #expect(try t.run(&m) == 0)
    // The picker asks for its same-story check, then compare for its alignment.
    #expect(t.work.effects == [.checkStories(0), .align(0, 1)])
    #expect(t.frame(afterStep: 3)?.text.contains("still aligning") == true)
    #expect(m.compare?.current == 0)
    #expect(t.frame(afterStep: 4)?.text.contains("passage 1/3") == true)
  }

  @Test func anAlignmentForAPairNoLongerShownIsDropped() throws {
    var m = Self.model()
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [
        .key(.enter), .key(.char("c")), .key(.enter),  // compare 000 with 001
        .key(.char("q")), .key(.char("c")), .key(.char("j")), .key(.enter),  // 000 with 002
        .result(.alignmentReady(Fixture.alignment), then: nil),
        .key(.char("Q")),
      ])
    #expect(try t.run(&m) == 0)
    #expect(
      t.work.effects == [.checkStories(0), .align(0, 1), .checkStories(0), .align(0, 2)])
    #expect(m.compare.map { ($0.a, $0.b) }! == (0, 2))
    #expect(m.compare?.alignment.value == nil, "still waiting for its own alignment")
  }

  @Test func resultsLandingWhileTypingKeepThePrompt() throws {
    var m = Self.model()
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [
        .key(.char("/")), .key(.char("m")),
        .result(.duplicatesReady(Fixture.report), then: .char("o")),
        .result(.entitiesReady(Fixture.entities), then: nil),
        .key(.enter), .key(.char("Q")),
      ])
    #expect(try t.run(&m) == 0)
    #expect(m.library.textFilter == "mo")
    #expect(m.duplicates.value != nil && m.entities.value != nil)
    #expect(!m.marks.isEmpty)
    let last = try #require(t.frame(afterStep: 3))
    #expect(!last.text.contains("computing"), "both results are shown")
    #expect(last.line(44).hasPrefix(" filter: mo█"), "the prompt is still open")
  }

  @Test func theTestHooksCountFramesAndFailWithoutTouchingTheLoop() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("reader-frames-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    var m = Fixture.model(width: 80, height: 24, analyses: false)
    let base = ScriptedTerminal(width: 80, height: 24, keys: [.char("j"), .char("j"), .char("j")])
    let hooks = TestHooksTerminal(base, frameFile: file)
    try hooks.draw(Render.frame(m))  // a frame before the loop (the loading screen's)
    hooks.fail(afterFrames: 2)
    #expect(throws: TerminalError.self) { try Runner.run(&m, terminal: hooks, work: base.work) }
    #expect(base.frames.count == 3)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "3")
  }
}
