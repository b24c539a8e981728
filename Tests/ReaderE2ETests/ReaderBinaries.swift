import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `reader` builds the end-to-end signal tests run against: the debug binary next to the
/// test bundle, and the release binary when one is built (some bugs only show in the release
/// build; CI builds it with `swift build -c release --product reader` before `swift test`).
enum ReaderBinaries {
  /// `.build/<triple>/release/reader`, next to the debug folder the tests run from.
  static var releasePath: String {
    Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("release/reader").path
  }

  /// Why the release binary cannot be tested (nil when it can): absent, or older than the
  /// sources of the reader (a stale binary would test old code).
  static let releaseProblem: String? = {
    let fm = FileManager.default
    guard fm.isExecutableFile(atPath: releasePath) else {
      return
        "no release binary at \(releasePath): run 'swift build -c release --product reader' first"
    }
    guard let built = modified(releasePath) else { return "cannot stat \(releasePath)" }
    // Tests/ReaderE2ETests/ReaderBinaries.swift -> the package root.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    for dir in ["Sources/Reader", "Sources/CNcursesw", "Sources/CorpusKit"] {
      let base = root.appendingPathComponent(dir).path
      for rel in fm.enumerator(atPath: base)?.allObjects as? [String] ?? [] {
        if let m = modified(base + "/" + rel), m > built {
          return
            "the release binary is older than \(dir)/\(rel): run 'swift build -c release --product reader' again"
        }
      }
    }
    return nil
  }()

  /// The release binary, when it is present and up to date.
  static var release: String? { releaseProblem == nil ? releasePath : nil }

  private static func modified(_ path: String) -> Double? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
  }

  /// Whether process `pid` has ended (gone, or a zombie nobody reaped yet).
  static func ended(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
      return true
    }
    // "pid (comm) S ...": the state follows the last ')'.
    guard let close = stat.lastIndex(of: ")") else { return true }
    let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    return state == "Z" || state == "X"
  }

  /// Seconds until `pid` ended, polling every 5 ms for at most `limit` seconds (nil if it did
  /// not end by then).
  static func secondsUntilEnded(_ pid: pid_t, limit: Double) -> Double? {
    let start = Date()
    while Date().timeIntervalSince(start) < limit {
      if ended(pid) { return Date().timeIntervalSince(start) }
      usleep(5_000)
    }
    return ended(pid) ? Date().timeIntervalSince(start) : nil
  }
}
