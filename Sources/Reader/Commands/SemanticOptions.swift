import ArgumentParser
import CorpusKit
import Foundation

/// `--semantic` / `--no-semantic`: whether pairwise comparison also uses the sentence encoder
/// (docs/semantic-encoder.md) to find passages rewritten in other words.
struct SemanticOptions: ParsableArguments {
  /// Whether the encoder is used when neither flag is given.
  static let onByDefault = true

  @Flag(
    inversion: .prefixedNo,
    help: """
      Also find passages rewritten in other words with the sentence encoder \
      (scripts/fetch-encoder; default: \(onByDefault ? "on" : "off")).
      """)
  var semantic: Bool = onByDefault

  /// The encoder when asked for; nil (with one note on stderr) when its files are absent.
  func encoder() -> SentenceEncoder? {
    guard semantic else { return nil }
    return Self.load()
  }

  /// Whether the encoder is asked for and its files are there (without loading it: the TUI
  /// loads it in the background); one note on stderr when asked for but absent.
  func available() -> Bool {
    guard semantic else { return false }
    let dir = SentenceEncoder.defaultDirectory()
    if FileManager.default.fileExists(atPath: dir + "/encoder.json") { return true }
    FileHandle.standardError.write(
      Data(
        "reader: no sentence encoder in \(dir) (run scripts/fetch-encoder); comparing lexically\n"
          .utf8))
    return false
  }

  /// The encoder from its default folder, or nil with one note on stderr.
  static func load(quiet: Bool = false) -> SentenceEncoder? {
    let dir = SentenceEncoder.defaultDirectory()
    do {
      return try SentenceEncoder.load(directory: dir)
    } catch {
      if quiet { return nil }
      FileHandle.standardError.write(
        Data("reader: no sentence encoder (\(error)); comparing lexically\n".utf8))
      return nil
    }
  }
}
