import CorpusKit
import Testing

@testable import Reader

/// A terminal for tests that replays a script and records every frame, as SwiftNIO's
/// `EmbeddedChannel` and ratatui's `TestBackend` do: `Runner` runs against it unchanged, with
/// no TTY, no tmux and no sleeps.
///
/// Each `readKey` call takes the next step. When the script runs out the terminal says so
/// (`overran`) and sends SIGTERM, so a test that forgot to quit ends instead of hanging.
final class ScriptedTerminal: Terminal {
  enum Step {
    case key(Key)
    /// The window changes size; the loop reads `.resize`, as from ncurses.
    case resize(width: Int, height: Int)
    /// A signal arrives during the wait (the read is interrupted: no key).
    case signal(Int32)
    /// The wait times out with no key (the loop picks up background results).
    case idle
    /// A background result lands during the wait, then `key` arrives (nil: the wait times
    /// out): the loop sees both in the same turn, the result first.
    case result(Action, then: Key?)
  }

  private(set) var size: (width: Int, height: Int)
  /// Every frame drawn, oldest first.
  private(set) var frames: [Grid] = []
  /// How often the loop asked for a full repaint.
  private(set) var invalidations = 0
  /// The loop read past the end of the script.
  private(set) var overran = false
  /// `frames.count` when each step was taken, so a test can find the frame a step caused.
  private(set) var framesBeforeStep: [Int] = []
  let work = ScriptedWork()
  private var steps: [Step]
  private var signal: Int32 = 0

  init(width: Int, height: Int, _ steps: [Step]) {
    size = (width, height)
    self.steps = steps
  }

  /// Keys only.
  convenience init(width: Int, height: Int, keys: [Key]) {
    self.init(width: width, height: height, keys.map { .key($0) })
  }

  var lastFrame: Grid? { frames.last }

  /// The first frame drawn after step `i` was taken.
  func frame(afterStep i: Int) -> Grid? {
    let n = i + 1 < framesBeforeStep.count ? framesBeforeStep[i + 1] : frames.count
    return n > framesBeforeStep[i] ? frames[framesBeforeStep[i]] : nil
  }

  func draw(_ grid: Grid) throws {
    if grid.width != size.width || grid.height != size.height {
      Issue.record(
        "a \(grid.width)×\(grid.height) frame on a \(size.width)×\(size.height) terminal")
    }
    frames.append(grid)
  }

  func readKey(timeoutMS: Int32) -> Key? {
    guard !steps.isEmpty else {
      overran = true
      signal = 15
      return nil
    }
    framesBeforeStep.append(frames.count)
    switch steps.removeFirst() {
    case .key(let k): return k
    case .resize(let w, let h):
      size = (w, h)
      return .resize
    case .signal(let n):
      signal = n
      return nil
    case .idle: return nil
    case .result(let a, let k):
      work.post(a)
      return k
    }
  }

  func pendingSignal() -> Int32 {
    defer { signal = 0 }
    return signal
  }

  func invalidate() { invalidations += 1 }

  /// Runs `model` to the end of the script; returns the exit status.
  func run(_ model: inout Model) throws -> Int32 {
    try Runner.run(&model, terminal: self, work: work)
  }
}

/// Background work for tests: records what the loop started and hands over the results the
/// script posts, when the script says they arrive.
final class ScriptedWork: BackgroundWork {
  private(set) var started = false
  /// Every effect the loop asked for, in order.
  private(set) var effects: [Effect] = []
  private var pending: [Action] = []

  func start() { started = true }
  func run(_ effect: Effect) { effects.append(effect) }
  func post(_ a: Action) { pending.append(a) }

  func take() -> [Action] {
    defer { pending = [] }
    return pending
  }
}
