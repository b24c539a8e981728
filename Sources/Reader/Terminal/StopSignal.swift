import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The signal (SIGINT, SIGTERM, SIGHUP) that asked the browser to stop, held once for the whole
/// process in one atomic: the handler stores it, the main loop takes it after every wait.
///
/// It used to be a `static` variable in the C shim header, so every object file that included
/// the header had its own copy: in the release build the handler wrote one copy and the loop
/// read another, and no signal ever stopped the reader (issue 11).
enum StopSignal {
  /// 0, or the number of the signal that arrived.
  static let pending = Atomic<Int32>(0)

  /// Clears the state; call before installing `handler` (this also initialises the lazy
  /// static outside any signal handler). The backend installs it for SIGINT, SIGTERM and
  /// SIGHUP before `newterm`, so ncurses leaves them alone (only it talks to the C shim).
  static func reset() {
    pending.store(0, ordering: .sequentiallyConsistent)
  }

  /// The handler: an atomic store only (async-signal-safe).
  static let handler: @convention(c) (Int32) -> Void = { sig in
    StopSignal.pending.store(sig, ordering: .sequentiallyConsistent)
  }

  /// The recorded signal (0 when none), clearing it.
  static func take() -> Int32 {
    pending.exchange(0, ordering: .sequentiallyConsistent)
  }

  /// After a read failed: when standard input reports a hang-up or an error (its terminal
  /// was closed, the tmux server killed), every later read fails at once and the loop would
  /// spin, so this records SIGHUP as if the signal had come. Returns whether it did.
  @discardableResult
  static func noteIfInputLost() -> Bool {
    var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    guard poll(&p, 1, 0) >= 0 else { return false }
    guard Int32(p.revents) & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0 else {
      return false
    }
    pending.store(SIGHUP, ordering: .sequentiallyConsistent)
    return true
  }
}
