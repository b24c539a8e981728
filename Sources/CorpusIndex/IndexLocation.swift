import Foundation

/// Where a corpus's index lives: outside the corpus, in `$XDG_CACHE_HOME/reader/` (by default
/// `~/.cache/reader/`), one database per corpus root named by a hash of its canonical path.
public enum IndexLocation {
  /// The folder that holds the indexes, from the environment.
  public static func cacheFolder(
    environment: [String: String] = ProcessInfo.processInfo
      .environment
  ) -> String {
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/reader" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.cache/reader"
  }

  /// The corpus root's canonical path (symbolic links and `..` resolved).
  public static func canonical(_ root: String) -> String {
    guard let p = realpath(root, nil) else { return (root as NSString).standardizingPath }
    defer { free(p) }
    return String(cString: p)
  }

  /// The database file for the corpus at `root`.
  public static func databasePath(
    forCorpus root: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let canonicalRoot = canonical(root)
    let hash = UInt64(bitPattern: ContentHash.of(Array(canonicalRoot.utf8)))
    let name = (canonicalRoot as NSString).lastPathComponent.filter {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")
    }
    let hex = String(hash, radix: 16)
    return cacheFolder(environment: environment)
      + "/\(name.prefix(40))-\(String(repeating: "0", count: 16 - hex.count) + hex).sqlite"
  }
}
