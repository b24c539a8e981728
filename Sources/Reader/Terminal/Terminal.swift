/// What the main loop needs from a terminal: its size, a way to show a frame, keys with a
/// timeout, the signal that asks to stop, and a full repaint.
///
/// `NcursesBackend` drives a real terminal; tests drive `Runner` with a scripted terminal
/// that replays keys, resizes and signals and records every frame (as SwiftNIO's
/// `EmbeddedChannel` and ratatui's `TestBackend` do).
protocol Terminal: AnyObject {
  /// The size now, in columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Shows `grid` as the next frame.
  func draw(_ grid: Grid) throws
  /// Waits up to `timeoutMS` for a key (`.resize` when the size changed); nil on timeout.
  func readKey(timeoutMS: Int32) -> Key?
  /// The signal that asked the reader to stop (SIGINT, SIGTERM, SIGHUP) since the last call,
  /// or 0.
  func pendingSignal() -> Int32
  /// Forgets what is on screen, so the next frame repaints every cell.
  func invalidate()
  /// Puts `text` on the system clipboard where the terminal allows it (OSC 52); false when
  /// it was not sent.
  func copyToClipboard(_ text: String) -> Bool
}

extension Terminal {
  func copyToClipboard(_ text: String) -> Bool { false }
}

/// Why the terminal could not be driven.
struct TerminalError: Error, CustomStringConvertible {
  var description: String
}
