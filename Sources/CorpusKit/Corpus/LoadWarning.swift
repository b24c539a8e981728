/// Something the loader skipped or repaired, naming the file (and line, for JSON Lines).
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var message: String

  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
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
