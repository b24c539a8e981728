/// Something the loader skipped or repaired, naming the file (and line, for JSON Lines).
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var message: String
  /// Whether the whole file was left out (not only a record, or a note on its decoding).
  public var skipsFile: Bool

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

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}

/// Why a corpus could not be loaded at all.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  case missingPath(String)
  case noReadableArticles(String, skipped: Int)
  case unreadable(String, String)

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
