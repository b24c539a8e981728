import Foundation

/// The end-to-end tests' hooks, kept out of the backend and the main loop: a terminal that
/// writes its frame count to a file after every frame (`READER_TEST_FRAME_FILE`, for tests
/// that synchronise on frames) and can fail after a number of frames (`READER_TEST_THROW`,
/// for the test that an internal error restores the terminal).
final class TestHooksTerminal<Base: Terminal>: Terminal {
  let base: Base
  private let frameFile: String?
  /// Frames shown through this terminal.
  private(set) var frames = 0
  private var failure: (after: Int, from: Int)?

  init(_ base: Base, frameFile: String?) {
    self.base = base
    self.frameFile = frameFile
  }

  var size: (width: Int, height: Int) { base.size }

  func draw(_ grid: Grid) throws {
    try base.draw(grid)
    frames += 1
    if let f = frameFile {
      try? String(frames).write(toFile: f, atomically: false, encoding: .utf8)
    }
    if let (n, from) = failure, frames - from >= n {
      throw TerminalError(
        description: "test failure injected after \(n) frames (READER_TEST_THROW)")
    }
  }

  /// Makes `draw` throw once `n` more frames have been shown.
  func fail(afterFrames n: Int) { failure = (n, frames) }

  func readKey(timeoutMS: Int32) -> Key? { base.readKey(timeoutMS: timeoutMS) }
  func pendingSignal() -> Int32 { base.pendingSignal() }
  func invalidate() { base.invalidate() }
  func copyToClipboard(_ text: String) -> Bool { base.copyToClipboard(text) }
}

/// The loading test's hook (`READER_TEST_LOAD_GATE`, read once from the environment): a file
/// the background loader waits for before its last file, so a test can look at the loading
/// screen at a known point. Without the variable it does nothing.
enum LoadGate {
  static let path = ProcessInfo.processInfo.environment["READER_TEST_LOAD_GATE"]

  /// Called with the loader's progress; holds the loader before the last file until the
  /// gate's file exists.
  static func wait(read: Int, total: Int) {
    guard let path, read == total - 1 else { return }
    while access(path, F_OK) != 0 { usleep(10_000) }
  }
}
