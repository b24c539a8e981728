import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP end the reader within a second, on the library and on the
/// loading screen, with the terminal restored and status 128+signal; a killed tmux session
/// leaves no reader behind. Run on the debug binary and on the release binary: in the release
/// build the signal state used to exist in three copies and no signal ever stopped it (issue 11).
@Suite(
  .enabled(
    if: tmuxPath != nil, "tmux is not installed: apt-get install tmux to run the end-to-end tests"))
struct SignalE2ETests {
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The longest a stop may take after the signal is sent.
  static let bound = 1.0

  /// Starts the reader (on the library, or held on the loading screen), sends `signal` and
  /// checks that the process ends within the bound, with 128+signal and the terminal restored.
  static func stops(
    binary: String, signal: Int32, loading: Bool, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let t = TmuxSession()
    if loading {
      let (corpus, env) = try LoadingE2ETests.makeCorpus(t)
      t.start(["--corpus", corpus], env: env, binary: binary)
      t.waitUntil("the loading screen", sourceLocation: sourceLocation) {
        $0.contains("files read: 3,000 / 3,001")
      }
    } else {
      t.start(binary: binary)
      t.waitForStart(sourceLocation: sourceLocation)
    }
    guard let pid = t.appPID() else {
      Issue.record("no reader process", sourceLocation: sourceLocation)
      return
    }
    kill(pid, signal)
    let took = ReaderBinaries.secondsUntilEnded(pid, limit: 10)
    if took == nil { kill(pid, SIGKILL) }
    let screen = loading ? "loading screen" : "library"
    #expect(
      took != nil, "signal \(signal) did not stop \(binary) on the \(screen)",
      sourceLocation: sourceLocation)
    if let took {
      #expect(
        took < bound, "signal \(signal) took \(took) s to stop the reader on the \(screen)",
        sourceLocation: sourceLocation)
    }
    #expect(t.exitStatus() == 128 + signal, sourceLocation: sourceLocation)
    #expect(t.display("#{alternate_on}") == "0", sourceLocation: sourceLocation)
    #expect(t.display("#{cursor_flag}") == "1", sourceLocation: sourceLocation)
  }

  /// Kills the tmux session the reader runs in and checks that its process ends.
  static func killSessionEnds(binary: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let t = TmuxSession()
    t.start(binary: binary)
    t.waitForStart(sourceLocation: sourceLocation)
    guard let pid = t.appPID() else {
      Issue.record("no reader process", sourceLocation: sourceLocation)
      return
    }
    t.tmux(["kill-session", "-t", "app"])
    let took = ReaderBinaries.secondsUntilEnded(pid, limit: 10)
    if took == nil { kill(pid, SIGKILL) }
    #expect(
      took != nil, "reader \(pid) still runs after its tmux session was killed",
      sourceLocation: sourceLocation)
    if let took { #expect(took < bound, "took \(took) s", sourceLocation: sourceLocation) }
  }

  @Test(arguments: signals) func debugLibrary(signal: Int32) throws {
    try Self.stops(binary: readerBinary, signal: signal, loading: false)
  }

  @Test(arguments: signals) func debugLoadingScreen(signal: Int32) throws {
    try Self.stops(binary: readerBinary, signal: signal, loading: true)
  }

  @Test func debugKillSession() {
    Self.killSessionEnds(binary: readerBinary)
  }

  @Test(
    .enabled(if: ReaderBinaries.release != nil, "\(ReaderBinaries.releaseProblem ?? "")"),
    arguments: signals)
  func releaseLibrary(signal: Int32) throws {
    try Self.stops(binary: ReaderBinaries.releasePath, signal: signal, loading: false)
  }

  @Test(
    .enabled(if: ReaderBinaries.release != nil, "\(ReaderBinaries.releaseProblem ?? "")"),
    arguments: signals)
  func releaseLoadingScreen(signal: Int32) throws {
    try Self.stops(binary: ReaderBinaries.releasePath, signal: signal, loading: true)
  }

  @Test(.enabled(if: ReaderBinaries.release != nil, "\(ReaderBinaries.releaseProblem ?? "")"))
  func releaseKillSession() {
    Self.killSessionEnds(binary: ReaderBinaries.releasePath)
  }
}
