/// Something the loader skipped or repaired, naming the file (and line, for JSON Lines).
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
  /// The file the warning is about.
  public var path: String
  /// The 1-based line of a JSON Lines record; nil for the file as a whole.
  public var line: Int?
  /// What happened and what the loader did about it, in words for the user.
  public var message: String
  /// Whether the whole file was left out (not only a record, or a note on its decoding).
  public var skipsFile: Bool

  /// A warning about `path` (and `line`); `skipsFile` when the file was left out.
  public init(path: String, line: Int? = nil, message: String, skipsFile: Bool = false) {
    self.path = path
    self.line = line
    self.message = message
    self.skipsFile = skipsFile
  }

  /// How many files these warnings left out (each file once, however many lines it has).
  public static func skippedFiles(_ warnings: [LoadWarning]) -> Int {
    Set(warnings.lazy.filter(\.skipsFile).map(\.path)).count
  }

  /// `path:line: message` (or `path: message`), as the CLI prints it.
  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}

/// Why a corpus could not be loaded at all.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The path given does not exist.
  case missingPath(String)
  /// Nothing in the path gave an article; `skipped` files were tried and left out.
  case noReadableArticles(String, skipped: Int)
  /// The path exists but cannot be read; the second value says why.
  case unreadable(String, String)

  /// The message the CLI prints and the browser shows, naming the path.
  public var description: String {
    switch self {
    case .missingPath(let p): return "\(p): no such file or folder"
    case .noReadableArticles(let p, let skipped):
      return skipped == 0
        ? "\(p): no articles found (looked for .txt, .md, .json, .jsonl, .html and .warc files)"
        : "\(p): no readable articles (\(skipped) file\(skipped == 1 ? "" : "s") skipped, see warnings)"
    case .unreadable(let p, let why): return "\(p): \(why)"
    }
  }
}
