import Foundation

/// Where `y` writes citations: `$XDG_STATE_HOME/reader/cite.txt` and `cite.md` (default
/// `~/.local/state/reader`), replaced on every copy.
enum CiteStore {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The folder for the reader's state files.
  static func directory(environment env: [String: String]) -> String? {
    if let x = env["XDG_STATE_HOME"], x.hasPrefix("/") { return x + "/reader" }
    guard let home = env["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/reader"
  }

  /// Writes both forms; returns their paths (with `~` for the home folder).
  static func save(_ c: Citation, environment env: [String: String]) -> Result<
    [String], Failure
  > {
    guard let dir = directory(environment: env) else {
      return .failure(Failure(description: "no HOME or XDG_STATE_HOME to write to"))
    }
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      let txt = dir + "/cite.txt"
      let md = dir + "/cite.md"
      try c.text.write(toFile: txt, atomically: true, encoding: .utf8)
      try c.markdown.write(toFile: md, atomically: true, encoding: .utf8)
      return .success([short(txt, env), short(md, env)])
    } catch {
      return .failure(Failure(description: "\(dir): \(error.localizedDescription)"))
    }
  }

  static func short(_ path: String, _ env: [String: String]) -> String {
    if let home = env["HOME"], !home.isEmpty, path.hasPrefix(home + "/") {
      return "~" + path.dropFirst(home.count)
    }
    return path
  }
}
