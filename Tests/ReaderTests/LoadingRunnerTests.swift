import CorpusKit
import Foundation
import Testing

@testable import Reader

/// A load for tests: a fixed sequence of phases, one per poll of the loading screen's loop,
/// then (optionally) the corpus. Without one it stays loading, as long as the script needs.
final class ScriptedLoad: LoadingJob {
  private var phases: [LoadingState.Phase]
  private let corpus: Corpus?
  private var polls = 0

  init(phases: [LoadingState.Phase], then corpus: Corpus? = nil) {
    self.phases = phases
    self.corpus = corpus
  }

  /// The loop reads the result once per turn, before the phase: each read is a turn.
  var result: Result<LibraryCorpus, Error>? {
    polls += 1
    guard polls > phases.count, let corpus else { return nil }
    return .success(LibraryCorpus(corpus))
  }

  var phase: LoadingState.Phase { phases[min(polls, phases.count) - 1] }
}

/// The loading screen's loop against a scripted terminal and a scripted load: no tmux, no
/// timing.
@Suite struct LoadingRunnerTests {
  @Test(arguments: [Int32(1), 2, 15])
  func aSignalStopsTheLoadingScreen(signal: Int32) throws {
    let t = ScriptedTerminal(
      width: 160, height: 45,
      [.resize(width: 80, height: 24), .key(.char("j")), .idle, .signal(signal)])
    let job = ScriptedLoad(phases: [.listing, .reading(done: 3, total: 10)])
    let r = try Runner.showLoading(job, label: "held", terminal: t, theme: .builtin)
    guard case .stopped(let status) = r else {
      Issue.record("the load ended although it was held")
      return
    }
    #expect(status == 128 + signal)
    #expect(!t.overran)
    #expect(t.invalidations == 1)
    // 160 wide at first; after the resize one 80-wide frame with the new progress; j, the
    // idle turn and the signal change nothing, so they draw nothing.
    #expect(t.frames.map(\.width) == [160, 80])
    #expect(t.lastFrame?.text.contains("Loading held…") == true)
    #expect(t.lastFrame?.text.contains("files read: 3 / 10") == true)
  }

  @Test func qQuitsTheLoadingScreen() throws {
    let t = ScriptedTerminal(width: 80, height: 24, keys: [.enter, .char("q")])
    let r = try Runner.showLoading(
      ScriptedLoad(phases: [.listing]), label: "held", terminal: t, theme: .builtin)
    guard case .stopped(let status) = r else {
      Issue.record("the load ended although it was held")
      return
    }
    #expect(status == 0 && !t.overran)
  }

  @Test func progressThenTheCorpus() throws {
    let t = ScriptedTerminal(width: 80, height: 24, [.idle, .idle, .idle])
    let job = ScriptedLoad(
      phases: [.reading(done: 1, total: 5), .reading(done: 5, total: 5), .analysing(articles: 5)],
      then: Fixture.sample)
    let r = try Runner.showLoading(job, label: "sample", terminal: t, theme: .builtin)
    guard case .corpus(let c) = r else {
      Issue.record("no corpus")
      return
    }
    #expect(c.count == Fixture.sample.documents.count)
    #expect(!t.overran)
    #expect(t.frames.count == 3, "a frame per new phase")
    #expect(t.frames[0].text.contains("files read: 1 / 5"))
    #expect(t.frames[2].text.contains("analysing 5 articles…"))
  }
}
