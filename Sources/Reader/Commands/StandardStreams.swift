import CorpusKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The one way the commands write to standard output: this module's `print` shadows the
/// standard library's, so every line any command prints goes through `StandardOutput`, which
/// makes corpus text safe for a terminal (escape sequences and bidi controls shown as symbols,
/// `TerminalSafeText`) and checks every write (issue 11: a failed write must not look like
/// success). `--json` output passes unchanged: `JSONValue` already escapes those characters.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  StandardOutput.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}

/// Buffered standard output with checked writes: a failed write or flush (a full disk,
/// `/dev/full`) prints one message on stderr and exits 1; a closed pipe (`reader dups | head`)
/// ends the process quietly, as SIGPIPE would.
enum StandardOutput {
  private static let state = Locked((buffer: [UInt8](), installed: false))
  /// A terminal sees each write at once (warnings on stderr stay in order with it).
  private static let toTerminal = isatty(1) == 1

  /// Writes `text` (made terminal-safe) to standard output.
  static func write(_ text: String) {
    state.withLock { s in
      if !s.installed {
        s.installed = true
        atexit { StandardOutput.finish() }
      }
      s.buffer.append(contentsOf: TerminalSafeText.forTerminal(text).utf8)
      if toTerminal || s.buffer.count >= 1 << 16 { flush(&s.buffer) }
    }
  }

  /// Writes out what is buffered; runs at exit too.
  static func finish() {
    state.withLock { flush(&$0.buffer) }
  }

  /// Called with the lock held.
  private static func flush(_ buffer: inout [UInt8]) {
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + done, $0.count - done) }
      if n > 0 {
        done += n
        continue
      }
      if n < 0 && errno == EINTR { continue }
      let code = n < 0 ? errno : ENOSPC
      buffer.removeAll()
      // The reader of a pipe went away: stop quietly, as the default SIGPIPE would.
      if code == EPIPE { _exit(128 + SIGPIPE) }
      Stderr.print("reader: cannot write the output: \(String(cString: strerror(code)))")
      _exit(1)
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Writes to standard error, terminal-safe (messages name files and ids from the corpus).
/// A failing standard error is ignored: there is nowhere left to say so.
enum Stderr {
  static func print(_ s: String) {
    let bytes = Array((TerminalSafeText.forTerminal(s) + "\n").utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress! + done, $0.count - done) }
      if n > 0 {
        done += n
      } else if !(n < 0 && errno == EINTR) {
        return
      }
    }
  }
}
